# Claims for probe 15. c(text, article_date, verdict, fact_id, wrong_field, notes, rel=..., res=...)
# rel = relative-date spec resolved by reldate.resolve(); res = the date it must resolve to
# (asserted by build_claims.py). wrong_field values: date, phase, count, quantity, result, place, actor, event.
C = []
def c(text, ad, v, fid=None, wf=None, notes="", rel=None, res=None):
    C.append(dict(text=text, article_date=ad, expected_verdict=v, fact_id=fid,
                  wrong_field=wf, notes=notes, rel=rel, res=res))
S, X, U, N = "supported", "contradicted", "unverifiable", "not_checkable"

# --- Niger coup
c("Soldiers from Niger's presidential guard detained President Mohamed Bazoum on Wednesday, holding him inside the palace in Niamey.",
  "2023-07-28", S, "ne-coup-2023-bazoum-detained", None, "'Wednesday' -> 2023-07-26", ("wd","Wednesday"), "2023-07-26")
c("Gen. Abdourahamane Tchiani named himself head of Niger's new junta on Friday, two days after the president was seized.",
  "2023-07-31", S, "ne-coup-2023-tchiani-declared", None, "'Friday' -> 2023-07-28; 'two days after' consistent with 26 July", ("wd","Friday"), "2023-07-28")
c("Niger's President Mohamed Bazoum was detained by members of his own guard on 24 July 2023.",
  "2023-08-02", X, "ne-coup-2023-bazoum-detained", "date", "detention was on 26 July")
c("Niger's army chief of staff proclaimed himself leader of the junta on 28 July, saying the security situation had deteriorated.",
  "2023-07-29", X, "ne-coup-2023-tchiani-declared", "actor", "it was the presidential guard commander, Tchiani, not the army chief of staff")
c("General Tchiani declared himself Niger's new leader on 26 July, the same day Bazoum was detained.",
  "2023-08-05", X, "ne-coup-2023-tchiani-declared", "phase", "detention date given for the self-declaration (28 July)")
c("West African leaders gave Niger's junta one week to reinstate Bazoum or face possible military action.",
  "2023-07-31", U, None, None, "ECOWAS ultimatum not in the table")

# --- Gabon
c("Gabon's military seized power on 30 August 2023 and placed President Ali Bongo Ondimba under house arrest in Libreville.",
  "2023-08-31", S, "ga-coup-2023")
c("Gen. Brice Oligui Nguema was sworn in as Gabon's transitional president on Monday.",
  "2023-09-05", S, "ga-oligui-sworn-in-2023", None, "'Monday' -> 2023-09-04", ("wd","Monday"), "2023-09-04")
c("Oligui Nguema was sworn in as Gabon's interim president on 30 August 2023, hours after the army seized power.",
  "2023-09-10", X, "ga-oligui-sworn-in-2023", "phase", "coup date given for the swearing-in (4 Sept)")
c("Ali Bongo had been in power for 14 years when soldiers ousted him.",
  "2023-08-31", U, "ga-coup-2023", None, "length of Bongo's rule not held in the table")

# --- Myanmar
c("Myanmar military seizes power, detains Aung San Suu Kyi", "2021-02-01", S, "mm-coup-2021", None, "headline; same-day report")
c("The Tatmadaw arrested Suu Kyi and President Win Myint before dawn on Monday in Naypyitaw.",
  "2021-02-03", S, "mm-coup-2021", None, "'Monday' -> 2021-02-01", ("wd","Monday"), "2021-02-01")
c("Troops detained Aung San Suu Kyi in Yangon when the military took power on 1 February 2021.",
  "2021-02-10", X, "mm-coup-2021", "place", "detentions were in Naypyitaw")
c("At least 42 officials and 16 activists were rounded up on the day of the Myanmar coup.",
  "2021-02-02", U, "mm-coup-2021", None, "number detained not held")

# --- Turkey
c("A faction of Turkey's armed forces tried to topple President Erdoğan on the night of 15 July 2016.",
  "2016-07-20", S, "tr-coup-attempt-2016")
c("The failed coup in Turkey left 251 people dead, not counting the plotters.",
  "2017-07-15", U, "tr-coup-attempt-2016", None, "deaths left empty in the table because sources disagree")
c("Erdoğan's crackdown after the coup attempt went far beyond what was needed.",
  "2016-09-01", N, None, None, "opinion")

# --- Denmark
c("Queen Margrethe II stunned Danes by announcing her abdication in her New Year's Eve address.",
  "2024-01-02", S, "dk-abdication-announced-2023", None, "New Year's Eve -> 2023-12-31 (named day, not a relative weekday)")
c("Frederik X became King of Denmark on Sunday after his mother signed her abdication at Christiansborg Palace.",
  "2024-01-15", S, "dk-margrethe-abdication-2024", None, "'Sunday' -> 2024-01-14", ("wd","Sunday"), "2024-01-14")
c("The Danish queen signed the declaration of abdication at Amalienborg Palace.",
  "2024-01-15", X, "dk-margrethe-abdication-2024", "place", "signed at Christiansborg Palace")
