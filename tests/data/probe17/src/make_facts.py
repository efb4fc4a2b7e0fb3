"""Writes ../facts.csv. Values are typed in by hand from the pages listed in `source`."""
import csv, datetime, os

COLS = ["id", "statement", "date", "date_precision", "event_type", "location", "country",
        "actors", "aliases", "deaths", "injuries", "source", "notes",
        "capacity", "attendance", "height_m", "length_km", "speed_kmh", "sentence_years",
        "visitors", "gold_medals", "people_affected"]

W = "https://en.wikipedia.org/wiki/"
R = []
def f(**k):
    R.append(k)

# ---------------- Olympic Games and World Cups ----------------
f(id="london2012-opening", statement="The Games of the XXX Olympiad opened in London with a ceremony directed by Danny Boyle at the Olympic Stadium in Stratford on 27 July 2012; London became the first city to host the modern Summer Games three times.",
  date="2012-07-27", date_precision="day", event_type="Olympic opening ceremony", location="Olympic Stadium, Queen Elizabeth Olympic Park, Stratford, London",
  country="UK", actors="London Organising Committee (LOCOG); International Olympic Committee; Queen Elizabeth II (declared the Games open); Danny Boyle (ceremony director)",
  aliases="London 2012; 2012 Summer Olympics; Games of the XXX Olympiad; Isles of Wonder",
  source=W+"2012_Summer_Olympics ; https://www.wiki3.en-us.nina.az/2012_Olympic_Games.html", notes="Women's football group matches began two days earlier (25 July) in Cardiff; the table records the ceremony.")
f(id="london2012-closing", statement="The London 2012 Olympics closed on 12 August 2012; the United States topped the medal table with 46 gold medals (104 in all), China was second with 38 gold and host Great Britain third with 29 gold (65 in all).",
  date="2012-08-12", date_precision="day", event_type="Olympic closing ceremony", location="Olympic Stadium, Stratford, London",
  country="U.K.", actors="United States (topped medal table); China (second); Great Britain (host, third)", aliases="London 2012 closing ceremony; A Symphony of British Music; Team GB",
  source=W+"2012_Summer_Olympics ; https://gk-for-entrance.blogspot.com/2012/11", gold_medals="46",
  notes="gold_medals = golds of the first actor (USA). Team GB 29 gold is in the statement only. China's total is given as 88 at the close and 91 after later doping reallocations.")
f(id="beijing2008-opening", statement="The 2008 Summer Olympics opened in Beijing on 8 August 2008 at the National Stadium; host China finished with the most gold medals, ahead of the United States, which won the most medals overall (112 after reallocations).",
  date="2008-08-08", date_precision="day", event_type="Olympic opening ceremony", location="Beijing National Stadium (Bird's Nest), Beijing",
  country="China", actors="China (host, most golds); United States (most medals overall); Beijing Organizing Committee (BOCOG)", aliases="Beijing 2008; Games of the XXIX Olympiad; Bird's Nest",
  source=W+"2008_Summer_Olympics_medal_table ; https://infokontak.com/en/2008_Summer_Olympics_medal_table ; http://olympics.nbcsports.com/2017/01/12/nadzeya-ostapchuk-doping-beijing-olympics/", gold_medals="",
  notes="gold_medals left empty on purpose: China won 51 golds at the Games but the IOC stripped three weightlifting golds in January 2017, so the table now shows 48; sources quote either figure.")
f(id="rio2016-opening", statement="The Rio 2016 Olympics, the first Games held in South America, opened at the Maracanã Stadium in Rio de Janeiro on 5 August 2016; acting president Michel Temer declared them open.",
  date="2016-08-05", date_precision="day", event_type="Olympic opening ceremony", location="Maracanã Stadium, Rio de Janeiro",
  country="Brazil", actors="Michel Temer (acting president, opened the Games); Rio 2016 Organising Committee; International Olympic Committee", aliases="Rio 2016; Games of the XXXI Olympiad; Jogos Olímpicos de Verão de 2016; Maracana",
  source=W+"2016_Summer_Olympics ; https://archive.is/l2ZSs", notes="Football preliminaries started on 3 August.")
f(id="rio2016-closing", statement="The Rio 2016 Games closed at the Maracanã on 21 August 2016 in wind and rain; the United States led the medal table with 46 gold and 121 medals in all, ahead of Great Britain (27 gold) and China (26 gold).",
  date="2016-08-21", date_precision="day", event_type="Olympic closing ceremony", location="Maracanã Stadium, Rio de Janeiro",
  country="Brazil", actors="United States (topped medal table); Great Britain (second); China (third)", aliases="Rio 2016 closing ceremony",
  source=W+"2016_Summer_Olympics ; https://jakartaglobe.id/news/us-tops-medal-table-2016-rio-olympics-come-close/ ; https://wiki.studentb.eu/view_html.php?lang=de&q=Olympische_Sommerspiele_2016&sq=engine", gold_medals="46",
  notes="gold_medals = golds of the first actor (USA).")
f(id="tokyo2020-opening", statement="The Tokyo 2020 Olympics, postponed by a year because of the COVID-19 pandemic, opened on 23 July 2021 at the Japan National Stadium with almost no spectators; Emperor Naruhito declared the Games open.",
  date="2021-07-23", date_precision="day", event_type="Olympic opening ceremony", location="Japan National Stadium, Shinjuku, Tokyo",
  country="Japan", actors="Emperor Naruhito (opened the Games); Tokyo 2020 Organising Committee; International Olympic Committee", aliases="Tokyo 2020; 2020 Summer Olympics; Games of the XXXII Olympiad; Tokyo Olympics",
  source=W+"2020_Summer_Olympics ; https://www.businessinsider.com/tokyo-2020-olympics-medal-table-2021-7 ; http://www.olimp-history.ru/node/660/medals", notes="Originally scheduled for 24 July - 9 August 2020.")
f(id="tokyo2020-closing", statement="The Tokyo Olympics closed on Sunday 8 August 2021; the United States won 39 gold medals (113 in all), one more gold than China (38), and host Japan won a record 27 golds.",
  date="2021-08-08", date_precision="day", event_type="Olympic closing ceremony", location="Japan National Stadium, Tokyo",
  country="Japan", actors="United States (topped medal table); China (second); Japan (host, third)", aliases="Tokyo 2020 closing ceremony; Worlds We Share",
  source="https://wabcradio.com/2021/08/09/2020-olympics-come-to-an-end ; https://www.parateet.com/post/tokyo-olympics-conclude", gold_medals="39",
  notes="gold_medals = golds of the first actor (USA). China 38, Japan 27 are in the statement only.")
