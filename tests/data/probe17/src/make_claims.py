"""Writes ../claims.jsonl. Relative dates are checked with datetime before writing."""
import json, os, datetime as dt

D = dt.date.fromisoformat
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def last_weekday(article_date, name):
    """most recent `name` strictly before article_date"""
    a = D(article_date)
    for k in range(1, 8):
        x = a - dt.timedelta(days=k)
        if WD[x.weekday()] == name:
            return x

def check(article_date, rule):
    kind = rule[0]
    if kind == "wd":          # ("wd", "Tuesday", "YYYY-MM-DD")
        got = last_weekday(article_date, rule[1])
        assert got == D(rule[2]), (article_date, rule, got)
    elif kind == "lastweek":  # ("lastweek", "YYYY-MM-DD") date falls in previous Mon-Sun week
        a = D(article_date); mon = a - dt.timedelta(days=a.weekday() + 7)
        assert mon <= D(rule[1]) <= mon + dt.timedelta(days=6), (article_date, rule)
    elif kind == "offset":    # ("offset", anchor, days, target)
        assert D(rule[1]) + dt.timedelta(days=rule[2]) == D(rule[3]), rule
    elif kind == "yesterday":
        assert D(article_date) - dt.timedelta(days=1) == D(rule[1]), (article_date, rule)
    elif kind == "thismonth": # earlier this month
        a, t = D(article_date), D(rule[1]); assert (a.year, a.month) == (t.year, t.month) and t < a
    elif kind == "lastmonth":
        a, t = D(article_date), D(rule[1]); pm = (a.replace(day=1) - dt.timedelta(days=1))
        assert (pm.year, pm.month) == (t.year, t.month), (article_date, rule)
    elif kind == "isweekday": # the fact date is that weekday (for "on Friday 27 July" style)
        assert WD[D(rule[2]).weekday()] == rule[1], rule
    elif kind == "yearsafter":
        assert D(rule[1]).year + rule[2] == rule[3], rule
    else:
        raise ValueError(kind)

C = []
def c(text, article_date, verdict, fact_id=None, wrong=None, notes="", rule=None):
    D(article_date)
    if rule: check(article_date, rule)
    C.append(dict(text=text, article_date=article_date, expected_verdict=verdict,
                  fact_id=fact_id, wrong_field=wrong, notes=notes))
S, X, U, N = "supported", "contradicted", "unverifiable", "not_checkable"

# ---------- London 2012 ----------
c("LONDON (Reuters) - The London Olympics opened on Friday night with a rollicking, eccentric ceremony directed by film-maker Danny Boyle.", "2012-07-28", S, "london2012-opening", notes="'Friday' -> 2012-07-27", rule=("wd", "Friday", "2012-07-27"))
c("London 2012: Queen declares Games open at Stratford stadium", "2012-07-28", S, "london2012-opening", notes="headline; Queen Elizabeth II declared the Games open (actors)")
c("The Olympic cauldron was lit in London on 28 July 2012, the day after the Games' opening ceremony.", "2012-08-01", X, "london2012-opening", "date", "the ceremony was 27 July; 28 July was the first full day of competition")
c("When the Games closed on 12 August, the United States sat on top of the medal table with 46 golds.", "2012-08-13", S, "london2012-closing")
c("The Americans finished the London Games with 104 medals, 46 of them gold.", "2012-08-14", S, "london2012-closing", notes="demonym 'Americans' = United States")
c("China topped the gold-medal count at the London Olympics, which ended on Sunday.", "2012-08-14", X, "london2012-closing", "actor", "the United States topped the table; 'Sunday' -> 12 Aug is right", rule=("wd", "Sunday", "2012-08-12"))
c("Team GB ended its home Games with 29 gold medals, third in the table.", "2012-08-13", S, "london2012-closing", notes="figure in statement")
c("Britain won 36 gold medals at its home Olympics in 2012.", "2016-07-30", X, "london2012-closing", "count", "29 gold")
c("London 2012 drew a record 8.8 million ticket-holders to its venues.", "2012-08-20", U, None, None, "ticket sales not in the table")
c("London's Olympic Park will be remembered as the best-run Games of the modern era.", "2012-08-13", N, notes="opinion/prediction")

# ---------- Beijing 2008 ----------
c("The Beijing Olympics opened on the evening of 8 August 2008 at the Bird's Nest stadium.", "2008-08-09", S, "beijing2008-opening", notes="alias Bird's Nest")
c("The Beijing Games opened on 8 September 2008.", "2018-08-08", X, "beijing2008-opening", "date", "wrong month (August); 8 Sept 2008 was not the Olympics")
c("Host China won 48 gold medals in Beijing after three weightlifters were stripped of their titles.", "2017-01-13", U, "beijing2008-opening", None, "gold_medals deliberately empty (51 vs 48 disagree); the figure is only in notes")
c("The United States won the most medals overall in Beijing, 112, while China took the most golds.", "2020-02-10", S, "beijing2008-opening")

# ---------- Rio 2016 ----------
c("RIO DE JANEIRO (AP) - South America's first Olympics got under way Friday at the Maracana with a samba-filled ceremony.", "2016-08-06", S, "rio2016-opening", notes="'Friday' -> 2016-08-05", rule=("wd", "Friday", "2016-08-05"))
c("Interim president Michel Temer declared the Rio Games open on 5 August 2016.", "2016-08-06", S, "rio2016-opening", notes="'interim' ~ acting president")
c("The Rio Olympics opened in São Paulo on 5 August 2016.", "2016-09-01", X, "rio2016-opening", "place", "Rio de Janeiro (some football was in São Paulo, but the ceremony was at the Maracanã)")
c("The opening ceremony of the Rio Games cost about $6.5 million.", "2016-08-06", U, None, None, "ceremony budget not in the table")
c("Rain lashed the Maracanã as the Rio Games closed on Sunday, with the United States on 46 golds.", "2016-08-22", S, "rio2016-closing", notes="'Sunday' -> 2016-08-21", rule=("wd", "Sunday", "2016-08-21"))
c("Great Britain finished second in the Rio medal table with 27 golds, ahead of China.", "2016-08-22", S, "rio2016-closing")
c("The Rio Games closed on 21 August with the United States on 121 gold medals.", "2016-08-25", X, "rio2016-closing", "count", "121 is the total medal count; golds were 46")
c("Rio 2016 closed on August 28.", "2016-09-02", X, "rio2016-closing", "date", "closed 21 August")

