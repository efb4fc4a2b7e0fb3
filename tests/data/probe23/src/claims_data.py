"""News-style claims for probe23.

Each tuple: (text, article_date, expected_verdict, fact_id, wrong_field, notes)

Machine-readable tokens inside notes (read by ../check.py):
  rel:"<phrase>"=<spec>[@<fact_id>]   a relative date in the text and how it resolves.
      spec: weekday:<Name> | yesterday | days_ago:N | last_week | last_month |
            this_month | last_year | after:<fact_id>:N | before:<fact_id>:N
      The resolved date/range is compared with the date of <fact_id> after '@'
      (default: the claim's own fact_id).
  [nodate]   skip the absolute-date scan for this claim (it mentions dates of
             other events on purpose).
"""

S, C, M, U, N = "supported", "contradicted", "misleading", "unverifiable", "not_checkable"

CLAIMS = [
    # ---------------------------------------------------------------- CrowdStrike
    ("A faulty CrowdStrike software update crashed Windows computers around the world on Friday, grounding flights and knocking broadcasters off air.",
     "2024-07-21", S, "crowdstrike-outage-2024", None, 'rel:"on Friday"=weekday:Friday -> 2024-07-19'),
    ("Microsoft said on Saturday that about 8.5 million Windows devices had been hit by the CrowdStrike glitch.",
     "2024-07-22", S, "crowdstrike-estimate-2024", None, 'rel:"on Saturday"=weekday:Saturday -> 2024-07-20'),
    ("Microsoft estimated that 85 million Windows machines were knocked out by the faulty CrowdStrike update.",
     "2024-07-23", C, "crowdstrike-estimate-2024", "count", "85 million vs 8.5 million (decimal slip)"),
    ("The worldwide IT meltdown that began on Friday, when CrowdStrike pushed a bad update to its Falcon sensor, is still being felt by airlines.",
     "2024-07-30", C, "crowdstrike-outage-2024", "date", 'rel:"on Friday"=weekday:Friday -> 2024-07-26, but the outage was 2024-07-19 (a week earlier)'),
    ("The July 19 outage was traced to a defective update issued by cybersecurity firm Palo Alto Networks.",
     "2024-07-25", C, "crowdstrike-outage-2024", "actor", "vendor was CrowdStrike"),
    ("Delta Air Lines cancelled about 7,000 flights in the days after the CrowdStrike outage.",
     "2024-08-05", U, None, None, "related to crowdstrike-outage-2024 but airline cancellations are not in the table (roughly true in reality)"),
    ("CrowdStrike chief executive George Kurtz resigned a week after the global outage.",
     "2024-08-01", U, None, None, "no record of a resignation; false in reality (plausible-sounding)"),
    ("Companies should never again let a single security vendor push updates to every machine at once.",
     "2024-07-24", N, None, None, "opinion / recommendation"),

    # ---------------------------------------------------------------- Lac-Megantic
    ("The derailment early Saturday levelled much of downtown Lac-Mégantic, provincial police said.",
     "2013-07-08", S, "lac-megantic-2013", None, 'rel:"early Saturday"=weekday:Saturday -> 2013-07-06'),
    ("Seventy-four people died in the 2013 Lac-Mégantic rail disaster.",
     "2016-07-06", C, "lac-megantic-2013", "count", "transposed digits (47)"),
    ("A head-on collision between two passenger trains killed 47 people in Lac-Mégantic in 2013.",
     "2015-05-01", C, "lac-megantic-2013", "event", "it was a runaway unattended freight train that derailed and exploded"),
    ("The train's engineer, Tom Harding, was acquitted of criminal negligence by a Sherbrooke jury in January 2018.",
     "2018-01-25", U, None, None, "trial outcome not in the table (true in reality)"),

    # ---------------------------------------------------------------- Santiago de Compostela
    ("Eighty people died when an Alvia train derailed on a curve just outside Santiago de Compostela in July 2013.",
     "2014-07-24", S, "santiago-derailment-2013", None, "month precision"),
    ("The Madrid-to-Ferrol train left the tracks at Angrois on Wednesday evening, on the eve of the feast of St James.",
     "2013-07-26", S, "santiago-derailment-2013", None, 'rel:"on Wednesday evening"=weekday:Wednesday -> 2013-07-24'),
    ("The Santiago de Compostela train crash killed 144 people.",
     "2013-08-15", C, "santiago-derailment-2013", "count", "injuries (144) given as deaths (80)"),
    ("The driver was travelling at 179 km/h when he entered the 80 km/h curve, investigators said.",
     "2013-07-30", U, None, None, "speed is not recorded in the table"),

    # ---------------------------------------------------------------- Odisha
    ("Officials in Odisha on Sunday lowered the death toll from Friday's three-train crash to 275, saying some bodies had been counted twice.",
     "2023-06-05", S, "odisha-toll-revised-2023", None,
     'rel:"on Sunday"=weekday:Sunday -> 2023-06-04; rel:"Friday\'s"=weekday:Friday@odisha-collision-2023 -> 2023-06-02'),
    ("The Coromandel Express ploughed into a stationary goods train near Bahanaga Bazar station in Balasore district on June 2, 2023.",
     "2023-06-10", S, "odisha-collision-2023", None, ""),
    ("Authorities reinstated the toll of 288 on Tuesday after reconciling hospital and mortuary records.",
     "2023-06-07", S, "odisha-toll-reinstated-2023", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2023-06-06'),
    ("On Saturday the Odisha government revised the toll from the train collision down to 275.",
     "2023-06-05", C, "odisha-toll-revised-2023", "date", 'rel:"On Saturday"=weekday:Saturday -> 2023-06-03; revision was on Sunday 2023-06-04'),
    ("Odisha's chief secretary said on Sunday that the toll had been revised to 257.",
     "2023-06-05", C, "odisha-toll-revised-2023", "count", 'rel:"on Sunday"=weekday:Sunday -> 2023-06-04; 257 vs 275 (transposed)'),
    ("The three-train collision happened near Cuttack on the evening of June 2.",
     "2023-06-03", C, "odisha-collision-2023", "place", "Balasore district, not Cuttack"),
    ("The Balasore train crash killed 275 people, officials said.",
     "2023-07-15", M, "odisha-toll-revised-2023", "count", "outdated interim figure: reinstated to 288 on 6 June and later 296; published after the revision"),
    ("The Central Bureau of Investigation arrested three railway employees over the Balasore crash.",
     "2023-07-08", U, None, None, "arrests not in the table (true in reality, July 2023)"),
    ("Prime Minister Narendra Modi visited the crash site the day after the accident.",
     "2023-06-04", U, None, None, "visit not in the table (true in reality)"),

    # ---------------------------------------------------------------- Eschede
    ("The Munich–Hamburg express came off the rails at Eschede on Wednesday morning, killing more than 100 people.",
     "1998-06-05", S, "eschede-1998", None, 'rel:"on Wednesday morning"=weekday:Wednesday -> 1998-06-03; "more than 100" vs 101'),
    ("The 1998 ICE crash at Eschede, in Bavaria, remains Germany's worst post-war rail accident.",
     "2018-06-03", C, "eschede-1998", "place", "Eschede is in Lower Saxony"),
    ("Deutsche Bahn paid 30,000 marks in compensation for each person killed at Eschede.",
     "1999-06-01", U, None, None, "compensation not in the table"),

    # ---------------------------------------------------------------- Humboldt
    ("Sixteen people were killed and 13 injured when a semi-trailer collided with the Humboldt Broncos team bus near Armley, Saskatchewan.",
     "2018-04-12", S, "humboldt-bus-2018", None, ""),
    ("The crash happened on Friday at a rural intersection north of Tisdale, Sask.",
     "2018-04-08", S, "humboldt-bus-2018", None, 'rel:"on Friday"=weekday:Friday -> 2018-04-06'),
    ("The Swift Current Broncos' team bus was hit by a truck at a crossroads in Saskatchewan on April 6, 2018.",
     "2018-04-10", C, "humboldt-bus-2018", "actor", "it was the Humboldt Broncos' bus"),
    ("The Humboldt Broncos bus skidded off an icy highway and rolled into a ravine in April 2018.",
     "2018-05-01", C, "humboldt-bus-2018", "event", "it was a collision with a semi-trailer at an intersection"),
    ("Truck driver Jaskirat Singh Sidhu was sentenced to eight years in prison in March 2019.",
     "2019-03-23", U, None, None, "sentencing not in the table (true in reality)"),

    # ---------------------------------------------------------------- Copiapo
    ("Thirty-three miners were trapped when the San José mine near Copiapó collapsed on 5 August 2010.",
     "2010-08-07", S, "copiapo-collapse-2010", None, ""),
    ("Rescuers found all 33 men alive 17 days after the collapse, when a drill probe came back with a note.",
     "2010-08-23", S, "copiapo-found-2010", None, 'rel:"17 days after the collapse"=after:copiapo-collapse-2010:17 -> 2010-08-22'),
    ("The last of the 33, shift foreman Luis Urzúa, was hoisted to the surface on Wednesday night.",
     "2010-10-14", S, "copiapo-rescue-2010", None, 'rel:"on Wednesday night"=weekday:Wednesday -> 2010-10-13'),
    ("Chile's trapped miners were discovered alive on 13 October 2010.",
     "2011-08-05", C, "copiapo-found-2010", "date", "rescue-completion date given for the day they were found (22 Aug)"),
    ("The August 2010 collapse at the San José mine trapped 34 miners.",
     "2010-09-01", C, "copiapo-collapse-2010", "count", "33 miners"),
    ("The rescue of the Chilean miners cost an estimated $20 million.",
     "2010-10-20", U, None, None, "cost not in the table"),
    ("Chile's rescue should be the model for every mining nation.",
     "2010-10-15", N, None, None, "opinion"),

    # ---------------------------------------------------------------- Soma
    ("301 miners died after fire broke out in a coal mine in Soma, in Turkey's Manisa province, in May 2014.",
     "2015-05-13", S, "soma-mine-2014", None, ""),
    ("Turkey declared three days of national mourning on Wednesday, a day after Tuesday's mine disaster in Soma.",
     "2014-05-15", S, "soma-mourning-2014", None,
     'rel:"on Wednesday"=weekday:Wednesday -> 2014-05-14; rel:"a day after Tuesday\'s mine disaster"=after:soma-mine-2014:1 -> 2014-05-14; rel:"Tuesday\'s"=weekday:Tuesday@soma-mine-2014 -> 2014-05-13'),
    ("The May 2014 explosion at a coal mine in Zonguldak killed 301 miners.",
     "2014-05-20", C, "soma-mine-2014", "place", "Soma, Manisa; Zonguldak is a different coalfield"),
    ("The government declared three days of national mourning on 13 May 2014, the day of the Soma disaster.",
     "2014-05-20", C, "soma-mourning-2014", "date", "mourning declared on 14 May (disaster day given)"),
    ("A court in Akhisar convicted several mine executives over the Soma disaster in 2018.",
     "2018-07-12", U, None, None, "trial not in the table"),

    # ---------------------------------------------------------------- Armstrong
    ("USADA stripped Armstrong of his titles on Friday, after he said he would no longer fight the charges.",
     "2012-08-26", S, "armstrong-usada-2012", None, 'rel:"on Friday"=weekday:Friday -> 2012-08-24; his decision not to contest (23 Aug) is in the row notes'),
    ("The World Anti-Doping Agency banned Lance Armstrong for life in August 2012.",
     "2012-09-01", C, "armstrong-usada-2012", "actor", "USADA, not WADA"),
    ("Armstrong admitted doping in an interview with Oprah Winfrey broadcast in January 2013.",
     "2013-01-20", U, None, None, "not in the table (true in reality)"),

    # ---------------------------------------------------------------- ball tampering
    ("Cameron Bancroft, who was caught with sandpaper at Newlands, was given a nine-month ban on Wednesday.",
     "2018-03-29", S, "ball-tampering-bans-2018", None, 'rel:"on Wednesday"=weekday:Wednesday -> 2018-03-28'),
    ("Cricket Australia announced the ball-tampering bans on 28 April 2018.",
     "2018-05-05", C, "ball-tampering-bans-2018", "date", "March, not April"),
    ("Smith deserves a second chance to captain his country.",
     "2019-03-29", N, None, None, "opinion"),

    # ---------------------------------------------------------------- WADA Russia
    ("WADA's executive committee banned Russia from major sporting events for four years at a meeting in Lausanne on Monday.",
     "2019-12-10", S, "russia-wada-ban-2019", None, 'rel:"on Monday"=weekday:Monday -> 2019-12-09'),
    ("Meeting in Montreal, WADA's executive committee handed Russia a four-year ban in December 2019.",
     "2019-12-15", C, "russia-wada-ban-2019", "place", "meeting was in Lausanne (WADA's headquarters is in Montreal)"),
    ("The Court of Arbitration for Sport later halved Russia's ban to two years.",
     "2021-01-05", U, None, None, "CAS ruling not in the table (true in reality)"),

    # ---------------------------------------------------------------- Blatter / Platini
    ("FIFA's ethics committee banned Sepp Blatter and Michel Platini from football for eight years on Monday over a 2 million Swiss franc payment.",
     "2015-12-22", S, "blatter-platini-ban-2015", None, 'rel:"on Monday"=weekday:Monday -> 2015-12-21'),
    ("FIFA's ethics judges banned Sepp Blatter and Jérôme Valcke for eight years in December 2015.",
     "2016-01-10", C, "blatter-platini-ban-2015", "actor", "Michel Platini, not Valcke"),
    ("Blatter and Platini were acquitted of fraud by a Swiss criminal court in 2022.",
     "2022-07-09", U, None, None, "not in the table (true in reality)"),
    ("Fans must demand cleaner governance from football's rulers.",
     "2015-12-23", N, None, None, "call to act"),

    # ---------------------------------------------------------------- Truss
    ("Liz Truss announced her resignation outside Downing Street on Thursday, after just six weeks as prime minister.",
     "2022-10-21", S, "truss-resigns-2022", None, 'rel:"on Thursday"=weekday:Thursday -> 2022-10-20; six weeks ~ 44 days'),
    ("Truss left office on 25 October 2022, when Rishi Sunak became prime minister.",
     "2022-11-01", S, "truss-leaves-2022", None, ""),
    ("Truss announced on October 25 that she was stepping down as Conservative leader.",
     "2022-10-30", C, "truss-resigns-2022", "date", "announcement was 20 October; 25 October is when she left office"),
    ("Rishi Sunak took over from Liz Truss as prime minister on Thursday.",
     "2022-10-27", C, "truss-leaves-2022", "date", 'rel:"on Thursday"=weekday:Thursday -> 2022-10-20; handover was Tuesday 2022-10-25'),
    ("Liz Truss and Jacinda Ardern both announced their resignations in January 2023.",
     "2023-02-01", M, "truss-resigns-2022", "date", "true for Ardern (19 Jan 2023) but Truss announced hers on 20 Oct 2022"),
    ("Truss should never have been chosen by Conservative Party members.",
     "2022-10-21", N, None, None, "opinion"),

    # ---------------------------------------------------------------- Ardern
    ("New Zealand Prime Minister Jacinda Ardern announced her resignation at a Labour Party retreat in Napier on Thursday.",
     "2023-01-20", S, "ardern-resigns-2023", None, 'rel:"on Thursday"=weekday:Thursday -> 2023-01-19'),
    ("Jacinda Ardern announced her resignation in Wellington in January 2023.",
     "2023-02-10", C, "ardern-resigns-2023", "place", "Napier, not Wellington"),
    ("Chris Hipkins was sworn in as New Zealand's prime minister six days after Ardern's announcement.",
     "2023-01-26", U, None, None, "Hipkins' swearing-in (25 Jan) is not in the table"),
    ("Ardern will be remembered as one of New Zealand's greatest leaders.",
     "2023-01-20", N, None, None, "opinion / prediction"),

    # ---------------------------------------------------------------- Abe
    ("Shinzo Abe said on Friday he would step down as Japan's prime minister because his ulcerative colitis had returned.",
     "2020-08-29", S, "abe-resigns-2020", None, 'rel:"on Friday"=weekday:Friday -> 2020-08-28'),
    ("Abe announced his resignation in August 2019, citing ill health.",
     "2021-01-10", C, "abe-resigns-2020", "date", "August 2020"),
    ("Shinzo Abe and Sheikh Hasina both stepped down as prime minister in 2024.",
     "2024-09-01", M, "abe-resigns-2020", "date", "true for Hasina (5 Aug 2024); Abe resigned in 2020"),
    ("Yoshihide Suga was elected leader of the Liberal Democratic Party in September 2020.",
     "2020-09-20", U, None, None, "not in the table (true in reality)"),

    # ---------------------------------------------------------------- Hasina
    ("Bangladesh's prime minister Sheikh Hasina resigned and fled the country on Monday, army chief Waker-uz-Zaman said.",
     "2024-08-06", S, "hasina-resigns-2024", None, 'rel:"on Monday"=weekday:Monday -> 2024-08-05'),
    ("Hasina had resigned and left for India, the army chief, General Aziz Ahmed, announced on national television.",
     "2024-08-06", C, "hasina-resigns-2024", "actor", "army chief was Waker-uz-Zaman (Aziz Ahmed was a former chief)"),
    ("Muhammad Yunus was sworn in as head of an interim government three days after Hasina fled.",
     "2024-08-09", U, None, None, "not in the table (true in reality: 8 Aug 2024)"),

    # ---------------------------------------------------------------- Altman
    ("OpenAI's board fired chief executive Sam Altman on Friday and named chief technology officer Mira Murati interim CEO.",
     "2023-11-19", S, "altman-fired-2023", None, 'rel:"on Friday"=weekday:Friday -> 2023-11-17'),
    ("Sam Altman was ousted by OpenAI's board on Friday, sending shockwaves through Silicon Valley.",
     "2023-11-27", C, "altman-fired-2023", "date", 'rel:"on Friday"=weekday:Friday -> 2023-11-24; firing was 2023-11-17'),
    ("After firing Altman, OpenAI named its president Greg Brockman as interim chief executive.",
     "2023-11-18", C, "altman-fired-2023", "actor", "Mira Murati was named interim CEO; Brockman quit"),
    ("Microsoft offered to hire Altman to lead a new advanced AI research team.",
     "2023-11-20", U, None, None, "not in the table (true in reality)"),
    ("OpenAI's unusual board structure is unfit for a company of its importance.",
     "2023-11-21", N, None, None, "opinion"),

    # ---------------------------------------------------------------- SNB
    ("Thursday's surprise decision by the SNB to abandon the franc's floor against the euro sent the currency soaring.",
     "2015-01-17", S, "snb-floor-2015", None, 'rel:"Thursday\'s"=weekday:Thursday -> 2015-01-15'),
    ("The European Central Bank abandoned the 1.20 franc-per-euro floor in January 2015.",
     "2015-02-01", C, "snb-floor-2015", "actor", "Swiss National Bank, not the ECB"),
    ("The franc jumped almost 30% against the euro within minutes of the announcement.",
     "2015-01-16", U, None, None, "market move not in the table"),

    # ---------------------------------------------------------------- Fed
    ("In an emergency move on Sunday, the Federal Reserve cut its benchmark rate by a full percentage point to a range of 0 to 0.25%.",
     "2020-03-16", S, "fed-emergency-cut-2020", None, 'rel:"on Sunday"=weekday:Sunday -> 2020-03-15'),
    ("The Fed cut rates by half a percentage point to near zero on March 15, 2020.",
     "2020-04-01", C, "fed-emergency-cut-2020", "count", "1 percentage point (100 bp), not 50 bp"),
    ("The Federal Reserve raised interest rates by three-quarters of a percentage point on June 15, 2022, its biggest increase since 1994.",
     "2022-06-16", S, "fed-75bp-2022", None, ""),
    ("Jerome Powell's Fed lifted its target range to 1.5%-1.75% last week.",
     "2022-06-21", S, "fed-75bp-2022", None, 'rel:"last week"=last_week -> 2022-06-13..2022-06-19'),
    ("The Fed raised its key rate by half a point on Wednesday.",
     "2022-06-16", C, "fed-75bp-2022", "count", 'rel:"on Wednesday"=weekday:Wednesday -> 2022-06-15; 75 bp not 50'),
    ("Central banks must do more to protect savers from inflation.",
     "2022-06-20", N, None, None, "call to act / opinion"),

    # ---------------------------------------------------------------- BoJ
    ("The Bank of Japan ended its negative interest rate policy on Tuesday, lifting its short-term rate to a range of 0 to 0.1%.",
     "2024-03-20", S, "boj-ends-negative-2024", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2024-03-19'),
    ("The BoJ's first rate rise in 17 years came in April 2024.",
     "2024-05-01", C, "boj-ends-negative-2024", "date", "March 2024"),
    ("The Bank of England cut its base rate to 0.5% on 5 March 2009.",
     "2009-03-06", U, None, None, "not in the table (true in reality)"),

    # ---------------------------------------------------------------- Challenger
    ("Space shuttle Challenger broke apart 73 seconds after lift-off from Kennedy Space Center on January 28, 1986, killing all seven astronauts aboard.",
     "1986-02-01", S, "challenger-1986", None, ""),
    ("Challenger had lifted off from Vandenberg Air Force Base in California.",
     "1986-02-05", C, "challenger-1986", "place", "Kennedy Space Center, Florida"),
    ("The Rogers Commission blamed the failure of an O-ring seal in the right solid rocket booster.",
     "1986-06-10", U, None, None, "commission findings not in the table"),

    # ---------------------------------------------------------------- Ariane 501
    ("Europe's first Ariane 5 rocket self-destructed about 37 seconds after lift-off from Kourou, French Guiana, on 4 June 1996.",
     "1996-06-05", S, "ariane5-501-1996", None, ""),
    ("The first Ariane 5 exploded on the launch pad during fuelling in 1996.",
     "1998-01-01", C, "ariane5-501-1996", "event", "it lifted off and self-destructed about 37 s into flight"),
    ("The failed launch cost about $370 million.",
     "1996-06-20", U, None, None, "cost not in the table"),

    # ---------------------------------------------------------------- Starship
    ("SpaceX's Starship blew up minutes after lifting off from Boca Chica, Texas, on Thursday in its first integrated test flight.",
     "2023-04-21", S, "starship-ift1-2023", None, 'rel:"on Thursday"=weekday:Thursday -> 2023-04-20'),
    ("Starship's first full test flight, launched from Cape Canaveral, Florida, ended in an explosion.",
     "2023-04-25", C, "starship-ift1-2023", "place", "Starbase, Boca Chica, Texas"),
    ("Starship will land people on Mars before 2030.",
     "2023-04-21", N, None, None, "prediction"),

    # ---------------------------------------------------------------- EU sanctions
    ("The EU adopted its 12th package of sanctions against Russia, including a ban on Russian diamonds, on Monday.",
     "2023-12-19", S, "eu-12th-sanctions-2023", None, 'rel:"on Monday"=weekday:Monday -> 2023-12-18'),
    ("The EU's twelfth sanctions package against Moscow was adopted in November 2023.",
     "2024-01-15", C, "eu-12th-sanctions-2023", "date", "December 2023"),
    ("The EU adopted a 14th sanctions package in June 2024 targeting Russian liquefied natural gas.",
     "2024-06-25", U, None, None, "14th package not in the table (true in reality)"),
    ("Sanctions will never change the Kremlin's behaviour.",
     "2023-12-20", N, None, None, "opinion / prediction"),

    # ---------------------------------------------------------------- 1998 embassy bombings
    ("Truck bombs exploded almost simultaneously at the US embassies in Nairobi and Dar es Salaam on 7 August 1998, killing 224 people.",
     "1998-08-20", S, "embassy-bombings-1998", None, ""),
    ("The 1998 attacks on the US embassies in Kenya and Tanzania killed 242 people.",
     "2008-08-07", C, "embassy-bombings-1998", "count", "224 (transposed)"),
    ("Bombs hit the US embassies in Nairobi and Kampala in August 1998.",
     "1999-08-07", C, "embassy-bombings-1998", "place", "Dar es Salaam, not Kampala"),
    ("Four men were convicted in a New York federal court in 2001 over the embassy bombings.",
     "2001-06-01", U, None, None, "trial not in the table (true in reality)"),

    # ---------------------------------------------------------------- Benghazi
    ("US Ambassador J. Christopher Stevens and three other Americans were killed in an attack on the US compound in Benghazi on September 11, 2012.",
     "2012-09-20", S, "benghazi-2012", None, ""),
    ("Ambassador Chris Stevens was killed when militants stormed the US consulate in Tripoli in September 2012.",
     "2012-10-10", C, "benghazi-2012", "place", "Benghazi"),

    # ---------------------------------------------------------------- Beirut 1983
    ("A suicide car bomb destroyed the US embassy in Beirut on April 18, 1983, killing 63 people.",
     "1983-04-25", S, "beirut-embassy-1983", None, ""),
    ("The bombing of the US embassy in Beirut on 18 October 1983 killed 63 people.",
     "1984-04-18", C, "beirut-embassy-1983", "date", "April, not October (confusion with the October barracks bombing)"),
    ("Six months later, a truck bomb killed 241 US service members at the Marine barracks in Beirut.",
     "1983-11-01", U, None, None, "barracks bombing not in the table (true in reality)"),

    # ---------------------------------------------------------------- Quito raid
    ("Ecuadorian police stormed the Mexican embassy in Quito on Friday night and arrested former vice-president Jorge Glas.",
     "2024-04-06", S, "quito-embassy-raid-2024", None, 'rel:"on Friday night"=weekday:Friday -> 2024-04-05'),
    ("Ecuadorian police raided the Mexican embassy and arrested former president Rafael Correa.",
     "2024-04-07", C, "quito-embassy-raid-2024", "actor", "Jorge Glas (former vice-president) was arrested"),
    ("The raid was an unacceptable violation of international law.",
     "2024-04-07", N, None, None, "normative opinion"),

    # ---------------------------------------------------------------- Carandiru
    ("São Paulo military police killed 111 inmates when they stormed Carandiru prison on 2 October 1992.",
     "2012-10-02", S, "carandiru-1992", None, ""),
    ("Police killed 102 inmates in the 1992 Carandiru massacre.",
     "2002-10-02", C, "carandiru-1992", "count", "111"),
    ("111 prisoners died in a riot at Carandiru prison in 1992.",
     "2017-01-10", M, "carandiru-1992", "actor", "count and year right, but omits that the 111 were killed by military police, not in the riot itself"),
    ("In 2013, 23 police officers were convicted for their role in the Carandiru killings.",
     "2013-04-22", U, None, None, "convictions not in the table"),
    ("Prison conditions in Brazil remain a stain on the nation.",
     "2017-01-10", N, None, None, "opinion"),

    # ---------------------------------------------------------------- Strangeways
    ("The Strangeways riot began in the prison chapel in Manchester on 1 April 1990.",
     "1990-04-03", S, "strangeways-start-1990", None, ""),
    ("The siege ended on 25 April, when the last five prisoners came down from the roof.",
     "1990-04-26", S, "strangeways-end-1990", None, "date without year -> article year 1990"),
    ("The Strangeways riot began on 25 April 1990.",
     "2000-04-01", C, "strangeways-start-1990", "date", "end date given for the start (1 April)"),
    ("Only one man died in the Strangeways riot, and hardly anyone was hurt.",
     "1990-05-01", M, "strangeways-start-1990", "count", "one death is right but 194 people (147 officers, 47 prisoners) were injured"),

    # ---------------------------------------------------------------- TWA 847
    ("TWA Flight 847 was hijacked shortly after leaving Athens on 14 June 1985.",
     "1985-06-20", S, "twa847-1985", None, ""),
    ("The TWA 847 hijackers belonged to the Abu Nidal Organization.",
     "1985-06-25", C, "twa847-1985", "actor", "Hezbollah"),
    ("Mohammed Ali Hammadi was arrested in Frankfurt in 1987.",
     "1987-01-20", U, None, None, "arrest not in the table"),

    # ---------------------------------------------------------------- IC 814
    ("Indian Airlines Flight IC 814 was hijacked on 24 December 1999 shortly after taking off from Kathmandu.",
     "1999-12-26", S, "ic814-hijack-1999", None, ""),
    ("The hostages were freed in Kandahar on 31 December 1999 after India released three militants, including Masood Azhar.",
     "2000-01-02", S, "ic814-end-1999", None, ""),
    ("The ordeal ended seven days after the hijacking, on New Year's Eve.",
     "2000-01-05", S, "ic814-end-1999", None, 'rel:"seven days after the hijacking"=after:ic814-hijack-1999:7 -> 1999-12-31'),
    ("The IC 814 hijacking ended at Kandahar on 24 December 1999.",
     "2009-12-24", C, "ic814-end-1999", "date", "start date given for the end (31 Dec)"),
    ("Two passengers were killed during the IC 814 hijacking.",
     "2000-02-01", C, "ic814-hijack-1999", "count", "one (Rupin Katyal)"),
    ("The government should never have met the hijackers' demands.",
     "2000-01-03", N, None, None, "opinion"),

    # ---------------------------------------------------------------- Southwest 1380
    ("A Southwest Airlines jet made an emergency landing in Philadelphia on Tuesday after an engine failure shattered a window, killing one passenger.",
     "2018-04-18", S, "southwest1380-2018", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2018-04-17'),
    ("The Southwest jet made an emergency landing in Pittsburgh after one of its engines failed.",
     "2018-04-18", C, "southwest1380-2018", "place", "Philadelphia"),
    ("The only casualty of Southwest Flight 1380 was passenger Jennifer Riordan.",
     "2018-04-25", M, "southwest1380-2018", "count", "she was the only death, but eight others had minor injuries"),
    ("It was the most heroic landing in modern aviation.",
     "2018-04-19", N, None, None, "opinion"),

    # ---------------------------------------------------------------- Alaska 1282
    ("A door plug blew out of an Alaska Airlines Boeing 737 Max 9 shortly after take-off from Portland, Oregon, on Friday evening; no one was killed.",
     "2024-01-07", S, "alaska1282-2024", None, 'rel:"on Friday evening"=weekday:Friday -> 2024-01-05'),
    ("The FAA grounded 171 Boeing 737 Max 9 jets after the blowout.",
     "2024-01-07", U, None, None, "grounding not in the table (true in reality)"),
    ("Boeing agreed to pay Alaska Airlines $160 million in compensation.",
     "2024-04-30", U, None, None, "compensation not in the table"),

    # ---------------------------------------------------------------- Oso
    ("The March 2014 mudslide near Oso, Washington, killed 43 people.",
     "2015-03-22", S, "oso-landslide-2014", None, ""),
    ("The 2014 landslide near Oso killed 34 people.",
     "2014-09-01", C, "oso-landslide-2014", "count", "43 (transposed)"),
    ("The Oso disaster was triggered when an earthen dam gave way above the Stillaguamish River.",
     "2014-04-15", C, "oso-landslide-2014", "event", "it was a landslide, not a dam failure"),
    ("The slide covered roughly one square mile.",
     "2014-03-30", U, None, None, "extent not in the table"),

    # ---------------------------------------------------------------- Armero
    ("More than 20,000 people died when mudflows from the Nevado del Ruiz volcano buried the town of Armero on 13 November 1985.",
     "1985-12-01", S, "armero-1985", None, "'more than 20,000' vs about 23,000"),
    ("Volcanic mudflows buried the city of Pasto in November 1985, killing more than 20,000 people.",
     "1985-11-20", C, "armero-1985", "place", "Armero, Tolima (Pasto is near a different volcano, Galeras)"),
    ("Colombian scientists had warned authorities of the danger weeks before the eruption.",
     "1985-11-25", U, None, None, "not in the table"),

    # ---------------------------------------------------------------- Enga
    ("A massive landslide buried Yambali village in Papua New Guinea's Enga province in the early hours of Friday.",
     "2024-05-26", S, "enga-landslide-2024", None, 'rel:"early hours of Friday"=weekday:Friday -> 2024-05-24'),
    ("The Enga landslide killed 670 people.",
     "2024-06-01", U, None, None, "deaths empty in enga-landslide-2024 (estimates 670 to 2,000+ disagree); no record decides it"),
    ("The Enga landslide struck on 24 May 2023.",
     "2024-06-01", C, "enga-landslide-2024", "date", "2024"),

    # ---------------------------------------------------------------- Bhopal
    ("Methyl isocyanate gas leaked from the Union Carbide pesticide plant in Bhopal on the night of 2-3 December 1984.",
     "1984-12-10", S, "bhopal-1984", None, "'2-3 December' -> the table date (3 Dec) is inside the stated night"),
    ("The 1984 gas leak came from a pesticide factory run by Dow Chemical.",
     "1999-12-03", C, "bhopal-1984", "actor", "Union Carbide India Limited (Dow bought Union Carbide only in 2001)"),
    ("The Bhopal gas leak killed 2,259 people.",
     "2014-12-03", M, "bhopal-1984", "count", "2,259 is only the official immediate toll; notes record 3,787 later confirmed and far higher estimates"),
    ("Let us all take a moment to remember the victims of Bhopal.",
     "2024-12-03", N, None, None, "call to act"),

    # ---------------------------------------------------------------- East Palestine
    ("A Norfolk Southern freight train carrying vinyl chloride derailed in East Palestine, Ohio, on Friday night.",
     "2023-02-05", S, "east-palestine-derailment-2023", None, 'rel:"on Friday night"=weekday:Friday -> 2023-02-03'),
    ("Three days after the derailment, crews deliberately released and burned vinyl chloride from five tank cars.",
     "2023-02-08", S, "east-palestine-burn-2023", None, 'rel:"Three days after the derailment"=after:east-palestine-derailment-2023:3 -> 2023-02-06'),
    ("No one was killed when the train derailed in East Palestine.",
     "2023-02-10", S, "east-palestine-derailment-2023", None, "deaths = 0"),
    ("The controlled burn of vinyl chloride in East Palestine took place on 3 February 2023.",
     "2023-03-01", C, "east-palestine-burn-2023", "date", "derailment date given for the burn (6 Feb)"),
    ("East Palestine residents will be living with the consequences for decades.",
     "2023-02-20", N, None, None, "prediction"),

    # ---------------------------------------------------------------- Camp Fire
    ("The Camp Fire, which destroyed the town of Paradise, California, in November 2018, killed 85 people.",
     "2019-11-08", S, "camp-fire-2018", None, ""),
    ("California's Camp Fire killed 58 people.",
     "2019-01-10", C, "camp-fire-2018", "count", "85 (transposed)"),
    ("The fire destroyed nearly 19,000 structures.",
     "2018-12-01", U, None, None, "structures not in the table"),

    # ---------------------------------------------------------------- Lahaina
    ("Hawaii officials on Friday lowered the Maui wildfire death toll to 97 from 115 after DNA testing.",
     "2023-09-17", S, "lahaina-toll-revised-2023", None, 'rel:"on Friday"=weekday:Friday -> 2023-09-15'),
    ("The fire that destroyed historic Lahaina broke out on August 8, 2023.",
     "2023-10-01", S, "lahaina-fire-2023", None, ""),
    ("Officials lowered the Maui fire death toll to 79 on Friday.",
     "2023-09-17", C, "lahaina-toll-revised-2023", "count", 'rel:"on Friday"=weekday:Friday -> 2023-09-15; 97 not 79'),
    ("Governor Josh Green revised the Maui death toll downward last month.",
     "2023-11-02", C, "lahaina-toll-revised-2023", "date", 'rel:"last month"=last_month -> October 2023; revision was 15 September'),
    ("Officials say the Maui wildfire killed 115 people.",
     "2023-10-01", M, "lahaina-toll-revised-2023", "count", "115 was the figure before the 15 September revision to 97; outdated at article date"),
    ("Hawaiian Electric agreed to pay about $2 billion toward a global settlement of the Maui fire lawsuits.",
     "2024-08-03", U, None, None, "settlement not in the table"),

    # ---------------------------------------------------------------- Lytton
    ("Lytton, British Columbia, recorded 49.6C on Tuesday, the highest temperature ever measured in Canada.",
     "2021-06-30", S, "lytton-record-2021", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2021-06-29'),
    ("Lillooet, British Columbia, set Canada's all-time heat record of 49.6C in June 2021.",
     "2021-07-10", C, "lytton-record-2021", "place", "Lytton"),
    ("The village of Lytton was destroyed by fire the next day.",
     "2021-07-02", U, None, None, "the 30 June fire is not in the table"),

    # ---------------------------------------------------------------- UK heat
    ("The Met Office confirmed a new UK record of 40.3C at Coningsby, Lincolnshire, on 19 July 2022.",
     "2022-07-29", S, "uk-heat-record-2022", None, ""),
    ("The UK set a record of 41.3C earlier this month.",
     "2022-07-28", C, "uk-heat-record-2022", "count", 'rel:"earlier this month"=this_month -> July 2022; 40.3 not 41.3'),
    ("Heatwaves like this will be routine in Britain by 2050.",
     "2022-07-20", N, None, None, "prediction"),

    # ---------------------------------------------------------------- France 2003
    ("Nearly 15,000 people died in France during the August 2003 heatwave, according to INSERM.",
     "2003-09-26", S, "france-heatwave-2003", None, "'nearly 15,000' vs 14,802; month precision"),
    ("France's deadly heatwave struck in August 2004.",
     "2005-01-01", C, "france-heatwave-2003", "date", "2003"),

    # ---------------------------------------------------------------- Fort McMurray
    ("About 88,000 people were ordered out of Fort McMurray, Alberta, on 3 May 2016 as a wildfire swept into the city.",
     "2016-05-10", S, "fort-mcmurray-evac-2016", None, ""),
    ("Some 8,800 residents were evacuated from Fort McMurray in May 2016.",
     "2016-06-01", C, "fort-mcmurray-evac-2016", "count", "about 88,000"),

    # ---------------------------------------------------------------- Trump Butler
    ("A gunman opened fire at Donald Trump's rally near Butler, Pennsylvania, on Saturday, wounding Trump in the ear and killing a spectator.",
     "2024-07-14", S, "trump-butler-2024", None, 'rel:"on Saturday"=weekday:Saturday -> 2024-07-13'),
    ("The Butler gunman was identified as Ryan Routh.",
     "2024-07-16", C, "trump-butler-2024", "actor", "Thomas Matthew Crooks"),
    ("Apart from Trump, the only casualty at the Butler rally was a spectator who was killed.",
     "2024-07-18", M, "trump-butler-2024", "count", "true that one spectator was killed, but two other spectators were critically injured"),
    ("Secret Service director Kimberly Cheatle resigned ten days after the shooting.",
     "2024-07-24", U, None, None, "resignation not in the table (true in reality)"),

    # ---------------------------------------------------------------- Fico
    ("Slovak Prime Minister Robert Fico was shot several times in Handlová on Wednesday after a government meeting.",
     "2024-05-16", S, "fico-shooting-2024", None, 'rel:"on Wednesday"=weekday:Wednesday -> 2024-05-15'),
    ("Robert Fico was shot outside the government office in Bratislava.",
     "2024-05-16", C, "fico-shooting-2024", "place", "Handlová"),
    ("Fico underwent a five-hour operation at a hospital in Banská Bystrica.",
     "2024-05-16", U, None, None, "medical details not in the table"),

    # ---------------------------------------------------------------- Reagan
    ("John Hinckley Jr. shot President Ronald Reagan outside the Washington Hilton on 30 March 1981.",
     "1981-04-05", S, "reagan-1981", None, ""),
    ("Four people, including the president and press secretary James Brady, were wounded in Monday's shooting.",
     "1981-04-01", S, "reagan-1981", None, 'rel:"Monday\'s"=weekday:Monday -> 1981-03-30'),
    ("Three people were wounded when Hinckley fired at the president's party.",
     "1981-04-10", C, "reagan-1981", "count", "four wounded"),
    ("The 1981 attempt on Reagan's life caused no casualties.",
     "1991-03-30", M, "reagan-1981", "count", "no one died, but four people were wounded"),

    # ---------------------------------------------------------------- Good Friday
    ("The Good Friday Agreement was signed in Belfast on 10 April 1998.",
     "2018-04-10", S, "good-friday-1998", None, ""),
    ("Voters in Northern Ireland approved the agreement with 71% support in a referendum.",
     "1998-05-25", U, None, None, "referendum not in the table (true in reality)"),
    ("The Good Friday Agreement is the most successful peace deal of the past century.",
     "2023-04-10", N, None, None, "opinion"),

    # ---------------------------------------------------------------- Colombia
    ("President Juan Manuel Santos and FARC leader Rodrigo Londoño signed a peace agreement in Cartagena on 26 September 2016.",
     "2016-09-27", S, "colombia-cartagena-2016", None, ""),
    ("Colombians narrowly rejected the peace deal in Sunday's plebiscite, with 50.2% voting No.",
     "2016-10-03", S, "colombia-plebiscite-2016", None, 'rel:"Sunday\'s"=weekday:Sunday -> 2016-10-02; 50.2 ~ 50.21'),
    ("A revised accord was signed at Bogotá's Teatro Colón on 24 November 2016.",
     "2016-11-25", S, "colombia-revised-2016", None, ""),
    ("Colombia's plebiscite on the FARC peace deal was held on 26 September 2016.",
     "2017-01-10", C, "colombia-plebiscite-2016", "date", "signing date given for the plebiscite (2 Oct)"),
    ("The revised peace agreement was signed in Medellín in November 2016.",
     "2016-12-01", C, "colombia-revised-2016", "place", "Teatro Colón, Bogotá"),
    ("Santos was awarded the Nobel Peace Prize five days after the plebiscite.",
     "2016-10-08", U, None, None, "Nobel not in the table (true in reality)"),

    # ---------------------------------------------------------------- Chapecoense / mourning
    ("LaMia Flight 2933, carrying the Chapecoense football team, crashed near Medellín on 28 November 2016, killing 71 of the 77 people on board.",
     "2016-12-05", S, "chapecoense-crash-2016", None, ""),
    ("Brazil's President Michel Temer declared three days of national mourning on Tuesday.",
     "2016-11-30", S, "brazil-mourning-2016", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2016-11-29'),
    ("Temer declared three days of mourning on 28 November 2016.",
     "2016-12-10", C, "brazil-mourning-2016", "date", "crash day given for the mourning decree (29 Nov)"),
    ("The crash of the plane carrying Chapecoense killed 76 people.",
     "2016-12-20", C, "chapecoense-crash-2016", "count", "71 (76 was an early Colombian figure)"),

    # ---------------------------------------------------------------- Japan emergency
    ("Prime Minister Shinzo Abe declared a state of emergency for Tokyo, Osaka and five other prefectures on Tuesday.",
     "2020-04-08", S, "japan-emergency-2020", None, 'rel:"on Tuesday"=weekday:Tuesday -> 2020-04-07'),
    ("Nine days later, Abe extended the state of emergency to the whole country.",
     "2020-04-20", S, "japan-emergency-nationwide-2020", None, 'rel:"Nine days later"=after:japan-emergency-2020:9 -> 2020-04-16'),
    ("Abe extended the emergency nationwide on April 7, 2020.",
     "2020-05-01", C, "japan-emergency-nationwide-2020", "date", "first declaration date given for the nationwide extension (16 Apr)"),
    ("Abe's April 7 emergency declaration covered Tokyo, Osaka and Hokkaido.",
     "2020-04-09", C, "japan-emergency-2020", "place", "Hokkaido was not among the seven prefectures"),

    # ---------------------------------------------------------------- INF
    ("Secretary of State Mike Pompeo announced on Friday that the US would suspend its obligations under the INF Treaty and withdraw in six months.",
     "2019-02-02", S, "inf-suspension-2019", None, 'rel:"on Friday"=weekday:Friday -> 2019-02-01'),
    ("The United States formally withdrew from the Intermediate-Range Nuclear Forces Treaty on 2 August 2019.",
     "2019-08-03", S, "inf-withdrawal-2019", None, ""),
    ("The US formally left the INF Treaty on 1 February 2019.",
     "2019-09-01", C, "inf-withdrawal-2019", "date", "notice date given for the withdrawal (2 Aug)"),
    ("National Security Adviser John Bolton announced the suspension of the INF Treaty in February 2019.",
     "2019-02-10", C, "inf-suspension-2019", "actor", "Mike Pompeo announced it"),
    ("The INF Treaty was signed by Ronald Reagan and Mikhail Gorbachev in December 1987.",
     "2019-02-01", U, None, None, "treaty signing not in the table (true in reality)"),

    # ---------------------------------------------------------------- Google / Monsanto
    ("The European Commission fined Google €4.34 billion on Wednesday for abusing Android's dominance.",
     "2018-07-19", S, "google-android-fine-2018", None, 'rel:"on Wednesday"=weekday:Wednesday -> 2018-07-18'),
    ("Brussels fined Google €2.42 billion over Android in July 2018.",
     "2018-08-01", C, "google-android-fine-2018", "count", "€4.34 billion (2.42 bn was the 2017 Shopping fine)"),
    ("A judge later cut the EU fine to €4.125 billion.",
     "2022-09-15", U, None, None, "court reduction not in the table"),
    ("A San Francisco jury ordered Monsanto to pay $289 million to school groundskeeper Dewayne Johnson, who said Roundup caused his cancer.",
     "2018-08-11", S, "monsanto-johnson-2018", None, ""),
    ("A Los Angeles jury ordered Monsanto to pay $289 million in the first Roundup cancer trial.",
     "2018-08-15", C, "monsanto-johnson-2018", "place", "San Francisco"),
    ("A judge later reduced the award to $78.5 million.",
     "2018-10-25", U, None, None, "reduction not in the table (true in reality)"),

    # ---------------------------------------------------------------- auctions / transfers
    ("Leonardo da Vinci's Salvator Mundi sold for $450.3 million at Christie's in New York on Wednesday night.",
     "2017-11-16", S, "salvator-mundi-2017", None, 'rel:"on Wednesday night"=weekday:Wednesday -> 2017-11-15'),
    ("Salvator Mundi was sold at Sotheby's in New York for $450.3 million.",
     "2017-11-20", C, "salvator-mundi-2017", "actor", "Christie's"),
    ("Salvator Mundi is not worth a fraction of what was paid for it.",
     "2017-11-17", N, None, None, "opinion"),
    ("Paris Saint-Germain signed Neymar from Barcelona for a world-record €222 million on 3 August 2017.",
     "2017-08-04", S, "neymar-transfer-2017", None, ""),
    ("PSG paid €262 million to prise Neymar away from Barcelona.",
     "2017-08-05", C, "neymar-transfer-2017", "count", "€222 million"),

    # ---------------------------------------------------------------- events not in the table
    ("A runaway freight train derailed in Lac-Brome, Quebec, in 2015, killing 12 people.",
     "2015-09-01", U, None, None, "no such event in the table; false in reality (plausible-sounding)"),
    ("Peru declared a state of emergency in Lima after a chlorine leak at the port of Callao in 2019.",
     "2019-05-01", U, None, None, "no such event in the table; invented"),
    ("Ethiopian Airlines Flight 961 was hijacked in November 1996 and ditched off the Comoros.",
     "1996-11-30", U, None, None, "not in the table (true in reality)"),
    ("Kenya declared three days of national mourning after the 1998 Nairobi bombing.",
     "1998-08-10", U, None, None, "a mourning declaration is not in the table"),
    ("Every bus in Canada should be fitted with seatbelts.",
     "2018-04-10", N, None, None, "call to act"),
    ("Mining companies everywhere should be forced to build refuge chambers deep underground.",
     "2010-10-14", N, None, None, "call to act"),
    ("No candidate will ever again hold an outdoor rally without bulletproof glass.",
     "2024-07-16", N, None, None, "prediction"),
    ("Record art prices are a symptom of a broken economy.",
     "2017-11-18", N, None, None, "opinion"),
]
