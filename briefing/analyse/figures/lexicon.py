"""The words figure finding reads: numbers, scales, currencies, units, and words that make a number no figure.

Data only: a currency word added to CURRENCY_WORDS, or a label word to LABEL_WORDS ("lane seven"),
is read by every rule that needs it.
"""
from __future__ import annotations

from briefing.analyse.lexicon import MONTH_NAMES, WEEKDAY_NAMES

SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # "Rs 24 lakh", as Indian outlets count
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}

CURRENCY_SIGNS = {
    "US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "AU$": "AUD",
    "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
    "Rs": "INR", "Rs.": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
    "CNY": "CNY", "INR": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupiah": "IDR", "rouble": "RUB",
    "ruble": "RUB", "franc": "CHF", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "rand": "ZAR", "peso": "MXN", "naira": "NGN", "real": "BRL", "reais": "BRL",
    "ringgit": "MYR", "baht": "THB", "lira": "TRY", "shekel": "ILS", "dinar": "IQD",
    "dirham": "AED", "won": "KRW", "riyal": "SAR",
}
DOLLAR_COUNTRIES = {"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
                    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
                    "taiwan": "TWD", "zimbabwean": "ZWD"}
SUBUNITS = {"p": "GBP", "pence": "GBP", "penny": "GBP", "cent": "USD", "cents": "USD"}

# Units of measure kept in the span, mapped to the unit name recorded.
MEASURE_UNITS = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "s": "seconds", "minute": "minutes", "minutes": "minutes", "min": "minutes",
    "mins": "minutes", "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "m": "metres", "metre": "metres",
    "metres": "metres", "meter": "metres", "meters": "metres", "cm": "cm", "mm": "mm",
    "ft": "feet", "feet": "feet", "foot": "feet", "inch": "inches", "inches": "inches",
    "yard": "yards", "yards": "yards", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilo": "kg", "kilos": "kg", "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons",
    "tons": "tons", "gram": "grams", "grams": "grams", "g": "grams", "lb": "pounds",
    "lbs": "pounds", "gigabyte": "gigabytes", "gigabytes": "gigabytes", "gb": "gigabytes",
    "megabyte": "megabytes", "megabytes": "megabytes", "mb": "megabytes",
    "terabyte": "terabytes", "terabytes": "terabytes", "tb": "terabytes", "kb": "kilobytes",
    "kilobytes": "kilobytes", "mbps": "mbps", "kbps": "kbps", "gbps": "gbps", "mhz": "mhz",
    "ghz": "ghz", "w": "watts", "watt": "watts", "watts": "watts", "kw": "kilowatts",
    "kilowatt": "kilowatts", "kilowatts": "kilowatts", "mw": "megawatts", "megawatt": "megawatts",
    "megawatts": "megawatts", "gw": "gigawatts", "gigawatt": "gigawatts", "gigawatts": "gigawatts",
    "kwh": "kilowatt hours", "mwh": "megawatt hours", "gwh": "gigawatt hours",
    "megapixel": "megapixels", "megapixels": "megapixels", "pixels": "pixels",
    "mph": "mph", "kph": "kph", "km/h": "kph", "degree": "degrees", "degrees": "degrees",
    "c": "degrees", "litre": "litres", "litres": "litres", "gallon": "gallons",
    "gallons": "gallons", "barrel": "barrels", "barrels": "barrels", "acre": "acres",
    "acres": "acres", "hectare": "hectares", "hectares": "hectares", "times": "times",
    "time": "times", "fold": "times", "strong": "members", "monthly": "months",
    "weekly": "weeks", "yearly": "years",
}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
              "centuries"}
# Words that may follow a digit with no space: 'bn', '%', 'km', ... ; anything else attached
# ('3G', '4K', '21st') makes the token a name, a format or an ordinal.

# Event words after '60m' that mean metres, not millions ("the 60m hurdles").
SPORT_EVENT_WORDS = {"hurdles", "relay", "race", "final", "title", "freestyle", "backstroke",
                     "breaststroke", "butterfly", "medley", "sprint", "dash", "event", "record",
                     "heat", "heats", "gold", "silver", "bronze", "champion", "world", "run",
                     "walk", "swim", "indoor", "outdoor", "semi-final", "victory", "win", "best",
                     "man", "woman", "runner", "runners", "sprinter", "hurdler", "specialist"}  # "Scotland's 400m man"
