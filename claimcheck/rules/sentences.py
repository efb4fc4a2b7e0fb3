"""Data for splitting sentences (claimcheck.sentences): abbreviations, starters, speech verbs.

All words are lowercase and written without their final full stop; the splitter lowercases the
word before a full stop to look it up. Dotted forms (``U.S.``, ``a.m.``, ``J.R.R.``) and single
initials (``W.``) are recognised by their shape and need no entry here.
"""

from __future__ import annotations

# A full stop after these never ends a sentence: they stand before a name or a term.
TITLES: frozenset[str] = frozenset(
    {
        # civil and academic titles
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "rev", "fr", "hon", "sen", "rep",
        "gov", "pres", "amb", "supt", "insp", "det", "atty", "sra", "srta",
        # military ranks
        "gen", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig",
        "lieut", "cmdt",
        # places before a name
        "st", "mt", "ft",
        # Latin and comparison abbreviations used mid-sentence
        "vs", "v", "e.g", "i.e", "cf", "approx", "esp", "incl", "viz",
    }
)  # fmt: skip

# A full stop after these does not end a sentence when a number follows ("No. 10", "Art. 5",
# "pop. 83 million").
BEFORE_NUMBER: frozenset[str] = frozenset(
    {
        "no",
        "nos",
        "art",
        "vol",
        "vols",
        "p",
        "pp",
        "fig",
        "ch",
        "sec",
        "para",
        "ref",
        "tel",
        "ext",
        "pop",
    }
)

# A full stop after these ends a sentence only when a word from STARTERS follows:
# "the U.S. said" and "Jan. 7" go on, "against the U.S. The strike" ends.
MAY_END: frozenset[str] = frozenset(
    {
        # company and name suffixes
        "inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "sr", "etc", "al",
        # month abbreviations (AP style)
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        # weekday abbreviations (not "Sat.", "Sun.", "Wed.": they are also words)
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        # US states (AP style); those that are also words ("Ill.", "Miss.", "Wash.") are left out
        # because a sentence ending in the word is commoner than the abbreviation mid-sentence
        "ala", "ariz", "calif", "colo", "conn", "fla", "kan", "ky", "md", "mich", "minn",
        "mont", "neb", "nev", "okla", "tenn", "vt", "wis", "wyo",
        # units and other abbreviations that can close a sentence
        "km", "kg", "mph", "hr", "hrs", "mln", "bln", "dept", "univ", "assn",
    }
)  # fmt: skip

# Words that begin most news sentences; after a MAY_END abbreviation, an initial or a dotted
# acronym, one of these (capitalised) shows that a new sentence has begun.
STARTERS: frozenset[str] = frozenset(
    {
        # articles, pronouns and determiners
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
        "some", "many", "most", "all", "both", "each", "every", "several", "few", "no", "none",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "another", "other", "such", "what", "who", "whom", "which", "why", "how", "where",
        # conjunctions and adverbs that open sentences
        "but", "and", "or", "yet", "so", "however", "meanwhile", "separately", "still", "also",
        "then", "now", "later", "earlier", "instead", "thus", "therefore", "moreover",
        "nevertheless", "nonetheless", "although", "though", "while", "when", "if", "as",
        "since", "because", "after", "before", "during", "until", "unlike", "despite",
        # prepositions that open sentences
        "in", "on", "at", "for", "from", "by", "with", "without", "under", "over", "of", "to",
        "according", "last", "next", "about",
        # subjects that open many news sentences
        "officials", "police", "witnesses", "authorities", "critics", "analysts", "experts",
        "residents", "reports", "sources",
    }
)  # fmt: skip

# Verbs of saying: a quotation ending in . ? or ! and followed by "<Name> said." is one sentence.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
        "tweeted", "tweets", "posted", "stated", "states", "declared", "declares", "insisted",
        "insists", "warned", "warns", "replied", "replies", "responded", "explained", "noted",
        "argued", "claimed", "claims", "announced", "shouted", "continued", "concluded",
        "quipped", "recalled", "remarked", "acknowledged", "admitted", "conceded", "cautioned",
    }
)  # fmt: skip

# After a speech verb, these words show the attribution goes on ("Khamenei said on Tuesday.",
# "Rouhani told reporters."), so the quotation before it is still one sentence with it.
ATTRIBUTION_FOLLOWERS: frozenset[str] = frozenset(
    {
        "on", "in", "at", "during", "according", "after", "before", "while", "when", "as",
        "late", "earlier", "later", "last", "this", "yesterday", "today", "tonight", "from",
        "via", "through", "reporters", "journalists",
    }
)  # fmt: skip

# Opening and closing quotation marks and brackets, straight and curly.
OPENING_MARKS: str = "\"'“‘«‹([{"
CLOSING_MARKS: str = "\"'”’»›)]}"

# Characters that end a sentence (the ellipsis character included).
TERMINATORS: str = ".!?…"
# Dashes that, on the same line after a full stop, continue the sentence (a dateline's dash).
DASHES: str = "—–"

# A line starting with one of these (then a space) is a list item and begins a sentence.
BULLETS: str = "-*•·‣▪◦–—"
