"""Build probe13/articles/*.md, articles/expected.csv and articles/date_notes.csv.

The three articles are synthetic wire copy written for this set; each has
planted errors listed in expected.csv.  Relative dates are resolved here with
datetime and asserted against facts.csv.
Run:  python3 src/build_articles.py
"""
import csv
import datetime as dt
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
ADIR = os.path.join(ROOT, "articles")
D = dt.date.fromisoformat

with open(os.path.join(ROOT, "facts.csv"), encoding="utf-8") as fh:
    F = {r["id"]: r for r in csv.DictReader(fh)}


def fdate(fid):
    return D(F[fid]["date"])


def weekday_before(ad, name):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    ad = D(ad)
    for k in range(1, 8):
        d = ad - dt.timedelta(days=k)
        if d.weekday() == names.index(name):
            return d
    raise AssertionError


def last_month(ad):
    first = D(ad).replace(day=1)
    prev = first - dt.timedelta(days=1)
    return prev.year, prev.month


ARTICLES = []
EXPLAIN = []  # (article, fragment, why) - printed into README by hand, not a CSV column

# ------------------------------------------------------------------ article 1
A1 = dict(
    slug="dwh-well-dead-2010",
    title="BP's runaway Gulf well declared dead five months after rig blast",
    published="2010-09-20",
    source="synthetic wire copy written for claimcheck probe 13 (not a real agency story)",
    body="""NEW ORLEANS, Sept. 20 — The blown-out BP well at the bottom of the Gulf of Mexico is finally dead, the government's top oil spill official said on Sunday, five months after the disaster began with an explosion aboard the Deepwater Horizon drilling rig.

Retired Coast Guard Adm. Thad Allen said a pressure test had confirmed that cement pumped through a relief well drilled by the Development Driller III had permanently sealed the Macondo well, about 40 miles off the Louisiana coast. "We can finally announce that the Macondo 252 well is effectively dead," Allen said in a statement.

The April 20 blast killed 12 workers and injured 17 others aboard the rig, which was owned by Halliburton and drilling for BP. The bodies of the men who died were never found.

Crude gushed from the seabed for weeks while engineers tried containment domes, a "top kill" and a "junk shot". The flow finally stopped 86 days after the explosion, when a tightly fitting cap was bolted onto the wellhead. Mud and cement pumped in from above in early August all but plugged the well, but officials insisted they would not declare victory until the relief well had intercepted it deep beneath the seabed.

BP says it has spent $9.5 billion so far on the response, including containment, relief wells, claims payments and grants to Gulf Coast states. The company also faces fines under the Clean Water Act that will depend on how much oil is found to have escaped, a figure still disputed between government scientists and the company's experts.

Fishermen along the coast said Sunday's announcement changed little for them. Large areas of federal waters remain closed to fishing, and tar balls still wash up on beaches from Louisiana to the Florida Panhandle.

President Barack Obama called the sealing an important milestone and promised that the government would stay in the Gulf until the cleanup is finished.

Oversight of the well now passes to the Interior Department's offshore drilling regulator, which will supervise the plugging and abandonment of the Macondo well and of both relief wells.""",
    expected=[
        ("the government's top oil spill official said on Sunday", "supported", "dwh-2010-declared-dead", "",
         "'on Sunday' = 2010-09-19, the day the well was declared dead."),
        ("a relief well drilled by the Development Driller III had permanently sealed the Macondo well", "supported",
         "dwh-2010-declared-dead", "", "Actor in the row."),
        ("about 40 miles off the Louisiana coast", "supported", "dwh-2010-explosion", "", "Place."),
        ("The April 20 blast killed 12 workers and injured 17 others", "contradicted", "dwh-2010-explosion", "count",
         "Planted error: 11 workers died (17 injured is right)."),
        ("which was owned by Halliburton and drilling for BP", "contradicted", "dwh-2010-explosion", "actor",
         "Planted error: the rig was owned by Transocean."),
        ("The flow finally stopped 86 days after the explosion", "supported", "dwh-2010-capped", "",
         "Anchored: 2010-04-20 + 86 days = 2010-07-15."),
        ("BP says it has spent $9.5 billion so far on the response", "unverifiable", "", "",
         "Response cost is not a column (true per OGJ)."),
    ],
    date_notes=[
        ("said on Sunday", "on Sunday", "2010-09-19", "most recent Sunday before 2010-09-20", "dwh-2010-declared-dead"),
        ("five months after the disaster began", "five months after the disaster began", "2010-04-20", "anchored to the explosion; approximate (not graded)", "dwh-2010-explosion"),
        ("The April 20 blast", "April 20", "2010-04-20", "month and day given; year from the article date", "dwh-2010-explosion"),
        ("86 days after the explosion", "86 days after the explosion", "2010-07-15", "anchored: 2010-04-20 + 86 days", "dwh-2010-capped"),
        ("in early August", "in early August", "2010-08", "calendar month of the article year (not graded)", ""),
        ("Sunday's announcement", "Sunday's", "2010-09-19", "most recent Sunday before 2010-09-20", "dwh-2010-declared-dead"),
    ],
)
assert weekday_before(A1["published"], "Sunday") == fdate("dwh-2010-declared-dead")
assert fdate("dwh-2010-explosion") + dt.timedelta(days=86) == fdate("dwh-2010-capped")
ARTICLES.append(A1)

