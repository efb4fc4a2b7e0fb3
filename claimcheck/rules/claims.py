"""Rules for cutting sentences into claims and typing them: cue words as data, no logic.

Patterns are regular-expression fragments matched case-insensitively on word boundaries unless
said otherwise; ``claims.py`` compiles them once at import.
"""

# Event cues -> event type, with a priority: when a clause holds several cues, the highest
# priority names the event ("killed in a drone strike" is a drone strike, not a bare killing);
# among equals the first in the clause wins. Event types are the reference's `event_type` values.
# fmt: off
# What may follow a verb used without an object ("the ferry overturned near the dock"): a verb
# with one ("overturned the ban") is another sense of it.
_NO_OBJECT = r"[,.;:]|$| (?:on|in|at|near|off|after|while|when|just|shortly|and|during|as|before|onto|\d)\b"

EVENT_CUES: tuple[tuple[str, str, int], ...] = (
    # attacks, most specific first
    (r"drone (?:strike|attack)s?", "air_drone_strike", 3),
    (r"air ?strikes?|air raids?|aerial (?:strike|bombardment)s?", "air_drone_strike", 3),
    (r"missile (?:attack|strike|barrage)s?|rocket (?:attack|strike|barrage)s?", "missile_attack", 3),
    (r"(?:fire|fired|fires|firing|launch|launched|launches|launching) (?:\w+ ){0,2}(?:missiles|rockets)", "missile_attack", 3),
    (r"missiles? (?:hit|struck|slammed into|rained down on)|rockets? (?:hit|struck|slammed into)", "missile_attack", 3),
    (r"(?:suicide |car |roadside )?bomb(?:ing|ings|ed| attack| blast)s?|suicide bomber|blew (?:himself|herself|themselves) up|detonated|bombs? (?:\w+ ){0,2}?(?:exploded|went off|brought down|destroyed|ripped|tore|blew up)|(?:planted|set off) (?:a |the )?bombs?", "bombing", 3),
    (r"shot down|shoot(?:ing|s)? down|downed|downing of", "aircraft_shootdown", 3),
    (r"stampedes?|(?:crowd|stadium|human|terrace) crush(?:es)?|crush(?:ed)? (?:to death|in a crowd)", "stampede", 3),
    (r"stormed|storming", "storming", 3),
    (r"(?:truck|lorry|car|van|vehicle)(?:-ramming)? attack|(?:drove|drives|driving|rammed) (?:a |an |his |her |the )?(?:\w+ )?(?:truck|lorry|car|van|vehicle) into|ramm(?:ed|ing) (?:into )?(?:a |the )?crowd", "vehicle_attack", 3),
    (r"stabb(?:ed|ing|ings)|knife attack", "stabbing", 3),
    (r"mass shooting|shooting|opened fire|gunm[ae]n|shot dead|gunfire", "shooting", 3),
    (r"shot", "shooting", 2),
    (r"assassinat(?:ed|ion|ing)", "assassination", 3),
    (r"executed|execution|hanged|put to death", "execution", 3),
    (r"invad(?:ed|es|ing)|invasion", "invasion", 3),
    (r"coup|toppled|ousted|overthrown", "coup", 3),
    (r"attack(?:ed|s)?|struck|strikes?", "attack", 1),
    # an assault launched is no launch ("launched their final assault on the plant")
    (r"(?:launch(?:ed|es|ing)?|made|mounted) (?:\w+ ){0,3}(?:assault|offensive|raid)s?|armed assaults?|assaulted", "attack", 2),
    (r"killed|killing|kills|kill|died|dead|death toll|lost (?:their|his|her) li(?:fe|ves)", "killing", 1),
    (r"disasters?|catastrophes?|traged(?:y|ies)", "disaster", 1),
    # accidents and disasters; an emergency landing is an incident, not a crash
    (r"emergency landings?|forced landings?|emergency descents?", "emergency_landing", 3),
    (r"(?:plane|air|jet|airliner|aircraft|helicopter|flight) crash(?:es)?|crash-landed|ditch(?:ed|ing)", "plane_crash", 3),
    (r"crash(?:ed|es|ing)?|went down|disappeared|vanished|broke (?:apart|up)|disintegrated", "crash", 2),
    # what slams into something strikes it ("the coach slammed into a tunnel wall"); what
    # overturns with no object is a craft on its side, not a ruling reversed
    (rf"(?:slamm|smash)(?:ed|es|ing) into|overturn(?:ed|s)(?={_NO_OBJECT})", "crash", 2),
    (r"earthquakes?|quakes?|tremors?", "earthquake", 3),
    (r"tsunamis?", "tsunami", 3),
    (r"hurricanes?|cyclones?|typhoons?|tropical storms?", "hurricane", 3),
    (r"made landfall|makes landfall|came ashore|landfall", "hurricane", 2),
    (r"floods?|flooding|flash floods?", "flood", 3),
    (r"wildfires?|bushfires?|forest fires?", "wildfire", 3),
    (r"fires?|blazes?|caught fire|burn(?:ed|t) down", "fire", 2),
    # a fire, like fighting, breaks out: "the fires that erupted" are no volcano's
    (r"(?:fires?|blazes?) (?:that |which )?(?:\w+ ){0,2}erupted", "fire", 3),
    (r"explosions?|exploded|blasts?", "explosion", 2),
    # a fire set on purpose is an attack too ("firebombed the draft board")
    (r"arson(?:ists?)?|set (?:\w+ ){0,2}(?:on fire|ablaze)|set fire to|fire-?bomb(?:ed|ing|ings|s)?|incendiary (?:attack|device|bomb)s?", "arson", 3),
    # people seized and held: kidnappings, hostage-takings, hijackings
    (r"hijack(?:ed|ing|ings|s|ers?)?|skyjack(?:ed|ing|ings|s|ers?)?|commandeered", "hijacking", 3),
    (r"kidnap(?:ped|ping|pings|s|pers?)?|abduct(?:ed|ion|ions|s|ing|ors?)?|hostage(?:s|-taking| taking| crisis)?", "hostage_taking", 3),
    # a dam's failure, not "burst into flames"
    (r"(?:dam|levee|embankment|dyke|dike)s? (?:\w+ ){0,2}(?:burst|breach(?:ed|es)?|fail(?:ed|ure|s)|broke)|burst (?:its|their) banks|breached", "collapse", 2),
    (r"collaps(?:e|es|ed|ing)|caved in|gave way", "collapse", 2),
    (r"erupt(?:ed|ion|ions|ing|s)?", "eruption", 3),
    (r"landslides?|mudslides?|rockslides?|mudflows?|avalanches?", "landslide", 3),
    (r"(?:gas|chemical|toxic|radiation|radioactive|ammonia|chlorine|methane|nuclear) (?:leak|release)s?|leak(?:ed|ing|s)?", "leak", 3),
    (r"oil spills?|spill(?:ed|s)?", "spill", 3),
    (r"tornado(?:es)?|twisters?", "tornado", 3),
    (r"heat ?waves?", "heatwave", 3),
    (r"derail(?:ed|ment|ments|ing|s)?", "derailment", 3),
    (r"sank|sink(?:ing|s)?|capsiz(?:ed|es|ing|e)|shipwrecks?", "sinking", 3),
    # attacks on computers: ransomware locks data, a breach exposes it
    (r"ransomware", "ransomware", 3),
    (r"cyber-? ?attacks?|hack(?:ed|ing|s)?|malware", "cyberattack", 3),
    (r"data breach(?:es)?|breach(?:ed|es)? (?:\w+ ){0,3}(?:data|records|systems|accounts)|(?:data|records|accounts) (?:\w+ ){0,3}(?:exposed|stolen)", "data_breach", 3),
    # elections and politics
    (r"referendums?|referenda|plebiscite", "referendum", 3),
    # what voters do is a vote, not a statement ("Scottish voters rejected independence")
    (r"voters (?:\w+ ){0,2}(?:rejected|approved|backed|endorsed|chose|elected|returned)", "election", 3),
    # so is what a vote's share says ("rejected it, with 60 per cent voting No")
    (r"voting (?:no|yes|against|in favou?r)", "election", 3),
    # and what they reject or approve by a share ("was rejected by 55.8% of voters")
    (r"(?:rejected|approved|backed|endorsed) by (?:\S+ ){0,3}(?:voters|the electorate)", "election", 3),
    (r"(?:parliamentary |presidential |general |legislative |local |snap |federal )?elections?|polls|voted|voting|re-?elected|was elected", "election", 2),
    (r"won|defeated|beat", "election", 1),
    (r"disqualif(?:ied|ication|ications|y|ies)|barred (?:\w+ ){0,3}from (?:running|standing)", "disqualification", 2),
    (r"(?:re-?impos(?:e|ed|es|ing)|impos(?:e|ed|es|ing)|slap(?:ped|s)?|lift(?:ed|s)?|tighten(?:ed|s)?|eas(?:e|ed|es)) (?:\w+ ){0,3}sanctions|sanctions (?:took|take|takes|came|come|comes|went|go) (?:into )?effect", "sanctions", 3),
    (r"sanctions?", "sanctions", 1),
    (r"withdr(?:ew|awn|awal|awing|aws|aw)|pull(?:ed|s|ing)? (?:\w+ ){0,3}out of|pull(?:ed|s|ing)? out|quit|exit(?:ed)? from", "policy_announcement", 3),
    (r"unveil(?:ed|s|ing)?|launched (?:a|the|its) (?:\w+ ){0,2}plan|present(?:ed|s)? (?:a|the|his|her|its) (?:\w+ ){0,2}plan", "policy_announcement", 2),
    # "announced the mass disqualification": what is announced names the event, when it is named
    (r"announc(?:ed|es|ing|ement)", "policy_announcement", 1),
    (r"signed|concluded|agreed|adopted|ratified|reached (?:an?|the) (?:\w+ ){0,2}(?:deal|agreement|accord)|(?:deal|agreement|accord|treaty) (?:was|were) (?:reached|signed|struck|concluded)|ceasefire|truce", "agreement", 2),
    (r"diagnosed|(?:death )?toll (?:\w+ ){0,4}(?:rose|climbed|reached|stood at|jumped|passed)", "casualty_report", 3),
    # courts, laws, offices, business, science, health, statistics
    # "the ruling party" governs; it is no court's ruling
    (rf"ruled|ruling(?! (?:\w+ ){{0,3}}(?:party|parties|coalition|junta|alliance|front|class|elite|family|congress|movement|bloc|regime|dynasty))|overturn(?:ed|s)(?!{_NO_OBJECT})|struck down|upheld|decided|decision|verdict|acquitted|convicted|sentenced", "court_ruling", 2),
    (r"legali[sz]ed|signed into law|passed (?:a |the )?(?:\w+ ){0,2}(?:law|bill|act)|enacted|vetoed", "legislation", 3),
    (r"sworn in|took office|takes office|took the oath|inaugurated|inauguration|took over (?:as|from)|succeeded|became (?:the )?(?:\w+ ){0,3}(?:president|prime minister|chancellor|leader|head)", "inauguration", 3),
    (r"acquired|acquire|acquisition|takeover|took over (?!as\b|from\b)|bought|buys|buy|merger|merged|agreed to (?:buy|acquire|purchase)|purchase[ds]?", "acquisition", 3),
    (r"summits?|met with|meeting between|held talks", "summit", 2),
    # talks that collapse end without agreement: no building fell
    (r"(?:talks|negotiations|summit) (?:\w+ ){0,4}collaps(?:ed|es|e)", "summit", 3),
    (r"met", "summit", 1),
    (r"lift(?:ed|s)? off|liftoff|(?:rocket|spacecraft|satellite|probe|telescope|mission) (?:\w+ ){0,2}launch(?:ed|es)?|landed on the moon|moon landing|landed|touched down|splashed down", "space_mission", 3),
    (r"launch(?:ed|es|ing)?|released|introduced|debuted", "launch", 1),
    (r"declared (?:a |the )?(?:global )?(?:pandemic|outbreak|emergency)|pandemic|outbreak|epidemic", "health_emergency", 3),
    (r"march(?:ed|es)|rall(?:ied)", "protest", 2),
    (r"(?:inflation|unemployment|jobless|growth|gdp|interest|birth|poverty)(?: rates?)? (?:\w+ ){0,2}(?:rose|fell|hit|reached|was|stood at|climbed|dropped|jumped|slowed|peaked|soared|surged|plunged|tumbled|edged up|edged down|ticked up|ticked down)|(?:raised|cut|lowered|hiked) (?:\w+ ){0,2}(?:interest )?rates?", "statistic", 3),
    # a central bank's decision sets a rate; no court rules
    (r"(?:central bank|monetary policy|interest rate|rate) decisions?|rate (?:cut|rise|hike|increase|reduction)s?", "statistic", 3),
    # statements: the speaker is the actor
    (r"lash(?:ed|es)? out|criticis(?:ed|es|e)|criticiz(?:ed|es|e)|condemn(?:ed|s)?|slamm?(?:ed|s)?(?! into)|denounc(?:ed|es|e)|reject(?:ed|s)?|accus(?:ed|es|e)|vow(?:ed|s)?|warn(?:ed|s)?|praised?", "statement", 2),
    (r"speech|addressed|address to|televised address", "speech", 2),
    (r"protests?|protesters|demonstrat(?:ors|ions?)|rall(?:y|ies)", "protest", 2),
    (r"arrested|detained|arrests?|detentions?", "arrest", 2),
    (r"charged|indicted|indictments?|prosecuted", "indictment", 2),
    (r"resign(?:ed|s|ation)?|stepped down|step down", "resignation", 2),
    (r"appointed|named (?:as )?(?:the )?new", "appointment", 2),
    (r"test(?:ed|s)? (?:a |an |its )?(?:\w+ ){0,2}(?:weapon|bomb|missile|device)s?", "weapons_test", 3),
)

