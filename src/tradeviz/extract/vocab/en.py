"""English word tables: data only, each entry with its value. Forms are lower-case (matched on lower-cased,
normalised text); a cue or word pattern is a regex fragment, where `\\w*` stands for "any further letters".

The tables of every language have the same names; `vocab` joins them, so a gap in one language shows as a
shorter table here.
"""

from __future__ import annotations

QUALIFIER_WORDS: dict[str, str] = {
    "exceed": ">",
    "surpass": ">",
    "top": ">",
    "about": "~",
    "around": "~",
    "almost": "~",
    "nearly": "~",
    "approximately": "~",
    "approx.": "~",
    "roughly": "~",
    "some": "~",
    "close to": "~",
    "an estimated": "~",
    "over": ">",
    "more than": ">",
    "above": ">",
    "in excess of": ">",
    "upwards of": ">",
    "exceeded": ">",
    "exceeding": ">",
    "exceeds": ">",
    "surpassed": ">",
    "topped": ">",
    "tops": ">",
    "topping": ">",
    "surpassing": ">",
    "surpasses": ">",
    "crossed": ">",
    "crossing": ">",
    "crosses": ">",
    "passed": ">",
    "less than": "<",
    "under": "<",
    "below": "<",
    "fewer than": "<",
}

# Trade words that name no figure: a ministry, a mission, a war, a bank. They hide the trade word inside.
NEUTRAL_CUES: tuple[str, ...] = (
    r"ministry\s+of\s+trade(?:\s+and\s+integration)?",
    r"(?:trade|commerce)\s+minist\w*",
    r"minist\w*\s+of\s+(?:trade|commerce)",
    r"trade\s+(?:representative|mission|office|fair|show|house|center|centre|zone|hub|route|corridor)\w*",
    r"world\s+trade\s+organi[sz]ation",
    r"chambers?\s+of\s+commerce",
    r"export-import\s+bank\w*",
    r"exim\s*bank\w*",
    r"import\s+substitution",
    r"trade\s+war\w*",
    r"trade\s+and\s+economic",
    # an institution named after foreign trade: "Japan External Trade Organization", "Ministry of Economy
    # and Foreign Trade", "Bureau of Foreign Trade" (a source, not a country's total)
    r"(?:organi[sz]ation|ministry|bureau|department|council|agency|office|board|committee|administration"
    r"|institute|cent(?:er|re)|association)\s+(?:of|for)\s+(?:\w+\s+(?:and\s+)?)?"
    r"(?:foreign|external)\s+trade",
    r"(?:foreign|external)\s+trade\s+(?:organi[sz]ation|ministry|minister|bureau|department|council|agency"
    r"|office|board|committee|university|institute|bank|association)",
)

TURNOVER_CUES: tuple[str, ...] = (
    r"trade\s+turnover",
    r"trade\s+volumes?",
    r"volumes?\s+of\s+(?:bilateral\s+|mutual\s+)?trade",
    r"(?:bilateral|mutual|two-way)\s+trade",
    "turnover",
    "trade",
    "traded",  # "goods worth 268.3 billion euros were traded between Germany and China"
    r"(?:two-sided\s+)?exchange\s+volume",
    r"trad(?:e|ing)\s+partners?",  # "among Lithuania's trading partners, Poland came first with $9.1 billion"
    "commerce",
)

EXPORT_CUES: tuple[str, ...] = (
    r"outbound\s+shipments?",
    r"sales\s+to",  # "Sales to Germany reached $16.1 billion": exports to it
    r"shipp(?:ed|ing)(?=\s+(?:us|a|r|hk)?\$|\s+\d)",  # "India shipped $3.5 billion worth of goods to Russia"
    "exports?",
    "exported",
    "shipments?",
)

IMPORT_CUES: tuple[str, ...] = (
    r"inbound\s+shipments?",  # "India's inbound shipments are estimated at $97.1 billion"
    "imports?",
    "imported",
)

INVESTMENT_CUES: tuple[str, ...] = (
    r"investment\s+projects?",
    "investments?",
    "invested",
    "fdi",
)

# A country's trade with everyone: bilateral only when two countries are named in the sentence.
FOREIGN_TRADE_CUES: tuple[str, ...] = (
    r"foreign\s+trade(?:\s+turnover)?",
    r"external\s+trade",
    r"total\s+trade",
    r"overall\s+trade",
    r"global\s+trade",
    r"world\s+trade",
    r"(?:total\s+)?imports?\s+and\s+exports?",  # a country's imports and exports: its foreign trade
    r"(?:total\s+)?exports?\s+and\s+imports?",
)

