"""The words quote attribution reads: speech verbs, roles, words that are never names. Data only.

A speech verb added to SPEECH_VERBS is heard in every attribution pattern ("X said", "said X",
"“…,” X said"); a role word in ROLE_WORDS is kept out of names ("Colombian President Iván Duque").
"""
from __future__ import annotations

from briefing.analyse.lexicon import (
                                      COURTESY_TITLES,
                                      MONTH_ABBREVIATIONS,
                                      MONTH_NAMES,
                                      NAME_ABBREVIATIONS,
                                      TITLE_ABBREVIATIONS,
                                      WEEKDAY_NAMES,
)

# Quotation marks that open or close whatever stands around them, and the characters that may
# stand right before an opening mark or right after a closing one.
NOMINAL_OPENING = "“«„"
NOMINAL_CLOSING = "”»"
BEFORE_OPENING = "([{—–-/:;,"
AFTER_CLOSING = ".,;:!?)]}—–-…'’"

# Lowercase words inside a name: "Charles de Gaulle", "Meenakshi Ganguly of Human Rights Watch".
NAME_PARTICLES = ("de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "al", "la", "le",
                  "dos", "of")

# Courtesy titles are stripped from a name and are not a role; abbreviated titles are spelled out in a role.
COURTESY = COURTESY_TITLES
ABBREVIATED_TITLES = TITLE_ABBREVIATIONS
ABBREVIATIONS = set(NAME_ABBREVIATIONS)

# Capitalised words that are part of a role, not of a name ("Secretary of State Antony
# Blinken", "Colombian President Iván Duque").
ROLE_WORDS = {
    "president", "vice", "secretary", "state", "senator", "representative", "governor",
    "minister", "prime", "chairman", "chairwoman", "chair", "director", "spokesman",
    "spokeswoman", "spokesperson", "leader", "majority", "minority", "mayor", "speaker",
    "house", "senate", "ambassador", "general", "attorney", "judge", "justice", "chief",
    "officer", "executive", "ceo", "commissioner", "candidate", "nominee", "former",
    "republican", "democratic", "democrat", "gop", "u.s.", "us", "senior", "adviser",
    "advisor", "pastor", "bishop", "archbishop", "cardinal", "rabbi", "imam", "pope", "chancellor",
    "lieutenant", "colonel", "sergeant", "captain", "admiral", "reverend", "professor",
    "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "deputy",
    "assistant", "press", "campaign", "manager", "strategist", "host", "anchor", "founder",
    "homeland", "security", "defense", "treasury", "foreign", "interior",
    "first", "presumptive", "independent", "libertarian", "conservative", "liberal",
    "billionaire", "businessman", "businesswoman", "rev", "sen", "rep", "gov", "gen",
} | set(ABBREVIATED_TITLES)

# Capitalised words that start sentences or name times, never people.
NOT_NAMES = {
    "the", "a", "an", "and", "but", "or", "so", "yet", "then", "also", "still", "however",
    "meanwhile", "in", "on", "at", "for", "from", "by", "with", "without", "of", "to", "as",
    "after", "before", "since", "until", "when", "while", "where", "if", "though", "although",
    "because", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
    "what", "who", "why", "how", "which", "yes", "no", "not", "now", "later", "today",
    "tonight", "yesterday", "tomorrow", "asked", "says", "said",
    "even", "just", "only", "instead", "indeed", "earlier", "last", "next", "one", "some",
    "many", "most", "all", "both", "each", "every", "such", "other", "another", "during",
    "under", "over", "about", "against", "among", "through", "like", "unlike", "despite",
    "according", "speaking", "writing", "dear", "well", "oh", "thank", "thanks",
    "please", "let", "do", "does", "did", "is", "are", "was", "were", "be", "being", "been",
    "has", "have", "had", "will", "would", "can", "could", "should", "must", "might",
} | set(WEEKDAY_NAMES) | set(MONTH_NAMES) | {f"{abbreviation}." for abbreviation in MONTH_ABBREVIATIONS}