# Event types that may be the same event: a generic type covers the specific ones ("a killing"
# may be a drone strike or a plane crash), and some specific types overlap ("an assassination" by
# shooting). The relation is symmetric. Known types outside each other's family disagree; a
# reference type these rules do not know is left uncompared (its vocabulary is not ours).
# What happens to people and places (attacks, accidents, disasters): two such kinds on both
# sides of one named event are one event misdescribed, not two events.
INCIDENTS = frozenset({
    "air_drone_strike", "missile_attack", "bombing", "shooting", "aircraft_shootdown", "stampede",
    "attack", "storming", "vehicle_attack", "stabbing", "assassination",
    "execution", "invasion", "plane_crash", "crash", "earthquake", "tsunami", "hurricane", "flood",
    "wildfire", "fire", "arson", "explosion", "collapse", "eruption", "landslide", "leak", "spill",
    "tornado", "heatwave", "derailment", "sinking", "hostage_taking", "hijacking",
})
EVENT_TYPE_FAMILIES: dict[str, frozenset[str]] = {
    "killing": INCIDENTS | {"casualty_report"},
    "disaster": INCIDENTS | {"casualty_report", "killing"},
    "attack": frozenset({
        "air_drone_strike", "missile_attack", "bombing", "shooting", "aircraft_shootdown",
        "storming", "vehicle_attack", "stabbing", "assassination", "explosion", "invasion",
        "arson", "hostage_taking", "hijacking", "cyberattack", "ransomware",
    }),
    "cyberattack": frozenset({"ransomware", "data_breach"}),
    # a hijacking holds its passengers hostage; gunmen take hostages, and forces storm to end it
    "hijacking": frozenset({"hostage_taking", "plane_crash", "crash", "shooting"}),
    "hostage_taking": frozenset({"shooting", "storming", "bombing", "explosion"}),
    "assassination": frozenset({"shooting", "bombing", "stabbing", "air_drone_strike"}),
    "bombing": frozenset({"air_drone_strike", "explosion", "arson"}),  # a firebomb is a bomb
    # no explosion: a tower that burned was not blown up (a blast that set off a fire is a
    # record of both kinds, "explosion and fire")
    "fire": frozenset({"wildfire", "arson"}),
    "crash": frozenset({"plane_crash", "aircraft_shootdown"}),
    # one disaster sets off another: a quake or an eruption a tsunami or a landslide, a storm
    # a flood or a tornado, a dam's collapse a flood, a derailment a fire or an explosion
    "earthquake": frozenset({"tsunami", "landslide"}),
    "eruption": frozenset({"tsunami", "landslide"}),
    "hurricane": frozenset({"flood", "tornado", "landslide"}),
    "flood": frozenset({"collapse", "landslide"}),
    "derailment": frozenset({"crash", "fire", "explosion", "leak", "spill"}),
    "sinking": frozenset({"crash", "fire"}),
    "leak": frozenset({"spill"}),
    "election": frozenset({"referendum"}),
    "statement": frozenset({"speech", "policy_announcement"}),
    "policy_announcement": frozenset({"sanctions", "agreement"}),
    # a coup detains those in power ("soldiers detained the president")
    "coup": frozenset({"invasion", "arrest"}),
    # a report of a toll may be about any deadly event
    "casualty_report": INCIDENTS,
    "acquisition": frozenset({"agreement"}),
    "inauguration": frozenset({"appointment", "election"}),
    # a summit is not the signing of an agreement: "signed a deal at the summit" must match a
    # record of a signing, not of a summit that ended without one
    "summit": frozenset({"statement", "speech"}),
    "launch": frozenset({"space_mission", "policy_announcement"}),
    "court_ruling": frozenset({"legislation"}),
    "health_emergency": frozenset({"statement", "policy_announcement"}),
}
# The kinds of craft an accident happens to, by the words that name each: a claim's "helicopter"
# against a record of a glider names another craft, so another event. A word of no kind here
# ("aircraft", "Cessna") says nothing of the kind.
CRAFT_KINDS: dict[str, tuple[str, ...]] = {
    "airplane": ("plane", "planes", "airplane", "airplanes", "aeroplane", "aeroplanes", "jet",
                 "jets", "jetliner", "airliner", "airliners", "turboprop", "seaplane",
                 "floatplane", "biplane"),
    "helicopter": ("helicopter", "helicopters", "chopper", "choppers"),
    "glider": ("glider", "gliders", "sailplane"),
    "balloon": ("balloon", "balloons"),
    "gyroplane": ("gyroplane", "gyrocopter", "autogyro"),
    "airship": ("airship", "blimp", "zeppelin"),
}  # fmt: skip

