"""Tests for find_times: TimeML values, spans, intervals and anchors on news phrasing."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import times as times_module
from claimcheck.errors import ArticleError, SettingsError
from claimcheck.models import Anchor, Precision, TimeType
from claimcheck.rules import times as R
from claimcheck.settings import Settings
from claimcheck.times import find_times

PUB = "2020-02-05"  # a Wednesday


def _pub(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _mention(text: str, published: str | None, span: str, *, settings: Settings | None = None):
    mentions = find_times(text, _pub(published), settings=settings)
    found = [m for m in mentions if m.text == span]
    assert found, f"{span!r} not found in {text!r}; found {[m.text for m in mentions]}"
    return found[0]


# (text, published, span, value): the span must be found, with this TIMEX3 value.
VALUE_CASES = [
    # absolute dates
    (
        "Soleimani was killed in a drone strike on January 3, 2020.",
        PUB,
        "January 3, 2020",
        "2020-01-03",
    ),
    ("The talks opened on Jan. 3, 2020, in Geneva.", PUB, "Jan. 3, 2020", "2020-01-03"),
    (
        "The attack took place on 3 January 2020 near the airport.",
        PUB,
        "3 January 2020",
        "2020-01-03",
    ),
    ("Figures released 2020-01-03 show a fall.", PUB, "2020-01-03", "2020-01-03"),
    ("He was born on Sept. 27, 1989, in Ohio.", PUB, "Sept. 27, 1989", "1989-09-27"),
    ("The ceasefire began on the 12th of March 2019.", PUB, "the 12th of March 2019", "2019-03-12"),
    (
        "On Saturday, April 25, 1998, the vote was held.",
        PUB,
        "Saturday, April 25, 1998",
        "1998-04-25",
    ),
    ("The bonds are due March 1, 2011.", PUB, "March 1, 2011", "2011-03-01"),
    ("The deal was signed on Dec 5 2019 in Paris.", PUB, "Dec 5 2019", "2019-12-05"),
    ("Protests erupted on 15 Nov. 2019 across the country.", PUB, "15 Nov. 2019", "2019-11-15"),
    (
        "The log was stamped 2020-01-03T15:40 by the crew.",
        PUB,
        "2020-01-03T15:40",
        "2020-01-03T15:40",
    ),
    # numeric dates (US order by default)
    ("The memo is dated 01/03/2020 and signed by the minister.", PUB, "01/03/2020", "2020-01-03"),
    ("Polls closed on 11/3/20 in most states.", PUB, "11/3/20", "2020-11-03"),
    # partial dates placed in a year from the published date
    ("Soleimani was killed on January 3.", PUB, "January 3", "2020-01-03"),
    ("The summit will be held on February 21.", PUB, "February 21", "2020-02-21"),
    ("The election is on February 21.", PUB, "February 21", "2020-02-21"),
    ("Rescued on Nov. 25 by fishermen, the boy was taken to Miami.", PUB, "Nov. 25", "2019-11-25"),
    ("The strike on Dec. 29 killed 25 fighters.", "2020-01-05", "Dec. 29", "2019-12-29"),
    ("The dividend is payable Dec. 7 to holders of record.", "1989-10-27", "Dec. 7", "1989-12-07"),
    ("The index closed at a record on Aug. 6.", "1998-02-06", "Aug. 6", "1997-08-06"),
    ("The panel will meet Jan. 5 to review the case.", "2019-12-20", "Jan. 5", "2020-01-05"),
    ("Tuesday, Jan. 14, was the deadline.", PUB, "Tuesday, Jan. 14", "2020-01-14"),
    ("Officials met on the 3rd of January.", PUB, "the 3rd of January", "2020-01-03"),
    ("Voting ends 21 February, officials said.", PUB, "21 February", "2020-02-21"),
    # days said in words, as broadcasts write them
    (
        "Voters go to the polls this coming Sunday, March eighth.",
        "1998-03-05",
        "this coming Sunday, March eighth",
        "1998-03-08",
    ),
    ("Elections are set for November third.", "1998-03-05", "November third", "1998-11-03"),
    (
        "The case may be resolved in a hearing the week of March 6.",
        "2000-02-24",
        "the week of March 6",
        "2000-W10",
    ),
    # months and years
    ("Inflation rose in January 2019 to 3 percent.", PUB, "January 2019", "2019-01"),
    ("The war began in March 2003.", PUB, "March 2003", "2003-03"),
    ("Sales fell in December, the company said.", PUB, "December", "2019-12"),
    ("The company agreed in June to buy the bank.", "1989-10-30", "June", "1989-06"),
    ("Oil supplies will be cut in September.", "1990-08-16", "September", "1990-09"),
    ("A federal judge ruled in March that the boy should stay.", "2000-04-03", "March", "2000-03"),
    ("The new law takes effect in May.", "2020-03-01", "May", "2020-05"),
    # a participle after "be" is passive, not a past tense: the "would" before it decides
    (
        "The split would be paid on a date in January to holders of record.",
        "1989-10-26",
        "January",
        "1990-01",
    ),
    ("A summit will be held on April 24 in Washington.", "1999-02-10", "April 24", "1999-04-24"),
    # an "-ed" word after a determiner is an adjective, not a past tense
    (
        "The split would be paid on a still unspecified date in January.",
        "1989-10-26",
        "January",
        "1990-01",
    ),
    # no tense: the month just gone, unless it is more than nine months back
    ("The stock rose to $42 in June from $29 in March.", "1989-10-30", "March", "1989-03"),
    (
        "In January, a week after the anniversary, a clinic was bombed.",
        "1998-10-25",
        "January",
        "1998-01",
    ),
    ("The policy was introduced in 2018.", PUB, "2018", "2018"),
    ("The company was founded in 1985 in Toronto.", PUB, "1985", "1985"),
    ("Unemployment doubled between 1982 and 1992.", PUB, "1992", "1992"),
    ("He was arrested in July last year in Phnom Penh.", "1998-02-19", "July last year", "1997-07"),
    ("Prices peaked in January this year.", "1998-02-19", "January this year", "1998-01"),
    ("The three join NATO in April next year.", "1998-12-03", "April next year", "1999-04"),
    ("Talks resume on March 3 next year.", "1998-12-03", "March 3 next year", "1999-03-03"),
    (
        "Troops left in January nineteen ninety-seven.",
        PUB,
        "January nineteen ninety-seven",
        "1997-01",
    ),
    (
        "He could have used protection in nineteen seventy-nine.",
        PUB,
        "nineteen seventy-nine",
        "1979",
    ),
    (
        "The treaty takes effect in the year two thousand.",
        "1998-01-21",
        "the year two thousand",
        "2000",
    ),
    ("Sales will rise in 1990 and beyond.", "1989-10-26", "1990", "1990"),
    # decades and centuries
    ("The group held power in the late 1970s.", PUB, "the late 1970s", "197"),
    ("Growth was strong throughout the 1990s.", PUB, "the 1990s", "199"),
    ("Prices peaked in the mid-1980s.", PUB, "the mid-1980s", "198"),
    ("It was a hit in the '90s.", PUB, "the '90s", "199"),
    ("Music of the sixties is back.", PUB, "the sixties", "196"),
    ("She is a 20th century democrat.", PUB, "20th century", "19"),
    ("The temple dates from the 11th century.", PUB, "the 11th century", "10"),
    # seasons
    ("The stock began trading this summer at $14.", "1989-11-01", "this summer", "1989-SU"),
    ("Employment gains began last fall.", "1998-02-06", "last fall", "1997-FA"),
    ("Oil fell to its lowest level in the winter of 1994.", PUB, "the winter of 1994", "1994-WI"),
    ("Talks resume next spring.", PUB, "next spring", "2020-SP"),
    ("The offensive began in the spring of 2019.", PUB, "the spring of 2019", "2019-SP"),
    ("Costs were running high this past spring.", "1989-10-30", "this past spring", "1989-SP"),
    # quarters, halves and fiscal years
    ("Profit rose in the third quarter.", "1989-10-27", "the third quarter", "1989-Q3"),
    ("Crossland reported a third-quarter loss.", "1989-10-30", "third-quarter", "1989-Q3"),
    ("Net fell in the fourth quarter of 2019.", PUB, "the fourth quarter of 2019", "2019-Q4"),
    ("Earnings rose in the first half of 2019.", PUB, "the first half of 2019", "2019-H1"),
    (
        "Profit will improve in the last half of 1989.",
        "1989-10-26",
        "the last half of 1989",
        "1989-H2",
    ),
    (
        "Sales will rise in the first quarter of next year.",
        "2013-03-20",
        "the first quarter of next year",
        "2014-Q1",
    ),
    (
        "The plant opens in the second half of next year.",
        "2013-03-20",
        "the second half of next year",
        "2014-H2",
    ),
    ("In fiscal 1989, Elco earned $7.8 million.", "1989-11-02", "fiscal 1989", "1989"),
    ("Revenue inched up in the quarter, the company said.", "1989-10-30", "the quarter", "1989-Q3"),
    ("Profit fell 5% in the latest quarter.", "1989-11-02", "the latest quarter", "1989-Q3"),
    ("Sales rose in the current fiscal year.", "1989-11-02", "the current fiscal year", "1989"),
    (
        "Profit was $10 million, up from $8 million in the year-ago quarter.",
        "1989-11-01",
        "the year-ago quarter",
        "1988-Q3",
    ),
    (
        "Third-quarter profit rose to $5 million from $4 million a year ago.",
        "1989-11-01",
        "a year ago",
        "1988-Q3",
    ),
    # "the quarter ended <date>": the calendar quarter holding most of its three months
    (
        "In the quarter ended July 31, Jayark had 5.6 million shares.",
        "1989-10-30",
        "the quarter",
        "1989-Q2",
    ),
    (
        "Sun reported sales of $538 million for the quarter ended Sept. 29.",
        "1989-10-26",
        "the quarter",
        "1989-Q3",
    ),
    # after "for the nine months", "a year earlier" compares that period: a year
    (
        "Net rose in the third quarter. For the nine months, Du Pont earned $2 billion, up from"
        " $1.69 billion a year earlier.",
        "1989-10-26",
        "a year earlier",
        "1988",
    ),
    (
        "Net rose in the third quarter. In the first nine months, net was $306 million, compared"
        " with a loss in the 1988 period. The year-ago results included a charge.",
        "1989-11-02",
        "year-ago",
        "1988",
    ),
    (
        "Sun reported sales for the fiscal first quarter. In the 1988 period, it earned $20.6 million.",
        "1989-10-26",
        "the 1988 period",
        "1988-Q1",
    ),
    ("The company earned $5 million in the 1988 period.", "1989-10-26", "the 1988 period", "1988"),
    # an earlier quarter named in passing is a contrast: the reported quarter stays the topic
    (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second"
        " quarter, the comparison was helped by charges taken in the year-earlier period.",
        "1989-11-01",
        "the year-earlier period",
        "1988-Q3",
    ),
    (
        "Columbia announced a loss for the third quarter. For the quarter a year ago, it earned"
        " $16.3 million.",
        "1989-10-26",
        "the quarter a year ago",
        "1988-Q3",
    ),
    # outside a report on a quarter, a length does not move the year under discussion
    (
        "In 2005 he was jailed for nine months. A year earlier, he had fled.",
        PUB,
        "A year earlier",
        "2004",
    ),
    # discourse: the period or year the text is speaking of
    ("He was elected in 1998. Later that year he resigned.", PUB, "Later that year", "1998"),
    (
        "The vote was on Wed., Jan. 8. The following Monday, he quit.",
        PUB,
        "The following Monday",
        "2020-01-13",
    ),
    ("The plant will close by year-end.", "1989-10-26", "year-end", "1989"),
    (
        "Third-quarter profit rose. In the year-ago period, profit fell.",
        "1989-10-26",
        "the year-ago period",
        "1988-Q3",
    ),
    ("Demand should hold well into the summer.", "1989-10-26", "the summer", "1989-SU"),
    ("Sales recovered from the early summer lows.", "1989-10-26", "the early summer", "1989-SU"),
    (
        "The father will leave at 4 in the morning.",
        "2000-04-05",
        "4 in the morning",
        "2000-04-05T04:00",
    ),
    ("The company lost money for several quarters.", PUB, "several quarters", "PXQ"),
    ("Talks will be hard in the weeks ahead.", PUB, "the weeks ahead", "PXW"),
    ("Shares peaked in mid-1996.", PUB, "mid-1996", "1996"),
    ("Casualties rose in 2019-2020, the report said.", PUB, "2020", "2020"),
    # named days
    (
        "The boy was rescued on Thanksgiving Day by fishermen.",
        "2000-01-07",
        "Thanksgiving Day",
        "1999-11-25",
    ),
    ("Voters go to the polls on Election Day.", "1998-10-26", "Election Day", "1998-11-03"),
    (
        "Pilgrims gathered on Easter Sunday in Jerusalem.",
        "2020-04-20",
        "Easter Sunday",
        "2020-04-12",
    ),
    ("The bombing on Christmas Day 2009 failed.", PUB, "Christmas Day 2009", "2009-12-25"),
    (
        "They have not spoken since last Thanksgiving.",
        "2000-02-10",
        "last Thanksgiving",
        "1999-11-25",
    ),
    ("May Day rallies drew thousands.", "2019-05-02", "May Day", "2019-05-01"),
    # relative to the published date
    ("The minister said yesterday that talks had failed.", PUB, "yesterday", "2020-02-04"),
    ("The results will be announced tomorrow.", PUB, "tomorrow", "2020-02-06"),
    ("Today, the parliament voted on the bill.", PUB, "Today", "2020-02-05"),
    ("The president will speak tonight.", PUB, "tonight", "2020-02-05TNI"),
    ("The vote was held last week.", PUB, "last week", "2020-W05"),
    ("Talks will resume next week.", PUB, "next week", "2020-W07"),
    ("Protests continued this week.", PUB, "this week", "2020-W06"),
    ("Prices fell last month.", PUB, "last month", "2020-01"),
    ("He left the week before last.", "2013-03-20", "the week before last", "2013-W10"),
    ("Elections are due the year after next.", "2013-03-20", "the year after next", "2015"),
    ("The law will take effect next month.", PUB, "next month", "2020-03"),
    ("Exports rose this month.", PUB, "this month", "2020-02"),
    ("The company was sold last year.", PUB, "last year", "2019"),
    ("Elections are due next year.", PUB, "next year", "2021"),
    ("Growth slowed this year.", PUB, "this year", "2020"),
    ("The strike happened earlier this month.", PUB, "earlier this month", "2020-02"),
    ("The project began late last year.", PUB, "late last year", "2019"),
    ("A deal is expected early next year.", PUB, "early next year", "2021"),
    ("Five people died two days ago.", PUB, "two days ago", "2020-02-03"),
    (
        "The stock peaked three trading days ago.",
        "1998-11-23",
        "three trading days ago",
        "1998-11-18",
    ),
    ("The castle was built 300 years ago.", PUB, "300 years ago", "1720"),
    ("The decision came three months ago.", PUB, "three months ago", "2019-11"),
    ("He resigned a year ago.", PUB, "a year ago", "2019"),
    ("The revolution brought Castro to power 41 years ago.", "2000-01-15", "41 years ago", "1959"),
    ("Police were called two weeks ago.", "1998-03-22", "two weeks ago", "1998-03-08"),
    # an anniversary, to the day
    ("Ten years ago today, a train derailed.", "2023-07-06", "Ten years ago today", "2013-07-06"),
    ("Shares fell by the end of the year.", PUB, "the end of the year", "2020"),
    ("He will stay until the end of this week.", PUB, "the end of this week", "2020-W06"),
    ("The loss came last April.", "1989-10-26", "last April", "1989-04"),
    ("The vote is scheduled for next May.", PUB, "next May", "2020-05"),
    ("They met over the weekend.", "1990-08-13", "the weekend", "1990-W32-WE"),
    ("Officials met last weekend in Doha.", PUB, "last weekend", "2020-W05-WE"),
    # weekdays and the verb's tense
    ("The minister said on Wednesday that the talks would go on.", PUB, "Wednesday", "2020-02-05"),
    ("Officials said Friday that the border was closed.", PUB, "Friday", "2020-01-31"),
    ("The leaders will meet on Friday in Berlin.", PUB, "Friday", "2020-02-07"),
    ("He and Arafat meet separately Monday with Albright.", "1998-05-01", "Monday", "1998-05-04"),
    ("The trial opens Tuesday in Miami.", "2000-04-03", "Tuesday", "2000-04-04"),
    # a deadline or plan word, then a past verb: the past ("..., Castro said" does not count)
    ("Until Thursday, they had not called Kopp a suspect.", "1999-05-07", "Thursday", "1999-05-06"),
    (
        "A memorial service planned for Saturday was canceled after plans leaked.",
        "1999-10-24",
        "Saturday",
        "1999-10-23",
    ),
    (
        "The group would be ready to leave as soon as Tuesday, Castro said.",
        "2000-04-03",
        "Tuesday",
        "2000-04-04",
    ),
    ("The peace process is set to resume Monday in Belfast.", "1998-03-22", "Monday", "1998-03-23"),
    (
        "Protesters planned a large demonstration on Saturday.",
        "2000-01-07",
        "Saturday",
        "2000-01-08",
    ),
    (
        "Protesters planned a rally on Saturday and were planning to drive to the airport.",
        "2000-01-07",
        "Saturday",
        "2000-01-08",
    ),
    # the verb may come late in a long clause; "the hastily planned trip" is no plan for Friday
    (
        "On Tuesday, the National Abortion Rights Action League of America plans to hold a rally.",
        "1998-10-26",
        "Tuesday",
        "1998-10-27",
    ),
    (
        "On Friday, when she set aside vacation plans for the hastily planned trip, the department"
        " lifted a warning.",
        "1998-08-17",
        "Friday",
        "1998-08-14",
    ),
    # a full stop after an initial or a title does not end the clause; "succeed" is no past tense
    ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"),
    # "next to" is a place, not a future
    (
        "A bomb ripped through an office next to the U.S. embassy Friday.",
        "1998-08-10",
        "Friday",
        "1998-08-07",
    ),
    ("The king met Monday with the envoy.", PUB, "Monday", "2020-02-03"),
    ("The offer had been scheduled to expire Friday.", PUB, "Friday", "2020-01-31"),
    (
        "Collins will be named commander for a mission in December.",
        "1998-03-04",
        "December",
        "1998-12",
    ),
    ("Turnout was low last Sunday.", PUB, "last Sunday", "2020-02-02"),
    ("The court will rule next Tuesday.", PUB, "next Tuesday", "2020-02-11"),
    ("Wednesday's meeting ended without a deal.", PUB, "Wednesday", "2020-02-05"),
    ("The blast occurred Thursday evening.", "1998-02-12", "Thursday evening", "1998-02-12TEV"),
    ("The boy was rescued Saturday night.", "1991-02-25", "Saturday night", "1991-02-23TNI"),
    ("Rebels attacked yesterday morning.", PUB, "yesterday morning", "2020-02-04TMO"),
    (
        "CBS first reported last night that the tomb was found.",
        "1998-01-20",
        "last night",
        "1998-01-19TNI",
    ),
    ("The stock rose this morning.", PUB, "this morning", "2020-02-05TMO"),
    # times of day
    (
        "In London at mid-afternoon yesterday, shares were up.",
        "1989-11-02",
        "mid-afternoon yesterday",
        "1989-11-01TAF",
    ),
    (
        "By mid afternoon, official sources said 20 had died.",
        "1998-03-06",
        "mid afternoon",
        "1998-03-06TAF",
    ),
    (
        "The offer expires at 5 p.m. EST, Nov. 6.",
        "1989-10-30",
        "5 p.m. EST, Nov. 6",
        "1989-11-06T17:00",
    ),
    ("Talks broke off at noon Thursday.", "1998-02-13", "noon Thursday", "1998-02-12T12:00"),
    (
        "The shop was robbed at 10 p.m. Wednesday.",
        "1998-02-13",
        "10 p.m. Wednesday",
        "1998-02-11T22:00",
    ),
    (
        "The victim was shot at 7:15 p.m. near the store.",
        "1998-02-12",
        "7:15 p.m.",
        "1998-02-12T19:15",
    ),
    ("The offer expired at midnight Friday.", "1989-10-30", "midnight Friday", "1989-10-27T24:00"),
    ("The curfew starts at 9 a.m. tomorrow.", PUB, "9 a.m. tomorrow", "2020-02-06T09:00"),
    # event-relative (value read against the time the text last named)
    (
        "The embassy was hit on Jan. 8. Two days later, troops withdrew.",
        PUB,
        "Two days later",
        "2020-01-10",
    ),
    (
        "Sales rose to $5 million from $4 million a year earlier.",
        "1989-10-26",
        "a year earlier",
        "1988",
    ),
    (
        "The attack came on March 3. The next day, the city was calm.",
        PUB,
        "The next day",
        "2020-03-04",
    ),
    # durations
    ("The talks lasted three days.", PUB, "three days", "P3D"),
    ("Afghanistan has been at war for twenty years.", PUB, "twenty years", "P20Y"),
    ("The rate fell over the past three months.", PUB, "the past three months", "P3M"),
    ("Stocks fell in the last twenty four hours.", PUB, "the last twenty four hours", "PT24H"),
    ("The siege lasted nearly forty years.", PUB, "nearly forty years", "P40Y"),
    ("They were held for 2 1/2 years in camps.", PUB, "2 1/2 years", "P2Y6M"),
    ("The flight lasted 5 1/2 hours.", PUB, "5 1/2 hours", "PT5H30M"),
    ("A minute and a half later, the pilot spoke.", PUB, "A minute and a half", "PT1M30S"),
    ("The government approved a five-year plan.", PUB, "five-year", "P5Y"),
    ("The IRA's 8-month-old truce held.", PUB, "8-month-old", "P8M"),
    ("He was held for 16 hours.", PUB, "16 hours", "PT16H"),
    ("It will not change for a couple of years.", PUB, "a couple of years", "P2Y"),
    ("Kidnappings have risen in recent years.", PUB, "recent years", "PXY"),
    ("The fighting has gone on for weeks.", PUB, "weeks", "PXW"),
    ("Officials spent several days in talks.", PUB, "several days", "PXD"),
    ("Fighting intensified over the past few days.", PUB, "the past few days", "PXD"),
    ("The reservists can serve up to 180 days.", PUB, "up to 180 days", "P180D"),
    ("The glass makers kept their secrets for two decades.", PUB, "two decades", "P20Y"),
    ("The remains should be found within the next two weeks.", PUB, "the next two weeks", "P2W"),
    ("Prices rose in the first nine months of 2019.", PUB, "the first nine months", "P9M"),
    ("The court may take two to three weeks to rule.", PUB, "two to three weeks", "P2W"),
    ("Over the next couple of years, sales should double.", PUB, "the next couple of years", "P2Y"),
    ("The deal must close within ten business days.", PUB, "ten business days", "P10D"),
    ("He was given an additional year to pay.", PUB, "an additional year", "P1Y"),
    ("Workers staged a day-long strike.", PUB, "day-long", "P1D"),
    ("A decades-long feud ended.", PUB, "decades-long", "PXDE"),
    ("It will take a while to recover.", PUB, "a while", "PXX"),
    ("Over the years, many more patients were saved.", PUB, "the years", "PXY"),
    ("Prisoners were taken in the first hours of the ground war.", PUB, "the first hours", "PTXH"),
    ("Threats had become routine over the past decade.", PUB, "the past decade", "P10Y"),
    ("It was among the great events of the past century.", PUB, "the past century", "P100Y"),
    ("Wages lost ground to inflation in the last decade.", "1998-02-06", "the last decade", "198"),
    (
        "He died on Oct. 23. Police searched the house the day after his death.",
        PUB,
        "the day",
        "2019-10-24",
    ),
    (
        "The index fell after Oct. 12, the day before the stock market plunge.",
        "1989-10-30",
        "the day",
        "1989-10-12",
    ),
    # an article after "the future" is no count of periods
    ("In the future a court may rule on it.", PUB, "the future", "FUTURE_REF"),
    # a day counted from the date after it, not from the one before
    (
        "He died on Oct. 23. Police searched the house the day after Christmas.",
        PUB,
        "the day",
        "2019-12-26",
    ),
    ("The talks ended the day before March 3.", PUB, "the day", "2020-03-02"),
    # an accounting year that ends on a date is a length, not the calendar year
    ("Net income for the year ended March 31 rose.", "1989-11-03", "the year", "P1Y"),
    (
        "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.",
        "1989-11-03",
        "the fiscal year",
        "P1Y",
    ),
    ("It expects a loss for the year ending tomorrow.", "1989-11-03", "the year", "P1Y"),
    ("The year ended with a rally on Wall Street.", "1989-11-03", "The year", "1989"),
    # sets
    ("The paper is published daily.", PUB, "daily", "P1D"),
    ("The council meets every week.", PUB, "every week", "P1W"),
    ("Elections are held every four years.", PUB, "every four years", "P4Y"),
    ("The plant earns $33 million a year.", PUB, "a year", "P1Y"),
    ("Flights leave every Tuesday.", PUB, "every Tuesday", "XXXX-WXX-2"),
    ("The march is held each July.", PUB, "each July", "XXXX-07"),
    ("Inspectors visit annually.", PUB, "annually", "P1Y"),
    # vague references
    ("Joblessness is now at its highest level.", PUB, "now", "PRESENT_REF"),
    ("The company currently has 13 million shares.", PUB, "currently", "PRESENT_REF"),
    ("Magna recently cut its dividend.", PUB, "recently", "PAST_REF"),
    ("Strikes may continue into the future.", PUB, "the future", "FUTURE_REF"),
    ("Such attacks were rare in the past.", PUB, "the past", "PAST_REF"),
    ("Rates will stay low in the near future.", PUB, "the near future", "FUTURE_REF"),
    ("The law was passed a few years ago.", PUB, "a few years ago", "PAST_REF"),
    ("Islam will one day be the second largest religion.", PUB, "one day", "FUTURE_REF"),
    ("The case of Elian is for today's youth what the blockade was.", PUB, "today", "PRESENT_REF"),
    ("The offer was advertised in today's editions of the Journal.", PUB, "today", "2020-02-05"),
    ("The strike lasted one day.", PUB, "one day", "P1D"),
]


@pytest.mark.parametrize(("text", "published", "span", "value"), VALUE_CASES)
def test_times_value(text, published, span, value):
    assert _mention(text, published, span).value == value


# (text, published, span, type, precision, first, last)
INTERVAL_CASES = [
    (
        "The index fell after Oct. 12, the day before the stock market plunge.",
        "1989-10-30",
        "the day",
        TimeType.DATE,
        Precision.DAY,
        "1989-10-12",
        "1989-10-12",
    ),
    (
        "Acquisitions are to be made during the next 12 to 18 months.",
        "1989-10-26",
        "the next 12 to 18 months",
        TimeType.DURATION,
        None,
        "1989-10-26",
        "1991-04-26",
    ),
    (
        "It happened the weekend before last.",
        "2013-03-20",
        "the weekend before last",
        TimeType.DATE,
        Precision.DAY,
        "2013-03-09",
        "2013-03-10",
    ),
    (
        "Threats had become routine over the past decade.",
        "1998-10-25",
        "the past decade",
        TimeType.DURATION,
        None,
        "1988-10-25",
        "1998-10-25",
    ),
    (
        "The stock peaked three trading days ago.",
        "1998-11-23",
        "three trading days ago",
        TimeType.DATE,
        Precision.DAY,
        "1998-11-16",
        "1998-11-18",
    ),
    (
        "Soleimani was killed on January 3.",
        PUB,
        "January 3",
        TimeType.DATE,
        Precision.DAY,
        "2020-01-03",
        "2020-01-03",
    ),
    (
        "Prices fell last month.",
        PUB,
        "last month",
        TimeType.DATE,
        Precision.MONTH,
        "2020-01-01",
        "2020-01-31",
    ),
    (
        "The policy was introduced in 2018.",
        PUB,
        "2018",
        TimeType.DATE,
        Precision.YEAR,
        "2018-01-01",
        "2018-12-31",
    ),
    (
        "The vote was held last week.",
        PUB,
        "last week",
        TimeType.DATE,
        Precision.WEEK,
        "2020-01-27",
        "2020-02-02",
    ),
    (
        "Profit rose in the third quarter of 2019.",
        PUB,
        "the third quarter of 2019",
        TimeType.DATE,
        Precision.QUARTER,
        "2019-07-01",
        "2019-09-30",
    ),
    (
        "Growth was strong throughout the 1990s.",
        PUB,
        "the 1990s",
        TimeType.DATE,
        Precision.DECADE,
        "1990-01-01",
        "1999-12-31",
    ),
    (
        "Oil fell in the winter of 1994.",
        PUB,
        "the winter of 1994",
        TimeType.DATE,
        Precision.SEASON,
        "1994-12-01",
        "1995-02-28",
    ),
    (
        "He was born in February 2016.",
        PUB,
        "February 2016",
        TimeType.DATE,
        Precision.MONTH,
        "2016-02-01",
        "2016-02-29",
    ),
    (
        "The rate fell over the past three months.",
        PUB,
        "the past three months",
        TimeType.DURATION,
        None,
        "2019-11-05",
        "2020-02-05",
    ),
    (
        "Rebels attacked yesterday morning.",
        PUB,
        "yesterday morning",
        TimeType.TIME,
        Precision.DAY,
        "2020-02-04",
        "2020-02-04",
    ),
    (
        "The victim was shot at 7:15 p.m. near the store.",
        PUB,
        "7:15 p.m.",
        TimeType.TIME,
        Precision.MINUTE,
        "2020-02-05",
        "2020-02-05",
    ),
    # a day given in universal time is the local day or the day either side of it
    (
        "The quake struck at 01:54 GMT on 11 November 2015.",
        PUB,
        "01:54 GMT on 11 November 2015",
        TimeType.TIME,
        Precision.MINUTE,
        "2015-11-10",
        "2015-11-12",
    ),
    (
        "The quake struck at 01:54 local time on 11 November 2015.",
        PUB,
        "01:54 local time on 11 November 2015",
        TimeType.TIME,
        Precision.MINUTE,
        "2015-11-11",
        "2015-11-11",
    ),
    ("The talks lasted three days.", PUB, "three days", TimeType.DURATION, None, None, None),
    ("The council meets every week.", PUB, "every week", TimeType.SET, None, None, None),
    ("Joblessness is now at its highest level.", PUB, "now", TimeType.DATE, None, None, None),
]


@pytest.mark.parametrize(
    ("text", "published", "span", "type_", "precision", "first", "last"), INTERVAL_CASES
)
def test_times_interval(text, published, span, type_, precision, first, last):
    mention = _mention(text, published, span)
    assert mention.type is type_
    assert mention.precision == precision
    assert mention.first == _pub(first)
    assert mention.last == _pub(last)


# (text, published, span, anchor, offset_days)
ANCHOR_CASES = [
    # under a day after an event: that day, or the next across midnight
    ("The shuttle exploded 73 seconds after lift-off.", PUB, "73 seconds", Anchor.EVENT, (0, 1)),
    ("The ship sank 36 hours after the storm.", PUB, "36 hours", Anchor.EVENT, (0, 2)),
    ("The policy was introduced in 2018.", PUB, "2018", Anchor.NONE, None),
    ("He was killed on January 3, 2020.", PUB, "January 3, 2020", Anchor.NONE, None),
    ("He was killed on January 3.", PUB, "January 3", Anchor.PUBLISHED, None),
    ("Prices fell last month.", PUB, "last month", Anchor.PUBLISHED, None),
    ("Officials said Friday that the border was closed.", PUB, "Friday", Anchor.PUBLISHED, None),
    ("Days later, the militia struck again.", PUB, "Days later", Anchor.EVENT, (2, 13)),
    ("A week earlier, the envoy had left.", PUB, "A week earlier", Anchor.EVENT, (-7, -7)),
    ("Two days later, troops withdrew.", PUB, "Two days later", Anchor.EVENT, (2, 2)),
    # whole months and years are said rounded: half a unit short to nearly one more
    ("A month later, prices had doubled.", PUB, "A month later", Anchor.EVENT, (14, 62)),
    ("It reopened five years after the fire.", PUB, "five years", Anchor.EVENT, (1642, 2193)),
    ("Weeks later, the deal collapsed.", PUB, "Weeks later", Anchor.EVENT, (7, 60)),
    # hours without a number: the same day or the next, not any day of a century
    ("Hours after the collapse, a boy was found.", PUB, "Hours", Anchor.EVENT, (0, 2)),
    # a mod widens the length's range: "almost two years" is a year and a half to two
    ("It joined almost two years after it applied.", PUB, "two years", Anchor.EVENT, (547, 732)),
    (
        "He was named more than a month after the fire.",
        PUB,
        "more than a month",
        Anchor.EVENT,
        (28, 47),
    ),
    ("The next day, the city was calm.", PUB, "The next day", Anchor.EVENT, (1, 1)),
    ("The day before, police had warned residents.", PUB, "The day before", Anchor.EVENT, (-1, -1)),
    ("The following week, talks resumed.", PUB, "The following week", Anchor.EVENT, (7, 7)),
    # "the day before <event>": "the day", anchored on the event that follows
    ("Police searched the house the day after his death.", PUB, "the day", Anchor.EVENT, (1, 1)),
    # trading and business days skip weekends: the calendar distance is longer
    (
        "Eight trading days after the plunge, the Nasdaq was still down 6%.",
        PUB,
        "Eight trading days",
        Anchor.EVENT,
        (8, 13),
    ),
    (
        "Shares must be tendered two business days before the vote.",
        PUB,
        "two business days",
        Anchor.EVENT,
        (-5, -2),
    ),
    (
        "The strike came two days after the attack on the embassy.",
        PUB,
        "two days",
        Anchor.EVENT,
        (2, 2),
    ),
    (
        "Three weeks before the vote, polls showed a tie.",
        PUB,
        "Three weeks",
        Anchor.EVENT,
        (-21, -21),
    ),
    (
        "He left home on Jan. 8. He was shot at 10 p.m. outside.",
        PUB,
        "10 p.m.",
        Anchor.EVENT,
        (0, 0),
    ),
    ("The victim was shot at 7:15 p.m. near the store.", PUB, "7:15 p.m.", Anchor.PUBLISHED, None),
    (
        "The vote was on Jan. 8. The following Monday, he quit.",
        PUB,
        "The following Monday",
        Anchor.EVENT,
        (1, 7),
    ),
]


@pytest.mark.parametrize(("text", "published", "span", "anchor", "offset_days"), ANCHOR_CASES)
def test_times_anchor(text, published, span, anchor, offset_days):
    mention = _mention(text, published, span)
    assert mention.anchor is anchor
    assert mention.offset_days == offset_days
    if anchor is Anchor.EVENT:
        assert mention.first is None and mention.last is None


# (text, published, span, mod)
MOD_CASES = [
    # a bound before a date: recorded as its mod, left out of the span as TimeML tags it
    ("The strike came before January 3.", PUB, "January 3", "BEFORE"),
    ("Troops left shortly after the January 3 strike.", PUB, "January 3", "AFTER"),
    ("The plant must close by 2020.", "2019-05-01", "2020", "ON_OR_BEFORE"),
    ("Bids are due no later than March 1.", PUB, "March 1", "ON_OR_BEFORE"),
    ("Prior to 2018, the deal held.", PUB, "2018", "BEFORE"),
    ("Troops massed in the run-up to March 1.", PUB, "March 1", "BEFORE"),
    ("The plant will reopen later this year.", PUB, "later this year", "END"),
    ("Rain is expected late afternoon.", PUB, "late afternoon", "END"),
    ("The group held power in the late 1970s.", PUB, "the late 1970s", "END"),
    ("A deal is expected early next year.", PUB, "early next year", "START"),
    ("IBM began shipping in late September.", "1989-10-27", "late September", "END"),
    ("Oil prices fell from the middle of October.", "1998-02-23", "the middle of October", "MID"),
    ("The cuts are due by the end of 1990.", "1989-10-30", "the end of 1990", "END"),
    ("The siege lasted nearly forty years.", PUB, "nearly forty years", "LESS_THAN"),
    ("The trip took about five hours.", PUB, "five hours", "APPROX"),
    (
        "They lived there for more than two thousand years.",
        PUB,
        "more than two thousand years",
        "MORE_THAN",
    ),
    (
        "The base is leased for at least 20 more years.",
        PUB,
        "at least 20 more years",
        "EQUAL_OR_MORE",
    ),
    (
        "The sites may open for no more than sixty days.",
        PUB,
        "no more than sixty days",
        "EQUAL_OR_LESS",
    ),
]


@pytest.mark.parametrize(("text", "published", "span", "mod"), MOD_CASES)
def test_times_mod(text, published, span, mod):
    assert _mention(text, published, span).mod == mod


# no published date: what needs one keeps its anchor, no interval and an unresolved value
UNRESOLVED_CASES = [
    ("He was killed on January 3.", "January 3", "XXXX-01-03", Anchor.PUBLISHED),
    ("Prices fell last month.", "last month", "XXXX-XX", Anchor.PUBLISHED),
    ("The minister said yesterday that talks failed.", "yesterday", "XXXX-XX-XX", Anchor.PUBLISHED),
    ("Officials said Friday that the border was closed.", "Friday", "XXXX-WXX-5", Anchor.PUBLISHED),
    ("The vote was held last week.", "last week", "XXXX-WXX", Anchor.PUBLISHED),
    ("Sales fell in December, the company said.", "December", "XXXX-12", Anchor.PUBLISHED),
    ("Profit rose in the third quarter.", "the third quarter", "XXXX-Q3", Anchor.PUBLISHED),
    ("The company was sold last year.", "last year", "XXXX", Anchor.PUBLISHED),
    ("Talks resume next spring.", "next spring", "XXXX-SP", Anchor.PUBLISHED),
]


@pytest.mark.parametrize(("text", "span", "value", "anchor"), UNRESOLVED_CASES)
def test_times_without_published_date_never_invent_a_year(text, span, value, anchor):
    mention = _mention(text, None, span)
    assert mention.value == value
    assert mention.anchor is anchor
    assert mention.first is None and mention.last is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The policy was introduced in 2018.", "2018", "2018"),
        ("He was killed on January 3, 2020.", "January 3, 2020", "2020-01-03"),
        ("The talks lasted three days.", "three days", "P3D"),
    ],
)
def test_times_absolute_without_published_date(text, span, value):
    assert _mention(text, None, span).value == value


# day_first decides numeric dates
@pytest.mark.parametrize(
    ("text", "day_first", "value"),
    [
        ("The memo is dated 01/03/2020.", False, "2020-01-03"),
        ("The memo is dated 01/03/2020.", True, "2020-03-01"),
        ("The decree of 25/12/2019 was repealed.", True, "2019-12-25"),
        ("The meeting on 12.05.2019 was cancelled.", True, "2019-05-12"),
    ],
)
def test_times_numeric_dates_follow_day_first(text, day_first, value):
    mentions = find_times(text, date(2020, 2, 5), settings=Settings(day_first=day_first))
    assert [m.value for m in mentions] == [value]


@pytest.mark.parametrize("text", ["The decree of 25/12/2019 was repealed."])
def test_times_impossible_numeric_date_is_not_tagged(text):
    assert find_times(text, date(2020, 2, 5)) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Voting ran between January 1 and January 5.", "January 1"),
        ("It happened on January 3.", "January 3"),
        ("The day before January 2, it rained.", "The day"),
    ],
)
def test_times_a_date_that_is_no_bound_has_no_bound_mod(text, span):
    # One end of a range read as a bound would let the check confirm too much.
    assert _mention(text, PUB, span).mod is None


# false positives: nothing here is a time expression
@pytest.mark.parametrize(
    "text",
    [
        "Officials said they may return to talks.",
        "Thousands march on the capital.",
        "The Sun reported the story first.",
        "He told USA Today that he would not run.",
        "This is VOA Today.",
        "Now, he says, it looks like a long standoff.",
        "They may first try again.",
        "For the people of Poland, high noon comes with the vote.",
        "At least 7 killed and 2,000 people displaced.",
        "Police said 1500 troops were deployed.",
        "Police said 2,000 people were displaced.",
        "The council passed Resolution 1441 unanimously.",
        "The plane, Flight 1549, landed on the river.",
        "A 5-year-old boy was among the injured.",
        "The shares rose to $1990 in early trading.",
        "He scored a second goal in the match.",
        "She will march with the veterans.",
        "The company's future growth looks weak.",
        "Turnout was 2019 voters in the district.",
        "A quarter of the vote went to the Greens.",
        "Three quarters of the seats changed hands.",
        "Earnings for the period were flat.",
        "Call the hotline at 555-1990 for help.",
        "He told ABC's This Week program he was ready.",
        "Marchers have clashed with police for the past three summers.",
        "The past few seasons were dry.",
    ],
)
def test_times_false_positives_are_not_tagged(text):
    assert find_times(text, date(2020, 2, 5)) == []


# spans follow TimeML: the determiner of an adjective and a sentence's full stop stay out
@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The government approved a five-year plan.", ["five-year"]),
        ("Sales fell in December.", ["December"]),
        ("He arrived on Sept. 5.", ["Sept. 5"]),
        ("The offer expires at 5 p.m.", ["5 p.m."]),
        ("Prices fell over the last two weeks.", ["the last two weeks"]),
        ("Kidnappings have risen in recent years.", ["recent years"]),
        ("Arrests rose in each of the last three years.", ["the last three years"]),
        ("Arrests rose for three years.", ["three years"]),
        ("Crossland reported a third-quarter loss.", ["third-quarter"]),
        ("The minister met the envoy late Monday.", ["Monday"]),
    ],
)
def test_times_spans_follow_timeml(text, spans):
    assert [m.text for m in find_times(text, date(2020, 2, 5))] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was killed on January 3, officials said Friday.",
            [("January 3", "2020-01-03"), ("Friday", "2020-01-31")],
        ),
    ],
)
def test_times_docstring_example(text, expected):
    assert [(m.text, m.value) for m in find_times(text, date(2020, 2, 5))] == expected


# bad input
@pytest.mark.parametrize("text", [b"January 3", None, 2020])
def test_times_rejects_text_that_is_not_str(text):
    with pytest.raises(ArticleError, match="as a str"):
        find_times(text, date(2020, 2, 5))


@pytest.mark.parametrize("published", ["2020-02-05", 20200205])
def test_times_rejects_published_that_is_not_a_date(published):
    with pytest.raises(SettingsError, match=r"datetime\.date"):
        find_times("He left on Friday.", published)


# invariants
_PIECES = [
    *"abcdefghijklmnopqrstuvwxyz ABCDEFJMNOSTW0123456789.,-/:'\n",
    *[" January ", " May ", " Friday ", " last ", " week ", " 3 ", " 1990 ", " ago ", " the "],
    *[" p.m. ", " later ", " quarter ", " years ", " mid-", " early "],
]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_NEWSY, published=st.one_of(st.none(), st.dates()))
def test_times_offsets_hold_on_any_text(text, published):
    mentions = find_times(text, published)
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text and m.text
        assert m.start >= previous_end
        previous_end = m.end
        if m.first is not None:
            assert m.last is not None and m.first <= m.last


@settings(max_examples=50, deadline=None)
@given(text=st.text(max_size=300))
def test_times_never_crash_on_arbitrary_text(text):
    assert isinstance(find_times(text, date(2020, 2, 5)), list)


@settings(max_examples=50, deadline=None)
@given(text=_NEWSY)
def test_times_are_deterministic(text):
    assert find_times(text, date(2020, 2, 5)) == find_times(text, date(2020, 2, 5))


@pytest.mark.parametrize(
    "text",
    [
        "He set a world record of 2:00:35 in Chicago.",
        "She ran 3:43.13.",
        # a time to beat
        "She became the first woman to break 2:10.",
        "a sub-2:10 run",
    ],
)
def test_times_a_race_time_is_no_time_of_day(text):
    assert find_times(text, date(2023, 10, 9)) == []


def _master() -> re.Pattern[str]:
    """All the rules in one alternation, in order: what ``_match_at`` must match alike."""
    bodies = [
        rule.alone.pattern.removeprefix(r"(?<![\w])").removesuffix(r"(?![\w])")
        for rule in times_module._RULE_ORDER
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(bodies) + r")(?![\w])", re.IGNORECASE)


_MASTER = _master()
_TIME_WORDS = sorted(
    {
        word
        for table in (R.MONTHS, R.WEEKDAYS, R.NUMBER_WORDS, R.UNITS, R.DAY_WORDS, R.REF_WORDS)
        for key in table
        for word in str(key).split()
    }
    | set(R.FIRST_WORDS)
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_TIME_WORDS).flatmap(
                lambda w: st.sampled_from([w, w.upper(), w.title()])
            ),
            st.sampled_from(
                [" ", "  ", "\n", "-", ", ", ". ", "'", "'s ", "/", "1", "12", "2020", "1990s",
                 "the", "a", "of", "ago", "later", "é", "K", "ſ", "İ", "\u00a0"]
            ),
        ),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_times_rules_tried_by_prefix_match_what_one_alternation_matches(text):
    # the rules a position's first characters leave are tried one by one: the first to match
    # is the rule, and the match, that the alternation of them all gives
    for start in range(len(text)):
        expected = _MASTER.match(text, start)
        rule, found = times_module._match_at(text, start)
        if expected is None:
            assert found is None, (text, start)
            continue
        assert rule is times_module._RULES[str(expected.lastgroup)], (text, start)
        assert found is not None and found.span() == expected.span()
        assert [found.group(g) for _, g in rule.slots] == [expected.group(g) for _, g in rule.slots]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "between 27 May and 3 June 2001",
            [("27 May and 3 June 2001", "2001-05-27", "2001-06-03")],
        ),
        ("on 27-28 November 2006", [("27-28 November 2006", "2006-11-27", "2006-11-28")]),
        ("on 27 and 28 May 2001", [("27 and 28 May 2001", "2001-05-27", "2001-05-28")]),
        ("from 10 to 18 December 2012", [("10 to 18 December 2012", "2012-12-10", "2012-12-18")]),
        # two dates joined by "and" without "between" are two days, not the days between
        (
            "attacks on 27 May and 3 June 2001",
            [("27 May", "2001-05-27", "2001-05-27"), ("3 June 2001", "2001-06-03", "2001-06-03")],
        ),
    ],
)
def test_times_days_a_text_joins_are_one_range(text, joined):
    from claimcheck.times import join_day_ranges

    found = join_day_ranges(text, find_times(text, date(2001, 7, 1)))
    assert [(t.text, str(t.first), str(t.last)) for t in found] == joined
