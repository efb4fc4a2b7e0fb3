"""News-style claims for probe 11, graded strictly against facts.csv.

Each claim may carry `chk`: relative-date checks that build.py resolves with datetime
and asserts against the fact table (so the grading of relative dates is computed, not
eyeballed).
  ("wd", "Sunday", "eq"|"ne")        most recent such weekday strictly before article_date
  ("after", anchor_id, n, "eq"|"ne") anchor fact date + n days
  ("lastmonth", "eq"|"ne")           calendar month before article_date (checked to month)
  ("thismonth", "eq"|"ne")           same calendar month as article_date
  ("lastweek", "eq"|"ne")            previous Monday-Sunday week contains the fact date
The result is compared with the date of the claim's own fact_id.
"""

CLAIMS = []


def C(text, ad, verdict, fact=None, wf=None, notes="", chk=()):
    CLAIMS.append(dict(text=text, article_date=ad, expected_verdict=verdict,
                       fact_id=fact, wrong_field=wf, notes=notes, chk=list(chk)))


S, X, M, U, N = "supported", "contradicted", "misleading", "unverifiable", "not_checkable"

# ======================= India 2024 =======================
C("Indian voters went to the polls on Saturday in the seventh and final phase of the marathon election.",
  "2024-06-03", S, "in-2024-polling-last-phase", None, "Saturday before 3 June 2024 = 1 June.", [("wd", "Saturday", "eq")])
C("The last round of voting in India's election was held on June 4.",
  "2024-06-10", X, "in-2024-polling-last-phase", "date", "Phase confusion: 4 June was counting day; final polling was 1 June.")
C("Results declared on Tuesday showed Prime Minister Narendra Modi's BJP winning 240 of the 543 Lok Sabha seats.",
  "2024-06-06", S, "in-2024-results", None, "Tuesday before 6 June 2024 = 4 June.", [("wd", "Tuesday", "eq")])
C("The BJP won 272 seats on its own in results announced on June 4.",
  "2024-06-10", X, "in-2024-results", "count", "272 is the majority mark; BJP won 240.")
C("The BJP-led National Democratic Alliance secured 293 seats, enough for a majority in the 543-member house.",
  "2024-06-06", S, "in-2024-results", None, "NDA total 293 is in the statement; the seats column holds the BJP's 240.")
C("Modi's BJP won 293 seats in the 2024 general election.",
  "2024-06-12", M, "in-2024-results", "count", "Judgement call: 293 is the NDA alliance tally; the BJP alone won 240 and lost its own majority. Real figure, wrong scope -> misleading.")
C("Narendra Modi was sworn in for a third term at Rashtrapati Bhavan in New Delhi on Sunday.",
  "2024-06-11", S, "in-2024-modi-sworn-in", None, "Sunday before 11 June 2024 = 9 June.", [("wd", "Sunday", "eq")])
C("Modi took the oath of office on June 4, the day the votes were counted.",
  "2024-06-12", X, "in-2024-modi-sworn-in", "date", "Phase confusion: results day vs swearing-in (9 June).")
C("Modi was sworn in at a ceremony in Mumbai on Sunday evening.",
  "2024-06-10", X, "in-2024-modi-sworn-in", "place", "Date right (9 June); ceremony was at Rashtrapati Bhavan, New Delhi.", [("wd", "Sunday", "eq")])
C("Five days after the results were declared, Modi began his third term as prime minister.",
  "2024-06-12", S, "in-2024-modi-sworn-in", None, "4 June + 5 days = 9 June.", [("after", "in-2024-results", 5, "eq")])

# ======================= Mexico 2024 =======================
C("Mexicans went to the polls on Sunday, June 2, and elected Claudia Sheinbaum as the country's first woman president.",
  "2024-06-03", S, "mx-2024-election", None, "", [("wd", "Sunday", "eq")])
C("Sheinbaum received nearly 36 million votes in the June 2 election.",
  "2024-06-10", S, "mx-2024-election", None, "35,924,519 = 'nearly 36 million'.")
C("Sheinbaum won 59.8 percent of the vote.",
  "2024-06-10", U, "mx-2024-election", None, "vote_percent deliberately left empty (sources give 58.3-60.7 quick count, 59.8, 61.18). No record decides it.")
C("Claudia Sheinbaum will take office on December 1.",
  "2024-06-05", X, "mx-2024-inauguration", "date", "Future-tense schedule with a wrong date: the old 1 December inauguration date; she took office on 1 October 2024.")
C("Sheinbaum was sworn in before Congress in Mexico City on Tuesday.",
  "2024-10-03", S, "mx-2024-inauguration", None, "Tuesday before 3 Oct 2024 = 1 Oct.", [("wd", "Tuesday", "eq")])