# ---------- Tokyo ----------
c("TOKYO - A year late and in a near-empty stadium, the Tokyo Olympics were formally opened by Emperor Naruhito on Friday.", "2021-07-24", S, "tokyo2020-opening", notes="'Friday' -> 2021-07-23", rule=("wd", "Friday", "2021-07-23"))
c("The pandemic-delayed Tokyo Games opened on 24 July 2021.", "2021-08-01", X, "tokyo2020-opening", "date", "23 July 2021 (24 July 2020 was the original date)")
c("The Tokyo Olympics opened on 23 July 2020.", "2021-05-01", X, "tokyo2020-opening", "date", "wrong year: postponed to 2021")
c("Organisers in Tokyo spent roughly $15.4 billion on the postponed Games.", "2021-12-22", U, None, None, "cost not in the table")
c("The United States edged China in the gold-medal race in Tokyo, 39 to 38, when the Games closed last Sunday.", "2021-08-12", S, "tokyo2020-closing", notes="'last Sunday' -> 2021-08-08", rule=("wd", "Sunday", "2021-08-08"))
c("Japan won 27 gold medals at its home Olympics, its best haul ever.", "2021-08-09", S, "tokyo2020-closing")
c("China topped the Tokyo medal table with 39 golds.", "2021-08-09", X, "tokyo2020-closing", "actor", "USA 39, China 38")
c("The Tokyo Olympics closed on Sunday 1 August 2021.", "2021-09-01", X, "tokyo2020-closing", "date", "closed 8 August")
c("Tokyo deserved a proper celebration, not an Olympics behind closed doors.", "2021-08-09", N, notes="opinion")

# ---------- World Cups ----------
c("DOHA, Nov 20 - Ecuador spoiled the party for the hosts, beating Qatar 2-0 in the opening game of the World Cup at Al Bayt Stadium.", "2022-11-20", S, "wc2022-opening", notes="dateline 'DOHA' but match in Al Khor, which the row gives as north of Doha; checked on teams, score and stadium")
c("Enner Valencia scored twice as Ecuador beat Qatar in the tournament opener on Sunday.", "2022-11-21", S, "wc2022-opening", notes="'Sunday' -> 20 Nov", rule=("wd", "Sunday", "2022-11-20"))
c("Qatar beat Ecuador 2-0 in the World Cup's opening match.", "2022-11-21", X, "wc2022-opening", "actor", "winner/loser reversed")
c("The World Cup opener was played in front of nearly 60,000 fans at the Al Bayt Stadium in Al Khor.", "2022-11-21", U, "wc2022-opening", None, "the table holds capacity (60,000), not attendance")
c("The opening match was played at Khalifa International Stadium in Doha on 20 November.", "2022-11-25", X, "wc2022-opening", "place", "Al Bayt Stadium, Al Khor")
c("Lionel Messi's Argentina won the World Cup on Sunday, beating France 4-2 on penalties after a 3-3 draw in Lusail.", "2022-12-19", S, "wc2022-final", notes="'Sunday' -> 18 Dec", rule=("wd", "Sunday", "2022-12-18"))
c("Kylian Mbappé scored a hat-trick in the final but France still lost the trophy to Argentina.", "2022-12-19", S, "wc2022-final")
c("Argentina beat France in the World Cup final at Al Bayt Stadium on 18 December 2022.", "2023-01-05", X, "wc2022-final", "place", "final was at Lusail Stadium")
c("Argentina won the 2022 World Cup on 17 December.", "2023-06-01", X, "wc2022-final", "date", "18 December")
c("France won the 2022 final on penalties.", "2023-06-01", X, "wc2022-final", "actor", "Argentina won")
c("Messi's win in Qatar settles the debate: he is the greatest player of all time.", "2022-12-19", N, notes="opinion")
c("Germany won the 2014 World Cup with Mario Götze's extra-time goal against Argentina at the Maracanã.", "2014-07-14", S, "wc2014-final")
c("RIO DE JANEIRO, July 13 - Germany beat Argentina 1-0 in front of 74,738 fans at the Maracanã to win their fourth world title.", "2014-07-13", S, "wc2014-final")
c("Germany's 2014 final win over Argentina was played in São Paulo.", "2014-08-01", X, "wc2014-final", "place", "Rio de Janeiro")
c("Germany beat Brazil 1-0 in the 2014 World Cup final.", "2015-01-01", X, "wc2014-final", "actor", "opponent was Argentina")
c("Germany lifted the 2014 trophy on 12 July.", "2014-09-01", X, "wc2014-final", "date", "13 July")
c("About 1 billion people watched the 2014 final on television.", "2014-07-20", U, None, None, "TV audience not in the table")