# ------------------------------------------------------------------ article 2
A2 = dict(
    slug="kiptum-chicago-2023",
    title="Kiptum breaks marathon world record in Chicago",
    published="2023-10-09",
    source="synthetic wire copy written for claimcheck probe 13 (not a real agency story)",
    body="""CHICAGO, Oct. 9 — Kelvin Kiptum of Kenya broke the men's marathon world record on Sunday, winning the Chicago Marathon in 2 hours, 35 seconds and becoming the first man to run under 2:01 on a record-eligible course.

The 23-year-old, running only the third marathon of his career, took 34 seconds off the mark of 2:01:09 that Eliud Kipchoge set in London last September. Kiptum pulled away from his compatriot Daniel Mateiko after 30 kilometres, covered the next five in under 14 minutes and finished almost three and a half minutes ahead of the field.

"I knew I was coming for a course record, but a world record — I am so happy," Kiptum said at the finish in Grant Park. The time still has to be ratified by World Athletics, a process that usually takes several months.

Kipchoge, the two-time Olympic champion, ran 1:59:40 in Vienna in 2018 in a specially staged event with rotating pacemakers, but that run was never eligible as a record. He did not race in Chicago.

The flat Chicago course has now produced two marathon world records in four years. Brigid Kosgei broke Paula Radcliffe's women's mark there in October 2019, running 2:14:04 a day after Kipchoge's Vienna run. Her record stood until last month, when Ethiopia's Tigst Assefa won in Berlin in 2:11:53.

Sifan Hassan of the Netherlands won the women's race on Sunday in 2:13:44, the second-fastest time in history. It was only her second marathon; she made her debut at the distance by winning in London in April.

More than 47,000 runners took part in cool, overcast weather that organisers described as close to ideal.

Kiptum, who trains in the highlands of Kenya's Rift Valley, said he would now aim to become the first man to break two hours in an official race.""",
    expected=[
        ("Kelvin Kiptum of Kenya broke the men's marathon world record on Sunday, winning the Chicago Marathon in 2 hours, 35 seconds",
         "supported", "kiptum-2023-chicago", "", "'on Sunday' = 2023-10-08; 2 hours 35 seconds = 2:00:35."),
        ("took 34 seconds off the mark of 2:01:09", "supported", "kiptum-2023-chicago", "", "In the statement; 2:01:09 also matches kipchoge-2022-berlin."),
        ("that Eliud Kipchoge set in London last September", "contradicted", "kipchoge-2022-berlin", "place",
         "Planted error: Berlin. 'last September' = September 2022 is right."),
        ("ran 1:59:40 in Vienna in 2018", "contradicted", "kipchoge-2019-vienna", "date",
         "Planted error: 12 October 2019."),
        ("Brigid Kosgei broke Paula Radcliffe's women's mark there in October 2019", "supported", "kosgei-2019-chicago", "",
         "Checked to the month; 'there' = Chicago."),
        ("running 2:14:04 a day after Kipchoge's Vienna run", "supported", "kosgei-2019-chicago", "",
         "Anchored: 2019-10-12 + 1 day = 2019-10-13."),
        ("Her record stood until last month, when Ethiopia's Tigst Assefa won in Berlin in 2:11:53", "supported",
         "assefa-2023-berlin", "", "'last month' = September 2023."),
        ("Sifan Hassan of the Netherlands won the women's race on Sunday in 2:13:44", "unverifiable", "", "",
         "Hassan's win is only in a note (true in reality)."),
    ],
    date_notes=[
        ("broke the men's marathon world record on Sunday", "on Sunday", "2023-10-08", "most recent Sunday before 2023-10-09", "kiptum-2023-chicago"),
        ("set in London last September", "last September", "2022-09", "most recent September before the article month", "kipchoge-2022-berlin"),
        ("ran 1:59:40 in Vienna in 2018", "in 2018", "2018", "absolute year as written (fact: 2019-10-12)", "kipchoge-2019-vienna"),
        ("in October 2019", "in October 2019", "2019-10", "absolute month", "kosgei-2019-chicago"),
        ("a day after Kipchoge's Vienna run", "a day after Kipchoge's Vienna run", "2019-10-13", "anchored: 2019-10-12 + 1 day", "kosgei-2019-chicago"),
        ("Her record stood until last month", "last month", "2023-09", "previous calendar month", "assefa-2023-berlin"),
        ("won the women's race on Sunday", "on Sunday", "2023-10-08", "most recent Sunday before 2023-10-09 (not in table)", ""),
        ("by winning in London in April", "in April", "2023-04", "most recent April before the article date (not graded)", ""),
    ],
)
assert weekday_before(A2["published"], "Sunday") == fdate("kiptum-2023-chicago")
assert fdate("kipchoge-2019-vienna") + dt.timedelta(days=1) == fdate("kosgei-2019-chicago")
assert last_month(A2["published"]) == (fdate("assefa-2023-berlin").year, fdate("assefa-2023-berlin").month)
assert (fdate("kipchoge-2022-berlin").year, fdate("kipchoge-2022-berlin").month) == (2022, 9)
ARTICLES.append(A2)

