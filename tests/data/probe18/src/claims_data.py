"""Claims for probe18.  Each C(...) call is one news-style sentence.

C(text, article_date, verdict, fact_id, wrong_field, notes, rel=None, date=None)
  rel  : a relative-date expression (see relative_dates.resolve) that the
         generator resolves with datetime and checks against the fact's date;
  date : an explicit date stated in the claim ("YYYY-MM-DD", "YYYY-MM" or
         "YYYY"), also checked against the fact's date.
For supported claims the resolved/explicit date must match the fact; for
contradicted claims with wrong_field == "date" it must NOT match.
"""

CLAIMS = []


def C(text, article_date, verdict, fact_id=None, wrong_field=None, notes="",
      rel=None, date=None):
    CLAIMS.append(dict(text=text, article_date=article_date,
                       expected_verdict=verdict, fact_id=fact_id,
                       wrong_field=wrong_field, notes=notes, rel=rel,
                       date=date))


S, X, M, U, N = "supported", "contradicted", "misleading", "unverifiable", "not_checkable"

# ---------------------------------------------------------------- Good Friday
C("The Good Friday Agreement was signed in Belfast on 10 April 1998.",
  "2018-04-10", S, "gfa-1998-signed", date="1998-04-10")
C("Negotiators at Stormont clinched the deal yesterday, with Tony Blair and Bertie Ahern putting their names to the agreement.",
  "1998-04-11", S, "gfa-1998-signed", notes="'yesterday' -> 1998-04-10",
  rel=("yesterday",))
C("The Belfast Agreement, signed on 10 May 1998, set up a power-sharing assembly at Stormont.",
  "2008-05-10", X, "gfa-1998-signed", "date", "wrong month (April)", date="1998-05-10")
C("Ian Paisley's Democratic Unionists signed the Good Friday Agreement alongside the British and Irish governments in April 1998.",
  "2023-04-10", X, "gfa-1998-signed", "actor", "the DUP did not sign (statement says so)")
C("In Friday's referendum, more than seven in ten voters in Northern Ireland backed the accord.",
  "1998-05-25", S, "gfa-1998-referendum-ni", notes="'Friday' -> 1998-05-22; 71.1% > 70%", rel=("weekday", "Friday"))
C("Northern Ireland's referendum on the agreement on 22 May 1998 was carried with 81 per cent of the vote.",
  "2018-05-22", X, "gfa-1998-referendum-ni", "count", "81% was the turnout; the Yes share was 71.1%", date="1998-05-22")
C("On the same day as the vote in Northern Ireland, the Republic approved the Nineteenth Amendment with more than 94 per cent in favour.",
  "1998-05-24", S, "ie-1998-19th-amendment", notes="anchored to the NI referendum date (1998-05-22); 94.39%",
  rel=("same_day_as", "gfa-1998-referendum-ni"))
C("Voters in the Republic approved dropping the territorial claim to Northern Ireland by 71 per cent in May 1998.",
  "2008-05-22", X, "ie-1998-19th-amendment", "count", "71% was the NI figure; the Republic voted 94.39% Yes", date="1998-05")
C("Turnout in County Donegal was the lowest anywhere in the Republic in the 1998 referendum.",
  "2018-05-20", U, None, None, "constituency turnout not in the table")

# ---------------------------------------------------------------- Colombia
C("President Juan Manuel Santos and FARC leader Timochenko signed the peace accord in Cartagena on 26 September 2016.",
  "2016-09-27", S, "col-farc-2016-cartagena", date="2016-09-26")
C("The government and the FARC signed their original accord in Cartagena on 26 August 2016.",
  "2017-08-26", X, "col-farc-2016-cartagena", "date", "text was agreed 24 August; signing was 26 September", date="2016-08-26")
C("Colombians on Sunday rejected the peace deal by a margin of less than half a percentage point.",
  "2016-10-03", S, "col-2016-plebiscite", notes="'Sunday' -> 2016-10-02; 50.21 - 49.78 = 0.43 points",
  rel=("weekday", "Sunday"))
C("Six days after the signing ceremony in Cartagena, voters narrowly turned the accord down in a plebiscite.",
  "2016-10-05", S, "col-2016-plebiscite", notes="anchored: 2016-09-26 + 6 = 2016-10-02",
  rel=("after_days", "col-farc-2016-cartagena", 6))
C("Only about a quarter of registered voters turned out for the 2 October 2016 plebiscite.",
  "2016-10-10", X, "col-2016-plebiscite", "count", "turnout was 37.4%, not ~25%", date="2016-10-02")
C("Colombian voters approved the peace agreement with the FARC in the October 2016 plebiscite, with almost exactly half of the vote.",
  "2017-01-15", X, "col-2016-plebiscite", "event", "outcome reversed: the accord was rejected (No 50.2%)", date="2016-10")
C("The revised 310-page accord was signed at Bogotá's Colón Theatre on Thursday.",
  "2016-11-25", S, "col-farc-2016-revised", notes="'Thursday' -> 2016-11-24", rel=("weekday", "Thursday"))
C("The revised peace agreement with the FARC was signed in Cartagena on 24 November 2016.",
  "2017-11-24", X, "col-farc-2016-revised", "place", "revised deal was signed in Bogotá (Teatro Colón)", date="2016-11-24")
C("The FARC handed its last weapons over to United Nations monitors in June 2017.",
  "2017-07-01", U, None, None, "disarmament not in the table (true in reality)")

# ---------------------------------------------------------------- Dayton
C("The Dayton accords were initialled at Wright-Patterson Air Force Base in Ohio on 21 November 1995.",
  "2015-11-21", S, "dayton-1995-initialled", date="1995-11-21")
C("The Bosnian peace agreement was formally signed in Paris yesterday by the presidents of Bosnia, Serbia and Croatia.",
  "1995-12-15", S, "dayton-1995-paris", notes="'yesterday' -> 1995-12-14", rel=("yesterday",))
C("The Dayton Agreement was formally signed in Paris on 21 November 1995.",
  "2005-12-14", X, "dayton-1995-paris", "date", "wrong phase: 21 Nov was the initialling in Ohio; Paris signing was 14 Dec", date="1995-11-21")
C("Twenty-three days after the accords were initialled in Ohio, the formal signing took place in Paris.",
  "1995-12-20", S, "dayton-1995-paris", notes="anchored: 1995-11-21 + 23 = 1995-12-14", rel=("after_days", "dayton-1995-initialled", 23))
C("Bosnian Serb leader Radovan Karadžić initialled the Dayton accords together with Izetbegović and Tuđman.",
  "2020-11-21", X, "dayton-1995-initialled", "actor", "the Serbian side was Slobodan Milošević")

