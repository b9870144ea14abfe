"""Kazakh word tables (Cyrillic script): data only, each entry with its value. Forms are lower-case; Kazakh
adds its endings to the word ("долларға", "Қытаймен"), so most forms are stems (`\\w*`) or list the endings.
Kazakh puts the verb last: what an amount is aimed at or how it changed often comes after it
(`GOAL_AFTER`, `QUALIFIER_AFTER`).

The tables have the names of `ru` and `en`; `vocab` joins them. Tables only Kazakh needs say why.
"""

from __future__ import annotations

_DOLLAR_ENDINGS = ("", "ы", "ды", "ға", "дан", "лық", "ына", "ын", "ынан", "дың")

SCALE_WORDS: dict[str, str] = {  # form -> unit (see tradeviz.units)
    "мың": "тыс",
    "миллиондық": "млн",
    "миллиардтық": "млрд",
    "миллионға": "млн",
    "миллиардқа": "млрд",
    "триллионға": "трлн",
    "миллионнан": "млн",
    "миллиардтан": "млрд",
}

CURRENCY_AFTER: dict[str, str] = {
    **{f"доллар{ending}": "USD" for ending in _DOLLAR_ENDINGS},
    **{f"ақш доллар{ending}": "USD" for ending in _DOLLAR_ENDINGS},
    **{f"теңге{ending}": "KZT" for ending in ("", "ге", "ні", "ден", "лік", "нің")},
    **{f"еуро{ending}": "EUR" for ending in ("", "ға", "дан", "лық")},
    **{f"рубль{ending}": "RUB" for ending in ("", "ге", "ден", "дік")},
    **{f"юань{ending}": "CNY" for ending in ("", "ға", "нан", "дық")},
}

QUALIFIER_WORDS: dict[str, str] = {"шамамен": "~", "шамасы": "~", "жуық": "~"}
# Written after the amount: "17 млрд доллардан асқан" (exceeded), "1,5 млрд доллардан астам", "жуығы".
QUALIFIER_AFTER: dict[str, str] = {
    r"ас(?:ты|қан|ады|атын|ып|са)": ">",
    "астам": ">",
    "артық": ">",
    r"жуы(?:қ|ғы)": "~",
    "шамасында": "~",
    "кем": "<",
}

NEUTRAL_CUES: tuple[str, ...] = (
    r"сауда\s+және\s+интеграция\s+министрлі\w*",
    r"сауда\s+министрлі\w*",
    r"сауда\s+серіктес\w*",
    r"сауда\s+алаң\w*",
    r"сауда-экономикалық",
)

TURNOVER_CUES: tuple[str, ...] = (
    r"тауар\s+айналым\w*",
    r"сауда\s+айналым\w*",
    r"өзара\s+сауда\w*",
    r"сауда-саттық(?:\s+көлем\w*)?",
    r"сауда\s+көлем\w*",
    r"импорт-экспорт\s+көлем\w*",
    "сауда",
    "саудасы",
)

EXPORT_CUES: tuple[str, ...] = (r"экспортта\w*", r"тауар\s+тасымал\w*")
IMPORT_CUES: tuple[str, ...] = (r"импортта\w*",)
# "экономикамызға 1,45 миллиард доллар құйды": the verb after the amount names it.
INVESTMENT_CUES: tuple[str, ...] = (r"инвестиция\w*", r"құйд\w*", r"құйған")

FOREIGN_TRADE_CUES: tuple[str, ...] = (r"сыртқы\s+сауда\w*", r"сыртқы\s+тауар\s+айналым\w*")

BLOCKER_CUES: tuple[str, ...] = (
    r"дефицит\w*",
    r"профицит\w*",
    r"сальдо\w*",
    r"жоба\w*",
    r"несие\w*",
    r"бюджет\w*",
    r"жалақ\w*",
    r"негізгі\s+капитал\w*",
    r"құны",
    r"жалпы\s+өнім\w*",
    r"жіө",
)

ANAPHOR_CUES: tuple[str, ...] = (r"(?:осы|бұл)\s+көрсеткіш\w*",)

SECTOR_WORDS: tuple[str, ...] = (
    r"агроөнеркәсіп\s+өнім\w*",
    r"ауыл\s+шаруашылығы\s+өнім\w*",
    r"агроөнеркәсіп\w*",
    r"ауыл\s+шаруашылығы",
    r"астық\w*",
    r"бидай\w*",
    r"мұнай\w*",
    r"газ\w*",
    r"металл\w*",
    r"көмір\w*",
    r"уран\w*",
    r"азық-түлік\w*",
)