# ------------------------------------------------------------------ article 3
A3 = dict(
    slug="buffalo-blizzard-2022",
    title="Buffalo blizzard death toll climbs as city digs out",
    published="2022-12-30",
    source="synthetic wire copy written for claimcheck probe 13 (not a real agency story)",
    body="""BUFFALO, N.Y., Dec. 30 — The death toll from the blizzard that buried Buffalo over the Christmas weekend climbed to 37 in Erie County on Wednesday, officials said, as crews dug out cars and searched snowbanks for more victims.

Erie County Executive Mark Poloncarz said 29 of the dead were found in the city of Buffalo and the rest in suburbs including Cheektowaga and Amherst. Seventeen people were found outside and nine died in homes left without heat. Three more died because ambulances could not reach them in time, he said. One further death, from carbon monoxide poisoning, was reported in Lockport in neighbouring Orleans County, bringing the toll across western New York to 38.

The storm arrived on Christmas Eve with hurricane-force gusts and whiteout conditions that trapped drivers in their cars for more than a day. More than four feet of snow fell at Buffalo Niagara International Airport.

Poloncarz warned that the count could rise further as the county medical examiner worked through cases. "This is a storm that will never be forgotten," he said.

A driving ban remained in force in the city on Thursday while plows and heavy equipment lent by other states cleared side streets. Hundreds of National Guard members were going door to door to check on residents who had lost power, Governor Kathy Hochul said.

The response has strained relations between county and city officials. Poloncarz on Wednesday called the city's snow removal embarrassing, then apologised a day later. Buffalo Mayor Byron Brown said crews had been working around the clock and asked residents to stay off the roads.

Grocery stores reopened across the region on Thursday, and the airport said it expected to resume a full schedule on Saturday. Forecasters said milder weather this weekend would bring rain and a risk of flooding as the snow melts.

Volunteers who rescued stranded motorists during the storm were collecting food and blankets for families still without heat.""",
    expected=[
        ("climbed to 37 in Erie County on Wednesday", "supported", "buffalo-blizzard-2022-12-28-toll", "",
         "'on Wednesday' = 2022-12-28."),
        ("Erie County Executive Mark Poloncarz said 29 of the dead were found in the city of Buffalo", "supported",
         "buffalo-blizzard-2022-12-28-toll", "", "Actor and sub-count in the row."),
        ("was reported in Lockport in neighbouring Orleans County", "contradicted", "buffalo-blizzard-2022-12-28-toll", "place",
         "Planted error: Lockport is in Niagara County."),
        ("bringing the toll across western New York to 38", "supported", "buffalo-blizzard-2022-12-28-toll", "",
         "37 Erie + 1 Niagara = 38, in the statement."),
        ("The storm arrived on Christmas Eve", "contradicted", "buffalo-blizzard-2022", "date",
         "Planted error: blizzard conditions began Friday 23 Dec 2022."),
        ("Three more died because ambulances could not reach them in time", "unverifiable", "", "",
         "Breakdown by cause is only in a note."),
        ("More than four feet of snow fell at Buffalo Niagara International Airport", "unverifiable", "", "",
         "Snowfall is not in the table."),
    ],
    date_notes=[
        ("climbed to 37 in Erie County on Wednesday", "on Wednesday", "2022-12-28", "most recent Wednesday before 2022-12-30", "buffalo-blizzard-2022-12-28-toll"),
        ("over the Christmas weekend", "over the Christmas weekend", "2022-12-24/2022-12-25", "Sat-Sun 24-25 Dec 2022 (not graded)", "buffalo-blizzard-2022"),
        ("The storm arrived on Christmas Eve", "on Christmas Eve", "2022-12-24", "24 Dec of the article year; fact says 2022-12-23", "buffalo-blizzard-2022"),
        ("remained in force in the city on Thursday", "on Thursday", "2022-12-29", "most recent Thursday before 2022-12-30 (not in table)", ""),
        ("Poloncarz on Wednesday called", "on Wednesday", "2022-12-28", "most recent Wednesday before 2022-12-30 (not in table)", ""),
        ("then apologised a day later", "a day later", "2022-12-29", "anchored to the previous sentence (not in table)", ""),
        ("resume a full schedule on Saturday", "on Saturday", "2022-12-31", "future-tense schedule: the next Saturday after 2022-12-30 (not in table)", ""),
    ],
)
assert weekday_before(A3["published"], "Wednesday") == fdate("buffalo-blizzard-2022-12-28-toll")
assert fdate("buffalo-blizzard-2022") != D("2022-12-24")
ARTICLES.append(A3)