f(id="wc2022-opening", statement="The 2022 FIFA World Cup, the first held in the Middle East, opened on Sunday 20 November 2022 at Al Bayt Stadium in Al Khor, north of Doha, where Ecuador beat hosts Qatar 2-0 with two goals from Enner Valencia.",
  date="2022-11-20", date_precision="day", event_type="World Cup opening match", location="Al Bayt Stadium, Al Khor",
  country="Qatar", actors="Ecuador (won 2-0); Qatar (host); Enner Valencia (scored both goals); FIFA", aliases="Qatar 2022; FIFA World Cup Qatar 2022; Qatar v Ecuador",
  source="https://www.pulse.com.gh/sports/football/qatar-2022-day-1-roundup-ecuador-top-group-a-after-win-over-qatar/lggdzhk ; https://www.sunnewsonline.com/world-cup-host-qatar-slugs-it-out-with-ecuador-in-opening-match/", capacity="60000",
  notes="FIFA moved the opening match forward by one day (from 21 Nov) so the hosts could play it. Capacity as given in press reports (60,000).")
f(id="wc2022-final", statement="Argentina won the 2022 World Cup final against France at Lusail Stadium on 18 December 2022, Qatar's National Day: the match ended 3-3 after extra time (Messi 2, Di María; Mbappé hat-trick) and Argentina won the shoot-out 4-2 for their third title.",
  date="2022-12-18", date_precision="day", event_type="World Cup final", location="Lusail Stadium, Lusail",
  country="Qatar", actors="Argentina (winner); France (runner-up, holders); Lionel Messi; Kylian Mbappé", aliases="World Cup final 2022; Argentina v France; Lusail Iconic Stadium",
  source="https://tass.com/sport/1552255 ; https://www.iheart.com/content/2022-12-18-argentina-wins-2022-world-cup/ ; https://dribbble.com./shots/20255497-FIFA-World-Cup-Qatar-2022-Final", attendance="",
  notes="attendance not confirmed in the pages used; left empty.")
f(id="wc2014-final", statement="Germany beat Argentina 1-0 after extra time in the 2014 World Cup final at the Maracanã in Rio de Janeiro on 13 July 2014; substitute Mario Götze scored in the 113th minute and Germany became the first European team to win the trophy in South America.",
  date="2014-07-13", date_precision="day", event_type="World Cup final", location="Maracanã, Rio de Janeiro",
  country="Brazil", actors="Germany (winner); Argentina (runner-up); Mario Götze (scorer); Nicola Rizzoli (referee)", aliases="2014 FIFA World Cup final; Gotze; Maracana; Estádio do Maracanã",
  source="http://www.11v11.com/matches/germany-v-argentina-13-july-2014-308716/ ; https://www.bbc.co.uk/sport/football/28181689", attendance="74738",
  notes="Germany's fourth title (1954, 1974, 1990, 2014).")

# ---------------- Trials ----------------
f(id="chauvin-deliberations", statement="The jury in the murder trial of former Minneapolis police officer Derek Chauvin began deliberating on Monday 19 April 2021 after three weeks of testimony.",
  date="2021-04-19", date_precision="day", event_type="trial: jury deliberations begin", location="Hennepin County Government Center, Minneapolis, Minnesota",
  country="USA", actors="Derek Chauvin (defendant); Hennepin County jury; Judge Peter Cahill", aliases="State v. Chauvin; George Floyd murder trial; Chauvin trial",
  source="https://theinfong.com/2021/06/judge-sentences-derek-chauvin-to-22-5-years-in-prison-for-murdering-floyd-video/", notes="")
f(id="chauvin-verdict", statement="On 20 April 2021, after less than two days of deliberations, a Minneapolis jury convicted Derek Chauvin of second-degree unintentional murder, third-degree murder and second-degree manslaughter in the May 2020 death of George Floyd.",
  date="2021-04-20", date_precision="day", event_type="trial: verdict", location="Hennepin County Government Center, Minneapolis, Minnesota",
  country="USA", actors="Derek Chauvin (defendant, convicted); Hennepin County jury; George Floyd (victim)", aliases="Chauvin verdict; George Floyd trial verdict; State v. Chauvin",
  source="https://latimesnow.com/2021/06/25/watch-derek-chauvin-as-judge-reads-his-sentence ; https://www.dailycal.org/tag/gianna-floyd/", notes="Guilty on all three counts.")
f(id="chauvin-sentencing", statement="Hennepin County Judge Peter Cahill sentenced Derek Chauvin to 22 and a half years in prison on Friday 25 June 2021 for the murder of George Floyd.",
  date="2021-06-25", date_precision="day", event_type="trial: sentencing", location="Hennepin County Courthouse, Minneapolis, Minnesota",
  country="U.S.", actors="Derek Chauvin (sentenced); Judge Peter Cahill", aliases="Chauvin sentencing; 22.5 years",
  source="https://www.riverbender.com/articles/details/former-police-officer-derek-chauvin-sentenced-to-225-years-51195.cfm ; https://www.lockportjournal.com/news/chauvin-gets-22-1-2-years-in-prison-for-george-floyds-death/article_a605656c-d5f6-11eb-852f-f358a3009e48.html", sentence_years="22.5",
  notes="Floyd died on 25 May 2020; Chauvin was arrested on 29 May 2020 (not separate rows).")
f(id="maxwell-verdict", statement="A federal jury in Manhattan convicted Ghislaine Maxwell on 29 December 2021 on five of the six counts she faced, including sex trafficking of a minor, for helping Jeffrey Epstein abuse underage girls.",
  date="2021-12-29", date_precision="day", event_type="trial: verdict", location="U.S. District Court, Southern District of New York, Manhattan, New York",
  country="USA", actors="Ghislaine Maxwell (defendant, convicted); federal jury; Jeffrey Epstein (associate, died 2019)", aliases="United States v. Maxwell; Maxwell trial; Epstein associate trial",
  source="https://www.republicworld.com/world-news/us-news/ghislaine-maxwell-sentenced-for-20-years-for-helping-epstein-in-abusing-young-girls-articleshow.html ; https://www.spokesman.com/stories/2022/jun/28/maxwell-sentenced-to-20-years-as-epsteins-confidan/", notes="Jury deliberated about 40 hours over six days.")
f(id="maxwell-sentencing", statement="U.S. District Judge Alison Nathan sentenced Ghislaine Maxwell to 20 years in prison on Tuesday 28 June 2022; prosecutors had sought at least 30 years.",
  date="2022-06-28", date_precision="day", event_type="trial: sentencing", location="federal courthouse, lower Manhattan, New York City",
  country="United States", actors="Ghislaine Maxwell (sentenced); Judge Alison Nathan; Damian Williams (U.S. Attorney)", aliases="Maxwell sentencing",
  source="https://www.spokesman.com/stories/2022/jun/28/maxwell-sentenced-to-20-years-as-epsteins-confidan/ ; https://www.sott.net/article/469232-Ghislaine-Maxwell-sentenced-to-20-years-in-Epstein-sex-abuse-case", sentence_years="20", notes="")
