"""Shared helpers for the generators: load facts.csv, resolve relative dates with
datetime, and check every stated slot of a claim or fragment against a fact."""
import datetime as dt
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load_facts():
    f = pd.read_csv(ROOT / "facts.csv", dtype=str, keep_default_na=False)
    return {r["id"]: r for r in f.to_dict("records")}


def d(s):
    return dt.date.fromisoformat(s)


def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", "").replace("’", "").replace("-", " ")
    return " ".join(s.split())


# ---------------------------------------------------------------- dates
def fact_interval(f):
    return d(f["date_start"][:10]), d(f["date_end"][:10])


def resolve(rel, article_date, facts):
    """Resolve a relative-date expression to ('day', date) or ('span', a, b)."""
    a = d(article_date)
    kind = rel[0]
    if kind == "weekday":                 # most recent such weekday strictly before the article date
        wd = WEEKDAYS.index(rel[1])
        x = a - dt.timedelta(days=1)
        while x.weekday() != wd:
            x -= dt.timedelta(days=1)
        return ("day", x)
    if kind == "yesterday":
        return ("day", a - dt.timedelta(days=1))
    if kind == "days_ago":
        return ("day", a - dt.timedelta(days=rel[1]))
    if kind == "last_week":               # previous Monday-Sunday week
        monday = a - dt.timedelta(days=a.weekday()) - dt.timedelta(days=7)
        return ("span", monday, monday + dt.timedelta(days=6))
    if kind == "last_month":
        first = a.replace(day=1)
        prev_last = first - dt.timedelta(days=1)
        return ("span", prev_last.replace(day=1), prev_last)
    if kind == "earlier_this_month":
        return ("span", a.replace(day=1), a - dt.timedelta(days=1))
    if kind == "days_after":              # anchored to another fact's (day-precision) date
        base = fact_interval(facts[rel[1]])[0]
        return ("day", base + dt.timedelta(days=rel[2]))
    if kind == "days_before":
        base = fact_interval(facts[rel[1]])[0]
        return ("day", base - dt.timedelta(days=rel[2]))
    raise ValueError(rel)


def claim_interval(date_slot):
    kind = date_slot[0]
    if kind == "day":
        x = d(date_slot[1]) if isinstance(date_slot[1], str) else date_slot[1]
        return x, x, "day"
    if kind == "month":
        y, m = map(int, date_slot[1].split("-"))
        a = dt.date(y, m, 1)
        b = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return a, b, "span"
    if kind == "year":
        y = int(date_slot[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "span"
    if kind == "span":
        a = d(date_slot[1]) if isinstance(date_slot[1], str) else date_slot[1]
        b = d(date_slot[2]) if isinstance(date_slot[2], str) else date_slot[2]
        return a, b, "span"
    raise ValueError(date_slot)


def date_agrees(date_slot, f):
    """True = agrees, False = disagrees (disjoint), None = cannot be decided."""
    ca, cb, ck = claim_interval(date_slot)
    fa, fb = fact_interval(f)
    if ck == "day":
        if fa == fb:
            return ca == fa
        return False if not (fa <= ca <= fb) else None
    # span / month / year claim: the event must lie inside the stated period
    if ca <= fa and fb <= cb:
        return True
    if fb < ca or fa > cb:
        return False
    return None


# ---------------------------------------------------------------- counts
VAGUE = {"a handful": (2, 6), "several": (3, 9), "dozens": (24, 199), "scores": (40, 199),
         "hundreds": (200, 999)}


def count_agrees(slot, f):
    """slot = (op, n[, field]); ('range', lo, hi[, field]); ('vague', word[, field])."""
    op = slot[0]
    if op == "range":
        lo, hi = slot[1], slot[2]
        field = slot[3] if len(slot) > 3 else "deaths"
    else:
        n = slot[1]
        field = slot[2] if len(slot) > 2 else "deaths"
    if f[field] == "":
        return None
    v = int(f[field])
    if op == "range":
        return lo <= v <= hi
    if op == "eq":
        return v == n
    if op == "ge":
        return v >= n
    if op == "gt":
        return v > n
    if op == "le":
        return v <= n
    if op == "lt":
        return v < n
    if op == "nearly":
        return 0.85 * n <= v < n
    if op == "about":
        return abs(v - n) <= max(1, 0.1 * n)
    if op == "vague":
        lo, hi = VAGUE[n]
        return lo <= v <= hi
    raise ValueError(slot)


def count_agrees_all(slots, f):
    return [count_agrees(s, f) for s in slots]


# ---------------------------------------------------------------- names
def place_agrees(names, f):
    hay = norm(f["location"] + " ; " + f["aliases"])
    return [norm(n) in hay for n in names]


def actor_agrees(names, f):
    hay = norm(f["actors"] + " ; " + f["aliases"])
    return [norm(n) in hay for n in names]


def event_agrees(kind, f):
    return norm(kind) == norm(f["event_type"])


def slot_results(spec, facts, article_date):
    """Return {field: True/False/None} for every stated slot of a claim/fragment."""
    f = facts[spec["fact"]]
    out = {}
    if spec.get("rel") is not None:
        r = resolve(spec["rel"], article_date, facts)
        stated = spec["date"]
        if r[0] == "day":
            assert stated[0] == "day" and d(stated[1]) == r[1], (spec["text"], r, stated)
        else:
            assert stated[0] == "span" and (d(stated[1]), d(stated[2])) == (r[1], r[2]), (spec["text"], r, stated)
    if spec.get("rel2") is not None:       # a second anchor that must agree with the same stated date
        r = resolve(spec["rel2"], article_date, facts)
        assert r[0] == "day" and d(spec["date"][1]) == r[1], (spec["text"], r)
    if spec.get("date") is not None:
        out["date"] = date_agrees(spec["date"], f)
    if spec.get("count"):
        rs = count_agrees_all(spec["count"], f)
        out["count"] = None if None in rs else all(rs)
    if spec.get("place"):
        out["place"] = all(place_agrees(spec["place"], f))
    if spec.get("actor"):
        out["actor"] = all(actor_agrees(spec["actor"], f))
    if spec.get("event"):
        out["event"] = event_agrees(spec["event"], f)
    return out


def assert_verdict(spec, facts, article_date):
    """Assert the graded verdict follows from the slots, as the README explains."""
    v = spec["verdict"]
    if v in ("unverifiable", "not_checkable"):
        assert spec.get("fact") is None and spec.get("wrong") is None, spec["text"]
        if v == "unverifiable":
            assert spec.get("absent") is not None, "unverifiable claims must say why: " + spec["text"]
            assert spec["absent"](facts), "a record decides this claim: " + spec["text"]
        return
    res = slot_results(spec, facts, article_date)
    assert res, "no slot stated: " + spec["text"]
    if v == "supported":
        assert spec.get("wrong") is None
        bad = {k: x for k, x in res.items() if x is not True}
        assert not bad, (spec["text"], bad)
    elif v == "contradicted":
        w = spec["wrong"]
        assert res.get(w) is False, (spec["text"], w, res)
        others = {k: x for k, x in res.items() if k != w and x is not True}
        assert not others, (spec["text"], others)
    elif v == "misleading":
        assert spec.get("wrong") in ("count", "date", "place", "actor", "event")
        # every stated slot agrees with the matched record; what misleads is checked separately
        bad = {k: x for k, x in res.items() if x is not True}
        assert not bad, (spec["text"], bad)
        assert spec.get("why") is not None and spec["why"](facts), "misleading reason fails: " + spec["text"]
    else:
        raise ValueError(v)