# ---------- Chauvin ----------
c("MINNEAPOLIS (AP) - Jurors in the Derek Chauvin murder trial began deliberations Monday after closing arguments.", "2021-04-20", S, "chauvin-deliberations", notes="'Monday' -> 19 Apr", rule=("wd", "Monday", "2021-04-19"))
c("Derek Chauvin was found guilty on Tuesday of murder and manslaughter in the death of George Floyd.", "2021-04-21", S, "chauvin-verdict", notes="'Tuesday' -> 20 Apr", rule=("wd", "Tuesday", "2021-04-20"))
c("Former officer convicted on all three counts in George Floyd's death", "2021-04-21", S, "chauvin-verdict", notes="headline")
c("A day after deliberations began, the jury returned guilty verdicts on all counts against Chauvin.", "2021-04-22", S, "chauvin-verdict", notes="19 Apr + 1 day = 20 Apr", rule=("offset", "2021-04-19", 1, "2021-04-20"))
c("Chauvin was convicted in St. Paul on April 20.", "2021-05-01", X, "chauvin-verdict", "place", "Minneapolis (Hennepin County)")
c("Chauvin was convicted of first-degree murder.", "2021-05-01", X, "chauvin-verdict", "event", "convicted of second-degree unintentional murder, third-degree murder and manslaughter; no first-degree count")
c("Chauvin was sentenced to 22 1/2 years in prison on Friday.", "2021-06-26", S, "chauvin-sentencing", notes="'Friday' -> 25 Jun", rule=("wd", "Friday", "2021-06-25"))
c("Judge Peter Cahill gave Chauvin 22.5 years, two months after the jury's verdict.", "2021-06-26", S, "chauvin-sentencing", notes="Apr 20 -> Jun 25 ~ two months")
c("Derek Chauvin was sentenced to 25 years in prison last week.", "2021-07-01", X, "chauvin-sentencing", "count", "22.5 years; 'last week' (21-27 Jun) contains 25 Jun, so the date is fine", rule=("lastweek", "2021-06-25"))
c("Chauvin was sentenced on April 20, 2021.", "2022-01-01", X, "chauvin-sentencing", "event", "wrong phase: April 20 was the verdict, sentencing was June 25")
c("Chauvin was also sentenced in December 2021 to 21 years on federal civil rights charges.", "2022-07-08", U, None, None, "federal case not in the table")
c("The city of Minneapolis paid $27 million to settle with Floyd's family.", "2021-04-21", U, None, None, "settlement not in the table")

# ---------- Maxwell ----------
c("NEW YORK (Reuters) - Ghislaine Maxwell was convicted on Wednesday of recruiting and grooming teenage girls for Jeffrey Epstein to abuse.", "2021-12-30", S, "maxwell-verdict", notes="'Wednesday' -> 29 Dec", rule=("wd", "Wednesday", "2021-12-29"))
c("Maxwell was found guilty on five of the six counts against her.", "2022-01-05", S, "maxwell-verdict")
c("A jury convicted Maxwell on all six counts.", "2022-01-05", X, "maxwell-verdict", "count", "five of six")
c("Maxwell was convicted in Miami on December 29.", "2022-02-01", X, "maxwell-verdict", "place", "Manhattan, New York")
c("Maxwell was sentenced to 20 years in prison by a federal judge in Manhattan on Tuesday.", "2022-06-29", S, "maxwell-sentencing", notes="'Tuesday' -> 28 Jun", rule=("wd", "Tuesday", "2022-06-28"))
c("Judge Alison Nathan gave Maxwell two decades behind bars, six months after the verdict.", "2022-07-01", S, "maxwell-sentencing", notes="'two decades' = 20 years")
c("Maxwell was sentenced to 30 years in prison in June 2022.", "2022-07-15", X, "maxwell-sentencing", "count", "20 years (30 was the prosecutors' minimum request)")
c("Maxwell was sentenced by Judge Lewis Kaplan.", "2022-07-15", X, "maxwell-sentencing", "actor", "Judge Alison Nathan")
c("Maxwell's sentence was a fitting end to the Epstein saga.", "2022-06-29", N, notes="opinion")

# ---------- Holmes ----------
c("SAN JOSE, Calif. (AP) - Theranos founder Elizabeth Holmes was convicted Monday of four counts of fraud and conspiracy.", "2022-01-04", S, "holmes-verdict", notes="'Monday' -> 3 Jan", rule=("wd", "Monday", "2022-01-03"))
c("Holmes was found guilty on four charges but acquitted on four others; jurors deadlocked on three.", "2022-01-04", S, "holmes-verdict")
c("Elizabeth Holmes was convicted in Palo Alto.", "2022-02-01", X, "holmes-verdict", "place", "San Jose")
c("Holmes was sentenced to 11 years and three months in prison on Friday.", "2022-11-19", S, "holmes-sentencing", notes="'Friday' -> 18 Nov", rule=("wd", "Friday", "2022-11-18"))
c("A federal judge sentenced Elizabeth Holmes to more than 11 years for defrauding Theranos investors.", "2022-11-20", S, "holmes-sentencing", notes="'more than 11' vs 11.25")
c("Holmes received a 15-year sentence.", "2022-12-01", X, "holmes-sentencing", "count", "11.25 years; 15 was the prosecutors' request")
c("Holmes, who had been due to report to prison on 27 April 2023, was sentenced earlier this month.", "2022-11-30", S, "holmes-sentencing", notes="'earlier this month' -> Nov 2022", rule=("thismonth", "2022-11-18"))
c("Holmes was sentenced on 3 January 2022.", "2023-01-10", X, "holmes-sentencing", "event", "wrong phase: 3 Jan 2022 was the verdict")
c("Former Theranos president Ramesh 'Sunny' Balwani was sentenced to nearly 13 years.", "2022-12-08", U, None, None, "Balwani not in the table")