f(id="holmes-verdict", statement="Theranos founder Elizabeth Holmes was convicted on 3 January 2022 in San Jose, California, on four counts of defrauding investors and conspiracy; the jury acquitted her on four other counts and could not reach a verdict on three.",
  date="2022-01-03", date_precision="day", event_type="trial: verdict", location="Robert F. Peckham Federal Building, San Jose, California",
  country="USA", actors="Elizabeth Holmes (defendant, convicted); Theranos", aliases="United States v. Holmes; Theranos trial",
  source="https://www.mddionline.com/medical-device-regulations/elizabeth-holmes-sentenced-to-11-25-years-for-theranos-fraud ; https://ca.sports.yahoo.com/news/theranos-founder-elizabeth-holmes-jailed-222331600.html?src=rss", notes="")
f(id="holmes-sentencing", statement="U.S. District Judge Edward Davila sentenced Elizabeth Holmes on 18 November 2022 to 11 years and three months (135 months) in prison, and ordered her to report to prison on 27 April 2023.",
  date="2022-11-18", date_precision="day", event_type="trial: sentencing", location="federal court, San Jose, California",
  country="U.S.", actors="Elizabeth Holmes (sentenced); Judge Edward Davila", aliases="Holmes sentencing; Theranos founder sentenced",
  source="https://news.yahoo.com/elizabeth-holmes-sentenced-more-11-225604876.html ; https://www.mddionline.com/medical-device-regulations/elizabeth-holmes-sentenced-to-11-25-years-for-theranos-fraud", sentence_years="11.25",
  notes="Prosecutors sought 15 years; probation recommended 9.")
f(id="sbf-verdict", statement="A Manhattan jury found FTX founder Sam Bankman-Fried guilty on 2 November 2023 on all seven fraud and conspiracy counts stemming from the exchange's 2022 collapse.",
  date="2023-11-02", date_precision="day", event_type="trial: verdict", location="U.S. District Court, Manhattan, New York",
  country="USA", actors="Sam Bankman-Fried (defendant, convicted); FTX; Alameda Research", aliases="SBF; United States v. Bankman-Fried; FTX trial",
  source="https://www.oodaloop.com/briefs/2024/03/28/crypto-mogul-sam-bankman-fried-sentenced-to-25-years/", notes="Trial lasted about five weeks.")
f(id="sbf-sentencing", statement="U.S. District Judge Lewis Kaplan sentenced Sam Bankman-Fried to 25 years in prison on Thursday 28 March 2024 and ordered him to forfeit $11 billion; prosecutors had asked for 40 to 50 years.",
  date="2024-03-28", date_precision="day", event_type="trial: sentencing", location="Manhattan federal court, New York",
  country="US", actors="Sam Bankman-Fried (sentenced); Judge Lewis Kaplan", aliases="SBF sentencing; FTX founder sentenced",
  source="https://www.oodaloop.com/briefs/2024/03/28/crypto-mogul-sam-bankman-fried-sentenced-to-25-years/ ; https://theweek.com/crime/sam-bankman-fried-crypto-king-prison-sentence-fraud", sentence_years="25",
  notes="One crypto outlet (The Block) reported '24.25 years'; the wire reports and CNN say 25 years.")
f(id="weinstein-verdict", statement="A Manhattan jury convicted Harvey Weinstein on 24 February 2020 of a first-degree criminal sexual act and third-degree rape, acquitting him of the two most serious charges of predatory sexual assault.",
  date="2020-02-24", date_precision="day", event_type="trial: verdict", location="New York State Supreme Court, Manhattan, New York",
  country="USA", actors="Harvey Weinstein (defendant, convicted); Manhattan jury; Miriam Haley; Jessica Mann", aliases="People v. Weinstein; Weinstein trial",
  source="https://www.flare.com/celebrity/harvey-weinstein-found-guilty-explainer/ ; https://www.biometrica.com/harvey-weinstein-sentenced-to-23-years-in-prison/", notes="The New York conviction was overturned on appeal in 2024 (not a row here).")
f(id="weinstein-sentencing", statement="Justice James Burke sentenced Harvey Weinstein to 23 years in prison on Wednesday 11 March 2020: 20 years for the criminal sexual act and three years for rape, to run consecutively.",
  date="2020-03-11", date_precision="day", event_type="trial: sentencing", location="New York State Supreme Court, Manhattan, New York",
  country="U.S.", actors="Harvey Weinstein (sentenced); Justice James Burke; Cyrus Vance Jr. (Manhattan District Attorney)", aliases="Weinstein sentencing",
  source="https://www.programbusiness.com/news/harvey-weinstein-sentenced-23-years ; https://www.biometrica.com/harvey-weinstein-sentenced-to-23-years-in-prison/", sentence_years="23", notes="")

# ---------------- Ships ----------------
f(id="titanic-launch", statement="RMS Titanic was launched at the Harland & Wolff shipyard in Belfast shortly after noon on 31 May 1911, watched by thousands; shipwright James Dobbin was fatally injured during the launch.",
  date="1911-05-31", date_precision="day", event_type="ship launch", location="Harland & Wolff shipyard, Queen's Island, Belfast",
  country="U.K.", actors="Harland & Wolff (builder); White Star Line (owner); J. P. Morgan (attended)", aliases="Titanic; RMS Titanic; Royal Mail Steamer Titanic",
  deaths="1", source="http://titanicredux.com/belfast-launch ; https://britishtitanicsociety.com/construction-in-belfast/ ; https://www.causewaycoastalroute.com/maiden-voyage-titanic.html",
  notes="Belfast was then in the United Kingdom of Great Britain and Ireland. deaths = James Dobbin (died in hospital). Hull launched; fitting out took ten more months.")
f(id="titanic-maiden-departure", statement="Titanic left Southampton at about noon on 10 April 1912 on her maiden voyage to New York under Captain Edward Smith, narrowly avoiding a collision with the liner New York as she left the dock.",
  date="1912-04-10", date_precision="day", event_type="maiden voyage departure", location="Berth 44, Southampton, England",
  country="Britain", actors="White Star Line; Captain Edward Smith", aliases="Titanic maiden voyage; SS New York near-collision",
  source="https://www.causewaycoastalroute.com/maiden-voyage-titanic.html ; http://www.irishevents4u.com/Ireland/Countys/antrim/Shipyard/titanic.htm",
  notes="Maiden voyage was first scheduled for 20 March 1912 and postponed after repairs to Olympic. Calls followed at Cherbourg and Queenstown.")
