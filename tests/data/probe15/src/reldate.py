"""Relative-date resolution used to write and assert the claims (conventions as in the README)."""
import datetime as dt
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]

def D(s): return dt.date.fromisoformat(s)

def resolve(spec, article_date, facts=None):
    """Return ISO date (YYYY-MM-DD) or month (YYYY-MM) that a relative expression points to."""
    a = D(article_date)
    kind = spec[0]
    if kind == "wd":             # bare weekday: most recent such day strictly before article_date
        target = WD.index(spec[1])
        d = a - dt.timedelta(days=1)
        while d.weekday() != target:
            d -= dt.timedelta(days=1)
        return d.isoformat()
    if kind == "yesterday":
        return (a - dt.timedelta(days=1)).isoformat()
    if kind == "last_week":      # weekday within the previous Monday-Sunday week
        monday_this = a - dt.timedelta(days=a.weekday())
        monday_prev = monday_this - dt.timedelta(days=7)
        return (monday_prev + dt.timedelta(days=WD.index(spec[1]))).isoformat()
    if kind == "this_month":
        return a.strftime("%Y-%m")
    if kind == "last_month":
        first = a.replace(day=1) - dt.timedelta(days=1)
        return first.strftime("%Y-%m")
    if kind == "anchor":         # n days after/before another fact's date
        base = D(facts[spec[1]]["date"])
        return (base + dt.timedelta(days=spec[2])).isoformat()
    raise ValueError(spec)
