"""Places: countries and sub-national regions with the forms they go by in Russian and English news, side by
side in one row each (a country's Kazakh or Chinese forms join its row)."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True, slots=True)
class Country:
    """A country with the forms it goes by in Russian and English news."""

    code: str
    words: tuple[str, ...] = ()  # whole lower-case words or phrases
    stems: tuple[str, ...] = ()  # lower-case word starts
    cased: tuple[str, ...] = ()  # case-sensitive abbreviations, matched on the original text
    glued: tuple[str, ...] = ()  # names in a script without spaces (Chinese), matched with no word edge after


COUNTRIES: tuple[Country, ...] = (
    Country(
        "KZ",
        words=("republic of kazakhstan",),
        stems=(
            "казахстан",
            "казахск",
            "нур-султан",
            "астан",
            "токаев",
            "назарбаев",
            "kazakh",
            "astana",
            "nur-sultan",
            "tokayev",
            "tokaev",
            "nazarbayev",
        ),
        cased=("РК",),
    ),
    Country(
        "CN",
        words=(
            "китая",
            "китаю",
            "китаем",
            "китае",
            "си цзиньпин",
            "си цзиньпина",
            "си цзиньпином",
            "ли кэцян",
            "ли цян",
            "xi jinping",
            "li keqiang",
            "li qiang",
        ),
        stems=("китай", "поднебесн", "пекин", "china", "chinese", "sino", "beijing"),
        cased=("КНР", "PRC"),
    ),
    Country(
        "RU",
        stems=("росси", "москв", "путин", "russia", "moscow", "putin", "kremlin", "кремл"),
        cased=("РФ",),
    ),
    Country(
        "UZ",
        stems=("узбек", "ташкент", "мирзиеев", "uzbek", "tashkent", "mirziyoyev"),
        cased=("РУз",),
    ),
    Country("KG", stems=("кыргыз", "киргиз", "бишкек", "жапаров", "kyrgyz", "kirghiz", "bishkek", "japarov")),
    Country("TJ", stems=("таджик", "душанбе", "рахмон", "tajik", "dushanbe", "rahmon")),
    Country("TM", stems=("туркмен", "ашхабад", "бердымухамедов", "turkmen", "ashgabat")),
    Country(
        "TR",
        words=("turkey",),
        stems=(
            "турци",
            "турецк",
            "анкар",
            "эрдоган",
            "turkish",
            "türkiye",
            "turkiye",
            "ankara",
            "erdogan",
            "erdoğan",
        ),
    ),
    Country(
        "EU",
        words=(
            "european union",
            "европейский союз",
            "европейского союза",
            "европейскому союзу",
            "европейским союзом",
            "европейском союзе",
        ),
        stems=("евросоюз", "брюссел", "brussels"),
        cased=("ЕС", "EU"),
    ),
    Country(
        "US",
        words=(
            "сша",
            "united states",
            "united states of america",
            "соединенные штаты",
            "соединенных штатов",
            "соединенным штатам",
            "соединенными штатами",
        ),
        stems=("американск", "вашингтон", "american", "washington"),
        cased=("US", "U.S.", "USA"),
    ),
    Country("DE", stems=("германи", "германск", "немецк", "берлин", "german", "berlin"), cased=("ФРГ",)),
    Country(
        "KR",
        words=("корея", "кореи", "корею", "кореей", "корее"),
        stems=("корейск", "сеул", "korea", "seoul"),
    ),
    Country("JP", words=("токио", "tokyo"), stems=("япони", "японск", "japan")),
    Country(
        "IN",
        words=("индия", "индии", "индию", "индией", "нью-дели", "india", "indian", "new delhi"),
        stems=("индийск",),
    ),
    Country(
        "IR",
        words=("иран", "ирана", "ирану", "ираном", "иране", "iran", "iranian"),
        stems=("иранск", "тегеран", "tehran"),
    ),
    Country("BY", stems=("беларус", "белорус", "минск", "belarus")),
    Country("AZ", words=("баку", "baku"), stems=("азербайджан", "azerbaijan", "azeri")),
    Country("MN", stems=("монголи", "монгольск", "улан-батор", "mongolia", "ulaanbaatar")),
    Country("PK", stems=("пакистан", "pakistan", "исламабад", "islamabad")),
    Country("AF", stems=("афганистан", "афганск", "afghan")),
    Country("FR", stems=("франци", "французск", "париж", "france", "french", "paris")),
    Country(
        "GB",
        words=("united kingdom", "britain", "great britain", "london"),
        stems=("великобритани", "британск", "лондон", "british"),
        cased=("UK",),
    ),
    Country("IT", stems=("итали", "итальянск", "italy", "italian")),
    Country("AE", words=("оаэ", "united arab emirates"), stems=("эмират", "emirat"), cased=("UAE",)),
    Country("SA", stems=("саудовск", "saudi", "эр-рияд", "riyadh")),
    Country("VN", stems=("вьетнам", "vietnam", "ханой", "hanoi")),
    Country(
        "GE",
        words=("грузия", "грузии", "грузию", "грузией", "georgia"),
        stems=("грузинск", "тбилиси", "tbilisi", "georgian"),
    ),
    Country("AM", stems=("армени", "армянск", "ереван", "armenia", "yerevan")),
    Country("UA", stems=("украин", "киев", "ukrain", "kyiv", "kiev")),
    Country("PL", stems=("польш", "польск", "варшав", "poland", "warsaw")),
    Country("NL", stems=("нидерланд", "голланд", "netherland", "dutch")),
    Country("HU", stems=("венгри", "венгерск", "будапешт", "hungar", "budapest")),
    Country("CA", stems=("канад", "canad", "ottawa")),
    Country("MY", stems=("малайзи", "malaysia", "kuala lumpur")),
    Country("ID", stems=("индонези", "indonesia", "джакарт", "jakarta")),
    Country("TH", stems=("таиланд", "тайланд", "thailand", "бангкок", "bangkok")),
    Country("QA", words=("катар", "катара", "катару", "катаром", "катаре", "qatar")),
    Country("EG", stems=("египет", "египт", "egypt", "каир", "cairo")),
    Country("BR", stems=("бразили", "brazil", "бразилиа", "brasilia")),
    Country("SG", stems=("сингапур", "singapore")),
    Country("CH", stems=("швейцари", "switzerland", "swiss")),
    Country("AT", stems=("австри", "austria")),
    Country("ES", stems=("испани", "испанск", "spain", "spanish")),
    Country("LV", stems=("латви", "латвийск", "latvia")),
    Country("LT", stems=("литв", "литовск", "lithuania")),
    Country("EE", stems=("эстони", "эстонск", "estonia")),
    Country("MT", stems=("мальт", "malta", "maltese")),
    Country("IS", stems=("исланди", "исландск", "iceland")),
    Country("FI", stems=("финлянди", "финск", "finland", "finnish")),
    Country("SE", stems=("швеци", "шведск", "sweden", "swedish")),
    Country("NO", stems=("норвеги", "норвежск", "norway", "norwegian")),
    Country("DK", words=("дания", "дании", "данию", "данией"), stems=("датск", "denmark", "danish")),
    Country("BE", stems=("бельги", "бельгийск", "belgium", "belgian")),
    Country("PT", stems=("португали", "португальск", "portugal", "portuguese")),
    Country("GR", stems=("греци", "греческ", "greece", "greek")),
    Country("CZ", words=("чехия", "чехии", "чехию", "чехией"), stems=("чешск", "czech")),
    Country("SK", stems=("словаки", "словацк", "slovakia", "slovak")),
    Country("SI", stems=("словени", "словенск", "slovenia")),
    Country("HR", stems=("хорвати", "хорватск", "croatia")),
    Country("RS", words=("сербия", "сербии", "сербию", "сербией"), stems=("сербск", "serbia")),
    Country("BG", stems=("болгари", "болгарск", "bulgaria")),
    Country("RO", stems=("румыни", "румынск", "romania")),
    Country("MD", stems=("молдав", "молдов", "moldova")),
    Country("IE", stems=("ирланди", "ирландск", "ireland", "irish")),
    Country("LU", stems=("люксембург", "luxembourg")),
    Country("CY", stems=("кипр", "cyprus", "cypriot")),
    Country("IL", stems=("израил", "israel")),
    Country("SY", words=("сирия", "сирии", "сирию", "сирией"), stems=("сирийск", "syria")),
    Country("IQ", words=("ирак", "ирака", "ираку", "ираком", "ираке", "iraq"), stems=("иракск", "iraqi")),
    Country("KW", stems=("кувейт", "kuwait")),
    Country("OM", words=("оман", "омана", "оману", "оманом", "омане", "oman")),
    Country("BH", stems=("бахрейн", "bahrain")),
    Country("NP", stems=("непал", "nepal")),
    Country("BD", stems=("бангладеш", "bangladesh", "dhaka")),
    Country("LK", stems=("шри-ланк", "sri lanka", "colombo")),
    Country("PH", stems=("филиппин", "philippine", "manila")),
    Country("TW", stems=("тайван", "taiwan")),
    Country("MM", stems=("мьянм", "myanmar")),
    Country("KH", stems=("камбодж", "cambodia")),
    Country("AU", stems=("австрали", "australia", "канберр", "canberra")),
    Country("NZ", words=("новая зеландия", "новой зеландии", "новую зеландию", "new zealand")),
    Country("MX", stems=("мексик", "mexic")),
    Country("AR", stems=("аргентин", "argentin")),
    Country("CL", words=("чили", "chile"), stems=("чилийск", "chilean")),
    Country("CO", stems=("колумби", "colombia")),
    Country("VE", stems=("венесуэл", "venezuela")),
    Country("CU", words=("куба", "кубы", "кубе", "кубу", "кубой", "cuba"), stems=("кубинск", "cuban")),
    Country("ZA", words=("юар", "south africa", "южная африка", "южной африки")),
    Country("NG", stems=("нигери", "nigeria", "abuja")),
    Country("ET", stems=("эфиопи", "ethiopia")),
    Country("KE", words=("кения", "кении", "кению", "kenya"), stems=("кенийск", "kenyan")),
    Country("MA", stems=("марокк", "morocc")),
    Country("DZ", stems=("алжир", "algeria")),
    Country("TN", words=("тунис", "туниса", "тунису", "тунисом", "тунисе"), stems=("тунисск", "tunisia")),
    Country("JO", stems=("иордани", "иорданск", "jordan")),
    Country("LB", stems=("ливан", "lebanon", "lebanese", "бейрут", "beirut")),
)


@dataclasses.dataclass(frozen=True, slots=True)
class Region:
    """A sub-national side of trade, with its country and its English name."""

    name: str
    country: str
    stems: tuple[str, ...]  # lower-case word starts (regex fragments allowed)


_OBLAST = r"\s+област\w*"
_REGION_EN = r"\s+(?:region|oblast|province)"

REGIONS: tuple[Region, ...] = (
    Region("Akmola Region", "KZ", (r"акмолинск\w*" + _OBLAST, r"akmola" + _REGION_EN)),
    Region("Aktobe Region", "KZ", (r"актюбинск\w*" + _OBLAST, r"aktobe" + _REGION_EN)),
    Region("Almaty Region", "KZ", (r"алматинск\w*" + _OBLAST, r"almaty" + _REGION_EN)),
    Region("Atyrau Region", "KZ", (r"атырауск\w*" + _OBLAST, r"atyrau" + _REGION_EN)),
    Region(
        "East Kazakhstan Region",
        "KZ",
        (r"восточно-казахстанск\w*" + _OBLAST, r"east\s+kazakhstan" + _REGION_EN, r"вко"),
    ),
    Region(
        "West Kazakhstan Region",
        "KZ",
        (r"западно-казахстанск\w*" + _OBLAST, r"west\s+kazakhstan" + _REGION_EN, r"зко"),
    ),
    Region(
        "North Kazakhstan Region",
        "KZ",
        (r"северо-казахстанск\w*" + _OBLAST, r"north\s+kazakhstan" + _REGION_EN, r"ско"),
    ),
    Region("Zhambyl Region", "KZ", (r"жамбылск\w*" + _OBLAST, r"zhambyl" + _REGION_EN)),
    Region("Karaganda Region", "KZ", (r"карагандинск\w*" + _OBLAST, r"karaganda" + _REGION_EN)),
    Region("Kostanay Region", "KZ", (r"костанайск\w*" + _OBLAST, r"kostanay" + _REGION_EN)),
    Region("Kyzylorda Region", "KZ", (r"кызылординск\w*" + _OBLAST, r"kyzylorda" + _REGION_EN)),
    Region("Mangystau Region", "KZ", (r"мангистауск\w*" + _OBLAST, r"mangystau" + _REGION_EN)),
    Region("Pavlodar Region", "KZ", (r"павлодарск\w*" + _OBLAST, r"pavlodar" + _REGION_EN)),
    Region("Turkestan Region", "KZ", (r"туркестанск\w*" + _OBLAST, r"turkestan" + _REGION_EN)),
    Region("Abai Region", "KZ", (r"област\w*\s+абай", r"abai" + _REGION_EN)),
    Region("Zhetysu Region", "KZ", (r"област\w*\s+жетісу", r"област\w*\s+жетысу", r"zhetysu" + _REGION_EN)),
    Region("Ulytau Region", "KZ", (r"област\w*\s+ұлытау", r"област\w*\s+улытау", r"ulytau" + _REGION_EN)),
    Region("Xinjiang", "CN", (r"синьцзян\w*", r"суар", r"xinjiang", r"xuar")),
    Region("Shaanxi", "CN", (r"провинци\w*\s+шэньси", r"шэньси", r"shaanxi")),
    Region("Sichuan", "CN", (r"провинци\w*\s+сычуань", r"сычуань", r"sichuan")),
    Region("Henan", "CN", (r"провинци\w*\s+хэнань", r"хэнань", r"henan")),
    Region("Hubei", "CN", (r"провинци\w*\s+хубэй", r"хубэй", r"hubei")),
    Region("Gansu", "CN", (r"провинци\w*\s+ганьсу", r"ганьсу", r"gansu")),
    Region("Jiangsu", "CN", (r"провинци\w*\s+цзянсу", r"цзянсу", r"jiangsu")),
    Region("Guangdong", "CN", (r"провинци\w*\s+гуандун", r"гуандун", r"guangdong")),
    Region("Zhejiang", "CN", (r"провинци\w*\s+чжэцзян", r"чжэцзян", r"zhejiang")),
    Region("Shandong", "CN", (r"провинци\w*\s+шаньдун", r"шаньдун", r"shandong")),
    Region("Heilongjiang", "CN", (r"хэйлунцзян\w*", r"heilongjiang")),
    Region("Omsk Oblast", "RU", (r"омск\w*" + _OBLAST, r"omsk" + _REGION_EN)),
    Region("Novosibirsk Oblast", "RU", (r"новосибирск\w*" + _OBLAST, r"novosibirsk" + _REGION_EN)),
    Region("Orenburg Oblast", "RU", (r"оренбургск\w*" + _OBLAST, r"orenburg" + _REGION_EN)),
    Region("Chelyabinsk Oblast", "RU", (r"челябинск\w*" + _OBLAST, r"chelyabinsk" + _REGION_EN)),
    Region("Astrakhan Oblast", "RU", (r"астраханск\w*" + _OBLAST, r"astrakhan" + _REGION_EN)),
    Region("Altai Krai", "RU", (r"алтайск\w*\s+кра\w*", r"altai\s+krai")),
    Region("Tatarstan", "RU", (r"татарстан\w*", r"tatarstan")),
    Region("Samarkand Region", "UZ", (r"самаркандск\w*" + _OBLAST, r"samarkand" + _REGION_EN)),
    Region("Tashkent Region", "UZ", (r"ташкентск\w*" + _OBLAST, r"tashkent" + _REGION_EN)),
)


# The month a country's fiscal (financial) year starts in, where it is not January: "FY2022-23" in India is
# April 2022 to March 2023, in Pakistan July 2022 to June 2023.
FISCAL_YEAR_START: dict[str, int] = {
    "IN": 4,
    "JP": 4,
    "GB": 4,
    "CA": 4,
    "HK": 4,
    "SG": 4,
    "PK": 7,
    "AU": 7,
    "NZ": 7,
    "EG": 7,
    "BD": 7,
    "KE": 7,
    "NP": 7,
    "IR": 3,
    "US": 10,
    "TH": 10,
}
