"""Writes ../articles/*.md and ../articles/expected.csv; asserts word counts, fragments and relative dates."""
import csv, os, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, "..", "articles")
D = dt.date.fromisoformat

def last_wd(pub, wd):  # most recent weekday (0=Mon) strictly before pub
    a = D(pub)
    for k in range(1, 8):
        x = a - dt.timedelta(days=k)
        if x.weekday() == wd: return x

A = {}
# ---------------- article 1 ----------------
assert last_wd("2021-06-26", 4) == D("2021-06-25")   # Friday
assert last_wd("2021-06-26", 0) == D("2021-06-21")   # so 'Monday, April 19' must be absolute
A["chauvin_sentencing_2021-06-26.md"] = ("Chauvin gets 22 and a half years for George Floyd's murder", "2021-06-26", """MINNEAPOLIS - A Minnesota judge sentenced former Minneapolis police officer Derek Chauvin to 22 and a half years in prison on Friday for the murder of George Floyd, a killing that set off protests across the United States and around the world.

Hennepin County Judge Peter Cahill handed down the sentence in a St. Paul courtroom after hearing statements from Floyd's relatives and from Chauvin's mother, Carolyn Pawlenty. Cahill said the sentence was not based on emotion or sympathy, nor on public opinion, but on the abuse of a position of trust and authority and the particular cruelty shown to Floyd.

Prosecutors had asked for 30 years. The defence had sought probation and time served.

Chauvin was convicted on April 21 of second-degree unintentional murder, third-degree murder and second-degree manslaughter. After three weeks of testimony, the jury began deliberating on Monday, April 19, and took little more than a day to reach its verdict.

Bystander video showed Chauvin kneeling on Floyd's neck for about nine and a half minutes on May 25, 2020, as the handcuffed Black man said repeatedly that he could not breathe. Chauvin was fired the next day and arrested four days after Floyd's death.

Speaking briefly before the sentence was read, Chauvin offered his condolences to the Floyd family and said there would be "some other information in the future" that might give them peace of mind. He did not elaborate, citing legal matters still pending.

Under Minnesota law Chauvin must serve two-thirds of the term, about 15 years, before becoming eligible for supervised release. He also faces federal civil rights charges, and three other former officers are due to stand trial next year on state charges of aiding and abetting.

Floyd's brother Philonise told the court he had relived the video every day for a year and asked the judge for the maximum sentence. Outside the courthouse, family lawyer Ben Crump called the 22.5-year term a historic step toward accountability, though some activists said it fell short.""")
F1 = [
 ("sentenced former Minneapolis police officer Derek Chauvin to 22 and a half years in prison on Friday", "supported", "chauvin-sentencing", "", "'Friday' -> 2021-06-25"),
 ("Hennepin County Judge Peter Cahill handed down the sentence in a St. Paul courtroom", "contradicted", "chauvin-sentencing", "place", "PLANTED ERROR: Minneapolis (Hennepin County Courthouse), not St. Paul; judge is right"),
 ("Prosecutors had asked for 30 years", "unverifiable", "", "", "prosecutors' request not in the table"),
 ("Chauvin was convicted on April 21 of second-degree unintentional murder, third-degree murder and second-degree manslaughter", "contradicted", "chauvin-verdict", "date", "PLANTED ERROR: verdict was 20 April 2021 (counts right)"),
 ("the jury began deliberating on Monday, April 19", "supported", "chauvin-deliberations", "", "absolute date given; 19 Apr 2021 was a Monday"),
 ("took little more than a day to reach its verdict", "supported", "chauvin-verdict", "", "19 -> 20 April"),
 ("Chauvin was fired the next day and arrested four days after Floyd's death", "unverifiable", "", "", "firing/arrest only in a row's notes, not rows"),
 ("three other former officers are due to stand trial next year", "unverifiable", "", "", "not in the table (future)"),
]
# ---------------- article 2 ----------------
assert last_wd("2016-06-02", 2) == D("2016-06-01")   # Wednesday
A["gotthard_opening_2016-06-02.md"] = ("Swiss open world's longest rail tunnel under the Alps", "2016-06-02", """ERSTFELD, Switzerland - Switzerland on Wednesday opened the 57-kilometre Gotthard Base Tunnel, the longest and deepest rail tunnel in the world, after 17 years of construction beneath the Alps.

German Chancellor Angela Merkel, French President François Hollande and Italian Prime Minister Matteo Renzi joined Swiss leaders for ceremonies at both ends of the tunnel, at Erstfeld in the canton of Uri and at Pollegio in Ticino. Swiss President Johann Schneider-Ammann cut the ribbon and handed the tunnel over to the national railway, SBB.

The tunnel overtakes Japan's 53.9-kilometre Seikan Tunnel as the world's longest and is also longer than the 50.45-kilometre Channel Tunnel, which Queen Elizabeth II and President François Mitterrand opened in May 1995. In places more than 2,300 metres of rock lie above the twin tubes.

About 1,000 members of the public chosen by ballot were among the first passengers to ride through the tunnel on Wednesday afternoon. Regular passenger and freight services are due to start on December 11, when the new timetable takes effect.

Freight trains will be able to run through the flat tunnel at up to 160 km/h and passenger trains at up to 250 km/h, well short of the records set on other lines: a French TGV reached 574.8 km/h in 2007, and a Japanese maglev hit 630 km/h on a test track near Mount Fuji in April 2015.

The project, approved by Swiss voters in a 1992 referendum, cost about 12 billion Swiss francs. Nine workers died during construction, and their names were read out at the ceremony.

Officials say the tunnel will cut the journey from Zurich to Milan by about an hour once the Ceneri Base Tunnel further south is finished, and will allow longer and heavier freight trains to cross the Alps by rail instead of by road, a central aim of Swiss transport policy for a quarter of a century.""")
F2 = [
 ("Switzerland on Wednesday opened the 57-kilometre Gotthard Base Tunnel", "supported", "gotthard-opening", "", "'Wednesday' -> 2016-06-01"),
 ("German Chancellor Angela Merkel, French President François Hollande and Italian Prime Minister Matteo Renzi joined Swiss leaders", "supported", "gotthard-opening", "", ""),
 ("Swiss President Johann Schneider-Ammann cut the ribbon", "supported", "gotthard-opening", "", ""),
 ("the 50.45-kilometre Channel Tunnel, which Queen Elizabeth II and President François Mitterrand opened in May 1995", "contradicted", "channel-tunnel-opening", "date", "PLANTED ERROR: opened 6 May 1994 (length and actors right)"),
 ("Regular passenger and freight services are due to start on December 11", "supported", "gotthard-commercial-service", "", "announced schedule that matches the row (11 Dec 2016)"),
 ("a French TGV reached 574.8 km/h in 2007", "supported", "tgv-v150-record", "", "year precision"),
 ("a Japanese maglev hit 630 km/h on a test track near Mount Fuji in April 2015", "contradicted", "maglev-603", "count", "PLANTED ERROR: 603 km/h (transposed); Yamanashi test line is near Mount Fuji"),
 ("cost about 12 billion Swiss francs", "unverifiable", "", "", "cost not in the table"),
 ("Nine workers died during construction", "unverifiable", "", "", "construction deaths not in the table (deaths cell empty)"),
]
# ---------------- article 3 ----------------
assert last_wd("2017-11-12", 5) == D("2017-11-11")   # Saturday
assert D("2017-11-11") - D("2017-11-08") == dt.timedelta(days=3)
A["louvre_abu_dhabi_2017-11-12.md"] = ("Crowds queue as Louvre Abu Dhabi opens to the public", "2017-11-12", """ABU DHABI - The Louvre Abu Dhabi opened its doors to the public on Saturday, with long queues forming under the museum's vast latticed dome before the first visitors were let in at 10 a.m.

The opening came two days after French President Emmanuel Macron inaugurated the museum on Thursday alongside Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed Al Nahyan, in a ceremony Macron used to cast the project as a bridge between civilisations.

The museum, designed by French architect Jean Nouvel on Saadiyat Island, took a decade to build after France and the United Arab Emirates signed a 30-year agreement that lets Abu Dhabi use the Louvre name and borrow works from French national collections. The deal is reported to be worth about $1.1 billion.

Around 600 works are on display, including Leonardo da Vinci's La Belle Ferronnière, on loan from Paris, and a self-portrait by Vincent van Gogh. Tickets cost 60 dirhams, about $16.

Officials hope the museum will do for Abu Dhabi what the Burj Khalifa did for its neighbour. The 828-metre tower, which opened in Dubai in January 2011, remains the world's tallest building and draws millions of tourists a year.

The Paris Louvre, the world's most visited museum, is lending several of its best-known pieces for the first year. Its director, Jean-Luc Martinez, said the partnership would also help the French museum reach new audiences in Asia and Africa.

Critics have questioned the treatment of migrant workers who built the museum and other projects on Saadiyat Island, which is also due to house a Guggenheim designed by Frank Gehry. Human rights groups have said labour conditions improved after earlier complaints but called for independent monitoring.

The museum will be closed on Mondays, according to its website, and visitors are advised to book timed tickets online during the first weeks.""")
F3 = [
 ("The Louvre Abu Dhabi opened its doors to the public on Saturday", "supported", "louvre-abu-dhabi-public", "", "'Saturday' -> 2017-11-11"),
 ("two days after French President Emmanuel Macron inaugurated the museum on Thursday", "contradicted", "louvre-abu-dhabi-inauguration", "date", "PLANTED ERROR: inaugurated Wednesday 8 Nov, three days before the public opening ('Thursday' -> 9 Nov)"),
 ("The museum, designed by French architect Jean Nouvel on Saadiyat Island", "supported", "louvre-abu-dhabi-inauguration", "", ""),
 ("The deal is reported to be worth about $1.1 billion", "unverifiable", "", "", "only in a row's notes, not a checked slot"),
 ("Tickets cost 60 dirhams", "unverifiable", "", "", "not in the table"),
 ("The 828-metre tower, which opened in Dubai in January 2011", "contradicted", "burj-khalifa-opening", "date", "PLANTED ERROR: opened 4 January 2010 (height and city right)"),
 ("The Paris Louvre, the world's most visited museum", "unverifiable", "", "", "ranking not a table slot (the 2018 visitor row postdates the article)"),
]

if __name__ == "__main__":
    rows = []
    for (fn, (title, pub, body)), frs in zip(A.items(), [F1, F2, F3]):
        n = len(body.split()); assert 300 <= n <= 350, (fn, n)
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            fh.write(f"---\ntitle: {title}\npublished: {pub}\nsource: probe17 synthetic wire copy (written for claimcheck testing; not a real agency story)\n---\n\n{body}\n")
        for frag, v, fid, wf, note in frs:
            assert body.count(frag) == 1, (fn, frag)
            rows.append([fn, frag, v, fid, wf, note])
        print(fn, n, "words", len(frs), "fragments")
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(["article", "fragment", "expected_verdict", "fact_id", "wrong_field", "notes"]); w.writerows(rows)
    print(len(rows), "fragments")