# ---------- SBF ----------
c("Sam Bankman-Fried was found guilty on Thursday of all seven counts of fraud and conspiracy.", "2023-11-03", S, "sbf-verdict", notes="'Thursday' -> 2 Nov", rule=("wd", "Thursday", "2023-11-02"))
c("FTX founder convicted on seven counts after month-long trial", "2023-11-03", S, "sbf-verdict", notes="headline; 'month-long' ~ five weeks")
c("A jury convicted Bankman-Fried on five of seven counts.", "2023-11-10", X, "sbf-verdict", "count", "all seven")
c("Bankman-Fried was convicted in Miami.", "2023-11-10", X, "sbf-verdict", "place", "Manhattan")
c("NEW YORK, March 28 - Sam Bankman-Fried was sentenced to 25 years in prison by U.S. District Judge Lewis Kaplan.", "2024-03-28", S, "sbf-sentencing")
c("Judge Kaplan also ordered the former crypto mogul to forfeit $11 billion.", "2024-03-29", S, "sbf-sentencing")
c("Bankman-Fried was sentenced to 40 years in prison last month.", "2024-04-15", X, "sbf-sentencing", "count", "25 years; 'last month' = March 2024 is right", rule=("lastmonth", "2024-03-28"))
c("Bankman-Fried was sentenced on 2 November 2023.", "2024-05-01", X, "sbf-sentencing", "event", "wrong phase: that was the verdict")
c("Bankman-Fried's former girlfriend Caroline Ellison was sentenced to two years.", "2024-09-25", U, None, None, "Ellison not in the table")

# ---------- Weinstein ----------
c("Harvey Weinstein was convicted Monday of rape and a criminal sexual act in New York.", "2020-02-25", S, "weinstein-verdict", notes="'Monday' -> 24 Feb", rule=("wd", "Monday", "2020-02-24"))
c("Weinstein was acquitted of the most serious charges, predatory sexual assault.", "2020-02-25", S, "weinstein-verdict")
c("Weinstein was convicted in Los Angeles in February 2020.", "2020-06-01", X, "weinstein-verdict", "place", "Manhattan; his Los Angeles trial came later")
c("Harvey Weinstein was sentenced to 23 years in prison on Wednesday.", "2020-03-12", S, "weinstein-sentencing", notes="'Wednesday' -> 11 Mar", rule=("wd", "Wednesday", "2020-03-11"))
c("Justice James Burke sentenced Weinstein to 23 years, 16 days after the jury's verdict.", "2020-03-12", S, "weinstein-sentencing", rule=("offset", "2020-02-24", 16, "2020-03-11"))
c("Weinstein was sentenced to 29 years in prison.", "2020-03-12", X, "weinstein-sentencing", "count", "23 years; 29 was the maximum")
c("Weinstein tested positive for the coronavirus in prison later that month.", "2020-03-25", U, None, None, "not in the table")

# ---------- Ships ----------
c("The Titanic was launched in Belfast on 31 May 1911.", "2011-05-31", S, "titanic-launch")
c("BELFAST - Exactly a century ago the hull of the Titanic slid down the slipway at Harland & Wolff.", "2011-05-31", S, "titanic-launch", notes="century before 2011-05-31 = 1911-05-31", rule=("yearsafter", "1911-05-31", 100, 2011))
c("The Titanic was launched at a Glasgow shipyard in 1911.", "2012-04-01", X, "titanic-launch", "place", "Belfast")
c("Titanic was launched on 31 May 1912.", "2012-04-01", X, "titanic-launch", "date", "1911")
c("One shipyard worker died as a result of an accident at Titanic's launch.", "2011-06-01", S, "titanic-launch", notes="deaths = 1")
c("Titanic set out from Southampton on her maiden voyage on 10 April 1912.", "2012-04-10", S, "titanic-maiden-departure")
c("Titanic began her maiden voyage from Liverpool on 10 April 1912.", "2012-04-10", X, "titanic-maiden-departure", "place", "Southampton (Liverpool was her port of registry)")
c("Titanic left Southampton on 20 March 1912.", "2012-03-20", X, "titanic-maiden-departure", "date", "20 March was the original, postponed date; she sailed 10 April")
c("Titanic carried 35,000 eggs when she left port.", "2012-04-10", U, None, None, "provisioning not in the table")
c("SOUTHAMPTON, England - The Queen on Thursday named the Queen Mary 2, the biggest passenger liner ever built.", "2004-01-09", S, "qm2-naming", notes="'Thursday' -> 8 Jan", rule=("wd", "Thursday", "2004-01-08"))
c("Queen Mary 2 was christened by the Queen in New York in January 2004.", "2004-05-01", X, "qm2-naming", "place", "Southampton")
c("Four days after it was named by the Queen, the Queen Mary 2 set sail from Southampton on its maiden voyage.", "2004-01-13", S, "qm2-maiden-voyage", rule=("offset", "2004-01-08", 4, "2004-01-12"))
c("The QM2 left Southampton on Monday evening, bound for Fort Lauderdale.", "2004-01-13", S, "qm2-maiden-voyage", notes="'Monday' -> 12 Jan", rule=("wd", "Monday", "2004-01-12"))
c("Queen Mary 2's maiden voyage took her from Southampton to New York.", "2004-02-01", X, "qm2-maiden-voyage", "place", "to Fort Lauderdale, Florida")
c("QM2 departed on her maiden voyage on 8 January 2004.", "2005-01-01", X, "qm2-maiden-voyage", "event", "wrong phase: 8 Jan was the naming ceremony")
c("Fares for the QM2 maiden voyage ran as high as $27,000.", "2004-01-13", U, None, None, "fares not in the table")

