"""Rules for the phases of an event: which words say which phase, as data.

One event is often several facts, one row each: a law is adopted, enters into force and applies;
a country applies to join an alliance, members ratify, it joins; polls open, results are declared,
the winner is sworn in; a craft is launched and lands; a disaster strikes and its toll is revised.
A claim about one phase must be checked against the record of that phase, never a neighbour's.

Each phase lists the words that say it, as regular-expression fragments matched case-insensitively
on word boundaries; the same words are read in a claim's clause and in a record's ``event_type``
(or, when it has none, its statement). A clause with none of them states no phase. Where two
phases' words start at one place ("adopted the 2,975 figure"), the one listed first wins.
"""

# fmt: off
PHASES: tuple[tuple[str, str], ...] = (
    ("toll_revision", r"(?:death )?toll (?:update|revision|final)|(?:death )?toll (?:\w+ ){0,4}(?:rose|risen|climbed|jumped|was raised|was revised|was cut|was lowered)|(?:raised|revised|cut|lowered|updated|brought|bringing|bring|brings) (?:\w+ ){0,6}(?:death )?toll|(?:number|count) of (?:\w+ ){0,4}(?:dead|killed|deaths|victims) (?:\w+ ){0,3}(?:rose|risen|climbed|reached)|(?:raised|revised|cut) (?:\w+ ){0,4}(?:number|count) of (?:dead|deaths)"),
    ("application", r"appl(?:ied|ies|y|ying|ications?) (?:\w+ ){0,2}(?:to join|for (?:\w+ )?membership)|membership applications?|submitted (?:\w+ ){0,2}applications?"),
    ("announcement", r"announced (?:a|an|the|its|their|plans? (?:to|for)) (?:\w+ ){0,3}(?:deal|agreement|acquisition|takeover|merger|purchase|bid|plan)|agreed (?:\w+ ){0,3}to (?:buy|acquire|purchase|take over|merge|sell|pay)|accepted (?:\S+ ){0,4}(?:offer|bid)|(?:said|announced|confirmed) (?:\w+ ){0,4}(?:it|they|he|she|the company) (?:would|will) (?:buy|acquire|purchase|take over|merge|sell)|announced [^.;:]{0,60}?(?:would|will) (?:resign|abdicate|step down|retire|withdraw|leave|pull out|exit|quit)|announced (?:his|her|its|their) (?:\w+ ){0,2}(?:resignation|abdication|retirement|withdrawal|departure)|(?:deal|agreement|acquisition|takeover|merger) (?:was |were )?announced"),
    ("signing", r"signed|signing|signs|inked"),
    ("adoption", r"adopted|adoption|enacted|(?:was|were) passed|passed (?:the|a) (?:\w+ ){0,2}(?:law|bill|act|regulation)"),
    ("ratification", r"ratif(?:ied|ies|y|ying|ication)|approv(?:e|ed|es|ing|al of) (?:\w+ ){0,3}(?:membership|accession|bid|application)"),
    ("entry_into_force", r"(?:entered|enters|enter|came|comes|come) into force|entry into force|in force (?:since|from|on)"),
    ("took_effect", r"took effect|takes effect|take effect|(?:came|comes|come) into effect|became (?:applicable|enforceable|effective)|(?:began|begins|begin|started|starts) to apply|appl(?:ies|y|ied) (?:across|in|throughout|from)|applicable|enforceable|joined|joins|became (?:\w+ ){0,3}members?|accession|acceded|complet(?:ed|es|e|ing) (?:the|its|his|her|their|a) (?:\S+ ){0,3}(?:acquisition|takeover|purchase|merger|deal)|clos(?:ed|es|e|ing) (?:the|its|his|her|their) (?:\S+ ){0,3}(?:acquisition|takeover|purchase|merger|deal)|(?:acquisition|takeover|merger|deal) (?:was )?(?:completed|closed)|took (?:full )?control of"),
    ("first_round", r"first round|first-round"),
    ("runoff", r"runoff|run-off|second round|second-round"),
    ("polling", r"went to the polls|(?:elections?|polls|vote|voting|ballot|referendum|runoff|run-off) (?:\w+ ){0,3}(?:was|were) held|(?:elections?|polls|vote|voting|ballot|referendum) took place|voters? (?:\w+ ){0,2}(?:voted|cast)|held (?:\w+ ){0,4}(?:elections?|polls|referendum|vote|ballot|runoff|run-off)|polling|election day|cast (?:their )?ballots"),
    ("result", r"declared (?:\w+ ){0,4}winner|results? (?:\w+ ){0,3}(?:were|was) (?:declared|announced|certified|confirmed)|(?:declared|announced|certified|confirmed) the (?:\w+ ){0,2}results?|official results?|certified"),
    ("inauguration", r"sworn in|swearing-in|took office|takes office|take office|took the oath|inaugurat(?:ed|ion)|assumed (?:the )?(?:office|presidency)|began (?:his|her|a) (?:\w+ ){0,2}term"),
    ("launch", r"launch(?:ed|es|ing)?|lift(?:ed|s)? off|liftoff|blast(?:ed|s)? off"),
    ("landing", r"landed|landing|touched down|touchdown|splashed down|splashdown"),
    # a criminal trial: it opens, a verdict is reached, a sentence is passed ("found him
    # guilty" before "found him": a verdict, not the finding of a missing person)
    ("trial_opening", r"trial (?:\w+ ){0,4}(?:opened|began|started|opens|begins)|went on trial|goes on trial"),
    ("verdict", r"found (?:\w+ ){0,3}(?:guilty|not guilty)|convicted|acquitted|verdicts?"),
    ("sentencing", r"sentenced|sentencing|jailed for|given (?:a )?(?:\w+ ){0,2}(?:sentence|years)"),
    ("found", r"(?:was|were) found|found (?:\w+ ){0,3}(?:alive|dead)|found (?:the|all|them|him|her)|located|discovered|wreckage (?:\w+ ){0,3}(?:found|located)"),
    ("rescue", r"rescued|pulled (?:\w+ ){0,2}alive|(?:pulled|brought|freed) (?:\w+ ){0,4}(?:from|out of) (?:the )?(?:rubble|wreckage|debris|water|sea|river|cave|mine|ruins)|rescue (?:ended|was completed|completed)|(?:ended|completed) the rescue"),
    # ("freed" is said of a ship and of captives alike: a ship's, with a word for it before)
    ("refloating", r"refloated|refloating|dislodged|(?:was|were) pulled free|(?:ship|vessel|freighter|tanker|ferry|liner|boat|carrier) (?:\w+ ){0,4}(?:was |were )?(?:freed|set free)"),
    ("demolition", r"demolish(?:ed|ing)?|demolition|imploded|brought down the (?:rest|remainder|remaining)"),
    # ("buried" is more often under rubble than laid to rest)
    ("funeral", r"funerals?|laid to rest"),
    # an inquiry's or an investigation's report on an event: a phase of its own, years later
    ("report", r"(?:publish(?:ed|es|ing)?|released?|issued?|presented) (?:\w+ ){0,4}report|report (?:\w+ ){0,6}(?:was|were|is) (?:published|released|issued|presented)|(?:inquiry|investigation|investigators|report) (?:\w+ ){0,2}(?:found|concluded)"),
    # the end of what lasted (a siege, a strike, a hijacking, an emergency): a row of its own.
    # Said of the lasting thing itself, not of any clause ("a rampage that ended at a store").
    ("end", r"(?:siege|strike|hijacking|crisis|standoff|stand-off|riot|emergency|occupation|lockdown|curfew|blockade|ordeal|outbreak|epidemic|walkout|shutdown)s? (?:\S+ ){0,3}?(?:ended|ends|came to an end|comes to an end|(?:was|is|were) over(?=$|[.,;:]| (?:in|on|at|after|last|this|since|by)\b))|(?:ending|ended|end) (?:the|its|his|her|their|a|an) (?:\S+ ){0,3}?(?:siege|strike|hijacking|crisis|standoff|stand-off|riot|emergency|occupation|lockdown|curfew|blockade|ordeal|outbreak|epidemic|walkout|shutdown)s?\b|declared (?:\S+ ){0,4}over(?=$|[.,;:]| (?:in|on|at|after|last|this|since|by)\b)"),
)
# fmt: on

