"""Word tables for the benchmark corpus: data only (countries with their inflected forms, outlets, fillers).

Russian and English entries sit side by side. Country forms are the ones the sentence templates in
`generate.py` need: nominative, genitive, instrumental, accusative and dative in Russian; the name, its
possessive-ready form and the adjective in English.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True, slots=True)
class Country:
    """A country as the templates write it."""

    code: str  # ISO 3166 alpha-2, as the facts frame's `parties`
    nom: str  # Казахстан
    gen: str  # Казахстана
    ins: str  # Казахстаном
    acc: str  # Казахстан
    dat: str  # Казахстану
    en: str  # Kazakhstan (with "the" where English needs it: "the UAE")
    en_adj: str  # Kazakh
    currency: str | None = None  # the local currency the templates may quote (KZT, CNY, RUB, EUR)


COUNTRIES: dict[str, Country] = {
    country.code: country
    for country in (
        Country("KZ", "Казахстан", "Казахстана", "Казахстаном", "Казахстан", "Казахстану", "Kazakhstan",
                "Kazakh", "KZT"),
        Country("CN", "Китай", "Китая", "Китаем", "Китай", "Китаю", "China", "Chinese", "CNY"),
        Country("RU", "Россия", "России", "Россией", "Россию", "России", "Russia", "Russian", "RUB"),
        Country("UZ", "Узбекистан", "Узбекистана", "Узбекистаном", "Узбекистан", "Узбекистану",
                "Uzbekistan", "Uzbek"),
        Country("KG", "Кыргызстан", "Кыргызстана", "Кыргызстаном", "Кыргызстан", "Кыргызстану",
                "Kyrgyzstan", "Kyrgyz"),
        Country("TR", "Турция", "Турции", "Турцией", "Турцию", "Турции", "Turkey", "Turkish"),
        Country("DE", "Германия", "Германии", "Германией", "Германию", "Германии", "Germany", "German",
                "EUR"),
        Country("AZ", "Азербайджан", "Азербайджана", "Азербайджаном", "Азербайджан", "Азербайджану",
                "Azerbaijan", "Azerbaijani"),
        Country("IR", "Иран", "Ирана", "Ираном", "Иран", "Ирану", "Iran", "Iranian"),
        Country("KR", "Южная Корея", "Южной Кореи", "Южной Кореей", "Южную Корею", "Южной Корее",
                "South Korea", "South Korean"),
        Country("JP", "Япония", "Японии", "Японией", "Японию", "Японии", "Japan", "Japanese"),
        Country("IN", "Индия", "Индии", "Индией", "Индию", "Индии", "India", "Indian"),
        Country("TM", "Туркменистан", "Туркменистана", "Туркменистаном", "Туркменистан", "Туркменистану",
                "Turkmenistan", "Turkmen"),
        Country("BY", "Беларусь", "Беларуси", "Беларусью", "Беларусь", "Беларуси", "Belarus",
                "Belarusian"),
        Country("AE", "ОАЭ", "ОАЭ", "ОАЭ", "ОАЭ", "ОАЭ", "the UAE", "Emirati"),
        Country("TJ", "Таджикистан", "Таджикистана", "Таджикистаном", "Таджикистан", "Таджикистану",
                "Tajikistan", "Tajik"),
        Country("IT", "Италия", "Италии", "Италией", "Италию", "Италии", "Italy", "Italian", "EUR"),
        Country("MN", "Монголия", "Монголии", "Монголией", "Монголию", "Монголии", "Mongolia",
                "Mongolian"),
        Country("HU", "Венгрия", "Венгрии", "Венгрией", "Венгрию", "Венгрии", "Hungary", "Hungarian",
                "EUR"),
    )
}  # fmt: skip

# Country pairs an article can be about, (home, partner), with how often each comes up (weights).
PAIRS: tuple[tuple[str, str, int], ...] = (
    ("KZ", "CN", 10), ("KZ", "RU", 8), ("KZ", "UZ", 6), ("KZ", "KG", 4), ("KZ", "TR", 4), ("KZ", "DE", 3),
    ("KZ", "AZ", 3), ("KZ", "IR", 2), ("KZ", "KR", 3), ("KZ", "JP", 2), ("KZ", "IN", 2), ("KZ", "TM", 2),
    ("KZ", "BY", 2), ("KZ", "AE", 2), ("KZ", "TJ", 2), ("KZ", "IT", 2), ("KZ", "MN", 1), ("KZ", "HU", 1),
    ("RU", "CN", 5), ("RU", "TR", 2), ("RU", "UZ", 2), ("CN", "UZ", 2), ("RU", "IN", 1),
)  # fmt: skip

# Compound adjectives naming a pair: "казахстанско-китайский товарооборот", "Kazakh-Chinese trade".
RU_PAIR_ADJECTIVES: dict[tuple[str, str], str] = {
    ("KZ", "CN"): "казахстанско-китайский",
    ("KZ", "RU"): "казахстанско-российский",
    ("KZ", "UZ"): "казахстанско-узбекский",
    ("KZ", "TR"): "казахстанско-турецкий",
    ("RU", "CN"): "российско-китайский",
    ("RU", "UZ"): "российско-узбекский",
    ("RU", "TR"): "российско-турецкий",
}

# --- outlets and places ------------------------------------------------------------------------------------

RU_OUTLETS = ("Kazinform", "El.kz", "Tengrinews.kz", "Интерфакс-Казахстан", "24.kz", "Kapital.kz", "Курсив")
EN_OUTLETS = ("The Astana Times", "Trend", "Daryo", "Kun.uz", "Xinhua", "Global Times", "Kazinform")
RU_CAPITALS = {"KZ": "АСТАНА", "RU": "МОСКВА", "CN": "ПЕКИН", "UZ": "ТАШКЕНТ"}
EN_CAPITALS = {"KZ": "ASTANA", "RU": "MOSCOW", "CN": "BEIJING", "UZ": "TASHKENT"}

RU_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря")  # fmt: skip
RU_MONTHS_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                  "октябре", "ноябре", "декабре")  # fmt: skip
RU_MONTHS_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                 "октябрь", "ноябрь", "декабрь")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip
RU_MONTH_COUNTS = {5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять", 10: "десять",
                   11: "одиннадцать"}  # fmt: skip
EN_MONTH_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                   10: "ten", 11: "eleven"}  # fmt: skip
RU_QUARTERS = {1: "первом", 2: "втором", 3: "третьем", 4: "четвёртом"}
RU_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
EN_QUARTERS = {1: "first", 2: "second", 3: "third", 4: "fourth"}

# --- sentences with no trade figure (placeholders filled by the generator) ----------------------------------

RU_FILLER: tuple[str, ...] = (
    "Стороны обсудили перспективы расширения сотрудничества в сферах энергетики, транспорта и логистики.",
    "Переговоры прошли в конструктивной и дружественной атмосфере.",
    "Глава государства отметил, что {B_nom} является одним из ключевых партнёров {A_gen}.",
    "Особое внимание было уделено развитию транзитного потенциала и цифровизации таможенных процедур.",
    "По словам министра, стороны договорились ускорить реализацию совместных инвестиционных проектов.",
    "В рамках визита состоялось заседание межправительственной комиссии по торгово-экономическому "
    "сотрудничеству.",
    "Участники встречи также затронули вопросы водного хозяйства и экологии.",
    "Делегации обменялись мнениями по актуальным вопросам региональной повестки.",
    "Стороны выразили заинтересованность в расширении прямого авиасообщения.",
    "В культурной программе визита – выставка народных ремёсел и концерт мастеров искусств.",
    "Более {n3} студентов из {B_gen} обучаются в вузах {A_gen}.",
    "Население {A_gen} превысило {n2} млн человек.",
    "Рост ВВП {A_gen} по итогам {y} года составил {p}%.",
    "Уровень инфляции в {y} году составил {p}%, базовая ставка – {p2}%.",
    "За {y} год по железной дороге между двумя странами перевезено {n2} млн тонн грузов.",
    "Следующее заседание комиссии пройдёт {d} {month_gen} {y} года.",
    "Справки по телефону +7 (7172) {n3}-{n2}-{n2}.",
    "Доля несырьевых товаров в структуре поставок достигла {p}%.",
    "Количество совместных предприятий выросло до {n3}.",
    "В пункте пропуска «Хоргос» за сутки оформляется до {n3} грузовиков.",
    "Еженедельно между столицами выполняется более {n2} рейсов.",
    "Министр подчеркнул важность диверсификации экономики и развития обрабатывающей промышленности.",
    "– Мы высоко ценим уровень нашего стратегического партнёрства и готовы и дальше углублять "
    "взаимодействие во всех сферах, – сказал глава государства.",
    "– Наши страны связывают многовековые узы дружбы и добрососедства, – отметил посол {B_gen}.",
    "На полях форума был подписан меморандум о сотрудничестве между торгово-промышленными палатами.",
    "Эксперты отмечают, что логистика остаётся главным ограничением для роста поставок.",
    "Как сообщили в министерстве иностранных дел, визит пройдёт с {d} по {d2} {month_gen}.",
    "В прошлом месяце делегация посетила индустриальные зоны и логистические центры.",
    "Также обсуждались вопросы подготовки кадров, здравоохранения и туризма.",
    "Стороны договорились о проведении следующего бизнес-форума в {y2} году.",
    "По данным ведомства, в {y} году страну посетили {n3} тыс. туристов.",
    "Протяжённость новой автодороги составит {n3} км, строительство завершится в {y2} году.",
    "Урожай зерновых в {y} году составил {n2} млн тонн.",
    "В мероприятии приняли участие представители более {n2} компаний.",
    "Во встрече также приняли участие министры энергетики, транспорта и сельского хозяйства.",
)
EN_FILLER: tuple[str, ...] = (
    "The sides discussed prospects for cooperation in energy, transport and logistics.",
    "The talks were held in a constructive and friendly atmosphere.",
    "The president noted that {B} is one of {A}'s key partners.",
    "Particular attention was paid to transit potential and the digitalisation of customs procedures.",
    "According to the minister, the parties agreed to speed up joint investment projects.",
    "The intergovernmental commission on trade and economic cooperation met during the visit.",
    "The officials also touched upon water management and environmental issues.",
    "The delegations exchanged views on current regional issues.",
    "The sides expressed interest in expanding direct flights.",
    "The cultural programme of the visit included a crafts exhibition and a concert.",
    "More than {n3} students from {B} study at universities in {A}.",
    "{A} has a population of {n2} million people.",
    "{A}'s GDP grew {p}% in {y}.",
    "Inflation stood at {p}% in {y}, and the base rate at {p2}%.",
    "Railways carried {n2} million tonnes of cargo between the two countries in {y}.",
    "The next meeting of the commission will be held on {month_en} {d}, {y}.",
    "For details call +7 7172 {n3} {n2} {n2}.",
    "The share of non-commodity goods reached {p}%.",
    "The number of joint ventures rose to {n3}.",
    "Up to {n3} trucks a day are cleared at the Khorgos checkpoint.",
    "{n2} flights a week connect the two capitals.",
    "The minister stressed the importance of diversifying the economy.",
    '"We highly value the level of our strategic partnership and are ready to deepen cooperation in all '
    'areas," the head of state said.',
    '"Our countries are bound by centuries of friendship and good neighbourliness," the ambassador of {B} '
    "noted.",
    "A memorandum of cooperation between the chambers of commerce was signed on the sidelines of the forum.",
    "Experts note that logistics remains the main constraint on the growth of supplies.",
    "The foreign ministry said the visit would take place from {month_en} {d} to {d2}.",
    "Last month the delegation visited industrial zones and logistics centres.",
    "Training, healthcare and tourism were also discussed.",
    "The parties agreed to hold the next business forum in {y2}.",
    "According to the ministry, the country received {n3} thousand tourists in {y}.",
    "The new highway will be {n3} km long, with construction to be completed in {y2}.",
    "The grain harvest reached {n2} million tonnes in {y}.",
    "Representatives of more than {n2} companies took part in the event.",
    "Ministers of energy, transport and agriculture also attended the meeting.",
)

RU_HEADLINES: tuple[str, ...] = (
    "{A_nom} и {B_nom} обсудили расширение торгово-экономического сотрудничества",
    "Президенты {A_gen} и {B_gen} провели переговоры",
    "{A_nom} и {B_nom} наращивают взаимную торговлю",
    "Межправкомиссия {A_gen} и {B_gen} подвела итоги года",
    "Деловой форум {A_gen} и {B_gen} прошёл в столице",
)
EN_HEADLINES: tuple[str, ...] = (
    "{A}, {B} discuss expanding trade and economic cooperation",
    "Presidents of {A} and {B} hold talks",
    "{A} and {B} step up bilateral trade",
    "{A}-{B} intergovernmental commission sums up the year",
    "{A}, {B} business forum held in the capital",
)

# Other headlines for the trailing lists of a page; some carry a trade figure that is not this article's.
RU_OTHER_HEADLINES: tuple[str, ...] = (
    "Токаев провёл совещание по вопросам развития экономики",
    "В Астане открылся международный инвестиционный форум",
    "Синоптики прогнозируют похолодание на выходных",
    "Нацбанк сохранил базовую ставку",
    "В Алматы прошёл городской марафон",
    "Аким области встретился с фермерами",
)
EN_OTHER_HEADLINES: tuple[str, ...] = (
    "Tokayev chairs meeting on economic development",
    "International investment forum opens in Astana",
    "National Bank keeps base rate unchanged",
    "Almaty hosts city marathon",
    "Weather forecasters expect a cold weekend",
    "Regional governor meets farmers",
)
RU_CLUTTER_HEADINGS = ("Читайте также", "Популярное", "Последние новости", "Похожие новости")
EN_CLUTTER_HEADINGS = ("Recent Posts", "Related News", "Read also", "Most Read")
RU_PAGE_FOOTER = (
    "Подписывайтесь на наш Telegram-канал",
    "© {year} Все права защищены.",
    "Теги: экономика, торговля",
)
EN_PAGE_FOOTER = (
    "Subscribe to our newsletter",
    "© {year} All rights reserved.",
    "Share: Facebook Twitter Telegram",
)

# --- trade sentences: subjects and verbs, with the generator's placeholders ({A_ins}, {B_gen}, ...) ----

# Russian subjects: (metric, text, gender) - gender picks the verb form (m, f, pl).
RU_SUBJECTS: dict[str, tuple[tuple[str, str], ...]] = {
    "turnover": (
        ("товарооборот между {A_ins} и {B_ins}", "m"),
        ("товарооборот {A_gen} и {B_gen}", "m"),
        ("объём взаимной торговли {A_gen} и {B_gen}", "m"),
        ("объём торговли между {A_ins} и {B_ins}", "m"),
        ("объём двусторонней торговли между {A_ins} и {B_ins}", "m"),
        ("торговый оборот между {A_ins} и {B_ins}", "m"),
        ("взаимная торговля {A_gen} и {B_gen}", "f"),
    ),
    "export": (("экспорт {A_gen} в {B_acc}", "m"), ("экспорт из {A_gen} в {B_acc}", "m")),
    "import": (("импорт {A_gen} из {B_gen}", "m"), ("импорт из {B_gen} в {A_acc}", "m")),
    "investment": (
        ("объём прямых иностранных инвестиций из {B_gen} в {A_acc}", "m"),
        ("инвестиции из {B_gen} в экономику {A_gen}", "pl"),
    ),
}
RU_VERBS: dict[str, tuple[tuple[str, str, str], ...]] = {  # qualifier -> (m, f, pl) forms
    "=": (("составил", "составила", "составили"), ("достиг", "достигла", "достигли")),
    "~": (
        ("составил около", "составила около", "составили около"),
        ("составил порядка", "составила порядка", "составили порядка"),
        ("достиг почти", "достигла почти", "достигли почти"),
        ("составил примерно", "составила примерно", "составили примерно"),
        ("составил приблизительно", "составила приблизительно", "составили приблизительно"),
    ),
    ">": (
        ("превысил", "превысила", "превысили"),
        ("составил более", "составила более", "составили более"),
        ("составил свыше", "составила свыше", "составили свыше"),
    ),
    "<": (("составил менее", "составила менее", "составили менее"),),
}
RU_GROWTH_VERBS = (  # (m, f, pl, sign)
    ("вырос", "выросла", "выросли", 1),
    ("увеличился", "увеличилась", "увеличились", 1),
    ("снизился", "снизилась", "снизились", -1),
    ("сократился", "сократилась", "сократились", -1),
)
GENDERS = {"m": 0, "f": 1, "pl": 2}

EN_SUBJECTS: dict[str, tuple[tuple[str, bool], ...]] = {  # (text, plural)
    "turnover": (
        ("trade between {A} and {B}", False),
        ("bilateral trade between {A} and {B}", False),
        ("trade turnover between {A} and {B}", False),
        ("mutual trade between {A} and {B}", False),
        ("the trade volume between {A} and {B}", False),
        ("{A_adj}-{B_adj} trade", False),
        ("{A}'s trade with {B}", False),
    ),
    "export": (("{A}'s exports to {B}", True), ("exports from {A} to {B}", True)),
    "import": (("{A}'s imports from {B}", True), ("imports from {B} to {A}", True)),
    "investment": (("investment from {B} into {A}", False), ("{B_adj} investment in {A}", False)),
}
EN_VERBS: dict[str, tuple[str, ...]] = {
    "=": ("reached", "amounted to", "totalled", "stood at", "hit"),
    "~": (
        "{be} about",
        "reached almost",
        "reached nearly",
        "stood at around",
        "totalled approximately",
        "amounted to some",
    ),
    ">": ("exceeded", "amounted to more than", "topped", "surpassed", "{be} over"),
    "<": ("{be} less than", "remained under", "{be} below"),
}
QUALIFIER_WEIGHTS = ("=",) * 6 + ("~", "~", ">", ">", "<")


# --- near-misses: figures that are not bilateral trade facts --------------------------------------------

RU_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "gdp": ("ВВП {A_gen} в {y} году составил {bn} млрд долларов.",),
    "total_foreign_trade": ("Внешнеторговый оборот {A_gen} в {y} году составил {bn} млрд долларов.",),
    "total_exports": ("Экспорт {A_gen} в {y} году составил {bn} млрд долларов.",),
    "group_trade": (
        "Товарооборот {A_gen} со странами ЕАЭС в {y} году составил {bn} млрд долларов.",
        "Товарооборот {A_gen} со странами Центральной Азии в {y} году достиг {bn} млрд долларов.",
        "Товарооборот {A_gen} с европейскими странами в {y} году превысил {bn} млрд долларов.",
    ),
    "deals": (
        "По итогам визита подписаны соглашения между {A_ins} и {B_ins} на сумму {bn} млрд долларов.",
        "{A_nom} и {B_nom} подписали {n2} инвестиционных соглашений на общую сумму {bn} млрд долларов.",
        "Компании двух стран заключили контракты на {bn} млрд долларов.",
    ),
    "loan": ("Банк развития {B_gen} предоставит {A_dat} кредит в размере {bn} млрд долларов.",),
    "project_cost": (
        "Стоимость строительства железной дороги между {A_ins} и {B_ins} оценивается в {bn} млрд долларов.",
    ),
    "reserves": ("Международные резервы {A_gen} на 1 января {y} года составили {bn} млрд долларов.",),
    "sectoral": (
        "Торговля сельхозпродукцией между {A_ins} и {B_ins} в {y} году составила {bn} млрд долларов.",
    ),
    "difference": ("В {y} году товарооборот между {A_ins} и {B_ins} снизился на {bn} млрд долларов.",),
    "tonnes": ("Товарооборот между {A_ins} и {B_ins} по железной дороге в {y} году составил {n2} млн тонн.",),
}
EN_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "gdp": ("{A}'s GDP reached ${bn} billion in {y}.",),
    "total_foreign_trade": ("{A}'s foreign trade reached ${bn} billion in {y}.",),
    "total_exports": ("{A}'s exports totalled ${bn} billion in {y}.",),
    "group_trade": (
        "{A}'s trade with ASEAN countries amounted to ${bn} billion in {y}.",
        "{A}'s trade with European countries exceeded ${bn} billion in {y}.",
        "China–Central Asia trade reached ${bn} billion in {y}.",
    ),
    "deals": ("{A} and {B} signed deals worth ${bn} billion during the visit.",),
    "loan": ("{B}'s Exim Bank has agreed to provide a ${bn} billion loan to {A}.",),
    "fund": ("{A}'s National Fund assets stood at ${bn} billion at the end of {y}.",),
    "sectoral": ("Agricultural trade between {A} and {B} reached ${bn} billion in {y}.",),
    "difference": ("Trade between {A} and {B} increased by ${n3} million in {y}.",),
    "price": ("The price of wheat exported to {B} reached ${n3} per tonne in {y}.",),
}
RU_CLUTTER_FIGURES = (
    "Товарооборот {X_gen} и {Y_gen} в {y} году достиг {bn} млрд долларов",
    "Экспорт {X_gen} в {Y_acc} вырос до {bn} млрд долларов",
)
EN_CLUTTER_FIGURES = (
    "{X}-{Y} trade hits ${bn} billion in {y}",
    "{X}'s exports to {Y} reach ${bn} billion",
)
RU_RATES = "Курсы валют: USD {r1} ₸ EUR {r2} ₸ RUB {r3} ₸"
EN_RATES = "USD/KZT {r1} EUR/KZT {r2} RUB/KZT {r3}"