f(id="qm2-naming", statement="Queen Elizabeth II named Cunard's Queen Mary 2, then the largest passenger liner ever built, at a dockside ceremony before 2,000 guests in Southampton on 8 January 2004.",
  date="2004-01-08", date_precision="day", event_type="ship naming ceremony", location="Queen Elizabeth II Terminal, Southampton",
  country="UK", actors="Queen Elizabeth II; Cunard Line; Carnival Corporation", aliases="QM2; Queen Mary 2; RMS Queen Mary 2",
  source="http://taipeitimes.com/News/world/archives/2004/01/10/2003087056 ; https://www.sun-sentinel.com/news/fl-xpm-2004-01-09-0401081028-story.html",
  notes="Built by Chantiers de l'Atlantique, Saint-Nazaire, France; 345 m long, about 150,000 tonnes, up to 2,620 passengers.")
f(id="qm2-maiden-voyage", statement="Queen Mary 2 left Southampton on her 14-night maiden voyage to Fort Lauderdale, Florida, on the evening of 12 January 2004, about 1.5 hours late.",
  date="2004-01-12", date_precision="day", event_type="maiden voyage departure", location="Southampton, England",
  country="U.K.", actors="Cunard Line", aliases="QM2 maiden voyage; Queen Mary 2 inaugural voyage",
  source="https://www.cruisecritic.com/news/news.cfm?ID=1031 ; https://patriciadempsey.net/linerlovers/Southampton/QM2.html",
  notes="Destination Port Everglades, Fort Lauderdale, Florida, via Madeira, the Canary Islands, Barbados and St Thomas.")

# ---------------- Buildings and stadiums ----------------
f(id="burj-khalifa-opening", statement="The Burj Khalifa in Dubai, at 828 metres the world's tallest building, officially opened on 4 January 2010; it was renamed from Burj Dubai at the ceremony in honour of UAE President Khalifa bin Zayed Al Nahyan.",
  date="2010-01-04", date_precision="day", event_type="building opening", location="Downtown Dubai, Dubai",
  country="United Arab Emirates", actors="Emaar Properties (developer); Sheikh Mohammed bin Rashid Al Maktoum (Ruler of Dubai); Skidmore, Owings & Merrill (architects)", aliases="Burj Dubai; Khalifa Tower; برج خليفة",
  source="https://antui.blogspot.com/2010/01/highest-building-in-world.html ; https://www.albawaba.com/editors-choice/tallest-skyscraper-dubais-burj-khalifa-marks-10th-anniversary-1330716", height_m="828",
  notes="Construction began 21 September 2004. Cost about US$1.5 billion.")
f(id="wembley-official-opening", statement="The rebuilt 90,000-seat Wembley Stadium was officially opened with the FA Cup final on 19 May 2007, which Chelsea won 1-0 against Manchester United in front of 89,826 spectators.",
  date="2007-05-19", date_precision="day", event_type="stadium opening", location="Wembley Stadium, Wembley, London",
  country="England", actors="The Football Association; Chelsea (won 1-0); Manchester United", aliases="new Wembley; 2007 FA Cup final; Wembley Stadium",
  source="https://reuters.screenocean.com/record/335292 ; http://news.bbc.co.uk/sport2/hi/football/6673465.stm ; https://web3.insidethegames.biz/olympics/summer-olympics/2012/venues/wembley-stadium", capacity="90000", attendance="89826",
  notes="An England under-21 match against Italy had already been played at the stadium in March 2007 (sources give 24 or 26 March); not a row. Cost about GBP 798 million.")

# ---------------- Scientific discoveries ----------------
f(id="higgs-announcement", statement="Physicists at CERN announced on 4 July 2012, at a seminar near Geneva, that the ATLAS and CMS experiments at the Large Hadron Collider had observed a new particle consistent with the Higgs boson, at a mass of about 126 GeV.",
  date="2012-07-04", date_precision="day", event_type="scientific announcement", location="CERN main auditorium, Meyrin, near Geneva",
  country="Switzerland", actors="CERN; ATLAS collaboration (Fabiola Gianotti); CMS collaboration (Joe Incandela); Rolf-Dieter Heuer (Director-General)", aliases="Higgs boson discovery; God particle; Large Hadron Collider; LHC",
  source="https://www.nature.com/articles/nphys2404 ; https://linguaggio-macchina.blogspot.com/2012/07/atlas-and-cms-experiments-at-cern.html", notes="Seminar at 09:00 CEST on the eve of the ICHEP conference in Melbourne.")
f(id="ligo-detection", statement="On 14 September 2015 at 09:50:45 UTC the two LIGO detectors in Livingston, Louisiana, and Hanford, Washington, recorded the first directly detected gravitational waves, from the merger of two black holes of about 36 and 29 solar masses.",
  date="2015-09-14", date_precision="day", event_type="scientific discovery (detection)", location="LIGO Livingston, Louisiana; LIGO Hanford, Washington",
  country="USA", actors="LIGO Scientific Collaboration; Virgo Collaboration", aliases="GW150914; gravitational waves; LIGO",
  source="https://studylib.net/doc/12086268/observation-of-gravitational-waves-from-a-binary-black-hole-merger ; https://new.infogalactic.com/info/First_observation_of_gravitational_waves", notes="05:51 a.m. EDT local (sources give 5:51 or 5:53).")
f(id="ligo-announcement", statement="The LIGO and Virgo collaborations announced the first observation of gravitational waves at a press conference in Washington, D.C., on 11 February 2016, the day their paper appeared in Physical Review Letters.",
  date="2016-02-11", date_precision="day", event_type="scientific announcement", location="National Press Club, Washington, D.C.",
  country="United States", actors="LIGO Scientific Collaboration; Virgo Collaboration; National Science Foundation", aliases="gravitational waves announcement; GW150914",
  source="https://starparty.com/2016/02/ ; http://maravelias.info/2016/02/gravitational-waves-detected/", notes="Announced five months after the 14 Sept 2015 detection.")
f(id="eht-black-hole-image", statement="The Event Horizon Telescope collaboration released the first image of a black hole, at the centre of galaxy M87, on 10 April 2019 at simultaneous press conferences in Brussels, Washington, Santiago, Shanghai, Taipei and Tokyo.",
  date="2019-04-10", date_precision="day", event_type="scientific announcement", location="Brussels; Washington, D.C.; Santiago; Shanghai; Taipei; Tokyo",
  country="Belgium; USA; Chile; China; Taiwan; Japan", actors="Event Horizon Telescope collaboration; Carlos Moedas (European Commissioner, Brussels event)", aliases="EHT; M87*; Messier 87; first black hole image",
  source="https://antonzensus.de/2019/04/10/ ; http://petersahlman.com/blog/page/4/", notes="Black hole of 6.5 billion solar masses about 55 million light-years away.")