# Nouns that name a phase in a record's ``event_type`` label ("election (result)", "rescue",
# "membership application"), read there besides the words above.
PHASE_LABELS: tuple[tuple[str, str], ...] = (
    ("result", r"results?"),
    ("rescue", r"rescues?"),
    ("polling", r"polls?|polling day"),
    ("launch", r"launch"),
    ("landing", r"landing"),
    ("refloating", r"refloat(?:ed|ing)?"),
    ("found", r"found|located"),
    ("announcement", r"announced|announcement|agreed"),
    # a deal completed or closed, as a label says it ("acquisition (completed)")
    ("took_effect", r"completed|completion"),
    ("end", r"ends?|ended|end of|declared over"),
    ("trial_opening", r"trial opened|trial opens|trial began"),
    (
        "report",
        r"(?:inquiry|investigation|final|interim|preliminary) reports?|reports? (?:of|by) (?:the )?(?:inquiry|investigation)|inquiry findings",
    ),
)

# Words after which a phase word names another event that dates this one ("a week after Lula's
# inauguration", "two days before the launch"): it is not the clause's own phase.
ANCHORING_WORDS: tuple[str, ...] = ("after", "before", "since", "following", "ahead of")

# Words before a determiner and the name of an event that give it as the cause of the
# clause's own: "ordered arrests over the collapse of the dams" is about the arrests.
CAUSE_WORDS: tuple[str, ...] = ("over", "because of", "in connection with", "in the wake of")