# Words that claim the amount for something that is not a bilateral trade figure.
BLOCKER_CUES: tuple[str, ...] = (
    r"(?:trade\s+)?(?:surplus|deficit|balance)(?:\s+of\s+trade)?",
    "difference",
    r"discrepanc\w*",
    "gap",
    "capital",
    "deposits?",
    "accounts?",
    "gdp",
    r"gross\s+domestic\s+product",
    r"budget\w*",
    r"retail(?:\s+sales)?",
    "e-commerce",
    "loans?",
    r"credit\s+lines?",
    "agreements?",
    "deals?",
    "contracts?",
    r"memorand\w*",
    "projects?",
    "revenues?",
    "profits?",
    "taxe?s?",
    r"salar\w*",
    "reserves?",
    "debts?",
    "grants?",
    "fund",
    "output",
    "production",
    r"sales(?!\s+to\b)",  # not "Sales to Germany reached": exports
)

# "этот показатель", "this figure": the metric named in the sentence before.
ANAPHOR_CUES: tuple[str, ...] = (
    r"(?:this|the|that)\s+(?:figure|indicator|number)",
    r"\bit\b",
)

# Sectors: trade in one kind of goods is not the bilateral total.
SECTOR_WORDS: tuple[str, ...] = (
    r"apparel",
    r"textiles?",
    r"garments?",
    r"clothing",
    r"cars?",
    r"vehicles?",
    r"auto(?:mobile)?s?",
    r"machinery",
    r"equipment",
    r"electronics?",
    r"chemicals?",
    r"fertili[sz]ers?",
    r"steel",
    r"alumini?um",
    r"cotton",
    r"fruits?",
    r"vegetables?",
    r"seafood",
    r"fish",
    r"timber",
    r"soybeans?",
    r"iron\s+ore",
    r"beef",
    r"petroleum",
    r"lng",
    "dairy",
    r"pharma\w*",
    "crude",
    r"agricultur\w*",
    "agri-?food",
    r"agri\w*",
    "food",
    "oil",
    "gas",
    "grain",
    "wheat",
    "meat",
    "coal",
    "uranium",
    "copper",
    "metals?",
    "services",
    "energy",
)

# Goals: what leaders and plans aim at.
GOAL_CUES: tuple[str, ...] = (
    # "the target is $35 billion": the goal's, not the "is" of a reported figure
    r"(?:targets?|goals?|aims?|objectives?)\s+(?:is|was|of|at|will\s+be)",
    "targets?",
    "tasks?",
    "objectives?",
    "towards",
    "increasing",
    "boosting",
    "raising",
    "bringing",
    "doubling",
    "expanding",
    "targeted",
    "targeting",
    "goals?",
    "aims?",
    "aimed",
    "aiming",
    "plans?",
    "planned",
    "planning",
    "intends?",
    "intention",
    "seeks?",
    "seeking",
    "ambitions?",
    r"to\s+(?:reach|exceed|hit|boost|raise|increase|bring|double|triple|grow|expand|lift)",
)

# Forecasts: what a figure is expected or likely to be (targets too, by the practice set's convention).
FORECAST_CUES: tuple[str, ...] = (
    r"(?:is|are)\s+estimated",  # "For this year, shipments are estimated at $97.1 billion": a forecast
    "expects?",
    "expected",
    "forecasts?",
    "forecasted",
    "projected",
    "projections?",
    r"could\s+(?:reach|exceed|hit|top|grow)",
    r"would\s+(?:reach|exceed|hit|top|grow)",
    r"will\s+(?:reach|exceed|hit|top|grow)",
    r"likely\s+to",
)

# Past tense of reporting verbs: the nearest verb before the amount decides actual over target.
ACTUAL_CUES: tuple[str, ...] = (
    r"up\s+from",  # "aims at $130 billion by 2028, up from $69.2 billion in 2020": the level now
    r"down\s+from",
    r"compared\s+(?:with|to)",
    r"(?:as\s+)?against",
    "amounted",
    "reached",
    "totall?ed",
    "totall?ing",
    "stood",
    "was",
    "were",
    "rose",
    "grew",
    "increased",
    "jumped",
    "climbed",
    "surged",
    "fell",
    "declined",
    "dropped",
    "decreased",
    "exceeded",
    "surpassed",
    "topped",
    "hit",
    "is",
    "are",
)