# Which way a rate moved, by the words that say so before a rate's noun ("cut its deposit rate",
# "raised interest rates") or in one ("a rate rise"): a claim's way against the record's.
RATE_MOVES: dict[str, str] = {
    "down": r"cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|slashed|slashes|halved",
    "up": r"raised|raises|raising|hiked|hikes|hiking|increased|increases|lifted",
}
RATE_NOUNS: str = (
    r"(?:(?:key|benchmark|base|bank|policy|deposit|interest|lending|repo|main|short-term"
    r"|federal funds)\s+)*(?:rates?|interest)"
)
RATE_MOVE_NOUNS: dict[str, str] = {
    "down": r"cut|cuts|reduction",
    "up": r"rise|rises|hike|hikes|increase",
}

# A clause that says what its event, or someone in it, was ("the two killed were a father and
# son", "the crash was the third this year", "the jet had a cracked windshield"): the words after
# the verb are an attribute no slot holds, confirmed only where the record holds them too.
ATTRIBUTE_VERBS: tuple[str, ...] = ("was", "were", "is", "are", "belonged to", "belongs to")
# "had", "has" before a determiner only: "had a cracked windshield", not "had died".
POSSESSION_VERBS: tuple[str, ...] = ("had", "has")
DETERMINERS: tuple[str, ...] = ("a", "an", "the")
# Words right after the verb that make it an auxiliary (a passive, a schedule, a share of the
# dead: "was among the four killed") or a negation, not an attribute.
NOT_ATTRIBUTE_OPENERS: tuple[str, ...] = (
    "been", "being", "to", "due", "set", "expected", "about", "likely", "among", "not", "no",
    "also", "still", "later", "then", "now", "once", "never", "already",
)  # fmt: skip
# Past participles that do not end in "-ed" ("was shot", "were hurt"): a passive, not an attribute.
IRREGULAR_PARTICIPLES: tuple[str, ...] = (
    "shot", "hit", "struck", "stricken", "sunk", "sank", "built", "held", "won", "lost", "made",
    "taken", "given", "found", "seen", "brought", "sworn", "born", "hurt", "beaten", "blown",
    "broken", "chosen", "driven", "fallen", "flown", "frozen", "hidden", "known", "laid", "led",
    "left", "met", "paid", "put", "run", "sent", "set", "shaken", "shut", "sold", "spent",
    "split", "spread", "stolen", "swept", "thrown", "told", "torn", "woken", "cut", "kept",
    "caught", "fought", "bought", "taught", "overrun", "undone", "withdrawn", "slain", "bitten",
    "felled", "wound", "dealt", "forbidden", "begun", "rebuilt", "hung", "ground", "sought",
)  # fmt: skip
# Where an attribute ends: a clause boundary, or a word that opens another clause.
ATTRIBUTE_END = r"[,;:—–(]|\s(?:when|after|before|while|until|since|because|as|and then)\s"

