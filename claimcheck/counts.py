"""A mention step of a check: find stated counts (deaths, injuries, votes...) as number ranges.

What a count is
---------------
Every count is a range ``low <= n <= high`` (``high`` is ``None`` when open-ended) with the
:class:`~claimcheck.models.CountRole` taken from the words around it, and a span that covers the
whole phrase carrying the number and its role ("at least 25 people were killed").

- Exact numbers in digits (``24,512,404``, ``1.5``), with scales (``3.2 million``, ``2bn``,
  ``$5m``) or in words (``ninety``, ``two hundred and five``, ``a dozen``): ``low == high``.
- Ranges (``7 to 10``, ``between 7 and 10``, ``7-10``, ``one or two``): ``low..high``.
- Modifiers (table in :mod:`claimcheck.rules.counts`): "at least 25" is 25..open; "more than
  100" is 101..open for whole counts (so "more than a hundred" agrees with 110 but not with
  100) and 100..open for percentages and fractions, where the bound cannot be strict;
  "fewer than 10" is 0..9; "up to 10" 0..10; "nearly 2,000" 1,800..2,000 and "about 100"
  90..110 (the tolerances are data); "exactly" and "all" keep the number exact. Approximate
  ranges have ``approximate=True``.
- Vague amounts ("dozens" 24..199, "hundreds", "a handful") come from a table, approximate.
- Percentages ("42.57%", "42.57 percent") and fractions of a group ("roughly half of voters",
  "two-thirds of the seats", as 50 and 66.7) have ``unit="percent"``; money has the currency's
  ISO code as its unit ("USD").
- A compound with a count word says what is counted ("a 290-seat parliament": 290 seats).
- A cue after a negation or "to" does not count ("25 people were not hurt", "eligible to vote"),
  and a cue past another number, a clause break ("and", "who", "after"...) or another
  predicate ("arrested", "evacuated"...) belongs to something else.
- Zero phrases ("no one was killed", "there were no injuries", "without loss of life") give
  ``0..0`` with the role they deny; "no casualties" denies deaths and injuries together
  (``casualties``). "176 people, none of whom survived" counts 176 deaths.

What is not a count
-------------------
Dates and times are left to :mod:`claimcheck.times`: years ("in 2018": a bare four-digit number
1800-2099 is a year unless a count word follows it, as in "2000 people"), days beside a month
name ("January 3", "3 Jan"), ISO and slashed dates, clock times ("5:30 pm", "0130 GMT"), decades
("the 1990s"), ordinals ("41st"), durations and ages ("three years", "a 10-day", "aged 63",
"Khamenei, 80,"), and labels ("Flight 752", "No. 10", "F-35", "COVID-19"). A count written
without digits ("dozens", "two") is kept only when its role is known, so "the two countries"
or "one of the leaders" are not counts; a count in digits is kept with role ``other``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck._patterns import alternation
from claimcheck.models import CountMention, CountRole
from claimcheck.rules import counts as rules
from claimcheck.rules import entities as entity_rules
from claimcheck.rules import numbers as number_rules
from claimcheck.rules import quantities as quantity_rules

#: Numbers written with more digits than this (before the decimal point) are not counts: no
#: count or amount in news comes near 10**15, and a float of 309 digits is infinite.
MAX_COUNT_DIGITS = 15


def _first_letters(words: Iterable[str]) -> str:
    """A character class body of the first letters of words, in both cases."""
    letters = {word[0].lower() for word in words} | {word[0].upper() for word in words}
    return re.escape("".join(sorted(letters)))


_I = re.IGNORECASE
_WORD = alternation(number_rules.NUMBER_WORDS)
_SCALE_WORD = alternation(number_rules.SCALES)
_SIGN = alternation(number_rules.CURRENCY_SIGNS)
_SUFFIX = alternation({**number_rules.SCALE_SUFFIXES, **number_rules.CURRENCY_SCALE_SUFFIXES})
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# What a number phrase can start with; the lookahead lets the scan skip other positions fast.
_NUMBER_STARTS = "0123456789" + "".join(
    phrase[0]
    for table in (
        number_rules.CURRENCY_SIGNS,
        rules.VAGUE_AMOUNTS,
        number_rules.FRACTIONS,
        number_rules.POINT_STEPS,
        number_rules.NUMBER_WORDS,
    )
    for phrase in table
)
# The words of one number ("nine hundred and ninety-nine thousand ...") are a dozen at most; an
# unbounded run ("one hundred and one hundred and ...") was matched whole at every number in it,
# which made the search quadratic in the run's length.
_MAX_NUMBER_WORDS = 16
_NUMBER = re.compile(
    rf"(?=[{_first_letters(_NUMBER_STARTS)}])(?<![\w.,/:#@-])(?:"
    rf"(?P<vague>{alternation(rules.VAGUE_AMOUNTS)})(?![\w-])"
    rf"|(?P<step>{alternation(number_rules.POINT_STEPS)}|a(?=\s+percentage))(?=[\s-]+(?:percentage[\s-]+)?points?\b)"
    rf"|(?P<fraction>{alternation(number_rules.FRACTIONS)})(?=\s+(?:of|the)\b)"
    rf"|(?P<words>(?:(?:half\s+)?a\s+(?=(?:{_SCALE_WORD})\b))?(?:{_WORD})"
    rf"(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_WORD})){{0,{_MAX_NUMBER_WORDS}}})(?![\w-])"
    rf"|(?:(?P<sign>{_SIGN})\s?)?(?P<digits>{_DIGITS})(?P<suffix>{_SUFFIX})?"
    r"(?!\w|[.,:/]\d|['’]s\b)"
    r")",
    _I,
)
# The same number shapes for the second half of a range, anchored after "to", "-", "and".
_SECOND = re.compile(
    rf"(?:(?P<sign>{_SIGN})\s?)?(?P<digits>{_DIGITS})(?P<suffix>{_SUFFIX})?(?!\w|[.,:/]\d)"
    rf"|(?P<words>(?:{_WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_WORD})){{0,{_MAX_NUMBER_WORDS}}})(?![\w-])",
    _I,
)
_WORD_TOKEN = re.compile(rf"\b(?:{_WORD}|half|and|a)\b", _I)
# A temperature: "47.9C", "-98.2C", "40.3°C", "104.5 F", "49.6 degrees Celsius"
_DEGREES = re.compile(
    r"(?<![\w.,])(?P<minus>[-−–])?(?P<digits>\d{1,3}(?:\.\d+)?)\s?"
    r"(?:(?:°|º|degrees?)\s?)?(?P<unit>C|F|Celsius|Fahrenheit)(?![\w-])"
)
# A length of time written h:mm:ss ("clocked 2:01:09", "won in 2:09:56"), a race's time
_HMS = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)(?![\d:])")
# A prison term: "sentenced to 26 years", "jailed for seventeen years"
_TERM = re.compile(
    rf"\b(?:{alternation(rules.TERM_LEADS)})\s+(?:(?:a|an)\s+)?"
    rf"(?P<n>\d{{1,3}}|(?:{_WORD})(?:[\s-]+(?:{_WORD}))?)[\s-]+years?\b",
    _I,
)
# A named person's age, in apposition: "Margaret Keenan, 91, received", "the gunman, Anderson
# Lee Aldrich, 22." ("a 9-year-old boy" may be anyone's: a victim's, a witness's)
_AGE = re.compile(r"(?<=[^\W\d_]),\s(?P<n>\d{1,3})(?=,\s|[.;]\s*$|[.;]\s)")
# The doer's age before the doer's noun: "a 46-year-old gunman" (a victim's, "a 9-year-old
# boy", is no table's column)
_DOER_AGE = re.compile(
    r"\b(?P<n>\d{1,3})-year-old\s+(?:[^\W\d_]+\s+)?(?:" + alternation(rules.AGENT_NOUNS) + r")\b",
    _I,
)
_SCALE_AFTER = re.compile(rf"\s+(?P<scale>{_SCALE_WORD})\b", _I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*", _I)
_BETWEEN_JOIN = re.compile(r"\s+and\s+", _I)
_PERCENT = re.compile(
    r"\s?%|\s+(?:" + alternation(number_rules.PERCENT_WORDS) + r")\b"
    r"|\s+(?P<points>" + alternation(number_rules.PERCENTAGE_POINT_WORDS) + r")\b"
    r"|[\s-]+(?P<basis>" + alternation(number_rules.BASIS_POINT_WORDS) + r")\b",
    _I,
)
# The unit of a rate's step, whether written in points or in basis points.
_POINTS = "percentage points"
_POINT_AFTER = re.compile(r"[\s-]+(?:percentage[\s-]+)?points?\b", _I)
_CURRENCY_WORD = re.compile(
    r"\s+(?:of\s+)?(?P<currency>" + alternation(number_rules.CURRENCY_WORDS) + r")\b", _I
)
_POSTFIX = re.compile(r"\s*(?P<postfix>" + alternation(rules.POSTFIX_MODIFIERS) + r")(?!\w)", _I)
_MODIFIER_BEFORE = re.compile(r"(?<!\w)(?P<modifier>" + alternation(rules.MODIFIERS) + r")\s+$", _I)
_RANGE_OPENER = re.compile(r"(?<!\w)(?P<opener>between|from)\s+$", _I)
# Cue phrases may be hyphenated ("brain-injury count").
_CUE = re.compile(
    r"(?<!\w)(?:" + alternation(rules.ROLE_CUES, joiner=r"(?:\s+|-)") + r")(?![\w-])", _I
)
_COMPOUND_CUE = re.compile(
    r"-(?P<cue>" + alternation(rules.ROLE_CUES, joiner=r"(?:\s+|-)") + r")(?![\w-])", _I
)
_NONE_SURVIVED = re.compile(
    rf"(?=[{_first_letters(rules.NONE_SURVIVED)}])(?<![\w-])"
    rf"(?:{alternation(rules.NONE_SURVIVED)})(?![\w-])",
    _I,
)
# What may stand between a number and "none of whom survived": a few words and a comma.
_NONE_SURVIVED_GAP = re.compile(r"(?:\s*[\w’'-]+){0,4}\s*,?\s*")
# A full stop after a dotted acronym ("110 U.S. troops") does not end the clause, nor does a
# quotation mark (80 "terrorists" were killed). Another number does: its cues are its own
# ("one of the two ... zero deaths").
_ASIDE = re.compile(rf",\s*(?:[\w-]+\s+)?(?:{alternation(rules.ASIDE_OPENERS)})\b[^,;:.()—–]*,", _I)
_CLAUSE_END = re.compile(
    r"[;:!?()\[\]—–,]|(?<!\.[A-Za-z])\.(?=\s|$)|\n\s*\n|\s-\s"
    # a number ends it, unless a measure glued to it makes it a noun's ("a 7.8-magnitude quake")
    rf"|(?<!\w)\d(?![\d.]*-(?:{alternation(rules.MEASURE_WORDS)})\b)"
    rf"|(?<![\w-])(?:{_WORD}|{alternation(rules.VAGUE_AMOUNTS)})(?![\w-])",
    _I,
)
_BREAKER = re.compile(r"(?<![\w-])(?:" + alternation(rules.CLAUSE_BREAKERS) + r")(?![\w-])", _I)
_WORDS = re.compile(r"[\w’'.-]+")
_CUE_BLOCKER_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?:" + alternation(rules.CUE_BLOCKERS) + r")|n[’']t)"
    r"(?:\s+[\w’'-]+)?\s+$",
    _I,
)
_TIME_AFTER = re.compile(
    r"(?:\s*-\s*|\s+)?(?:" + alternation(rules.TIME_UNITS) + r")(?![\w])"
    # a compound adjective: "10-day", "63-year-old", "5-storey"; not a measure ("7.0-magnitude")
    r"|-(?!(?:" + alternation(rules.MEASURE_WORDS) + r")\b)[^\W\d]",
    _I,
)
# A measure glued after a number: "a 6.0-magnitude quake killed one" counts no dead.
_MEASURE_AFTER = re.compile(r"-(?:" + alternation(rules.MEASURE_WORDS) + r")\b", _I)
_LEVELLED = re.compile(
    r"\b(?:" + alternation(rules.LEVEL_VERBS) + r")\s+(?:at|to)\s+(?:about\s+|around\s+)?$", _I
)
_MONTH = alternation(rules.MONTHS)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b")
_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# A four-digit number right after a month and day ("October 29, 2022", "4 August 2020") or after
# "of", "in", "since" ("the tsunami of 2004") is a year, whatever follows it ("... 2004 killed").
_DATE_BEFORE_YEAR = re.compile(
    rf"(?:\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})"
    rf"|\b(?:{_MONTH})\.?|\b(?:of|in|since|during|until))\s*,?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_MONTH_WORD = re.compile(rf"(?:{_MONTH})", re.IGNORECASE)
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d)")
# the noun after a number, past an age ("three 9-year-old children")
# The word after a number, hyphened or glued to it too ("a 21-day lockdown", "46.9C").
_COUNTED_AFTER = re.compile(r"[\s-]*([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_LETTERS = re.compile(r"[^\W\d_]+")
# "10 of them players": whom a part of a whole counts
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", _I)
# "16 Humboldt Broncos players": a name's words (capitalised, as written) before the people
# noun that says whom the number counts
_PEOPLE_AFTER_NAME = re.compile(
    r"(?:\s+[A-Z][\w’'.-]*){1,3}\s+(?P<noun>" + alternation(rules.PEOPLE_NOUNS) + r")\b"
)
# ", most of them students", ", mostly pilgrims": a share of a count's people, not all of them
_SHARE_OF_THEM = re.compile(
    r",?\s+(?P<share>most|mostly|many|the majority)(?:\s+of\s+(?:them|whom))?"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?P<noun>" + alternation(rules.PEOPLE_NOUNS) + r")\b",
    _I,
)
# ", all of them civilians", ", both soldiers", ", a civilian": who all those counted were
_APPOSITION = re.compile(
    r"(?:\s+(?:were|was)\s+(?:killed|wounded|injured|dead))?,\s+(?:all|both)(?:\s+of\s+them)?\s+"
    r"(?P<noun>[^\W\d_]+)|,\s+an?\s+(?P<one>[^\W\d_]+)\b",
    re.IGNORECASE,
)
_WITH_THE_DOER = re.compile(
    r"(?:[\s-]+[^\W\d_]+){0,2}?,?\s+including\s+(?:the\s+|its\s+|their\s+|two\s+|three\s+)?"
    r"(?P<doer>" + alternation(rules.AGENT_NOUNS) + r")\b",
    _I,
)
_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?(?:\d+-\w+-old\s+)?([^\W\d_]+)\b")
_MODIFIER_AFTER = re.compile(r"(?:" + alternation(rules.MODIFIERS) + r")\s+", _I)
# "to 253 from 359", "to 97 ..., down from the 115": the figure a revision replaced.
_REVISED_FROM = re.compile(
    r"[^.;]{0,60}\b(?P<turn>down|up)\s+from\s+(?:the\s+|an?\s+)?|\s+from\s+", _I
)
_REVISED_TO = re.compile(r"\bto\s+\S+$", _I)
# "killed 19 children and two teachers": a second count joined to the first with "and".
_AND = re.compile(r"\s+and\s+", _I)
# An aside right after a count, within dashes or brackets, a few words on ("on board — ...").
_BREAKDOWN = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s*(?:[—–(]|--)(?P<inside>[^—–()]{1,120})(?:[—–)]|--)"
)
_AND_BEFORE = re.compile(r"\s+and\s+$", _I)
# The words that name whom a count is of, between it and an "and": one or two, no figure.
_NOUNS_ONLY = re.compile(r"(?:\s+[^\W\d_][\w’'-]*){1,2}")
_PREPOSITION_BEFORE = re.compile(
    rf"(?P<verb>\b(?:{'|'.join(rules.LEVEL_VERBS)})\s+)?"
    rf"\b(?:{'|'.join(rules.THING_PREPOSITIONS)})\s+$",
    _I,
)
_PART_BEFORE = re.compile(rf"\b(?:{'|'.join(rules.PART_BEFORE)})\s+$", _I)
_PART_AFTER = re.compile(rf"\s+(?:{'|'.join(rules.PART_AFTER)})\b", _I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?", _I)
_PER_UNIT = re.compile(
    rf"\s*(?:-?(?:a|an|per|each)[\s-]+[a-z]+\b|\s+(?:{'|'.join(rules.PER_UNIT_WORDS)})\b)", _I
)
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\s*$")
_AGE_APPOSITION_BEFORE = re.compile(r"[A-Z][\w’'.-]*,\s*$")
_AGE_APPOSITION_AFTER = re.compile(r"\s*,")
# One scan for all zero phrases: at a position the first pattern that matches wins; the
# lookaheads on first letters and first words let the scan skip most positions at once.
_ZERO_PHRASE = re.compile(
    rf"(?=[{_first_letters(rules.ZERO_PHRASE_FIRST_WORDS)}])(?<![\w-])"
    rf"(?=(?:{alternation(rules.ZERO_PHRASE_FIRST_WORDS)})(?!\w))(?:"
    + "|".join(f"(?P<zero{i}>{pattern})" for i, (pattern, _) in enumerate(rules.ZERO_PHRASES))
    + r")(?![\w-])",
    _I,
)
_LOOK = 120


@dataclass(frozen=True, slots=True)
class _Number:
    """A number phrase before its role is known: where its value is and what it is worth."""

    start: int  # including modifiers
    end: int  # including range, scale, percent, currency and postfix modifier
    core_start: int  # the number itself
    low: float
    high: float | None
    unit: str
    approximate: bool
    written_in_digits: bool
    role: CountRole | None  # set when the number's own form says (currency)


def find_counts(text: str) -> list[CountMention]:
    """Find the counts stated in a text, with their roles, as ranges.

    Parameters
    ----------
    text
        A sentence or a whole article.

    Returns
    -------
    list of CountMention
        Sorted by position and not overlapping, with ``text[m.start:m.end] == m.text``.

    Examples
    --------
    >>> [(m.text, m.role.value, m.low, m.high) for m in find_counts(
    ...     "At least 25 people were killed and no one was hurt.")]
    [('At least 25 people were killed', 'deaths', 25.0, None), ('no one was hurt', 'injuries', 0.0, 0.0)]
    """
    zero_spans = _find_zero_phrases(text)
    mentions = [(start, _mention(text, start, end, role, 0, 0)) for start, end, role in zero_spans]
    zero_starts = [start for start, _, _ in zero_spans]
    zero_ends = [end for _, end, _ in zero_spans]
    position = last_end = 0
    while True:
        match = _NUMBER.search(text, position)
        if match is None:
            break
        before = bisect.bisect_right(zero_starts, match.start()) - 1
        if before >= 0 and match.start() < zero_ends[before]:
            position = zero_ends[before]
            continue
        number, resume = _read_number(text, match)
        position = max(resume, match.start() + 1)
        if number is None:
            continue
        # A cue already used by the mention before, or inside a zero phrase, is not this one's.
        before = bisect.bisect_right(zero_ends, number.start) - 1
        after = bisect.bisect_left(zero_starts, number.end)
        floor = max(last_end, zero_ends[before] if before >= 0 else 0)
        ceiling = zero_starts[after] if after < len(zero_starts) else len(text)
        found = _with_role(text, number, floor=floor, ceiling=ceiling)
        if found is not None:
            mentions.append((number.core_start, found))
            last_end = found.end
    found = _parts_of_wholes(
        text,
        _previous_figures(
            text, _joined(text, _without_breakdowns(text, _without_overlaps(text, mentions)))
        ),
    )
    return _with_measures(text, found)


def find_shares(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """The shares of counts' people that a text names ("killing 148 people, most of them
    students"): counts of those people below the whole, as a record's statement bounds a
    claimed "148 students". A claim's own share is context, not a figure it states.

    >>> text = "The attack killed 148 people, most of them students."
    >>> [(m.text, m.low, m.high, m.counted) for m in find_shares(text, find_counts(text))]
    [('most of them students', 75.0, 147.0, ('student',))]
    """
    out = []
    for mention in mentions:
        share = _SHARE_OF_THEM.match(text, mention.end)
        if share is None or mention.high is None or mention.high < 2:
            continue
        most = share["share"].lower() != "many"
        low = math.floor(mention.high / 2) + 1 if most else 1
        out.append(
            _mention(
                text, share.start("share"), share.end(), CountRole.OTHER, low,
                mention.high - 1, counted=(quantity_rules.counted_word(share["noun"]),),
            )
        )  # fmt: skip
    return out


def _with_measures(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """The figures of a measure no plain number reads: temperatures ("47.9C", "-98.2C"),
    prison terms ("sentenced to 26 years") and ages ("Margaret Keenan, 91,"), with the words
    that say what they measure; a plain number where a measure stands gives way to it."""
    measures = []
    for match in _DEGREES.finditer(text):
        before_words = _LETTERS.findall(text, max(0, match.start() - 40), match.start())[-4:]
        if (
            _is_label(text, match.start("digits"))  # "Category 4C"
            # a bound ("above 40C") or another reading ("the previous record of 45C") is
            # not the reading claimed: left unread, as any figure the rules cannot place
            or _MODIFIER_BEFORE.search(text, max(0, match.start() - 25), match.start())
            or {w.lower() for w in before_words} & set(rules.OTHER_READING_WORDS)
        ):
            continue
        value = float(match.group("digits")) * (-1 if match.group("minus") else 1)
        unit = "c" if match.group("unit")[0] in "Cc" else "f"
        # the words before, but not another measure's unit ("40.3C (104.5F)" is Fahrenheit)
        before = [w for w in _nouns(text, match.start(), match.start()) if w not in ("c", "f")]
        nouns = tuple(dict.fromkeys((*before, unit)))
        measures.append(_mention(text, match.start(), match.end(), CountRole.OTHER, value,
                                 value, nouns=nouns))  # fmt: skip
    for match in _HMS.finditer(text):
        value = _seconds(match)
        nouns = _nouns(text, match.start(), match.start())
        measures.append(_mention(text, match.start(), match.end(), CountRole.OTHER, value,
                                 value, unit="s", nouns=nouns))  # fmt: skip
    for match in _TERM.finditer(text):
        number = match.group("n")
        value = float(number) if number.isdigit() else _words_value(text, *match.span("n"))[0]
        if value is None:
            continue
        start = match.start("n")
        measures.append(_mention(text, start, match.end(), CountRole.OTHER, value, value,
                                 unit="years", nouns=rules.TERM_NOUNS))  # fmt: skip
    ages = [
        *(m for m in _AGE.finditer(text) if _AGE_APPOSITION_BEFORE.search(text, 0, m.start() + 1)),
        *_DOER_AGE.finditer(text),
    ]
    for match in ages:
        value = float(match.group("n"))
        if value >= 130:
            continue
        # a figure of a person's age: met only by an age column ("shooter_age")
        measures.append(_mention(text, match.start("n"), match.end("n"), CountRole.OTHER,
                                 value, value, unit="age", nouns=("age",), counted=("age",)))  # fmt: skip
    if not measures:
        return mentions
    kept = [m for m in mentions if not any(m.start < x.end and x.start < m.end for x in measures)]
    return sorted([*kept, *measures], key=lambda m: m.start)


def duration_seconds(text: str) -> float | None:
    """A length of time written h:mm:ss (a race time, as a table writes it), in seconds;
    ``None`` for any other text.

    >>> duration_seconds("2:01:09"), duration_seconds("2021-09-01")
    (7269.0, None)
    """
    match = _HMS.fullmatch(text.strip())
    return _seconds(match) if match else None


def _seconds(match: re.Match[str]) -> float:
    hours, minutes, seconds = (float(match.group(k)) for k in ("h", "m", "s"))
    return hours * 3600 + minutes * 60 + seconds


def _without_breakdowns(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """A count's breakdown set off after it ("All 150 people on board — 144 passengers and six
    crew — were killed", "(12 boys and their coach)") gives its parts, no figures of their own:
    the counts in the aside that add up to the one before are dropped."""
    out = list(mentions)
    for whole in mentions:
        aside = _BREAKDOWN.match(text, whole.end)
        if aside is None:
            continue
        parts = [
            m for m in mentions if aside.start("inside") <= m.start and m.end <= aside.end("inside")
        ]
        if len(parts) > 1 and sum(m.low for m in parts) == whole.low:
            out = [m for m in out if m not in parts]
    return out


def _parts_of_wholes(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """ "159 of the 400 seats": the part counts what the whole counts (seats won); the whole is
    no figure of the event's, so it keeps no role a column could be compared with."""
    out = list(mentions)
    for i, (part, whole) in enumerate(itertools.pairwise(mentions)):
        if part.role in rules.WEAK_ROLES and _OF_THE.fullmatch(text, part.end, whole.start):
            out[i] = dataclasses.replace(part, role=whole.role)
            out[i + 1] = dataclasses.replace(whole, role=CountRole.OTHER)
    # a part in words of a whole that says nothing ("Two of the three suspects") counts nothing
    return [
        m
        for m in out
        if m.role is not CountRole.OTHER or m.unit == _POINTS or any(c.isdigit() for c in m.text)
    ]