# ---------------------------------------------------------------- Gaza 2025
C("Qatar announced the Gaza ceasefire deal in Doha on Wednesday.",
  "2025-01-17", S, "gaza-2025-deal-announced", notes="'Wednesday' -> 2025-01-15", rel=("weekday", "Wednesday"))
C("The truce in Gaza took effect on Sunday at 11:15 a.m., nearly three hours late.",
  "2025-01-20", S, "gaza-2025-ceasefire-effect", notes="'Sunday' -> 2025-01-19", rel=("weekday", "Sunday"))
C("The ceasefire between Israel and Hamas took effect on 15 January 2025.",
  "2025-02-01", X, "gaza-2025-ceasefire-effect", "date", "wrong phase: 15 Jan was the announcement; it took effect 19 Jan", date="2025-01-15")
C("Under the first phase, which is to last 42 days, Hamas is due to free 50 hostages.",
  "2025-01-19", X, "gaza-2025-ceasefire-effect", "count", "33 hostages in phase one")
C("The first phase of the Gaza truce is meant to last six weeks.",
  "2025-01-19", S, "gaza-2025-ceasefire-effect", notes="42 days = six weeks")
C("The ceasefire must become the foundation of a lasting peace, and both sides have to honour every clause of it.",
  "2025-01-20", N, None, None, "opinion / call to act")
C("The Gaza ceasefire collapsed on 18 March 2025 when Israel resumed large-scale air strikes.",
  "2025-03-20", U, None, None, "collapse not in the table (true in reality)")

# ---------------------------------------------------------------- Rabin
C("Yitzhak Rabin was assassinated at a peace rally in Tel Aviv on 4 November 1995.",
  "2020-11-04", S, "rabin-1995-assassination", date="1995-11-04")
C("The prime minister was shot on Saturday night as he left the peace rally in Kings of Israel Square.",
  "1995-11-06", S, "rabin-1995-assassination", notes="'Saturday' -> 1995-11-04", rel=("weekday", "Saturday"))
C("Rabin was assassinated on 4 November 1996 by the law student Yigal Amir.",
  "2006-11-04", X, "rabin-1995-assassination", "date", "wrong year", date="1996-11-04")
C("The gunman killed both Rabin and one of his bodyguards.",
  "1995-11-10", X, "rabin-1995-assassination", "count", "one death; bodyguard Yoram Rubin was wounded")
C("A bodyguard, Yoram Rubin, was lightly wounded in the shooting that killed Rabin.",
  "1995-11-08", S, "rabin-1995-assassination", notes="injuries = 1")
C("History will judge Rabin's killing as the night the Oslo peace process died.",
  "2015-11-04", N, None, None, "opinion / prediction")

# ---------------------------------------------------------------- Bhutto
C("Benazir Bhutto was killed after a rally in Rawalpindi on 27 December 2007, in an attack that left at least 24 people dead.",
  "2008-01-05", S, "bhutto-2007-assassination", date="2007-12-27")
C("Benazir Bhutto was assassinated in Karachi on 27 December 2007.",
  "2017-12-27", X, "bhutto-2007-assassination", "place", "Rawalpindi, not Karachi", date="2007-12-27")
C("Last week's gun and bomb attack in Rawalpindi killed Benazir Bhutto and more than 20 other people.",
  "2008-01-03", S, "bhutto-2007-assassination", notes="last week = 2007-12-24..30 contains 12-27; 23 others > 20",
  rel=("last_week",))
C("The suicide bombing that killed Bhutto in Rawalpindi claimed around 140 lives.",
  "2008-01-10", X, "bhutto-2007-assassination", "count", "at least 24; ~140 was the October 2007 Karachi (Karsaz) attack, not in table")
C("Her killing came ten weeks after a bombing of her homecoming motorcade in Karachi killed more than 130 people.",
  "2007-12-28", U, None, None, "the Karsaz bombing is not in the table")

# ---------------------------------------------------------------- Fico
C("The gunman fired five shots at Robert Fico in Handlová on Wednesday.",
  "2024-05-17", S, "fico-2024-shooting", notes="'Wednesday' -> 2024-05-15", rel=("weekday", "Wednesday"))
C("Slovak Prime Minister Robert Fico was shot outside a government meeting in Banská Bystrica on 15 May 2024.",
  "2024-05-20", X, "fico-2024-shooting", "place", "shot in Handlová; Banská Bystrica is where he was treated", date="2024-05-15")
C("Robert Fico was killed in the Handlová shooting in May 2024.",
  "2024-06-01", X, "fico-2024-shooting", "count", "he survived (deaths 0)", date="2024-05")
C("Nobody other than the prime minister was hurt in the Handlová attack.",
  "2024-05-16", S, "fico-2024-shooting", notes="injuries = 1 (Fico)")
C("Political leaders must tone down their rhetoric before another attack like Handlová happens.",
  "2024-05-18", N, None, None, "call to act")

# ---------------------------------------------------------------- Moise
C("Haitian President Jovenel Moïse was killed at his home in the early hours of Wednesday.",
  "2021-07-08", S, "moise-2021-assassination", notes="'Wednesday' -> 2021-07-07", rel=("weekday", "Wednesday"))
C("Both President Jovenel Moïse and his wife Martine were killed in the attack on their residence.",
  "2021-07-07", X, "moise-2021-assassination", "count", "Martine Moïse survived (deaths 1, injuries 1)")
C("Police said a group of 28 gunmen, most of them Colombians, carried out the killing.",
  "2021-07-09", S, "moise-2021-assassination")
C("A Haitian judge charged Martine Moïse in connection with her husband's assassination in February 2024.",
  "2024-02-20", U, None, None, "not in the table")

# ---------------------------------------------------------------- Palme
C("Olof Palme was shot dead on Sveavägen in Stockholm on 28 February 1986.",
  "2016-02-28", S, "palme-1986-assassination", date="1986-02-28")
C("The prime minister was shot late last night as he walked home from the cinema with his wife.",
  "1986-03-01", S, "palme-1986-assassination", notes="'last night' -> 1986-02-28 (23:21)", rel=("yesterday",))
C("Palme's wife Lisbet was also killed in the shooting.",
  "1996-02-28", X, "palme-1986-assassination", "count", "Lisbet Palme was slightly wounded, not killed")
C("By 2006 the Palme murder investigation had cost more than 350 million kronor.",
  "2006-03-01", U, None, None, "investigation cost not in the table")