c("Queen Margrethe formally gave up the throne on 31 December 2023.",
  "2024-02-03", X, "dk-margrethe-abdication-2024", "phase", "announcement date given for the abdication itself")
c("Some 300,000 people packed central Copenhagen to see the new king proclaimed.",
  "2024-01-15", U, "dk-margrethe-abdication-2024", None, "crowd size not held")

# --- Japan
c("Emperor Akihito stepped down on Tuesday, the first Japanese monarch to abdicate in about two centuries.",
  "2019-05-01", S, "jp-akihito-abdication-2019", None, "'Tuesday' -> 2019-04-30", ("wd","Tuesday"), "2019-04-30")
c("Naruhito ascended the Chrysanthemum Throne on 1 May 2019, ushering in the Reiwa era.",
  "2019-05-02", S, "jp-naruhito-accession-2019")
c("Naruhito became Japan's emperor on 30 April 2019.", "2019-06-01", X, "jp-naruhito-accession-2019", "phase", "abdication date given for the accession")
c("Emperor Hirohito abdicated in favour of his son at the Imperial Palace in April 2019.",
  "2019-05-03", X, "jp-akihito-abdication-2019", "actor", "Akihito abdicated; Hirohito died in 1989")
c("Naruhito was formally enthroned in October 2019 before some 2,000 guests.",
  "2019-10-23", U, None, None, "enthronement ceremony not a row (only mentioned in notes without details)")

# --- Spain
c("Felipe VI was proclaimed King of Spain on 19 June 2014.", "2014-06-20", S, "es-felipe-vi-accession-2014")
c("Felipe VI became King of Spain on 2 June 2014.", "2014-07-01", X, "es-felipe-vi-accession-2014", "date", "2 June was the announcement; accession 19 June")
c("King Juan Carlos announced his abdication on Monday, saying a younger generation deserved to step forward.",
  "2014-06-04", U, None, None, "announcement (2 June) deliberately not in the table; true in reality")

# --- UK coronation
c("King Charles III was crowned at Westminster Abbey on Saturday.", "2023-05-08", S, "uk-coronation-charles-2023", None, "'Saturday' -> 2023-05-06", ("wd","Saturday"), "2023-05-06")
c("Charles III was crowned at St Paul's Cathedral in May 2023.", "2023-05-20", X, "uk-coronation-charles-2023", "place", "Westminster Abbey")
c("Some 20 million people in Britain watched the coronation on television.", "2023-05-08", U, "uk-coronation-charles-2023", None, "audience not held")
c("The coronation was a shameful waste of public money.", "2023-05-09", N, None, None, "opinion")

# --- SVB / Signature / Credit Suisse / First Republic
c("California regulators shut Silicon Valley Bank on Friday and named the FDIC as receiver.",
  "2023-03-13", S, "us-svb-closed-2023", None, "'Friday' -> 2023-03-10", ("wd","Friday"), "2023-03-10")
c("SVB had roughly $209 billion in assets when it collapsed on 10 March 2023.", "2023-03-15", S, "us-svb-closed-2023")
c("Silicon Valley Bank, with $290 billion in assets, was seized on 10 March 2023.", "2023-03-14", X, "us-svb-closed-2023", "quantity", "assets $209.0bn (digits swapped)")
c("Regulators closed Silicon Valley Bank, based in Palo Alto, California, last Friday.",
  "2023-03-15", X, "us-svb-closed-2023", "place", "bank based in Santa Clara; 'last Friday' -> 2023-03-10 (date is right)", ("wd","Friday"), "2023-03-10")
c("New York regulators closed Signature Bank on Sunday, two days after SVB's failure.",
  "2023-03-14", S, "us-signature-closed-2023", None, "'Sunday' -> 2023-03-12", ("wd","Sunday"), "2023-03-12")
c("Signature Bank was shut down by New York regulators on 10 March 2023.", "2023-03-20", X, "us-signature-closed-2023", "date", "SVB's date given for Signature (12 March)")
c("Crypto businesses accounted for roughly a quarter of Signature Bank's deposits.", "2023-03-13", U, "us-signature-closed-2023", None, "deposit mix not held")
c("UBS agreed on Sunday to buy rival Credit Suisse for 3 billion Swiss francs.",
  "2023-03-20", S, "ch-ubs-credit-suisse-2023", None, "'Sunday' -> 2023-03-19", ("wd","Sunday"), "2023-03-19")
c("Julius Baer agreed to take over Credit Suisse in a government-brokered rescue on 19 March 2023.",
  "2023-03-21", X, "ch-ubs-credit-suisse-2023", "actor", "buyer was UBS")
c("Holders of Credit Suisse's AT1 bonds were wiped out under the terms of the takeover.",
  "2023-03-21", U, "ch-ubs-credit-suisse-2023", None, "bond write-down not held")
c("Regulators seized First Republic Bank early Monday and sold most of its assets to JPMorgan Chase.",
  "2023-05-02", S, "us-first-republic-seized-2023", None, "'Monday' -> 2023-05-01", ("wd","Monday"), "2023-05-01")
