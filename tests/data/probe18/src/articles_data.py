"""Three synthetic wire articles for probe18 and their graded fragments.
Written for this set; they are not real agency copy.  Each article has planted
errors (listed with PLANTED ERROR in the fragment notes).
"""

ARTICLES = []


def A(filename, title, published, body, fragments):
    ARTICLES.append(dict(filename=filename, title=title, published=published,
                         body=body, fragments=fragments))


# fragment tuple: (fragment, verdict, fact_id, wrong_field, notes, rel)
# rel as in relative_dates.resolve, or None

A("kiptum_2024-02-12.md",
  "Marathon world record holder Kiptum killed in Kenya car crash",
  "2024-02-12",
  """NAIROBI (Probe Wire) - Marathon world record holder Kelvin Kiptum was killed in a road accident in western Kenya late on Sunday, police said, ending one of the most startling careers distance running has seen.

The 24-year-old was driving on the road between Eldoret and Kaptagat at about 11 p.m. when his car veered off the tarmac and struck a tree. His Rwandan coach, Gervais Hakizimana, also died at the scene, while a woman passenger was taken to hospital with serious injuries, a regional police commander told reporters.

The crash came just five days after World Athletics ratified the time that made Kiptum a global star. The governing body confirmed his 2:00:35 as the official world record, a run he produced in Chicago on 8 October 2022. It made him the first man to break 2:01 in a record-eligible race, taking 34 seconds off the previous mark of 2:01:39, set by Eliud Kipchoge in Berlin in September 2022.

Kipchoge himself had first claimed the record in Berlin in 2018, and for a while the Kenyan pair seemed destined to trade the mark between them. Kiptum, a relative newcomer, had raced only three marathons. He had won the London Marathon in April last year, and Kiptum had planned to try to break two hours at the Rotterdam Marathon in April.

Women's distance running has also been rewritten in recent seasons. Ethiopia's Tigst Assefa lowered the women's world record to 2:11:53 in Chicago last September, more than two minutes inside the old mark.

Tributes arrived from across the sport overnight. World Athletics president Sebastian Coe said the federation was shocked and deeply saddened, and Kenyan government ministers described Kiptum as a national hero whose best years were still ahead of him.

Police said investigations into the cause of the crash were continuing. Athletes gathered at the hospital in Eldoret where the bodies were taken, many of them training partners who had run with Kiptum on the same roads that morning.""",
  [
    ("Marathon world record holder Kelvin Kiptum was killed in a road accident in western Kenya late on Sunday",
     "supported", "kiptum-2024-death", None, "'Sunday' -> 2024-02-11", ("weekday", "Sunday")),
    ("His Rwandan coach, Gervais Hakizimana, also died at the scene, while a woman passenger was taken to hospital with serious injuries",
     "supported", "kiptum-2024-death", None, "deaths 2, injuries 1", None),
    ("The crash came just five days after World Athletics ratified the time that made Kiptum a global star",
     "supported", "kiptum-2024-ratified", None, "anchored: crash 2024-02-11 minus 5 days = 2024-02-06 (ratification)", ("after_days", "kiptum-2024-death", -5)),
    ("a run he produced in Chicago on 8 October 2022",
     "contradicted", "kiptum-2023-chicago-wr", "date", "PLANTED ERROR: wrong year, the Chicago record was 8 October 2023", None),
    ("taking 34 seconds off the previous mark of 2:01:39, set by Eliud Kipchoge in Berlin in September 2022",
     "contradicted", "kipchoge-2022-berlin-wr", "count", "PLANTED ERROR: Kipchoge's September 2022 record was 2:01:09 (2:01:39 was 2018); the 34 seconds is right", None),
    ("Kipchoge himself had first claimed the record in Berlin in 2018",
     "supported", "kipchoge-2018-berlin-wr", None, "Berlin, 16 September 2018", None),
    ("He had won the London Marathon in April last year",
     "unverifiable", None, None, "London 2023 win is not in the table (true in reality)", None),
    ("Kiptum had planned to try to break two hours at the Rotterdam Marathon in April",
     "unverifiable", None, None, "plan not in the table", None),
    ("Ethiopia's Tigst Assefa lowered the women's world record to 2:11:53 in Chicago last September",
     "contradicted", "assefa-2023-berlin-wr", "place", "PLANTED ERROR: Assefa's record was set in Berlin; 'last September' -> September 2023 is right", ("last_named_month", "September")),
  ])