# ---------------------------------------------------------------- John Paul II
C("Pope John Paul II was shot and seriously wounded in St Peter's Square on 13 May 1981.",
  "2001-05-13", S, "jp2-1981-shooting", date="1981-05-13")
C("John Paul II survived being shot in St Peter's Square on 13 May 1982.",
  "2005-04-03", X, "jp2-1981-shooting", "date", "wrong year (1981)", date="1982-05-13")
C("Apart from the pope himself, no one was hit when Mehmet Ali Ağca opened fire in St Peter's Square.",
  "1981-05-20", X, "jp2-1981-shooting", "count", "injuries = 3 incl. the Pope (two women tourists also hit)")

# ---------------------------------------------------------------- Section 232
C("Trump signed proclamations imposing a 25% tariff on steel and 10% on aluminium on 8 March 2018.",
  "2018-03-09", S, "us-232-2018-proclaimed", date="2018-03-08")
C("The steel and aluminium duties came into force on Friday.",
  "2018-03-26", S, "us-232-2018-effective", notes="'Friday' -> 2018-03-23", rel=("weekday", "Friday"))
C("The US steel tariffs took effect on 8 March 2018.",
  "2018-06-01", X, "us-232-2018-effective", "date", "wrong phase: 8 March was the proclamation; effective 23 March", date="2018-03-08")
C("Trump imposed a 25% tariff on aluminium and a 10% tariff on steel in March 2018.",
  "2018-04-01", X, "us-232-2018-proclaimed", "count", "rates swapped (steel 25%, aluminium 10%)", date="2018-03")
C("The metal tariffs kicked in fifteen days after Trump signed them.",
  "2018-03-30", S, "us-232-2018-effective", notes="anchored: 2018-03-08 + 15 = 2018-03-23", rel=("after_days", "us-232-2018-proclaimed", 15))
C("In March 2018 the US slapped a 25% tariff on steel imports from every country, Canada and Mexico included.",
  "2018-06-15", M, "us-232-2018-proclaimed", "place", "rate and month right, but Canada and Mexico were initially exempted", date="2018-03")

# ---------------------------------------------------------------- USMCA / RCEP
C("The USMCA was signed on the sidelines of the G20 summit in Buenos Aires on 30 November 2018.",
  "2018-12-01", S, "usmca-2018-signed", date="2018-11-30")
C("Trump, Trudeau and Peña Nieto signed the new NAFTA at the White House on 30 November 2018.",
  "2019-01-10", X, "usmca-2018-signed", "place", "signed in Buenos Aires", date="2018-11-30")
C("The USMCA replaced NAFTA at the start of this month.",
  "2020-07-15", S, "usmca-2020-in-force", notes="'start of this month' -> July 2020 (fact 2020-07-01); checked to the month",
  rel=("this_month",))
C("The USMCA entered into force on 30 November 2018.",
  "2021-01-01", X, "usmca-2020-in-force", "date", "wrong phase: that was the signing; in force 1 July 2020", date="2018-11-30")
C("Mexican President Andrés Manuel López Obrador signed the USMCA in Buenos Aires in November 2018.",
  "2019-02-01", X, "usmca-2018-signed", "actor", "Peña Nieto signed on his last day in office", date="2018-11")
C("Fifteen countries signed the RCEP trade pact on Sunday at a virtual summit hosted by Vietnam.",
  "2020-11-16", S, "rcep-2020-signed", notes="'Sunday' -> 2020-11-15", rel=("weekday", "Sunday"))
C("Sixteen countries, India among them, signed RCEP on 15 November 2020.",
  "2020-12-01", X, "rcep-2020-signed", "count", "15 countries; India had left the talks", date="2020-11-15")
C("The Regional Comprehensive Economic Partnership was signed on 15 November 2019.",
  "2021-01-01", X, "rcep-2020-signed", "date", "wrong year (2020)", date="2019-11-15")

# ---------------------------------------------------------------- 2025 tariffs
C("Trump unveiled a 10% baseline tariff on nearly all US imports on 2 April 2025.",
  "2025-04-03", S, "us-liberation-day-2025", date="2025-04-02")
C("Trump on Wednesday paused the higher tariffs for 90 days but raised the duty on Chinese goods to 125%.",
  "2025-04-10", S, "us-reciprocal-pause-2025", notes="'Wednesday' -> 2025-04-09", rel=("weekday", "Wednesday"))
C("On 9 April 2025 Trump raised the tariff on Chinese imports to 100%.",
  "2025-04-12", X, "us-reciprocal-pause-2025", "count", "125%", date="2025-04-09")
C("Trump announced his 'Liberation Day' tariffs on 2 March 2025.",
  "2025-05-01", X, "us-liberation-day-2025", "date", "wrong month (April)", date="2025-03-02")
C("A week after the 'Liberation Day' announcement, Trump reversed course and paused most of the new duties.",
  "2025-04-11", S, "us-reciprocal-pause-2025", notes="anchored: 2025-04-02 + 7 = 2025-04-09", rel=("after_days", "us-liberation-day-2025", 7))
C("Tariffs are a tax on American consumers and should be scrapped.",
  "2025-04-05", N, None, None, "opinion / call to act")

# ---------------------------------------------------------------- vaccines
C("Britain on Wednesday became the first country to authorise the Pfizer-BioNTech vaccine.",
  "2020-12-03", S, "mhra-pfizer-2020", notes="'Wednesday' -> 2020-12-02", rel=("weekday", "Wednesday"))
C("The US Food and Drug Administration was the first regulator to authorise the Pfizer-BioNTech vaccine, on 2 December 2020.",
  "2021-01-10", X, "mhra-pfizer-2020", "actor", "it was the UK's MHRA", date="2020-12-02")
C("The FDA authorised the Pfizer-BioNTech shot for emergency use on 11 December 2020.",
  "2020-12-12", S, "fda-pfizer-eua-2020", date="2020-12-11")
C("Nine days after Britain's green light, the FDA granted emergency use authorisation to the Pfizer vaccine.",
  "2020-12-14", S, "fda-pfizer-eua-2020", notes="anchored: 2020-12-02 + 9 = 2020-12-11", rel=("after_days", "mhra-pfizer-2020", 9))
C("The FDA granted full approval to the Pfizer-BioNTech vaccine on 11 December 2020.",
  "2021-09-15", X, "fda-comirnaty-2021", "date", "wrong phase: 11 Dec 2020 was the EUA; full approval 23 Aug 2021", date="2020-12-11")
C("Comirnaty became the first COVID-19 vaccine to win full FDA approval in August 2021.",
  "2021-09-01", S, "fda-comirnaty-2021", date="2021-08")