# ... and words that, after '60m', at least rule out a counted noun ("the 60m in 6.5secs").
SPORT_WORDS = SPORT_EVENT_WORDS | {"in", "to", "at", "and"}

# Words before an integer that make it a label, not a quantity ("lane seven", "No 10").
LABEL_WORDS = {"lane", "page", "pages", "section", "clause", "article", "chapter", "no", "no.",
               "number", "platform", "room", "row", "level", "grade", "paragraph", "item",
               "line", "flight", "route", "terminal", "category", "channel", "radio",
               "version", "series", "season", "round", "group", "stage", "gate", "track",
               "bus", "highway", "junction", "tier", "division", "pot", "seed", "tp",
               "squad", "shirt", "vol", "vol.", "episode", "part", "phase", "act",
               "scene", "verse", "figure", "table", "size", "rule", "ranked", "seeded"}
# Words before a bare number that make it a title: 'the drama 24', 'the album 21'.
TITLE_WORDS = {"show", "drama", "sitcom", "programme", "film", "movie", "album", "thriller"}
# Capitalised words that may stand before a quantity without making it part of a name.
FUNCTION_WORDS = {
    "the", "a", "an", "in", "on", "at", "by", "for", "of", "to", "from", "with", "and", "but",
    "or", "only", "all", "just", "about", "some", "over", "around", "under", "up", "its",
    "his", "her", "their", "our", "my", "your", "these", "those", "another", "every", "each",
    "than", "nearly", "almost", "roughly", "after", "before", "since", "until", "during",
    "within", "between", "among", "last", "next", "it", "we", "they", "he", "she", "i", "you",
    "there", "this", "that", "as", "if", "when", "while", "so", "then", "still", "even",
    "both", "nor", "yet",
}
# Words after a pair of numbers that make it a score or odds ("a 3-1 win", "3-1 favourites").
SCORE_NOUNS = {"win", "wins", "victory", "defeat", "loss", "draw", "lead", "scoreline",
               "aggregate", "thrashing", "drubbing", "rout", "hammering", "triumph", "success",
               "reverse", "home", "away", "favourite", "favourites", "shot", "chance", "on",
               "majority", "verdict", "vote", "decision", "record"}
# Plurals without an -s: they make a pair of numbers a range of counts ("200-300 staff") and end the search for a
# counted noun ("14 million people saw Den Watts": people).
UNMARKED_PLURALS = {"people", "staff", "children", "men", "women", "police", "personnel",
                    "cattle", "sheep", "fish", "aircraft", "crew", "youth", "livestock"}
LEADING_PREPOSITIONS = {"in", "into", "for", "on", "to", "from"}
STOP_AFTER = {
    "through", "a", "an", "the", "to", "in", "of", "for", "from", "at", "on", "by", "with", "and", "or",
    "than", "per", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
    "would", "could", "can", "should", "may", "might", "this", "that", "these", "those", "last",
    "up", "down", "more", "less", "after", "before", "since", "as", "into", "over", "under",
    "which", "who", "it", "its", "their", "his", "her", "but", "so", "year", "earlier", "ago",
    "each", "apiece", "off", "out", "while", "when", "if", "compared", "against", "said",
    "says", "according", "such", "now", "already", "also", "only", "just", "behind", "ahead",
    "short", "there", "then", "between", "among", "rise", "rising", "fall", "falling",
}

