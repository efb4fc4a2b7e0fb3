"""Map the raw NCEI/WDS significant-earthquake rows in raw/ to facts.csv.

This is the kind of small pandas script a user would write: read the
publisher's TSV as text, keep the publisher's spellings and numbers, derive the
schema columns, and add a few things by hand (time zones for the local date,
aliases, notes).  Run:  python map_to_schema.py  (writes facts.csv next to it).
"""
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw" / "ncei_significant_earthquakes_tail_2021-08-14_to_2023-06-16.tsv"

SOURCE = (
    "https://www.ngdc.noaa.gov/hazel/view/hazards/earthquake/search ; "
    "https://doi.org/10.7289/V5TD9V7K ; "
    "https://github.com/Collaborative-AI/Earthquake-Forecasting/blob/"
    "2ba537f1ff1a5125e7ea11fb3c0cf9c0de759ce4/src/scrapers/NOAA/NCEI-WDS-Earthquakes.tsv"
)

# First token of NCEI "Location Name" -> country as I want it in the table.
# Everything not listed is just title-cased (TURKEY -> Turkey, IRAN -> Iran).
COUNTRY_FIX = {
    "CALIFORNIA": "United States",          # NCEI uses US states in place of a country
    "KERMADEC ISLANDS": "New Zealand",
    "TONGA ISLANDS": "Tonga",
    "NEW CALEDONIA": "New Caledonia (France)",
    "BOSNIA-HERZEGOVINA": "Bosnia-Herzegovina",
    "MYANMAR (BURMA)": "Myanmar",
}
NOT_A_COUNTRY = {"BALKANS NW", "WEST AZERBAIJAN"}   # region prefix / province after ';'

# Time zone of the place, typed by hand, to get the local calendar date
# (NCEI gives Year/Mo/Dy/Hr/Mn/Sec in UTC).
TZ_BY_COUNTRY = {
    "Haiti": "America/Port-au-Prince", "Mexico": "America/Mexico_City",
    "China": "Asia/Shanghai", "Australia": "Australia/Melbourne",
    "Greece": "Europe/Athens", "Pakistan": "Asia/Karachi", "Iran": "Asia/Tehran",
    "Peru": "America/Lima", "Afghanistan": "Asia/Kabul",
    "New Zealand": "Pacific/Auckland", "Guatemala": "America/Guatemala",
    "Japan": "Asia/Tokyo", "Taiwan": "Asia/Taipei", "Ecuador": "America/Guayaquil",
    "New Caledonia (France)": "Pacific/Noumea", "Bosnia-Herzegovina": "Europe/Sarajevo",
    "Poland": "Europe/Warsaw", "Russia": "Asia/Novokuznetsk",
    "Philippines": "Asia/Manila", "Papua New Guinea": "Pacific/Port_Moresby",
    "Nepal": "Asia/Kathmandu", "Tonga": "Pacific/Tongatapu",
    "Solomon Islands": "Pacific/Guadalcanal", "United States": "America/Los_Angeles",
    "India": "Asia/Kolkata", "Turkey": "Europe/Istanbul", "Tajikistan": "Asia/Dushanbe",
    "Myanmar": "Asia/Yangon", "France": "Europe/Paris",
}
# Indonesia spans three zones; Nepal/India row is in Nepal's far west.
TZ_BY_ID = {
    "ncei-2021-08-26-indonesia": "Asia/Makassar",    # Central Sulawesi
    "ncei-2021-10-15-indonesia": "Asia/Makassar",    # Bali
    "ncei-2021-12-14-indonesia": "Asia/Makassar",    # Flores Sea
    "ncei-2022-01-14-indonesia": "Asia/Jakarta",     # Banten
    "ncei-2022-02-25-indonesia": "Asia/Jakarta",     # West Sumatra
    "ncei-2022-09-30-indonesia": "Asia/Jakarta",     # North Sumatra
    "ncei-2022-11-21-indonesia": "Asia/Jakarta",     # West Java
    "ncei-2023-01-09-indonesia": "Asia/Jayapura",    # Banda Sea / Tanimbar (WIT)
    "ncei-2023-02-09-indonesia": "Asia/Jayapura",    # Jayapura
    "ncei-2023-04-24-indonesia": "Asia/Jakarta",     # Mentawai
    "ncei-2023-01-24-india": "Asia/Kathmandu",       # Bajura, far-western Nepal
}

