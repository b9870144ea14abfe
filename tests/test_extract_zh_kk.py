"""Chinese and Kazakh news (issue 13): (text -> expected facts) written the way Xinhua, the Ministry of
Commerce, provincial customs and Kazakh outlets phrase trade figures. None is a copy of a practice passage
(../shared/realdev); each row stands for a phenomenon. Known gaps are strict xfails, one per phenomenon.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cases_helpers import (
    Case,
    actual,
    case_params,
    check_case,
    month,
    months,
    quarter,
    target,
    year,
)

D = dt.date

# --- Chinese: numbers, scales and currencies ----------------------------------------------------------------

ZH_NUMBERS = [
    Case(
        "zh-yi-with-decimals",
        "海关总署数据显示,2023年中哈双边贸易额为410.2亿美元,同比增长32%。",
        expected=[actual("turnover", 410.2, "亿", "USD", "CN-KZ", period=year(2023), growth=32)],
    ),
    Case(
        "zh-yi-and-wan-together",
        "2022年1-9月,中塔双边贸易额为18亿3500万美元。",
        expected=[actual("turnover", 18.35, "亿", "USD", "CN-TJ", period=months(2022, 1, 9))],
    ),
    Case(
        "zh-wan-alone",
        "2021年中蒙边境口岸进出口贸易额为8600万美元。",
        expected=[actual("turnover", 8600, "万", "USD", "CN-MN", period=year(2021))],
    ),
    Case(
        "zh-full-width-digits-and-comma",
        "２０２３年，中俄贸易额达２４０１．１亿美元，同比增长２６．３％。",
        expected=[actual("turnover", 2401.1, "亿", "USD", "CN-RU", period=year(2023), growth=26.3)],
    ),
    Case(
        "zh-yuan-renminbi",
        "据海关统计,2022年中国与越南进出口总额为15000亿元人民币,同比增长5%。",
        expected=[actual("turnover", 15000, "亿", "CNY", "CN-VN", period=year(2022), growth=5)],
    ),
    Case(
        "zh-traditional-characters",
        "2022年,中哈雙邊貿易額達311.7億美元,同比增長34.1%。",
        expected=[actual("turnover", 311.7, "亿", "USD", "CN-KZ", period=year(2022), growth=34.1)],
    ),
    Case(
        "zh-pinyin-glosses-dropped",
        "2021年,中烏雙邊貿(mào)易額達80.5億美元,同比增長(zhǎng)20%。",
        expected=[actual("turnover", 80.5, "亿", "USD", "CN-UZ", period=year(2021), growth=20)],
    ),
    Case(
        "zh-chinese-numerals",
        "中俄两国领导人提出,到2024年双边贸易额达到两千亿美元的目标。",
        expected=[target("turnover", 2000, "亿", "USD", "CN-RU", by=2024)],
    ),
    Case(
        "zh-more-than-after-the-number",
        "2022年中哈贸易额达300多亿美元。",
        expected=[actual("turnover", 300, "亿", "USD", "CN-KZ", period=year(2022), qualifier=">")],
    ),
    Case(
        "zh-tonnes-are-no-money",
        "2023年,中俄边境口岸进口货物1200万吨,中俄贸易额为2401亿美元。",
        expected=[actual("turnover", 2401, "亿", "USD", "CN-RU", period=year(2023))],
    ),
]
ZH_NUMBERS_GAPS: dict[str, str] = {}

# --- Chinese: metrics, direction, parties ---------------------------------------------------------------------

ZH_WHO = [
    Case(
        "zh-export-import-direction",
        "今年前三季度,中国对吉出口152.3亿美元,增长21.5%;自吉进口2.1亿美元,下降8.4%。",
        published=D(2023, 10, 20),
        expected=[
            actual(
                "export", 152.3, "亿", "USD", "CN-KG", period=months(2023, 1, 9), growth=21.5, flow="CN>KG"
            ),
            actual("import", 2.1, "亿", "USD", "CN-KG", period=months(2023, 1, 9), growth=-8.4, flow="KG>CN"),
        ],
    ),
    Case(
        "zh-partner-exports-to-china",
        "2022年,哈萨克斯坦对华出口达到130亿美元。",
        expected=[actual("export", 130, "亿", "USD", "CN-KZ", period=year(2022), flow="KZ>CN")],
    ),
    Case(
        "zh-investment-stock",
        "截至2022年底,中国对塔吉克斯坦直接投资存量为34亿美元。",
        expected=[actual("investment", 34, "亿", "USD", "CN-TJ", period=None, flow="CN>TJ")],
    ),
    Case(
        "zh-province-as-region",
        "2023年,新疆对哈萨克斯坦进出口1532.4亿元,同比增长38.7%。",
        expected=[
            actual(
                "turnover", 1532.4, "亿", "CNY", "CN-KZ", period=year(2023), growth=38.7, region="Xinjiang"
            )
        ],
    ),
    Case(
        "zh-province-total-is-no-fact",
        "今年上半年,黑龙江省进出口总额达到1500亿元,其中出口350亿元。",
        published=D(2023, 7, 20),
        expected=[],
    ),
    Case(
        "zh-central-asia-group-is-no-pair",
        "2023年,中国与中亚五国贸易额达到894.7亿美元,同比增长27%。",
        expected=[],
    ),
    Case(
        "zh-country-total-is-no-fact",
        "据海关统计,2023年我国外贸进出口总值41.76万亿元,同比增长0.2%。",
        expected=[],
    ),
    Case(
        "zh-border-port-as-region",
        "1-6月,满洲里口岸对俄进出口贸易额为530亿元人民币。",
        published=D(2023, 7, 20),
        expected=[
            actual("turnover", 530, "亿", "CNY", "CN-RU", period=months(2023, 1, 6), region="Manzhouli")
        ],
    ),
    Case(
        "zh-breakdown-of-a-pair",
        "中国与土库曼斯坦双边贸易额2022年为111.8亿美元,其中中方出口9.6亿美元,进口102.2亿美元。",
        expected=[
            actual("turnover", 111.8, "亿", "USD", "CN-TM", period=year(2022)),
            actual("export", 9.6, "亿", "USD", "CN-TM", period=year(2022), flow="CN>TM"),
            actual("import", 102.2, "亿", "USD", "CN-TM", period=year(2022), flow="TM>CN"),
        ],
    ),
    Case(
        "zh-customs-office-is-no-region",
        "记者从珲春海关获悉,2023年吉林省对俄进出口总额为450亿元人民币。",
        expected=[actual("turnover", 450, "亿", "CNY", "CN-RU", period=year(2023), region="Jilin")],
    ),
    Case(
        "zh-harbin-is-no-kazakhstan",
        "哈尔滨海关数据显示,2023年中俄贸易额为2401亿美元。",
        expected=[actual("turnover", 2401, "亿", "USD", "CN-RU", period=year(2023))],
    ),
    Case(
        "zh-sector-before-the-trade-word",
        "2023年,乌兹别克斯坦农产品对华出口达到4.5亿美元。",
        expected=[],
    ),
]
ZH_WHO_GAPS: dict[str, str] = {}

# --- Chinese: periods, qualifiers, targets ---------------------------------------------------------------------

ZH_WHEN = [
    Case(
        "zh-months-range",
        "据中国海关统计,今年1至8月,中土双边贸易额约为75亿美元。",
        published=D(2024, 9, 15),
        expected=[actual("turnover", 75, "亿", "USD", "CN-TM", period=months(2024, 1, 8), qualifier="~")],
    ),
    Case(
        "zh-first-months",
        "商务部数据显示,前11个月中越贸易额超过2000亿美元。",
        published=D(2023, 12, 20),
        expected=[actual("turnover", 2000, "亿", "USD", "CN-VN", period=months(2023, 1, 11), qualifier=">")],
    ),
    Case(
        "zh-quarter",
        "2024年一季度,中吉贸易额为45.2亿美元。",
        expected=[actual("turnover", 45.2, "亿", "USD", "CN-KG", period=quarter(2024, 1))],
    ),
    Case(
        "zh-last-year",
        "去年,中乌双边贸易额突破100亿美元。",
        published=D(2024, 3, 1),
        expected=[actual("turnover", 100, "亿", "USD", "CN-UZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "zh-single-month",
        "2023年1-11月中俄贸易额为2181亿美元。11月当月,中俄贸易额为205亿美元。",
        expected=[
            actual("turnover", 2181, "亿", "USD", "CN-RU", period=months(2023, 1, 11)),
            actual("turnover", 205, "亿", "USD", "CN-RU", period=month(2023, 11)),
        ],
    ),
    Case(
        "zh-target-by-year",
        "双方商定,力争到2030年将中哈双边贸易额提升至800亿美元。",
        expected=[target("turnover", 800, "亿", "USD", "CN-KZ", by=2030)],
    ),
    Case(
        "zh-forecast-this-year",
        "商务部表示,全年中俄双边贸易额有望突破2000亿美元。",
        published=D(2022, 11, 30),
        expected=[target("turnover", 2000, "亿", "USD", "CN-RU", by=2022, qualifier=">")],
    ),
    Case(
        "zh-respectively",
        "2021年、2022年,中吉双边贸易额分别达到75亿美元和155亿美元。",
        expected=[
            actual("turnover", 75, "亿", "USD", "CN-KG", period=year(2021)),
            actual("turnover", 155, "亿", "USD", "CN-KG", period=year(2022)),
        ],
    ),
    Case(
        "zh-respectively-shares-its-qualifier",
        "2019年、2020年,中塔双边贸易额分别突破16亿美元和10亿美元。",
        expected=[
            actual("turnover", 16, "亿", "USD", "CN-TJ", period=year(2019), qualifier=">"),
            actual("turnover", 10, "亿", "USD", "CN-TJ", period=year(2020), qualifier=">"),
        ],
    ),
    Case(
        "zh-date-is-no-period",
        "新华社北京3月7日电 2023年中塔贸易额为39.3亿美元。",
        expected=[actual("turnover", 39.3, "亿", "USD", "CN-TJ", period=year(2023))],
    ),
]
ZH_WHEN_GAPS: dict[str, str] = {
    "zh-respectively-shares-its-qualifier": "a qualifier ('突破') before the first of the listed amounts is "
    "not given to the others",
}

# --- Chinese: qualifiers, growth and currencies ----------------------------------------------------------------

ZH_HOW = [
    Case(
        "zh-over-yu",
        "2023年,中乌贸易额逾100亿美元,同比增长1.2倍。",
        expected=[
            actual("turnover", 100, "亿", "USD", "CN-UZ", period=year(2023), qualifier=">", growth=120)
        ],
    ),
    Case(
        "zh-nearly-jin",
        "今年上半年,中吉双边贸易额近100亿美元,同比下降3.5%。",
        published=D(2024, 7, 15),
        expected=[
            actual(
                "turnover", 100, "亿", "USD", "CN-KG", period=months(2024, 1, 6), qualifier="~", growth=-3.5
            )
        ],
    ),
    Case(
        "zh-euros",
        "2022年,中国对德国出口额为1100亿欧元。",
        expected=[actual("export", 1100, "亿", "EUR", "CN-DE", period=year(2022), flow="CN>DE")],
    ),
    Case(
        "zh-goal-zhengqu",
        "两国元首商定,争取2025年中哈双边贸易额翻一番,达到400亿美元。",
        expected=[target("turnover", 400, "亿", "USD", "CN-KZ", by=2025)],
    ),
    Case(
        "zh-surplus-is-no-fact",
        "2023年,中国对越南贸易顺差为400亿美元。",
        expected=[],
    ),
]
ZH_HOW_GAPS: dict[str, str] = {}

# --- Kazakh -------------------------------------------------------------------------------------------------

KK = [
    Case(
        "kk-turnover-year",
        "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 41 млрд долларға жетті.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "kk-last-year-growth-after",
        "Өткен жылы Қазақстан мен Ресейдің өзара сауда айналымы 8 пайызға өсіп, 28 миллиард доллар болды.",
        published=D(2024, 2, 10),
        expected=[actual("turnover", 28, "млрд", "USD", "KZ-RU", period=year(2023), growth=8)],
    ),
    Case(
        "kk-months-this-year",
        "Биылғы тоғыз айда Қазақстан мен Өзбекстанның тауар айналымы 3,2 млрд долларды құрады.",
        published=D(2024, 10, 15),
        expected=[actual("turnover", 3.2, "млрд", "USD", "KZ-UZ", period=months(2024, 1, 9))],
    ),
    Case(
        "kk-half-year",
        "Жылдың бірінші жартысында Қазақстан мен Түркия арасындағы сауда айналымы 2,1 млрд доллар болды.",
        published=D(2023, 8, 1),
        expected=[actual("turnover", 2.1, "млрд", "USD", "KZ-TR", period=months(2023, 1, 6))],
    ),
    Case(
        "kk-month-range",
        "2023 жылғы қаңтар-маусымда Қазақстанның Қырғызстанмен тауар айналымы 1,3 млрд долларды құрады.",
        expected=[actual("turnover", 1.3, "млрд", "USD", "KG-KZ", period=months(2023, 1, 6))],
    ),
    Case(
        "kk-number-words",
        "2019 жылы Қазақстан мен Әзербайжанның тауар айналымы бір миллиард долларға жетті.",
        expected=[actual("turnover", 1, "млрд", "USD", "AZ-KZ", period=year(2019))],
    ),
    Case(
        "kk-exceeded-after",
        "2022 жылы Қазақстан мен Грузияның тауар айналымы 500 млн доллардан асты.",
        expected=[actual("turnover", 500, "млн", "USD", "GE-KZ", period=year(2022), qualifier=">")],
    ),
    Case(
        "kk-export-to-by-ending",
        "2023 жылы Қазақстаннан Қытайға экспорт 15,5 млрд долларды құрады.",
        expected=[actual("export", 15.5, "млрд", "USD", "CN-KZ", period=year(2023), flow="KZ>CN")],
    ),
    Case(
        "kk-import-from-by-ending",
        "2023 жылы Ресейден Қазақстанға импорт 17 млрд доллар болды.",
        expected=[actual("import", 17, "млрд", "USD", "KZ-RU", period=year(2023), flow="RU>KZ")],
    ),
    Case(
        "kk-target-after-amount",
        "Қазақстан мен Өзбекстан тауар айналымын 10 млрд долларға дейін жеткізуді көздейді.",
        expected=[target("turnover", 10, "млрд", "USD", "KZ-UZ", by=None)],
    ),
    Case(
        "kk-target-by-year",
        "Қазақстан мен Қытай 2030 жылға дейін тауар айналымын 80 млрд долларға жеткізуді мақсат етіп отыр.",
        expected=[target("turnover", 80, "млрд", "USD", "CN-KZ", by=2030)],
    ),
    Case(
        "kk-times-growth",
        "2022 жылы Қазақстан мен Моңғолияның тауар айналымы 2 есе өсіп, 150 млн доллар болды.",
        expected=[actual("turnover", 150, "млн", "USD", "KZ-MN", period=year(2022), growth=100)],
    ),
    Case(
        "kk-bare-export-is-the-reporting-side",
        "Қазақстан мен Ресей арасындағы тауар айналымы 2023 жылы 27,1 млрд долларға жетті. Оның ішінде "
        "экспорт 9,6 млрд долларды, импорт 17,5 млрд долларды құрады.",
        expected=[
            actual("turnover", 27.1, "млрд", "USD", "KZ-RU", period=year(2023)),
            actual("export", 9.6, "млрд", "USD", "KZ-RU", period=year(2023), flow="KZ>RU"),
            actual("import", 17.5, "млрд", "USD", "KZ-RU", period=year(2023), flow="RU>KZ"),
        ],
    ),
    Case(
        "kk-growth-in-the-next-sentence",
        "2021 жылы Қытай Қазақстанға 1,2 миллиард доллар инвестиция салды. Бұл алдыңғы жылмен салыстырғанда "
        "15 пайызға көп.",
        expected=[
            actual("investment", 1.2, "млрд", "USD", "CN-KZ", period=year(2021), growth=15, flow="CN>KZ")
        ],
    ),
    Case(
        "kk-compared-with-last-year-is-no-period",
        "Қазақстан мен Қытайдың тауар айналымы 31,5 млрд АҚШ долларын құрады, бұл өткен жылмен салыстырғанда "
        "28%-ға көп.",
        published=D(2024, 1, 20),
        expected=[actual("turnover", 31.5, "млрд", "USD", "CN-KZ", period=None, growth=28)],
    ),
    Case(
        "kk-investment-verb-last",
        "2023 жылы Түркия Қазақстан экономикасына 500 млн доллар инвестиция құйды.",
        expected=[actual("investment", 500, "млн", "USD", "KZ-TR", period=year(2023), flow="TR>KZ")],
    ),
    Case(
        "kk-investment-host-by-ending",
        "2022 жылы Қытай Қазақстанға 1,9 миллиард доллар инвестиция салды.",
        expected=[actual("investment", 1.9, "млрд", "USD", "CN-KZ", period=year(2022), flow="CN>KZ")],
    ),
    Case(
        "kk-tenge",
        "2023 жылы Қазақстан мен Ресей арасындағы өзара сауда 12 трлн теңгені құрады.",
        expected=[actual("turnover", 12, "трлн", "KZT", "KZ-RU", period=year(2023))],
    ),
    Case(
        "kk-partner-with-ending",
        "Биылғы алғашқы жартыжылдықта Қазақстанның Түркиямен тауар айналымы 3,1 млрд доллар болды.",
        published=D(2024, 8, 5),
        expected=[actual("turnover", 3.1, "млрд", "USD", "KZ-TR", period=months(2024, 1, 6))],
    ),
    Case(
        "kk-approximately-before",
        "2022 жылы Қазақстан мен Қырғызстанның тауар айналымы шамамен 1,5 млрд доллар болды.",
        expected=[actual("turnover", 1.5, "млрд", "USD", "KG-KZ", period=year(2022), qualifier="~")],
    ),
    Case(
        "kk-tenge-investment-plan-is-no-pair",
        "Биыл Қазақстан негізгі капиталға 15 трлн теңге инвестиция тартуды жоспарлап отыр.",
        published=D(2023, 3, 1),
        expected=[],
    ),
    Case(
        "kk-sector-is-no-total",
        "Былтыр Қазақстан мен Әзербайжанның агроөнеркәсіп өнімдерінің өзара саудасы 120 млн доллар болды.",
        published=D(2024, 3, 1),
        expected=[],
    ),
]
KK_GAPS: dict[str, str] = {}

CASES = [*ZH_NUMBERS, *ZH_WHO, *ZH_WHEN, *ZH_HOW, *KK]
GAPS = {**ZH_NUMBERS_GAPS, **ZH_WHO_GAPS, **ZH_WHEN_GAPS, **ZH_HOW_GAPS, **KK_GAPS}


@pytest.mark.parametrize("case", case_params(CASES, GAPS))
def test_zh_kk_case(case: Case) -> None:
    check_case(case)


def test_language_of_the_frame() -> None:
    """The frame's `lang` says zh and kk as it says ru and en."""
    from tradeviz import extract_text

    zh = extract_text("2023年中哈双边贸易额为410亿美元。")
    kk = extract_text("2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 41 млрд долларға жетті.")
    assert list(zh["lang"]) == ["zh"] and list(kk["lang"]) == ["kk"]


