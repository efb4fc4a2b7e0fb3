"""Synthetic wire articles for probe20 and their graded fragments.

The articles are written for this set; they are not real agency copy and they
contain deliberate errors (marked PLANTED in the fragment notes).
Each `rel` entry is asserted with datetime by gen_articles.py.
"""

ARTICLES = [
    dict(
        file="notre-dame_2024-12-09.md",
        title="Notre-Dame reopens five years after the fire",
        published="2024-12-09",
        source="probe20 synthetic wire copy (written for this set; not a real agency story)",
        body="""PARIS (Wire) - Notre-Dame de Paris reopened on Saturday evening, five years after fire destroyed its roof and its nineteenth-century spire, as Archbishop Laurent Ulrich knocked on the cathedral's great west doors with his crosier and the bells rang out across the Île de la Cité for the first time since 2019.

President Emmanuel Macron, who had promised within days of the disaster that the cathedral would be rebuilt in five years, spoke on the square outside before the religious ceremony began. Dozens of heads of state and government were among the invited guests, and thousands of people watched on giant screens along the Seine.

The first Mass in the restored building, at which the archbishop consecrated a new bronze altar, was celebrated on Monday morning before a congregation of bishops, donors and craftsmen.

The fire broke out in the roof space on the evening of April 15, 2019, while the spire was surrounded by scaffolding for repairs, and it took firefighters some fifteen hours to put it out completely. Two firefighters were killed as they fought to save the bell towers, and the lead in the roof spread toxic dust over the surrounding streets.

Donors from around the world pledged money within hours, and the restoration is estimated to have cost about 700 million euros. Carpenters rebuilt the oak roof frame with medieval techniques, and the new spire is a copy of the one designed by Eugène Viollet-le-Duc.

For curators, the reopening was also a reminder of what can be lost for good. They recalled the fire that gutted Brazil's National Museum in São Paulo in September 2018, destroying most of its 20 million objects, and in Britain the Grenfell Tower fire in London, which killed 72 people in June 2017, is still prompting changes to building rules.

Ordinary visitors will be able to enter the cathedral free of charge once the week of opening services is over, though booking a time slot online is recommended.
""",
        fragments=[
            ("Notre-Dame de Paris reopened on Saturday evening", "supported", "notre-dame-reopening-2024", None,
             "'Saturday' -> 2024-12-07", [("weekday", "Saturday", "2024-12-07")]),
            ("Dozens of heads of state and government were among the invited guests", "unverifiable", "notre-dame-reopening-2024", None,
             "guest list not in the table", []),
            ("The first Mass in the restored building, at which the archbishop consecrated a new bronze altar, was celebrated on Monday morning",
             "contradicted", "notre-dame-first-mass-2024", "date",
             "PLANTED ERROR: 'Monday' before a Monday article date -> 2024-12-02; first Mass was Sunday 8 December",
             [("weekday", "Monday", "2024-12-02")]),
            ("The fire broke out in the roof space on the evening of April 15, 2019", "supported", "notre-dame-fire-2019", None, "", []),
            ("Two firefighters were killed as they fought to save the bell towers", "contradicted", "notre-dame-fire-2019", "count",
             "PLANTED ERROR: deaths = 0 (a firefighter was injured)", []),
            ("the restoration is estimated to have cost about 700 million euros", "unverifiable", "notre-dame-reopening-2024", None,
             "cost not in the table", []),
            ("the fire that gutted Brazil's National Museum in São Paulo in September 2018", "contradicted", "brazil-museum-fire-2018", "place",
             "PLANTED ERROR: the museum is in Rio de Janeiro (month and year right)", []),
            ("the Grenfell Tower fire in London, which killed 72 people in June 2017", "supported", "grenfell-fire-2017", None, "", []),
        ],
    ),
    dict(
        file="crowdstrike_2024-07-22.md",
        title="Airlines and hospitals still recovering from global IT crash",
        published="2024-07-22",
        source="probe20 synthetic wire copy (written for this set; not a real agency story)",
        body="""SAN FRANCISCO (Wire) - Airlines, banks and hospitals were still clearing backlogs on Monday after a faulty software update crippled computers around the world on Friday, in what analysts are already calling the largest IT outage in history.

The update, a routine configuration file for the Falcon security sensor made by the cybersecurity company CrowdStrike, sent machines running Windows into a loop of crashes and blue error screens. Many had to be repaired by hand, one at a time, by technicians with physical access to each computer.

Microsoft, whose own engineers wrote the faulty update, said at the weekend that about 8.5 million Windows devices had been affected, less than one per cent of all Windows machines, and released a recovery tool for administrators. The company said the damage was out of proportion to the number because so many of the affected computers run critical services.

Delta Air Lines cancelled more than 3,500 flights over the weekend as its crew-scheduling systems struggled to recover, and some hospitals in the United States and Europe postponed routine operations. CrowdStrike's chief executive, George Kurtz, apologised to customers and said the problem was not a cyberattack.

Security specialists said the scale of the disruption invited comparison with the largest data breaches on record, though no data was stolen this time. Yahoo admitted in October 2017 that all three billion of its user accounts had been compromised in a 2013 theft. Equifax disclosed in August 2017 that data on 143 million Americans had been exposed, and Marriott said in January 2019 that up to 500 million guest records from its Starwood chain had been taken.

Regulators in several countries said they would ask how a single update could reach so many critical systems at once, and insurers began estimating their losses. Some businesses said they were still rebuilding laptops one by one on Monday, three days after the first screens went blue.
""",
        fragments=[
            ("a faulty software update crippled computers around the world on Friday", "supported", "crowdstrike-outage-2024", None,
             "'Friday' -> 2024-07-19", [("weekday", "Friday", "2024-07-19")]),
            ("Microsoft, whose own engineers wrote the faulty update", "contradicted", "crowdstrike-outage-2024", "actor",
             "PLANTED ERROR: the update was CrowdStrike's; Microsoft only published the estimate", []),
            ("about 8.5 million Windows devices had been affected", "supported", "crowdstrike-outage-2024", None, "affected_m 8.5", []),
            ("Delta Air Lines cancelled more than 3,500 flights over the weekend", "unverifiable", "crowdstrike-outage-2024", None,
             "airline figures not in the table", []),
            ("CrowdStrike's chief executive, George Kurtz, apologised to customers", "unverifiable", "crowdstrike-outage-2024", None,
             "CEO statement not in the table", []),
            ("Yahoo admitted in October 2017 that all three billion of its user accounts had been compromised in a 2013 theft",
             "supported", "yahoo-2013-breach-revision-2017", None, "", []),
            ("Equifax disclosed in August 2017 that data on 143 million Americans had been exposed", "contradicted",
             "equifax-breach-disclosure-2017", "date", "PLANTED ERROR: disclosed 7 September 2017 (count right)", []),
            ("Marriott said in January 2019 that up to 500 million guest records from its Starwood chain had been taken", "contradicted",
             "marriott-starwood-breach-revision-2019", "count",
             "PLANTED ERROR: the January 2019 update gave 383 million records (500 million was the November 2018 figure)", []),
        ],
        extra_rel=[("weekday", "Friday", "2024-07-19"), ("after_days", "crowdstrike-outage-2024", 3, "2024-07-22")],
    ),
    dict(
        file="thomas-cook_2019-09-25.md",
        title="Airlift brings home Thomas Cook holidaymakers",
        published="2019-09-25",
        source="probe20 synthetic wire copy (written for this set; not a real agency story)",
        body="""LONDON (Wire) - Chartered jets brought thousands more stranded holidaymakers back to Britain on Wednesday, two days after the travel company Thomas Cook went into compulsory liquidation in the early hours of Monday, when last-minute talks with its lenders failed.

Officials said they expected to fly home some 150,000 British customers over the next two weeks under Operation Matterhorn, run by the Civil Aviation Authority on the government's behalf and described as the largest peacetime repatriation in the country's history. Passengers were being flown from Spain, Greece, Turkey, Cyprus and as far away as Cuba and Florida.

The 178-year-old company, based in Manchester, began in 1841 with a railway excursion organised by a cabinet-maker and grew into one of the best-known names on the high street. Around 21,000 staff in 16 countries, about 9,000 of them in Britain, were told they had lost their jobs.

Reports said the group had debts of about £1.7 billion when it failed, and unions asked why ministers had not stepped in with a rescue loan. Chief executive Peter Fankhauser said the collapse was a matter of profound regret and apologised to customers and employees.

Business historians said the failure was the most dramatic corporate collapse in Britain for years, though it was small beside the giant American bankruptcies of the early 2000s. Enron filed for bankruptcy in December 2002 after an accounting scandal, and WorldCom, which listed $41 billion in debts when it filed in July 2002, remains one of the largest cases on record.

Hotel owners in several resorts said they were still owed money by the company, and some asked guests to pay their bills a second time before they could leave. Ministers said those affected would be able to claim refunds through the industry's protection scheme, and that nobody should pay twice. Travel agents said bookings with rival firms had risen sharply since the weekend.
""",
        fragments=[
            ("went into compulsory liquidation in the early hours of Monday", "supported", "thomas-cook-collapse-2019", None,
             "'Monday' -> 2019-09-23; also 'two days after' from 25 Sept", [("weekday", "Monday", "2019-09-23")]),
            ("some 150,000 British customers", "supported", "thomas-cook-collapse-2019", None, "", []),
            ("Operation Matterhorn, run by the Civil Aviation Authority", "supported", "thomas-cook-collapse-2019", None,
             "actor: CAA ran the repatriation", []),
            ("The 178-year-old company, based in Manchester", "contradicted", "thomas-cook-collapse-2019", "place",
             "PLANTED ERROR: headquarters in Peterborough", []),
            ("Around 21,000 staff in 16 countries", "supported", "thomas-cook-collapse-2019", None, "21,000 jobs (statement)", []),
            ("the group had debts of about £1.7 billion", "unverifiable", "thomas-cook-collapse-2019", None,
             "debts left empty: figure unconfirmed (notes)", []),
            ("Enron filed for bankruptcy in December 2002", "contradicted", "enron-bankruptcy-2001", "date",
             "PLANTED ERROR: December 2001", []),
            ("WorldCom, which listed $41 billion in debts when it filed in July 2002", "supported", "worldcom-bankruptcy-2002", None, "", []),
        ],
        extra_rel=[("after_days", "thomas-cook-collapse-2019", 2, "2019-09-25")],
    ),
]
