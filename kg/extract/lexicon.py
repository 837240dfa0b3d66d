"""Word lists the attribution rules consult: cue verbs, statement kinds, roles, documents.

Lists are about the language of news in general, not any one corpus. A cue lemma maps to
the statement kind it signals; content words can still turn a claim into a denial.
"""

CLAIM_CUES = frozenset(
    """say tell add note write report announce warn insist suggest explain state assert
    maintain declare predict complain testify respond reply answer ask urge tweet post
    recall observe concede emphasize stress repeat reiterate promise pledge vow threaten
    caution boast joke quip mention estimate indicate conclude argue contend
    agree acknowledge admit point reveal show find
    signal propose recommend question counter describe blame praise criticize
    criticise slam attack call remark continue reckon speculate claim cite condemn
    blast oppose defend propose demand discuss mention decry denounce applaud welcome
    encourage believe hope fear echo liken rate rule disclose know doubt guess surmise
    imagine suspect worry tout highlight mock ridicule thank congratulate refer talk
    apologize apologise hint rail allude advocate comment express decline refuse
    speak read""".split()
)
ALLEGATION_CUES = frozenset("allege accuse charge blame".split())
DENIAL_CUES = frozenset("deny reject dispute refute rebut dismiss contest".split())
CONFIRMATION_CUES = frozenset("confirm corroborate verify support back endorse".split())
ALL_CUES = CLAIM_CUES | ALLEGATION_CUES | DENIAL_CUES | CONFIRMATION_CUES

# Cues that only report speech when they take a clause ("polls show that ..."), their
# preposition ("spoke of") or an adjacent quotation ("the sign read: ..."), never an object alone.
CLAUSE_ONLY_CUES = frozenset(
    """show find reveal indicate signal agree conclude reckon speculate continue point
    encourage believe hope fear rule disclose know doubt guess surmise imagine suspect
    worry read speak""".split()
)
# Cues that only report speech through a preposition: "referred to X", "warned of Y".
PREP_CUES = {
    "call": ("for", "on"), "refer": ("to",), "point": ("to",), "talk": ("about",),
    "warn": ("of", "against", "about"), "caution": ("against",),
    "complain": ("about",), "boast": ("about", "of"), "apologize": ("for",),
    "apologise": ("for",), "argue": ("for", "against"),
    "advocate": ("for",), "hint": ("at",), "worry": ("about",), "joke": ("about",),
    "testify": ("about",), "comment": ("on",), "rail": ("against",),
    "allude": ("to",), "insist": ("on",), "speak": ("of", "about", "against"),
    "respond": ("to", "by"),
}
# Cues that are statements only about a claim ("supported Okafor's findings"), not "supported Clinton".
CLAIM_OBJECT_CUES = frozenset("support back".split())
# Cues that introduce or close a verbatim quotation: '"...," she said', 'he wrote: "..."'.
QUOTE_CUES = frozenset(
    """say tell add write ask explain continue recall note insist reply respond answer
    argue warn joke quip declare state tweet post remark exclaim shout scream yell
    announce complain acknowledge admit concede observe predict testify claim allege deny
    confirm conclude caution boast counter muse wonder whisper chant read""".split()
)
# Cues whose direct object is what is reported: "denied the allegations".
OBJECT_CUES = DENIAL_CUES | CONFIRMATION_CUES | frozenset(
    """accuse charge blame cite condemn blast criticize criticise attack praise oppose defend
    propose demand discuss describe mention slam decry denounce applaud welcome echo liken
    rate tout highlight mock ridicule thank congratulate express""".split()
)
# Cues whose infinitive complement is what is reported: "pledged to cut taxes".
XCOMP_CUES = frozenset(
    """pledge promise vow agree urge threaten ask call encourage hope decline refuse""".split()
)
# Cues whose long object is, by a common misparse, the reported clause: "said Parler hosted content".
CLAUSE_AS_OBJECT_CUES = frozenset(
    """say claim allege add note write report insist argue contend assert state repeat
    reiterate acknowledge admit concede announce predict""".split()
)

