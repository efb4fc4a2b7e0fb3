"""Write articles/expected.csv and articles/date_notes.csv (fragments are asserted verbatim and unique)."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
A1, A2, A3 = "2019-08-05-el-paso-dayton.md", "2022-05-26-uvalde.md", "2023-01-24-california.md"

EXPECTED = [
    # article, fragment, expected_verdict, fact_id, wrong_field, notes
    (A1, "On Saturday, a gunman opened fire at a Walmart in El Paso, killing 22 people", "supported", "mj-20190803-el-paso", "", "Saturday before Mon 5 Aug = 3 Aug; 22 deaths"),
    (A1, "wounding 36 others", "contradicted", "mj-20190803-el-paso", "count", "PLANTED: injuries 26"),
    (A1, "Patrick Crusius, 21", "supported", "mj-20190803-el-paso", "", "actor and age"),
    (A1, "early Sunday in the Oregon District of Dayton, Ohio", "supported", "mj-20190804-dayton", "", "Sunday = 4 Aug; Oregon District is an alias"),
    (A1, "The Dayton gunman killed nine people", "supported", "mj-20190804-dayton", "", "9 deaths (shooter excluded)"),
    (A1, "He was identified as Connor Betts, 24", "supported", "mj-20190804-dayton", "", "actor and age"),
    (A1, "last weekend's attack at the Gilroy Garlic Festival in California, where a 19-year-old gunman killed three people", "contradicted", "mj-20190728-gilroy", "date", "PLANTED: last weekend = 3-4 Aug 2019; Gilroy was 28 Jul (the weekend before). Count, age and place are right."),
    (A1, "he had driven more than 600 miles from his home in Allen, a Dallas suburb", "unverifiable", "mj-20190803-el-paso", "", "shooter's home and journey not in the table (Allen is also the place of an unrelated 2023 row)"),
    (A1, "officers reached him within 32 seconds of the first shot", "unverifiable", "mj-20190804-dayton", "", "summary only says 'swift police response'"),
    (A2, "On Tuesday, an 18-year-old gunman killed 19 children and two teachers at Robb Elementary School in Uvalde", "supported", "mj-20220524-uvalde", "", "Tuesday before Thu 26 May = 24 May; 19+2 = 21 deaths; age 18"),
    (A2, "Seventeen other people were wounded", "supported", "mj-20220524-uvalde", "", "injuries 17"),
    (A2, "identified the gunman as Salvador Ramos", "supported", "mj-20220524-uvalde", "", "actor"),
    (A2, "The massacre came 12 days after an 18-year-old gunman killed 10 people at a Tops supermarket in Buffalo, New York", "contradicted", "mj-20220514-buffalo", "date", "PLANTED: 24 May - 12 days = 12 May; Buffalo row is 14 May (ten days). Count, age and place are right."),
    (A2, "the February 2018 attack in Parkland, Florida, where 14 people were killed at a high school", "contradicted", "mj-20180214-parkland", "count", "PLANTED: deaths 17"),
    (A2, "Last November, a 15-year-old killed four people at Oxford High School in Ohio", "contradicted", "mj-20211130-oxford", "place", "PLANTED: Oxford, Michigan. Last November = Nov 2021 is right; 4 deaths and age 15 right."),
    (A2, "the gunman had posted messages online about his plans about half an hour before the attack", "unverifiable", "mj-20220524-uvalde", "", "not in the table"),
    (A2, "the 2012 massacre at Sandy Hook Elementary School in Newtown, Connecticut, where 26 people died", "unverifiable", "", "", "event not in the table"),
    (A3, "On Saturday night, a gunman killed 11 people at a ballroom dance studio in Monterey Park", "supported", "mj-20230121-monterey-park", "", "Saturday before Tue 24 Jan = 21 Jan; 11 deaths"),
    (A3, "He wounded 10 others", "supported", "mj-20230121-monterey-park", "", "injuries 10"),
    (A3, "the gunman, Huu Can Tran, 72", "supported", "mj-20230121-monterey-park", "", "actor and age"),
    (A3, "On Monday, eight people were killed at two sites in Half Moon Bay", "contradicted", "mj-20230123-half-moon-bay", "count", "PLANTED: deaths 7 (8 is total victims). Monday = 23 Jan is right."),
    (A3, "Chunli Zhao, 67, who worked at the mushroom farm, was taken into custody", "supported", "mj-20230123-half-moon-bay", "", "actor, age; summary: worked at the mushroom farm, apprehended"),
    (A3, "a gunman killed 12 people at a bar in Thousand Oaks in November 2019", "contradicted", "mj-20181107-thousand-oaks", "date", "PLANTED: November 2018"),
    (A3, "Less than two years ago, a transit worker killed nine people at a rail yard in Sacramento", "contradicted", "mj-20210526-san-jose", "place", "PLANTED: San Jose. 'Less than two years ago' (after 24 Jan 2021) fits 26 May 2021; 9 deaths right."),
    (A3, "had been hosting a Lunar New Year celebration", "unverifiable", "mj-20230121-monterey-park", "", "not in the table"),
    (A3, "Governor Gavin Newsom was at a hospital meeting victims of the Monterey Park attack", "unverifiable", "", "", "not in the table"),
]

DATE_NOTES = [
    # article, fragment, expression, resolves_to, rule
    (A1, "On Saturday, a gunman opened fire at a Walmart in El Paso", "On Saturday", "2019-08-03", "bare weekday = most recent such day before the published date (Mon 2019-08-05)"),
    (A1, "early Sunday in the Oregon District of Dayton, Ohio", "early Sunday", "2019-08-04", "bare weekday before published date"),
    (A1, "About 13 hours later", "About 13 hours later", "2019-08-04", "anchored to the El Paso row (3 Aug, late morning) - lands in the early hours of 4 Aug; not graded on its own"),
    (A1, "last weekend's attack at the Gilroy Garlic Festival", "last weekend", "2019-08-03..2019-08-04", "Saturday-Sunday of the previous Monday-Sunday week (29 Jul-4 Aug); Gilroy row is 2019-07-28, outside -> contradicted (date)"),
    (A1, "Americans woke on Monday", "on Monday", "2019-08-05", "the publication day itself (present-tense scene-setting, not a past event); not graded"),
    (A2, "On Tuesday, an 18-year-old gunman killed 19 children", "On Tuesday", "2022-05-24", "bare weekday before published date (Thu 2022-05-26)"),
    (A2, "The massacre came 12 days after", "12 days after", "2022-05-12", "anchored: Uvalde row 2022-05-24 minus 12 days; Buffalo row is 2022-05-14 -> contradicted (date)"),
    (A2, "Last November, a 15-year-old", "Last November", "2021-11", "most recent November before the published date"),
    (A2, "Hundreds of people gathered on Wednesday evening", "on Wednesday evening", "2022-05-25", "bare weekday before published date; not graded (vigil not in table)"),
    (A3, "On Saturday night, a gunman killed 11 people", "On Saturday night", "2023-01-21", "bare weekday before published date (Tue 2023-01-24)"),
    (A3, "On Monday, eight people were killed", "On Monday", "2023-01-23", "bare weekday before published date"),
    (A3, "attacks that came just two days apart", "two days apart", "2023-01-21 / 2023-01-23", "consistent with the two rows; not graded"),
    (A3, "Less than two years ago, a transit worker", "Less than two years ago", "2021-01-24..2023-01-23", "window before the published date; San Jose row 2021-05-26 falls inside"),
]


def main():
    texts = {a: (HERE / "articles" / a).read_text(encoding="utf-8") for a in (A1, A2, A3)}
    for a, frag, *_ in EXPECTED + DATE_NOTES:
        assert texts[a].count(frag) == 1, (a, frag, texts[a].count(frag))
    with open(HERE / "articles" / "expected.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"])
        w.writerows(EXPECTED)
    with open(HERE / "articles" / "date_notes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "fragment", "expression", "resolves_to", "rule"])
        w.writerows(DATE_NOTES)
    print(len(EXPECTED), "fragments;", len(DATE_NOTES), "date notes")


if __name__ == "__main__":
    main()