c("Lehman Brothers filed for bankruptcy on 15 September 2008 with $639 billion in assets.", "2018-09-15", U, None, None, "Lehman deliberately not in the table; true in reality")
c("Washington should never again bail out a failing bank.", "2023-03-16", N, None, None, "call to act / opinion")

# --- Hollywood strikes
c("The writers' strike ended on 27 September 2023 after 148 days.", "2023-09-28", S, "us-wga-strike-ends-2023")
c("The Writers Guild, which represents about 20,000 writers, began its strike in May 2023.", "2023-05-10", X, "us-wga-strike-begins-2023", "count", "11,500 members")
c("The writers' strike officially ended on 9 October 2023.", "2023-10-12", X, "us-wga-strike-ends-2023", "phase", "9 Oct was ratification; the strike ended 27 Sept")
c("Some 160,000 members of SAG-AFTRA went on strike on 14 July 2023.", "2023-07-15", S, "us-sag-aftra-strike-begins-2023")
c("The actors' strike ended at 12:01 a.m. on Thursday, after 118 days on the picket lines.",
  "2023-11-10", S, "us-sag-aftra-strike-ends-2023", None, "'Thursday' -> 2023-11-09", ("wd","Thursday"), "2023-11-09")
c("SAG-AFTRA's strike came to an end on 8 November 2023.", "2023-11-20", X, "us-sag-aftra-strike-ends-2023", "phase", "8 Nov was the tentative deal; the strike ended 9 Nov")
c("Studios lost an estimated $5 billion during the actors' walkout.", "2023-11-10", U, "us-sag-aftra-strike-ends-2023", None, "cost not held")
c("Some 33,000 Boeing machinists walked out on Friday at plants in Everett and Renton, Washington, after rejecting a contract offer.",
  "2024-09-16", S, "us-boeing-strike-begins-2024", None, "'Friday' -> 2024-09-13", ("wd","Friday"), "2024-09-13")
c("Boeing's machinists voted on Monday to accept a 38% raise over four years, ending their strike.",
  "2024-11-05", S, "us-boeing-strike-ends-2024", None, "'Monday' -> 2024-11-04", ("wd","Monday"), "2024-11-04")
c("The strike by about 3,300 Boeing machinists ended on 4 November 2024.", "2024-11-06", X, "us-boeing-strike-ends-2024", "count", "about 33,000")
c("The machinists' strike cost Boeing more than $9 billion.", "2024-11-06", U, "us-boeing-strike-ends-2024", None, "cost not held")
c("The unions were right to strike, and the studios got what they deserved.", "2023-11-12", N, None, None, "opinion")

# --- Iran hostages
c("Militant Iranian students seized the U.S. Embassy in Tehran on 4 November 1979, taking 66 Americans hostage.", "1979-11-06", S, "ir-hostage-crisis-begins-1979")
c("The 52 remaining hostages were freed on 20 January 1981, minutes after Reagan took the oath of office.", "1981-01-21", S, "ir-hostages-released-1981")
c("Iran freed 53 American hostages on 20 January 1981 after 444 days in captivity.", "1981-01-22", X, "ir-hostages-released-1981", "count", "52 hostages")
c("A U.S. rescue mission in April 1980 ended in the desert with eight American servicemen dead.", "1980-04-26", U, None, None, "Operation Eagle Claw not in the table")

# --- Moscow theatre
c("About 130 hostages died after Russian special forces pumped gas into the Dubrovka theatre on Saturday.",
  "2002-10-28", S, "ru-moscow-theatre-siege-ends-2002", None, "'Saturday' -> 2002-10-26", ("wd","Saturday"), "2002-10-26")
c("Russian forces ended the Dubrovka theatre siege on 23 October 2002, the night it began.", "2002-11-01", X, "ru-moscow-theatre-siege-ends-2002", "phase", "seizure date given for the storming (26 Oct)")
c("The rebels held 850 people hostage inside the Dubrovka theatre.", "2002-10-25", U, "ru-moscow-theatre-siege-begins-2002", None, "hostages left empty (850 vs 912)")

# --- Lindt cafe
c("A gunman took 18 people hostage at the Lindt cafe in Sydney's Martin Place on Monday.",
  "2014-12-17", S, "au-lindt-cafe-siege-begins-2014", None, "'Monday' -> 2014-12-15", ("wd","Monday"), "2014-12-15")
c("Two hostages and the gunman died when police stormed the cafe early on Tuesday, ending the siege.",
  "2014-12-17", S, "au-lindt-cafe-siege-ends-2014", None, "'Tuesday' -> 2014-12-16; 2 + gunman = deaths 3", ("wd","Tuesday"), "2014-12-16")
c("Three hostages were killed when police ended the Sydney cafe siege on 16 December 2014.", "2014-12-18", X, "au-lindt-cafe-siege-ends-2014", "count", "deaths 3 includes the gunman; two hostages died")

