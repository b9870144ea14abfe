"""What an article's own text says about it when front matter does not: language, date, outlet, headline.

Every guess here is conservative: "nothing found" (None) is better than a wrong outlet or date, because
the dashboard shows these values next to the facts as if they were known.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import ParamSpec, TypeVar

import regex

# --- word tables ---------------------------------------------------------------------------------------

MONTHS = {
    "январь": 1, "января": 1, "янв": 1, "january": 1, "jan": 1,
    "февраль": 2, "февраля": 2, "февр": 2, "фев": 2, "february": 2, "feb": 2,
    "март": 3, "марта": 3, "мар": 3, "march": 3, "mar": 3,
    "апрель": 4, "апреля": 4, "апр": 4, "april": 4, "apr": 4,
    "май": 5, "мая": 5, "may": 5,
    "июнь": 6, "июня": 6, "июн": 6, "june": 6, "jun": 6,
    "июль": 7, "июля": 7, "июл": 7, "july": 7, "jul": 7,
    "август": 8, "августа": 8, "авг": 8, "august": 8, "aug": 8,
    "сентябрь": 9, "сентября": 9, "сент": 9, "сен": 9, "september": 9, "sept": 9, "sep": 9,
    "октябрь": 10, "октября": 10, "окт": 10, "october": 10, "oct": 10,
    "ноябрь": 11, "ноября": 11, "нояб": 11, "ноя": 11, "november": 11, "nov": 11,
    "декабрь": 12, "декабря": 12, "дек": 12, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names in the forms dates use (Russian nominative and genitive, abbreviations), with their number."""

ATTRIBUTION_VERBS = (
    "сообщает", "сообщают", "сообщили", "передает", "передаёт", "передают", "пишет", "пишут", "информирует",
)  # fmt: skip
"""Russian verbs that introduce the outlet: "..., сообщает El.kz со ссылкой на Акорду".

Singular past forms ("сообщил") are left out: they introduce people, not outlets."""

ROLE_WORDS = (
    "корреспондент", "корреспондента", "корреспонденты", "собкор", "агентство", "агентства",
    "информагентство", "информагентства", "информационное", "информационного",
    "издание", "издания", "портал", "портала", "сайт", "сайта", "газета", "газеты", "телеканал", "телеканала",
    "correspondent", "correspondents", "agency", "news", "portal", "website", "newspaper", "the",
)  # fmt: skip
"""Words before an outlet's name that are not part of it: "передает корреспондент Tengrinews.kz"."""

OUTLET_WORDS = (
    "news", "agency", "press", "service", "tv", "radio", "times", "post", "daily", "gazette", "herald",
    "journal", "media", "portal", "newspaper", "tribune", "telegraph", "wire", "inform",
)  # fmt: skip
"""Words that make a name after "according to" an outlet rather than a person or a statistics office."""

QUOTE_PAIRS = ("«»", '""', "“”", "„“")
"""Opening and closing quotes around a name."""

PRESS_SERVICE = ("пресс-служба", "press service")
"""Heads of a press service's name, which is an outlet even though it is written in lowercase."""

CAPTION_LABELS = (
    "фото", "photo", "видео", "video", "источник", "source", "автор", "author", "теги", "tags",
    "категории", "categories", "рубрика", "иллюстрация", "illustration", "коллаж", "скриншот",
    "screenshot", "credit", "image", "изображение",
)  # fmt: skip
"""Labels of captions and page furniture, never a headline: "Фото: Akorda 03.07.2024"."""

# --- limits --------------------------------------------------------------------------------------------

HEADER_LINES = 15
HEADER_CHARS = 1000
"""The page header, where a publication stamp lives: the first lines, cut to the first characters."""

YEARS = range(1950, 2101)
"""Publication years taken seriously; anything else in a date-like string is a code or a typo."""

LANG_SAMPLE_CHARS = 5_000
HAN = regex.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KAZAKH = regex.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # letters Kazakh writes and Russian does not
KAZAKH_LEAST, KAZAKH_SHARE = (
    3,
    40,
)  # a Kazakh text: three of them at least, and one letter in 40 (a name is not)
"""Language is clear from the start of a text; counting letters in 20 MiB would only cost time."""