# ======================= Indonesia 2024 =======================
C("Indonesians voted on Wednesday in one of the world's biggest single-day elections.",
  "2024-02-16", S, "id-2024-polling", None, "Wednesday before 16 Feb 2024 = 14 Feb.", [("wd", "Wednesday", "eq")])
C("Indonesia's presidential election was held on February 4.",
  "2024-02-20", X, "id-2024-polling", "date", "14 February.")
C("The General Elections Commission confirmed last month that Prabowo Subianto had won 58.6 percent of the vote.",
  "2024-04-05", S, "id-2024-kpu-result", None, "Last month = March 2024 (KPU result 20 March); 58.59% rounds to 58.6%.", [("lastmonth", "eq")])
C("Official results released on March 20 gave Prabowo about 68 percent of the vote.",
  "2024-03-25", X, "id-2024-kpu-result", "count", "58.59%, not 68%.")
C("Prabowo will be sworn in as president on October 20.",
  "2024-03-21", S, "id-2024-inauguration", None, "Future-tense schedule; matches the inauguration row.")
C("Prabowo and his vice president, Gibran Rakabuming Raka, took their oaths at the parliament complex in Jakarta on Sunday.",
  "2024-10-21", S, "id-2024-inauguration", None, "Sunday before 21 Oct 2024 = 20 Oct.", [("wd", "Sunday", "eq")])
C("Prabowo Subianto was sworn in as Indonesia's eighth president in the new capital, Nusantara.",
  "2024-10-22", X, "id-2024-inauguration", "place", "Held in Jakarta (Senayan parliament complex), not Nusantara.")
C("Prabowo's running mate Anies Baswedan was sworn in as vice president on October 20.",
  "2024-10-22", X, "id-2024-inauguration", "actor", "Vice president is Gibran Rakabuming Raka; Anies was a rival candidate.")

# ======================= South Africa 2024 =======================
C("Turnout in South Africa's May 29 election was 58.6 percent.",
  "2024-06-03", S, "za-2024-polling", None, "58.61%.")
C("More than 66 percent of registered voters cast ballots in South Africa on May 29.",
  "2024-06-03", X, "za-2024-polling", "count", "Turnout 58.61%.")
C("The electoral commission declared the results on Sunday, with the ANC winning 159 of the 400 seats.",
  "2024-06-04", S, "za-2024-results", None, "Sunday before 4 June 2024 = 2 June.", [("wd", "Sunday", "eq")])
C("The ANC won 40.2% of the vote and 165 seats in the National Assembly.",
  "2024-06-04", X, "za-2024-results", "count", "Percentage right (40.18), seats wrong (159).")
C("Pretoria's governing ANC fell to about 40 percent, losing the majority it had held since 1994.",
  "2024-06-03", S, "za-2024-results", None, "'Pretoria' used for the South African government; 40.18%.")
C("Lawmakers re-elected Cyril Ramaphosa as president on Friday with 283 votes to Julius Malema's 44.",
  "2024-06-17", S, "za-2024-ramaphosa-elected", None, "Friday before 17 June 2024 = 14 June.", [("wd", "Friday", "eq")])
C("Ramaphosa beat Julius Malema by 283 votes to 144 in the National Assembly.",
  "2024-06-17", X, "za-2024-ramaphosa-elected", "count", "Malema got 44.")
C("Ramaphosa will be inaugurated at the Union Buildings in Pretoria on Wednesday, June 19.",
  "2024-06-17", S, "za-2024-inauguration", None, "Future-tense schedule stating the date; matches.")
C("Ramaphosa was sworn in for a second term at the Union Buildings in Pretoria on Wednesday.",
  "2024-06-21", S, "za-2024-inauguration", None, "Wednesday before 21 June 2024 = 19 June.", [("wd", "Wednesday", "eq")])
C("Ramaphosa was inaugurated on June 14 at the Union Buildings.",
  "2024-06-20", X, "za-2024-inauguration", "date", "Phase confusion: 14 June was the parliamentary vote; inauguration 19 June.")
C("Three weeks after the May 29 election, Ramaphosa took the oath of office.",
  "2024-06-25", S, "za-2024-inauguration", None, "29 May + 21 days = 19 June.", [("after", "za-2024-polling", 21, "eq")])
C("Chief Justice Mogoeng Mogoeng administered the oath of office to Ramaphosa.",
  "2024-06-20", X, "za-2024-inauguration", "actor", "Raymond Zondo administered the oath.")

# ======================= Germany 2021 =======================
C("Olaf Scholz's Social Democrats narrowly won Sunday's German election with 25.7 percent of the vote.",
  "2021-09-28", S, "de-2021-election", None, "Sunday before 28 Sep 2021 = 26 Sep.", [("wd", "Sunday", "eq")])
C("The SPD took 25.7 percent and 196 seats in the new Bundestag.",
  "2021-09-28", X, "de-2021-election", "count", "206 seats.")
