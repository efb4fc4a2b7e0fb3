"""Generate claims.jsonl for probe 14 (NCEI significant earthquakes slice).

Relative dates are written as placeholders and resolved here with datetime, so
the weekday / "last week" / "N days after" arithmetic is computed, not typed:

  {W:YYYY-MM-DD}      weekday name of that date; asserts it is 1-6 days before article_date
  {LW:YYYY-MM-DD}     "last week"; asserts the date lies in the previous Mon-Sun week
  {LWX:YYYY-MM-DD}    "last week"; asserts the (true) date does NOT lie in that week
  {LM:YYYY-MM-DD}     "last month"; asserts the date is in the previous calendar month
  {LMX:YYYY-MM-DD}    "last month"; asserts the (true) date is NOT in the previous month
  {EM:YYYY-MM-DD}     "earlier this month"; asserts same month, before article_date
  {Y:YYYY-MM-DD}      "yesterday"; asserts date == article_date - 1
  {N:YYYY-MM-DD:YYYY-MM-DD}  number of days between two dates, in words ({NC:...} capitalised);
  {NW:...}/{NWC:...}           the same in whole weeks

Run: python make_claims.py [out.jsonl]  (default: claims.jsonl next to it)
"""
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
FACTS = pd.read_csv(HERE / "facts.csv", dtype=str, keep_default_na=False).set_index("id")

WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()


def D(s):
    return date.fromisoformat(s)


def prev_week(art):
    mon = art - timedelta(days=art.weekday() + 7)
    return mon, mon + timedelta(days=6)


def prev_month(art):
    first = art.replace(day=1)
    last_prev = first - timedelta(days=1)
    return last_prev.replace(day=1), last_prev