BODY_DATE_CHARS = 5_000
"""Past the header, a date is looked for only this far in: later dates are of events, not of the page."""

MAX_SOURCE_WORDS = 8
MAX_SOURCE_CHARS = 80
"""Longer "outlets" are clauses caught by mistake ("пишет Токаев в своем Telegram-канале ...")."""

TAIL_LINES = 8
"""A press service's signature stands alone among the last non-empty lines."""

TITLE_MIN_WORDS = 4
TITLE_MAX_CHARS = 200
BODY_MIN_CHARS = 80
"""A headline has a few words; a body paragraph is a long line ending a sentence."""

TITLE_SEARCH_LINES = 30
"""Headlines come before the body; past these lines the page is a body without one."""

REGEX_TIMEOUT = 5.0
"""Seconds; patterns are linear and mostly run on short slices, this only guards huge pasted texts."""

# --- fragments -----------------------------------------------------------------------------------------


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first so "марта" wins over "мар".

    >>> alternation(["мар", "марта", "a.b"])
    '(?:марта|a\\\\.b|мар)'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(regex.escape(word) for word in ordered) + ")"


SPACE = r"[\p{Zs}\t]+"  # spaces, including no-break and thin ones, but never a line break
MONTH_NAME = rf"(?P<month_name>{alternation(MONTHS)})(?!\w)\.?"  # "марта", "янв.", "January"
YEAR = r"(?P<year>\d{4})(?!\d)"  # four digits; the range is checked on the value
YEAR_WORD = r"(?:года|год|г\.?)(?!\w)"  # "2023 года", "2023 г."
TIME = rf"(?:,?{SPACE}(?:в{SPACE})?(?P<time>\d{{1,2}}:\d{{2}}))?"  # "14:03" right after the date