C("Turnout in Germany's 2021 federal election was 76.6 percent.",
  "2021-09-28", U, "de-2021-election", None, "turnout_percent left empty (76.6 vs 76.4 in the stored copies).")
C("The SPD, Greens and FDP presented their 'traffic light' coalition agreement in Berlin last month.",
  "2021-12-03", S, "de-2021-coalition-agreement", None, "Last month = November 2021 (24 Nov).", [("lastmonth", "eq")])
C("Scholz is expected to be elected chancellor by the Bundestag on December 8.",
  "2021-12-01", S, "de-2021-scholz-elected", None, "Future-tense schedule with the right date.")
C("The Bundestag elected Scholz chancellor on Wednesday with 395 votes.",
  "2021-12-10", S, "de-2021-scholz-elected", None, "Wednesday before 10 Dec 2021 = 8 Dec.", [("wd", "Wednesday", "eq")])
C("Scholz was elected with 369 votes, the bare minimum required.",
  "2021-12-09", X, "de-2021-scholz-elected", "count", "369 was the threshold; he got 395.")
C("Olaf Scholz became Germany's chancellor on September 26, 2021.",
  "2022-01-15", X, "de-2021-scholz-elected", "date", "Phase confusion: election day vs chancellor vote (8 Dec).")

# ======================= Stadium disasters =======================
C("A crush at Kanjuruhan Stadium in Malang Regency, East Java, killed 135 people.",
  "2022-10-25", S, "kanjuruhan-2022", None, "Best figure as of 24 Oct.")
C("Police fired tear gas after Arema FC lost to Persebaya Surabaya on Saturday night.",
  "2022-10-03", S, "kanjuruhan-2022", None, "Saturday before 3 Oct 2022 = 1 Oct.", [("wd", "Saturday", "eq")])
C("The stampede broke out at Gelora Bung Tomo stadium in Surabaya.",
  "2022-10-03", X, "kanjuruhan-2022", "place", "Kanjuruhan Stadium, Malang Regency; Surabaya is the visiting club's city.")
C("Officials revised the death toll down to 125 on Sunday, saying some victims had been counted twice.",
  "2022-10-04", S, "kanjuruhan-2022-toll-revision", None, "Sunday before 4 Oct 2022 = 2 Oct.", [("wd", "Sunday", "eq")])
C("Indonesian officials say 125 people died in the Kanjuruhan stadium crush.",
  "2022-11-01", M, "kanjuruhan-2022", "count", "Outdated interim figure (2 Oct); by 24 Oct the toll was 135. Judgement call as for the devset's outdated official count.")
C("The death toll from the Malang crush stood at 174, officials confirmed on Sunday.",
  "2022-10-04", X, "kanjuruhan-2022-toll-revision", "count", "On Sunday 2 Oct the toll was revised from 174 down to 125.", [("wd", "Sunday", "eq")])
C("More than 500 people were injured in the Kanjuruhan disaster.",
  "2022-10-30", S, "kanjuruhan-2022", None, "Bound: 583 injured > 500.")
C("Ninety-seven people died as a result of the 1989 Hillsborough disaster in Sheffield.",
  "2022-04-15", S, "hillsborough-1989", None, "Final figure after July 2021.")
C("A coroner ruled on Wednesday that Andrew Devine, who died a day earlier, was the 97th victim of Hillsborough.",
  "2021-07-30", S, "hillsborough-2021-97th-victim", None, "Wednesday before 30 July 2021 = 28 July; died 27 July.", [("wd", "Wednesday", "eq")])
C("The Hillsborough crush happened on April 15, 1988, at an FA Cup semi-final.",
  "2019-04-15", X, "hillsborough-1989", "date", "1989.")
C("Liverpool marked the anniversary of the Hillsborough disaster, in which 96 supporters died.",
  "2023-04-15", M, "hillsborough-1989", "count", "Outdated: the toll became 97 after the July 2021 ruling. 96 died by 1993 so not simply false -> misleading.")
C("Seventy-four people were killed in rioting after an Al-Masry v Al-Ahly match in Port Said.",
  "2013-02-01", S, "port-said-2012", None, "")
C("The Port Said stadium riot on February 1, 2012, killed 47 people.",
  "2012-02-10", X, "port-said-2012", "count", "Transposed digits: 74.")
C("Fewer than 40 people died at Brussels' Heysel Stadium before the 1985 European Cup final between Juventus and Liverpool.",
  "2015-05-29", S, "heysel-1985", None, "Bound: 39 < 40.")
C("About 600 people were injured at Heysel.",
  "2015-05-29", U, "heysel-1985", None, "Injuries left empty (600 vs 370).")

# ======================= Industrial explosions / leaks =======================
C("Explosions at a hazardous-chemicals warehouse in Tianjin's Binhai New Area killed 173 people in August 2015.",
  "2016-02-06", S, "tianjin-2015", None, "")
