"""The second step of a check: split an article's text into sentences with character offsets.

How the text is cut
-------------------
- A blank line always ends a sentence, so a headline or a byline without a final stop that is
  followed by a blank line is a sentence of its own.
- A line that starts with a bullet (``-``, ``*``, ``•``, ``1.``, ``2)``...) starts a sentence; the
  bullet itself is left out of the sentence.
- Inside a paragraph a sentence ends at ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes
  or brackets after it) followed by whitespace, unless:

  - the next word starts with a lowercase letter (``"Why?" he asked``, ``3 p.m. local time``);
  - the word before a full stop is a title (``Mr.``, ``Gen.``, ``Lt. Col.``, ``St.``, ``vs.``), or
    is ``No.``/``Art.``... before a number;
  - the word before a full stop is an abbreviation that can also end a sentence (``Inc.``,
    ``Feb.``), a dotted acronym (``U.S.``, ``a.m.``, ``J.R.R.``) or an initial (``W.``), and the
    next word is not a common sentence opener (``The``, ``He``, ``But``...);
  - the stop is inside a quotation whose closing mark is followed by its attribution
    (``"We will win." Khamenei said.`` is one sentence).

- A single line break inside a paragraph is a space: hard-wrapped text is not cut at its lines.
- A dateline (``DUBAI (Reuters) -``) stays with the sentence it opens.
- Pieces with no letter or digit (``* * *``, ``---``) are not sentences.
- A run of more than :data:`MAX_SENTENCE_CHARS` characters with no sentence end is cut at the
  last space before that length (or at it, when there is none): news sentences are a few hundred
  characters, and the later steps look at every pair of names and cues in a clause, so an
  unbounded "sentence" (a text of "1 1 1 ..." or a list with no stops) would make a check
  quadratic in the article's length.

Decimals and thousands separators (``3.2 million``, ``24,512,404``) never end a sentence because a
sentence-ending stop must be followed by whitespace. The word lists are data in
:mod:`claimcheck.rules.sentences`. The splitter is one pass over the text (linear time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.models import Article, Sentence
from claimcheck.rules import sentences as rules

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_BULLET = re.compile(
    r"(?:[" + re.escape(rules.BULLETS) + r"]|\d{1,3}[.)])[^\S\n]+(?=\S)",
)
_BULLET_LINE = re.compile(
    r"\n[^\S\n]*(?=(?:[" + re.escape(rules.BULLETS) + r"]|\d{1,3}[.)])[^\S\n]+\S)"
)
_CANDIDATE = re.compile(
    r"(["
    + re.escape(rules.TERMINATORS)
    + r"]+)(["
    + re.escape(rules.CLOSING_MARKS)
    + r"]*)(?=\s|$)"
)
_WORD_BEFORE = re.compile(r"\S+$")
_NEXT_WORD = re.compile(r"[" + re.escape(rules.OPENING_MARKS) + r"]*([\w’']*)")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_INITIAL = re.compile(r"[A-Z]")
_QUOTES = frozenset("\"'”’»›")
_ATTRIBUTION = re.compile(
    r"[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,5}?\s+(?:"
    + "|".join(sorted(rules.SPEECH_VERBS))
    + r")(?:\s*(?:[.,;:!?]|$)|\s+(?:"
    + "|".join(sorted(rules.ATTRIBUTION_FOLLOWERS))
    + r")\b)"
)
_HAS_WORD = re.compile(r"\w")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
#: The longest sentence kept whole; longer runs are cut (see the module docstring).
MAX_SENTENCE_CHARS = 1_000
# How far back and ahead the splitter looks around a stop: a word, or an attribution.
_LOOK_BEHIND = 40
_LOOK_AHEAD = 160


def split_sentences(article: Article | str) -> list[Sentence]:
    """Split an article's text into sentences, as views into the text.

    Parameters
    ----------
    article
        An :class:`Article` or its text.

    Returns
    -------
    list of Sentence
        In text order, numbered from 0, each trimmed of surrounding whitespace, with
        ``text[sentence.start:sentence.end] == sentence.text``.

    Examples
    --------
    >>> [s.text for s in split_sentences('"We will win." Khamenei said. Gen. Soleimani died.')]
    ['"We will win." Khamenei said.', 'Gen. Soleimani died.']
    """
    text = article.text if isinstance(article, Article) else article
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        for start, end in _split_block(text, block_start, block_end):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end and _HAS_WORD.search(text, start, end):
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraphs (cut at blank lines) and list items (cut before bullet lines)."""
    cuts = sorted(
        {(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)}
        | {(m.start(), m.end()) for m in _BULLET_LINE.finditer(text)}
    )
    position = 0
    for cut_start, cut_end in cuts:
        if cut_start < position:
            continue
        yield _skip_bullet(text, position, cut_start), cut_start
        position = cut_end
    yield _skip_bullet(text, position, len(text)), len(text)


def _skip_bullet(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    bullet = _BULLET.match(text, start, end)
    return bullet.end() if bullet else start


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if match.end() < end and _ends_sentence(text, match, start, end):
            yield from _bounded(text, sentence_start, match.end())
            sentence_start = match.end()
    yield from _bounded(text, sentence_start, end)


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The piece ``start..end`` in pieces of at most MAX_SENTENCE_CHARS, cut after a space."""
    while end - start > MAX_SENTENCE_CHARS:
        space = _LAST_SPACE.match(text, start + 1, start + MAX_SENTENCE_CHARS)
        cut = space.end() if space else start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
    yield start, end


def _ends_sentence(text: str, match: re.Match[str], block_start: int, block_end: int) -> bool:
    after = match.end()
    while after < block_end and text[after].isspace():
        after += 1
    ahead = text[after : min(block_end, after + _LOOK_AHEAD)]
    next_word_match = _NEXT_WORD.match(ahead)
    next_word = next_word_match.group(1) if next_word_match else ""
    if next_word[:1].islower():
        return False
    # "HIGHLAND PARK, Ill. — A gunman...": a dash on the same line goes on the sentence (a
    # dateline, an aside); no sentence begins with one.
    if ahead[:1] in rules.DASHES and "\n" not in text[match.end() : after]:
        return False
    if match.group(1) == ".":
        behind = text[max(block_start, match.start() - _LOOK_BEHIND) : match.start()]
        word_match = _WORD_BEFORE.search(behind)
        word = word_match.group(0).lstrip(rules.OPENING_MARKS) if word_match else ""
        lowered = word.lower()
        if lowered in rules.TITLES:
            return False
        if lowered in rules.BEFORE_NUMBER and next_word[:1].isdigit():
            return False
        if lowered in rules.MAY_END or _ACRONYM.fullmatch(word) or _INITIAL.fullmatch(word):
            return next_word.lower() in rules.STARTERS
    # A quotation followed by its attribution ("... win." Khamenei said.) is one sentence.
    return not (_QUOTES.intersection(match.group(2)) and _ATTRIBUTION.match(ahead))