DATE = regex.compile(
    rf"""
    (?<![\d.])(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{YEAR}(?!\.\d){TIME}     # 03.07.2024 14:03
    | (?<![\d/])(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/{YEAR}(?!/\d){TIME}        # 16/09/2024, 09/16/2024
    | (?<!\d)(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)
      (?:[T ](?P<time>\d{{2}}:\d{{2}}))?                                           # 2024-07-03T14:03
    | (?<!\d)(?P<day>\d{{1,2}}){SPACE}{MONTH_NAME},?{SPACE}{YEAR}
      (?:{SPACE}?{YEAR_WORD})?{TIME}                                               # 3 марта 2023 года
    | (?<!\w){MONTH_NAME}{SPACE}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?{SPACE}{YEAR}{TIME}  # January 20, 2023
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A full date (day, month and year); "3 марта" alone is not one."""

FOUR_DIGITS = regex.compile(r"(?<!\d)\d{4}(?!\d)")
SPACES_BEFORE = regex.compile(r"(?r)[\p{Zs}\t]+")  # matched backwards: the spaces right before a position
WORD_BEFORE = regex.compile(r"(?r)\w+")  # the word right before a position
MONTH_WORD = regex.compile(alternation(MONTHS), regex.IGNORECASE)
DATE_REACH_BEFORE = 40  # "20 сентября " before the year
DATE_REACH_AFTER = 24  # " года, 14:03" or "-07-03T14:03" after it

DATE_WITHOUT_YEAR = rf"(?:\d{{1,2}}{SPACE}{MONTH_NAME}|{MONTH_NAME}{SPACE}\d{{1,2}})(?:,?{SPACE}\d{{4}})?"

CLAUSE_END = regex.compile(
    r"""
    \s+(?:со|ссылаясь|with|citing|quoting|referring)(?!\w)    # "со ссылкой на", "with reference to"
    | \s(?:в|во|на|in|on|that)\s                               # "пишет Kazinform в Telegram"
    | \.(?=\s|$)                                               # a sentence end, not the dot of "El.kz"
    | \s[-–—]+\s                                               # a dash opening the next clause
    | [,;:!?()\[\]|\n]                                         # any other clause break
    """,
    regex.VERBOSE,
)
"""Where the outlet's name after an attribution verb stops."""

RUSSIAN_ATTRIBUTION = regex.compile(
    rf"(?<!\w){alternation(ATTRIBUTION_VERBS)}(?!\w){SPACE}(?P<outlet>[^\n]{{1,200}})",
    regex.IGNORECASE,
)

IN_PRESS_SERVICE = regex.compile(r"во?\s+пресс-службе(?!\w)", regex.IGNORECASE)
""""сообщили в пресс-службе акимата" names the outlet in the locative; it becomes "пресс-служба ..."."""

NAME = r"[\p{Lu}\d][\w.&'’-]*"  # a capitalised word or a domain: "Kazinform", "El.kz", "24.kz"
NAMES = rf"{NAME}(?:[ ]{NAME}){{0,4}}"  # up to five of them: "Trend News Agency"

ENGLISH_ATTRIBUTION = regex.compile(
    rf"""
    (?<=[,;]\s)(?:the\s+)?(?P<outlet>{NAMES})                        # after a clause, not "Kazakhstan
      (?:\s+correspondents?)?\s+report(?:s|ed)(?!\w)                  # reports growth": ", El.kz reports"
    | (?<=[,;]\s)report(?:s|ed)\s+(?:the\s+)?(?P<outlet>{NAMES})      # ", reports Xinhua"
    | (?<!\w)according\s+to\s+(?:the\s+)?(?P<candidate>{NAMES}|press\s+service\s+of\s[^\n]{{1,100}})
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""English attributions; an "according to" candidate must still pass :func:`_looks_like_outlet_name`."""

DATELINE = regex.compile(
    rf"""
    ^[\p{{L}}\d\p{{Zs}},.-]{{0,60}}?                # place, date: "Нур-Султан, 3 марта ", "BEIJING, March 3 "
    (?: /(?P<outlet>\p{{Lu}}[^/()\n]{{1,40}})/      # the agency between slashes: "/Синьхуа/"
        \p{{Zs}}*(?:--|[-–—.])                      # then a dash (or TASS's full stop)
      | \((?P<outlet>\p{{Lu}}[^/()\n]{{1,40}})\)    # or in brackets: "(Xinhua)", "(Reuters)"
        \p{{Zs}}*(?:--|[-–—])                       # then a dash
      | (?<=^\p{{Lu}}[\p{{L}}-]+(?:\p{{Zs}}\p{{Lu}}[\p{{L}}-]+)?[,.]{SPACE}
            (?:{DATE_WITHOUT_YEAR}[,.]{SPACE})?)    # or, after "АСТАНА. " or "Москва. 3 марта. ",
        (?P<outlet>\p{{Lu}}{{2,}}[\p{{Lu}}\d.-]*)   # an agency in capitals: "КАЗИНФОРМ", "ИНТЕРФАКС"
        \p{{Zs}}*(?:--|[-–—])                       # then a dash
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""A dateline naming the agency at the start of a line."""

DATELINE_HEAD = r"(?:[\p{L}\d\p{Zs},.-]{0,60}[/(]|\p{Lu}[\p{L}-]+(?:\p{Zs}\p{Lu}[\p{L}-]+)?[,.])"
DATELINE_START = regex.compile("^" + DATELINE_HEAD, regex.MULTILINE)
"""What every DATELINE match starts with: its agency's "/" or "(" after at most 60 place-and-date characters,
or a capitalised place and a "," or "." (the lookbehind of its third form). Lines without it are skipped."""
DATELINE_START_AFTER_BREAK = regex.compile(r"\n" + DATELINE_HEAD)
"""The same after a line break: the engine finds the break fast, while it tries "^" at every position (the
head holds no line break, so these matches, one a line, are those of DATELINE_START past the first line)."""

COPYRIGHT = regex.compile(
    r"^\p{Zs}*(?:©|\([cс]\)|copyright(?!\w))\p{Zs}*(?P<outlet>[^\n]{2,100})$",
    regex.MULTILINE | regex.IGNORECASE,
)
"""A "© Outlet" line."""

COPYRIGHT_CLUTTER = regex.compile(
    r"(?:copyright|©|\d{4}(?:\s*[-–]\s*\d{4})?)\s*|(?:all\s+rights|все\s+права)[^\n]*",
    regex.IGNORECASE,
)
"""Years, repeated signs and "All rights reserved" around the name on a copyright line."""

SIGNATURE = regex.compile(rf"{alternation(PRESS_SERVICE)}(?!\w)[^\n.!?]{{0,100}}\.?", regex.IGNORECASE)
"""A press service signing off: "Пресс-служба акимата Туркестанской области"."""

DOMAIN = regex.compile(r"\w\.\p{L}{2,}(?!\w)")
WORD = regex.compile(r"[\w'’-]+")

CLUTTER = regex.compile(r"https?://\S+|www\.\S+")
EMAIL = regex.compile(r"[\w.+-]+@\S+")  # run only when there is an "@": it is slow to look for
"""Links and addresses: Latin letters that say nothing about the language of the text."""

NOT_CP1251_LETTERS = bytes(b for b in range(256) if b < 0xC0 and b not in (0xA8, 0xB8))
NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))

SENTENCE_END = regex.compile(r"[.!?…][\"'»”)\]]*$")
CAPTION = regex.compile(rf"{alternation(CAPTION_LABELS)}(?:\s*[:©|/-]|\s+by\s)", regex.IGNORECASE)
"""A caption label followed by its credit: "Фото: Akorda", "Photo by Reuters"."""
MARKDOWN_HEADING = regex.compile(r"^#{1,6}\s+")

# --- helpers -------------------------------------------------------------------------------------------

P = ParamSpec("P")
R = TypeVar("R")


def _none_on_timeout(infer: Callable[P, R | None]) -> Callable[P, R | None]:
    """A pathological text yields no metadata rather than a stuck or failed read."""

    @functools.wraps(infer)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return infer(*args, **kwargs)
        except TimeoutError:
            return None

    return wrapper


def _case_variants(pattern: regex.Pattern[str], words: Iterable[str]) -> str | None:
    """The characters an IGNORECASE ``pattern`` takes for a letter of the (lower-case) ``words`` that
    str.lower() does not turn into that letter (Turkish "İ", long "ſ", old forms of Cyrillic letters), or None
    when the regex module cannot tell (no prefilter then)."""
    get_all_cases = getattr(importlib.import_module("regex._regex"), "get_all_cases", None)
    if get_all_cases is None:  # pragma: no cover - a private function of the regex module
        return None
    letters = {char for word in words for char in word}
    return "".join(
        sorted(
            {
                chr(code)
                for letter in letters
                for code in get_all_cases(pattern.flags, ord(letter))
                if chr(code).lower() != letter
            }
        )
    )


def _may_hold(text: str, words: Iterable[str], variants: str | None) -> bool:
    """Prefilter for an IGNORECASE pattern every match of which holds one of ``words`` (lower-case): whether
    the lower-cased text holds one, or the text a character that matches a letter of them only that way.

    >>> _may_hold("Сообщает ТАСС", ["сообщает"], ""), _may_hold("Сообщает", ["пишет"], "")
    (True, False)
    >>> _may_hold("COPYRİGHT", ["copyright"], _case_variants(COPYRIGHT, ["copyright"]))
    True
    """
    if variants is None:
        return True
    lowered = text.lower()
    return any(word in lowered for word in words) or any(char in text for char in variants)


def _header(text: str) -> str:
    """The first HEADER_LINES lines, at most HEADER_CHARS characters.

    >>> _header("a\\n" * 20).count("\\n")
    15
    """
    end = -1
    for _line in range(HEADER_LINES):
        end = text.find("\n", end + 1)
        if end == -1:
            return text[:HEADER_CHARS]
    return text[: min(end + 1, HEADER_CHARS)]


def _capitalise(name: str) -> str:
    """First letter up, the rest as written.

    >>> _capitalise("пресс-служба МИД РК")
    'Пресс-служба МИД РК'
    """
    return name[:1].upper() + name[1:]


# --- language ------------------------------------------------------------------------------------------


def detect_lang(text: str) -> str:
    """ "zh" when Chinese characters outnumber letters; else "kk" or "ru" when Cyrillic letters outnumber
    Latin ones (links aside), "kk" when Kazakh's own letters are more than a few of them; else "en".

    >>> detect_lang("Товарооборот достиг 41 млрд долларов (USD), https://kazinform.kz/news")
    'ru'
    >>> detect_lang("Trade reached $41 billion"), detect_lang("2024")
    ('en', 'en')
    >>> detect_lang("中俄双边贸易额达802.6亿美元"), detect_lang("Қазақстан мен Қытайдың сауда айналымы өсті")
    ('zh', 'kk')
    """
    sample = text[:LANG_SAMPLE_CHARS]
    if "http" in sample or "www." in sample:  # every CLUTTER match holds one of them (case-sensitive)
        sample = CLUTTER.sub(" ", sample, timeout=REGEX_TIMEOUT)
    if "@" in sample:
        sample = EMAIL.sub(" ", sample, timeout=REGEX_TIMEOUT)
    # Counted by codecs in C: Russian letters are cp1251 bytes from 0xC0 up (and Ё, ё), Latin the ASCII ones.
    cyrillic = len(sample.encode("cp1251", "ignore").translate(None, NOT_CP1251_LETTERS))
    latin = len(sample.encode("ascii", "ignore").translate(None, NOT_ASCII_LETTERS))
    if len(HAN.findall(sample, timeout=REGEX_TIMEOUT)) > cyrillic + latin:
        return "zh"
    if cyrillic <= latin:
        return "en"
    kazakh = len(KAZAKH.findall(sample, timeout=REGEX_TIMEOUT))
    return "kk" if kazakh >= KAZAKH_LEAST and kazakh * KAZAKH_SHARE >= cyrillic else "ru"


# --- publication date ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class DateMention:
    """A full date found in a text, with its raw substring and position."""

    raw: str
    start: int
    value: dt.date
    has_time: bool


def _month_number(name: str) -> int | None:
    """The month a name the date pattern matched stands for. The pattern ignores case, so it also matches
    letters whose lower case is not the table's: Turkish 'İ' lowers to 'i' and a combining dot."""
    return MONTHS.get(name.lower().replace("\u0307", ""))


def _to_date(match: regex.Match[str]) -> dt.date | None:
    """The match's date, or None when it cannot be a publication date (31.02, year 0042)."""
    month = _month_number(match["month_name"]) if match["month_name"] else int(match["month"])
    if month is None:
        return None
    day = int(match["day"])
    if month > 12 >= day and "/" in match[0]:  # 09/16/2024: the American order
        month, day = day, month
    year = int(match["year"])
    if year not in YEARS:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[DateMention]:
    """Every full, possible date in ``text``, in order.

    Every full date holds a four-digit year, so the date pattern (slow: month names at every position)
    runs only in a small window around each four-digit number.

    >>> [(m.raw, m.value.isoformat()) for m in find_dates("31.02.2024, 3 марта 2023 г. и 3 мая")]
    [('3 марта 2023 г.', '2023-03-03')]
    """
    taken = 0
    # FOUR_DIGITS has a fixed width and one-character look-arounds: linear, so no timeout.
    for year in FOUR_DIGITS.finditer(text):
        if year.start() < taken or not _could_be_in_a_date(text, year.start(), year.end()):
            continue
        window = (max(taken, year.start() - DATE_REACH_BEFORE), min(len(text), year.end() + DATE_REACH_AFTER))
        for match in DATE.finditer(text, *window, timeout=REGEX_TIMEOUT):
            if not match.start() <= year.start() < match.end():
                continue
            taken = match.end()
            value = _to_date(match)
            if value is not None:
                yield DateMention(match[0], match.start(), value, bool(match["time"]))
            break


def _could_be_in_a_date(text: str, start: int, end: int) -> bool:
    """Whether a DATE match can hold the four digits at ``text[start:end]`` (a necessary test, cheap).

    The digits can only be its year: right after "." or "/" (03.07.2024, 16/09/2024), before "-"
    (2024-07-03), or after the spaces that follow a month name or a day ("3 марта 2023", "January 20,
    2023"); or the minutes of a time after ":". Most years in a text ("в 2023 году") are none of these and
    skip the date pattern, which is slow.

    >>> [_could_be_in_a_date(t, 2, 6) for t in ["в 2023 году", "1.2023", "a 2024-01-02", "5 2023"]]
    [False, True, True, True]
    >>> [_could_be_in_a_date(t, len(t) - 4, len(t)) for t in ["3 марта 2023", "Jan. 2023", "году, 2023"]]
    [True, True, False]
    """
    if text[start - 1 : start] in (".", "/", ":") or text[end : end + 1] == "-":
        return True
    spaces = SPACES_BEFORE.match(text, 0, start)  # linear patterns here: no timeout needed
    if spaces is None:
        return False
    position = spaces.start()
    if text[position - 1 : position] == ",":
        position -= 1
    stops = [position]
    if text[position - 1 : position] == ".":  # "янв. 2023"
        stops.append(position - 1)
    for stop in stops:
        word = WORD_BEFORE.match(text, 0, stop)
        if word is None:
            continue
        if any(map(str.isdigit, word.group())):  # a day: "20, 2023", "20th, 2023"
            return True
        if MONTH_WORD.fullmatch(word.group()):  # "марта 2023" (literals only: linear, no timeout)
            return True
    return False


@_none_on_timeout
def infer_published(text: str) -> dt.date | None:
    """The date the text states: a stamp in the header (one with a time first), else the first date.

    >>> infer_published("Фото: Akorda 03.07.2024 14:03 279\\n\\nТекст.")
    datetime.date(2024, 7, 3)
    >>> infer_published("Нур-Султан, 3 марта /Синьхуа/ -- Текст.") is None
    True
    """
    in_header = list(find_dates(_header(text)))
    if in_header:
        stamped = [mention for mention in in_header if mention.has_time]
        return (stamped or in_header)[0].value
    first = next(find_dates(text[:BODY_DATE_CHARS]), None)
    return first.value if first else None


# --- source --------------------------------------------------------------------------------------------


def _clause_head(text: str) -> str:
    """``text`` up to the end of its clause.

    >>> _clause_head("El.kz со ссылкой на Акорду.")
    'El.kz'
    >>> _clause_head("МИА «Казинформ». Далее")
    'МИА «Казинформ»'
    """
    end = CLAUSE_END.search(text, timeout=REGEX_TIMEOUT)
    return (text[: end.start()] if end else text).strip()


def _drop_role_words(name: str) -> str:
    """Remove "корреспондент", "агентство" and the like before the name.

    >>> _drop_role_words("корреспондент агентства Trend")
    'Trend'
    """
    words = name.split()
    while len(words) > 1 and words[0].lower() in ROLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _looks_like_outlet(name: str) -> bool:
    """Short, and a proper name (capital, digit or quote first) or a press service.

    >>> [_looks_like_outlet(n) for n in ["ТАСС", "24.kz", "«Курсив»", "пресс-служба МИД", "он", ""]]
    [True, True, True, True, False, False]
    """
    if not name or len(name) > MAX_SOURCE_CHARS or len(name.split()) > MAX_SOURCE_WORDS:
        return False
    return name[0].isupper() or name[0].isdigit() or name[0] in "«\"“'" or _is_press_service(name)


def _is_press_service(name: str) -> bool:
    return name.lower().startswith(PRESS_SERVICE)


def _looks_like_outlet_name(name: str) -> bool:
    """After "according to", only names that say they are media: a domain or an outlet word.

    >>> [_looks_like_outlet_name(n) for n in ["Kazinform", "Kun.uz", "Trend News Agency", "Tokayev"]]
    [True, True, True, False]
    """
    words = {word.lower() for word in WORD.findall(name, timeout=REGEX_TIMEOUT)}
    return (
        _is_press_service(name)
        or DOMAIN.search(name, timeout=REGEX_TIMEOUT) is not None
        or any(word in words or any(w.endswith(word) for w in words) for word in OUTLET_WORDS)
    )


def _unquote(name: str) -> str:
    """A name wholly in quotes loses them; "МИА «Казинформ»" keeps its own.

    >>> _unquote("«Курсив»"), _unquote('"Коммерсантъ"'), _unquote("МИА «Казинформ»")
    ('Курсив', 'Коммерсантъ', 'МИА «Казинформ»')
    """
    if len(name) > 2 and name[0] + name[-1] in QUOTE_PAIRS and not any(q in name[1:-1] for q in '«»"“”'):
        return name[1:-1]
    return name


def _clean_outlet(raw: str) -> str | None:
    """The outlet in the words after an attribution, or None when they do not name one."""
    name = _unquote(_drop_role_words(_clause_head(raw)).strip(" ."))
    return _capitalise(name) if _looks_like_outlet(name) else None


_ATTRIBUTION_VARIANTS = _case_variants(RUSSIAN_ATTRIBUTION, ATTRIBUTION_VERBS)


def _from_russian_attribution(text: str) -> str | None:
    """ "сообщает El.kz", "передает корреспондент Tengrinews.kz", "сообщили в пресс-службе акимата"."""
    if not _may_hold(text, ATTRIBUTION_VERBS, _ATTRIBUTION_VARIANTS):
        return None  # prefilter: every match holds one of the verbs
    for match in RUSSIAN_ATTRIBUTION.finditer(text, timeout=REGEX_TIMEOUT):
        words = IN_PRESS_SERVICE.sub("пресс-служба", match["outlet"], count=1, timeout=REGEX_TIMEOUT)
        if words.startswith(("в ", "во ")):  # "сообщили в министерстве": an institution, declined
            continue
        outlet = _clean_outlet(words)
        if outlet:
            return outlet
    return None


def _from_english_attribution(text: str) -> str | None:
    """ "El.kz reports", ", reports Xinhua", "according to Kun.uz"."""
    if "report" not in text and "according" not in text:
        return None  # prefilter: every ENGLISH_ATTRIBUTION match holds one of the two (case-sensitive)
    for match in ENGLISH_ATTRIBUTION.finditer(text, timeout=REGEX_TIMEOUT):
        if match["candidate"]:
            name = _clean_outlet(match["candidate"])
            if name and _looks_like_outlet_name(name):
                return name
        else:
            outlet = _clean_outlet(match["outlet"])
            if outlet:
                return outlet
    return None


def _from_dateline(text: str) -> str | None:
    """ "Нур-Султан, 3 марта /Синьхуа/ --", "BEIJING, March 3 (Xinhua) --", "АСТАНА. КАЗИНФОРМ -"."""
    # DATELINE matches at a line start and within the line, so trying it at the lines that start as it
    # must finds what DATELINE.finditer finds, in the same order, without its slow attempt at every line.
    for start in _dateline_starts(text):
        match = DATELINE.match(text, start, timeout=REGEX_TIMEOUT)
        outlet = _clean_outlet(match["outlet"]) if match else None
        if outlet:
            return outlet
    return None


def _dateline_starts(text: str) -> Iterator[int]:
    """Where DATELINE_START.finditer(text) finds its matches, found faster.

    >>> list(_dateline_starts("АСТАНА. КАЗИНФОРМ - Текст.\\nдалее\\nBEIJING, March 3 (Xinhua) -- x"))
    [0, 33]
    """
    if DATELINE_START.match(text, timeout=REGEX_TIMEOUT):
        yield 0
    for match in DATELINE_START_AFTER_BREAK.finditer(text, timeout=REGEX_TIMEOUT):
        yield match.start() + 1


_COPYRIGHT_WORDS = ("©", "(c)", "(с)", "copyright")  # one in every COPYRIGHT match
_COPYRIGHT_VARIANTS = _case_variants(COPYRIGHT, _COPYRIGHT_WORDS)


def _from_copyright(text: str) -> str | None:
    """ "© Tengrinews.kz", "© 2024 Kazinform. All rights reserved"."""
    if not _may_hold(text, _COPYRIGHT_WORDS, _COPYRIGHT_VARIANTS):
        return None  # prefilter
    for match in COPYRIGHT.finditer(text, timeout=REGEX_TIMEOUT):
        outlet = _clean_outlet(COPYRIGHT_CLUTTER.sub("", match["outlet"], timeout=REGEX_TIMEOUT))
        if outlet:
            return outlet
    return None


_SIGNATURE_VARIANTS = _case_variants(SIGNATURE, PRESS_SERVICE)


def _from_signature(text: str) -> str | None:
    """A "Пресс-служба ..." / "Press service of ..." line alone among the last lines."""
    if not _may_hold(text, PRESS_SERVICE, _SIGNATURE_VARIANTS):
        return None  # prefilter: every signature starts with one of them
    tail = [line.strip() for line in text.splitlines() if line.strip()][-TAIL_LINES:]
    for line in reversed(tail):
        if SIGNATURE.fullmatch(line, timeout=REGEX_TIMEOUT):
            return _capitalise(line.rstrip("."))
    return None


SOURCE_RULES = (
    _from_russian_attribution,
    _from_english_attribution,
    _from_dateline,
    _from_copyright,
    _from_signature,
)
"""Tried in order; an attribution in the text beats a dateline, which beats page furniture."""


@_none_on_timeout
def infer_source(text: str) -> str | None:
    """The outlet the text credits, by the first of SOURCE_RULES that finds one.

    >>> infer_source("Товарооборот вырос, сообщает корреспондент Tengrinews.kz со ссылкой на МИД.")
    'Tengrinews.kz'
    >>> infer_source("ASTANA, Jan 5 (Reuters) - Trade grew.")
    'Reuters'
    """
    for rule in SOURCE_RULES:
        outlet = rule(text)
        if outlet:
            return outlet
    return None


# --- title ---------------------------------------------------------------------------------------------


def _is_body_paragraph(line: str) -> bool:
    return len(line) >= BODY_MIN_CHARS and SENTENCE_END.search(line, timeout=REGEX_TIMEOUT) is not None


def _looks_like_headline(line: str) -> bool:
    """A few words, not a sentence, caption or number row.

    >>> _looks_like_headline("Аким Туркестанской области встретился с делегацией из Китая")
    True
    >>> [_looks_like_headline(line) for line in ["Фото: Akorda 03.07.2024 14:03 279", "Categories: Политика"]]
    [False, False]
    """
    if len(line) > TITLE_MAX_CHARS or line.endswith((".", ":", ";", ",")):
        return False  # the cheap tests first
    chunks = line.split()  # str.split breaks at exactly the characters str.isspace accepts
    words = sum(1 for word in chunks if any(map(str.isalpha, word)))
    visible = sum(map(len, chunks))
    digits = sum(map(str.isdigit, line))  # a digit is never a space
    return (
        words >= TITLE_MIN_WORDS
        and CAPTION.match(line, timeout=REGEX_TIMEOUT) is None
        and digits * 2 <= visible
    )


@_none_on_timeout
def infer_title(text: str) -> str | None:
    """The longest headline-like line before the first body paragraph, or None.

    >>> infer_title("logo\\n\\nГлава государства принял делегацию Китая\\n\\n" + "Текст статьи. " * 10)
    'Глава государства принял делегацию Китая'
    """
    candidates = []
    for raw in text.split("\n", TITLE_SEARCH_LINES)[:TITLE_SEARCH_LINES]:
        line = raw.strip()
        if line.startswith("#"):  # the only lines MARKDOWN_HEADING changes
            line = MARKDOWN_HEADING.sub("", line, count=1, timeout=REGEX_TIMEOUT)
        if _is_body_paragraph(line):
            break
        if _looks_like_headline(line):
            candidates.append(line)
    return max(candidates, key=len, default=None)
