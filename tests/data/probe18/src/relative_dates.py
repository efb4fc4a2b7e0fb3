"""Resolution rules for relative dates used in probe18 claims and articles.

Conventions (same as the devset README):
* a bare weekday ("on Sunday") = the most recent such day strictly BEFORE the
  article date (never the article date itself);
* "yesterday" / "last night" = article date - 1 day;
* "last week" = the previous Monday-Sunday week;
* "last month" = previous calendar month; "earlier this month" = same calendar
  month as the article;
* "last July" = the most recent July strictly before the article's month;
* "N days after <event>" / "N months after <event>" are anchored to the date of
  another fact in facts.csv.
"""
import datetime as dt

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def d(s):
    return dt.date.fromisoformat(s)


def last_weekday(article_date, name):
    a = d(article_date)
    target = WEEKDAYS.index(name)
    delta = (a.weekday() - target) % 7
    if delta == 0:
        delta = 7
    return a - dt.timedelta(days=delta)


def yesterday(article_date):
    return d(article_date) - dt.timedelta(days=1)


def last_week(article_date):
    a = d(article_date)
    this_monday = a - dt.timedelta(days=a.weekday())
    mon = this_monday - dt.timedelta(days=7)
    return mon, mon + dt.timedelta(days=6)


def last_month(article_date):
    a = d(article_date)
    first = a.replace(day=1)
    prev = first - dt.timedelta(days=1)
    return prev.year, prev.month


def this_month(article_date):
    a = d(article_date)
    return a.year, a.month


def last_named_month(article_date, month_name):
    a = d(article_date)
    m = MONTHS.index(month_name) + 1
    y = a.year if m < a.month else a.year - 1
    return y, m


def add_days(date_str, n):
    return d(date_str) + dt.timedelta(days=n)


def add_months(date_str, n):
    x = d(date_str)
    y, m = divmod(x.month - 1 + n, 12)
    return dt.date(x.year + y, m + 1, x.day)


def months_between(a, b):
    """Whole-month difference b - a (a, b dates), ignoring days."""
    a, b = d(a) if isinstance(a, str) else a, d(b) if isinstance(b, str) else b
    return (b.year - a.year) * 12 + (b.month - a.month) - (1 if b.day < a.day else 0)


def resolve(rel, article_date, fact_dates):
    """Return a (lo, hi) closed date interval for a relative expression."""
    kind = rel[0]
    if kind == "weekday":
        x = last_weekday(article_date, rel[1])
        return x, x
    if kind == "yesterday":
        x = yesterday(article_date)
        return x, x
    if kind == "last_week":
        return last_week(article_date)
    if kind in ("last_month", "this_month", "last_named_month"):
        if kind == "last_month":
            y, m = last_month(article_date)
        elif kind == "this_month":
            y, m = this_month(article_date)
        else:
            y, m = last_named_month(article_date, rel[1])
        lo = dt.date(y, m, 1)
        hi = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return lo, hi
    if kind == "after_days":          # ("after_days", fact_id, n)
        x = add_days(fact_dates[rel[1]], rel[2])
        return x, x
    if kind == "after_months":        # ("after_months", fact_id, n)
        x = add_months(fact_dates[rel[1]], rel[2])
        return x, x
    if kind == "same_day_as":         # ("same_day_as", fact_id)
        x = d(fact_dates[rel[1]])
        return x, x
    if kind == "within_days_after":   # ("within_days_after", fact_id, min, max)
        base = d(fact_dates[rel[1]])
        return base + dt.timedelta(days=rel[2]), base + dt.timedelta(days=rel[3])
    raise ValueError(kind)