# --- In Amenas
c("Islamist militants attacked the Tigantourine gas plant near In Amenas on 16 January 2013 and seized foreign workers.", "2013-01-17", S, "dz-in-amenas-2013")
c("At least 39 foreign hostages were killed in the In Amenas siege.", "2013-01-25", U, "dz-in-amenas-2013", None, "deaths left empty (37 vs 39)")
c("Militants took dozens of foreigners hostage at a gas facility in Libya in January 2013.", "2013-01-18", X, "dz-in-amenas-2013", "place", "Algeria (the site is near the Libyan border)")

# --- Costa Concordia / Schettino
c("The Costa Concordia ran aground off the Tuscan island of Giglio on 13 January 2012, killing 32 people.", "2012-02-01", S, "it-costa-concordia-grounding-2012")
c("Concordia captain Schettino sentenced to 16 years", "2015-02-12", S, "it-schettino-sentenced-2015", None, "headline; day after the verdict")
c("Thirty-three passengers and crew died when the Costa Concordia capsized off Giglio in January 2012.", "2012-03-01", X, "it-costa-concordia-grounding-2012", "count", "32; the 33rd death was a salvage diver later")
c("Francesco Schettino was sentenced to 26 years in prison on 11 February 2015.", "2015-02-15", X, "it-schettino-sentenced-2015", "quantity", "16 years")
c("The wreck was pulled upright in a 19-hour parbuckling operation in September 2013.", "2013-09-18", U, None, None, "salvage row deliberately left out")

# --- USS Fitzgerald
c("Seven U.S. sailors were killed when the destroyer USS Fitzgerald collided with a container ship off Japan on Saturday.",
  "2017-06-19", S, "us-fitzgerald-collision-2017", None, "'Saturday' -> 2017-06-17", ("wd","Saturday"), "2017-06-17")
c("Ten sailors died when USS Fitzgerald collided with the ACX Crystal on 17 June 2017.", "2017-06-25", X, "us-fitzgerald-collision-2017", "count", "7 (10 is the later USS John S. McCain toll)")
c("Two months later the USS John S. McCain collided with a tanker near Singapore, killing 10 sailors.", "2017-08-25", U, None, None, "McCain collision not in table")

# --- heists
c("Thirteen works of art were stolen from Boston's Isabella Stewart Gardner Museum on 18 March 1990.", "2020-03-18", S, "us-gardner-museum-theft-1990")
c("Thieves dressed as police officers stole 31 works from the Gardner Museum in March 1990.", "2015-03-18", X, "us-gardner-museum-theft-1990", "count", "13 works (digits swapped)")
c("The Gardner Museum heist took place on St Patrick's Day, 17 March 1990.", "2010-03-17", X, "us-gardner-museum-theft-1990", "date", "early hours of 18 March, after St Patrick's Day")
c("The FBI says it has identified the Gardner thieves, both of whom are now dead.", "2013-03-19", U, "us-gardner-museum-theft-1990", None, "not held")
c("Thieves made off with 21 pieces of jewellery from Dresden's Green Vault on Monday.",
  "2019-11-27", S, "de-green-vault-heist-2019", None, "'Monday' -> 2019-11-25", ("wd","Monday"), "2019-11-25")
c("A Dresden court convicted five members of the Remmo clan over the Green Vault heist on 16 May 2023.", "2023-05-17", S, "de-green-vault-verdict-2023")
c("Six men were convicted on 16 May 2023 over the Dresden jewel theft.", "2023-05-18", X, "de-green-vault-verdict-2023", "count", "five convicted, a sixth acquitted")
c("The jewels taken from the Green Vault were insured for about 113 million euros.", "2019-11-26", U, "de-green-vault-heist-2019", None, "value not held")
c("The Hatton Garden raiders began their break-in on Thursday 2 April 2015, at the start of the Easter weekend.", "2015-04-10", S, "uk-hatton-garden-burglary-2015")
c("Three Hatton Garden ringleaders were jailed for seven years each at Woolwich Crown Court.", "2016-03-10", S, "uk-hatton-garden-sentences-2016")
c("Ringleaders John Collins, Terry Perkins and Daniel Jones were each jailed for 17 years over the Hatton Garden raid.", "2016-03-11", X, "uk-hatton-garden-sentences-2016", "quantity", "7 years")
c("The gang broke into the Hatton Garden vault on 7 April 2015.", "2015-05-01", X, "uk-hatton-garden-burglary-2015", "date", "7 April was when police announced it; entry on 2 April")
c("Thieves stole eight pieces of France's crown jewels from the Louvre's Apollo Gallery on Sunday morning.",
  "2025-10-20", S, "fr-louvre-jewel-heist-2025", None, "'Sunday' -> 2025-10-19", ("wd","Sunday"), "2025-10-19")