_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-03-05"></head><body>
<nav><a href="/">{nav}</a></nav><article><h1>{title}</h1>{paragraphs}</article>
<footer>{nav}</footer></body></html>"""


def _page(lang: str, title: str, nav: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return _PAGE.format(lang=lang, title=title, nav=nav, paragraphs=body).encode("utf-8")


@pytest.mark.parametrize(
    ("page", "lang", "amount", "parties"),
    [
        pytest.param(
            _page(
                "zh",
                "中哈经贸合作持续深化",
                "首页 | 国际 | 财经",
                [
                    "新华社阿斯塔纳3月5日电 哈萨克斯坦总统托卡耶夫在会见中国代表团时表示,两国经贸合作成果丰硕。",
                    "据中国海关统计,2023年中哈双边贸易额达410亿美元,同比增长32%,创历史新高。",
                    "双方表示,将继续深化在能源、交通、农业等领域的务实合作,推动两国关系不断向前发展。",
                ],
            ),
            "zh",
            41_000_000_000,
            "CN-KZ",
            id="Chinese page",
        ),
        pytest.param(
            _page(
                "kk",
                "Қазақстан мен Қытайдың саудасы өсті",
                "Басты бет | Жаңалықтар | Экономика",
                [
                    "Мемлекет басшысы Қасым-Жомарт Тоқаев Қытай делегациясын қабылдап, екі елдің ынтымақтастығын талқылады.",
                    "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 31,5 млрд долларға жетті.",
                    "Тараптар көлік, энергетика және ауыл шаруашылығы салаларындағы жобаларды жалғастыруға келісті.",
                ],
            ),
            "kk",
            31_500_000_000,
            "CN-KZ",
            id="Kazakh page",
        ),
    ],
)
def test_html_pages_in_chinese_and_kazakh(page: bytes, lang: str, amount: int, parties: str) -> None:
    """A news page in either language reads through trafilatura to its facts, with its language."""
    from tradeviz.pipeline import extract_article
    from tradeviz.read import article_from_html

    article = article_from_html(page, name="page.html")
    facts, _ = extract_article(article)
    assert article.lang == lang
    assert [(float(fact.amount), fact.parties, fact.lang) for fact in facts] == [(amount, parties, lang)]