# Qualifiers before a number and the approx each sets; within a value, longer phrases first.
QUALIFIERS = (
    ("more than", ("more than", "over", "above", "exceeding", "beyond", "in excess of")),
    ("less than", ("less than", "fewer than", "under", "below")),
    ("about", ("about", "around", "some", "roughly", "approximately", "an estimated", "close to", "closer to",
               "nearly about")),
    ("almost", ("almost", "nearly")),
    ("up to", ("up to", "as much as", "as many as", "a maximum of", "maximum of", "within")),
    ("at least", ("at least",)),
)
# Words that may soften a qualifier: "just over", "well under".
SOFTENERS = {"more than": ("just", "slightly", "well", "a little", "little"), "less than": ("just", "slightly", "well")}
# Names a version or model number follows: "iPhone 11", "Windows 10", "Galaxy S10" (lowercase).
PRODUCT_NAMES = {"iphone", "ipad", "windows", "galaxy", "pixel", "xbox", "playstation", "ps", "android", "ios",
                 "macos", "watchos", "office", "surface", "kindle", "switch", "boeing", "airbus", "model", "series"}

# --- what a figure measures (measure.py) ---------------------------------------------------
# Words that carry grammar, not meaning: a measure never starts or ends on one.
GRAMMAR_WORDS = frozenset("""
a an the this that these those each every some any no all both either neither such another
i me my mine we our ours you your yours he him his she her hers it its they them their theirs
who whom whose which what whatever whoever
of in on at by for with about from to into onto over under above below between among through during
before after since until till against without within along across toward towards upon via per than as despite
off out up down around near beyond behind
and or but nor so yet if because while when where whereas although though whether unless how why
is are was were be been being am has have had having do does did done will would shall should can could
may might must not there here also just very too only then now already still even ever
""".split())
# where a count holds, after what it counts: "sold seven million copies worldwide"
SCOPE_WORDS = frozenset("worldwide globally nationwide nationally abroad overseas internationally online".split())
QUANTIFIERS = frozenset("many most few several more other".split())  # "people and many observers": a new phrase
# Verbs that "up" or "down" after them make a change: "incomes go up", "readership has shot up", "edged down"
UP_DOWN_VERBS = frozenset("go come shoot edge creep tick inch move head".split())
# Verbs that "up" makes a total, not a rise: "clocked up 35.86 teraflops", "racked up 500 orders"
TOTALLING_VERBS = frozenset("clock rack notch chalk run pile build make set sign take end rake".split())
# A verb of change before a figure, and the noun that names the change ("shares fell 4%": "fall in shares").
# The measure names the quantity, the figure its size: a rise however steep ("jumped", "soared"), a fall
# however sharp ("slumped", "plunged").
# "trimmed its workforce by 200,000": the cut in its workforce (verbs by their lemma)
# "closed at 274.5 pence": the moment of the market day a price is told at, by the verb's lemma
MARKET_VERBS = {"close": "closing", "end": "closing", "finish": "closing", "open": "opening", "stand": "stand",
                "trade": "trade"}
# "finished fifth in 7.35", "won in 10.12": a bare decimal after these is a race time
FINISH_VERBS = frozenset("finish win run clock cross complete".split())
# what one is paid is one's pay ("the average woman is being paid about 80p"), what one pays a payment
PASSIVE_VERB_NOUNS = {"pay": "pay"}
CHANGING_VERBS = {"cut": "cut", "trim": "cut", "reduce": "cut", "slash": "cut", "lower": "cut", "shrink": "cut",
                  "raise": "rise", "increase": "rise", "boost": "rise", "lift": "rise", "expand": "rise",
                  "grow": "growth", "push": "rise", "delay": "delay", "postpone": "delay",
                  # phrasal verbs, the particle after the verb: "set back her rehabilitation by about two months"
                  "set back": "setback", "push back": "delay", "put back": "delay"}
# Forms the dictionary reads as nouns that are verbs straight before a sum after a noun: "the campaign cost £1.7m",
# "Hendrix guitar fetches £100,000"
SUM_VERB_FORMS = frozenset("cost costs fetch fetches".split())
# "the Tax Foundation puts the figure at $498 billion": the noun restates what the figure before measured
RESTATED_NOUNS = frozenset({"figure"})
# "the Mac mini to sell for £339", "will retail for $100": a sum after these is the price of what sells
SELLING_FORMS = frozenset("sell sells selling sold retail retails retailing retailed".split())
SUING = frozenset("sue sues sued suing".split())  # "has sued the Russian government for $28.3bn": damages sought
# "moved to Chelsea for £2.25m": a player's move, for a fee
MOVING_FORMS = frozenset("join joins joined joining move moves moved moving switch switches switched switching".split())
# a ranking itself, not what it ranks: "the top 40 album charts"
RANKINGS = frozenset("charts lists tables rankings".split())
# "Hyundai expects its sales to grow 16%", "wants rates to fall to 4%": verbs whose object is foreseen to change
EXPECTING_VERBS = frozenset("expect forecast predict project want need allow".split())
# "prices are expected to rise by 3%": what is foreseen of a change, between its subject and its verb
EXPECTING_WORDS = frozenset("expected set due likely forecast predicted projected poised going".split())
# "below market expectations of 190,000 new jobs": what was foreseen of the counted thing
FORESEEN_NOUNS = frozenset("expectations expectation forecast forecasts estimate estimates projection projections "
                           "prediction predictions target targets".split())