c("The October 2025 crown jewel theft hit the Musée d'Orsay.", "2025-10-21", X, "fr-louvre-jewel-heist-2025", "place", "Louvre")
c("The stolen Louvre jewels were valued at 88 million euros.", "2025-10-22", U, "fr-louvre-jewel-heist-2025", None, "value not held")
c("The Louvre must overhaul its security before it reopens the gallery.", "2025-10-22", N, None, None, "call to act")
c("A 100-kilogram gold coin was stolen from Berlin's Bode Museum in 2017.", "2023-05-17", U, None, None, "not in the table")

# --- Hong Kong
c("Organisers said almost two million people marched in Hong Kong on 16 June 2019 against the extradition bill.", "2019-06-17", S, "hk-protest-2019-06-16", None, "attributed to organisers, as the record states; attendance column empty on purpose")
c("Nearly two million people joined the 16 June 2019 march in Hong Kong.", "2019-06-18", U, "hk-protest-2019-06-16", None, "unattributed turnout; the table does not decide it (organisers vs police)")
c("Police said 538,000 people joined the Hong Kong march at its peak on 16 June 2019.", "2019-06-17", X, "hk-protest-2019-06-16", "count", "police figure 338,000")
c("The Hong Kong Federation of Trade Unions organised the 16 June 2019 march against the extradition bill.", "2019-06-20", X, "hk-protest-2019-06-16", "actor", "organised by the Civil Human Rights Front")

# --- collapses
c("The collapse of two skywalks at the Hyatt Regency in Kansas City on 17 July 1981 killed 114 people.", "1991-07-17", S, "us-hyatt-walkway-collapse-1981")
c("Police raised the Hyatt Regency death toll to 111 on Saturday.", "1981-07-19", S, "us-hyatt-toll-1981-07-18", None, "'Saturday' -> 1981-07-18", ("wd","Saturday"), "1981-07-18")
c("Two walkways fell onto a tea dance at the Kansas City Hyatt Regency in July 1981, killing 216 people.", "1982-07-17", X, "us-hyatt-walkway-collapse-1981", "count", "injuries given as deaths")
c("The 1981 Hyatt Regency walkway collapse happened in Kansas City, Kansas.", "2001-07-17", X, "us-hyatt-walkway-collapse-1981", "place", "Kansas City, Missouri")
c("The Hyatt Regency walkway collapse of 17 July 1981 killed 111 people.", "2006-07-17", X, "us-hyatt-walkway-collapse-1981", "count", "111 was the next-day interim figure; final toll 114")
c("More than 500 people died when the Sampoong Department Store in Seoul collapsed in June 1995.", "2005-06-29", S, "kr-sampoong-collapse-1995")
c("The replacement St. Anthony Falls Bridge opened to traffic on 18 September 2008.", "2008-09-19", U, None, None, "not in the table")
c("Officials said on Monday the toll from the Morbi bridge collapse had reached 132.", "2022-11-01", S, "in-morbi-toll-2022-10-31", None, "'Monday' -> 2022-10-31", ("wd","Monday"), "2022-10-31")
c("The final death toll from the collapse of the Morbi suspension bridge in Gujarat stood at 135.", "2022-11-05", S, "in-morbi-bridge-collapse-2022")
c("The Morbi footbridge gave way on Saturday evening, plunging hundreds into the river.", "2022-11-01", X, "in-morbi-bridge-collapse-2022", "date", "'Saturday' -> 2022-10-29; collapse was Sunday 30 Oct", ("wd","Saturday"), "2022-10-29")

# --- crowds, finals, records
c("An official crowd of 173,850 saw Uruguay beat Brazil 2-1 at the Maracanã on 16 July 1950.", "2000-07-16", S, "br-maracanazo-1950")
c("Brazil beat Uruguay 2-1 at the Maracanã in the deciding match of the 1950 World Cup.", "2010-07-16", X, "br-maracanazo-1950", "result", "Uruguay won 2-1")
c("A record 199,854 paying spectators watched the 1950 decider at the Maracanã.", "2014-06-10", X, "br-maracanazo-1950", "count", "official paid attendance 173,850; ~200,000 is an estimate of the real crowd")
c("Argentina beat France 4-2 on penalties after a 3-3 draw in the World Cup final at Lusail on Sunday.",
  "2022-12-19", S, "qa-world-cup-final-2022", None, "'Sunday' -> 2022-12-18", ("wd","Sunday"), "2022-12-18")