C("The Tianjin blasts killed 173 people and injured 978.",
  "2015-09-15", X, "tianjin-2015", "count", "798 injured.")
C("Firefighters accounted for 104 of the 173 people killed in the Tianjin explosions.",
  "2016-08-12", S, "tianjin-2015", None, "Sub-count stated in the statement.")
C("A styrene leak at the LG Polymers plant near Visakhapatnam, Andhra Pradesh, early on Thursday sent hundreds to hospital.",
  "2020-05-09", S, "vizag-2020", None, "Thursday before 9 May 2020 = 7 May; 'hundreds' hospitalised is in the statement.", [("wd", "Thursday", "eq")])
C("The Visakhapatnam gas leak killed 12 people.",
  "2020-05-20", U, "vizag-2020", None, "deaths left empty (7-15 in sources).")
C("The gas escaped from a Union Carbide plant in Visakhapatnam.",
  "2020-05-08", X, "vizag-2020", "actor", "LG Polymers; Union Carbide is Bhopal.")
C("Between 10 and 20 people were killed when the West Fertilizer Company plant in West, Texas, exploded in April 2013.",
  "2013-05-01", S, "west-texas-2013", None, "Range: 15.")
C("The West Fertilizer explosion killed 35 people.",
  "2013-04-25", X, "west-texas-2013", "count", "15 (35 was an early, wrong estimate).")
C("A toxic gas leak at the West Fertilizer plant killed 15 people.",
  "2013-04-25", X, "west-texas-2013", "event", "Event type wrong: explosion, not a gas leak.")
C("Federal investigators concluded in 2016 that the fire that set off the West blast had been deliberately set.",
  "2016-05-12", U, "west-texas-2013", None, "The cause of the fire is not recorded in the table; no record decides it (true in reality: ATF, May 2016).")
C("Methyl isocyanate leaked from Union Carbide's pesticide plant in Bhopal, Madhya Pradesh, in December 1984.",
  "2014-12-03", S, "bhopal-1984", None, "Checked to the month.")
C("The Bhopal disaster killed 3,787 people.",
  "2014-12-03", U, "bhopal-1984", None, "deaths left empty (2,259 / 3,787 / 5,295 / 15,248 / 16,000+).")
C("The 1984 gas leak at Union Carbide's plant in Bhopal, Gujarat, is still the world's worst industrial disaster.",
  "2019-12-03", X, "bhopal-1984", "place", "Bhopal is in Madhya Pradesh.")

# ======================= Dam failures =======================
C("The Kakhovka dam on the Dnipro River was destroyed early on Tuesday, flooding swathes of Kherson region.",
  "2023-06-08", S, "kakhovka-2023", None, "Tuesday before 8 June 2023 = 6 June.", [("wd", "Tuesday", "eq")])
C("Eleven days after the dam was destroyed, Kyiv's interior ministry said 16 people had died and 31 were missing.",
  "2023-06-19", S, "kakhovka-2023-toll", None, "6 June + 11 = 17 June; 'Kyiv' = Ukrainian government.", [("after", "kakhovka-2023", 11, "eq")])
C("Ukraine's interior ministry said on Saturday that 61 people had died in the flooding.",
  "2023-06-19", X, "kakhovka-2023-toll", "count", "Date right (17 June), count wrong: 16.", [("wd", "Saturday", "eq")])
C("The flooding after the Kakhovka dam collapse killed 16 people.",
  "2023-07-10", M, "kakhovka-2023-toll", "count", "16 was an interim count for Ukrainian-held areas only; overall toll unreconciled (main row left empty). Scope caveat -> misleading.")
C("A saddle dam at the Xe-Pian Xe-Namnoy hydropower project in Attapeu province, Laos, collapsed on Monday evening.",
  "2018-07-25", S, "xe-pian-2018", None, "Monday before 25 July 2018 = 23 July.", [("wd", "Monday", "eq")])
C("Nine days after the collapse, Lao officials put the toll at 13 dead and 181 missing.",
  "2018-08-05", X, "xe-pian-2018-interim-toll", "count", "Date right (23 July + 9 = 1 Aug); missing = 118, transposed.", [("after", "xe-pian-2018", 9, "eq")])
C("On Wednesday the Lao army said 13 people were confirmed dead and 118 were still missing.",
  "2018-08-03", S, "xe-pian-2018-interim-toll", None, "Wednesday before 3 Aug 2018 = 1 Aug.", [("wd", "Wednesday", "eq")])
C("The Xe-Pian Xe-Namnoy collapse ultimately killed 71 people.",
  "2019-07-23", U, "xe-pian-2018", None, "Final toll left empty.")
C("The Vajont disaster of October 9, 1963, when a landslide sent a wave over the dam, destroyed Longarone.",
  "2013-10-09", S, "vajont-1963", None, "")