C("Britain and the United States both authorised the Pfizer vaccine on 2 December 2020.",
  "2021-01-05", M, "fda-pfizer-eua-2020", "date", "true for the UK (MHRA), not for the US (FDA EUA on 11 Dec)")
C("The European Medicines Agency recommended Comirnaty for approval on 21 November 2020.",
  "2021-02-01", X, "ema-comirnaty-2020", "date", "wrong month (December)", date="2020-11-21")
C("The EU's medicines regulator yesterday recommended the BioNTech-Pfizer vaccine, and the Commission approved it hours later.",
  "2020-12-22", S, "ema-comirnaty-2020", notes="'yesterday' -> 2020-12-21", rel=("yesterday",))
C("The FDA approved Moderna's COVID-19 vaccine for emergency use on 18 December 2020.",
  "2020-12-20", U, None, None, "Moderna is not in the table (true in reality)")

# ---------------------------------------------------------------- Leqembi / Casgevy
C("The FDA granted accelerated approval to lecanemab on 6 January 2023.",
  "2023-01-09", S, "leqembi-2023-accelerated", date="2023-01-06")
C("Leqembi received full FDA approval on 6 January 2023.",
  "2023-08-01", X, "leqembi-2023-traditional", "date", "wrong phase: 6 Jan was accelerated approval; traditional 6 July", date="2023-01-06")
C("Six months to the day after its accelerated approval, Leqembi won traditional approval from the FDA.",
  "2023-07-10", S, "leqembi-2023-traditional", notes="anchored: 2023-01-06 + 6 months = 2023-07-06", rel=("after_months", "leqembi-2023-accelerated", 6))
C("Biogen and Roche's Alzheimer's drug Leqembi won full approval in July 2023.",
  "2023-07-20", X, "leqembi-2023-traditional", "actor", "Eisai and Biogen; Roche is not a partner", date="2023-07")
C("Britain approved Casgevy, the world's first CRISPR-based therapy, on 16 November 2023.",
  "2023-11-17", S, "casgevy-mhra-2023", date="2023-11-16")
C("The FDA on Friday approved Casgevy for sickle cell disease.",
  "2023-12-11", S, "casgevy-fda-2023", notes="'Friday' -> 2023-12-08", rel=("weekday", "Friday"))
C("The FDA approved Casgevy for sickle cell disease on 8 November 2023.",
  "2024-01-15", X, "casgevy-fda-2023", "date", "wrong month (December)", date="2023-11-08")
C("The United States became the first country to approve a CRISPR therapy when the FDA cleared Casgevy in December 2023.",
  "2024-01-20", M, "casgevy-fda-2023", "actor", "FDA approval in Dec 2023 is right, but the UK (MHRA, 16 Nov 2023) was first", date="2023-12")
C("Casgevy's multimillion-dollar price tag is simply indefensible.",
  "2023-12-09", N, None, None, "opinion")

# ---------------------------------------------------------------- M&A
C("Microsoft said on Tuesday it would buy Activision Blizzard in an all-cash deal worth $68.7 billion.",
  "2022-01-19", S, "msft-atvi-2022-announced", notes="'Tuesday' -> 2022-01-18", rel=("weekday", "Tuesday"))
C("Microsoft's $86.7 billion bid for Activision Blizzard is the biggest deal in the history of video games.",
  "2022-01-25", X, "msft-atvi-2022-announced", "count", "transposed digits: $68.7bn")
C("Microsoft closed its Activision Blizzard deal on 13 October 2023 after Britain's competition regulator signed off.",
  "2023-10-14", S, "msft-atvi-2023-closed", date="2023-10-13")
C("Microsoft completed its takeover of Activision Blizzard on 13 October 2022.",
  "2024-01-01", X, "msft-atvi-2023-closed", "date", "wrong year (2023)", date="2022-10-13")
C("Twitter's board accepted Elon Musk's $44 billion offer on Monday.",
  "2022-04-26", S, "twitter-2022-agreed", notes="'Monday' -> 2022-04-25", rel=("weekday", "Monday"))
C("Musk agreed to pay $54.20 a share, valuing Twitter at about $34 billion.",
  "2022-04-27", X, "twitter-2022-agreed", "count", "about $44bn")
C("Musk completed his $44 billion takeover of Twitter on 27 October 2022 and immediately fired chief executive Parag Agrawal.",
  "2022-11-01", S, "twitter-2022-closed", date="2022-10-27")
C("Elon Musk took control of Twitter on 25 April 2022.",
  "2023-01-01", X, "twitter-2022-closed", "date", "wrong phase: 25 April was the agreement; closing 27 Oct", date="2022-04-25")
C("Broadcom closed its VMware takeover on Wednesday after securing Chinese approval.",
  "2023-11-23", S, "avgo-vmw-2023-closed", notes="'Wednesday' -> 2023-11-22", rel=("weekday", "Wednesday"))
C("Broadcom completed its purchase of VMware on 22 November 2022.",
  "2024-02-01", X, "avgo-vmw-2023-closed", "date", "wrong year (2023)", date="2022-11-22")
C("Amazon completed its $13.7 billion purchase of Whole Foods in August 2017.",
  "2017-09-01", U, None, None, "deal not in the table (true in reality)")
C("Regulators should never again let one company own so many of the world's best-selling games.",
  "2023-10-14", N, None, None, "opinion / call to act")

# ---------------------------------------------------------------- WHO
C("The WHO declared the new coronavirus outbreak a global health emergency on 30 January 2020.",
  "2020-02-01", S, "who-covid-2020-pheic", date="2020-01-30")
C("The WHO declared COVID-19 a public health emergency of international concern on 11 March 2020.",
  "2021-03-11", X, "who-covid-2020-pheic", "date", "wrong phase: 11 March was the pandemic characterisation; PHEIC 30 Jan", date="2020-03-11")
C("WHO chief Tedros Adhanom Ghebreyesus described COVID-19 as a pandemic on 11 March 2020.",
  "2020-03-12", S, "who-covid-2020-pandemic", date="2020-03-11")
C("On Friday the World Health Organization declared that COVID-19 is no longer a global health emergency.",
  "2023-05-08", S, "who-covid-2023-end", notes="'Friday' -> 2023-05-05", rel=("weekday", "Friday"))
C("The WHO ended the COVID-19 emergency more than three years after declaring it.",
  "2023-05-06", S, "who-covid-2023-end", notes="anchored: 2020-01-30 -> 2023-05-05 is 3 years 3 months",
  rel=("within_days_after", "who-covid-2020-pheic", 3 * 365 + 1, 4 * 365))