# ---------------- Speed records ----------------
f(id="thrust-ssc-714", statement="RAF pilot Andy Green set a land speed record of 714.144 mph (1,149.055 km/h) in the jet car Thrust SSC in Nevada's Black Rock Desert on 25 September 1997, beating Richard Noble's 1983 record.",
  date="1997-09-25", date_precision="day", event_type="land speed record", location="Black Rock Desert, Nevada",
  country="USA", actors="Andy Green (driver); Richard Noble (team leader); Thrust SSC", aliases="ThrustSSC; Thrust SuperSonic Car",
  source="http://www.vonic.uk/thrustSSC/thrustssc/Press_Pack/Black_Rock-Thrustbrief_33.html ; https://www.guinnessworldrecords.com/news/60at60/2015/8/1997-land-speed-record-392880", speed_kmh="1149.055",
  notes="Average of two runs over a measured mile within one hour. Previous record 633.468 mph (Thrust2, 1983).")
f(id="thrust-ssc-supersonic", statement="On 15 October 1997 Andy Green drove Thrust SSC to 763.035 mph (1,227.985 km/h) in the Black Rock Desert, the first supersonic land speed record.",
  date="1997-10-15", date_precision="day", event_type="land speed record", location="Black Rock Desert, Nevada",
  country="U.S.", actors="Andy Green (driver); Thrust SSC team", aliases="ThrustSSC; Mach 1 on land; sound barrier",
  source="https://www.thesouthafrican.com/news/offbeat/guinness-world-records-land-speed-fastest-car-breaking-monday-24-october-2022/ ; https://www.smh.com.au/national/human-world-speed-records-20201106-h1rzp3.html", speed_kmh="1227.985",
  notes="Mach 1.016 or 1.020 depending on source. The car first exceeded Mach 1 on trial runs on 13 October.")
f(id="tgv-v150-record", statement="A modified French TGV, the V150 trainset, set a world speed record for a train on rails of 574.8 km/h on the LGV Est line near Le Chemin in eastern France at 13:13 on 3 April 2007.",
  date="2007-04-03", date_precision="day", event_type="rail speed record", location="LGV Est, near Le Chemin, Meuse",
  country="France", actors="SNCF; Alstom; RFF", aliases="V150; TGV record; LGV Est européenne; Paris-Strasbourg line",
  source="http://www.alstom.com/transport/news-and-events/events/archives/world-speed-record/ ; http://www.guinnessworldrecords.com/world-records/fastest-train-on-a-national-rail-system", speed_kmh="574.8",
  notes="Previous TGV record 515.3 km/h (1990).")
f(id="maglev-590", statement="JR Central's L0 series maglev reached 590 km/h on the Yamanashi test line on 16 April 2015, beating the 581 km/h record the company set in 2003.",
  date="2015-04-16", date_precision="day", event_type="rail speed record", location="Yamanashi Maglev Test Line, Yamanashi Prefecture",
  country="Japan", actors="Central Japan Railway Company (JR Central)", aliases="SCMaglev; L0 series; JR Tokai",
  source="https://laextra.mx/?p=133999 ; http://tu.no/artikler/japansk-svevetog-satte-nok-en-fartsrekord/222172", speed_kmh="590", notes="")
f(id="maglev-603", statement="Five days later, on 21 April 2015, the same JR Central maglev set a world speed record for a train of 603 km/h on the Yamanashi test line west of Tokyo, staying above 600 km/h for about 11 seconds.",
  date="2015-04-21", date_precision="day", event_type="rail speed record", location="Yamanashi Maglev Test Line, Tsuru, Yamanashi Prefecture",
  country="Japan", actors="Central Japan Railway Company (JR Central); Yasukazu Endo (head of test centre)", aliases="SCMaglev; L0 series; JR Tokai; maglev record",
  source="https://www.blackpressusa.com/bullet-train-hits-tracks-at-603-kph/yasukazu-endo/ ; https://www.impactlab.com/2015/04/27/japanese-maglev-train-hits-603kph-in-test-run-sets-record/", speed_kmh="603", notes="")

# ---------------- World population ----------------
f(id="population-7bn", statement="The UN Population Fund designated 31 October 2011 as the Day of Seven Billion, the approximate date on which the world's population reached seven billion.",
  date="2011-10-31", date_precision="day", event_type="world population milestone", location="worldwide",
  country="World", actors="UNFPA (United Nations Population Fund)", aliases="Day of Seven Billion; 7 billion",
  source="https://www.jobsarcade.com/2011-day-of-seven-billion/ ; "+W+"Day_of_Seven_Billion", notes="A symbolic, estimated date.")
f(id="population-8bn", statement="The United Nations designated 15 November 2022 as the Day of Eight Billion, the date its World Population Prospects 2022 projected the world's population would reach eight billion, 11 years after passing seven billion.",
  date="2022-11-15", date_precision="day", event_type="world population milestone", location="worldwide",
  country="World", actors="United Nations (World Population Prospects 2022); UNFPA", aliases="Day of Eight Billion; 8 billion",
  source="https://www.gktoday.in/topics/world-population-prospects-report-2022/ ; https://www.novinite.com/view_news.php?id=216303", notes="A projection-based symbolic date.")

# ---------------- Blackouts ----------------
f(id="ne-blackout-2003", statement="A cascading power failure that began just after 4:10 p.m. EDT on Thursday 14 August 2003 blacked out large parts of the northeastern and midwestern United States and Ontario; a software bug in FirstEnergy's control-room alarm system was the proximate cause.",
  date="2003-08-14", date_precision="day", event_type="blackout", location="Ohio; Michigan; New York City, New York; Toronto, Ontario; Ottawa, Ontario",
  country="USA; Canada", actors="FirstEnergy (Akron, Ohio utility)", aliases="Northeast blackout of 2003; 2003 North American blackout; Great Blackout of 2003",
  source="http://everything.explained.today/2003_North_American_blackout/ ; https://www.reuters.com/news/picture/remembering-the-east-coast-blackout-idUSRTX6DUPA ; https://historycentral.com/Today/blackout.html", people_affected="",
  notes="people_affected left empty: sources give 50 million (Reuters, History.com), 55 million (Wikipedia: 45m in eight US states + 10m in Ontario), or 40m + 10m. Full power returned to New York City on 16 August.")
