"""Three synthetic wire articles for probe 11 with planted errors.

FRAGMENTS: (article file, verbatim fragment, expected_verdict, fact_id, wrong_field, notes)
DATE_NOTES: (article file, phrase, anchor, resolved_date, notes) -- resolved with datetime in build.py
"""

ARTICLES = {}

ARTICLES["south_africa_2024.md"] = dict(
    title="Ramaphosa sworn in for second term as unity government takes shape",
    published="2024-06-20",
    source="Probe Wire (synthetic, written for claimcheck probe 11)",
    body="""PRETORIA, June 20 (Probe Wire) - Cyril Ramaphosa began his second full term as South Africa's president on Wednesday, promising a "new era" of cooperation after his African National Congress lost the parliamentary majority it had held since the end of apartheid.

Chief Justice Raymond Zondo administered the oath at the Union Buildings in Pretoria, where dancers, military bands and a flypast by the air force entertained guests who had arrived early in the winter cold. Several African heads of state attended, among them Nigeria's Bola Tinubu and Angola's Joao Lourenco.

The ceremony came three weeks after polling day. In the May 29 vote the ANC won 159 of the 400 seats in the National Assembly with about 45 percent of the vote, far below the 57.5 percent it took in 2019. The electoral commission declared the results on June 4 at its national results centre in Midrand, north of Johannesburg, and pronounced the election free and fair. Turnout was 58.6 percent of registered voters.

Lawmakers re-elected Ramaphosa on Friday by 293 votes to 44 for Julius Malema of the Economic Freedom Fighters, after the Democratic Alliance, the second-largest party, agreed to back him as part of a government of national unity. The sitting in Cape Town, presided over by Zondo, ran until close to midnight.

"The voters of South Africa did not give any single party the full mandate to govern our country alone," Ramaphosa told the crowd after taking the oath. "They have directed us to work together."

The president is expected to name a cabinet in the coming days after consulting the leaders of the parties in the unity pact, which also includes the Inkatha Freedom Party and the Patriotic Alliance. Analysts say the hardest bargaining, over ministries such as finance and trade, is still ahead.

The uMkhonto weSizwe party of former president Jacob Zuma, which came third, boycotted the first sitting of parliament and has challenged the results in court.
""")

ARTICLES["kanjuruhan_2022.md"] = dict(
    title="Indonesia mourns as questions mount over tear gas in stadium crush",
    published="2022-10-05",
    source="Probe Wire (synthetic, written for claimcheck probe 11)",
    body="""MALANG, Indonesia, Oct 5 (Probe Wire) - Families in East Java were still burying their dead this week as police and football officials faced growing anger over the crush that followed Saturday night's match at Kanjuruhan Stadium.

Home side Arema FC lost 3-2 to their fierce rivals Persebaya Surabaya, their first home defeat in the fixture in 23 years. Hundreds of supporters then ran onto the pitch, and riot police responded by firing tear gas on the pitch and into the packed stands. Spectators fleeing the gas surged towards a handful of exits, where many were crushed or suffocated.

The disaster at Kanjuruhan Stadium in Malang Regency, Central Java, is one of the deadliest in the history of the sport. Officials on Monday lowered the death toll to 125 from an initial estimate of 147, saying some victims had been counted twice as they were moved between hospitals. Rights groups and supporters' clubs say the real figure may be higher, and hundreds of people remain in hospital.

Two police officers were among the dead, according to the East Java police chief, who defended the decision to use tear gas, saying the situation on the field had become "anarchic". FIFA's stadium safety regulations prohibit the use of crowd-control gas inside grounds.

Indonesia's chief security minister has said that about 42,000 tickets had been issued for a stadium with a capacity of 38,000. President Joko Widodo has ordered a full investigation and suspended Liga 1 matches until safety procedures are reviewed, and the national police chief has removed the Malang police chief from his post.

The national police have said that officers who ordered or fired the gas will be investigated alongside the match organisers.

At the stadium gates, where many of the victims died, mourners laid flowers and scarves in the club's blue colours. "We only came to watch football," said one supporter who lost his younger brother. "Nobody should die for that."
""")