C("The WHO declared the end of the COVID-19 emergency on 5 May 2022.",
  "2023-09-01", X, "who-covid-2023-end", "date", "wrong year (2023)", date="2022-05-05")
C("Tedros declared monkeypox a global health emergency on Saturday.",
  "2022-07-25", S, "who-mpox-2022-pheic", notes="'Saturday' -> 2022-07-23", rel=("weekday", "Saturday"))
C("The WHO declared mpox a global emergency for the second time on 14 August 2023.",
  "2024-10-01", X, "who-mpox-2024-pheic", "date", "wrong year (2024)", date="2023-08-14")
C("Last month the WHO declared the mpox upsurge in Africa a public health emergency of international concern.",
  "2024-09-10", S, "who-mpox-2024-pheic", notes="'last month' -> August 2024", rel=("last_month",))
C("The WHO declared both COVID-19 and mpox global health emergencies in 2020.",
  "2023-01-10", M, "who-mpox-2022-pheic", "date", "right for COVID-19 (Jan 2020), wrong for mpox (July 2022)")
C("Margaret Chan declared West Africa's Ebola epidemic an international health emergency on 8 August 2014.",
  "2014-08-09", S, "who-ebola-2014-pheic", date="2014-08-08")
C("WHO chief Tedros Adhanom Ghebreyesus declared the West African Ebola outbreak a global emergency in August 2014.",
  "2015-01-01", X, "who-ebola-2014-pheic", "actor", "Margaret Chan was Director-General in 2014", date="2014-08")
C("The WHO declared Zika a public health emergency of international concern on Monday.",
  "2016-02-02", S, "who-zika-2016-pheic", notes="'Monday' -> 2016-02-01", rel=("weekday", "Monday"))
C("The WHO lifted its Zika emergency in November 2016.",
  "2017-01-01", S, "who-zika-2016-end", notes="month precision", date="2016-11")
C("The WHO declared the Zika emergency over in November 2017.",
  "2018-01-01", X, "who-zika-2016-end", "date", "wrong year; checked to the month", date="2017-11")
C("The US Centers for Disease Control and Prevention declared Zika an international emergency on 1 February 2016.",
  "2016-03-01", X, "who-zika-2016-pheic", "actor", "it was the WHO", date="2016-02-01")
C("The WHO should have declared the coronavirus emergency weeks earlier than it did.",
  "2020-05-01", N, None, None, "opinion")

# ---------------------------------------------------------------- marathon
C("Eliud Kipchoge ran 2:01:39 in Berlin on 16 September 2018 to set a world record.",
  "2018-09-17", S, "kipchoge-2018-berlin-wr", date="2018-09-16")
C("Kipchoge's 2018 world record in Berlin was 2:01:09.",
  "2019-05-01", X, "kipchoge-2018-berlin-wr", "count", "2:01:39 in 2018; 2:01:09 was 2022", date="2018")
C("Kipchoge broke his own world record in Berlin on Sunday, clocking 2:01:09.",
  "2022-09-26", S, "kipchoge-2022-berlin-wr", notes="'Sunday' -> 2022-09-25", rel=("weekday", "Sunday"))
C("Kipchoge lowered the world record to 2:01:09 at the London Marathon in September 2022.",
  "2022-10-05", X, "kipchoge-2022-berlin-wr", "place", "Berlin", date="2022-09")
C("Kiptum became the first man to run a record-eligible marathon in under 2:01 when he won Chicago in October 2023.",
  "2023-10-10", S, "kiptum-2023-chicago-wr", date="2023-10")
C("Kiptum took 43 seconds off the marathon world record in Chicago.",
  "2023-10-09", X, "kiptum-2023-chicago-wr", "count", "34 seconds (7269 - 7235)")
C("Kelvin Kiptum set his 2:00:35 world record in Chicago on 8 October 2022.",
  "2023-12-01", X, "kiptum-2023-chicago-wr", "date", "wrong year (2023)", date="2022-10-08")
C("World Athletics ratified Kiptum's record on Tuesday.",
  "2024-02-08", S, "kiptum-2024-ratified", notes="'Tuesday' -> 2024-02-06", rel=("weekday", "Tuesday"))
C("Just five days after his world record was ratified, Kiptum died in a car crash in western Kenya.",
  "2024-02-13", S, "kiptum-2024-death", notes="anchored: 2024-02-06 + 5 = 2024-02-11", rel=("after_days", "kiptum-2024-ratified", 5))
C("Kiptum and his coach Gervais Hakizimana were killed late on Sunday when their car left the road and hit a tree.",
  "2024-02-12", S, "kiptum-2024-death", notes="'Sunday' -> 2024-02-11", rel=("weekday", "Sunday"))
C("Kiptum, his coach and a woman passenger were all killed in the crash near Kaptagat.",
  "2024-02-12", X, "kiptum-2024-death", "count", "2 deaths; the woman survived (injuries 1)")
C("Kiptum died in the crash together with his coach, Patrick Sang.",
  "2024-02-14", X, "kiptum-2024-death", "actor", "the coach was Gervais Hakizimana")
C("Both Kipchoge and Kiptum set their marathon world records on the streets of Berlin.",
  "2024-02-12", M, "kiptum-2023-chicago-wr", "place", "true for Kipchoge (Berlin), false for Kiptum (Chicago)")
C("Kiptum would surely have broken two hours had he lived.",
  "2024-02-12", N, None, None, "speculation / opinion")
C("Eliud Kipchoge ran 1:59:40 in Vienna in October 2019 in a race not eligible for records.",
  "2019-10-13", U, None, None, "INEOS 1:59 not in the table (true in reality)")
C("Tigst Assefa broke the women's world record in Berlin on Sunday, running 2:11:53.",
  "2023-09-25", S, "assefa-2023-berlin-wr", notes="'Sunday' -> 2023-09-24", rel=("weekday", "Sunday"))
C("Assefa set her 2:11:53 world record at the Chicago Marathon in 2023.",
  "2024-01-10", X, "assefa-2023-berlin-wr", "place", "Berlin", date="2023")
C("Ruth Chepngetich became the first woman under 2:10, winning Chicago in 2:09:56 on 13 October 2024.",
  "2024-10-14", S, "chepngetich-2024-chicago-wr", date="2024-10-13")
C("Chepngetich set her 2:09:56 world record in Chicago on 13 October 2023.",
  "2025-01-01", X, "chepngetich-2024-chicago-wr", "date", "wrong year (2024)", date="2023-10-13")
C("Chepngetich's run is the greatest performance in the history of women's distance running.",
  "2024-10-14", N, None, None, "opinion")