def _previous_figures(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """A figure "from" which a count was revised ("cut the toll to 253 from 359", "down from
    the 115 they had reported") counts what that count counts, as it stood before."""
    out: list[CountMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and mention.role in (CountRole.OTHER, CountRole.PEOPLE)
            and before.role not in (CountRole.OTHER, CountRole.PEOPLE)
            and (m := _REVISED_FROM.fullmatch(text, before.end, mention.start)) is not None
            # a bare "from" only after "to <figure>": "12 people from 3 villages" is no revision
            and (m.group("turn") is not None or _REVISED_TO.search(before.text) is not None)
        ):
            mention = dataclasses.replace(mention, role=before.role, previous=True)
        out.append(mention)
    return out


def find_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of every number a text states, whatever it counts ("about 100 metres", "two
    of the boys"): a clause that states one about a named thing is checkable.

    >>> text = "The rover travelled about 100 metres, and two of the boys swam."
    >>> [text[start:end] for start, end in find_numbers(text)]
    ['about 100', 'two']
    """
    spans = []
    position = 0
    while (match := _NUMBER.search(text, position)) is not None:
        number, resume = _read_number(text, match)
        position = max(resume, match.start() + 1)
        if number is not None and not match.group("vague"):
            spans.append((number.start, number.end))
    return spans


def _joined(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """Counts of victims joined by "and" ("killed 19 children and two teachers", "13 US service
    members and scores of Afghans", "22 schoolchildren and six adults were killed") are one
    count: their sum, open or approximate as they are."""
    out: list[CountMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and previous.end > mention.start:
            continue  # taken into the count before
        if mention.role in (CountRole.DEATHS, CountRole.INJURIES) and not mention.unit:
            # "22 Belgian schoolchildren and six adults were killed": the verb after the second
            # count is the first's too
            floor = out[-2].end if len(out) > 1 else 0
            first = (
                _count_before_and(text, mention.start, floor)
                if _NUMBER.match(text, mention.start)
                else None
            )
            if first is not None and (
                previous is None or previous.end <= first.start or previous.role in _WHOM
            ):
                if previous is not None and previous.start >= first.start:
                    out.pop()
                mention = _sum(text, first.start, mention.end, mention, first)
            joined = _and_count(text, mention.end)
            if joined is not None:
                number, end = joined
                mention = _sum(text, mention.start, end, mention, number)
        out.append(mention)
    return out


def _sum(text: str, start: int, end: int, mention: CountMention, number: _Number) -> CountMention:
    """The count of ``text[start:end]``: a mention's role, its figure and a number's added."""
    high = None if mention.high is None or number.high is None else mention.high + number.high
    return _mention(
        text,
        start,
        end,
        mention.role,
        mention.low + number.low,
        high,
        approximate=mention.approximate or number.approximate,
    )


def _count_before_and(text: str, start: int, floor: int) -> _Number | None:
    """The number and its nouns right before the "and" that ends at ``start``, when they name
    whom it counts ("22 Belgian schoolchildren and"), not what befell them ("40 injured and")
    nor what else is counted ("49 cases and")."""
    joiner = _AND_BEFORE.search(text, max(floor, start - 12), start)
    if joiner is None:
        return None
    found = None
    for match in _NUMBER.finditer(text, max(floor, joiner.start() - 60), joiner.start()):
        number, _ = _read_number(text, match)
        if number is None or number.unit or number.role is not None:
            continue
        nouns = _NOUNS_ONLY.fullmatch(text, number.end, joiner.start())
        words = nouns.group(0).lower().split() if nouns else []
        cue = _CUE.search(text, number.end, joiner.start())
        if (
            words
            and cue is not None
            and rules.ROLE_CUES.get(_cue_key(cue)) in _WHOM
            and not set(words) & _NOT_WHOM
        ):
            found = number
    return found


def _and_count(text: str, end: int) -> tuple[_Number, int] | None:
    """The number and its noun right after "and", when the noun is not a verb's; the first
    count's own noun may stand between ("killed about 170 Afghans and 13 American troops")."""
    joiner = _AND.match(text, end)
    if joiner is None:
        noun = _NOUN_AFTER.match(text, end)
        if noun is None or noun.group(1).lower() in rules.NOT_JOINED_NOUNS:
            return None
        joiner = _AND.match(text, noun.end())
    if joiner is None:
        return None
    at = joiner.end()
    modifier = _MODIFIER_AFTER.match(text, at)
    match = _NUMBER.match(text, modifier.end() if modifier else at)
    if match is None:
        return None
    number, _ = _read_number(text, match)
    if number is None or number.unit or number.role is not None:
        return None
    noun = _NOUN_AFTER.match(text, number.end)
    cue = _CUE.match(text, noun.start(1)) if noun is not None else None
    # "and 40 injured" is a count of its own; "and 13 soldiers" names whom the first verb hit
    if noun is None or (cue is not None and rules.ROLE_CUES.get(_cue_key(cue)) not in _WHOM):
        return None
    word = noun.group(1).lower()
    if word in rules.AGENT_NOUNS or word in rules.NOT_JOINED_NOUNS:
        return None
    return number, noun.end()


# Nouns that name no victims of a count before "and": those who did it, and rules.NOT_JOINED_NOUNS.
_NOT_WHOM = frozenset(rules.AGENT_NOUNS) | frozenset(rules.NOT_JOINED_NOUNS)
# Roles that say whom a count is of, not what befell them: joined to a verb's count before them.
_WHOM = frozenset({CountRole.PEOPLE, CountRole.OTHER})


def _mention(
    text: str,
    start: int,
    end: int,
    role: CountRole,
    low: float,
    high: float | None,
    *,
    unit: str = "",
    approximate: bool = False,
    nouns: tuple[str, ...] = (),
    counted: tuple[str, ...] = (),
) -> CountMention:
    return CountMention(
        text=text[start:end],
        start=start,
        end=end,
        role=role,
        low=float(low),
        high=None if high is None else float(high),
        unit=unit,
        approximate=approximate,
        nouns=nouns,
        counted=counted,
    )


def _find_zero_phrases(text: str) -> list[tuple[int, int, CountRole]]:
    spans = []
    for match in _ZERO_PHRASE.finditer(text):
        index = int(match.lastgroup.removeprefix("zero"))  # type: ignore[union-attr]
        spans.append((match.start(), match.end(), rules.ZERO_PHRASES[index][1]))
    return spans


def _read_number(text: str, match: re.Match[str]) -> tuple[_Number | None, int]:
    """The number phrase at ``match``, or ``None`` when it is a date, time or label."""
    core_start, end = match.start(), match.end()
    if match.group("vague"):
        if _TIME_AFTER.match(text, end):
            return None, end
        low, high = rules.VAGUE_AMOUNTS[_normalise_space(match.group("vague"))]
        return _finish(text, core_start, end, low, high, approximate=True, vague=True), end
    if match.group("step"):
        # "half a percentage point": the words up to "point" are the figure, in points
        step = match.group("step")
        value = number_rules.POINT_STEPS.get(_normalise_space(step).lower(), 1.0)
        end = _POINT_AFTER.match(text, end).end()
        return _finish(text, core_start, end, value, value, unit=_POINTS), end
    if match.group("fraction"):
        value = number_rules.FRACTIONS[_normalise_space(match.group("fraction"))]
        return _finish(text, core_start, end, value, value, unit="percent"), end
    if _is_label(text, core_start):
        return None, end
    sign = match.group("sign")
    written_in_digits = match.group("digits") is not None
    if written_in_digits:
        date_shape = _DATE_SHAPE.match(text, match.start("digits"))
        if date_shape:
            return None, date_shape.end()
        parsed = _digits_value(match.group("digits"), match.group("suffix"), sign)
    else:
        parsed, end = _words_value(text, match.start("words"), match.end("words"))
    if parsed is None:
        return None, end
    value = parsed
    scale = _SCALE_AFTER.match(text, end)
    if scale and not match.group("suffix") and (written_in_digits or value < 100):
        value *= number_rules.SCALES[scale.group("scale").lower()]
        end = scale.end()
    compound = _COMPOUND_CUE.match(text, end)
    if compound and written_in_digits and not sign:
        # "a 290-seat parliament", "a 10-person team": the compound says what is counted.
        number = _finish(text, core_start, compound.end(), value, value, written_in_digits=True)
        role = rules.ROLE_CUES[" ".join(re.split(r"[\s-]+", compound.group("cue").lower()))]
        return (dataclasses.replace(number, role=role) if number else None), compound.end()
    if _is_time(text, match, end, value, written_in_digits, sign):
        return None, end
    unit = number_rules.CURRENCY_SIGNS[_normalise_space(sign)] if sign else ""
    return _finish(
        text, core_start, end, value, value, unit=unit, written_in_digits=written_in_digits
    ), end


def _normalise_space(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _cue_key(cue: re.Match[str]) -> str:
    return " ".join(re.split(r"[\s-]+", cue.group(0).lower()))


def _digits_value(digits: str, suffix: str | None, sign: str | None) -> float | None:
    whole = digits.replace(",", "").partition(".")[0]
    if len(whole.lstrip("0")) > MAX_COUNT_DIGITS:
        return None  # a serial number or noise, not a count; a float would overflow on it
    value = float(digits.replace(",", ""))
    if suffix:
        suffix = suffix.lower()
        if suffix in number_rules.SCALE_SUFFIXES:
            value *= number_rules.SCALE_SUFFIXES[suffix]
        elif sign:
            value *= number_rules.CURRENCY_SCALE_SUFFIXES[suffix]
        else:
            return None  # "5m" without a currency: metres as often as millions
    return value


def _words_value(text: str, start: int, end: int) -> tuple[float | None, int]:
    """The value of number words, stopping where they stop making one number."""
    total, current, last, half = 0, 0, "", False
    value_end = start
    largest_scale: float = math.inf
    for token in _WORD_TOKEN.finditer(text, start, end):
        word = token.group(0).lower()
        if word == "half":
            if last:
                break
            half, kind = True, "half"
        elif word == "a":
            if last not in ("", "half"):
                break
            current, kind = 1, "a"
        elif word == "and":
            if last not in ("hundred", "scale"):
                break
            kind = "and"
        elif word in number_rules.UNITS:
            value = number_rules.UNITS[word]
            if last in ("unit", "tens", "a", "half") and not (last == "tens" and 0 < value < 10):
                break
            if value == 0 and last:
                break
            current += value
            kind = "unit" if last != "tens" else "tens_unit"
        elif word in number_rules.TENS:
            if last in ("unit", "tens", "tens_unit", "a", "half"):
                break
            current += number_rules.TENS[word]
            kind = "tens"
        elif word == "hundred":
            if last in ("hundred", "half") or current >= 100:
                break
            current = max(current, 1) * 100
            kind = "hundred"
        else:  # dozen, thousand, million...
            scale = number_rules.SCALES[word]
            if last in ("and", "half") or scale >= largest_scale:
                break
            if word == "dozen":
                current = max(current, 1) * scale
                kind = "hundred"
            else:
                total += max(current, 1) * scale
                current, largest_scale = 0, scale
                kind = "scale"
        last = kind
        if kind not in ("and", "half", "a"):
            value_end = token.end()
    if value_end == start:
        return None, end
    number = float(total + current)
    return (number / 2 if half else number), value_end


def _is_label(text: str, start: int) -> bool:
    """A number that names something ("Flight 752", "F-35", "No. 10") rather than counts."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).rstrip(".")
    if word.lower() in rules.NOT_COUNT_BEFORE:
        return True
    # A number right after a name ("Apollo 11", "Sputnik 1", "Ariane 5") names a thing, unless
    # a role follows it ("Baghdad 10 people killed" is rare, but then it counts).
    digits = _DIGITS.match(text, start)
    return (
        word[:1].isupper()
        and word.lower() not in entity_rules.NOT_NAME_WORDS
        and word.lower() not in rules.MODIFIER_WORDS  # "Exactly 31,000 workers" opens a sentence
        and not _MONTH_WORD.fullmatch(word)
        and text[before.end(1) : start] == " "
        and digits is not None
        and _first_cue_after(text, digits.end(), limit=3) is None
    )


def _is_time(
    text: str,
    match: re.Match[str],
    end: int,
    value: float,
    written_in_digits: bool,
    sign: str | None,
) -> bool:
    """A number that is a date, a time, a duration or an age: left to claimcheck.times."""
    start = match.start()
    if _TIME_AFTER.match(text, end):
        return True
    if sign:
        return False
    whole_day = value == int(value) and 1 <= value <= 31
    if whole_day and (
        _MONTH_BEFORE.search(text, max(0, start - 15), start) or _MONTH_AFTER.match(text, end)
    ):
        return True
    # "Ali Khamenei, 80, said": an age in apposition to a name.
    if (
        value < 130
        and _AGE_APPOSITION_BEFORE.search(text, max(0, start - 40), start)
        and _AGE_APPOSITION_AFTER.match(text, end)
    ):
        return True
    digits = match.group("digits")
    if not written_in_digits or not digits.isdigit() or len(digits) != 4:
        return False
    if not rules.YEAR_RANGE[0] <= value <= rules.YEAR_RANGE[1]:
        return False
    if _YEAR_RANGE_AFTER.match(text, end) or _DATE_BEFORE_YEAR.search(
        text, max(0, start - 30), start
    ):
        return True
    cue = _first_cue_after(text, end, limit=2)
    return cue is None or _cue_key(cue) in rules.SINGULAR_CUES


def _finish(
    text: str,
    core_start: int,
    end: int,
    low: float,
    high: float | None,
    *,
    unit: str = "",
    approximate: bool = False,
    vague: bool = False,
    written_in_digits: bool = False,
) -> _Number | None:
    """Read what follows a number (range, percent, currency) and what precedes it (modifiers)."""
    start = core_start
    opener = _RANGE_OPENER.search(text, max(0, start - 10), start)
    join = _BETWEEN_JOIN if opener and opener.group("opener").lower() == "between" else None
    join_match = (join or _RANGE_JOIN).match(text, end)
    if not vague and join_match:
        second = _SECOND.match(text, join_match.end())
        second_value = None
        if second:
            if second.group("digits") is not None:
                second_value = _digits_value(
                    second.group("digits"), second.group("suffix"), second.group("sign") or unit
                )
                second_end = second.end()
            else:
                second_value, second_end = _words_value(
                    text, second.start("words"), second.end("words")
                )
        if second_value is not None:
            scale = _SCALE_AFTER.match(text, second_end)
            if scale:
                factor = number_rules.SCALES[scale.group("scale").lower()]
                second_value *= factor
                if low < 1000:
                    low *= factor
                second_end = scale.end()
            if low <= second_value:
                high = second_value
                end = second_end
                if opener:
                    start = opener.start()
            elif opener is None:
                return None  # "2-1": a score, not a range
    if _TIME_AFTER.match(text, end):
        return None  # "7-10 days": a duration
    percent = _PERCENT.match(text, end)
    if percent:
        unit = _POINTS if percent.group("points") else "percent"
        if percent.group("basis"):
            unit = _POINTS
            low, high = low / 100, None if high is None else high / 100
        end = percent.end()
    currency = _CURRENCY_WORD.match(text, end)
    role = CountRole.MONEY if unit and unit not in ("percent", _POINTS) else None
    if currency and not unit:
        unit = number_rules.CURRENCY_WORDS[_normalise_space(currency.group("currency"))]
        role = CountRole.MONEY
        end = currency.end()
    modifier = None
    postfix = _POSTFIX.match(text, end)
    if postfix:
        modifier = rules.POSTFIX_MODIFIERS[_normalise_space(postfix.group("postfix"))]
        end = postfix.end()
    if start == core_start:
        before = _MODIFIER_BEFORE.search(text, max(0, start - 30), start)
        if before:
            modifier = rules.MODIFIERS[_normalise_space(before.group("modifier"))]
            start = before.start()
    if modifier and not vague:
        low, high, approximate = _apply_modifier(modifier, low, high, unit=unit)
    return _Number(
        start=start,
        end=end,
        core_start=core_start,
        low=low,
        high=high,
        unit=unit,
        approximate=approximate,
        written_in_digits=written_in_digits,
        role=role,
    )


def _apply_modifier(
    modifier: str, low: float, high: float | None, *, unit: str
) -> tuple[float, float | None, bool]:
    top = low if high is None else high
    # Whole counts have a strict bound one away; a percentage's bound cannot be strict.
    step = 1.0 if low == int(low) and unit not in ("percent", _POINTS) else 0.0
    tolerance = rules.TOLERANCES.get(modifier, 0.0)
    if modifier == "min":
        return low, None, False
    if modifier == "above":
        return low + step, None, False
    if modifier == "below":
        return 0.0, max(0.0, low - step), False
    if modifier == "max":
        return 0.0, top, False
    if modifier == "nearly":
        return _round_down(low * (1 - tolerance), step), top, True
    if modifier == "about":
        return (
            _round_down(low * (1 - tolerance), step),
            _round_up(top * (1 + tolerance), step),
            True,
        )
    if modifier == "just_over":
        return low, _round_up(top * (1 + tolerance), step), True
    return low, high, False


# Rounding to 6 places first keeps float noise (110.00000000000001) from moving a bound.
def _round_down(value: float, step: float) -> float:
    return float(math.floor(round(value, 6))) if step else round(value, 6)


def _round_up(value: float, step: float) -> float:
    return float(math.ceil(round(value, 6))) if step else round(value, 6)


def _first_cue_after(text: str, end: int, *, limit: int) -> re.Match[str] | None:
    window = _clause_after(text, end)
    for cue in _CUE.finditer(text, end, window):
        words_before = len(_WORDS.findall(text, end, cue.start()))
        return cue if words_before < limit else None
    return None


def _clause_after(text: str, end: int) -> int:
    """Where the clause after a number ends: punctuation, another number or a new clause."""
    stop = min(len(text), end + _LOOK)
    position = end
    while True:
        clause_end = next(
            (m for m in _CLAUSE_END.finditer(text, position, stop) if not _names_or_dates(text, m)),
            None,
        )
        if clause_end is None:
            break
        # an aside between the count and its verb ("Four people, including a 9-year-old
        # boy, were killed") does not end its clause
        aside = _ASIDE.match(text, clause_end.start())
        if aside is None:
            stop = clause_end.start()
            break
        position = aside.end()
    breaker = _BREAKER.search(text, position, stop)
    return breaker.start() if breaker else stop


def _names_or_dates(text: str, clause_end: re.Match[str]) -> bool:
    """Whether a clause end is only a number that names ("Flight 752") or dates ("February 21"):
    such a number does not start counting anew."""
    position = clause_end.start()
    if not clause_end.group()[:1].isdigit():
        return False
    digits = _DIGITS.match(text, position)
    end = digits.end() if digits else position + 1
    return (
        _is_label(text, position)
        or _MONTH_BEFORE.search(text, max(0, position - 15), position) is not None
        or _MONTH_AFTER.match(text, end) is not None
    )


def _clause_before(text: str, start: int) -> int:
    """Where the clause before a number begins."""
    lookback = max(0, start - _LOOK)
    begin = lookback
    # The nearest clause end wins: look from the number backwards and stop at the first real
    # one. Testing every one in the window made a text of "1 1 1 ..." cost 60 label tests a
    # number (about a millisecond a character).
    for found in reversed(list(_CLAUSE_END.finditer(text, lookback, start))):
        if not _names_or_dates(text, found):
            begin = found.end()
            break
    for found in _BREAKER.finditer(text, begin, start):
        begin = found.end()
    return begin


def _with_role(text: str, number: _Number, *, floor: int, ceiling: int) -> CountMention | None:
    """The mention of a number; ``floor`` and ``ceiling`` bound where its cues may be."""
    start, end = number.start, number.end
    role = number.role
    per_unit = _PER_UNIT.match(text, end) if role is CountRole.MONEY else None
    if per_unit is not None:
        # a price per unit ("$54.20 a share", "$38 apiece") is no amount the event involved
        role, end = CountRole.OTHER, per_unit.end()
    if role is None:
        role, start, end = _role_from_cues(text, number, floor=floor, ceiling=ceiling)
    # a number in words counts something only when a role says what, or when it is the part of
    # a whole that says it ("Eighteen of the 19 people aboard were killed"), or a rate's step
    # ("half a percentage point")
    if (
        role == CountRole.OTHER
        and not number.written_in_digits
        and number.unit != _POINTS
        and not _of_a_number(text, end)
    ):
        return None
    return _mention(
        text,
        start,
        end,
        role,
        number.low,
        number.high,
        unit=number.unit,
        approximate=number.approximate,
        nouns=_nouns(text, number.start, number.end),
        counted=_counted(text, number.end),
    )


def _of_a_number(text: str, end: int) -> bool:
    """Whether "of the" and a number follow: the number before is a part of that whole."""
    of_the = _OF_THE.match(text, end)
    return of_the is not None and _NUMBER.match(text, of_the.end()) is not None


def _counted(text: str, end: int) -> tuple[str, ...]:
    """The words right after a number that say what it counts ("34 miners", "48 gold
    medals": gold, medal; "10 of them players"; "16 Humboldt Broncos players": players, the
    name's words after), as ``quantity_rules.counted_word`` spells them, and the noun an
    apposition gives all of them ("killed three people, all of them civilians")."""
    of_them = _OF_THEM.match(text, end)
    end = of_them.end() if of_them else end
    named = _PEOPLE_AFTER_NAME.match(text, end)
    after = _COUNTED_AFTER.match(text, end)
    words = [named["noun"]] if named else []
    words += list(after.groups("") if after else ())
    apposition = _APPOSITION.match(text, after.end() if after else end)
    if apposition is not None:
        words.append(apposition["noun"] or apposition["one"])
    # "22 people, including the bomber": the toll counts the one who did it too
    doer = _WITH_THE_DOER.match(text, end)
    if doer is not None:
        words.append(doer["doer"])
    return tuple(dict.fromkeys(w for w in map(quantity_rules.counted_word, words) if w))


def _nouns(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words either side of a number that may say what it counts: "a depth of 18 km"
    (depth, km), "30,000 houses", "magnitude 7.5", "50 people aboard" (board), as
    ``quantity_rules.counted_word`` spells them."""
    before = _LETTERS.findall(text, max(0, start - 30), start)[-2:]
    after = _COUNTED_AFTER.match(text, end)
    words = [*before, *(after.groups("") if after else ())]
    return tuple(dict.fromkeys(w for w in map(quantity_rules.counted_word, words) if w))


def _role_from_cues(
    text: str, number: _Number, *, floor: int, ceiling: int
) -> tuple[CountRole, int, int]:
    start, end = number.start, number.end
    # "Two gunmen killed 13 people": a number of those who did it counts no victims, nor does
    # a measure ("the magnitude 7.3 earthquake killed four").
    agent = _NOUN_AFTER.match(text, end)
    if agent and agent.group(1).lower() in rules.AGENT_NOUNS:
        return CountRole.OTHER, start, agent.end()
    measure = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if (measure and measure.group(1).lower() in rules.MEASURE_WORDS) or _MEASURE_AFTER.match(
        text, end
    ):
        return CountRole.OTHER, start, end
    # After a preposition a number counts its own noun, not a verb's victims ("killed in
    # shootings at three massage parlors", "armed with two handguns"); a part of a toll
    # ("including 27 children", "six of them women") is not the toll.
    own = _NOUN_AFTER.match(text, end)
    counted = own is not None and own.group(1).lower() in rules.ROLE_CUES
    preposition = _PREPOSITION_BEFORE.search(text, max(0, start - 25), start)
    after_thing = preposition is not None and preposition.group("verb") is None
    if (after_thing and not counted) or (
        _PART_BEFORE.search(text, max(0, start - 25), start) or _PART_AFTER.match(text, end)
    ):
        return CountRole.OTHER, start, end
    survival = _NONE_SURVIVED.search(text, end, min(ceiling, end + _LOOK))
    if survival and _NONE_SURVIVED_GAP.fullmatch(text, end, survival.start()):
        return CountRole.DEATHS, start, survival.end()
    after_stop = min(_clause_after(text, end), ceiling)
    before_begin = max(_clause_before(text, start), floor)
    options: list[tuple[int, int, int, int, CountRole]] = []  # weak, distance, side, span...
    for cue in _CUE.finditer(text, end, after_stop):
        distance = len(_WORDS.findall(text, end, cue.start())) + 1
        if distance > rules.CUE_WORDS_AFTER:
            break
        if _CUE_BLOCKER_BEFORE.search(text, max(end, cue.start() - 30), cue.start()):
            continue
        role = rules.ROLE_CUES[_cue_key(cue)]
        options.append((role in rules.WEAK_ROLES, distance, 0, cue.end(), role))
    # a figure a verb sets a level at ("the death toll from the collapse of the bridge in
    # Gujarat stood at 135") is its subject's, however long the subject
    levelled = _LEVELLED.search(text, max(0, start - 25), start) is not None
    for cue in _CUE.finditer(text, before_begin, start):
        distance = len(_WORDS.findall(text, cue.end(), start)) + 1
        if distance > rules.CUE_WORDS_BEFORE and not levelled:
            continue
        role = rules.ROLE_CUES[_cue_key(cue)]
        # A people noun before a number belongs to something else ("protesters in 3 cities").
        if role not in rules.WEAK_ROLES:
            options.append((False, distance, 1, cue.start(), role))
    if not options:
        return CountRole.OTHER, start, end
    _, _, side, edge, role = min(options)
    if side == 0:
        end = max(end, edge)
    else:
        start = min(start, edge)
        # Keep the counted noun right after the number in the span: "killed 25 people".
        nouns = [o for o in options if o[2] == 0 and o[1] <= 2]
        if nouns:
            end = max(end, max(o[3] for o in nouns))
    return role, start, end


def _without_overlaps(text: str, mentions: list[tuple[int, CountMention]]) -> list[CountMention]:
    """Sort mentions and trim or drop any that overlap an earlier one."""
    kept: list[CountMention] = []
    for core_start, mention in sorted(mentions, key=lambda item: (item[1].start, item[0])):
        if kept and mention.start < kept[-1].end:
            if core_start < kept[-1].end:
                continue
            start = kept[-1].end
            while start < mention.end and text[start].isspace():
                start += 1
            mention = _mention(
                text,
                start,
                mention.end,
                mention.role,
                mention.low,
                mention.high,
                unit=mention.unit,
                approximate=mention.approximate,
            )
        kept.append(mention)
    return kept