# a bare count the dead or the hurt make, and what it counts: "96 died" (deaths), "12 were killed" (people killed)
HARMED = {"died": "deaths", "killed": "people killed", "injured": "people injured", "wounded": "people wounded",
          "hurt": "people hurt", "arrested": "people arrested", "detained": "people detained",
          "rescued": "people rescued", "evacuated": "people evacuated"}
# nouns of a group a count sizes: "an audience of nine million people" (audience of people)
GROUPS = frozenset("""audience audiences crowd crowds workforce population staff membership army fleet turnout
attendance squad team group delegation panel""".split())
# a penalty a span of time or of games is the length of: "banned for four years" (length of ban)
PENALTY_FORMS = {"banned": "ban", "barred": "ban", "suspended": "suspension", "jailed": "jail term",
                 "imprisoned": "prison term", "sentenced": "sentence", "disqualified": "disqualification"}
PENALTY_UNITS = frozenset("games matches races tests fixtures".split())  # "banned for 10 games"
# what grows when it rises: "GDP rose by 0.7%" (growth in GDP)
ECONOMIES = frozenset("economy economies GDP GNP product output".split())
# "investment at about $40 a head": a sum for each person, no price
PER_PERSON = frozenset("head person capita child adult household".split())
RATE_WORDS = frozenset("per a each every".split())  # "$17 per child per year": a rate, not what the sum is for
CHANGE_NOUNS = {
    "rose": "rise", "rise": "rise", "rises": "rise", "risen": "rise", "rising": "rise", "up": "rise",
    "climbed": "rise", "climbs": "rise", "soared": "rise", "jumped": "rise", "jumps": "rise",
    "surged": "rise", "increased": "rise", "increases": "rise", "grew": "growth", "grown": "growth",
    "grows": "growth", "growing": "growth", "gained": "gain", "gains": "gain", "added": "gain", "higher": "rise",
    "fell": "fall", "falls": "fall", "fallen": "fall", "falling": "fall", "down": "fall", "dropped": "fall",
    "drops": "fall", "declined": "fall", "declines": "fall", "slipped": "fall", "slumped": "fall",
    "decreased": "fall", "slump": "fall", "slumps": "fall", "fall": "fall", "drop": "fall", "decrease": "fall",
    "increase": "increase", "climb": "rise", "grow": "growth",
    "plunged": "fall", "tumbled": "fall", "sank": "fall", "shed": "fall", "dip": "fall", "dips": "fall",
    "dipped": "fall", "jumping": "rise", "soaring": "rise", "climbing": "rise", "surging": "rise", "dropping": "fall",
    "slipping": "fall", "sliding": "fall", "plunging": "fall", "tumbling": "fall", "declining": "fall",
    "adding": "gain", "gaining": "gain", "shedding": "fall", "losing": "loss",  # "…, adding $1.89 to $48.62"
    "expanded": "growth", "expands": "growth", "expanding": "growth",  # "the economy expanded by 1.7%"
    "advanced": "rise", "advancing": "rise", "rallied": "rise", "surge": "rise", "jump": "rise", "soar": "rise",
    "plunge": "fall", "tumble": "fall", "slide": "fall", "sink": "fall", "decline": "fall", "eased": "fall",
    "retreated": "fall",
    "lost": "loss", "lower": "fall", "cut": "cut", "cuts": "cut", "slashed": "cut", "shrank": "fall",
    "shrunk": "fall", "sunk": "fall", "narrowed": "fall", "widened": "rise", "contracted": "contraction",
    "contracts": "contraction", "contracting": "contraction",  # "the economy contracted by 0.2%"
}
# A verb whose object is the figure, and the noun for what the figure is ("invested $10bn in": "investment in").
VERB_NOUNS = {
    "invest": "investment", "pay": "payment", "spend": "spending", "raise": "revenue", "earn": "earnings",
    "cost": "cost", "fetch": "price", "lose": "loss", "borrow": "borrowing", "owe": "debt", "donate": "donation",
    "give": "aid", "sell": "sales", "buy": "purchase", "fine": "fine", "award": "award", "charge": "charge",
    "save": "savings", "demand": "demand", "seek": "demand", "receive": "receipts", "offer": "offer",
    "bid": "bid", "lend": "loan", "loan": "loan", "pledge": "pledge", "provide": "provision", "fund": "funding",
    "support": "support", "grant": "grant", "allocate": "allocation", "budget": "budget", "sign": "signing",
    "win": "win", "claim": "claim", "owed": "debt", "produce": "production", "export": "exports",
    "import": "imports", "employ": "employees", "kill": "deaths", "injure": "injuries", "arrest": "arrests",
    "run": "run", "jump": "jump", "throw": "throw", "clear": "clearance", "clock": "time", "finish": "finish",
    "repay": "repayment", "refund": "refund", "bring": "income", "generate": "income", "attempt": "attempt",
    "pump": "investment", "inject": "injection",
}
# ... and for a sum, where the verb means money: "the film took $30.2m in its debut weekend" (takings)
MONEY_VERB_NOUNS = {"take": "takings", "gross": "takings", "make": "earnings", "rake": "takings"}  # "raked in $80m"
# changes named as nouns after a sum, which is their size, not a price: "a $697m improvement"
IMPROVEMENTS = frozenset("improvement deterioration decline boost jump surge increase".split())
# between a thing and the level it is kept at: "kept rates on hold at 4.75%", "left rates unchanged at 4.75%"
KEPT_AS_IS = ("on hold", "unchanged", "steady", "flat", "on the same level")
TIME_VERB_NOUNS = {"spend": "time spent"}  # "spend an extra 24 hours in Nairobi": time spent in Nairobi
# how the noun a verb implies takes its subject: "the tax plan would raise $1.1 trillion" (revenue from the tax
# plan), "Nortel said it had made $434m" (earnings of Nortel), "the service will cost £4" (cost of the service);
# any other, "by" (spending by the government)
SUBJECT_LINKS = {"revenue": "from", "receipts": "from", "savings": "from", "income": "from", "earnings": "of",
                 "cost": "of", "debt": "of", "price": "of"}