ARTICLES["colonial_pipeline_2021.md"] = dict(
    title="US claws back most of Colonial Pipeline ransom from hackers",
    published="2021-06-08",
    source="Probe Wire (synthetic, written for claimcheck probe 11)",
    body="""WASHINGTON, June 8 (Probe Wire) - The Justice Department said on Monday it had seized 63.7 bitcoin, worth about $2.3 million at current prices, from the criminals who forced the shutdown of the largest fuel pipeline on the US East Coast last month.

The coins were part of the $4.4 million ransom that Colonial Pipeline Co paid to the REvil ransomware group after the attack on May 7, which led the company to shut its 5,500-mile pipeline system and set off panic buying and fuel shortages across the Southeast.

Investigators traced the payment through the bitcoin ledger to a wallet for which the FBI held the private key, officials said, and a magistrate judge in the Northern District of California authorised the seizure. It was the first operation of the department's new ransomware and digital extortion task force.

"Ransom payments are the fuel that powers the digital extortion engine," Deputy Attorney General Lisa Monaco told reporters. She said the government would use every tool available to make such attacks less profitable.

The recovered sum is smaller in dollar terms than the amount Colonial paid, because the price of bitcoin has fallen sharply since early May. Colonial's chief executive, Joseph Blount, has defended the payment, telling The Wall Street Journal that the company did not know how badly its systems had been compromised.

Operations restarted on May 14, a week after the attack, though it took several more days for deliveries to return to normal. Fuel prices in some southern states rose to their highest levels since 2014 during the outage.

Security experts said the hackers gained entry through an old virtual private network account that was protected only by a password, which had later turned up in a batch of leaked credentials. The company's operational systems that control the flow of fuel were not themselves infected, Colonial has said.

The pipeline carries roughly 45 percent of the fuel consumed on the East Coast, including petrol, diesel and jet fuel.
""")