f(id="india-blackout-2012-jul30", statement="India's northern power grid collapsed at about 2:30 a.m. on Monday 30 July 2012, leaving hundreds of millions of people without electricity and halting trains and the Delhi Metro.",
  date="2012-07-30", date_precision="day", event_type="blackout", location="Delhi; Uttar Pradesh; Haryana; Punjab; Rajasthan; Jammu and Kashmir",
  country="India", actors="Power Grid Corporation of India; Northern Regional Grid", aliases="2012 India blackouts; northern grid failure",
  source="https://www.southlaurelviews.com/2012/07/jul-30-commiseration-northern-indias.html ; http://world.time.com/2012/07/30/a-massive-blackout-hits-north-india/", people_affected="",
  notes="people_affected left empty: AP said 370 million, Time 'nearly 400 million'.")
f(id="india-blackout-2012-jul31", statement="On Tuesday 31 July 2012, a day after the first failure, the northern, eastern and northeastern grids collapsed at about 1 p.m., cutting power to about 620 million people in some 20 of India's 28 states, the largest blackout in history.",
  date="2012-07-31", date_precision="day", event_type="blackout", location="Delhi; Uttar Pradesh; West Bengal; Bihar; Odisha; Assam; Jharkhand",
  country="India", actors="Power Grid Corporation of India; Sushilkumar Shinde (power minister)", aliases="2012 India blackouts; world's biggest blackout",
  source="http://www.redorbit.com/news/science/1112666932/india-power-outage-073112/ ; https://generalawareness4bankexams.blogspot.com/2012/08/power-tripped-in-northern-eastern-and.html", people_affected="620000000",
  notes="Some reports say 'more than 600 million'.")

# ---------------- Bridges and tunnels ----------------
f(id="channel-tunnel-opening", statement="Queen Elizabeth II and French President François Mitterrand officially opened the Channel Tunnel on 6 May 1994 with ceremonies at Coquelles near Calais and at Folkestone; the rail tunnel is 50.45 km long, about 38 km of it under the sea.",
  date="1994-05-06", date_precision="day", event_type="tunnel opening", location="Coquelles, Pas-de-Calais; Folkestone, Kent",
  country="France; UK", actors="Queen Elizabeth II; François Mitterrand; Eurotunnel", aliases="Chunnel; Eurotunnel; le tunnel sous la Manche; Channel Tunnel",
  source="https://transportationhistory.org/2019/05/06/this-tunnel-ranks-with-the-panama-and-suez-canals-as-an-engineering-triumph/ ; https://www.itv.com/news/meridian/2024-05-06/channel-tunnel-celebrates-30th-birthday", length_km="50.45",
  notes="Construction began December 1987; first breakthrough 1 December 1990.")
f(id="gotthard-opening", statement="The 57-kilometre Gotthard Base Tunnel, the world's longest and deepest rail tunnel, was officially opened on 1 June 2016 at a ceremony attended by Angela Merkel, François Hollande and Matteo Renzi.",
  date="2016-06-01", date_precision="day", event_type="tunnel opening", location="Erstfeld, Uri; Pollegio, Ticino",
  country="Switzerland", actors="Johann Schneider-Ammann (Swiss president); SBB (Swiss Federal Railways); AlpTransit Gotthard", aliases="Gotthard-Basistunnel; GBT; Gottardo; NRLA; NEAT",
  source="https://www.tunnel-online.info/en/artikel/tunnel_Switzerland_celebrates_the_Gotthard_Base_Tunnel-2611026.html ; https://www.admin.ch/gov/en/start/dokumentation/dossiers/gottardo-2016.html ; http://swissemb.org/news/archive/when-the-wheels-start-turning-the-pulse-starts-racing/", length_km="57.1",
  notes="Length given as 57 km (Swiss government) or 57.1 km (Swiss embassy); 17 years after the first blast.")
f(id="gotthard-commercial-service", statement="Scheduled passenger and freight services through the Gotthard Base Tunnel began on Sunday 11 December 2016 with the EC 11 from Zurich to Lugano.",
  date="2016-12-11", date_precision="day", event_type="tunnel: start of commercial service", location="Erstfeld, Uri; Bodio, Ticino",
  country="Switzerland", actors="SBB (Swiss Federal Railways)", aliases="Gotthard Base Tunnel timetable change",
  source="https://www.dw.com/en/new-gotthard-tunnel-set-to-open/a-36705549", length_km="57.1", notes="")
f(id="hzmb-ceremony", statement="Chinese President Xi Jinping declared the 55-kilometre Hong Kong-Zhuhai-Macau Bridge open at a ceremony in Zhuhai on Tuesday 23 October 2018.",
  date="2018-10-23", date_precision="day", event_type="bridge opening ceremony", location="Zhuhai port terminal, Zhuhai, Guangdong",
  country="China", actors="Xi Jinping; Carrie Lam (Hong Kong Chief Executive); Fernando Chui (Macau Chief Executive); Han Zheng (vice premier)", aliases="HZMB; Hong Kong-Zhuhai-Macao Bridge; 港珠澳大橋",
  source="https://www.reuters.com/article/us-china-hongkong-bridge/chinas-xi-declares-hong-kong-zhuhai-macau-bridge-open-idUSKCN1MX05H ; https://this.kiji.is/427412773417976929", length_km="55",
  notes="Bridge-tunnel system across the Pearl River estuary with a 6.7 km undersea tunnel.")
f(id="hzmb-public-opening", statement="The Hong Kong-Zhuhai-Macau Bridge opened to the public at 9 a.m. on 24 October 2018, the day after the ceremony.",
  date="2018-10-24", date_precision="day", event_type="bridge opening to traffic", location="Hong Kong; Zhuhai, Guangdong; Macau",
  country="China", actors="", aliases="HZMB; Hong Kong-Zhuhai-Macao Bridge",
  source="https://wideo.ovh/video/x6vymro/xi-jinping-declares-opening-of-hong-kong-zhuhai-macau-bridge ; https://stedu.stheadline.com/sec/sec_news.php?aid=19817&friendly_print=1", length_km="55", notes="")
f(id="golden-gate-pedestrian-day", statement="San Francisco's Golden Gate Bridge opened to pedestrians on 27 May 1937, 'Pedestrian Day', when an estimated 200,000 people walked across the span.",
  date="1937-05-27", date_precision="day", event_type="bridge opening (pedestrians)", location="Golden Gate strait, San Francisco, California",
  country="USA", actors="Golden Gate Bridge and Highway District; Joseph Strauss (chief engineer)", aliases="Golden Gate Bridge; Pedestrian Day; Golden Gate Bridge Fiesta",
  source="https://www.mentalfloss.com/article/501229/day-1937-golden-gate-bridge-opened ; https://www.weirdhistorydaily.com/event/golden-gate-bridge-opens-to-the-public-on-may-27-1937-05-27-1937", length_km="2.7",
  notes="Main span 1,280 m (4,200 ft); total length about 1.7 miles (2.7 km); construction began 5 January 1933.")