# Event types of DESIGN.md's reference schema, known even when no cue word names them.
SCHEMA_EVENT_TYPES: frozenset[str] = frozenset({
    "air_drone_strike", "missile_attack", "election", "sanctions", "policy_announcement",
    "statement", "speech", "agreement", "casualty_report", "stampede", "aircraft_shootdown",
})
# fmt: on

# Clause boundaries: each opens a clause that keeps its own slots, so a date in one clause is
# never checked against the event of another. Boundaries inside quotations are ignored.
CLAUSE_BOUNDARIES: tuple[str, ...] = (
    r";\s+",
    r",\s+(?=(?:prompting|sparking|triggering|leading|promoting|forcing)\b)",
    r",?\s+(?=(?:because|although|though|whereas)\s)",
)
# "after", "before", "since" open a clause of their own only before a clause ("after Soleimani
# was killed"); before a noun phrase ("after the 2016 general election", "after take-off") they
# qualify the claim's own event and stay with it. A length before them ("five days after the
# strike") dates the clause it stands in.
SUBORDINATE_BOUNDARY = (
    r"(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!month)(?<!months)(?<!year)(?<!years)(?<!hours)"
    r"(?<!minutes)(?<!seconds),?\s+(?=(?:after|before|since)\s)"
)
# A finite verb in the words after such a word makes them a clause.
FINITE_VERB = (
    r"\b(?:was|were|is|are|had|has|have|did|does|do|will|would|could|can)\b"
    r"|\b\w{3,}ed\b|\b(?:broke|began|fell|took|came|went|won|lost|shot|struck|hit|held|left|ran|"
    r"made|gave|said|told|saw|led|fought|sank|rose|spoke|stood|met|sent|drove|flew|fled)\b"
)
# Clauses that characterise or report rather than assert; each opens a clause of its own kind.
MARKED_CLAUSE_BOUNDARIES: tuple[tuple[str, str], ...] = (
    (
        r",\s+(?=(?:broadly|widely|largely|generally|often)?\s*(?:seen|viewed|regarded|considered|described|dubbed|hailed|branded|criticised|criticized) as\b)",
        "characterisation",
    ),
    (r",\s+(?=(?:noting|saying|adding|arguing|insisting|claiming|warning|stressing) )", "reported"),
    (r",\s+(?=(?:urging|calling on|calling for|appealing to) )", "exhortation"),
    (r",?\s+(?=(?:which|that) (?:would|will|could|may|might)\b)", "prediction"),
)