c("The 2022 World Cup final at Lusail Stadium drew a crowd of 88,966.", "2022-12-19", U, "qa-world-cup-final-2022", None, "attendance left empty (not confirmed in stored pages)")
c("Argentina beat France 3-2 after extra time in the 2022 World Cup final.", "2022-12-20", X, "qa-world-cup-final-2022", "result", "3-3 a.e.t., won on penalties")
c("Olga Carmona's goal gave Spain a 1-0 win over England in front of 75,784 fans in Sydney on 20 August 2023.", "2023-08-21", S, "au-wwc-final-2023")
c("Spain won the 2023 Women's World Cup final against England at Eden Park in Auckland.", "2023-08-22", X, "au-wwc-final-2023", "place", "Stadium Australia, Sydney")
c("Spain's triumph will inspire a whole generation of girls to play football.", "2023-08-21", N, None, None, "prediction / opinion")
c("Rod Stewart played a free New Year's Eve concert on Copacabana Beach in 1994.", "2014-12-31", S, "br-rod-stewart-copacabana-1994")
c("An estimated 3.5 million people turned out for Rod Stewart's Copacabana concert.", "2019-12-31", U, "br-rod-stewart-copacabana-1994", None, "attendance left empty (3.5m vs 4.2m)")
c("Rod Stewart's record-breaking Copacabana show was held on New Year's Eve 1993.", "2013-12-31", X, "br-rod-stewart-copacabana-1994", "date", "31 Dec 1994")
c("Usain Bolt ran 9.58 seconds to win the 100m world title in Berlin on 16 August 2009.", "2009-08-17", S, "de-bolt-100m-record-2009")
c("Bolt clocked 9.69 to set the 100m world record in Berlin on 16 August 2009.", "2019-08-16", X, "de-bolt-100m-record-2009", "result", "9.58 (9.69 was his Beijing 2008 mark)")
c("Tyson Gay won the 100m at the 2009 world championships in Berlin in a world record 9.58.", "2009-08-18", X, "de-bolt-100m-record-2009", "actor", "Bolt won; Gay was second")
c("Kelvin Kiptum broke the marathon world record in Chicago on Sunday, clocking 2:00:35.",
  "2023-10-09", S, "us-kiptum-marathon-record-2023", None, "'Sunday' -> 2023-10-08", ("wd","Sunday"), "2023-10-08")
c("Kelvin Kiptum set the marathon world record of 2:00:35 in Berlin in October 2023.", "2023-10-20", X, "us-kiptum-marathon-record-2023", "place", "Chicago")
c("Kiptum will run under two hours within a year.", "2023-10-09", N, None, None, "prediction")
c("Kiptum was killed in a road accident in Kenya in February 2024.", "2024-02-12", U, None, None, "not in the table")

# --- referendums
c("Chileans rejected a proposed new constitution on 4 September 2022, with about 62% voting against.", "2022-09-05", S, "cl-constitutional-referendum-2022", None, "yes 38.1% -> no about 62%")
c("Some 58% of Chilean voters backed the draft constitution in the 4 September 2022 plebiscite.", "2022-09-06", X, "cl-constitutional-referendum-2022", "quantity", "yes about 38%")
c("Australians voted down the Indigenous Voice to Parliament on Saturday, with 60% voting No.",
  "2023-10-16", S, "au-voice-referendum-2023", None, "'Saturday' -> 2023-10-14", ("wd","Saturday"), "2023-10-14")
c("Ireland voted by 66.4% to repeal the Eighth Amendment in a referendum on 25 May 2018.", "2018-05-27", S, "ie-eighth-amendment-referendum-2018")
c("Irish voters went to the polls on 26 May 2018 and voted to repeal the Eighth Amendment.", "2018-06-01", X, "ie-eighth-amendment-referendum-2018", "date", "polling day was 25 May; 26 May was the count/declaration")
c("Italians rejected Matteo Renzi's constitutional reform by roughly 59% to 41% in the December 2016 referendum.", "2016-12-06", S, "it-constitutional-referendum-2016", None, "the statement gives 'roughly 59% to 41%'; yes_percent empty, rounded shares agree")
c("Turnout in Italy's 2016 constitutional referendum was 65.5%.", "2016-12-06", U, "it-constitutional-referendum-2016", None, "turnout not held")

# --- central banks
c("The Swiss National Bank scrapped its cap on the franc on Thursday and cut its deposit rate to minus 0.75%.",
  "2015-01-16", S, "ch-snb-floor-scrapped-2015", None, "'Thursday' -> 2015-01-15", ("wd","Thursday"), "2015-01-15")
c("The SNB cut its deposit rate to minus 0.25% when it abandoned the franc floor in January 2015.", "2015-02-01", X, "ch-snb-floor-scrapped-2015", "quantity", "-0.75% (-0.25% was the old rate)")
c("The Bank of Japan on Tuesday ended negative interest rates, lifting its short-term rate to a range of 0 to 0.1%.",
  "2024-03-20", S, "jp-boj-ends-negative-rates-2024", None, "'Tuesday' -> 2024-03-19", ("wd","Tuesday"), "2024-03-19")
c("The Fed raised rates by a quarter point on Wednesday to a range of 0.25% to 0.5%, its first hike since 2018.",
  "2022-03-17", S, "us-fed-hike-2022-03", None, "'Wednesday' -> 2022-03-16", ("wd","Wednesday"), "2022-03-16")
c("The Federal Reserve lifted its target range to 0.50%-0.75% in March 2022.", "2022-04-01", X, "us-fed-hike-2022-03", "quantity", "0.25-0.50%")
c("The Bank of England halved Bank Rate to 0.25% on 4 August 2016, its first cut since 2009.", "2016-08-05", S, "uk-boe-cut-2016-08")
c("The Bank of England cut its key rate by half a point to 0.25% on Wednesday in an emergency move.",
  "2020-03-12", S, "uk-boe-cut-2020-03", None, "'Wednesday' -> 2020-03-11", ("wd","Wednesday"), "2020-03-11")