def resolve(text, art_s, res):
    art = D(art_s)

    def sub(m):
        kind, args = m.group(1), m.group(2).split(":")
        t = D(args[0])
        if kind == "W":
            delta = (art - t).days
            assert 1 <= delta <= 6, (text, art_s, args)
            res.append(f"'{t:%A}' = {t} (most recent {t:%A} before {art})")
            return f"{t:%A}"
        if kind in ("LW", "LWX"):
            a, b = prev_week(art)
            inside = a <= t <= b
            assert inside == (kind == "LW"), (text, art_s)
            res.append(f"'last week' = {a}..{b}; event date {t} is {'inside' if inside else 'outside'}")
            return "last week"
        if kind in ("LM", "LMX"):
            a, b = prev_month(art)
            inside = a <= t <= b
            assert inside == (kind == "LM"), (text, art_s)
            res.append(f"'last month' = {a:%B %Y}; event date {t} is {'inside' if inside else 'outside'}")
            return "last month"
        if kind == "EM":
            assert t.year == art.year and t.month == art.month and t < art, (text, art_s)
            res.append(f"'earlier this month' = {art:%B %Y} before {art}; event date {t}")
            return "earlier this month"
        if kind == "Y":
            assert (art - t).days == 1, (text, art_s)
            res.append(f"'yesterday' = {t}")
            return "yesterday"
        if kind in ("NW", "NWC"):
            n = (D(args[1]) - t).days
            assert n % 7 == 0, (text, args)
            res.append(f"{t} -> {args[1]} = {n} days = {n // 7} weeks")
            return WORDS[n // 7].capitalize() if kind == "NWC" else WORDS[n // 7]
        if kind in ("N", "NC"):
            n = (D(args[1]) - t).days
            res.append(f"{t} -> {args[1]} = {n} days")
            return WORDS[n].capitalize() if kind == "NC" else WORDS[n]
        raise ValueError(kind)

    return re.sub(r"\{(W|LWX|LW|LMX|LM|EM|Y|NWC|NW|NC|N):([0-9:\-]+)\}", sub, text)


CLAIMS = []


def c(text, art, verdict, fid="", wf="", notes=""):
    CLAIMS.append((text, art, verdict, fid, wf, notes))


LOCAL = "Date given is the local date recorded in the row's local_date/notes (NCEI `date` is UTC); counted as agreeing."

# ---------------------------------------------------------------- supported
S = "supported"
c("A magnitude 7.2 earthquake struck Haiti's Tiburon Peninsula on {W:2021-08-14}, August 14, 2021.", "2021-08-16", S, "ncei-2021-08-14-haiti")
c("The Haitian quake killed 2,248 people and injured more than 12,000, the civil protection agency said.", "2021-08-30", S, "ncei-2021-08-14-haiti", notes="12,763 injuries > 12,000; attribution not checked.")
c("Hundreds of people - 329 by the official count - remain missing after {W:2021-08-14}'s quake in Haiti's southwest.", "2021-08-20", S, "ncei-2021-08-14-haiti", notes="missing = 329.")
c("More than 50,000 homes were destroyed and some 83,000 damaged by the August 2021 Haiti earthquake.", "2021-09-10", S, "ncei-2021-08-14-haiti", notes="houses_destroyed 53815, houses_damaged 83770.")
c("One person died when a magnitude 5.5 quake shook Tojo Una-Una in Central Sulawesi {LW:2021-08-26}.", "2021-09-01", S, "ncei-2021-08-26-indonesia")
c("A magnitude 7.0 earthquake struck near Acapulco on the evening of {W:2021-09-07}, September 7, killing three people.", "2021-09-10", S, "ncei-2021-09-08-mexico", notes=LOCAL + " UTC date 2021-09-08.")
c("Three people were killed and 88 injured when a magnitude 5.4 quake hit Lu County in Sichuan province.", "2021-09-17", S, "ncei-2021-09-15-china")
c("The magnitude 5.9 tremor that rattled Melbourne on {W:2021-09-22} morning damaged dozens of homes.", "2021-09-24", S, "ncei-2021-09-21-australia", notes=LOCAL + " UTC date 2021-09-21; houses_damaged 46 = dozens.")
c("A 6.0-magnitude quake near Arkalochori on Crete on September 27 killed one person and injured 20.", "2021-09-28", S, "ncei-2021-09-27-greece")
c("Hundreds of homes - 772 in all - were destroyed in {W:2021-09-27}'s Cretan earthquake.", "2021-09-29", S, "ncei-2021-09-27-greece", notes="houses_destroyed 772.")
c("At least 42 people were killed when a magnitude 5.9 earthquake struck Harnai in Balochistan in the early hours of {W:2021-10-07}.", "2021-10-08", S, "ncei-2021-10-06-pakistan", notes=LOCAL + " UTC date 2021-10-06.")
c("More than 200 people were injured in the Balochistan quake.", "2021-10-08", S, "ncei-2021-10-06-pakistan", notes="229 injuries.")
c("Three people died and scores were injured in the Bali earthquake, which damaged more than 500 houses.", "2021-10-18", S, "ncei-2021-10-15-indonesia", notes="3 deaths, 82 injuries (scores), houses_damaged 524.")
c("The magnitude 7.5 quake that struck Peru's Amazonas region on November 28 was unusually deep, at 112 kilometres.", "2021-11-30", S, "ncei-2021-11-28-peru", notes="depth_km 112; 'unusually' is colour.")
c("The magnitude 7.3 earthquake in the Flores Sea on December 14 generated a tsunami.", "2021-12-16", S, "ncei-2021-12-14-indonesia", notes="tsunami_id 5822.")
c("Nine people were hurt when a magnitude 6.6 quake struck Menyuan county in Qinghai early on {W:2022-01-08}.", "2022-01-10", S, "ncei-2022-01-07-china", notes=LOCAL + " UTC date 2022-01-07.")
c("The magnitude 6.6 quake off Banten on January 14 destroyed 395 homes.", "2022-01-17", S, "ncei-2022-01-14-indonesia")
c("Twenty-eight people were killed in the January 17 earthquake in Qadis district of Badghis province.", "2022-01-19", S, "ncei-2022-01-17-afghanistan")
c("Two people were killed and 52 injured when a magnitude 5.3 quake hit Haiti's Nippes department on {W:2022-01-24}.", "2022-01-26", S, "ncei-2022-01-24-haiti")
c("The magnitude 6.2 quake that shook Guatemala on February 16 killed three people.", "2022-02-17", S, "ncei-2022-02-16-guatemala")
c("The earthquake in West Pasaman on {W:2022-02-25} killed 27 people and injured 457.", "2022-03-01", S, "ncei-2022-02-25-indonesia")
c("The magnitude 7.3 earthquake off Fukushima on March 16 killed four people and injured 247.", "2022-03-18", S, "ncei-2022-03-16-japan")
c("Damage from {LW:2022-03-16}'s Fukushima earthquake was put at about $8.8 billion.", "2022-03-25", S, "ncei-2022-03-16-japan", notes="damage_musd 8800.")
c("The quake that struck Esmeraldas late on {W:2022-03-26}, March 26, killed one person.", "2022-03-28", S, "ncei-2022-03-27-ecuador", notes=LOCAL + " UTC date 2022-03-27.")
c("A magnitude 7.0 earthquake struck near the Loyalty Islands on March 31, 2022.", "2022-04-01", S, "ncei-2022-03-31-new-caledonia", notes="M7.0 singles out the 05:44 UTC row (the M6.9 row is also 31 March locally).")
c("A magnitude 5.7 quake near Stolac in Bosnia on April 22 killed one person.", "2022-04-25", S, "ncei-2022-04-22-bosnia-herzegovina")
c("Ten miners died after a tremor struck the Zofiówka coal mine in Jastrzębie-Zdrój on April 23, 2022.", "2022-04-28", S, "ncei-2022-04-23-poland", notes="'tremor' = the M2.8 earthquake row; 'miners' per notes.")
c("Two people were killed and 11 injured when a magnitude 5.4 earthquake hit Lima and Callao on May 12.", "2022-05-14", S, "ncei-2022-05-12-peru")
c("A deep magnitude 7.2 quake in Puno, 217 km below the surface, damaged 87 houses.", "2022-05-30", S, "ncei-2022-05-26-peru")
c("Four people were killed in {W:2022-06-01}'s magnitude 5.9 quake in Lushan county, Sichuan.", "2022-06-03", S, "ncei-2022-06-01-china")
c("Four people were injured in the magnitude 5.9 earthquake near Barkam in Sichuan on June 10.", "2022-06-12", S, "ncei-2022-06-09-china", notes=LOCAL + " UTC date 2022-06-09.")
c("A magnitude 5.9 earthquake in Paktika province killed 1,039 people.", "2022-06-30", S, "ncei-2022-06-21-afghanistan")
c("Nearly 3,000 people were injured in the quake that struck eastern Afghanistan on {W:2022-06-22}.", "2022-06-25", S, "ncei-2022-06-21-afghanistan", notes=LOCAL + " UTC date 2022-06-21; 2949 injuries = nearly 3,000.")
c("Five people died and 110 were injured in a magnitude 6.0 quake in Hormozgan on {W:2022-07-02}.", "2022-07-04", S, "ncei-2022-07-01-iran", notes=LOCAL + " UTC date 2022-07-01 (a Friday).")
c("Two people were killed by a magnitude 4.4 quake in Russia's Kemerovo region on July 5.", "2022-07-06", S, "ncei-2022-07-05-russia")
c("The magnitude 7.0 earthquake that hit Abra province on July 27 killed 11 people and injured 609.", "2022-07-29", S, "ncei-2022-07-27-philippines")
c("The Luding earthquake of September 5 killed 118 people and injured about 400.", "2022-09-20", S, "ncei-2022-09-05-china")
c("The magnitude 7.6 quake that struck near Kainantu on {W:2022-09-11} killed 21 people.", "2022-09-13", S, "ncei-2022-09-10-papua-new-guinea", notes=LOCAL + " UTC date 2022-09-10.")
c("One person died and 140 were injured when a magnitude 6.9 quake struck Taitung on September 18.", "2022-09-19", S, "ncei-2022-09-18-taiwan", notes="Taitung is an alias of the NCEI 'TAIWAN: HUALIEN' row.")
c("A magnitude 7.6 earthquake struck Michoacán on {W:2022-09-19}, killing two people.", "2022-09-21", S, "ncei-2022-09-19-mexico")
c("{NC:2022-09-19:2022-09-22} days after the magnitude 7.6 Michoacán quake, a magnitude 6.8 aftershock killed three people.", "2022-09-23", S, "ncei-2022-09-22-mexico")
c("More than 1,100 people were injured in the October 5 earthquake in Khoy.", "2022-10-07", S, "ncei-2022-10-05-iran", notes="1127 injuries.")
c("The October 25 quake in Abra destroyed 434 houses and damaged more than 13,000.", "2022-10-28", S, "ncei-2022-10-25-philippines")
c("Six people were killed when a magnitude 5.7 earthquake struck Doti district early on {W:2022-11-09}.", "2022-11-10", S, "ncei-2022-11-08-nepal", notes=LOCAL + " UTC date 2022-11-08.")
c("A magnitude 7.3 quake struck near Tonga on November 11 and generated a tsunami.", "2022-11-12", S, "ncei-2022-11-11-tonga")
c("The magnitude 5.6 Cianjur earthquake killed 635 people.", "2022-11-28", S, "ncei-2022-11-21-indonesia")
c("More than 13,000 houses were destroyed in {W:2022-11-21}'s earthquake in West Java.", "2022-11-24", S, "ncei-2022-11-21-indonesia", notes="houses_destroyed 13633.")
c("Five people remain missing after the Cianjur quake.", "2022-11-30", S, "ncei-2022-11-21-indonesia")
c("A magnitude 7.0 quake struck near Honiara {Y:2022-11-22}.", "2022-11-23", S, "ncei-2022-11-22-solomon-islands")
c("Two people died and 17 were injured after a magnitude 6.4 quake struck Humboldt County, California, on {W:2022-12-20}.", "2022-12-22", S, "ncei-2022-12-20-united-states")
c("Damage from the Ferndale earthquake was estimated at $250 million.", "2023-01-05", S, "ncei-2022-12-20-united-states")
c("A magnitude 7.6 earthquake struck the Banda Sea on January 9, 2023, at a depth of 105 kilometres.", "2023-01-11", S, "ncei-2023-01-09-indonesia", notes="Encyclopaedia style with the UTC date (the table's `date`); local date was 2023-01-10. Either agrees.")
c("Four people were killed in the magnitude 5.6 quake that struck far-western Nepal on January 24.", "2023-01-26", S, "ncei-2023-01-24-india", notes="Country 'India; Nepal'; Sudurpashchim = far-western Nepal.")
c("A magnitude 5.9 quake in Khoy killed three people and injured 1,017 on January 28.", "2023-01-30", S, "ncei-2023-01-28-iran")
c("A magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn on February 6, 2023.", "2023-02-07", S, "ncei-2023-02-06-turkey", notes="01:17 UTC = 04:17 local.")
c("The February 6 earthquakes killed 56,697 people in Turkey and Syria.", "2023-04-10", S, "ncei-2023-02-06-turkey", notes="Plural 'earthquakes': the main-shock row carries the combined figure (see notes).")
c("More than 119,000 people were injured in the February 6 earthquake in Turkey and Syria.", "2023-04-10", S, "ncei-2023-02-06-turkey")
c("About nine hours after the first shock on February 6, a second quake of magnitude 7.5 struck the same region of Turkey.", "2023-02-08", S, "ncei-2023-02-06-turkey-2", notes="time_utc 01:17:35 -> 10:24:49 = 9 h 07 min.")
c("{NWC:2023-02-06:2023-02-20} weeks after the main shock, a magnitude 6.3 quake hit Hatay, killing six people.", "2023-02-21", S, "ncei-2023-02-20-turkey")
c("A magnitude 5.2 quake in Malatya's Yeşilyurt district on {W:2023-02-27} killed two people and injured 140.", "2023-03-01", S, "ncei-2023-02-27-turkey")
c("The magnitude 6.0 earthquake in Davao de Oro on March 7 injured 35 people.", "2023-03-09", S, "ncei-2023-03-07-philippines")
c("The magnitude 6.8 earthquake in southern Ecuador on {W:2023-03-18} killed 14 people.", "2023-03-20", S, "ncei-2023-03-18-ecuador")
c("Nearly 500 people were injured in the March 18 quake in El Oro and Azuay.", "2023-03-22", S, "ncei-2023-03-18-ecuador", notes="494 injuries.")
c("The magnitude 6.5 quake that shook Afghanistan and Pakistan on March 21 was centred 187 km deep.", "2023-03-23", S, "ncei-2023-03-21-afghanistan")
c("Eight people were killed when a magnitude 7.0 quake struck East Sepik province on {W:2023-04-03}.", "2023-04-05", S, "ncei-2023-04-02-papua-new-guinea", notes=LOCAL + " UTC date 2023-04-02 (a Sunday).")
c("A magnitude 6.2 quake on the Noto Peninsula on May 5 killed one person and injured 34.", "2023-05-08", S, "ncei-2023-05-05-japan")
c("A magnitude 7.7 quake near the Loyalty Islands on May 19 generated a tsunami.", "2023-05-20", S, "ncei-2023-05-19-new-caledonia")
c("Four people died when a magnitude 4.9 earthquake struck Haiti on {W:2023-06-06}.", "2023-06-08", S, "ncei-2023-06-06-haiti")
c("A magnitude 4.8 quake near Maubin in the Ayeyarwady region killed two people on June 7.", "2023-06-09", S, "ncei-2023-06-07-myanmar")
c("The magnitude 4.8 tremor centred on La Laigne in Charente-Maritime {EM:2023-06-16} damaged 135 houses.", "2023-06-28", S, "ncei-2023-06-16-france")

# ---------------------------------------------------------------- contradicted
X = "contradicted"
# date
c("A magnitude 7.2 earthquake devastated Haiti's southwest on August 17, 2021.", "2021-08-20", X, "ncei-2021-08-14-haiti", "date", "Table 2021-08-14 (UTC and local).")
c("A magnitude 7.0 quake struck near Acapulco on September 9, 2021.", "2021-09-12", X, "ncei-2021-09-08-mexico", "date", "Table 2021-09-08 UTC / 2021-09-07 local; 9 Sept matches neither.")
c("The Badghis earthquake that killed 28 people struck on January 7, 2022.", "2022-01-20", X, "ncei-2022-01-17-afghanistan", "date", "Table 2022-01-17.")
c("The West Pasaman earthquake struck on January 25, 2022.", "2022-03-02", X, "ncei-2022-02-25-indonesia", "date", "Wrong month; table 2022-02-25.")
c("The magnitude 7.3 quake off Fukushima that killed four people struck on March 16, 2021.", "2022-04-01", X, "ncei-2022-03-16-japan", "date", "Wrong year; table 2022-03-16.")
c("The earthquake that killed more than 1,000 people in Paktika struck on June 23.", "2022-06-28", X, "ncei-2022-06-21-afghanistan", "date", "Table 2022-06-21 UTC / 2022-06-22 local; 23 June matches neither.")
c("The magnitude 7.0 Abra earthquake struck on July 25.", "2022-08-01", X, "ncei-2022-07-27-philippines", "date")
c("The magnitude 6.6 earthquake that killed 118 people in Sichuan struck on June 1, 2022.", "2022-09-20", X, "ncei-2022-09-05-china", "date", "Confuses the Luding quake (118 deaths, 2022-09-05) with the Lushan quake's date (2022-06-01).")
c("The magnitude 7.6 quake in Papua New Guinea's Morobe province struck on September 12.", "2022-09-14", X, "ncei-2022-09-10-papua-new-guinea", "date", "Table 2022-09-10 UTC / 2022-09-11 local.")
c("{NC:2022-09-19:2022-09-21} days after the Michoacán quake, a magnitude 6.8 aftershock killed three people.", "2022-09-24", X, "ncei-2022-09-22-mexico", "date", "Anchor 2022-09-19 + 2 = 2022-09-21; table 2022-09-22.")
c("Six people died in the Doti earthquake {LMX:2022-11-09}.", "2022-11-25", X, "ncei-2022-11-08-nepal", "date", "'last month' = October 2022; quake 8/9 November.")
c("The Cianjur quake struck on {W:2022-11-22}, killing hundreds.", "2022-11-24", X, "ncei-2022-11-21-indonesia", "date", "Tuesday = 2022-11-22; quake Monday 2022-11-21.")
c("Two people died after a magnitude 6.4 quake struck Humboldt County on December 12.", "2022-12-28", X, "ncei-2022-12-20-united-states", "date")
c("The quake that injured more than 1,000 people in Khoy struck on January 18, 2023.", "2023-02-01", X, "ncei-2023-01-28-iran", "date", "Nearest Khoy row is 2023-01-28 (the other Khoy row is 2022-10-05); neither is 18 Jan.")
c("The magnitude 7.8 quake hit Turkey and Syria on February 7, 2023.", "2023-02-10", X, "ncei-2023-02-06-turkey", "date")
c("The second quake, a magnitude 7.5, struck on February 7, a day after the first.", "2023-02-10", X, "ncei-2023-02-06-turkey-2", "date", "Both shocks were on 2023-02-06.")
c("A magnitude 6.3 quake hit Hatay {N:2023-02-06:2023-02-16} days after the main shock, killing six people.", "2023-02-22", X, "ncei-2023-02-20-turkey", "date", "Anchor 2023-02-06 + 10 = 2023-02-16; table 2023-02-20.")
c("The magnitude 6.8 earthquake in Ecuador on {W:2023-03-19} killed 14 people.", "2023-03-20", X, "ncei-2023-03-18-ecuador", "date", "Sunday = 2023-03-19; quake Saturday 2023-03-18 (UTC and local).")
c("A magnitude 6.2 quake struck Ishikawa on May 15, 2023, killing one person.", "2023-05-20", X, "ncei-2023-05-05-japan", "date")
c("Four people died in a magnitude 4.9 quake in Haiti {LWX:2023-06-06}.", "2023-06-08", X, "ncei-2023-06-06-haiti", "date", "'last week' = 2023-05-29..06-04; quake 2023-06-06.")
# count
c("The 2021 Haiti earthquake killed 2,284 people.", "2021-09-01", X, "ncei-2021-08-14-haiti", "count", "Transposed digits; table 2248.")
c("The Haiti earthquake killed more than 12,000 people.", "2021-08-25", X, "ncei-2021-08-14-haiti", "count", "Injuries (12,763) given as deaths.")
c("The Haiti quake left 329 people dead.", "2021-08-18", X, "ncei-2021-08-14-haiti", "count", "329 is the missing count; deaths 2248.")
c("The Luxian earthquake in Sichuan measured magnitude 6.0.", "2021-09-17", X, "ncei-2021-09-15-china", "count", "Table magnitude 5.4 (numeric slot, graded as count). Judgement call: China's own network reported 6.0; graded against the table.")
c("Twenty-four people were killed in the Harnai earthquake.", "2021-10-09", X, "ncei-2021-10-06-pakistan", "count", "Transposed; table 42.")
c("The tremor that killed ten miners at Zofiówka measured magnitude 4.8.", "2022-04-25", X, "ncei-2022-04-23-poland", "count", "Magnitude 2.8.")
c("The Paktika earthquake killed nearly 3,000 people.", "2022-06-27", X, "ncei-2022-06-21-afghanistan", "count", "Injuries (2949) given as deaths; deaths 1039.")
c("The quake in Paktika measured magnitude 6.1.", "2022-06-23", X, "ncei-2022-06-21-afghanistan", "count", "Table magnitude 5.9 (some agencies reported 6.1; graded against the table).")
c("Eleven people were killed and 906 injured in the July 27 Abra earthquake.", "2022-07-30", X, "ncei-2022-07-27-philippines", "count", "Transposed; injuries 609.")
c("The Luding earthquake killed 93 people.", "2022-09-25", X, "ncei-2022-09-05-china", "count", "Judgement call: 93 dead + 25 missing in other official tallies; the table says 118 deaths.")
c("The magnitude 7.6 Michoacán earthquake killed ten people.", "2022-09-21", X, "ncei-2022-09-19-mexico", "count", "Injuries (10) given as deaths; deaths 2.")
c("The Doti earthquake killed eight people and injured six.", "2022-11-10", X, "ncei-2022-11-08-nepal", "count", "Deaths and injuries swapped (6 deaths, 8 injuries).")
c("The Cianjur earthquake killed 602 people.", "2022-12-20", X, "ncei-2022-11-21-indonesia", "count", "Judgement call: 602 is another official tally; table 635.")
c("More than 42,000 houses were destroyed in the Cianjur earthquake.", "2022-11-30", X, "ncei-2022-11-21-indonesia", "count", "42645 is houses_damaged; destroyed 13633.")
c("The Ferndale earthquake killed 17 people.", "2022-12-21", X, "ncei-2022-12-20-united-states", "count", "Injuries given as deaths.")
c("The February 6 earthquake killed 56,697 people in Turkey and Syria and injured 191,200.", "2023-04-12", X, "ncei-2023-02-06-turkey", "count", "Injuries 119200.")
c("The March 18 earthquake in Ecuador killed 41 people.", "2023-03-21", X, "ncei-2023-03-18-ecuador", "count", "Transposed; table 14.")
c("The quake that struck Afghanistan and Pakistan on March 21 was a shallow one, about 18 kilometres deep.", "2023-03-22", X, "ncei-2023-03-21-afghanistan", "count", "depth_km 187 (numeric slot, graded as count).")
# place
c("The magnitude 7.2 earthquake of August 14, 2021 struck the Dominican Republic.", "2021-08-15", X, "ncei-2021-08-14-haiti", "place")
c("The September 27 earthquake that killed one person in Greece struck the island of Rhodes.", "2021-09-28", X, "ncei-2021-09-27-greece", "place", "Crete (Arkalochori).")
c("The magnitude 5.9 quake that killed 42 people on October 7 struck Khyber Pakhtunkhwa.", "2021-10-08", X, "ncei-2021-10-06-pakistan", "place", "Balochistan. 7 October is the local date (see notes).")
c("The earthquake that killed three people in Indonesia on October 16, 2021 struck Lombok.", "2021-10-18", X, "ncei-2021-10-15-indonesia", "place", "Bali (Karangasem, Bangli). 16 October is the local date (see notes).")
c("A magnitude 5.9 earthquake in Kandahar province killed more than 1,000 people in June 2022.", "2022-07-01", X, "ncei-2022-06-21-afghanistan", "place", "Paktika.")
c("The magnitude 7.0 earthquake that killed 11 people on July 27 struck Mindanao.", "2022-07-28", X, "ncei-2022-07-27-philippines", "place", "Luzon (Abra).")
c("The magnitude 6.6 earthquake that killed 118 people on September 5 struck Yunnan province.", "2022-09-06", X, "ncei-2022-09-05-china", "place", "Sichuan.")
c("The magnitude 7.6 quake on September 19 was centred in Oaxaca.", "2022-09-20", X, "ncei-2022-09-19-mexico", "place", "Michoacán, Colima, Jalisco.")
c("A magnitude 5.6 quake killed 635 people in Central Java on November 21.", "2022-11-22", X, "ncei-2022-11-21-indonesia", "place", "West Java (Cianjur).")
c("A magnitude 6.4 earthquake struck Oregon on December 20, killing two people.", "2022-12-21", X, "ncei-2022-12-20-united-states", "place", "California (Humboldt County).")
c("The magnitude 5.9 quake that killed three people on January 28 struck Tabriz.", "2023-01-29", X, "ncei-2023-01-28-iran", "place", "Khoy (Khvoy).")
c("The magnitude 5.2 quake on February 27 that killed two people struck Adana.", "2023-02-28", X, "ncei-2023-02-27-turkey", "place", "Malatya.")
c("The magnitude 6.8 quake on March 18 was centred in Peru's Tumbes region.", "2023-03-19", X, "ncei-2023-03-18-ecuador", "place", "Ecuador (Azuay, El Oro, Guayas).")
c("The magnitude 6.2 quake on May 5 struck Hokkaido.", "2023-05-06", X, "ncei-2023-05-05-japan", "place", "Honshu (Ishikawa, Toyama).")
# event
c("A volcanic eruption near the Loyalty Islands on May 19 generated a tsunami.", "2023-05-21", X, "ncei-2023-05-19-new-caledonia", "event", "Table: magnitude 7.7 earthquake.")
c("A volcanic eruption at Lake Taupō on November 30 triggered a small tsunami.", "2022-12-02", X, "ncei-2022-11-30-new-zealand", "event", "Table: magnitude 5.4 earthquake (with tsunami id).")
c("A methane explosion killed ten miners at the Zofiówka mine in Jastrzębie-Zdrój on April 23, 2022.", "2022-04-26", X, "ncei-2022-04-23-poland", "event", "Table: magnitude 2.8 earthquake (tremor).")

# ---------------------------------------------------------------- misleading
M = "misleading"
c("The February 6 earthquake killed 56,697 people in Turkey.", "2023-04-15", M, "ncei-2023-02-06-turkey", "count", "The figure is Turkey and Syria combined (country 'Turkey; Syria', notes); attributing all of it to Turkey overstates Turkey's toll.")
c("Two magnitude 7.8 earthquakes struck Turkey on February 6.", "2023-02-08", M, "ncei-2023-02-06-turkey-2", "count", "Two quakes that day, yes, but 7.8 and 7.5.")
c("The magnitude 7.5 Amazonas earthquake in Peru caused no casualties.", "2021-11-29", M, "ncei-2021-11-28-peru", "count", "Deaths empty (none recorded) but 3 injuries; 'no casualties' is partly wrong.")
c("The two Michoacán quakes in September each killed two people.", "2022-09-26", M, "ncei-2022-09-22-mexico", "count", "2 deaths on 19 Sept, 3 on 22 Sept.")
c("Both Loyalty Islands earthquakes of May 19 and 20 exceeded magnitude 7.5.", "2023-05-22", M, "ncei-2023-05-20-new-caledonia", "count", "M7.7 and M7.1.")

# ---------------------------------------------------------------- unverifiable
U = "unverifiable"
c("A magnitude 6.8 earthquake struck Morocco's Al Haouz province on September 8, 2023, killing nearly 3,000 people.", "2023-09-15", U, notes="After the table's last row (2023-06-16); true in reality.")
c("A magnitude 6.3 earthquake struck Herat province on October 7, 2023.", "2023-10-09", U, notes="Not in table; true in reality.")
c("A magnitude 8.2 earthquake struck off the Alaska Peninsula on July 29, 2021.", "2021-07-30", U, notes="In the NCEI file but before the slice taken (starts 2021-08-14); true in reality.")
c("A magnitude 7.1 quake off Fukushima on February 13, 2021 injured 186 people.", "2021-02-16", U, notes="In the NCEI file but outside the slice; only the March 2022 Fukushima quake is in the table.")
c("A magnitude 6.4 earthquake struck Petrinja in Croatia on December 29, 2020.", "2021-01-05", U, notes="Outside the slice.")
c("A magnitude 7.5 earthquake struck the Noto Peninsula on January 1, 2024.", "2024-01-03", U, notes="After the table ends; only the May 2023 Noto quake (M6.2) is in the table.")
c("The Hunga Tonga-Hunga Ha'apai eruption on January 15, 2022 sent a tsunami across the Pacific.", "2022-01-17", U, notes="Volcanic eruption, not in table.")
c("Tropical Storm Grace drenched Haiti two days after the August 14 earthquake.", "2021-08-18", U, notes="Grace not in table; true in reality.")
c("The Cianjur earthquake was the first deadly quake to hit West Java in a century.", "2022-11-23", U, notes="Historical comparison not in table; false in reality.")
c("No one was killed in the October 5 earthquake in Khoy.", "2022-10-06", U, notes="Deaths empty = unknown, not a verified zero.")
c("No one was killed when a magnitude 5.9 quake rattled Melbourne on {W:2021-09-22}.", "2021-09-24", U, notes="Deaths empty = unknown; true in reality.")
c("The Taliban government appealed for international aid after the Paktika earthquake.", "2022-06-23", U, notes="Detail not in table.")
c("Turkey declared a three-month state of emergency in ten provinces after the February 6 earthquake.", "2023-02-08", U, notes="Detail not in table; true in reality.")
c("The Ferndale earthquake knocked out power to about 70,000 customers.", "2022-12-21", U, notes="Detail not in table.")
c("Aftershocks from the Luding earthquake continued for weeks.", "2022-10-10", U, notes="Detail not in table.")

# ---------------------------------------------------------------- not_checkable
N = "not_checkable"
for t, a in [
    ("Afghanistan must enforce building codes before the next earthquake strikes.", "2022-06-26"),
    ("Istanbul is overdue for a major earthquake, and the city is not ready.", "2023-02-15"),
    ("The government's response to the Cianjur quake was shamefully slow.", "2022-11-27"),
    ("Donors should pledge far more money to rebuild Haiti's southwest.", "2021-08-28"),
    ("Another strong aftershock is likely to hit Hatay in the coming weeks.", "2023-02-22"),
    ("Japan's earthquake early-warning system is the best in the world.", "2022-03-18"),
    ("Everyone living in Humboldt County should keep an emergency kit at home.", "2022-12-23"),
    ("The Luding disaster should be a wake-up call for mountain towns across Sichuan.", "2022-09-08"),
    ("It is heartbreaking to see the destruction in Paktika.", "2022-06-24"),
    ("Mexico must invest more in its seismic alert network.", "2022-09-21"),
    ("The tragedy will shape Turkish politics for a generation.", "2023-03-01"),
    ("Experts expect the death toll in West Java to keep rising in the days ahead.", "2022-11-22"),
    ("Residents of Taupō should not panic over the latest tremor.", "2022-12-01"),
    ("Peru needs stricter rules for adobe construction in the Amazon.", "2021-12-01"),
    ("The world let Haiti down after 2010 and must not do so again.", "2021-08-19"),
]:
    c(t, a, N, notes="Opinion, prediction or call to act.")


def main(out_path=HERE / "claims.jsonl"):
    out = []
    for i, (text, art, verdict, fid, wf, notes) in enumerate(CLAIMS, 1):
        res = []
        txt = resolve(text, art, res)
        if fid:
            assert fid in FACTS.index, fid
        if not notes and fid:
            f = FACTS.loc[fid]
            ref = (f"table: {f['date']} (local {f['local_date']}), M{f['magnitude']}, "
                   f"deaths {f['deaths'] or 'empty'}, injuries {f['injuries'] or 'empty'}, {f['location']}")
            notes = ("All stated slots agree; " if verdict == "supported" else f"Wrong {wf}; ") + ref + "."
        n = "; ".join([x for x in [notes] + res if x])
        out.append({"id": f"p14-c{i:03d}", "text": txt, "article_date": art,
                    "expected_verdict": verdict, "fact_id": fid or None,
                    "wrong_field": wf or None, "notes": n})
    with open(out_path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter(o["expected_verdict"] for o in out))
    print(Counter(o["wrong_field"] for o in out if o["wrong_field"]))


if __name__ == "__main__":
    import sys
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "claims.jsonl")