GOAL_CUES: tuple[str, ...] = (r"мақсат\w*", r"жоспар\w*")
FORECAST_CUES: tuple[str, ...] = (r"болжам\w*", r"күтіл\w*")
ACTUAL_CUES: tuple[str, ...] = ()

# A target named after its amount: "7,5 миллиард долларға дейін жеткізуді көздеп отырмыз", "... жеткізуге
# болады" (can be brought to), "мақсат".
GOAL_AFTER: tuple[str, ...] = (r"жеткіз\w*", r"көзде\w*", r"мақсат\w*", r"жоспарла\w*")

GROWTH_UP_WORDS: tuple[str, ...] = (
    r"өс\w*",
    r"арт(?:ты|ып|қан|уы|ады)",
    r"ұлғай\w*",
    r"көбей\w*",
    "көп",
    "жоғары",
)
GROWTH_DOWN_WORDS: tuple[str, ...] = (r"төменде\w*", r"азай\w*", r"қысқар\w*", r"кеміді", "аз", "төмен")

MONTHS: dict[str, int] = {
    "қаңтар": 1,
    "ақпан": 2,
    "наурыз": 3,
    "сәуір": 4,
    "мамыр": 5,
    "маусым": 6,
    "шілде": 7,
    "тамыз": 8,
    "қыркүйек": 9,
    "қазан": 10,
    "қараша": 11,
    "желтоқсан": 12,
}

# Counts of months in words: "алты айда", "тоғыз айда".
NUMBER_WORDS: dict[str, int] = {
    "екі": 2,
    "үш": 3,
    "төрт": 4,
    "бес": 5,
    "алты": 6,
    "жеті": 7,
    "сегіз": 8,
    "тоғыз": 9,
}

_UNITS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9}
_TENS = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80}
# Numbers written as words before a scale word: "бір миллиард", "жеті жүз миллион" (700 million).
AMOUNT_WORDS: dict[str, str] = {
    **{word: str(value) for word, value in _UNITS.items()},
    **{word: str(value) for word, value in _TENS.items()},
    "тоқсан": "90",
    "жүз": "100",
    **{f"{word} жүз": str(value * 100) for word, value in _UNITS.items()},
}

GROUP_CUES: tuple[str, ...] = (
    r"орталық\s+азия\w*",
    "еаэо",
    r"еуразиялық\s+экономикалық\s+одақ\w*",
    "тмд",
    "шұө",
    r"елдер\w*",
    r"әлем\w*",
)

BILATERAL_MARKERS: tuple[str, ...] = (
    "өзара",
    "екіжақты",
    r"екі\s+жақты",
    r"екі\s+ел\w*",
    r"қос\s+ел",
    r"арадағы",
    r"арасында\w*",
    r"мемлекетаралық",
)
PARTNER_PREPOSITIONS: tuple[str, ...] = ()

# Case endings of a country's name: "Қытаймен" (with: the partner), "Грузиядан" (from), "Әзербайжанға" (to).
PARTNER_ENDINGS: tuple[str, ...] = ("мен", "бен", "пен")
SOURCE_ENDINGS: tuple[str, ...] = ("нан", "нен", "дан", "ден", "тан", "тен")
DESTINATION_ENDINGS: tuple[str, ...] = ("ға", "ге", "қа", "ке")
# ... or in the word after it: "Қазақстан экономикасына" (into Kazakhstan's economy), "Қытай нарығына".
DESTINATION_AFTER: tuple[str, ...] = (r"экономика(?:сы|мыз)?на", r"нарығына")

CLUTTER_HEADINGS: tuple[str, ...] = ("тағы оқыңыз", "ұқсас жаңалықтар", "соңғы жаңалықтар")
CLUTTER_LINE_STARTS: tuple[str, ...] = ("тағы оқыңыз", "жазылу", "фото:")

# --- places -------------------------------------------------------------------------------------------------
# Word starts by country (they join the country's row in `places`).
COUNTRY_STEMS: dict[str, tuple[str, ...]] = {
    "KZ": ("қазақстан", "қазақ"),
    "CN": ("қытай", "бейжің"),
    "RU": ("ресей", "мәскеу"),
    "UZ": ("өзбекстан", "өзбек"),
    "KG": ("қырғызстан", "қырғыз", "бішкек"),
    "TJ": ("тәжікстан", "тәжік"),
    "TM": ("түрікменстан", "түрікмен"),
    "TR": ("түркия", "түрік"),
    "AZ": ("әзербайжан",),
    "GE": ("грузия",),
    "EU": ("еуроодақ", "еуропалық одақ"),
    "JP": ("жапония",),
    "US": ("ақш",),
    "DE": ("германия",),
    "KR": ("корея",),
    "IN": ("үндістан",),
    "MN": ("моңғолия",),
}