c("The Bank of Canada raised its key rate to 5% in July 2023.", "2023-07-13", U, None, None, "not in the table")

# --- products
c("Steve Jobs unveiled the iPhone at Macworld in San Francisco on 9 January 2007.", "2017-01-09", S, "us-iphone-unveiled-2007")
c("The iPhone went on sale in the United States on 29 June 2007.", "2007-06-30", S, "us-iphone-on-sale-2007")
c("Apple released the first iPhone to customers on 9 January 2007.", "2012-06-29", X, "us-iphone-on-sale-2007", "phase", "unveiling date given for the release (29 June)")
c("OpenAI released ChatGPT to the public on 30 November 2022.", "2023-01-15", S, "us-chatgpt-launch-2022")
c("ChatGPT reached 100 million users within two months of launch.", "2023-02-02", U, "us-chatgpt-launch-2022", None, "the table holds only 'one million within five days'")

# --- heat and cold
c("Lytton, B.C., set a Canadian temperature record of 49.6C on Tuesday.",
  "2021-07-01", S, "ca-lytton-record-2021-06-29", None, "'Tuesday' -> 2021-06-29", ("wd","Tuesday"), "2021-06-29")
c("On Sunday Lytton reached 46.1C, beating Canada's previous record of 45C set in 1937.",
  "2021-06-28", S, "ca-lytton-record-2021-06-27", None, "'Sunday' -> 2021-06-27", ("wd","Sunday"), "2021-06-27")
c("Lytton hit 47.9C on 29 June 2021, the highest temperature ever recorded in Canada.", "2021-07-05", X, "ca-lytton-record-2021-06-29", "quantity", "49.6C on 29 June")
c("The UK recorded its first temperature above 40C on Tuesday, with 40.3C at Coningsby, Lincolnshire.",
  "2022-07-20", S, "uk-coningsby-record-2022", None, "'Tuesday' -> 2022-07-19", ("wd","Tuesday"), "2022-07-19")
c("Britain's record 40.3C was measured at Heathrow on 19 July 2022.", "2022-07-25", X, "uk-coningsby-record-2022", "place", "Coningsby (Heathrow peaked at 40.2C)")
c("A station near Syracuse in Sicily logged 48.8C on 11 August 2021, a European record.", "2024-01-31", S, "it-sicily-record-2021")
c("The WMO confirmed on Tuesday that the 48.8C reading from Sicily is Europe's hottest on record.",
  "2024-02-01", S, "wmo-sicily-record-confirmed-2024", None, "'Tuesday' -> 2024-01-30", ("wd","Tuesday"), "2024-01-30")
c("The WMO certified Sicily's 48.8C as a European record in August 2021.", "2024-03-01", X, "wmo-sicily-record-confirmed-2024", "phase", "reading date given for the verification (30 Jan 2024)")
c("The lowest temperature ever measured on Earth, -89.2C, was recorded at Vostok Station on 21 July 1983.", "2013-12-10", S, "aq-vostok-record-1983")
c("Vostok Station recorded -98.2C on 21 July 1983.", "2010-01-05", X, "aq-vostok-record-1983", "quantity", "-89.2C (digits swapped)")
c("Death Valley reached 54.4C in August 2020, one of the highest readings on record.", "2020-08-18", U, None, None, "not in the table")

# --- sentences
c("Sam Bankman-Fried was sentenced to 25 years in prison on Thursday.",
  "2024-03-29", S, "us-sbf-sentenced-2024", None, "'Thursday' -> 2024-03-28", ("wd","Thursday"), "2024-03-28")
c("Judge Jed Rakoff sentenced Sam Bankman-Fried to 25 years in March 2024.", "2024-04-02", X, "us-sbf-sentenced-2024", "actor", "Judge Lewis Kaplan")
c("FTX founder Sam Bankman-Fried was jailed for 40 years on 28 March 2024.", "2024-03-30", X, "us-sbf-sentenced-2024", "quantity", "25 years (40-50 was the prosecution's request)")
c("Elizabeth Holmes was sentenced to more than 11 years in prison in San Jose on 18 November 2022.", "2022-11-19", S, "us-holmes-sentenced-2022")
c("Derek Chauvin was sentenced to 22 and a half years for the murder of George Floyd on Friday.",
  "2021-06-28", S, "us-chauvin-sentenced-2021", None, "'Friday' -> 2021-06-25", ("wd","Friday"), "2021-06-25")