# Words that make a clause something other than a checkable assertion.
PREDICTION_MARKERS: tuple[str, ...] = (
    r"will",
    r"won't",
    r"would",
    r"could",
    r"might",
    r"shall",
    r"(?:is|are|was|were) (?:expected|set|likely|poised|due|going|about) to",
    r"plans? to",
    r"intends? to",
    r"aims? to",
    r"vows? to",
)
# The modals of these state a schedule, not a guess: "Iran will hold elections on February 21",
# "the rules are due to take effect on May 25". With a day on the calendar the clause is
# checked against the record of that event; without one ("another election next year") or
# hedged ("will probably") it stays a prediction.
SCHEDULE_MARKERS: tuple[str, ...] = (
    r"will",
    r"shall",
    r"(?:is|are) (?:set|due|scheduled) to",
)
# A clause that only says what a named thing is ("the Beslan siege was the darkest chapter of
# Putin's presidency", "the deal amounted to a surrender", "prayers are not enough") judges it:
# names alone make it checkable only when it says what happened to them, where or by whom.
COPULAR_JUDGEMENT = (
    r"\b(?:is|was|are|were|remains?|remained|became|becomes|amounts? to|amounted to)\s+"
    r"(?:not\s+)?(?:the|a|an|one|no|enough|more|most|less|least|[a-z]+est)\b"
)
# "may" is a modal only in lower case; "May" is the month.
CASE_SENSITIVE_PREDICTION_MARKERS: tuple[str, ...] = (r"may",)
# After these past-tense verbs a modal reports a decision already taken, not a prediction:
# "Trump announced on May 8 that the US would withdraw" dates an announcement.
REPORTED_DECISION_VERBS: tuple[str, ...] = (
    r"announced",
    r"declared",
    r"decided",
    r"confirmed",
    r"ordered",
    r"pledged",
    r"promised",
    # "Microsoft said on Monday it would buy LinkedIn": a company or government announcing its
    # own decision, the way wires report deals
    r"said (?:\w+ ){0,3}(?:that )?it would",
)
# A modal right after these introduces a relative clause about a noun, not the main assertion.
RELATIVE_PRONOUNS: tuple[str, ...] = ("which", "that", "who", "whom", "whose")