# between a verb and its sum, what says the sum comes on top or is a record: "will cost an extra £4 a month"
EXTRA_WORDS = frozenset("extra additional further another record".split())  # "fined a record $550,000"
# after a count and a hyphen, words that make it rough and say nothing of what it counts: "200-plus banks"
ROUGH_COUNT_WORDS = frozenset("plus odd".split())
PLURALS = {"person": "people"}  # where the dictionary's first plural is the rarer one ("persons")
# Units before a hyphen that measure the thing after rather than count what is in it: "a 302-horsepower engine"
# (power of the engine), "a 16-ounce jar" (weight of the jar)
UNIT_MEASURES = {"horsepower": "power", "watt": "power", "kilowatt": "power", "ounce": "weight", "pound": "weight",
                 "carat": "weight", "tonne": "weight", "ton": "weight", "inch": "size", "megapixel": "resolution",
                 "gallon": "volume", "litre": "volume", "liter": "volume", "foot": "length", "metre": "length",
                 "mile": "length", "yard": "length"}
# Verbs that say what a thing holds: "the sedan has 10 airbags" counts the airbags in the sedan.
HOLDING_VERBS = frozenset("have include contain feature offer with".split())
# "McClatchy reported a loss of $304.7m": whose a result is (loss reported by McClatchy)
RESULT_VERBS = frozenset("report post generate record announce book suffer incur".split())
# Verbs of trade: "bought the Yugansk unit for $9.3bn" is the price of the unit.
OWNABLE = frozenset("""company companies firm firms club group carmaker bank business project venture unit
subsidiary team airline operator shares stock""".split())
STAKE_VERBS = frozenset("own hold buy sell acquire take control".split())  # "owns 8% of Google": a stake
TRADE_VERBS = frozenset("""buy buys buying bought sell sells selling sold acquire acquires acquiring acquired purchase
purchases purchased order ordered offer offers offering offered""".split())
TRADE_NOUNS = frozenset("sale purchase acquisition".split())  # "the sale of 10 planes for $630m": their price
# Nouns that are sums of money themselves: "$280bn claim" is a claim; "a $100 laptop" is the laptop's price.
MONEY_NOUNS = frozenset("""
claim claims deal deals prize prizes budget budgets fund funds loan loans fine fines bill bills contract contracts
bid bids offer offers package packages payment payments fee fees salary salaries bonus bonuses investment
investments stake grant grants aid donation donations award awards settlement settlements surcharge surcharges
discount discounts tax taxes levy levies revenue revenues profit profits loss losses sales income earnings debt
debts cost costs spending subsidy subsidies bailout rebate refund deficit surplus turnover valuation value price
prices rent rents wage wages pension pensions reserve reserves cash money funding capital dividend dividends
compensation damages penalty penalties tariff tariffs charge charges credit credits savings pay
payout payouts payoff payoffs windfall windfalls contribution contributions scholarship scholarships cheque cheques
case cases lawsuit lawsuits suit suits bond bonds bail lifeline lifelines rescue ransom
buyout buyouts takeover takeovers reward rewards worth shortfall shortfalls hole fraud frauds scandal writedown
writedowns write-off write-offs write-down write-downs hit dent limit limits cap caps ceiling ceilings threshold
thresholds mark barrier milestone
""".split())
# Words that soften a figure without saying what it is: "growth of just 0.2%", "up only 2%"
HEDGES = frozenset("just only nearly almost roughly approximately barely merely about around some".split())
# the last word of the verbs that put their subject at a figure: "the rate stayed at 5.4%", "revenues were expected
# to fall to $14.1bn", "growth is projected to be 2%", "turnover is expected to reach £4bn"
LEVEL_LINKS = frozenset("at to be reach hit touched".split())
LEVEL_VERBS = frozenset("be reach hit touched".split())  # ... that are verbs themselves ("sales to reach 300bn yen")
# Words between a noun and its figure that say the figure is its amount ("a loan of $900m", "debt stood at").
VALUE_LINKS = frozenset("worth valued".split())  # "Pernod, worth 7.5bn euros": the value of Pernod
AMOUNT_LINKS = frozenset("of at worth was were is are stood totalled totaled totalling totaling valued reached hit "
                         "amounted be been averaged averaging measuring measured".split())