f(id="golden-gate-vehicles", statement="The Golden Gate Bridge opened to motor vehicles at noon on 28 May 1937 after President Franklin D. Roosevelt pressed a telegraph key in Washington.",
  date="1937-05-28", date_precision="day", event_type="bridge opening (vehicles)", location="San Francisco, California; Marin County, California",
  country="United States", actors="Franklin D. Roosevelt", aliases="Golden Gate Bridge",
  source="https://www.mentalfloss.com/article/501229/day-1937-golden-gate-bridge-opened", length_km="2.7", notes="")
f(id="millau-inauguration", statement="French President Jacques Chirac inaugurated the Millau Viaduct over the Tarn valley in Aveyron on 14 December 2004; its tallest mast rises to 343 metres and the deck is 2,460 metres long.",
  date="2004-12-14", date_precision="day", event_type="bridge inauguration", location="Millau, Aveyron, Occitanie",
  country="France", actors="Jacques Chirac; Eiffage (builder); Norman Foster (architect); Michel Virlogeux (engineer)", aliases="Viaduc de Millau; Millau bridge; A75",
  source="http://prod-eiffage-jahia.integra.fr/sites/eiffage/home/actualites/dernieres-infos/mainContent/liste-dactualites/le-viaduc-de-millau-aveyron-fete.html ; https://www.batiweb.com/actualites/dernieres-depeches-afp/jacques-chirac-a-millau-pour-inaugurer-le-plus-haut-viaduc-au-monde-2004-12-15-2114", height_m="343", length_km="2.46",
  notes="Built in three years for about EUR 400 million.")
f(id="millau-traffic", statement="The Millau Viaduct opened to traffic on 16 December 2004, two days after its inauguration.",
  date="2004-12-16", date_precision="day", event_type="bridge opening to traffic", location="Millau, Aveyron",
  country="France", actors="Compagnie Eiffage du Viaduc de Millau", aliases="Viaduc de Millau",
  source="https://calendarz.com/es/amp/on-this-day/december/14/millau-viaduct ; https://www.batiweb.com/actualites/dernieres-depeches-afp/jacques-chirac-a-millau-pour-inaugurer-le-plus-haut-viaduc-au-monde-2004-12-15-2114", height_m="343", length_km="2.46",
  notes="AFP gave the opening as Thursday morning about 10:00; a CNN report said midnight on Friday - the date 16 Dec is the one most sources give.")
f(id="oresund-opening", statement="Queen Margrethe II of Denmark and King Carl XVI Gustaf of Sweden inaugurated the Øresund Bridge between Copenhagen and Malmö on 1 July 2000; the cable-stayed bridge is 7,845 metres long and the link is completed by an artificial island and a tunnel.",
  date="2000-07-01", date_precision="day", event_type="bridge opening", location="Øresund strait, Copenhagen; Malmö",
  country="Denmark; Sweden", actors="Queen Margrethe II; King Carl XVI Gustaf", aliases="Öresund Bridge; Øresundsbron; Oresund Bridge; Øresundsbroen; Öresundsbron",
  source="https://simple.wikipedia.org/wiki/Oresund_Bridge ; http://fact-index.com/o/or/oresund_bridge.html", length_km="7.845",
  notes="length_km is the bridge only; Peberholm (4,055 m) and the Drogden tunnel (3,510 m) make up the rest. Opened to traffic later the same day.")

# ---------------- National holidays ----------------
f(id="juneteenth-signed", statement="President Joe Biden signed the Juneteenth National Independence Day Act at the White House on Thursday 17 June 2021, making June 19 the 11th U.S. federal holiday and the first new one since Martin Luther King Jr. Day.",
  date="2021-06-17", date_precision="day", event_type="national holiday created", location="White House, Washington, D.C.",
  country="USA", actors="Joe Biden; Kamala Harris; Opal Lee (campaigner); U.S. Congress", aliases="Juneteenth; Juneteenth National Independence Day; Emancipation Day",
  source="https://pmnewsnigeria.com/2021/06/18/june-19-becomes-federal-holiday-in-u-s/ ; https://pospislaw.com/blog/2021/06/19 ; https://gftunion.com/2021/national-news/juneteenth-federal-holiday/", notes="Senate passed it unanimously; 14 House Republicans voted against.")
f(id="mlk-day-signed", statement="President Ronald Reagan signed a bill in the White House Rose Garden on 2 November 1983 creating a federal holiday honouring Martin Luther King Jr., observed on the third Monday of January.",
  date="1983-11-02", date_precision="day", event_type="national holiday created", location="Rose Garden, White House, Washington, D.C.",
  country="U.S.", actors="Ronald Reagan; U.S. Congress; Coretta Scott King", aliases="Martin Luther King Jr. Day; MLK Day; King Holiday Bill",
  source="https://theblack.blog/2022/11/02/president-ronald-reagan-declares-mlk-day-a-federal-holiday/ ; http://realnewsnetworksignore.blogspot.com/2018/01/trump-trump-said-he-was-signing.html", notes="")
f(id="mlk-day-first-observed", statement="Martin Luther King Jr. Day was first observed as a federal holiday on 20 January 1986; it was not observed in all 50 states until 2000.",
  date="1986-01-20", date_precision="day", event_type="national holiday first observed", location="nationwide",
  country="USA", actors="", aliases="Martin Luther King Jr. Day; MLK Day",
  source="https://theblack.blog/2022/11/02/president-ronald-reagan-declares-mlk-day-a-federal-holiday/", notes="")

# ---------------- Currency ----------------
f(id="euro-launch-1999", statement="The euro was launched on 1 January 1999 as the accounting currency of 11 EU member states, whose exchange rates were irrevocably fixed; for three years it existed only for non-cash transactions.",
  date="1999-01-01", date_precision="day", event_type="currency introduction (non-cash)", location="euro area",
  country="European Union", actors="European Central Bank; 11 euro-area member states", aliases="euro; EUR; €; Economic and Monetary Union stage three; EMU",
  source="http://tinyfoxlab.com/euro-become-a-currency/ ; http://www.bcl.lu/en/Banknotes-and-Coins/billets_pieces/1st-series/index.html ; https://papermoneybook.com/euro-introduction/", notes="Greece joined on 1 January 2001.")
f(id="euro-cash-2002", statement="Euro banknotes and coins went into circulation on 1 January 2002 in 12 EU countries, replacing national currencies such as the Deutsche Mark and the French franc, which ceased to be legal tender by 28 February 2002.",
  date="2002-01-01", date_precision="day", event_type="currency introduction (cash)", location="euro area",
  country="European Union", actors="European Central Bank; 12 euro-area member states", aliases="euro changeover; euro cash; €-day",
  source="http://tinyfoxlab.com/euro-become-a-currency/ ; http://ec.europa.eu/economy_finance/publications/publication_summary7313_en.htm ; http://www.martony.be/en/europe", notes="")