# ---------------------------------------------------------------- referendums
C("Ireland voted 62 per cent in favour of same-sex marriage on 22 May 2015, the first country to legalise it by popular vote.",
  "2015-05-24", S, "ie-2015-marriage-referendum", date="2015-05-22")
C("In Friday's referendum, 62.1 per cent said yes to marriage equality on a turnout of just over 60 per cent.",
  "2015-05-25", S, "ie-2015-marriage-referendum", notes="'Friday' -> 2015-05-22; 62.07 and 60.52", rel=("weekday", "Friday"))
C("Ireland approved same-sex marriage with 66 per cent of the vote in 2015.",
  "2016-05-22", X, "ie-2015-marriage-referendum", "count", "62%; 66.4% was the 2018 abortion vote", date="2015")
C("Irish voters repealed the Eighth Amendment by a margin of two to one on 25 May 2018.",
  "2018-05-27", S, "ie-2018-eighth-repeal", notes="66.4 : 33.6 is about 2:1", date="2018-05-25")
C("Ireland voted to lift its constitutional ban on abortion on 25 May 2017.",
  "2019-01-01", X, "ie-2018-eighth-repeal", "date", "wrong year (2018)", date="2017-05-25")
C("Only County Kerry voted against repealing the Eighth Amendment.",
  "2018-05-28", X, "ie-2018-eighth-repeal", "place", "Donegal was the only constituency to vote No")
C("Three years and three days after the marriage equality vote, Irish voters repealed the Eighth Amendment.",
  "2018-06-01", S, "ie-2018-eighth-repeal", notes="anchored: 2015-05-22 + 3 years 3 days = 2018-05-25",
  rel=("after_days", "ie-2015-marriage-referendum", 3 * 365 + 1 + 3))
C("Australians rejected the Voice to Parliament on Saturday, with about 60 per cent voting No.",
  "2023-10-16", S, "au-2023-voice-referendum", notes="'Saturday' -> 2023-10-14", rel=("weekday", "Saturday"))
C("The Voice referendum was defeated with 54 per cent voting No.",
  "2023-10-20", X, "au-2023-voice-referendum", "count", "60.06% No")
C("The Voice was rejected in every state and territory.",
  "2023-10-16", X, "au-2023-voice-referendum", "place", "the ACT voted Yes")
C("Turnout in the 14 October 2023 Voice referendum was close to 90 per cent.",
  "2023-11-01", S, "au-2023-voice-referendum", notes="89.95%", date="2023-10-14")
C("Australia will hold another referendum on Indigenous recognition within a decade.",
  "2023-10-15", N, None, None, "prediction")
C("Italians rejected Matteo Renzi's constitutional reform on 4 December 2016, with almost 60 per cent voting No.",
  "2016-12-06", S, "it-2016-constitutional-referendum", notes="No 59.11% (100 - 40.89)", date="2016-12-04")
C("Prime Minister Paolo Gentiloni resigned after losing the December 2016 constitutional referendum.",
  "2017-01-10", X, "it-2016-constitutional-referendum", "actor", "it was Matteo Renzi (Gentiloni succeeded him)", date="2016-12")
C("Chileans overwhelmingly rejected the proposed new constitution on Sunday, with about 62 per cent voting against.",
  "2022-09-05", S, "cl-2022-constitutional-plebiscite", notes="'Sunday' -> 2022-09-04; Rechazo 61.86%", rel=("weekday", "Sunday"))
C("Chile's proposed new constitution was approved by 62 per cent of voters in September 2022.",
  "2022-10-01", X, "cl-2022-constitutional-plebiscite", "event", "outcome reversed: 62% rejected it", date="2022-09")
C("A month before the vote, polls showed the Rechazo camp about ten points ahead.",
  "2022-09-05", U, None, None, "opinion polls not in the table")
C("Nearly 78 per cent of Russian voters backed the constitutional amendments in the vote that ended on Wednesday.",
  "2020-07-02", S, "ru-2020-constitutional-vote", notes="'Wednesday' -> 2020-07-01; 77.92%", rel=("weekday", "Wednesday"))
C("Official results showed 87.9 per cent support for Putin's constitutional amendments.",
  "2020-07-05", X, "ru-2020-constitutional-vote", "count", "77.92%")
C("The Nenets Autonomous Okrug was the only region to vote against the amendments.",
  "2020-07-03", U, None, None, "regional results not in the table")
C("Kazakhstan approved a package of constitutional amendments in a referendum in June 2022.",
  "2022-06-10", U, None, None, "not in the table (true in reality)")

# ---------------------------------------------------------------- currencies
C("China's central bank devalued the yuan by nearly 2% on Tuesday.",
  "2015-08-12", S, "cn-2015-yuan-devaluation", notes="'Tuesday' -> 2015-08-11; 1.9%", rel=("weekday", "Tuesday"))
C("The People's Bank of China set the yuan midpoint at 6.3306 per dollar on 11 August 2015.",
  "2015-08-20", X, "cn-2015-yuan-devaluation", "count", "6.2298 on 11 Aug (6.3306 was the next day's fixing)", date="2015-08-11")
C("Egypt floated its currency on 3 November 2016, setting a guide rate of 13 pounds to the dollar.",
  "2016-11-04", S, "eg-2016-pound-float", date="2016-11-03")
C("Egypt's flotation amounted to a 48 per cent devaluation of the pound.",
  "2016-11-10", U, "eg-2016-pound-float", None, "the table deliberately leaves the size empty (32% or 48% depending on the measure)")
C("Egypt's finance ministry floated the pound in November 2016 to unlock an IMF loan.",
  "2016-12-01", X, "eg-2016-pound-float", "actor", "the Central Bank of Egypt floated the pound", date="2016-11")
C("Venezuela knocked five zeros off the bolívar on 20 August 2018.",
  "2018-09-01", S, "ve-2018-redenomination", date="2018-08-20")
C("Venezuela's August 2018 currency overhaul removed six zeros from the bolívar.",
  "2018-09-10", X, "ve-2018-redenomination", "count", "five zeros (six was the 2021 change, not in the table)", date="2018-08")
C("Venezuelans woke up yesterday to a new currency, the sovereign bolívar.",
  "2018-08-21", S, "ve-2018-redenomination", notes="'yesterday' -> 2018-08-20", rel=("yesterday",))
C("Turkey removed six zeros from its currency on 1 January 2005, launching the new Turkish lira.",
  "2005-01-02", S, "tr-2005-new-lira", date="2005-01-01")