# Words that end the noun phrase a possessive time dates: "last month's fire to 97".
PHRASE_ENDS: tuple[str, ...] = (
    "to", "from", "in", "on", "at", "of", "by", "with", "for", "and", "or", "was", "were",
    "is", "are", "had", "has", "have", "that", "which", "who",
)  # fmt: skip

# What "ten days after the collapse" counts from when its phrase names no phase: the event
# itself, the record of no phase (or of a beginning phase) among the records of its event.
THE_EVENT = "event"

# Phases that are kinds of another: a record of a runoff is a record of polling too, so a claim
# that voters went to the polls fits it (the date then chooses the round).
PHASE_PARENTS: dict[str, str] = {"first_round": "polling", "runoff": "polling"}

# Phases a record of no stated phase is taken to be of: a table's row for an event is its
# beginning (the launch, the polling, the signing). A claim of a later phase (a revised toll,
# the result, entry into force) is decided only by a record of that phase.
BEGINNING_PHASES: frozenset[str] = frozenset({
    "announcement", "application", "signing", "adoption", "polling", "first_round", "launch",
    "trial_opening",
})  # fmt: skip

# Phases that announce or ask for a deed to come ("announced she would abdicate on 14
# January", "applied to join"): a claim of the deed itself, stating no phase ("abdicated on Dec.
# 31"), is decided by the record of the deed when the table has one among the event's rows.
PRELIMINARY_PHASES: frozenset[str] = frozenset({"announcement", "application"})

# Phases that belong to one family of events (an event type of rules.claims): their words say
# the phase only in a clause of that family, or of no known type.
# A plane that crashed "while landing" or a crisis that ended when forces "freed the hostages"
# is not in a phase of a space mission or of a ship's grounding.
PHASE_FAMILIES: dict[str, str] = {
    "first_round": "election", "runoff": "election", "polling": "election", "result": "election",
    "launch": "space_mission", "landing": "space_mission", "refloating": "sinking",
    # a bank's rescue is no rescue of people from a disaster
    "rescue": "disaster",
}  # fmt: skip