def words(text):
    return len(re.findall(r"\S+", text))


def main():
    os.makedirs(ADIR, exist_ok=True)
    exp_rows, note_rows = [], []
    for a in ARTICLES:
        fn = f"{a['slug']}.md"
        body = a["body"]
        n = words(body)
        assert 300 <= n <= 350, (fn, n)
        with open(os.path.join(ADIR, fn), "w", encoding="utf-8") as fh:
            fh.write("---\n")
            fh.write(f"title: {a['title']}\n")
            fh.write(f"published: {a['published']}\n")
            fh.write(f"source: {a['source']}\n")
            fh.write("---\n\n")
            fh.write(body + "\n")
        for frag, verdict, fid, wf, note in a["expected"]:
            assert body.count(frag) == 1, (fn, frag)
            assert fid == "" or fid in F, fid
            exp_rows.append(dict(article=fn, fragment=frag, expected_verdict=verdict, fact_id=fid, wrong_field=wf))
            EXPLAIN.append((fn, frag, note))
        for frag, expr, resolved, rule, fid in a["date_notes"]:
            assert body.count(frag) == 1, (fn, frag)
            assert expr in frag
            note_rows.append(dict(article=fn, fragment=frag, expression=expr, resolves_to=resolved, rule=rule, fact_id=fid))
        print(fn, n, "words")
    with open(os.path.join(ADIR, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["article", "fragment", "expected_verdict", "fact_id", "wrong_field"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(exp_rows)
    with open(os.path.join(ADIR, "date_notes.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["article", "fragment", "expression", "resolves_to", "rule", "fact_id"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(note_rows)
    print(len(exp_rows), "graded fragments;", len(note_rows), "date notes")


if __name__ == "__main__":
    main()