A("who_2023-05-06.md",
  "WHO declares end to COVID-19 global health emergency",
  "2023-05-06",
  """GENEVA (Probe Wire) - The World Health Organization declared on Friday that COVID-19 no longer represents a global health emergency, more than three years after the agency first sounded its highest alarm over the new coronavirus.

Director-General Tedros Adhanom Ghebreyesus told reporters he had accepted the advice of independent experts, announcing the decision a day after the Emergency Committee met for the 15th time. He stressed that the end of the emergency did not mean the end of the pandemic, and Tedros warned that the virus was still killing thousands of people every week.

The status of public health emergency of international concern, the highest level of alert under the International Health Regulations, was first applied to the coronavirus outbreak by Director-General Margaret Chan on 30 January 2020, when fewer than 10,000 cases had been reported, most of them in China. The agency went on to call it a pandemic on 11 April 2020, as infections surged in Europe and the United States.

Since then, nearly seven million deaths have been reported to the agency, although officials say the true toll is probably several times higher.

Friday's announcement leaves the mpox emergency, declared last July, in force for now. The WHO has used the designation sparingly since the rules were revised in 2005. It was the same alarm Margaret Chan raised over Ebola in West Africa in August 2014, and the Zika emergency, lifted in November 2016, lasted less than a year.

Health ministries were quick to respond. Several European governments said they had already wound down most pandemic measures, while officials in Asia pointed to rising case numbers in parts of the region as a reason to keep testing in place.

Tedros said the committee could be reconvened at any time if a new variant put the world in peril. The WHO plans to replace the emergency arrangements with longer-term recommendations on vaccination, surveillance and treatment.""",
  [
    ("The World Health Organization declared on Friday that COVID-19 no longer represents a global health emergency",
     "supported", "who-covid-2023-end", None, "'Friday' -> 2023-05-05", ("weekday", "Friday")),
    ("announcing the decision a day after the Emergency Committee met for the 15th time",
     "supported", "who-covid-2023-end", None, "statement: a day after the committee's 15th meeting", None),
    ("Tedros warned that the virus was still killing thousands of people every week",
     "unverifiable", None, None, "weekly deaths not in the table", None),
    ("first applied to the coronavirus outbreak by Director-General Margaret Chan on 30 January 2020",
     "contradicted", "who-covid-2020-pheic", "actor", "PLANTED ERROR: Tedros was Director-General in 2020 (date is right)", None),
    ("The agency went on to call it a pandemic on 11 April 2020",
     "contradicted", "who-covid-2020-pandemic", "date", "PLANTED ERROR: pandemic characterisation was 11 March 2020", None),
    ("nearly seven million deaths have been reported to the agency",
     "unverifiable", None, None, "death total not in the table", None),
    ("the mpox emergency, declared last July",
     "supported", "who-mpox-2022-pheic", None, "'last July' -> July 2022 (23 July)", ("last_named_month", "July")),
    ("the same alarm Margaret Chan raised over Ebola in West Africa in August 2014",
     "supported", "who-ebola-2014-pheic", None, "Chan, 8 August 2014 (right actor here)", None),
    ("the Zika emergency, lifted in November 2016",
     "supported", "who-zika-2016-end", None, "month precision", None),
  ])

A("tariffs_2025-04-10.md",
  "Trump pauses most new tariffs for 90 days, squeezes China",
  "2025-04-10",
  """WASHINGTON (Probe Wire) - President Donald Trump on Wednesday suspended most of his new reciprocal tariffs for 90 days, barely half a day after they came into force, while lifting the levy on Chinese goods to 104%.

The 10% baseline duty that Trump unveiled a week earlier in his Liberation Day speech stays in place for nearly every trading partner. The president said more than 75 countries had asked to negotiate and had not retaliated, which in his view justified the pause. China, which answered with duties of its own, was singled out.

Stock markets, which had lost trillions of dollars in value since the announcement, rebounded sharply. The S&P 500 jumped 9.5% after the announcement, its biggest one-day gain since 2008, and bond yields eased after a week of turmoil.

The pause is the latest twist in a trade agenda that dates back to Trump's first term. His first-term tariffs of 25% on steel and 10% on aluminium, which took effect on 8 March 2018, set off a round of retaliation from allies. Months later his administration signed the USMCA with Canada and Mexico in Buenos Aires in November 2018, replacing NAFTA, an agreement that did not stop Washington from imposing new duties on both neighbours this year.

Much of Asia, meanwhile, has drawn closer together. Many of the countries now facing the highest US rates belong to the RCEP pact, signed in November 2020 by 15 Asia-Pacific nations at a summit hosted by Singapore, and trade officials in the region said they would look for ways to deepen it.

Economists cautioned that the damage to business confidence would outlast the reprieve. Markets will need far more than a 90-day reprieve to calm down, and companies that rely on imported parts said they were still unable to plan beyond the summer.

The White House said talks with several partners, including Japan and South Korea, would begin within days.""",
  [
    ("President Donald Trump on Wednesday suspended most of his new reciprocal tariffs for 90 days",
     "supported", "us-reciprocal-pause-2025", None, "'Wednesday' -> 2025-04-09", ("weekday", "Wednesday")),
    ("while lifting the levy on Chinese goods to 104%",
     "contradicted", "us-reciprocal-pause-2025", "count", "PLANTED ERROR: raised to 125% (104% was the rate earlier that day)", None),
    ("The 10% baseline duty that Trump unveiled a week earlier in his Liberation Day speech",
     "supported", "us-liberation-day-2025", None, "anchored: pause 2025-04-09 minus 7 = 2025-04-02", ("after_days", "us-reciprocal-pause-2025", -7)),
    ("The S&P 500 jumped 9.5% after the announcement",
     "unverifiable", None, None, "market move not in the table", None),
    ("His first-term tariffs of 25% on steel and 10% on aluminium, which took effect on 8 March 2018",
     "contradicted", "us-232-2018-effective", "date", "PLANTED ERROR: wrong phase, 8 March was the proclamation; they took effect on 23 March 2018 (rates are right)", None),
    ("signed the USMCA with Canada and Mexico in Buenos Aires in November 2018",
     "supported", "usmca-2018-signed", None, "30 November 2018, G20 Buenos Aires", None),
    ("signed in November 2020 by 15 Asia-Pacific nations at a summit hosted by Singapore",
     "contradicted", "rcep-2020-signed", "place", "PLANTED ERROR: the virtual summit was hosted by Vietnam (date and count right)", None),
    ("Markets will need far more than a 90-day reprieve to calm down",
     "not_checkable", None, None, "opinion / prediction", None),
  ])