C("Turkey's new lira, with six zeros dropped, was introduced on 1 January 2006.",
  "2007-01-01", X, "tr-2005-new-lira", "date", "wrong year (2005)", date="2006-01-01")
C("Argentina devalued the peso by 54% on Tuesday, to 800 per dollar.",
  "2023-12-13", S, "ar-2023-peso-devaluation", notes="'Tuesday' -> 2023-12-12", rel=("weekday", "Tuesday"))
C("Central bank governor Santiago Bausili announced the 54% devaluation of the peso.",
  "2023-12-14", X, "ar-2023-peso-devaluation", "actor", "announced by Economy Minister Luis Caputo")
C("The peso will lose half its value again by next year, analysts fear.",
  "2023-12-13", N, None, None, "prediction")
C("Ghana removed four zeros from the cedi in July 2007.",
  "2007-08-01", U, None, None, "not in the table (true in reality)")
C("Zimbabwe knocked twelve zeros off its dollar in 2009.",
  "2009-03-01", U, None, None, "not in the table (true in reality)")

# ---------------------------------------------------------------- space
C("New Horizons flew past Pluto on 14 July 2015, passing about 12,500 km from its surface.",
  "2015-07-16", S, "new-horizons-2015-pluto", date="2015-07-14")
C("NASA's probe made its closest approach to Pluto yesterday morning.",
  "2015-07-15", S, "new-horizons-2015-pluto", notes="'yesterday' -> 2015-07-14 (7:49 a.m. EDT)", rel=("yesterday",))
C("New Horizons passed within 1,250 km of Pluto's surface.",
  "2015-07-20", X, "new-horizons-2015-pluto", "count", "about 12,500 km")
C("Juno entered orbit around Jupiter on 4 July 2016 after a 35-minute engine burn.",
  "2016-07-06", S, "juno-2016-jupiter-orbit", notes="US Pacific date", date="2016-07-04")
C("Juno fired its main engine for 53 minutes to slip into orbit around Jupiter.",
  "2016-07-06", X, "juno-2016-jupiter-orbit", "count", "35-minute burn (8:53 p.m. was the confirmation time)")
C("Cassini plunged into Saturn on Friday, ending 13 years in orbit around the planet.",
  "2017-09-18", S, "cassini-2017-end", notes="'Friday' -> 2017-09-15", rel=("weekday", "Friday"))
C("The Cassini probe ended its mission by diving into Jupiter's atmosphere.",
  "2017-09-20", X, "cassini-2017-end", "place", "Saturn")
C("Philae became the first spacecraft to land on a comet on 12 November 2014.",
  "2014-11-14", S, "philae-2014-landing", date="2014-11-12")
C("NASA's Philae lander touched down on comet 67P in November 2014.",
  "2014-12-01", X, "philae-2014-landing", "actor", "Philae was an ESA (DLR/CNES) lander", date="2014-11")
C("Yesterday the Philae lander bounced twice before settling on the comet's surface.",
  "2014-11-13", S, "philae-2014-landing", notes="'yesterday' -> 2014-11-12", rel=("yesterday",))
C("Rosetta's mission ended with a controlled descent onto comet 67P on 30 September 2016.",
  "2016-10-01", S, "rosetta-2016-end", date="2016-09-30")
C("Nearly two years after Philae's bumpy landing, ESA steered the Rosetta orbiter itself down onto the comet.",
  "2016-10-03", S, "rosetta-2016-end", notes="anchored: 2014-11-12 -> 2016-09-30 = 688 days ('nearly two years' taken as 600-730 days)",
  rel=("within_days_after", "philae-2014-landing", 600, 730))
C("NASA's DART spacecraft slammed into the asteroid moonlet Dimorphos on Monday evening.",
  "2022-09-27", S, "dart-2022-impact", notes="'Monday' -> 2022-09-26 (7:14 p.m. EDT)", rel=("weekday", "Monday"))
C("DART's impact shortened Dimorphos's orbit by 73 seconds.",
  "2022-10-12", X, "dart-2022-impact", "count", "32 minutes (73 s was the minimum success threshold)")
C("Space agencies should pour far more money into planetary-defence missions like DART.",
  "2022-09-27", N, None, None, "call to act")
C("Voyager 1 crossed into interstellar space in August 2012.",
  "2013-09-12", U, None, None, "not in the table (true in reality)")
C("Japan's Hayabusa2 capsule brought asteroid samples back to Earth in December 2020.",
  "2020-12-07", U, None, None, "not in the table (true in reality)")

# ---------------------------------------------------------------- migrant boats
C("368 people died when a boat carrying migrants capsized off Lampedusa on 3 October 2013.",
  "2014-10-03", S, "lampedusa-2013-shipwreck", date="2013-10-03")
C("Only 155 people survived the October 2013 Lampedusa shipwreck.",
  "2013-10-20", S, "lampedusa-2013-shipwreck", notes="survivors = 155", date="2013-10")
C("The boat that sank off Lampedusa in October 2013 had set out from Tobruk.",
  "2013-11-01", X, "lampedusa-2013-shipwreck", "place", "it sailed from Misrata", date="2013-10")
C("A boat carrying hundreds of Eritrean migrants sank off Lampedusa on Thursday.",
  "2013-10-04", S, "lampedusa-2013-shipwreck", notes="'Thursday' -> 2013-10-03", rel=("weekday", "Thursday"))
C("At least 94 people died when a migrant boat from Turkey broke apart off Calabria in February 2023.",
  "2023-04-01", S, "cutro-2023-shipwreck", date="2023-02")
C("The boat that was wrecked off Cutro had sailed from Libya.",
  "2023-03-05", X, "cutro-2023-shipwreck", "place", "it sailed from Izmir, Turkey")
C("The Cutro shipwreck killed 58 people, Italian officials said.",
  "2023-05-01", M, "cutro-2023-shipwreck", "count", "58 was the first-day count; the toll rose to at least 94 (outdated figure, article written months later)")
C("Less than four months after the Cutro wreck, a fishing trawler carrying hundreds of migrants sank off Pylos in Greece.",
  "2023-06-20", S, "pylos-2023-shipwreck", notes="anchored: 2023-02-26 -> 2023-06-14 = 108 days",
  rel=("within_days_after", "cutro-2023-shipwreck", 1, 119))
C("The Adriana sank off Pylos on Wednesday with an estimated 750 people on board; 104 were rescued.",
  "2023-06-16", S, "pylos-2023-shipwreck", notes="'Wednesday' -> 2023-06-14", rel=("weekday", "Wednesday"))
C("Greek authorities rescued 140 people from the trawler that sank off Pylos.",
  "2023-06-18", X, "pylos-2023-shipwreck", "count", "104 survivors")