EXHORTATION_MARKERS: tuple[str, ...] = (
    r"should",
    r"must",
    r"ought to",
    r"need to",
    r"needs to",
    r"let us",
    r"let's",
    r"urg(?:ed|es|ing)",
    r"call(?:ed|s|ing)? on",
    r"appeal(?:ed|s)? to",
)
CHARACTERISATION_MARKERS: tuple[str, ...] = (
    r"(?:seen|viewed|regarded|considered|described|dubbed|branded|hailed) as",
    r"(?:reject(?:s|ed)?|denounc(?:e|es|ed)|dismiss(?:es|ed)?) (?:it|them|this|the \w+) as",
    r"biased",
    r"worthless",
    r"dishonourable",
    r"dishonorable",
    r"traitorous",
    r"shameful",
    r"disgraceful",
    r"heroic",
    r"cowardly",
    r"ridiculous",
    r"absurd",
    r"unacceptable",
    r"detriment",
    r"battered",
    r"gauge of",
    r"a sign of",
    r"a symbol of",
    r"catastrophic",
    r"a (?:terrible |huge |grave )?mistake",
    r"a disaster",
    r"a failure",
    r"a triumph",
    r"a success",
    r"a betrayal",
    r"a (?:\w+ )?disgrace",
    r"a waste of",
    r"(?:the|a) (?:worst|biggest|greatest) (?:[\w-]+ ){0,2}(?:blunder|mistake|failure|disaster)",
    r"blunder",
    r"a blow to",
    r"one of the (?:greatest|worst|best|most|least)",
    r"greatest",
    r"injustice",
    r"(?:a|an) (?:historic|shameful|disgraceful|tragic) (?:day|moment|mistake|decision)",
)
OPINION_MARKERS: tuple[str, ...] = (
    r"i think",
    r"we believe",
    r"i believe",
    r"in my view",
    r"in our view",
    r"it(?:'s| is) possible",
    # what ought to be is no fact: "officials should have condemned the tower", "deserves a
    # pardon", "cannot be trusted"
    r"should(?: not)? have",
    r"ought to",
    r"deserves?",
    r"cannot be trusted|can't be trusted",
    r"(?:probably|perhaps|arguably|clearly|obviously|undoubtedly)",
)
# Words that deny the event they govern ("did not attack", "denied firing").
NEGATION_MARKERS: tuple[str, ...] = (
    r"not",
    r"never",
    r"n't",
    r"denied",
    r"denies",
    r"deny",
    r"no longer",
    r"falsely",
)
# How many words before an event cue a prediction or negation marker still governs it
# ("will hold elections", "did not attack"); and how many after a cue a modal still makes it a
# prediction ("sanctions will not work", "the elections could solve").
MARKER_REACH_WORDS = 4
MODAL_AFTER_CUE_WORDS = 2

# Verbs that introduce what someone said or asked: names before them are the speaker, not an
# actor of an event named after them ("Khamenei called for a high turnout in the election").
SPEAKER_VERBS: tuple[str, ...] = (
    r"said",
    r"says",
    r"told",
    r"called for",
    r"calls for",
    r"urged",
    r"urges",
    r"noted",
    r"added",
    r"argued",
    r"insisted",
    r"warned",
    r"stressed",
    r"according to",
    r"welcomed",
)

# A capitalised name after these words is stated as a place even when no reference knows it.
LOCATIVE_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "over",
    "into",
)

