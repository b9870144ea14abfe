"""Case tables for the extractor: the case type, builders for expected facts, and one matcher.

An expected fact is a dict holding a subset of the frame's columns: dates as "YYYY-MM-DD" strings,
``None`` for a null cell. One pseudo-column is allowed besides: ``quote_has``, a substring the row's
quote must contain (it pins the sentence without fixing where the splitter puts the final dot).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import pandas as pd

from tradeviz.frame import json_value

# The value of each scale word as the contract writes it in the `unit` column.
SCALES: dict[str | None, int] = {
    None: 1,
    "тыс": 10**3,
    "млн": 10**6,
    "млрд": 10**9,
    "трлн": 10**12,
    "thousand": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "万": 10**4,
    "亿": 10**8,
}

UNSET: Any = object()  # a column the case does not pin down

FLOAT_COLUMNS = frozenset({"value", "amount", "amount_high", "growth_pct"})
PSEUDO_COLUMNS = frozenset({"quote_has"})
Period = tuple[str, str] | None


@dataclasses.dataclass(frozen=True)
class Case:
    """One input text, the publication date passed with it, and the facts expected from it."""

    id: str
    text: str
    published: dt.date | None = None
    expected: list[dict[str, Any]] = dataclasses.field(default_factory=list)


# --- periods -------------------------------------------------------------------------------------


def months(year: int, first: int, last: int) -> Period:
    """Months first..last of a year, as (period_start, period_end).

    >>> months(2024, 1, 2)
    ('2024-01-01', '2024-02-29')
    """
    last_day = calendar.monthrange(year, last)[1]
    return (dt.date(year, first, 1).isoformat(), dt.date(year, last, last_day).isoformat())


def year(number: int) -> Period:
    """A whole calendar year."""
    return months(number, 1, 12)


def month(number: int, which: int) -> Period:
    """One month of a year."""
    return months(number, which, which)


def quarter(number: int, which: int) -> Period:
    """Quarter 1..4 of a year."""
    return months(number, 3 * which - 2, 3 * which)


def half(number: int) -> Period:
    """The first half of a year."""
    return months(number, 1, 6)


# --- expected facts ------------------------------------------------------------------------------


def pair(parties: str) -> str:
    """Two ISO codes in any order, sorted and joined as the frame writes them.

    >>> pair("KZ-CN")
    'CN-KZ'
    """
    return "-".join(sorted(parties.split("-")))


def _amount(value: float, unit: str | None) -> float:
    return float(Decimal(str(value)) * SCALES[unit])


def actual(
    metric: str,
    value: float,
    unit: str | None,
    currency: str,
    parties: str,
    *,
    period: Period,
    qualifier: str = "=",
    growth: float | None = None,
    region: str | None = None,
    quote_has: str | None = None,
    flow: str | None = UNSET,
) -> dict[str, Any]:
    """A reported figure; `period` is required so that a null period is always a decision. `flow`
    (exporter>importer, investor>host) is checked only where a case gives it."""
    expected: dict[str, Any] = {
        "metric": metric,
        "kind": "actual",
        "period_start": period[0] if period else None,
        "period_end": period[1] if period else None,
        "target_year": None,
        "value": value,
        "unit": unit,
        "amount": _amount(value, unit),
        "amount_high": None,
        "currency": currency,
        "qualifier": qualifier,
        "growth_pct": growth,
        "parties": pair(parties),
        "region": region,
    }
    if quote_has is not None:
        expected["quote_has"] = quote_has
    if flow is not UNSET:
        expected["flow"] = flow
    return expected


def target(
    metric: str,
    value: float,
    unit: str | None,
    currency: str,
    parties: str,
    *,
    by: int | None,
    qualifier: str = "=",
    high: float | None = None,
    region: str | None = None,
    quote_has: str | None = None,
    flow: str | None = UNSET,
) -> dict[str, Any]:
    """A goal or forecast; `by` (the target year) is required so that a null deadline is a decision.

    For a range, `value` is its low end and `high` its high end, both in `unit`; the `value` column is
    then left unchecked (the contract does not say which number of a range it holds).
    """
    expected: dict[str, Any] = {
        "metric": metric,
        "kind": "target",
        "period_start": None,
        "period_end": None,
        "target_year": by,
        "value": value,
        "unit": unit,
        "amount": _amount(value, unit),
        "amount_high": None if high is None else _amount(high, unit),
        "currency": currency,
        "qualifier": qualifier,
        "growth_pct": None,
        "parties": pair(parties),
        "region": region,
    }
    if high is not None:
        del expected["value"]
    if quote_has is not None:
        expected["quote_has"] = quote_has
    if flow is not UNSET:
        expected["flow"] = flow
    return expected


# --- matching ------------------------------------------------------------------------------------


def _same(column: str, got: object, want: object) -> bool:
    if column == "quote_has":
        return isinstance(got, str) and isinstance(want, str) and want in got
    if want is None or got is None:
        return want is None and got is None
    if column in FLOAT_COLUMNS:
        assert isinstance(got, int | float) and isinstance(want, int | float)
        return math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=1e-9)
    if column == "target_year":
        assert isinstance(got, int | float) and isinstance(want, int | float)
        return int(got) == int(want)
    return got == want


def _mismatches(row: Mapping[str, object], want: Mapping[str, object]) -> list[str]:
    """The columns where a row differs from an expected fact, as 'column: got != want'."""
    out = []
    for column, expected in want.items():
        got = row.get("quote") if column == "quote_has" else row.get(column)
        if not _same(column, got, expected):
            out.append(f"{column}: got {got!r}, want {expected!r}")
    return out


def describe(row: Mapping[str, object]) -> str:
    """One line per row for failure messages."""
    period = f"{row.get('period_start')}..{row.get('period_end')}"
    amount = row.get("amount")
    high = row.get("amount_high")
    amount_text = f"{amount!r}" if high is None else f"{amount!r}-{high!r}"
    return (
        f"{row.get('metric')}/{row.get('kind')} period={period} target_year={row.get('target_year')} "
        f"value={row.get('value')!r} unit={row.get('unit')!r} amount={amount_text} {row.get('currency')} "
        f"q={row.get('qualifier')} growth={row.get('growth_pct')!r} parties={row.get('parties')} "
        f"region={row.get('region')} flow={row.get('flow')} @{row.get('start')}: {str(row.get('quote'))[:70]!r}"
    )


def _assign(
    rows: Sequence[Mapping[str, object]], expected: Sequence[Mapping[str, object]]
) -> list[int] | None:
    """Match expected facts to distinct rows, keeping the expected order in terms of `start`."""

    def search(index: int, used: frozenset[int], last_start: int) -> list[int] | None:
        if index == len(expected):
            return []
        for position, row in enumerate(rows):
            start = row.get("start")
            if position in used or not isinstance(start, int) or start < last_start:
                continue
            if _mismatches(row, expected[index]):
                continue
            rest = search(index + 1, used | {position}, start)
            if rest is not None:
                return [position, *rest]
        return None

    return search(0, frozenset(), -1)


def assert_facts(frame: pd.DataFrame, expected: Sequence[Mapping[str, object]], text: str) -> None:
    """Assert the frame holds exactly the expected facts, in order of `start`, quotes true to `text`."""
    assert isinstance(frame, pd.DataFrame), f"expected a DataFrame, got {type(frame).__name__}"
    wanted = {column for fact in expected for column in fact} - PSEUDO_COLUMNS
    missing = sorted((wanted | {"quote", "start", "end"}) - set(frame.columns))
    assert not missing, f"frame lacks columns {missing}; has {list(frame.columns)}"

    ordered = frame.sort_values("start", kind="stable") if len(frame) else frame
    rows = [
        {column: json_value(value) for column, value in record.items()}
        for record in ordered.to_dict("records")
    ]
    got_text = "\n".join(f"  {describe(row)}" for row in rows) or "  (no rows)"

    for row in rows:
        start, end, quote = row["start"], row["end"], row["quote"]
        assert isinstance(start, int) and isinstance(end, int), f"start/end not integers:\n{got_text}"
        assert text[start:end] == quote, (
            f"text[{start}:{end}] is {text[start:end]!r}, but quote is {quote!r}\nrows got:\n{got_text}"
        )

    want_text = "\n".join(f"  {fact}" for fact in expected) or "  (no facts)"
    assert len(rows) == len(expected), (
        f"got {len(rows)} rows, expected {len(expected)}\nrows got:\n{got_text}\nexpected:\n{want_text}"
    )
    if _assign(rows, expected) is not None:
        return

    # Explain the first expected fact that cannot be placed, against the row nearest to it.
    report = []
    for index, fact in enumerate(expected):
        differences = [_mismatches(row, fact) for row in rows]
        if all(differences):
            nearest = min(range(len(rows)), key=lambda position: len(differences[position]))
            report.append(f"expected fact #{index} matches no row; nearest is row #{nearest}:")
            report.extend(f"    {line}" for line in differences[nearest])
    if not report:
        report.append("every expected fact matches some row, but not as distinct rows in order of start")
    raise AssertionError("\n".join([*report, "rows got:", got_text, "expected:", want_text]))


def case_params(cases: Sequence[Case], gaps: Mapping[str, str]) -> list[Any]:
    """The cases as pytest parameters by id, those of a known gap as strict xfails with its reason (a gap
    that closes fails the run until its mark goes)."""
    import pytest

    assert len({case.id for case in cases}) == len(cases), "case ids must be unique"
    unknown = set(gaps) - {case.id for case in cases}
    assert not unknown, f"gaps of no case: {sorted(unknown)}"
    return [
        pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True, reason=gaps[case.id])])
        if case.id in gaps
        else pytest.param(case, id=case.id)
        for case in cases
    ]


def check_case(case: Case) -> None:
    """Extract the case's text (with its publication date) and compare with its expected facts."""
    from tradeviz import extract_text

    assert_facts(extract_text(case.text, published=case.published), case.expected, case.text)