# Other names people use for these quakes and places (added by hand).
ALIASES = {
    "ncei-2021-08-14-haiti": "2021 Haiti earthquake; Nippes earthquake; Tiburon Peninsula; Nippes; Sud; Grand'Anse; Les Cayes; Jérémie; Petit-Trou-de-Nippes; Haïti",
    "ncei-2021-08-26-indonesia": "Tojo Una-Una Regency; Central Sulawesi; Sulawesi Tengah; Sulawesi",
    "ncei-2021-09-08-mexico": "2021 Guerrero earthquake; Acapulco earthquake; Acapulco; Guerrero",
    "ncei-2021-09-15-china": "2021 Luxian earthquake; Lu County; Luxian; Luzhou; Sichuan",
    "ncei-2021-09-21-australia": "2021 Mansfield earthquake; Mansfield; Woods Point; Victoria; Melbourne",
    "ncei-2021-09-27-greece": "2021 Arkalochori earthquake; Arkalochori; Heraklion; Crete; Kriti",
    "ncei-2021-10-06-pakistan": "2021 Harnai earthquake; Harnai; Balochistan; Baluchistan; Quetta",
    "ncei-2021-10-12-greece": "Zakros; Lasithi; eastern Crete; Crete",
    "ncei-2021-10-15-indonesia": "2021 Bali earthquake; Karangasem; Bangli; Bali",
    "ncei-2021-11-14-iran": "Hormozgan; Bandar Abbas",
    "ncei-2021-11-28-peru": "2021 Amazonas earthquake; Amazonas region; Barranca; Loreto; northern Peru",
    "ncei-2021-12-14-indonesia": "2021 Flores Sea earthquake; Flores Sea; Flores; East Nusa Tenggara; Selayar",
    "ncei-2022-01-02-china": "Ninglang; Lijiang; Yunnan",
    "ncei-2022-01-07-china": "2022 Menyuan earthquake; Menyuan; Haibei; Qinghai; Gansu",
    "ncei-2022-01-14-indonesia": "2022 Banten earthquake; Banten; Pandeglang; Sunda Strait; Java",
    "ncei-2022-01-17-afghanistan": "2022 Badghis earthquake; Qadis; Qades; Badghis",
    "ncei-2022-01-24-haiti": "Nippes; Anse-à-Veau; Haïti",
    "ncei-2022-01-29-new-zealand": "Kermadec Islands; Kermadecs",
    "ncei-2022-02-16-guatemala": "Quetzaltenango; Baja Verapaz; Escuintla; Guatemala City",
    "ncei-2022-02-25-indonesia": "2022 West Pasaman earthquake; Pasaman earthquake; Pasaman; West Pasaman; West Sumatra; Sumatera Barat; Sumatra",
    "ncei-2022-03-16-japan": "2022 Fukushima earthquake; Fukushima; Miyagi; Tohoku",
    "ncei-2022-03-22-taiwan": "Hualien; Taitung; T'ai-tung",
    "ncei-2022-03-27-ecuador": "Esmeraldas",
    "ncei-2022-03-30-new-caledonia": "Loyalty Islands; Îles Loyauté",
    "ncei-2022-03-31-new-caledonia": "Loyalty Islands; Îles Loyauté",
    "ncei-2022-04-22-bosnia-herzegovina": "2022 Stolac earthquake; Stolac; Mostar; Herzegovina; Bosnia and Herzegovina; Bosnia",
    "ncei-2022-04-23-poland": "Zofiówka mine; Zofiowka; Jastrzębie-Zdrój; Silesia; Śląsk",
    "ncei-2022-05-12-peru": "Chilca; Callao; Lima",
    "ncei-2022-05-25-mexico": "Oaxaca",
    "ncei-2022-05-26-peru": "Puno; Azángaro",
    "ncei-2022-06-01-china": "2022 Lushan earthquake; Lushan; Ya'an; Baoxing; Sichuan",
    "ncei-2022-06-09-china": "2022 Maerkang earthquake; Barkam; Maerkang; Ngawa; Aba; Sichuan",
    "ncei-2022-06-21-afghanistan": "June 2022 Afghanistan earthquake; 2022 Paktika earthquake; Paktika; Khost; Gayan; Barmal; Spera",
    "ncei-2022-07-01-iran": "Hormozgan; Sayeh Khosh; Bandar Lengeh",
    "ncei-2022-07-05-russia": "Kemerovo Oblast; Kuzbass",
    "ncei-2022-07-12-peru": "Moquegua; Arequipa",
    "ncei-2022-07-14-ecuador": "Guayas; Guayaquil",
    "ncei-2022-07-27-philippines": "2022 Luzon earthquake; 2022 Abra earthquake; Abra; Tayum; Luzon; Ilocos; Vigan",
    "ncei-2022-09-04-afghanistan": "Kunar; Laghman; Nangarhar; Jalalabad",
    "ncei-2022-09-05-china": "2022 Luding earthquake; Luding; Garzê; Ganzi; Moxi; Shimian; Ya'an; Sichuan",
    "ncei-2022-09-10-papua-new-guinea": "2022 Papua New Guinea earthquake; Kainantu; Morobe; Eastern Highlands; Lae; PNG",
    "ncei-2022-09-18-taiwan": "2022 Chishang earthquake; Chishang; Taitung; Yuli; Hualien",
    "ncei-2022-09-19-mexico": "2022 Michoacán earthquake; Coalcomán; Michoacán; Colima; Manzanillo; Jalisco",
    "ncei-2022-09-22-mexico": "Michoacán; Mexico City; Ciudad de México",
    "ncei-2022-09-30-indonesia": "North Tapanuli; Tarutung; North Sumatra; Sumatra",
    "ncei-2022-10-05-iran": "Khoy; Khvoy; West Azerbaijan",
    "ncei-2022-10-05-peru": "Piura",
    "ncei-2022-10-25-philippines": "Abra; Luzon",
    "ncei-2022-11-08-nepal": "2022 Doti earthquake; Doti; Sudurpashchim; Far-Western Province",
    "ncei-2022-11-11-tonga": "Tonga",
    "ncei-2022-11-21-indonesia": "2022 Cianjur earthquake; Cianjur; Cugenang; West Java; Jawa Barat; Java",
    "ncei-2022-11-22-solomon-islands": "Honiara; Malango; Guadalcanal; Solomons",
    "ncei-2022-11-30-new-zealand": "Lake Taupō; Taupō; Taupo",
    "ncei-2022-12-20-united-states": "2022 Ferndale earthquake; Ferndale; Rio Dell; Eureka; Humboldt County; California; USA; US",
    "ncei-2023-01-09-indonesia": "Tanimbar Islands; Maluku; Banda Sea",
    "ncei-2023-01-24-india": "Bajura; Sudurpashchim; Far-Western Province",
    "ncei-2023-01-28-iran": "Khoy; Khvoy; West Azerbaijan",
    "ncei-2023-02-06-turkey": "2023 Turkey–Syria earthquake; Kahramanmaraş earthquake; Kahramanmaras; Pazarcık; Gaziantep; Hatay; Antakya; Aleppo; Idlib; Türkiye",
    "ncei-2023-02-06-turkey-2": "Elbistan earthquake; Ekinözü; Elbistan; Kahramanmaraş; Türkiye",
    "ncei-2023-02-09-indonesia": "Jayapura; Papua; Irian Jaya",
    "ncei-2023-02-20-turkey": "Hatay earthquake; Defne; Antakya; Samandağ; Hatay; Türkiye",
    "ncei-2023-02-27-turkey": "Yeşilyurt; Yesilyurt; Malatya; Türkiye",
    "ncei-2023-03-07-philippines": "Davao de Oro; Maragusan; Davao; Mindanao",
    "ncei-2023-03-16-new-zealand": "Kermadec Islands; Kermadecs",
    "ncei-2023-03-18-ecuador": "2023 Guayas earthquake; Balao; Machala; Cuenca; El Oro; Azuay; Guayas",
    "ncei-2023-03-21-afghanistan": "2023 Hindu Kush earthquake; Jurm; Badakhshan; Hindu Kush; Laghman",
    "ncei-2023-03-22-tajikistan": "Sughd; Soghd",
    "ncei-2023-04-02-papua-new-guinea": "East Sepik; Wewak; Ambunti; PNG",
    "ncei-2023-04-24-new-zealand": "Kermadec Islands; Kermadecs",
    "ncei-2023-04-24-indonesia": "Mentawai Islands; Siberut; West Sumatra; Sumatra",
    "ncei-2023-05-05-japan": "Noto Peninsula; Noto; Suzu; Ishikawa; Toyama",
    "ncei-2023-05-10-tonga": "Hihifo; Niuatoputapu",
    "ncei-2023-05-19-new-caledonia": "Loyalty Islands; Îles Loyauté",
    "ncei-2023-05-20-new-caledonia": "Loyalty Islands; Îles Loyauté",
    "ncei-2023-06-06-haiti": "Jérémie; Grand'Anse; Haïti",
    "ncei-2023-06-07-myanmar": "Maubin; Ayeyarwady; Irrawaddy; Burma",
    "ncei-2023-06-13-india": "Kishtwar; Doda; Jammu and Kashmir",
    "ncei-2023-06-16-france": "La Laigne; Charente-Maritime; Nouvelle-Aquitaine",
}