# ---------- Burj / Wembley ----------
c("DUBAI (Reuters) - Dubai opened the world's tallest building on Monday, a 828-metre tower renamed Burj Khalifa.", "2010-01-05", S, "burj-khalifa-opening", notes="'Monday' -> 4 Jan", rule=("wd", "Monday", "2010-01-04"))
c("The Burj Khalifa, which opened in January 2010, stands 828 metres tall.", "2015-05-01", S, "burj-khalifa-opening", notes="month precision")
c("The Burj Khalifa stands 830 metres tall.", "2012-01-01", S, "burj-khalifa-opening", notes="judgement call: 830 is a rounding of 828 (some sources give 829.8 m); treat as approximately right")
c("The Burj Khalifa, which is 728 metres high, opened in 2010.", "2012-01-01", X, "burj-khalifa-opening", "count", "828 m (digit slip)")
c("Burj Khalifa opened in Abu Dhabi on 4 January 2010.", "2012-01-01", X, "burj-khalifa-opening", "place", "Dubai")
c("The Burj Khalifa cost more to build than any other skyscraper.", "2010-01-05", U, None, None, "not in the table")
c("The new Wembley hosted its first FA Cup final on Saturday, Chelsea beating Manchester United 1-0.", "2007-05-20", S, "wembley-official-opening", notes="'Saturday' -> 19 May", rule=("wd", "Saturday", "2007-05-19"))
c("The 90,000-seat stadium was officially opened with the 2007 FA Cup final.", "2007-05-21", S, "wembley-official-opening")
c("A crowd of 89,826 watched Manchester United beat Chelsea in the first final at the new Wembley.", "2007-05-21", X, "wembley-official-opening", "actor", "Chelsea won")
c("The new Wembley, with a capacity of 80,000, opened in May 2007.", "2010-01-01", X, "wembley-official-opening", "count", "90,000")
c("The new Wembley is the finest stadium in the world.", "2007-05-20", N, notes="opinion")

# ---------- Science ----------
c("GENEVA (AP) - Scientists at CERN said Wednesday they had found a new particle that looks like the long-sought Higgs boson.", "2012-07-05", S, "higgs-announcement", notes="'Wednesday' -> 4 Jul", rule=("wd", "Wednesday", "2012-07-04"))
c("The discovery of the Higgs boson was announced at CERN on 4 July 2012.", "2013-10-08", S, "higgs-announcement")
c("The Higgs boson discovery was announced at Fermilab near Chicago.", "2013-01-01", X, "higgs-announcement", "place", "CERN, Geneva")
c("CERN announced the Higgs discovery on 4 July 2013.", "2014-01-01", X, "higgs-announcement", "date", "2012")
c("Peter Higgs and François Englert shared a prize for predicting the particle in 2013.", "2013-10-09", U, None, None, "prize not in the table")
c("The twin LIGO detectors in Louisiana and Washington state picked up the signal on 14 September 2015.", "2016-02-12", S, "ligo-detection")
c("The gravitational waves were detected in September 2015 by a single detector in Hanford.", "2016-02-12", X, "ligo-detection", "place", "both detectors (Livingston and Hanford)")
c("WASHINGTON - Scientists announced Thursday they had detected gravitational waves, ripples in space-time predicted by Einstein a century ago.", "2016-02-12", S, "ligo-announcement", notes="'Thursday' -> 11 Feb", rule=("wd", "Thursday", "2016-02-11"))
c("The first detection of gravitational waves was announced on 14 September 2015.", "2016-06-01", X, "ligo-announcement", "event", "wrong phase: that is the detection date; announced 11 Feb 2016")
c("LIGO's discovery was announced in Geneva.", "2016-03-01", X, "ligo-announcement", "place", "Washington, D.C.")
c("Astronomers unveiled the first image of a black hole on Wednesday, showing a ring of light around the giant at the heart of galaxy M87.", "2019-04-11", S, "eht-black-hole-image", notes="'Wednesday' -> 10 Apr", rule=("wd", "Wednesday", "2019-04-10"))
c("The first image of a black hole was released in Brussels and five other cities on 10 April 2019.", "2019-05-01", S, "eht-black-hole-image")
c("The first black hole picture showed Sagittarius A*, the black hole at the centre of the Milky Way.", "2019-05-01", X, "eht-black-hole-image", "actor", "it showed M87*, not Sgr A* (a later image)")
c("The black hole image was assembled from observations made in April 2017.", "2019-04-11", U, None, None, "observation date not in the table")

# ---------- Speed ----------
c("Andy Green set a land speed record of 714 mph in the Black Rock Desert on 25 September 1997.", "1997-09-26", S, "thrust-ssc-714", notes="714.144 mph")
c("BLACK ROCK DESERT, Nev. - Thrust SSC broke the sound barrier on Wednesday, setting a land speed record of 763 mph.", "1997-10-16", S, "thrust-ssc-supersonic", notes="'Wednesday' -> 15 Oct", rule=("wd", "Wednesday", "1997-10-15"))
c("Thrust SSC's record of 1,228 km/h, set in October 1997, still stands.", "2022-10-24", S, "thrust-ssc-supersonic", notes="rounded 1,227.985")
c("Thrust SSC reached 1,228 km/h at the Bonneville Salt Flats in Utah.", "2017-10-15", X, "thrust-ssc-supersonic", "place", "Black Rock Desert, Nevada")
c("Twenty days after his first record, Green pushed Thrust SSC past the speed of sound.", "1997-10-20", S, "thrust-ssc-supersonic", rule=("offset", "1997-09-25", 20, "1997-10-15"))
c("Thrust SSC first broke the land speed record on 15 October 1997 at 714 mph.", "1998-01-01", X, "thrust-ssc-714", "date", "714 mph was on 25 September; 15 October was the 763 mph run")
c("A French TGV reached 574.8 km/h on Tuesday, a world record for a train on rails.", "2007-04-04", S, "tgv-v150-record", notes="'Tuesday' -> 3 Apr", rule=("wd", "Tuesday", "2007-04-03"))
c("The TGV hit 574.8 km/h on the Paris-Lyon line.", "2007-05-01", X, "tgv-v150-record", "place", "LGV Est (Paris-Strasbourg)")
c("The French V150 train reached 547.8 km/h in April 2007.", "2008-01-01", X, "tgv-v150-record", "count", "574.8 km/h (transposed digits)")
c("TOKYO - A Japanese maglev train hit 603 km/h on a test track on Tuesday, breaking the record it had set less than a week earlier.", "2015-04-22", S, "maglev-603", notes="'Tuesday' -> 21 Apr", rule=("wd", "Tuesday", "2015-04-21"))
c("Last Thursday's maglev run reached 590 km/h in Yamanashi.", "2015-04-21", S, "maglev-590", notes="'Thursday' -> 16 Apr", rule=("wd", "Thursday", "2015-04-16"))
c("The Japanese maglev set its 603 km/h record near Osaka.", "2015-05-01", X, "maglev-603", "place", "Yamanashi, west of Tokyo")
c("The maglev reached 630 km/h in April 2015.", "2015-05-01", X, "maglev-603", "count", "603 km/h")
c("The Tokyo-Nagoya maglev line will open in 2027.", "2015-04-22", N, notes="prediction")