C("Nearly 2,000 people died in the Vajont disaster.",
  "2013-10-09", U, "vajont-1963", None, "deaths left empty (1,917 vs 1,900-2,500).")
C("The Vajont dam burst in 1963, sending its reservoir into the Piave valley.",
  "2013-10-10", X, "vajont-1963", "event", "Event wrong: the dam did not burst; a landslide-generated wave overtopped it.")
C("About 188,000 people were ordered to evacuate below Oroville Dam in Northern California on Sunday after its emergency spillway eroded.",
  "2017-02-14", S, "oroville-2017", None, "Sunday before 14 Feb 2017 = 12 Feb.", [("wd", "Sunday", "eq")])
C("Nearly 118,000 people were evacuated below Oroville Dam on Feb. 12.",
  "2017-02-20", X, "oroville-2017", "count", "188,000.")
C("The Oroville Dam collapsed on February 12, 2017, forcing mass evacuations in Oroville, California.",
  "2017-03-01", X, "oroville-2017", "event", "The dam did not fail; the emergency spillway eroded and failure was feared.")

# ======================= Pandemic milestones =======================
C("Britain on Wednesday became the first country to approve the Pfizer-BioNTech Covid-19 vaccine.",
  "2020-12-04", S, "uk-pfizer-approval", None, "Wednesday before 4 Dec 2020 = 2 Dec.", [("wd", "Wednesday", "eq")])
C("Britain's medicines regulator approved the Pfizer-BioNTech vaccine on December 8, 2020.",
  "2021-01-10", X, "uk-pfizer-approval", "date", "Phase confusion: 8 Dec was the first vaccination; approval 2 Dec.")
C("Margaret Keenan, 90, became the first person to get the Pfizer shot outside a trial, at University Hospital Coventry on Tuesday.",
  "2020-12-10", S, "uk-first-vaccination", None, "Tuesday before 10 Dec 2020 = 8 Dec.", [("wd", "Tuesday", "eq")])
C("Six days after the British approval, the first vaccine dose was given in Coventry, England.",
  "2020-12-15", S, "uk-first-vaccination", None, "2 Dec + 6 = 8 Dec.", [("after", "uk-pfizer-approval", 6, "eq")])
C("Washington's drug regulator authorized the Pfizer-BioNTech vaccine for emergency use on Friday.",
  "2020-12-14", S, "us-pfizer-eua", None, "Friday before 14 Dec 2020 = 11 Dec; 'Washington' = US government.", [("wd", "Friday", "eq")])
C("The FDA granted the Pfizer-BioNTech vaccine full approval on December 11, 2020.",
  "2021-01-05", X, "us-comirnaty-approval", "date", "Phase confusion: 11 Dec 2020 was the EUA; full approval 23 Aug 2021.")
C("The FDA granted full approval to Pfizer's vaccine, to be marketed as Comirnaty, last month.",
  "2021-09-10", S, "us-comirnaty-approval", None, "Last month = August 2021.", [("lastmonth", "eq")])
C("Prime Minister Narendra Modi on Tuesday ordered a 21-day nationwide lockdown for India's 1.3 billion people.",
  "2020-03-26", S, "in-lockdown-announced", None, "Tuesday before 26 Mar 2020 = 24 Mar.", [("wd", "Tuesday", "eq")])
C("India's nationwide lockdown took effect on March 25.",
  "2020-04-01", S, "in-lockdown-begins", None, "")
C("Modi announced the national lockdown on March 22.",
  "2020-04-01", X, "in-lockdown-announced", "date", "24 March (22 March was the 'Janata curfew').")
C("India's lockdown was initially set to last 14 days.",
  "2020-03-30", X, "in-lockdown-announced", "count", "21 days (duration_days).")
C("Wuhan, a city of 11 million, halted buses, subways and outbound flights and trains from 10 a.m. on Thursday.",
  "2020-01-25", S, "wuhan-lockdown", None, "Thursday before 25 Jan 2020 = 23 Jan.", [("wd", "Thursday", "eq")])
C("Beijing sealed off Wuhan on January 13.",
  "2020-02-01", X, "wuhan-lockdown", "date", "23 January.")
C("Wuhan's lockdown was lifted on April 8 after 76 days.",
  "2020-04-09", U, "wuhan-lockdown", None, "The lifting is not recorded in the table; true in reality.")
C("Italy's prime minister Giuseppe Conte announced on Monday that the whole country would be placed under lockdown.",
  "2020-03-11", S, "it-lockdown-announced", None, "Monday before 11 Mar 2020 = 9 Mar.", [("wd", "Monday", "eq")])
C("Italy's nationwide restrictions took effect on March 8.",
  "2020-03-20", X, "it-lockdown-effect", "date", "10 March (8 March was the Lombardy decree).")