# Words that make a name an institution or a place rather than a person.
INSTITUTION_WORDS = {
    "news", "times", "post", "journal", "party", "house", "committee", "department",
    "university", "college", "institute", "international", "association", "foundation",
    "center", "centre", "council", "court", "senate", "congress", "states", "america",
    "republicans", "democrats", "network", "media", "press", "agency", "office", "bureau",
    "administration", "campaign", "group", "inc.", "corp.", "company", "co.", "club",
    "union", "organization", "organisation", "fund", "bank", "city", "county", "street",
    "river", "republic", "kingdom", "nations", "army", "force", "navy", "guard", "police",
    "ministry", "service", "television", "radio", "magazine", "tribune", "herald", "daily",
    "review", "weekly", "today", "channel", "cnn", "msnbc", "fox", "abc", "nbc", "cbs", "npr",
    "pac", "super", "school", "church", "hospital", "airport", "hall", "square", "avenue",
    "new", "north", "south", "east", "west", "united", "white", "capitol", "wall",
    "supreme", "national", "federal", "american", "convention", "debate", "caucus",
    "primary", "poll", "survey", "report", "act", "bill", "law", "program", "plan",
    # things that do not speak: a programme, a product, a document ("NASA's Human Landing System")
    "system", "systems", "programme", "project", "procurement", "treaty", "initiative", "mission", "vehicle",
    "module", "rocket", "spacecraft", "satellite", "telescope", "app", "software", "platform", "device",
}
# Given names that tell a person's gender where the article gives no Mr. or Ms.: common ones in
# English-language news, each borne nearly always by one sex (names given to both, such as Jordan,
# Taylor or Jean, are left out). A "she" never stands for a Bernie, nor a "he" for a Hillary.
FEMALE_GIVEN_NAMES = {
    "abigail", "adele", "agnes", "alexandra", "alice", "alicia", "alison", "allison", "alma", "amanda", "amber",
    "amelia", "amy", "ana", "andrea", "angela", "angie", "anita", "ann", "anna", "anne", "annie", "arlene",
    "audrey", "barbara", "bernadette", "beth", "betsy", "betty", "beverly", "bonnie", "brenda", "brittany",
    "camille", "candace", "carla", "carly", "carmen", "carol", "caroline", "carolyn", "carrie", "catherine",
    "cathy", "cecilia", "charlotte", "chelsea", "cheryl", "christina", "christine", "cindy", "claire", "claudia",
    "colleen", "condoleezza", "connie", "courtney", "cynthia", "dawn", "debbie", "deborah", "debra", "denise",
    "diana", "diane", "dianne", "dolores", "donna", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor",
    "elena", "elisabeth", "elise", "eliza", "elizabeth", "ella", "ellen", "emily", "emma", "erica", "erin",
    "esther", "eva", "evelyn", "fiona", "frances", "gabrielle", "gail", "gina", "gloria", "hannah", "harriet",
    "hazel", "heather", "heidi", "helen", "hillary", "holly", "huma", "irene", "isabel", "ivanka", "jane", "janet",
    "janice", "jeanne", "jenna", "jennifer", "jenny", "jessica", "jill", "joan", "joanna", "joanne", "jodi",
    "josephine", "joyce", "judith", "judy", "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen",
    "kathryn", "kathy", "katie", "kayla", "kelly", "kellyanne", "kimberly", "kirsten", "kristen", "laura", "lauren",
    "leah", "linda", "lisa", "lois", "loretta", "lori", "lorraine", "louise", "lucy", "lydia", "lynn", "madeleine",
    "maggie", "marcia", "margaret", "maria", "marie", "marilyn", "marsha", "martha", "mary", "maureen", "maxine",
    "megan", "meghan", "melania", "melinda", "melissa", "mia", "michele", "michelle", "miriam", "molly", "monica",
    "nadia", "nancy", "naomi", "natalie", "nicole", "nikki", "nina", "nora", "norma", "olivia", "pamela",
    "patricia", "paula", "peggy", "phyllis", "priscilla", "rachel", "rebecca", "rita", "roberta", "rosa",
    "rosemary", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "silvia",
    "sonia", "sophie", "stella", "stephanie", "sue", "susan", "suzanne", "sylvia", "tammy", "tara", "teresa",
    "theresa", "tiffany", "tina", "tulsi", "ursula", "valerie", "vanessa", "vera", "veronica", "victoria",
    "virginia", "vivian", "wendy", "yvonne", "zoe",
}
MALE_GIVEN_NAMES = {
    "aaron", "abe", "adam", "al", "alan", "albert", "alexander", "alfred", "allen", "andrew", "andy", "angus",
    "anthony", "antony", "arthur", "austin", "barack", "barry", "bart", "ben", "benjamin", "bernard", "bernie",
    "bert", "bill", "billy", "blake", "bob", "bobby", "boris", "brad", "brandon", "brent", "brett", "brian",
    "bruce", "bryan", "byron", "calvin", "carl", "carlos", "cecil", "chad", "charles", "charlie", "chester",
    "chris", "christopher", "chuck", "clarence", "clark", "claude", "clayton", "cliff", "clifford", "clint",
    "colin", "corey", "craig", "curt", "curtis", "dan", "daniel", "darrell", "darren", "dave", "david", "dennis",
    "derek", "dick", "don", "donald", "donny", "doug", "douglas", "duane", "duncan", "dwight", "earl", "ed",
    "eddie", "edgar", "edward", "edwin", "elijah", "elliot", "emmanuel", "eric", "ernest", "eugene", "evan",
    "felix", "fernando", "floyd", "frank", "franklin", "fred", "gabriel", "gary", "gavin", "gene", "geoffrey",
    "george", "gerald", "glen", "glenn", "gordon", "graham", "greg", "gregory", "hank", "harold", "harry", "harvey",
    "henry", "herbert", "herman", "howard", "hugh", "hugo", "ian", "ivan", "jack", "jacob", "jake", "james",
    "jared", "jason", "javier", "jay", "jeb", "jeff", "jeffery", "jeffrey", "jeremy", "jerome", "jerry", "jesse",
    "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua",
    "juan", "julian", "justin", "karl", "keith", "ken", "kenneth", "kevin", "kirk", "kurt", "kyle", "lance",
    "larry", "lawrence", "len", "leo", "leon", "leonard", "lewis", "lincoln", "lloyd", "lou", "louis", "luis",
    "lyndon", "malcolm", "manuel", "marc", "marco", "mario", "mark", "marshall", "martin", "marvin", "matt",
    "matthew", "maurice", "max", "michael", "mike", "mitch", "mitchell", "mitt", "nate", "nathan", "ned", "neil",
    "nelson", "newt", "nicholas", "nick", "nigel", "noah", "norman", "oliver", "orrin", "oscar", "owen", "pablo",
    "patrick", "paul", "pedro", "perry", "pete", "peter", "phil", "philip", "preston", "rafael", "ralph", "rand",
    "randy", "ray", "raymond", "reggie", "reid", "reince", "rex", "richard", "rick", "ricky", "rob", "robert",
    "rod", "rodney", "roger", "ron", "ronald", "ross", "roy", "rudolph", "rudy", "rupert", "russ", "russell",
    "ryan", "sam", "samuel", "scott", "sean", "seth", "shane", "shawn", "sherrod", "simon", "spencer", "stan",
    "stanley", "stephen", "steve", "steven", "stuart", "ted", "theodore", "thomas", "tim", "timothy", "todd", "tom",
    "tommy", "tony", "travis", "trevor", "troy", "tyler", "vernon", "victor", "vincent", "vladimir", "wade",
    "wallace", "walter", "warren", "wayne", "wes", "wesley", "will", "william", "willie", "zach", "zachary",
}
# Peoples and groups, who are neither a person nor a body that speaks: "70 percent of Americans say".
PEOPLES = {
    "americans", "europeans", "africans", "asians", "arabs", "britons", "brits", "germans", "russians",
    "chinese", "mexicans", "canadians", "israelis", "palestinians", "iranians", "syrians", "iraqis", "afghans",
    "ukrainians", "venezuelans", "colombians", "cubans", "koreans", "japanese", "indians", "pakistanis", "kurds",
    "latinos", "hispanics", "muslims", "christians", "jews", "catholics", "evangelicals", "democrats",
    "republicans", "conservatives", "liberals", "progressives", "millennials", "texans", "californians",
    "floridians", "iowans", "virginians", "new yorkers",
}
# Words of INSTITUTION_WORDS that are given names too, when a name opens with them: "Bill McInturff"
# is a person, "the Keystone Bill" is not.
GIVEN_NAME_HOMOGRAPHS = {"bill"}
# What a body writes, after its name: "the IMF report stated" is the IMF's.
DOCUMENT_WORDS = {"report", "statement", "study", "analysis", "survey", "poll", "memo", "paper", "website",
                  "release", "letter", "filing", "blog", "editorial"}