# Prepositions that place the name after them only when the gazetteer knows it as a place or
# its first or last word says what kind of place it is: "sank off Guinea-Bissau", "capsized on
# Lake Tanganyika", "runs beneath the Alps"; other names follow them too ("on Twitter", "under
# Putin", "off Broadway"), and "from", "to" and "for" name where a journey began or ended,
# not where the event was.
KNOWN_PLACE_PREPOSITIONS: tuple[str, ...] = ("off", "on", "beneath", "under", "along")

# Nouns of a local institution or site a place's name may qualify: "a Shanghai court", "a
# Glasgow shipyard", "a Los Angeles jury" are in that place (a city or region the gazetteer
# knows); "a Clinton aide" is not one of them.
LOCAL_NOUNS: tuple[str, ...] = (
    r"courts?", r"jury", r"judge", r"prosecutors?", r"police", r"hospital", r"shipyard",
    r"factory", r"plant", r"refinery", r"warehouse", r"suburb", r"neighbou?rhood", r"school",
    r"nightclub", r"club", r"mall", r"market", r"hotel", r"church", r"mosque", r"synagogue",
    r"temple", r"stadium", r"prison", r"jail", r"station", r"council",
)  # fmt: skip

# Verbs of a disaster whose object is where it happened ("a quake struck Fiji", "floods
# swept Kerala"): a capitalised name right after them is stated as a place.
PLACE_OBJECT_VERBS: tuple[str, ...] = (
    "struck", "strikes", "hit", "hits", "rocked", "rocks", "shook", "shakes", "jolted",
    "jolts", "lashed", "lashes", "battered", "batters", "swept", "sweeps", "ravaged",
    "ravages", "devastated", "flooded", "pounded",
)  # fmt: skip

# Words for a kind of place that, before a name, say it is one ("the town of Kihei", "the
# island of Rhodes", "the Slovak capital, Bratislava"): the designators of rules.places and
# these, which may end a place's own name ("Cape Town", "Greenwich Village") and so are no
# designators there.
PLACE_KIND_WORDS: tuple[str, ...] = ("city", "town", "village", "capital", "port", "coast")

# Verbs that say the one they happen to died: "Robert Fico was shot dead" states a death.
FATAL_VERBS: tuple[str, ...] = (
    r"killed", r"shot dead", r"died", r"assassinated", r"murdered", r"slain",
    r"lost (?:their|his|her) li(?:fe|ves)",
)  # fmt: skip

# Words that give a verb to each of the names joined by "and" on its own: "Finland and Sweden
# both joined", "both Kipchoge and Kiptum set", "the Boulder and Atlanta shootings each left".
DISTRIBUTIVE_WORDS: tuple[str, ...] = ("both", "each")

# Words before a place a journey starts or ends at, which is not where its event happened.
# ("lifted off from Cape Canaveral" is where; "on approach to Perm" is near, a landmark). Any
# name after them is such a place ("bound for the Canary Islands", "a Boeing 737 from
# Istanbul"); after a bare "to" only a name the gazetteers know as a place is ("carrying 90
# people to Tehran", not "handed power to Zarbutia").
JOURNEY_WORDS: tuple[str, ...] = (
    r"bound for", r"headed for", r"heading for", r"en route to", r"destined for",
    r"(?:flying|travell?ing|sailing|flight|plane|jet|airliner|aircraft|helicopter|train|ferry|"
    r"ship|vessel|bus|boat|\w*\d\w*) from",
)  # fmt: skip
JOURNEY_TO = r"(?<!approach )to"

# A name right after one of these words is the object of a phrase, not who does the verb that
# follows ("a Boeing carrying 90 people to Tehran crashed", "the leaders of the U.S. and
# Canada signed"). English prepositions are a closed class.
GOVERNING_PREPOSITIONS: tuple[str, ...] = (
    "of", "to", "from", "for", "in", "at", "on", "into", "onto", "near", "with", "by", "via",
    "about", "against", "between", "among", "over", "under", "off", "toward", "towards",
    "across", "through", "outside", "inside", "around", "behind", "beyond", "aboard",
)  # fmt: skip

# Lower-case words after a country that do not make it qualify a noun ("a base in Iraq days
# later", "in Iraq on Monday"): a country before them is still a place.
NOT_QUALIFIED_NOUNS: tuple[str, ...] = (
    "of", "in", "on", "at", "and", "or", "to", "was", "is", "were", "are", "days", "weeks",
    "months", "years", "hours", "later", "earlier", "ago", "last", "this", "next", "when",
    "where", "after", "before", "since", "during", "as", "for", "from", "with", "by", "while",
    "that", "which", "who", "but", "because", "until", "early", "late",
)  # fmt: skip

# Share of a claim's characters inside quotation marks above which it is a quotation.
QUOTE_SHARE = 0.5
# Quotation marks: opening -> closing.
QUOTE_PAIRS: dict[str, str] = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“"}
# Closing marks that never serve as apostrophes: met with no opening mark before them, they end a
# quotation that began in an earlier sentence.
UNAMBIGUOUS_CLOSING_QUOTES: frozenset[str] = frozenset({"”", "»"})

