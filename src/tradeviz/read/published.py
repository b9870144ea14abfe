"""The date an article states it was published, read from its own text: a stamp in the header, else a date.

Its own module because finding full dates fast (a slow pattern run only around four-digit years) is a job
of its own, with its month table and limits; the dateline rule of `source` reuses its month names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import regex

from tradeviz.read.inference import REGEX_TIMEOUT, SPACE, alternation, none_on_timeout

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

HEADER_LINES = 15
HEADER_CHARS = 1000
"""The page header, where a publication stamp lives: the first lines, cut to the first characters."""

YEARS = range(1950, 2101)
"""Publication years taken seriously; anything else in a date-like string is a code or a typo."""

BODY_DATE_CHARS = 5_000
"""Past the header, a date is looked for only this far in: later dates are of events, not of the page."""

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


@none_on_timeout
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