# ---------- Population ----------
c("UNITED NATIONS - The world's population passed 8 billion on Tuesday, according to a UN projection.", "2022-11-16", S, "population-8bn", notes="'Tuesday' -> 15 Nov", rule=("wd", "Tuesday", "2022-11-15"))
c("The UN marked the Day of Seven Billion on 31 October 2011.", "2011-11-01", S, "population-7bn")
c("It took just 11 years for the world's population to grow from seven to eight billion.", "2022-11-16", S, "population-8bn", rule=("yearsafter", "2011-10-31", 11, 2022))
c("The UN said the world's population would reach eight billion on 15 November 2023.", "2022-08-16", X, "population-8bn", "date", "2022")
c("India overtook China as the world's most populous country in April 2023.", "2023-04-25", U, None, None, "not in the table")

# ---------- Blackouts ----------
c("NEW YORK (AP) - The largest blackout in U.S. history darkened New York, Detroit, Cleveland and Toronto on Thursday afternoon.", "2003-08-15", S, "ne-blackout-2003", notes="'Thursday' -> 14 Aug; places fit location list (Ohio, Michigan); 'largest in US history' from sources", rule=("wd", "Thursday", "2003-08-14"))
c("About 50 million people lost power in the August 2003 blackout.", "2003-08-20", U, "ne-blackout-2003", None, "people_affected deliberately empty (50m vs 55m)")
c("The 2003 blackout began when a transmission line failed in Ontario.", "2003-11-19", X, "ne-blackout-2003", "place", "began with FirstEnergy's system in Ohio")
c("The Northeast blackout of 2003 hit on 14 July 2003.", "2004-01-01", X, "ne-blackout-2003", "date", "14 August")
c("NEW DELHI - India's northern grid collapsed early Monday, leaving hundreds of millions without power.", "2012-07-31", S, "india-blackout-2012-jul30", notes="'Monday' -> 30 Jul", rule=("wd", "Monday", "2012-07-30"))
c("A day after the first failure, a second collapse left about 620 million Indians without electricity.", "2012-08-01", S, "india-blackout-2012-jul31", rule=("offset", "2012-07-30", 1, "2012-07-31"))
c("Some 620 million people lost power when India's grid failed on Monday, 30 July 2012.", "2012-08-05", X, "india-blackout-2012-jul31", "date", "620 million was the 31 July (Tuesday) failure; 30 July had fewer people")
c("The July 2012 outage in India left about 260 million people without power.", "2012-08-10", X, "india-blackout-2012-jul31", "count", "about 620 million")
c("India's grid failures were caused by states drawing more than their share of power.", "2012-08-01", U, None, None, "cause not in the table")

