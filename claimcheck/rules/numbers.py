"""Data for reading numbers (claimcheck.counts): number words, scales and fractions.

Keys are lowercase; values are what the words are worth.
"""

from __future__ import annotations

# Number words that add up ("twenty" + "five"); "a" is worth one only before a scale ("a hundred").
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip

TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Words that multiply what comes before them ("two hundred", "a dozen", "3.2 million").
SCALES: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

# Every word of a number written in words, with its value.
NUMBER_WORDS: dict[str, int] = {**UNITS, **TENS, **SCALES}

# Short scales written after digits ("2bn", "3.5 mln"); always read as scales.
SCALE_SUFFIXES: dict[str, int] = {
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "tn": 1_000_000_000_000,
}

# One-letter scales ("$5m", "£2k", "$3b"): read as scales only after a currency sign, since a
# bare "5m" is as often five metres.
CURRENCY_SCALE_SUFFIXES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "b": 1_000_000_000,
}

# Fractions of a group ("half of voters", "two-thirds of the seats"), as percentages.
FRACTIONS: dict[str, float] = {
    "half": 50.0,
    "a half": 50.0,
    "one half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "one-third": 100 / 3,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "one-quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "one-tenth": 10.0,
}

# Currency signs and codes written before a number, and currency words written after it,
# with the ISO 4217 code kept as the mention's unit.
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "irr": "IRR",
}

CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "rials": "IRR",
    "rial": "IRR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "dinars": "IQD",
    "riyals": "SAR",
    "shekels": "ILS",
    "lira": "TRY",
}

# Words after "%"-less numbers that make them percentages.
PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent", "pct")
PERCENTAGE_POINT_WORDS: tuple[str, ...] = ("percentage points", "percentage point")
# A hundredth of a percentage point, as rate moves are also written ("raised by 75 basis points").
BASIS_POINT_WORDS: tuple[str, ...] = ("basis points", "basis point", "bps", "bp")
# A step of a rate in words, in percentage points: "by half a percentage point", "a
# quarter-point cut", "by a full point". A bare "a" only before "percentage point".
POINT_STEPS: dict[str, float] = {
    "half a": 0.5,
    "a half": 0.5,
    "half": 0.5,
    "a quarter of a": 0.25,
    "quarter of a": 0.25,
    "a quarter": 0.25,
    "quarter": 0.25,
    "three quarters of a": 0.75,
    "three-quarters of a": 0.75,
    "three-quarter": 0.75,
    "three quarter": 0.75,
    "a full": 1.0,
}