C("Italy's nationwide lockdown came into force the day after Conte's announcement.",
  "2020-03-12", S, "it-lockdown-effect", None, "9 Mar + 1 = 10 Mar.", [("after", "it-lockdown-announced", 1, "eq")])
C("Prime Minister Mario Draghi announced Italy's first nationwide lockdown on March 9, 2020.",
  "2021-03-09", X, "it-lockdown-announced", "actor", "Giuseppe Conte.")

# ======================= Court rulings =======================
C("The US Supreme Court overturned Roe v. Wade on Friday in Dobbs v. Jackson Women's Health Organization.",
  "2022-06-27", S, "dobbs-2022", None, "Friday before 27 June 2022 = 24 June.", [("wd", "Friday", "eq")])
C("The Supreme Court overturned Roe v. Wade in a decision issued on June 24, 2021.",
  "2022-07-01", X, "dobbs-2022", "date", "2022.")
C("Justice Clarence Thomas wrote the majority opinion overturning Roe.",
  "2022-06-25", X, "dobbs-2022", "actor", "Samuel Alito wrote it; Thomas concurred.")
C("The Supreme Court voted 6-3 to overturn Roe v. Wade.",
  "2022-06-25", M, "dobbs-2022", "count", "6-3 was the vote upholding the Mississippi law; overruling Roe was 5-4 (Roberts concurred only in the judgment). Widely reported; partly right -> misleading.")
C("The Supreme Court's June 26, 2015 ruling in Obergefell v. Hodges legalised same-sex marriage nationwide by a 5-4 vote.",
  "2016-06-26", S, "obergefell-2015", None, "")
C("India's Supreme Court decriminalised gay sex on Thursday, striking down part of Section 377.",
  "2018-09-08", S, "navtej-johar-2018", None, "Thursday before 8 Sep 2018 = 6 Sep.", [("wd", "Thursday", "eq")])
C("The Delhi High Court struck down Section 377 on September 6, 2018.",
  "2018-09-20", X, "navtej-johar-2018", "actor", "Supreme Court of India (the Delhi High Court ruled in 2009, not a row).")
C("The International Court of Justice in The Hague ordered Israel last month to take all measures within its power to prevent acts of genocide in Gaza.",
  "2024-02-15", S, "icj-sa-israel-2024", None, "Last month = January 2024.", [("lastmonth", "eq")])
C("The ICJ issued its provisional measures order in South Africa's case against Israel on January 12, 2024.",
  "2024-02-01", X, "icj-sa-israel-2024", "date", "Phase confusion: 12 Jan was the end of hearings; order 26 Jan.")

# ======================= Cyberattacks =======================
C("The WannaCry ransomware began spreading on Friday, crippling computers at Britain's NHS.",
  "2017-05-15", S, "wannacry-2017", None, "Friday before 15 May 2017 = 12 May.", [("wd", "Friday", "eq")])
C("WannaCry infected more than 200,000 computers in 150 countries.",
  "2017-05-20", U, "wannacry-2017", None, "Infection count left empty (sources disagree).")
C("Colonial Pipeline shut down its 5,500-mile system on Friday after a ransomware attack.",
  "2021-05-10", S, "colonial-pipeline-attack", None, "Friday before 10 May 2021 = 7 May.", [("wd", "Friday", "eq")])
C("Colonial Pipeline paid a $5.4 million ransom to DarkSide.",
  "2021-05-20", X, "colonial-pipeline-attack", "count", "$4.4 million.")
C("The Colonial Pipeline attack was carried out by the REvil ransomware gang.",
  "2021-05-15", X, "colonial-pipeline-attack", "actor", "DarkSide.")
C("Colonial restarted pipeline operations on Wednesday, five days after the attack.",
  "2021-05-14", S, "colonial-pipeline-restart", None, "Wednesday before 14 May 2021 = 12 May; 7 May + 5 = 12 May.", [("wd", "Wednesday", "eq"), ("after", "colonial-pipeline-attack", 5, "eq")])
C("Colonial Pipeline resumed operations on May 17.",
  "2021-05-20", X, "colonial-pipeline-restart", "date", "Restart 12 May; 17 May was the return to full capacity (notes only).")
C("The Justice Department said on Monday it had seized 63.7 bitcoin, worth about $2.3 million, of the ransom.",
  "2021-06-09", S, "colonial-pipeline-recovery", None, "Monday before 9 June 2021 = 7 June.", [("wd", "Monday", "eq")])
C("US officials recovered about $3.2 million of the Colonial ransom.",
  "2021-06-08", X, "colonial-pipeline-recovery", "count", "$2.3 million (digits swapped).")
C("Colonial Pipeline carries about 45 percent of the fuel consumed on the US East Coast.",
  "2021-05-10", U, "colonial-pipeline-attack", None, "Not in the table (true per one cited report).")