# ---------- Bridges and tunnels ----------
c("CALAIS, France (AP) - Queen Elizabeth II and President Francois Mitterrand opened the Channel Tunnel on Friday.", "1994-05-07", S, "channel-tunnel-opening", notes="'Friday' -> 6 May", rule=("wd", "Friday", "1994-05-06"))
c("The 50-kilometre Channel Tunnel was officially opened in May 1994.", "2004-05-06", S, "channel-tunnel-opening", notes="50 ~ 50.45")
c("The Channel Tunnel, officially opened in 1994, is 38 km long.", "2004-05-06", X, "channel-tunnel-opening", "count", "50.45 km; 38 km is the undersea section only")
c("The Channel Tunnel was opened by the Queen and President Jacques Chirac.", "2014-05-06", X, "channel-tunnel-opening", "actor", "François Mitterrand")
c("About 480 million passengers have used the Channel Tunnel since it opened.", "2024-05-06", U, None, None, "ridership not in the table")
c("Switzerland on Wednesday opened the world's longest rail tunnel, the 57-kilometre Gotthard Base Tunnel.", "2016-06-02", S, "gotthard-opening", notes="'Wednesday' -> 1 Jun", rule=("wd", "Wednesday", "2016-06-01"))
c("German Chancellor Angela Merkel attended the opening of the Gotthard tunnel in June 2016.", "2016-07-01", S, "gotthard-opening")
c("The Gotthard Base Tunnel opened to regular trains on 1 June 2016.", "2017-01-01", X, "gotthard-commercial-service", "event", "wrong phase: 1 June was the ceremony; regular service began 11 Dec 2016")
c("The Gotthard Base Tunnel, which is 35 kilometres long, opened in 2016.", "2017-01-01", X, "gotthard-opening", "count", "57 km (35 is the length in miles)")
c("Scheduled trains began running through the Gotthard Base Tunnel earlier this month.", "2016-12-20", S, "gotthard-commercial-service", rule=("thismonth", "2016-12-11"))
c("ZHUHAI, China (Reuters) - President Xi Jinping on Tuesday declared open the 55-km bridge linking Hong Kong, Macau and Zhuhai.", "2018-10-24", S, "hzmb-ceremony", notes="'Tuesday' -> 23 Oct", rule=("wd", "Tuesday", "2018-10-23"))
c("The Hong Kong-Zhuhai-Macau bridge opened to traffic on Wednesday morning.", "2018-10-25", S, "hzmb-public-opening", notes="'Wednesday' -> 24 Oct", rule=("wd", "Wednesday", "2018-10-24"))
c("Beijing opened the mega-bridge to the public on 23 October 2018.", "2018-11-01", X, "hzmb-public-opening", "date", "public opening was 24 Oct; 23 Oct was the ceremony")
c("Premier Li Keqiang declared the Hong Kong-Zhuhai-Macau bridge open.", "2018-11-01", X, "hzmb-ceremony", "actor", "Xi Jinping")
c("The 55-kilometre crossing cost about $20 billion.", "2018-10-24", U, None, None, "cost not in the table")
c("The Golden Gate Bridge opened to pedestrians on 27 May 1937.", "2017-05-27", S, "golden-gate-pedestrian-day")
c("About 200,000 people walked across the Golden Gate Bridge on its opening day.", "2017-05-27", S, "golden-gate-pedestrian-day")
c("Cars first crossed the Golden Gate Bridge on 27 May 1937.", "2017-05-27", X, "golden-gate-vehicles", "date", "vehicles on 28 May; 27 May was pedestrian day")
c("The Golden Gate Bridge opened in 1933.", "2013-01-01", X, "golden-gate-pedestrian-day", "date", "construction began in 1933; opened 1937")
c("MILLAU, France - President Jacques Chirac on Tuesday inaugurated the world's tallest road bridge, whose highest mast reaches 343 metres.", "2004-12-15", S, "millau-inauguration", notes="'Tuesday' -> 14 Dec", rule=("wd", "Tuesday", "2004-12-14"))
c("Two days after its inauguration, the Millau Viaduct opened to traffic.", "2004-12-17", S, "millau-traffic", rule=("offset", "2004-12-14", 2, "2004-12-16"))
c("The Millau Viaduct, at 343 metres, is taller than the Eiffel Tower.", "2014-12-14", U, "millau-inauguration", None, "height is held (343) but the Eiffel Tower comparison is not in the table")
c("The Millau viaduct spans the Lot valley.", "2014-12-14", X, "millau-inauguration", "place", "Tarn valley")
c("The Millau Viaduct, designed by Norman Foster, is 2.46 kilometres long.", "2010-01-01", S, "millau-inauguration")
c("COPENHAGEN - Denmark's Queen Margrethe and Sweden's King Carl Gustaf on Saturday opened the Oresund bridge linking Copenhagen and Malmo.", "2000-07-02", S, "oresund-opening", notes="'Saturday' -> 1 Jul; alias spelling", rule=("wd", "Saturday", "2000-07-01"))
c("The Øresund Bridge, which opened on 1 July 1999, links Denmark and Sweden.", "2005-01-01", X, "oresund-opening", "date", "2000 (the last section was placed in August 1999)")
c("The Øresund Bridge is 16 kilometres long.", "2005-01-01", X, "oresund-opening", "count", "the bridge is 7.845 km; ~16 km is the whole fixed link with island and tunnel")

# ---------- Holidays ----------
c("WASHINGTON (AP) - President Joe Biden signed a bill Thursday making Juneteenth a federal holiday.", "2021-06-18", S, "juneteenth-signed", notes="'Thursday' -> 17 Jun", rule=("wd", "Thursday", "2021-06-17"))
c("Juneteenth became the first new federal holiday since Martin Luther King Jr. Day.", "2021-06-18", S, "juneteenth-signed")
c("Biden signed the Juneteenth bill into law on June 19, 2021.", "2022-06-19", X, "juneteenth-signed", "date", "signed 17 June; 19 June is the holiday itself")
c("Juneteenth was made a federal holiday by President Donald Trump.", "2022-06-19", X, "juneteenth-signed", "actor", "Joe Biden")
c("More federal holidays would hurt the economy.", "2021-06-18", N, notes="opinion")
c("Reagan signed the Martin Luther King Jr. holiday into law in November 1983.", "2023-01-16", S, "mlk-day-signed")
c("The first federal Martin Luther King Jr. Day was observed on 20 January 1986.", "2016-01-18", S, "mlk-day-first-observed")
c("Martin Luther King Jr. Day was first observed nationally in January 1984.", "2016-01-18", X, "mlk-day-first-observed", "date", "1986")
c("President Jimmy Carter signed the King holiday bill in 1983.", "2016-01-18", X, "mlk-day-signed", "actor", "Ronald Reagan")
c("Arizona voters approved an MLK holiday in 1992.", "2016-01-18", U, None, None, "state holiday not in the table")

# ---------- Currency ----------
c("FRANKFURT (Reuters) - Eleven European countries launched the euro on Friday, locking their exchange rates together.", "1999-01-02", S, "euro-launch-1999", notes="'Friday' -> 1 Jan 1999", rule=("wd", "Friday", "1999-01-01"))
c("Euro notes and coins arrived in 12 countries on Tuesday.", "2002-01-02", S, "euro-cash-2002", notes="'Tuesday' -> 1 Jan 2002", rule=("wd", "Tuesday", "2002-01-01"))
c("Euro banknotes went into circulation on 1 January 1999.", "2009-01-01", X, "euro-cash-2002", "event", "wrong phase: 1999 was the non-cash launch; cash came on 1 Jan 2002")
c("The euro was launched in 1999 by 12 countries.", "2009-01-01", X, "euro-launch-1999", "count", "11 countries; Greece joined in 2001")
c("ZAGREB - Croatia switched to the euro on Sunday, becoming the 20th member of the currency bloc.", "2023-01-02", S, "croatia-euro", notes="'Sunday' -> 1 Jan 2023", rule=("wd", "Sunday", "2023-01-01"))
c("Croatia became the 19th country to adopt the euro in January 2023.", "2023-02-01", X, "croatia-euro", "count", "20th")
c("Croatia adopted the euro on 1 January 2024.", "2024-02-01", X, "croatia-euro", "date", "2023")
c("Prices in Croatian cafés rose sharply after the euro switch.", "2023-02-01", U, None, None, "not in the table")
c("Croatia should never have given up the kuna.", "2023-01-02", N, notes="opinion")