# Why a claim is not checkable, by kind; shown to the reviewer.
NOT_CHECKABLE_REASONS: dict[str, str] = {
    "quote": "a direct quotation: it records what was said, not a checkable statement of fact",
    "opinion": "an opinion or belief, not a statement of fact",
    "prediction": "a prediction or intention about the future",
    "exhortation": "a call to act, not a statement of fact",
    "characterisation": "a characterisation or judgement, not a statement of fact",
    "reported": "a remark reported without anything concrete to check",
    "other": "names no event that the rules know how to check",
    "no_slot": "names an event but no date, number, place or known actor to check",
}

# A state named at least this often in an article is what the article is about, for claims that
# name no one ("the elections on February 21").
CONTEXT_STATE_MENTIONS = 3

# A named event after these words dates the claim ("the day after the Brexit vote"); it is not
# the event the claim is about.
TEMPORAL_PREPOSITIONS: tuple[str, ...] = (
    "after",
    "before",
    "since",
    "following",
    "ahead of",
    "during",
    "until",
    "amid",
    "days after",
    "weeks after",
    "the day after",
    "the day before",
    "in the wake of",
)

# A dateline opens a wire report ("WASHINGTON (Reuters) -"): where the reporter files from and
# for whom (a US state in AP style may follow the city: "HIGHLAND PARK, Ill. —", a region or
# country: "ST. JOHN'S, Newfoundland —"), and in Reuters style the day of filing ("PERM,
# Russia, Sept 15 (Reuters) -"): not a place, actor or date of the event.
DATELINE = (
    r"^[A-Z][A-Z .,'’-]{2,}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)?"
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"(?:\s*\([^)]{1,40}\))?\s*[-–—]\s+"
)

# Events that consist in someone speaking or reporting: their speaker is their actor.
SPEAKER_IS_ACTOR_TYPES: frozenset[str] = frozenset({"statement", "speech", "casualty_report"})

# Who did it: a name after one of these verbs and "by" ("carried out by", "claimed by",
# "was shot by"), or before one of these phrases ("X claimed responsibility").
AGENT_VERBS: tuple[str, ...] = (
    r"carried out",
    r"claimed",
    r"committed",
    r"perpetrated",
    r"staged",
    r"launched",
    r"orchestrated",
    r"masterminded",
    r"planned",
    r"conducted",
    r"attacked",
    r"bombed",
    r"shot",
    r"killed",
    r"murdered",
    r"assassinated",
)
RESPONSIBILITY_PHRASES: tuple[str, ...] = (
    r"claimed (?:responsibility|the (?:attack|bombing|bombings|attacks|killing|shooting))",
    r"(?:was|were) (?:behind|responsible for)",
)

# Nouns after a place name that make it name an area around a thing ("this Chicago suburb",
# "Dhaka's outskirts", "the Antioch area of Nashville"): where to look, not the place stated.
AREA_NOUNS: tuple[str, ...] = (
    r"suburbs?",
    r"outskirts",
    r"area",
    r"neighbou?rhoods?",
    r"environs",
    r"metropolitan area",
)
# Nouns after a sea's name that make it a part of the place whose possessive opens it
# ("Mexico's Pacific coast", "Calabria's Ionian coast"): that place is stated, the sea names where
# on it. Without the possessive ("off the Texas coast") the name is compared as a place.
COAST_NOUNS: tuple[str, ...] = (r"coast(?:line)?s?", r"seaboard", r"shores?")
# After the name of a town or region it names the region of that name ("Peru's Cusco region");
# after any other name the area around it ("the Everest region").
REGION_NOUNS: tuple[str, ...] = (r"region",)
# Nouns after a place name that make it name a text agreed there ("the Paris accord", "the
# Minsk agreements", "the Kyoto climate protocol"): the name of a thing, not the place of the
# clause's event ("the US withdrawal from the Paris accord took effect" happened in Washington).
DOCUMENT_NOUNS: tuple[str, ...] = (
    r"accords?", r"agreements?", r"treaty", r"treaties", r"protocols?", r"conventions?",
    r"declarations?", r"pacts?", r"charters?", r"communiqu[eé]s?",
)  # fmt: skip
# Nouns after a place name that make it name a facility of that place ("Bozeman airport",
# "the Zhengzhou metro"): the event happened near the place, a landmark (Narita airport
# serves Tokyo from 60 km away).
FACILITY_NOUNS: tuple[str, ...] = (
    r"airport",
    r"airfield",
    r"airpark",
    r"metro",
    r"subway",
    r"harbou?r",
    r"port",
)
# Words between a place and its facility's noun that leave the facility the place's own
# ("Kenosha Regional Airport", "Ephrata Municipal Airport"), not a longer name of another place.
FACILITY_QUALIFIERS: tuple[str, ...] = (
    "regional", "international", "municipal", "county", "memorial", "executive", "metropolitan",
)  # fmt: skip