f(id="croatia-euro", statement="Croatia adopted the euro on 1 January 2023, replacing the kuna at 7.53450 kuna per euro and becoming the 20th member of the eurozone; it joined the Schengen area the same day.",
  date="2023-01-01", date_precision="day", event_type="currency introduction", location="Zagreb",
  country="Croatia", actors="Croatian National Bank (Boris Vujčić); European Central Bank (Christine Lagarde)", aliases="Croatia eurozone entry; kuna; Hrvatska",
  source="https://shine.cn/news/world/2301014623 ; https://www.jewishtvchannel.com/croatia-entry-to-eurozone/", notes="Kuna and euro circulated together for two weeks, until 14 January 2023.")

# ---------------- Prizes ----------------
f(id="oscars-2020-parasite", statement="Bong Joon-ho's South Korean film Parasite won best picture at the 92nd Academy Awards at the Dolby Theatre in Los Angeles on 9 February 2020, the first non-English-language film to do so; it won four Oscars in all.",
  date="2020-02-09", date_precision="day", event_type="film award (Academy Award, best picture)", location="Dolby Theatre, Hollywood, Los Angeles, California",
  country="USA", actors="Parasite (film); Bong Joon-ho (director); Kwak Sin-ae (producer); Academy of Motion Picture Arts and Sciences", aliases="Oscars 2020; 92nd Academy Awards; Gisaengchung; 기생충",
  source="https://www.hollywoodreporter.com/news/2020-oscars-parasite-wins-best-picture-1276884 ; https://www.ibtimes.co.in/oscars-2020-parasite-creates-history-wins-best-picture-full-list-winners-here-813068",
  notes="Date is Los Angeles time; reports dated in Asia give 10 February. Also won best director, original screenplay and international feature.")
f(id="oscars-2024-oppenheimer", statement="Christopher Nolan's Oppenheimer won best picture at the 96th Academy Awards in Los Angeles on 10 March 2024, one of seven Oscars for the film, including best director and best actor for Cillian Murphy.",
  date="2024-03-10", date_precision="day", event_type="film award (Academy Award, best picture)", location="Dolby Theatre, Ovation Hollywood, Los Angeles, California",
  country="USA", actors="Oppenheimer (film); Christopher Nolan; Cillian Murphy; Robert Downey Jr.; Academy of Motion Picture Arts and Sciences", aliases="Oscars 2024; 96th Academy Awards",
  source="https://businessday.ng/life-arts/article/oppenheimer-rakes-7-awards-at-2024-oscars/ ; https://newsable.asianetnews.com/entertainment/oscars-2024-full-list-of-winners-oppenheimer-wins-best-picture-best-actor-best-director-best-supporting-actor-male-and-more-rba-sa5xbk",
  notes="Jimmy Kimmel hosted. Oppenheimer had 13 nominations.")
f(id="booker-2023", statement="Irish writer Paul Lynch won the 2023 Booker Prize on 26 November 2023 at a ceremony in London for Prophet Song, his fifth novel, a dystopian story of an Ireland sliding into tyranny; the prize is worth GBP 50,000.",
  date="2023-11-26", date_precision="day", event_type="literary prize (Booker Prize)", location="London",
  country="UK", actors="Paul Lynch (winner); Prophet Song (novel); Esi Edugyan (chair of judges); Booker Prize Foundation", aliases="Booker Prize 2023; Man Booker; Prophet Song",
  source="https://www.tag24.com/entertainment/irish-author-paul-lynch-wins-2023-booker-prize-3023992 ; https://www.livemint.com/news/irish-author-paul-lynch-wins-2023-booker-prize-for-his-novel-prophet-song-amid-recent-clashes-in-dublin-11701049409616.html",
  notes="Fifth Irish winner of the prize.")

# ---------------- Museums ----------------
f(id="louvre-abu-dhabi-inauguration", statement="The Louvre Abu Dhabi, designed by Jean Nouvel on Saadiyat Island, was inaugurated on Wednesday 8 November 2017 in the presence of French President Emmanuel Macron, a decade after France and the UAE agreed the project.",
  date="2017-11-08", date_precision="day", event_type="museum inauguration", location="Saadiyat Island, Abu Dhabi",
  country="UAE", actors="Emmanuel Macron; Sheikh Mohammed bin Zayed Al Nahyan; Jean Nouvel (architect); Agence France-Muséums", aliases="Louvre Abu Dhabi; اللوفر أبوظبي",
  source="http://www.straitstimes.com/multimedia/in-pictures-the-louvre-abu-dhabi-opens-after-10-years-in-the-making ; https://vntv.net/video/x68fgoq",
  notes="30-year partnership reported at about US$1.1 billion including the Louvre name.")
f(id="louvre-abu-dhabi-public", statement="The Louvre Abu Dhabi opened to the public on 11 November 2017.",
  date="2017-11-11", date_precision="day", event_type="museum opening to public", location="Saadiyat Island, Abu Dhabi",
  country="United Arab Emirates", actors="Department of Culture and Tourism Abu Dhabi", aliases="Louvre Abu Dhabi",
  source="https://emiratesvoice.com/en/amp/1069/louvre-abu-dhabi-to-open-on-november-11-074252 ; http://artobserved.com/2017/09/louvre-abu-dhabi-to-open-november-11th/", notes="Date announced on 6 September 2017.")
f(id="louvre-2018-visitors", statement="The Louvre in Paris announced on 3 January 2019 that it had received 10.2 million visitors in 2018, a rise of 25% on 2017 and a record for any museum, beating its own 2012 record of 9.7 million.",
  date="2019-01-03", date_precision="day", event_type="museum attendance announcement", location="Musée du Louvre, Paris",
  country="France", actors="Musée du Louvre; Jean-Luc Martinez (president-director)", aliases="Louvre; Musée du Louvre; Louvre Museum",
  source="https://www.happening.media/category/magazine/en/news/5c2e133f37a8c92ed726aaf1/10-million-the-louvre-smashes-the-record ; http://www.affaritaliani.it/coffee/video/politica/louvre-da-record-oltre-10-milioni-di-visitatori-nel-2018.html", visitors="10200000",
  notes="visitors = calendar year 2018. 2017: 8.1 million.")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "facts.csv")
    ids = set()
    for r in R:
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        datetime.date.fromisoformat(r["date"])
        assert set(r) <= set(COLS), set(r) - set(COLS)
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLS, lineterminator="\n")
        w.writeheader()
        for r in R:
            w.writerow({c: r.get(c, "") for c in COLS})
    print(len(R), "facts")