# Bodies a text names in full once and then as "the commission", "the department".
BODY_WORDS = {"commission", "committee", "department", "council", "board", "ministry", "agency", "bureau",
              "court", "company", "foundation", "institute", "university", "union", "organization",
              "organisation", "fund", "bank", "association", "center", "centre", "office", "administration"}
# The last word of a phrase that names an organisation speaking: "the Clinton campaign said".
GROUP_WORDS = {"campaign", "administration", "government", "committee", "office", "department", "party", "team"}

# Verbs of speaking, after or before their subject: "X said", "said X", "X pointed out".
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "asked", "asks",
    "explained", "explains", "noted", "notes", "continued", "continues", "argued", "argues", "declared",
    "declares", "stated", "states", "insisted", "insists", "recalled", "recalls", "claimed", "claims", "warned",
    "warns", "tweeted", "tweets", "posted", "replied", "replies", "responded", "responds", "answered",
    "answers", "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces", "emphasized",
    "emphasizes", "emphasised", "stressed", "stresses", "observed", "remarked", "suggested", "suggests",
    "conceded", "concedes", "complained", "complains", "joked", "jokes", "quipped", "predicted", "predicts",
    "promised", "promises", "vowed", "vows", "pledged", "pledges", "urged", "urges", "concluded", "countered",
    "counters", "maintained", "maintains", "contended", "contends", "reiterated", "repeated", "shouted",
    "yelled", "agreed", "cautioned", "charged", "boasted", "boasts", "mused", "lamented", "laments",
    "pointed out", "wondered", "demanded", "called", "calls", "described", "describes", "reported", "reports",
    "confirmed", "confirms", "denied", "testified", "chanted", "exclaimed", "whispered", "opined", "retorted",
    "cried", "thundered", "fumed", "scoffed", "snapped", "sighed", "read", "reads", "recounted", "elaborated",
    "offered", "proclaimed", "put it", "summed up", "questioned", "barked", "asserted", "asserts", "began",
    "begins", "points out", "assured", "assures", "went on", "goes on", "alleged", "alleges", "allege",
    "remembered", "remembers", "recounts", "marveled", "marvelled", "advised", "echoed", "echoes", "exhorted",
    "shot back", "fired back", "hit back", "interjected", "chimed in", "concludes", "observes",
    "quips", "cautions", "muses", "wonders", "elaborates", "proclaims", "retorts", "exclaims",
    "testifies", "denies", "agrees", "reiterates", "repeats", "reacted", "branded", "dubbed", "labeled",
    "labelled", "accused",
)
# Speech verbs that are so only right before what is said: "he went on, “…”", not "the Senate goes on recess".
CONTINUING_VERBS = ("went on", "goes on")
# The speech verbs a speaker may follow ("said Smith", "added Smith"); after the others a name is the
# one spoken to ("told Smith", "urged Ukraine").
INVERTED_SPEECH_VERBS = ("said", "says", "added", "adds", "wrote", "writes", "continued", "continues", "explained",
                         "noted", "recalled", "argued", "insisted", "replied", "responded", "answered", "declared",
                         "stated", "tweeted", "admitted", "acknowledged", "warned", "quipped", "joked", "concluded",
                         "countered", "observed", "remarked", "reported", "predicted", "cautioned", "mused",
                         "reacted")