C("The trawler that capsized off Pylos had set sail from Izmir.",
  "2023-06-20", X, "pylos-2023-shipwreck", "place", "it left Tobruk, Libya")
C("The Pylos shipwreck killed 82 people.",
  "2023-07-01", M, "pylos-2023-shipwreck", "count", "82 bodies were recovered but hundreds more are missing, presumed dead; the table's deaths value counts recovered bodies only")
C("A court in Kalamata dropped all charges against nine Egyptian survivors of the Pylos wreck in May 2024.",
  "2024-06-01", U, None, None, "trial outcome not in the table (true in reality)")
C("Europe must open safe legal routes so that no more migrants drown at sea.",
  "2023-06-15", N, None, None, "call to act")
C("Some 300 migrants drowned when their boat sank off the Canary Islands in March 2019.",
  "2019-04-01", U, None, None, "no such event in the table (false in reality, as far as we know)")

# ---------------------------------------------------------------- chemical accidents
C("The Bhopal gas leak in December 1984 killed 3,787 people, according to the Madhya Pradesh government.",
  "2014-12-03", S, "bhopal-1984-gas-leak", date="1984-12")
C("Methyl isocyanate leaked from Dow Chemical's plant in Bhopal in December 1984.",
  "2004-12-03", X, "bhopal-1984-gas-leak", "actor", "Union Carbide India Limited (Dow bought Union Carbide only in 2001)", date="1984-12")
C("The Bhopal disaster struck on the night of 2-3 December 1985.",
  "2005-12-03", X, "bhopal-1984-gas-leak", "date", "wrong year (1984)", date="1985-12-03")
C("The explosion at the AZF fertiliser plant in Toulouse on 21 September 2001 killed 31 people and injured about 2,500.",
  "2011-09-21", S, "azf-2001-explosion", date="2001-09-21")
C("The AZF chemical plant that exploded in September 2001 was on the outskirts of Lyon.",
  "2002-01-01", X, "azf-2001-explosion", "place", "Toulouse", date="2001-09")
C("Fifteen people were killed when the West Fertilizer plant exploded on 17 April 2013.",
  "2013-05-01", S, "west-texas-2013-explosion", date="2013-04-17")
C("Wednesday night's blast at the fertiliser plant in West, north of Waco, killed 15 people.",
  "2013-04-19", S, "west-texas-2013-explosion", notes="'Wednesday' -> 2013-04-17 (article is Friday 19 April)",
  rel=("weekday", "Wednesday"))
C("The West, Texas, fertiliser explosion killed 35 people.",
  "2013-06-01", X, "west-texas-2013-explosion", "count", "15 deaths (35 was an early estimate)")
C("The Tianjin port explosions late on 12 August 2015 killed 173 people, more than half of them firefighters.",
  "2015-09-15", S, "tianjin-2015-explosions", notes="104 of 173 were firefighters", date="2015-08-12")
C("798 people died in the Tianjin warehouse blasts.",
  "2015-09-15", X, "tianjin-2015-explosions", "count", "injured given as dead (173 dead, 798 injured)")
C("Two huge blasts ripped through a chemicals warehouse in Tianjin late on Wednesday.",
  "2015-08-14", S, "tianjin-2015-explosions", notes="'Wednesday' -> 2015-08-12", rel=("weekday", "Wednesday"))
C("The Beirut port explosion in August 2020 killed more than 200 people.",
  "2020-09-01", U, None, None, "not in the table (true in reality)")
C("Every country that stores ammonium nitrate near homes must move it away now.",
  "2015-08-20", N, None, None, "call to act")
C("The Turkish currency dropped the word 'new' and became simply the Turkish lira again in 2009.",
  "2009-02-01", U, None, None, "not in the table (true in reality)")
C("Colombia's peace will not last unless the government delivers on land reform.",
  "2016-11-30", N, None, None, "prediction / opinion")


# ---------------------------------------------------------------- rebalancing additions
C("Ireland legalised abortion in a referendum on 25 May 2018.",
  "2018-06-10", M, "ie-2018-eighth-repeal", "event", "the vote repealed the constitutional ban (Eighth Amendment); abortion itself was legalised by later legislation", date="2018-05-25")
C("Eliud Kipchoge, who set the marathon world record twice in Berlin, still holds the mark today.",
  "2024-01-05", M, "kiptum-2023-chicago-wr", "actor", "two Berlin records are right (2018, 2022), but Kiptum took the record in October 2023")
C("Assefa and Chepngetich both broke the women's marathon world record in Berlin.",
  "2024-10-20", M, "chepngetich-2024-chicago-wr", "place", "Assefa in Berlin (2023) yes; Chepngetich in Chicago (2024)")
C("Yigal Amir was sentenced to life imprisonment in 1996.",
  "1996-04-01", U, None, None, "sentence not in the table (true in reality)")
C("The Dayton Agreement created the Office of the High Representative to oversee its civilian side.",
  "2005-12-14", U, None, None, "institutional detail not in the table")
C("Microsoft offered Sony a ten-year deal to keep Call of Duty on PlayStation.",
  "2023-02-22", U, None, None, "not in the table")
C("The USMCA's first joint review is due in 2026.",
  "2024-06-01", U, None, None, "review clause not in the table")
C("Pfizer and BioNTech said their vaccine was 95 per cent effective in the phase 3 trial.",
  "2020-11-19", U, None, None, "efficacy figure not in the table")
C("Philae woke up briefly in June 2015 after months of hibernation in the shadows.",
  "2015-06-15", U, None, None, "not in the table (true in reality)")
C("The former AZF site in Toulouse now hosts a cancer research campus.",
  "2015-09-21", U, None, None, "not in the table")
C("Cassini's Huygens probe landed on Saturn's moon Titan in January 2005.",
  "2017-09-15", U, None, None, "Huygens landing not in the table (true in reality)")
C("Dayton froze Bosnia's ethnic divisions instead of healing them.",
  "2015-12-14", N, None, None, "opinion")
C("The WHO must be given real powers to enforce its emergency declarations.",
  "2023-05-06", N, None, None, "call to act")
C("Musk's purchase of Twitter was the worst deal in Silicon Valley history.",
  "2023-10-27", N, None, None, "opinion")
C("Ireland's referendums show that citizens' assemblies work, and other democracies should copy them.",
  "2018-05-27", N, None, None, "opinion / call to act")
C("Turkey's lira will never regain the stability it enjoyed after the 2005 redenomination.",
  "2022-01-01", N, None, None, "prediction")