CLAIM_NOUNS = frozenset(
    """claim allegation accusation charge account assertion statement suggestion report
    story characterization contention argument theory finding findings version conclusion
    conclusions assessment description criticism complaint""".split()
)
# Nouns that report what their possessor said when they take a clause: "Lee's claim that ...".
SAYING_NOUNS = CLAIM_NOUNS | frozenset(
    """allegation accusation denial warning promise pledge vow insistence belief view
    message argument prediction admission acknowledgment acknowledgement""".split()
)
# "In her view, ...": phrases that give their possessor's opinion.
VIEW_NOUNS = frozenset("view opinion estimation estimate words assessment judgment judgement mind".split())
DISMISSIVE_WORDS = frozenset(
    """baseless meritless false untrue unfounded groundless frivolous ridiculous absurd
    inaccurate misleading wrong nonsense lie lies""".split()
)
DENIAL_PHRASES = (
    "no merit", "without merit", "not true", "is false", "are false", "categorically",
    "baseless", "meritless", "unfounded", "groundless", "untrue", "never happened",
    "deny", "denies", "false claims", "lies",
)

# Document nouns that originate statements, and the Origin kind each one is.
DOCUMENTS = {
    "complaint": "court filing", "lawsuit": "court filing", "suit": "court filing",
    "filing": "court filing", "motion": "court filing", "brief": "court filing",
    "petition": "court filing", "indictment": "court filing", "affidavit": "court filing",
    "statement": "press statement", "release": "press statement",
    "interview": "interview",
    "tweet": "social media post", "post": "social media post",
    "letter": "document", "memo": "document", "report": "document", "email": "document",
    "blog": "document", "op-ed": "document", "essay": "document", "speech": "document",
    "poll": "document", "survey": "document", "study": "document", "analysis": "document",
    "audit": "document", "inquiry": "document", "investigation": "document",
    "record": "document", "document": "document",
}
# Cues that report what a document or poll shows rather than what someone said: "polls show Lee ahead".
EVIDENCE_CUES = frozenset("show find reveal indicate suggest".split())

ROLES = frozenset(
    """spokesperson spokesman spokeswoman representative rep lawyer attorney counsel ceo
    cto cfo coo chairman chairwoman chair president vice founder cofounder co-founder
    director executive head chief officer manager secretary senator governor mayor
    minister adviser advisor aide analyst professor economist official spokespeople
    senior partner owner editor reporter correspondent strategist consultant
    commissioner judge sheriff chancellor premier leader auditor foreman councilman
    councilwoman councillor councilor congressman congresswoman lawmaker legislator
    prosecutor inspector detective commander general colonel captain chief coach
    candidate nominee host anchor columnist researcher scientist expert treasurer clerk
    superintendent administrator trustee ambassador envoy diplomat""".split()
)
# Roles whose words are the organisation's own, so statements go on its behalf.
SPOKES_ROLES = frozenset(
    "spokesperson spokesman spokeswoman representative rep spokespeople lawyer attorney counsel".split()
)
# Words that make a different role, not a description of the holder: "chief executive", not "former".
ROLE_MODIFIERS = frozenset(
    "chief senior deputy vice executive general managing press assistant associate lead principal".split()
)
ROLE_CANONICAL = {"spokesman": "spokesperson", "spokeswoman": "spokesperson",
                  "spokespeople": "spokesperson", "rep": "representative",
                  "cofounder": "co-founder", "advisor": "adviser", "chairwoman": "chairman"}

ORG_NOUNS = frozenset(
    """company firm group corporation business giant platform network agency retailer
    startup site service provider campaign organization organisation administration
    department government committee party union bank team outlet newspaper paper app
    maker carrier publisher""".split()
)

NEWS_OUTLETS = frozenset(
    """fox news|the wall street journal|wall street journal|wsj|the new york times|new york times|
    the washington post|washington post|reuters|associated press|the associated press|ap|cnn|
    nbc|nbc news|abc|abc news|cbs|cbs news|msnbc|bloomberg|politico|axios|the guardian|
    bbc|npr|breitbart|the hill|usa today|los angeles times|the los angeles times|
    the new york post|new york post|the post|the times|the journal|buzzfeed|buzzfeed news|
    vox|the atlantic|time|newsweek|the economist|financial times|the financial times|
    cnbc|the daily beast|huffpost|the huffington post|afp|agence france-presse""".replace("\n", "").split("|")
)
NEWS_OUTLETS = frozenset(n.strip() for n in NEWS_OUTLETS)

MALE_WORDS = frozenset("he him his himself".split())
FEMALE_WORDS = frozenset("she her hers herself".split())
PERSON_PRONOUNS = MALE_WORDS | FEMALE_WORDS
GROUP_PRONOUNS = frozenset("it its they them their".split())
MALE_TITLES = frozenset("mr. mr sir".split())
FEMALE_TITLES = frozenset("ms. ms mrs. mrs miss".split())
NAME_PARTICLES = frozenset("of the and for de la von van & on".split())

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