# Aspirations voiced in the past and never made targets: not facts.
PAST_ASPIRATION_CUES: tuple[str, ...] = (
    "dreamed",
    "dreamt",
    "dreaming",
    "hoped",
)

# Verbs of change: "на 2 млрд" / "by $2 billion" after one of these is a difference, not a level.
CHANGE_VERBS: tuple[str, ...] = (
    r"lift\w*",  # "the agreement will lift bilateral trade by £19.8 billion": the gain, not a level
    r"boost\w*",
    r"rais\w*",
    r"add\w*",
    r"increas\w*",
    "rose",
    "rise",
    "rising",
    "grew",
    r"grow\w*",
    r"jump\w*",
    r"climb\w*",
    r"surg\w*",
    r"gain\w*",
    "fell",
    r"fall\w*",
    r"declin\w*",
    r"drop\w*",
    r"decreas\w*",
    r"shr[ai]nk\w*",
    "up",
    "down",
    "more",
    "less",
)

GROWTH_UP_WORDS: tuple[str, ...] = (
    "rose",
    "risen",
    r"rises?",  # a headline's present: "trade with Russia rises 20% to $40.5 bln"
    "rising",
    "grew",
    "grown",
    r"grows?",
    "growing",
    "growth",
    r"increas\w*",
    r"jump\w*",
    r"climb\w*",
    r"surg\w*",
    r"gain\w*",
    r"soar\w*",
    r"expand\w*",
    r"rebound\w*",
    "up",
    "higher",
    "more",
)

GROWTH_DOWN_WORDS: tuple[str, ...] = (
    "fell",
    "fallen",
    r"falls?",
    "falling",
    r"declin\w*",
    r"drop\w*",
    r"decreas\w*",
    r"shr[ai]nk\w*",
    r"contract\w*",
    r"dip(?:s|ped)?",  # not "diplomatic"
    r"slipp?\w*",
    r"slump\w*",
    r"plung\w*",
    r"plummet\w*",
    r"tumbl\w*",
    "sank",
    "slid",
    "down",
    "lower",
    "less",
    r"negative\s+growth",  # "showing negative growth of 19.31 percent"
)

# --- clauses: what joins two parallel statements, and what compares a figure with another ---------------
# "Exports totaled $1.2 billion, while imports reached $3.4 billion during this period": the time said once
# at the end is both clauses'.
CLAUSE_JOINERS: tuple[str, ...] = ("while", "whereas", "but")  # a time after one is the next clause's
LIST_JOINERS: tuple[str, ...] = ("and",)  # join parallel clauses too, but also the parts of one time
# "... $59.2 million against $71.1 million last year": the time after such a word is the compared figure's.
COMPARING_WORDS: tuple[str, ...] = (
    "against",
    r"compared\s+(?:with|to)",
    r"in\s+comparison\s+(?:with|to)",
    "versus",
    # "9% lower than in 2022 ($1.76 billion)"; not "more than $84 million", a qualifier
    r"(?:more|less|higher|lower)\s+than\s+(?:in|during|for|the|a|last)",
)
# Right before an amount, it is the old level of a change: "from last year's figure of $1.82 billion".
BASE_BEFORE: tuple[str, ...] = (r"from(?:\s+[\w'’]+){0,3}\s+of",)  # "from $" itself: nonfacts.FROM_BEFORE

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept?": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}

# Several countries at once: trade "with Central Asia" or "with European countries" is not bilateral.
GROUP_CUES: tuple[str, ...] = (
    r"(?:other\s+)?members?(?:\s+(?:states|countries))?",
    r"member\s+(?:states|countries)",
    r"central\s+asia\w*(?!\s+(?:country|nation|republic|state|partner)\b)",
    "eaeu",
    r"eurasian\s+economic\s+union",
    "asean",
    "brics",
    r"(?<!(?:two|both|our|the\s+two|the|eu|european\s+union)\s+)countries",  # "EU countries": the EU
    r"rest\s+of\s+the\s+world",
    "africa",
    r"latin\s+america",
    r"middle\s+east",
    r"europe\b",
    r"asia\b",
)

# Words that make a sentence with one named country still about two countries.
BILATERAL_MARKERS: tuple[str, ...] = (
    "bilateral",
    "mutual",
    "two-way",
    "between",
    r"(?:two|both|our)\s+countries",
    "joint",
)

# Prepositions that mark a country as the partner: "с Китаем", "в Китай", "из Китая", "with China".
PARTNER_PREPOSITIONS: tuple[str, ...] = (
    "with",
    "to",
    "from",
    "and",
    "between",
    "into",
)

