"""Relative-date helpers shared by the generators and check.py.

Conventions (also in README.md):
  * bare weekday ("on Monday", "on Friday evening") = the most recent such day
    strictly BEFORE the article date, never the article date itself;
  * "yesterday" = article date minus one day;
  * "last week" = the previous Monday-Sunday week;
  * "last month" = the previous calendar month; "earlier this month" = the
    article's calendar month, before the article date;
  * anchored expressions ("two days after X", "nine months after X",
    "eight days after his death") are computed from the anchor fact's date.
"""
import calendar
import datetime as dt

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]


def d(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def prev_weekday(article_date, name):
    a = d(article_date)
    want = WEEKDAYS.index(name)
    for back in range(1, 8):
        x = a - dt.timedelta(days=back)
        if x.weekday() == want:
            return x
    raise AssertionError("unreachable")


def last_week(article_date):
    a = d(article_date)
    this_monday = a - dt.timedelta(days=a.weekday())
    start = this_monday - dt.timedelta(days=7)
    return start, start + dt.timedelta(days=6)


def last_month(article_date):
    a = d(article_date)
    first_this = a.replace(day=1)
    last_prev = first_this - dt.timedelta(days=1)
    return last_prev.replace(day=1), last_prev


def add_months(date, n):
    x = d(date)
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    day = min(x.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def resolve(kind, article_date, facts_by_id, *args):
    """Return (lo, hi) date range that the relative expression denotes."""
    a = d(article_date)
    if kind == "weekday":
        x = prev_weekday(a, args[0])
        return x, x
    if kind == "yesterday":
        x = a - dt.timedelta(days=1)
        return x, x
    if kind == "lastweek":
        return last_week(a)
    if kind == "lastmonth":
        return last_month(a)
    if kind == "thismonth":
        return a.replace(day=1), a - dt.timedelta(days=1)
    if kind == "after_days":  # anchor fact id, n days
        x = d(facts_by_id[args[0]]["date"]) + dt.timedelta(days=args[1])
        return x, x
    if kind == "after_months":  # anchor fact id, n months
        x = add_months(facts_by_id[args[0]]["date"], args[1])
        return x, x
    if kind == "before_years_approx":  # anchor fact id, years (float), +-days
        anchor = d(facts_by_id[args[0]]["date"])
        centre = anchor - dt.timedelta(days=round(args[1] * 365.25))
        tol = dt.timedelta(days=args[2])
        return centre - tol, centre + tol
    if kind == "new_years_eve":  # New Year's Eve of the given year
        x = dt.date(args[0], 12, 31)
        return x, x
    raise ValueError(kind)