c("Chauvin was sentenced to 22.5 years on 20 April 2021.", "2021-07-10", X, "us-chauvin-sentenced-2021", "phase", "conviction date given for the sentencing")
c("Bernard Madoff was sentenced to 150 years in prison on 29 June 2009.", "2009-06-30", U, None, None, "Madoff deliberately left out of the table; true in reality")
c("Sudan's army seized power and detained Prime Minister Abdalla Hamdok on 25 October 2021.", "2021-10-26", U, None, None, "not in the table")
c("Burkina Faso's military ousted President Roch Marc Christian Kaboré in January 2022.", "2022-01-25", U, None, None, "not in the table")
c("Belgium's King Philippe abdicated in favour of his daughter in 2023.", "2023-07-21", U, None, None, "not in the table; false in reality")
c("Silvergate Bank said on 8 March 2023 that it would wind down its operations.", "2023-03-09", U, None, None, "not in the table")
c("Thailand's King Bhumibol Adulyadej died at Siriraj Hospital in Bangkok on 13 October 2016.", "2016-10-14", U, None, None, "not in the table")
c("Thousands of junior doctors in England walked out for 72 hours earlier this month.", "2023-03-28", U, None, None, "not in the table")

# --- more relative-date, sub-count, approximate and metonymy forms
c("Gabon's generals seized power last Wednesday, minutes after Ali Bongo was declared re-elected.",
  "2023-09-06", S, "ga-coup-2023", None, "'last Wednesday' = Wednesday of the previous Mon-Sun week -> 2023-08-30", ("last_week","Wednesday"), "2023-08-30")
c("Boeing's striking machinists approved a new contract last Tuesday, ending their walkout.",
  "2024-11-11", X, "us-boeing-strike-ends-2024", "date", "'last Tuesday' -> 2024-11-05; the vote was Monday 4 Nov", ("last_week","Tuesday"), "2024-11-05")
c("Signature Bank was closed two days after Silicon Valley Bank collapsed.",
  "2023-03-20", S, "us-signature-closed-2023", None, "anchored: us-svb-closed-2023 + 2 days = 2023-03-12", ("anchor","us-svb-closed-2023",2), "2023-03-12")
c("Oligui Nguema was sworn in as president a week after the coup.",
  "2023-09-12", X, "ga-oligui-sworn-in-2023", "date", "anchored: ga-coup-2023 + 7 = 2023-09-06; sworn in 4 Sept (five days after)", ("anchor","ga-coup-2023",7), "2023-09-06")
c("Canada's national heat record was set in Lytton, British Columbia, earlier this month.",
  "2021-07-15", X, "ca-lytton-record-2021-06-29", "date", "'earlier this month' -> July 2021; record set 29 June", ("this_month",), "2021-07")
c("SAG-AFTRA called off its strike earlier this month after reaching a deal with the studios.",
  "2023-11-25", S, "us-sag-aftra-strike-ends-2023", None, "'earlier this month' -> November 2023", ("this_month",), "2023-11")
c("The Bank of Japan raised interest rates for the first time in 17 years last month.",
  "2024-04-10", S, "jp-boj-ends-negative-rates-2024", None, "'last month' -> March 2024", ("last_month",), "2024-03")
c("Kelvin Kiptum's 2:00:35 in Chicago yesterday cut 34 seconds off Eliud Kipchoge's world record.",
  "2023-10-09", S, "us-kiptum-marathon-record-2023", None, "'yesterday' -> 2023-10-08", ("yesterday",), "2023-10-08")
c("Two of the three people who died in the Sydney cafe siege were hostages.",
  "2014-12-17", S, "au-lindt-cafe-siege-ends-2014", None, "sub-count: deaths 3 = 2 hostages + gunman")
c("Nearly 140 people died when the suspension bridge in Morbi gave way.",
  "2022-11-08", S, "in-morbi-bridge-collapse-2022", None, "approximate: 135")
c("Bern brokered the sale of Credit Suisse to UBS on Sunday to avert a wider banking panic.",
  "2023-03-21", S, "ch-ubs-credit-suisse-2023", None, "'Bern' = Swiss federal government; 'Sunday' -> 2023-03-19", ("wd","Sunday"), "2023-03-19")
c("The Kremlin sent special forces into the Dubrovka theatre on 26 October 2002, ending the siege.",
  "2002-10-27", S, "ru-moscow-theatre-siege-ends-2002", None, "'the Kremlin' stands for the Russian state")

c("Niger's junta closed the country's borders and suspended the constitution.", "2023-07-27", U, "ne-coup-2023-bazoum-detained", None, "measures not held")
c("UBS chairman Colm Kelleher called the takeover absolutely essential to global finance.", "2023-03-20", U, "ch-ubs-credit-suisse-2023", None, "quote not held")
c("The Lindt cafe gunman was out on bail when he took the hostages.", "2014-12-16", U, "au-lindt-cafe-siege-begins-2014", None, "bail status not held")
c("Rescuers pulled 177 people alive from the Machchhu river after the Morbi collapse.", "2022-10-31", U, "in-morbi-bridge-collapse-2022", None, "rescued count not held")
c("Silicon Valley Bank had 17 branches in California and Massachusetts.", "2023-03-11", U, "us-svb-closed-2023", None, "branch count not held")
c("Fed officials projected six more rate increases before the end of 2022.", "2022-03-17", U, "us-fed-hike-2022-03", None, "projections not held")
