"""Relative-date helpers used by the generators to *assert* every relative date
before anything is written.  Conventions (same as the devset README):

* a bare weekday ("on Sunday") = the most recent such day strictly before the
  article date (never the article date itself);
* "last week" = the previous Monday-Sunday week;
* "last month" / "earlier this month" = calendar month;
* "N days after <event>" = the other fact's date + N days.
"""
import datetime as dt

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(s):
    return dt.date.fromisoformat(s)


def last_weekday(article_date, name):
    """Most recent `name` strictly before article_date."""
    a = d(article_date) if isinstance(article_date, str) else article_date
    target = WEEKDAYS.index(name)
    x = a - dt.timedelta(days=1)
    while x.weekday() != target:
        x -= dt.timedelta(days=1)
    return x


def last_week(article_date):
    """(monday, sunday) of the Monday-Sunday week before the article's week."""
    a = d(article_date)
    monday_this = a - dt.timedelta(days=a.weekday())
    start = monday_this - dt.timedelta(days=7)
    return start, start + dt.timedelta(days=6)


def last_month(article_date):
    a = d(article_date)
    first = a.replace(day=1)
    prev = first - dt.timedelta(days=1)
    return prev.year, prev.month


def this_month(article_date):
    a = d(article_date)
    return a.year, a.month


def add_days(date_str, n):
    return d(date_str) + dt.timedelta(days=n)


def weekday_of(date_str):
    return WEEKDAYS[d(date_str).weekday()]


def years_between(a, b):
    """Whole years from date a to date b."""
    a, b = d(a), d(b)
    y = b.year - a.year
    if (b.month, b.day) < (a.month, a.day):
        y -= 1
    return y