# Words the measure's grammar reads: before a verb ("would raise", "to support"), of time ("last year"),
# opening a clause ("who have left"), of the passive ("were killed"), and determiners.
# Read as verbs though the dictionary has them as nouns too: "which saw sales increase 350%", "70% of Americans say"
VERBS_FIRST = frozenset("saw say says make makes".split())
BEFORE_VERBS = frozenset("to will would can could may might must should shall did does do have has had".split())
TIME_NOUNS = frozenset("time times year years decade decades month months week weeks day days quarter hour hours"
                       .split())
# "a nine month sentence": a count before one of these and a noun is how long the noun lasts
SINGLE_TIME_UNITS = frozenset("second minute hour day week month year decade".split())
# "a five-year low": the period since a level so low
EXTREMES = frozenset("high highs low lows".split())
RECORD_WORDS = frozenset("high highs low lows record records best worst".split())  # "a near 30 year low"
WEEKDAYS = frozenset(WEEKDAY_NAMES)  # "30 Boeing jets Wednesday": a day ends a noun group, it says when
WHEN_WORDS = frozenset(MONTH_NAMES) | WEEKDAYS | frozenset(
    "last next this past coming previous weekend morning evening night".split())
# "four straight years", "was last trading": words that only say when or for how long
TIME_ADJECTIVES = frozenset("straight consecutive successive past next previous last".split())
# words that end a span of time: "the year to March", "the six months ending 31 December"
PERIOD_ENDS = frozenset("to ending ended through until".split())
# a time of the market day: "in morning trading", "in early trade", "in after-hours dealing"
SESSION_WORDS = frozenset("trading trade dealing dealings early late afternoon midday lunchtime after-hours".split())
FISCAL_WORDS = frozenset("current fiscal financial calendar tax".split())  # "the current fiscal year": a time
# ordinals are adjectives before a noun, whatever else the dictionary has them as ("the fiscal third quarter")
ORDINAL_WORDS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth
    fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth""".split())
# A place in a chart, which a sum after "with" is the takings of: "came third with $7.6m", "opened at number two
# with $30.5m", "slipped to second place with $17m" (ordinal words and "2nd" count too)
PLACING_WORDS = frozenset("number place position spot".split())
PART_ORDINALS = frozenset("first second third fourth final last".split())  # "the first half", "the final quarter"
RELATIVES = frozenset("who that which whose".split())
# the first words of an aside between commas that a figure's clause is read past: "shares in SSL, which also makes
# Scholl footwear, up more than 6%"; "Sales, including vans and utility vehicles, rose by 17.8%"; "The average
# benefit, it says, would be $300"
ASIDE_OPENERS = ("which", "who", "whose", "its", "their", "his", "her", "including", "excluding", "such as",
                 "notably", "particularly", "especially", "mainly", "mostly", "it says", "it said", "he says",
                 "he said", "she says", "she said", "they say", "they said")
# an adverb set off by commas between a subject and its verb: "The current account deficit, meanwhile, hit a record
# $166bn" (not "Often in friendlies, though, a manager will play …", which opens a clause of its own)
ADVERB_ASIDES = ("meanwhile", "however", "though", "too", "also", "in turn", "for example", "for instance",
                 "in contrast", "by contrast", "by comparison", "in comparison", "instead", "for its part",
                 "on an annualised basis", "on an annual basis", "in real terms", "at current prices",
                 "adjusted for inflation", "adjusted for the time of year", "seasonally adjusted")
# "legal reserves, which it previously set at $500m": the subject of a clause that says what a thing was put at
SUBJECT_PRONOUNS = frozenset("it they he she we i you".split())
# "…, which goes as high as 39.6 percent", "…, which stands at £2bn": the level of the thing before "which"
REACH_VERBS = frozenset("go reach stand run top peak total amount".split())
REACH_LINKS = frozenset("as high low much up to at about around nearly almost".split())
# "it was 13 weeks", "increased this from £6": pronouns that may stand for what a figure measures
STANDING_PRONOUNS = frozenset("it this".split())
# what a thing does of itself, between "it" and its figure: "it was", "it has risen to", "it stayed at"
STANDING_VERBS = frozenset("be stay remain stand reach hit rise fall climb drop grow increase decrease".split())
TOLD_PRONOUNS = frozenset("it they he she".split())  # "the time since it closed"; not "I", "we", "you" of a quote
# "19% less than men": the gap between two things; "four to five times more expensive": a comparison, no thing
INTENSIFIERS = frozenset("very really so too extremely highly".split())  # "two very fine saves": fine saves
VERB_ADVERBS = frozenset("now also still already then soon just yet".split())  # "could now be returned"
COMPARATIVES = frozenset("more less fewer higher lower bigger smaller larger greater cheaper dearer".split())
DASHES = ("-", "–", "—")  # "BA's estimated annual surcharge revenues - £160m - will …": the figure renames the phrase
PASSIVE = frozenset("is are was were been being be".split())
MODALS = frozenset("will would can could may might must should shall".split())
AUXILIARIES = PASSIVE | MODALS | {"have", "has", "had"}  # the verbs a clause's verb may lean on: "has been raised"
# "are thought to", "were understood to be": what is said of them, not done to them
HEARSAY_VERBS = frozenset("think believe understand say report expect estimate know consider fear reckon allege "
                          "suspect see feel hope rumour rumor".split())
NEGATIONS = frozenset("not never yet no".split())  # "cases have yet to be processed": not done
# "the two parties are worried": a passive that tells how they feel, not what was done to them
FEELING_VERBS = frozenset("worry concern interest please delight disappoint surprise shock".split())
PARTICLES = frozenset("up down out off back away over aside".split())  # "set up", "laid off", "set aside"
# A noun phrase before a figure belongs to the one before these: "shares in Ask Jeeves", "turnover for the quarter"
OWNER_PREPOSITIONS = frozenset("in of for at among from".split())
# participles that describe the noun after them wherever they stand: "index of leading shares", "in developing
# countries" (not "the cost of fixing roads", where the verb takes an object)
DESCRIBING_PARTICIPLES = frozenset("""leading rising falling growing emerging developing existing remaining
ruling""".split())
# nouns a "to" phrase belongs to, as "of" phrases belong to any: "exports to China", "aid to Colombia"
TO_NOUNS = frozenset("""export exports sales shipments aid loan loans visitors visits flights payments donations
transfers subsidies contributions remittances access threat""".split())
DETERMINERS = frozenset("the a an this that these those its their his her our my your every each".split())
POSSESSIVES = frozenset("its their his her our my your".split())  # "his favoured 400m": his race
# A distance followed by one of these names a race ("the Olympic 100m title", "60m hurdles champion")
RACE_TITLES = frozenset("title titles champion champions crown medal medallist medalist record hurdles final "
                        "gold silver bronze".split())
DISTANCE_UNITS = frozenset("metres km miles".split())
# "80 kilometres north of Lima", "five metres in from the touchline"
DIRECTIONS = frozenset("north south east west away from in out".split())
# Nouns that only hold a figure: "a total of 965,000 tonnes of food aid" measures the food aid.
HOLDER_NOUNS = frozenset("total number amount sum figure count tally maximum minimum average estimate".split())
# after "with", "still" or "is" and a time or distance, words that say it is what is left of a game, a race or a
# time: "with seven minutes remaining", "with 500m to go", "there are still four years to go"
LEFT_WORDS = ("to go", "to play", "remaining", "left")
# Spans of time a duration can be: "for at least 72 hours", "four years after the Dome closed" (not race times).
DURATION_UNITS = frozenset("minutes hours days weeks months years decades".split())
# "extend the ban to five years", "cut the sentence from six years to four": a period is made longer or shorter
LENGTH_VERBS = frozenset("extend lengthen prolong stretch cut shorten reduce increase raise double halve limit cap"
                         .split())
PERIOD_PREPOSITIONS = frozenset("to from beyond until into".split())
# "for the past three years", "over the next 20 years", "throughout the last three years": a span of time
SPAN_PREPOSITIONS = frozenset("for in within over during throughout".split())
SPAN_OPENERS = frozenset("past last next first coming".split())  # "over the past (50 years)": no part of a measure
PERIOD_NOUNS = frozenset("period term length duration time".split())
MOMENT_NOUNS = frozenset("end start beginning middle close turn".split())  # "by the end of 2004": when, not what
# Verbs that take the one paid or charged before the sum: "cost taxpayers £28.7m", "gave Colombia $5m".
# what a sum before it pays for is undertaken, not bought: "the $200,000 project" costs that
UNDERTAKINGS = frozenset("""
project projects scheme schemes programme programmes program programs plan plans musical musicals film films
production productions redevelopment refurbishment renovation building stadium bridge campaign study upgrade
expansion extension system systems schedule schedules pipeline pipelines factory factories plant plants network
networks facility facilities centre centres hospital hospitals road roads railway railways airport airports overhaul
""".split())
# ... and what a sum before these is: "a $160bn telecoms giant", "a $240m agreement" (value of)
VALUED_NOUNS = frozenset("""agreement agreements merger mergers acquisition acquisitions company companies firm firms
giant giants business businesses market markets industry industries empire chain""".split())
TWO_OBJECT_VERBS = frozenset("cost give pay owe lend award grant fine".split())
# "would save the country £119m": savings to the country (read as "cost taxpayers £28.7m" is)
SUM_TO_VERBS = TWO_OBJECT_VERBS | {"save"}