# "X endorsed Clinton, saying, “…”": the subject of the sentence speaks.
SPEECH_PARTICIPLES = (
    "saying", "adding", "writing", "telling", "noting", "arguing", "asking", "declaring", "explaining",
    "calling", "describing", "tweeting", "insisting", "warning", "urging", "stating", "promising", "vowing",
    "claiming", "recalling", "quipping", "joking", "predicting",
)
# Words that may stand between a speaker and the speech verb: "X has also said". (So may any -ly adverb.)
AUXILIARIES = ("has", "had", "have", "would", "will", "also", "later", "then", "once", "previously", "recently",
               "again", "simply", "just", "often", "always", "sometimes", "still", "soon", "even", "never")
# Words that make the phrase before a speech verb a clause, not its subject ("what she calls").
CLAUSE_WORDS = frozenset("he she they we I that what because when if while whether".split())
# Pronouns that may speak; only he and she are resolved to a person.
PRONOUNS = ("he", "she", "they", "we", "I", "He", "She", "They", "We")

# After the subject of a sentence comes a verb or an apposition, not one of these ("the Trump
# campaign", "Clinton supporters", "Trump in Iowa").
NOT_AFTER_SUBJECT = (
    "and", "or", "of", "in", "on", "to", "for", "with", "at", "from", "by", "as", "campaign", "administration",
    "supporters", "aide", "aides", "voters", "rally", "rallies", "spokesman", "spokeswoman", "official",
    "officials", "era", "camp", "team", "allies", "fans", "backers", "critics", "staff", "adviser", "advisers",
    "family", "foundation", "presidency", "victory", "win", "nomination", "people", "delegates", "surrogates",
    "donors", "brand", "year", "years", "policy", "policies", "plan", "speech", "remark", "remarks", "comment",
    "comments", "statement", "org", "effort",
)
# Offices whose name holds an "of": "secretary of state", "minister of health".
OFFICES_OF = ("secretary", "Secretary", "minister", "Minister", "director", "Director", "chief", "head", "mayor",
              "governor", "chairman", "chairwoman", "president", "attorney")