# ======================= Assassinations =======================
C("Haitian President Jovenel Moïse was shot dead at his home in Pétion-Ville early on Wednesday.",
  "2021-07-09", S, "moise-2021", None, "Wednesday before 9 July 2021 = 7 July.", [("wd", "Wednesday", "eq")])
C("Moïse and his wife Martine were both killed in the attack on their residence.",
  "2021-07-07", X, "moise-2021", "count", "deaths 1, injuries 1: the First Lady survived (early reports were wrong).")
C("Benazir Bhutto was assassinated after a rally at Liaquat Bagh in Rawalpindi on December 27, 2007.",
  "2017-12-27", S, "bhutto-2007", None, "")
C("Benazir Bhutto was killed after a campaign rally in Karachi.",
  "2008-01-05", X, "bhutto-2007", "place", "Rawalpindi.")
C("The suicide bombing that killed Bhutto also killed 23 other people.",
  "2008-01-05", U, "bhutto-2007", None, "deaths left empty (20-24).")
C("Ecuadorian presidential candidate Fernando Villavicencio was shot dead leaving a rally in Quito on Wednesday.",
  "2023-08-11", S, "villavicencio-2023", None, "Wednesday before 11 Aug 2023 = 9 Aug.", [("wd", "Wednesday", "eq")])
C("Villavicencio was gunned down in the port city of Guayaquil.",
  "2023-08-10", X, "villavicencio-2023", "place", "Quito.")
C("Villavicencio was killed ten days before the August 20 first-round vote.",
  "2023-08-15", X, "villavicencio-2023", "date", "20 Aug - 10 days = 10 Aug; he was killed on 9 Aug (eleven days before).")
C("Slovak Prime Minister Robert Fico was shot and wounded in Handlová on Wednesday after a government meeting.",
  "2024-05-17", S, "fico-2024", None, "Wednesday before 17 May 2024 = 15 May.", [("wd", "Wednesday", "eq")])
C("Slovakia's prime minister Robert Fico was shot dead in Handlová.",
  "2024-05-16", X, "fico-2024", "count", "deaths 0: he survived.")
C("The attack on Fico caused no casualties.",
  "2024-05-16", M, "fico-2024", "count", "No one died (deaths 0) but Fico himself was critically wounded (injuries 1); as the devset's 'no casualties' case -> misleading.")

# ======================= Sanctions and trade =======================
C("President Donald Trump on Thursday signed proclamations imposing tariffs of 25 percent on steel and 10 percent on aluminum.",
  "2018-03-10", S, "us-steel-tariffs-signed", None, "Thursday before 10 Mar 2018 = 8 Mar.", [("wd", "Thursday", "eq")])
C("Trump signed a 35 percent tariff on steel imports on March 8.",
  "2018-03-12", X, "us-steel-tariffs-signed", "count", "25%.")
C("The tariffs will take effect on March 23.",
  "2018-03-09", S, "us-steel-tariffs-effect", None, "Future-tense schedule stating the date; matches.")
C("The steel and aluminum tariffs took effect on March 23, fifteen days after Trump signed them.",
  "2018-04-01", S, "us-steel-tariffs-effect", None, "8 Mar + 15 = 23 Mar.", [("after", "us-steel-tariffs-signed", 15, "eq")])
C("Washington's tariffs on steel and aluminum took effect on March 8, 2018.",
  "2018-06-01", X, "us-steel-tariffs-effect", "date", "Phase confusion: signing (8 Mar) vs taking effect (23 Mar).")
C("Brussels on Wednesday cut seven Russian banks, including VTB, off from SWIFT.",
  "2022-03-04", S, "eu-swift-decision", None, "'Brussels' = EU; Wednesday before 4 Mar 2022 = 2 Mar.", [("wd", "Wednesday", "eq")])
C("The EU's SWIFT ban on seven Russian banks will take effect on March 22.",
  "2022-03-03", X, "eu-swift-effect", "date", "Future-tense with wrong date: 12 March.")
C("The EU removed Sberbank and VTB from SWIFT.",
  "2022-03-03", X, "eu-swift-decision", "actor", "Sberbank was left connected.")

# ======================= Famine declarations =======================
C("The United Nations on Wednesday declared famine in two regions of southern Somalia, southern Bakool and Lower Shabelle.",
  "2011-07-22", S, "somalia-famine-2011", None, "Wednesday before 22 July 2011 = 20 July.", [("wd", "Wednesday", "eq")])
C("The UN declared famine in Somalia's Gedo and Bay regions in July 2011.",
  "2011-08-01", X, "somalia-famine-2011", "place", "Southern Bakool and Lower Shabelle.")
C("Kenya declared a national famine in July 2011.",
  "2011-08-01", U, None, None, "Not in the table; also false in reality.")