# Notes I added while checking the rows.
NOTES = {
    "ncei-2021-08-14-haiti": "Missing (329) are not included in deaths (2248).",
    "ncei-2022-01-14-indonesia": "Injuries 1975 as published by NCEI; no deaths given.",
    "ncei-2022-04-23-poland": "Magnitude 2.8 tremor at a coal mine (Zofiówka); the 10 deaths are miners. NCEI lists it as an earthquake.",
    "ncei-2022-07-05-russia": "Magnitude 4.4; NCEI gives 2 deaths and nothing else.",
    "ncei-2022-09-05-china": "NCEI deaths 118; other official tallies split this into dead and missing (e.g. 93 dead, 25 missing), NCEI Missing column is empty.",
    "ncei-2022-09-22-mexico": "NCEI Total Death Description code is 2 although deaths = 3 (publisher inconsistency).",
    "ncei-2022-10-05-iran": "NCEI gives injuries only (1127); deaths column empty.",
    "ncei-2022-11-21-indonesia": "Injuries column empty although NCEI injuries description code is 4 (very many, ~1001 or more). Deaths 635 as published; other official tallies differ (e.g. 602). 5 missing.",
    "ncei-2023-02-06-turkey": "Main shock of the 6 February 2023 sequence. Deaths, injuries, damage and houses are NCEI figures for Turkey and Syria combined; they appear to cover the whole 6 February sequence, since the 10:24 UTC M7.5 row carries no counts.",
    "ncei-2023-02-06-turkey-2": "Second large shock the same day (10:24 UTC), about nine hours after the M7.8 main shock. NCEI gives no separate casualty figures for it.",
    "ncei-2023-02-20-turkey": "Aftershock near Antakya/Defne, Hatay, two weeks after the main shock.",
    "ncei-2023-02-27-turkey": "NCEI Total Death Description empty although deaths = 2.",
    "ncei-2023-03-21-afghanistan": "Location as NCEI writes it (LAGHMAN; PAKISTAN); depth 187 km.",
    "ncei-2023-01-24-india": "NCEI location lists India (Uttar Pradesh) first, then Nepal.",
}