# Numbers written as words before a scale word ("почти три миллиарда", "two billion"): each word's
# value; words in a row add up ("двадцать пять", "two hundred fifty").
AMOUNT_WORDS: dict[str, str] = {
    "one": "1",
    "a": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "one hundred": "100",
    "a hundred": "100",
    "two hundred": "200",
    "three hundred": "300",
    "four hundred": "400",
    "five hundred": "500",
    "half a": "0.5",
}

# --- direction: who sells, who buys, who invests where ------------------------------------------------------
# Words right before a country that make it where goods or money come from: "imports from China".
SOURCE_BEFORE: tuple[str, ...] = ("from",)
# ... or where they go: "exports to China", "invested in Kazakhstan", "shipped into Russia".
DESTINATION_BEFORE: tuple[str, ...] = (
    "to",
    "into",
    "in",
    r"in\s+the\s+economy\s+of",
    r"to\s+the\s+markets?\s+of",
)
# Verbs after a country that make it the seller or investor ("Kazakhstan shipped", "Turkey invested")...
SELLER_VERBS: tuple[str, ...] = (
    r"export(?:ed|s|ing)",
    r"shipp(?:ed|ing)",
    r"ships",
    r"sold",
    r"supplied",
    r"invest(?:ed|s)",
    r"sells?",
)
# ... or the buyer ("India bought Russian goods worth $7.2 billion").
BUYER_VERBS: tuple[str, ...] = (r"bought", r"buys", r"purchased", r"imported")
# Goods named by where they come from: "imports of Russian goods", "Chinese products".
GOODS_WORDS: tuple[str, ...] = (r"goods", r"products?", r"produce", r"commodities")

# A line that is only one of these starts the page's trailing lists of other news: everything after goes.
CLUTTER_HEADINGS: tuple[str, ...] = (
    "recent posts",
    "related posts",
    "related news",
    "related articles",
    "related stories",
    "read also",
    "read more",
    "also read",
    "more news",
    "more stories",
    "latest news",
    "latest",
    "popular",
    "popular posts",
    "most read",
    "most popular",
    "trending",
    "you may also like",
    "recommended",
    "top stories",
    "comments",
    "most viewed",
    "most visited",
    "related coverage",
    "related",
    "see also",
    "more on this",
    "more on this topic",
    "editor's picks",
    "editors' picks",
    "top news",
    "you might also like",
    "more news from",
)

# A line that starts with one of these is a link or a plug, not the article.
CLUTTER_LINE_STARTS: tuple[str, ...] = (
    "read also",
    "read more",
    "also read",
    "see also",
    "subscribe",
    "follow us",
    "telegram",
    "photo:",
    "tags:",
)

SCALE_WORDS: dict[str, str] = {  # form -> unit (see tradeviz.units)
    "thousand": "thousand",
    "million": "million",
    "millions": "million",
    "mln": "mln",
    "mn": "mn",
    "billion": "billion",
    "billions": "billion",
    "bn": "bn",
    "bln": "bln",
    "trillion": "trillion",
    "tn": "tn",
    "trn": "trn",
}

# Written after the amount: "41 млрд долларов США", "$41 billion" has no suffix, "41 bn USD".
CURRENCY_AFTER: dict[str, str] = {
    "russian rubles": "RUB",
    "russian roubles": "RUB",
    "belarusian rubles": "BYN",
    "tenges": "KZT",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "yuan renminbi": "CNY",
    "renminbi": "CNY",
    "swiss francs": "CHF",
    "riyals": "SAR",
    "saudi riyals": "SAR",
    "dirhams": "AED",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "dong": "VND",
    "lari": "GEL",
    "drams": "AMD",
    "manats": "AZN",
    "hryvnias": "UAH",
    "reais": "BRL",
    "rand": "ZAR",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "kyrgyz soms": "KGS",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "yuan": "CNY",
    "tenge": "KZT",
    "rubles": "RUB",
    "roubles": "RUB",
    "euros": "EUR",
    "euro": "EUR",
    "soums": "UZS",
    "soum": "UZS",
    "soms": "KGS",
    "somoni": "TJS",
    "lira": "TRY",
    "liras": "TRY",
    "pounds": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "rupees": "INR",
    "rials": "IRR",
}

# Single letters count as scales only when glued to the number: "$41m", "$4.5b".
GLUED_SCALE_WORDS: dict[str, str] = {
    "m": "m",
    "b": "b",
    "k": "k",
}