# Lowercase words that never lead a name: "in Iowa", but "former Wisconsin Gov. Jim Doyle".
NOT_LEADING_WORDS = (
    "in", "on", "at", "to", "with", "during", "after", "before", "of", "for", "from", "about", "by", "that", "this",
    "last", "when", "while", "earlier", "later", "through", "via", "as", "and", "but", "if", "because", "it", "its",
)
# A name right after one of these, or an article, is not the subject ("In California, …").
SUBJECT_PREPOSITIONS = (
    "in", "on", "at", "to", "for", "from", "by", "with", "of", "about", "against", "than", "like", "as", "into",
    "over", "under", "after", "before", "during", "toward", "towards", "across", "through", "between", "among",
    "including", "unlike", "behind", "near", "via", "per", "the", "a", "an",
)
# A name right after one of these is the object of a verb: "Of Carson, Levine said", "a message to
# Trump:" ("according to" is the exception, and the patterns make it).
OBJECT_PREPOSITIONS = (
    "in", "on", "at", "to", "for", "from", "by", "with", "of", "about", "against", "into", "over", "under",
    "toward", "towards", "through", "between", "among", "including", "unlike", "via",
)
# "who has in the past described Trump as “…”": a time, not an unnamed speaker.
TIME_NOUNS = {"past", "time", "day", "week", "month", "year", "morning", "evening", "night", "weekend"}
# Where the role in an apposition ends: ", the senator who …", ", an adviser said".
ROLE_ENDS_BEFORE = ("who", "which", "whose", "that", "said", "says", "told", "and")

# The words a headline in title case leaves in lower case ("Urges Britain to Remain in the EU").
TITLE_CASE_SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs vs. with from into onto over".split())

# Words that may open a sentence before its subject pronoun: "But he …", "Though she …".
CLAUSE_OPENERS = ("And", "But", "So", "Yet", "Still", "Though", "Although", "While", "When", "As")