def clean_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def countries_of(location_name: str) -> list[str]:
    out = []
    for seg in location_name.split(";"):
        seg = seg.strip()
        if not seg:
            continue
        parts = [clean_ws(p) for p in seg.split(":") if clean_ws(p)]
        tok = parts[0]
        if tok in NOT_A_COUNTRY:
            if len(parts) > 1 and tok == "BALKANS NW":
                tok = parts[1]
            else:
                continue
        name = COUNTRY_FIX.get(tok, tok.title())
        if name not in out:
            out.append(name)
    return out


def slug(s: str) -> str:
    s = re.sub(r"\(.*?\)", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main(out_path: Path) -> None:
    df = pd.read_csv(RAW, sep="\t", dtype=str, keep_default_na=False)
    df = df[df["Year"] != ""].copy()          # drop NCEI's "Search Parameters" line

    rows, seen = [], {}
    for _, r in df.iterrows():
        y, m, d = int(r["Year"]), int(r["Mo"]), int(r["Dy"])
        hh, mm, ss = int(r["Hr"]), int(r["Mn"]), float(r["Sec"])
        date = f"{y:04d}-{m:02d}-{d:02d}"
        loc = clean_ws(r["Location Name"])
        ctry = countries_of(r["Location Name"])
        base = f"ncei-{date}-{slug(ctry[0])}"
        seen[base] = seen.get(base, 0) + 1
        fid = base if seen[base] == 1 else f"{base}-{seen[base]}"

        ip, _, fp = r["Sec"].partition(".")
        sec_txt = f"{int(ip):02d}" + (f".{fp}" if fp else "")
        utc = datetime(y, m, d, hh, mm, int(ss), tzinfo=timezone.utc)
        tz = TZ_BY_ID.get(fid) or TZ_BY_COUNTRY[ctry[0]]
        local = utc.astimezone(ZoneInfo(tz))
        local_date = local.strftime("%Y-%m-%d")

        deaths, injuries = r["Deaths"], r["Injuries"]
        statement = f"Magnitude {r['Mag']} earthquake: {loc}"
        if deaths:
            statement += f"; {deaths} deaths"
        if injuries:
            statement += f"; {injuries} injuries"
        if r["Tsu"]:
            statement += f"; tsunami (NCEI tsunami event {r['Tsu']})"

        notes = []
        if local_date != date:
            notes.append(f"NCEI date/time is UTC ({date} {hh:02d}:{mm:02d} UTC); "
                         f"local date at the epicentre was {local_date} ({tz}).")
        if fid in NOTES:
            notes.append(NOTES[fid])

        rows.append({
            "id": fid,
            "statement": statement,
            "date": date,
            "date_precision": "day",
            "event_type": "earthquake",
            "location": loc,
            "country": "; ".join(ctry),
            "actors": "",
            "aliases": ALIASES.get(fid, ""),
            "deaths": deaths,
            "injuries": injuries,
            "source": SOURCE,
            # publisher's other columns, renamed the way I'd use them
            "time_utc": f"{hh:02d}:{mm:02d}:{sec_txt}",
            "local_date": local_date,
            "latitude": r["Latitude"],
            "longitude": r["Longitude"],
            "depth_km": r["Focal Depth (km)"],
            "magnitude": r["Mag"],
            "mmi": r["MMI Int"],
            "tsunami_id": r["Tsu"],
            "missing": r["Missing"],
            "damage_musd": r["Damage ($Mil)"],
            "damage_code": r["Damage Description"],
            "houses_destroyed": r["Houses Destroyed"],
            "houses_damaged": r["Houses Damaged"],
            "notes": " ".join(notes),
        })

    unknown = set(ALIASES) - {r["id"] for r in rows}
    if unknown:
        sys.exit(f"alias ids not in data: {sorted(unknown)}")
    out = pd.DataFrame(rows)
    out.to_csv(out_path, index=False)
    print(f"wrote {len(out)} rows to {out_path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "facts.csv")