FRAGMENTS = [
    # --- South Africa (published Thursday 2024-06-20) ---
    ("south_africa_2024.md", "began his second full term as South Africa's president on Wednesday", "supported", "za-2024-inauguration", None, "Wednesday before 20 June 2024 = 19 June."),
    ("south_africa_2024.md", "Chief Justice Raymond Zondo administered the oath at the Union Buildings in Pretoria", "supported", "za-2024-inauguration", None, "Actor and place match."),
    ("south_africa_2024.md", "The ceremony came three weeks after polling day", "supported", "za-2024-inauguration", None, "29 May + 21 days = 19 June."),
    ("south_africa_2024.md", "the ANC won 159 of the 400 seats in the National Assembly", "supported", "za-2024-results", None, ""),
    ("south_africa_2024.md", "with about 45 percent of the vote", "contradicted", "za-2024-results", "count", "PLANTED ERROR: 40.18%."),
    ("south_africa_2024.md", "The electoral commission declared the results on June 4", "contradicted", "za-2024-results", "date", "PLANTED ERROR: declared 2 June (4 June is India's counting day)."),
    ("south_africa_2024.md", "Turnout was 58.6 percent of registered voters", "supported", "za-2024-polling", None, "58.61%."),
    ("south_africa_2024.md", "Lawmakers re-elected Ramaphosa on Friday by 293 votes to 44", "contradicted", "za-2024-ramaphosa-elected", "count", "PLANTED ERROR: 283 votes. 'Friday' = 14 June is right."),
    ("south_africa_2024.md", "Several African heads of state attended, among them Nigeria's Bola Tinubu", "unverifiable", "za-2024-inauguration", None, "Guest list not in the table (true per sources)."),
    # --- Kanjuruhan (published Wednesday 2022-10-05) ---
    ("kanjuruhan_2022.md", "the crush that followed Saturday night's match at Kanjuruhan Stadium", "supported", "kanjuruhan-2022", None, "Saturday before 5 Oct 2022 = 1 Oct."),
    ("kanjuruhan_2022.md", "Home side Arema FC lost 3-2 to their fierce rivals Persebaya Surabaya", "supported", "kanjuruhan-2022", None, "Statement: Arema lost 2-3 at home to Persebaya."),
    ("kanjuruhan_2022.md", "riot police responded by firing tear gas", "supported", "kanjuruhan-2022", None, "Actor: Indonesian National Police."),
    ("kanjuruhan_2022.md", "Kanjuruhan Stadium in Malang Regency, Central Java", "contradicted", "kanjuruhan-2022", "place", "PLANTED ERROR: East Java."),
    ("kanjuruhan_2022.md", "Officials on Monday lowered the death toll to 125", "contradicted", "kanjuruhan-2022-toll-revision", "date", "PLANTED ERROR: Monday = 3 Oct; revision was Sunday 2 Oct."),
    ("kanjuruhan_2022.md", "from an initial estimate of 147", "contradicted", "kanjuruhan-2022-toll-revision", "count", "PLANTED ERROR: 174 (digits swapped)."),
    ("kanjuruhan_2022.md", "about 42,000 tickets had been issued for a stadium with a capacity of 38,000", "unverifiable", "kanjuruhan-2022", None, "Not in the table."),
    ("kanjuruhan_2022.md", "Two police officers were among the dead", "supported", "kanjuruhan-2022", None, "Sub-count: notes say the toll includes two police officers."),
    # --- Colonial Pipeline (published Tuesday 2021-06-08) ---
    ("colonial_pipeline_2021.md", "The Justice Department said on Monday it had seized 63.7 bitcoin", "supported", "colonial-pipeline-recovery", None, "Monday before 8 June 2021 = 7 June."),
    ("colonial_pipeline_2021.md", "worth about $2.3 million at current prices", "supported", "colonial-pipeline-recovery", None, ""),
    ("colonial_pipeline_2021.md", "the $4.4 million ransom that Colonial Pipeline Co paid", "supported", "colonial-pipeline-attack", None, ""),
    ("colonial_pipeline_2021.md", "paid to the REvil ransomware group", "contradicted", "colonial-pipeline-attack", "actor", "PLANTED ERROR: DarkSide."),
    ("colonial_pipeline_2021.md", "after the attack on May 7, which led the company to shut its 5,500-mile pipeline system", "supported", "colonial-pipeline-attack", None, ""),
    ("colonial_pipeline_2021.md", "Operations restarted on May 14, a week after the attack", "contradicted", "colonial-pipeline-restart", "date", "PLANTED ERROR: restarted 12 May (five days after)."),
    ("colonial_pipeline_2021.md", "Deputy Attorney General Lisa Monaco told reporters", "supported", "colonial-pipeline-recovery", None, "Actor listed."),
    ("colonial_pipeline_2021.md", "The pipeline carries roughly 45 percent of the fuel consumed on the East Coast", "unverifiable", "colonial-pipeline-attack", None, "Not in the table (true per one cited report)."),
]

# phrase, anchor, resolved date (checked in build.py), note
DATE_NOTES = [
    ("south_africa_2024.md", "on Wednesday", "published 2024-06-20 (Thursday)", "2024-06-19", "most recent Wednesday before publication"),
    ("south_africa_2024.md", "three weeks after polling day", "za-2024-polling 2024-05-29", "2024-06-19", "+21 days"),
    ("south_africa_2024.md", "on June 4", "absolute", "2024-06-04", "planted error; fact date 2024-06-02"),
    ("south_africa_2024.md", "on Friday", "published 2024-06-20 (Thursday)", "2024-06-14", "most recent Friday before publication"),
        ("kanjuruhan_2022.md", "Saturday night's match", "published 2022-10-05 (Wednesday)", "2022-10-01", "most recent Saturday before publication"),
    ("kanjuruhan_2022.md", "Officials on Monday", "published 2022-10-05 (Wednesday)", "2022-10-03", "planted error; fact date 2022-10-02 (Sunday)"),
    ("colonial_pipeline_2021.md", "on Monday", "published 2021-06-08 (Tuesday)", "2021-06-07", "most recent Monday before publication"),
    ("colonial_pipeline_2021.md", "last month", "published 2021-06-08", "2021-05", "calendar month before publication; attack 2021-05-07"),
    ("colonial_pipeline_2021.md", "May 14, a week after the attack", "colonial-pipeline-attack 2021-05-07", "2021-05-14", "+7 days; internally consistent but wrong (restart 2021-05-12)"),
]