# ---------- Prizes ----------
c("LOS ANGELES (Reuters) - South Korean dark comedy Parasite won best picture at the Oscars on Sunday, the first foreign-language film to take the top prize.", "2020-02-10", S, "oscars-2020-parasite", notes="'Sunday' -> 9 Feb", rule=("wd", "Sunday", "2020-02-09"))
c("Parasite won best picture at the 2020 Oscars; director Bong Joon-ho also took best director.", "2020-02-11", S, "oscars-2020-parasite")
c("Parasite won best picture at the 91st Academy Awards.", "2020-03-01", X, "oscars-2020-parasite", "event", "92nd")
c("1917 won best picture at the February 2020 Oscars.", "2020-03-01", X, "oscars-2020-parasite", "actor", "Parasite won")
c("Oppenheimer won seven Oscars, including best picture, on Sunday night in Los Angeles.", "2024-03-11", S, "oscars-2024-oppenheimer", notes="'Sunday' -> 10 Mar", rule=("wd", "Sunday", "2024-03-10"))
c("Oppenheimer won best picture at the 96th Academy Awards on 3 March 2024.", "2024-04-01", X, "oscars-2024-oppenheimer", "date", "10 March")
c("Oppenheimer won five Oscars in March 2024.", "2024-04-01", X, "oscars-2024-oppenheimer", "count", "seven")
c("Barbie was the highest-grossing film of 2023.", "2024-03-11", U, None, None, "box office not in the table")
c("LONDON, Nov 26 (Reuters) - Irish writer Paul Lynch won the 2023 Booker Prize on Sunday for his novel Prophet Song.", "2023-11-26", S, "booker-2023")
c("Paul Lynch's Prophet Song won the Booker Prize, worth 50,000 pounds, in London in November 2023.", "2023-12-01", S, "booker-2023")
c("Paul Lynch won the Booker Prize in Dublin.", "2023-12-01", X, "booker-2023", "place", "London")
c("Prophet Song, the Booker winner, is the most important novel of the decade.", "2023-11-27", N, notes="opinion")
c("The 2023 Pulitzer Prize for fiction was shared by two novels.", "2023-05-09", U, None, None, "Pulitzer not in the table")

# ---------- Museums ----------
c("ABU DHABI (AFP) - French President Emmanuel Macron inaugurated the Louvre Abu Dhabi on Wednesday.", "2017-11-09", S, "louvre-abu-dhabi-inauguration", notes="'Wednesday' -> 8 Nov", rule=("wd", "Wednesday", "2017-11-08"))
c("The Louvre Abu Dhabi opened its doors to the public on Saturday, three days after its inauguration.", "2017-11-12", S, "louvre-abu-dhabi-public", notes="'Saturday' -> 11 Nov", rule=("offset", "2017-11-08", 3, "2017-11-11"))
c("The Louvre Abu Dhabi opened to the public on 8 November 2017.", "2018-01-01", X, "louvre-abu-dhabi-public", "date", "public opening 11 Nov; 8 Nov was the inauguration")
c("The Louvre Abu Dhabi was designed by Frank Gehry.", "2018-01-01", X, "louvre-abu-dhabi-inauguration", "actor", "Jean Nouvel (Gehry designs the Guggenheim Abu Dhabi)")
c("The Louvre Abu Dhabi welcomed one million visitors in its first year.", "2018-11-11", U, None, None, "first-year attendance not in the table")
c("PARIS - The Louvre said on Thursday it received a record 10.2 million visitors last year.", "2019-01-04", S, "louvre-2018-visitors", notes="'Thursday' -> 3 Jan 2019; 'last year' = 2018", rule=("wd", "Thursday", "2019-01-03"))
c("Nearly 10.2 million people visited the Louvre in 2018, up a quarter on the year before.", "2019-01-10", S, "louvre-2018-visitors")
c("The Louvre drew 12.1 million visitors in 2018.", "2019-02-01", X, "louvre-2018-visitors", "count", "10.2 million")
c("The Louvre's 2018 attendance record was announced in Paris in July 2019.", "2019-08-01", X, "louvre-2018-visitors", "date", "announced 3 January 2019")
c("The Musée d'Orsay had 3.3 million visitors in 2018.", "2019-01-10", U, None, None, "Orsay not in the table")
c("The Grand Egyptian Museum near Giza opened fully in 2025.", "2025-11-05", U, None, None, "not in the table")


# ---------- extra unverifiable (events or details not in the table) ----------
c("The Paris 2024 Olympics opened with a boat parade along the Seine on 26 July 2024.", "2024-07-27", U, None, None, "Paris 2024 not in the table")
c("Elizabeth Holmes reported to a federal prison camp in Bryan, Texas, in May 2023.", "2023-05-31", U, None, None, "prison report not a row (only the ordered date 27 Apr 2023 is in the holmes-sentencing statement)")
c("Weinstein's New York conviction was overturned by the state's top court in April 2024.", "2024-04-26", U, None, None, "appeal mentioned only in notes, not a row")
c("The Channel Tunnel's first Eurostar passenger services began in November 1994.", "1994-11-15", U, None, None, "Eurostar start not in the table")
c("Tottenham Hotspur's new 62,850-seat stadium opened in April 2019.", "2019-04-04", U, None, None, "stadium not in the table")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "claims.jsonl")
    # thin the supported/contradicted pools deterministically (every third one dropped)
    keep, seen = [], {S: 0, X: 0}
    for r in C:
        v = r["expected_verdict"]
        if v in seen:
            seen[v] += 1
            if seen[v] % 3 == 0:
                continue
        keep.append(r)
    C[:] = keep
    with open(out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(C, 1):
            r = {"id": f"p17c{i:03d}", **r}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(C), Counter(r["expected_verdict"] for r in C))