C("Famine was declared in parts of South Sudan's Unity state on Monday, with more than 100,000 people affected.",
  "2017-02-22", S, "south-sudan-famine-2017", None, "Monday before 22 Feb 2017 = 20 Feb.", [("wd", "Monday", "eq")])
C("The famine declared in South Sudan in February 2017 affected 1 million people in Unity state.",
  "2017-03-01", X, "south-sudan-famine-2017", "count", "100,000 in famine; 1 million more on the brink.")

# ======================= Chibok kidnapping =======================
C("Boko Haram abducted 276 schoolgirls from the Government Girls Secondary School in Chibok, Borno State, in April 2014.",
  "2015-04-14", S, "chibok-2014", None, "")
C("Boko Haram kidnapped 267 girls from a school in Chibok.",
  "2014-05-05", X, "chibok-2014", "count", "276 (transposed).")
C("Twenty-one of the Chibok girls were freed in October 2016 after talks brokered by the Red Cross and Switzerland.",
  "2016-10-20", S, "chibok-2016-release", None, "")
C("Eighty-two more Chibok schoolgirls were released on Saturday.",
  "2017-05-08", S, "chibok-2017-release", None, "Saturday before 8 May 2017 = 6 May.", [("wd", "Saturday", "eq")])
C("A second group of 82 Chibok girls was freed in May 2016.",
  "2017-06-01", X, "chibok-2017-release", "date", "May 2017.")

# ======================= Heatwaves =======================
C("Lytton, British Columbia, set Canada's all-time heat record of 49.6C on Tuesday.",
  "2021-07-02", S, "lytton-2021", None, "Tuesday before 2 July 2021 = 29 June.", [("wd", "Tuesday", "eq")])
C("Lytton's 49.6C reading on June 29 broke the all-time record in Alberta.",
  "2021-07-05", X, "lytton-2021", "place", "British Columbia.")
C("Canada's record high of 46.9C was set in Lytton last week.",
  "2021-07-05", X, "lytton-2021", "count", "49.6 C; 46.6 and 47.9 were the interim records of 27-28 June. 'last week' (28 Jun - 4 Jul) includes 29 June.", [("lastweek", "eq")])
C("A wildfire destroyed most of Lytton the day after the record was set.",
  "2021-07-02", U, "lytton-2021", None, "The fire is not recorded in the table (true in reality, 30 June 2021).")
C("French authorities counted roughly 14,800 excess deaths in the August 2003 heatwave.",
  "2003-09-30", S, "france-heatwave-2003", None, "'French' demonym; checked to the month.")
C("The August 2003 heatwave caused about 4,800 excess deaths in France.",
  "2004-08-01", X, "france-heatwave-2003", "count", "14,800.")

# ======================= other unverifiable =======================
C("Kanjuruhan Stadium had issued 42,000 tickets for a venue built for 38,000.",
  "2022-10-03", U, "kanjuruhan-2022", None, "Capacity/ticket figures are not in the table (true per sources).")
C("Official investigators put the direct losses from the Tianjin blasts at 6.87 billion yuan.",
  "2016-02-06", U, "tianjin-2015", None, "Loss figure not in the table.")
C("The Heysel disaster led UEFA to ban English clubs from European competition.",
  "2015-05-29", U, "heysel-1985", None, "Not in the table (true in reality).")

# ======================= not checkable =======================
for text, ad in [
    ("Modi's third term will be his most difficult yet.", "2024-06-10"),
    ("Sheinbaum must make security her first priority.", "2024-10-02"),
    ("Indonesia's democracy deserves better than a political dynasty.", "2024-10-21"),
    ("The government of national unity is South Africa's best hope.", "2024-06-20"),
    ("Scholz's three-party coalition is doomed to collapse before the next election.", "2021-12-09"),
    ("Football authorities should ban tear gas in stadiums worldwide.", "2022-10-05"),
    ("Nobody who watched Hillsborough unfold will ever forget it.", "2019-04-15"),
    ("Regulators must close every fertilizer depot near a school.", "2013-04-20"),
    ("Dams like Kakhovka should never be targeted in war.", "2023-06-07"),
    ("Vaccinating the oldest people first was the right call.", "2020-12-09"),
    ("Lockdowns will be remembered as the defining policy of the decade.", "2020-04-15"),
    ("Dobbs is the worst decision the Court has made in a generation.", "2022-06-25"),
    ("Every company should prepare now for an attack like the one on Colonial Pipeline.", "2021-05-13"),
    ("Haiti will not find stability until Moïse's killers are brought to justice.", "2021-07-10"),
    ("Steel tariffs will hurt American consumers more than foreign producers.", "2018-03-09"),
    ("The world must act now to prevent the next famine in the Horn of Africa.", "2011-07-21"),
]:
    C(text, ad, N, None, None, "Opinion, prediction or call to act.")
