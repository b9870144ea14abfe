"""Tables flattened into lines, as scraped pages give them: a header line that names the figure and its
unit ("Rank State Imports & Exports (Billions of USD) Principal Import Sector"), then one line per region
or country ("2 Texas $71.36 Oil & Gas"). Such lines are no sentences (too short, no verb), so the
sentence rules never see them; here each row is a fact of the header's metric in the header's unit, for
the period said last before the table, its row naming the region (of one of the article's pair) or the
partner (of the one country the header names).

A header needs a unit in brackets: a line of numbers under a trade word without one is a chart's legend or
a list of something else, not a table of money.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

import regex

from tradeviz.extract.amounts import scale_of
from tradeviz.extract.context import ArticleText
from tradeviz.extract.found import Finding
from tradeviz.extract.kit import TIMEOUT
from tradeviz.extract.numerals import parse_number
from tradeviz.extract.periods import to_period
from tradeviz.extract.places import Mention, find_countries, find_regions, pair_code
from tradeviz.extract.times import SPAN

MIN_ROWS = 2  # one line under a header is a caption, not a table
_ROW_MAX_LENGTH = 160

# (metric, words in the header), tried in this order: "Imports & Exports" is the trade, not imports.
HEADER_METRICS: tuple[tuple[str, str], ...] = (
    (
        "turnover",
        r"(?:imports?\s*(?:&|and)\s*exports?|exports?\s*(?:&|and)\s*imports?|total\s+trade|trade\s+turnover"
        r"|trade\s+volume|товарооборот\w*|экспорт\w*\s+и\s+импорт\w*|импорт\w*\s+и\s+экспорт\w*|объ[её]м\s+торговл\w*)",
    ),
    ("export", r"(?:exports?|экспорт\w*)"),
    ("import", r"(?:imports?|импорт\w*)"),
    ("turnover", r"(?:trade|торговл\w*)"),
)
_HEADER_METRIC = regex.compile(
    "|".join(rf"(?<!\w)(?P<m{index}>{words})(?!\w)" for index, (_, words) in enumerate(HEADER_METRICS))
)
# The unit in brackets: "(Billions of USD)", "(USD billion)", "(млн долл. США)", "($ bn)".
_SCALE = r"(?P<scale>billions?|millions?|thousands?|bn|mln|mn|млрд|млн|тыс)\.?"
_CURRENCY = r"(?P<currency>us\s*dollars?|usd|us\$|\$|dollars?|долл\w*\.?(?:\s*сша)?|eur|euros?|€|евро)"
HEADER_UNIT = regex.compile(
    rf"[(\[]\s*(?:in\s+|в\s+)?(?:{_SCALE}\s*(?:of\s+)?{_CURRENCY}"
    rf"|{_CURRENCY.replace('currency', 'currency2')}\s*{_SCALE.replace('scale', 'scale2')})\s*[)\]]"
)
_CURRENCY_CODES = (("eur", "EUR"), ("euro", "EUR"), ("€", "EUR"), ("евро", "EUR"))
# A row: an optional rank, a name, then the figure ("1 Michigan $98.42 Transportation Equipment").
_ROW = regex.compile(
    r"[^\S\n]*(?:\d{1,3}[.)]?[^\S\n]+)?(?P<label>[^\W\d][^\d\n$€]{0,40}?)[^\S\n]*[-–:]?[^\S\n]*"
    r"(?:us\$|\$|€)?[^\S\n]*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d.,])"
)
_CYRILLIC = regex.compile(r"[а-яё]")
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


@dataclasses.dataclass(frozen=True, slots=True)
class _Header:
    metric: str
    unit: str | None
    multiplier: int
    currency: str
    unit_start: int  # where its unit in brackets starts ("(млн долл. США)" names no country)
    end: int  # where the header line ends: the rows follow


def table_facts(article: ArticleText) -> list[Finding]:
    """One fact per row of each table of the article (none when it holds no header with a unit)."""
    if "(" not in article.lower and "[" not in article.lower:
        return []
    facts: list[Finding] = []
    for unit in HEADER_UNIT.finditer(article.lower, timeout=TIMEOUT):
        header = _header(article, unit)
        if header is not None:
            facts.extend(_rows(article, header))
    return facts


def _line_span(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _header(article: ArticleText, unit: regex.Match[str]) -> _Header | None:
    lower = article.lower
    start, end = _line_span(lower, unit.start())
    metric = _HEADER_METRIC.search(lower, start, end, timeout=TIMEOUT)
    if metric is None:
        return None
    scale = unit.group("scale") or unit.group("scale2")
    word = scale.rstrip(".")
    unit_word, multiplier = scale_of(word if word in ("млрд", "млн", "тыс") else word.rstrip("s"))
    currency_word = unit.group("currency") or unit.group("currency2")
    currency = next((code for word, code in _CURRENCY_CODES if word in currency_word), "USD")
    name = HEADER_METRICS[int(str(metric.lastgroup)[1:])][0]
    return _Header(name, unit_word, multiplier, currency, unit.start(), end)


def _rows(article: ArticleText, header: _Header) -> list[Finding]:
    """The lines right under the header that name a place and give a figure, while they go on."""
    lower, found = article.lower, []
    position = header.end + 1
    while position < len(lower):
        start, end = _line_span(lower, position)
        row = _ROW.match(lower, start, min(end, start + _ROW_MAX_LENGTH), timeout=TIMEOUT)
        if row is None or end == start:
            break
        fact = _row_fact(article, header, row, start, end)
        if fact is not None:  # a row of a place the tables do not know is skipped, the table goes on
            found.append(fact)
        position = end + 1
    return found if len(found) >= MIN_ROWS else []


def _row_fact(
    article: ArticleText, header: _Header, row: regex.Match[str], start: int, end: int
) -> Finding | None:
    label_start, label_end = row.span("label")
    regions = find_regions(article.lower, label_start, label_end)
    pair = article.pair
    if regions and pair is not None and regions[0][0].code in pair:
        home = regions[0][0].code
        region: str | None = regions[0][1].name
        partner = pair[1] if pair[0] == home else pair[0]
    else:
        countries = find_countries(article.norm, article.lower, label_start, label_end)
        owner = _table_owner(article, header)
        if not countries or owner is None or countries[0].code == owner:
            return None
        home, partner, region = owner, countries[0].code, None
    value = parse_number(
        row.group("number"), "ru" if article.is_kazakh or _CYRILLIC.search(row.group("label")) else "en"
    )
    period = _period_before(article, header)
    flow = {"export": f"{home}>{partner}", "import": f"{partner}>{home}"}.get(header.metric)
    return Finding(
        metric=header.metric,
        kind="actual",
        value=value,
        unit=header.unit,
        amount=value * header.multiplier,
        amount_high=None,
        currency=header.currency,
        qualifier="=",
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        target_year=None,
        parties=pair_code(home, partner),
        region=region,
        quote=article.text[start:end],
        start=start,
        end=end,
        flow=flow,
    )


def _table_owner(article: ArticleText, header: _Header) -> str | None:
    """The one country the header line (or the title line above it) names: whose partners the rows are."""
    start, _ = _line_span(article.lower, header.end - 1)
    above = article.lower.rfind("\n", 0, max(0, start - 1))
    named: list[Mention] = find_countries(article.norm, article.lower, max(0, above), header.unit_start)
    codes = {mention.code for mention in named}
    return codes.pop() if len(codes) == 1 else None


def _period_before(article: ArticleText, header: _Header) -> tuple[dt.date, dt.date] | None:
    """The year the header or the title line above it says, else the last year said for a figure's period
    before the table."""
    start, _ = _line_span(article.lower, header.end - 1)
    above = max(0, article.lower.rfind("\n", 0, max(0, start - 1)))
    said = _YEAR.search(article.lower, above, header.end, timeout=TIMEOUT)
    if said is not None:
        year = int(said.group())
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    starts = [sentence.start for sentence in article.sentences]
    for index in range(bisect.bisect_right(starts, start) - 1, -1, -1):
        for mention in reversed(article.sentence(index).times):
            if mention.role == SPAN and mention.year is not None:
                period = to_period(mention, mention.year)
                return period.start, period.end
    return None
