"""What the dashboard and `tradeviz chart` show: filters over the facts frame, and aggregates drawn from it.

Filtering: a frozen `Filters` (None means "no restriction"), the `Options` a frame offers, `apply_filters`
(their round trip through a link is `tradeviz.links`). Aggregation: full-year consensus, progress to goal,
the display unit, and how a figure reads (the tables built from them are `tradeviz.tables`). Everything here
takes and returns plain frames and values, so it is tested without Streamlit.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeAlias

import pandas as pd

Row: TypeAlias = "pd.Series | Mapping[str, Any]"
"""One fact: a frame's row as a Series, or as a dict from `rows`."""

NATIONAL = "national"
"""The scope of facts with no region: the countries as a whole."""

UNKNOWN = "(unknown)"
"""Stands for a missing source or language in filters, so such facts can still be selected."""

QUALIFIER_WORDS = {"=": "as reported", "~": "about", ">": "more than", "<": "less than"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
QUERY_KEYS = {"sources": "source", "langs": "lang", "metrics": "metric", "kinds": "kind"}
"""Each list filter's name in a link and on the command line (`?source=A&source=B`, `--source A`)."""


@dataclasses.dataclass(frozen=True)
class Filters:
    """The analyst's choice; every field None means "no restriction" (pair and scope: "every one")."""

    years: tuple[int, int] | None = None
    sources: tuple[str, ...] | None = None
    langs: tuple[str, ...] | None = None
    metrics: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    pair: str | None = None
    scope: str | None = None


@dataclasses.dataclass(frozen=True)
class Options:
    """The values a frame offers for each filter, most frequent pair and scope first."""

    years: tuple[int, int] | None
    sources: tuple[str, ...]
    langs: tuple[str, ...]
    metrics: tuple[str, ...]
    kinds: tuple[str, ...]
    pairs: tuple[str, ...]
    scopes: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Unit:
    """A display scale for amounts: `label` goes before the currency, amounts are divided by `factor`."""

    label: str
    factor: float


# --- columns derived from the frame -------------------------------------------------------------------


def is_full_year(frame: pd.DataFrame) -> pd.Series:
    """True where a fact's period is exactly one calendar year (1 Jan to 31 Dec)."""
    start, end = frame["period_start"], frame["period_end"]
    full = (
        (start.dt.month == 1)
        & (start.dt.day == 1)
        & (end.dt.month == 12)
        & (end.dt.day == 31)
        & (start.dt.year == end.dt.year)
    )
    return full.fillna(False).astype(bool)


def fact_year(frame: pd.DataFrame) -> pd.Series:
    """The year a fact belongs to: a target's deadline; an actual's period end, else its start, else
    its publication year. NA for a target without deadline, which no year range excludes."""
    period_year = frame["period_end"].dt.year.fillna(frame["period_start"].dt.year)
    actual_year = period_year.fillna(frame["published"].dt.year).astype("Int64")
    target_year = frame["target_year"].astype("Int64")
    is_target = (frame["kind"] == "target").fillna(False).astype(bool)
    return target_year.where(is_target, actual_year)


def scope_of(frame: pd.DataFrame) -> pd.Series:
    """The scope of each fact: its region, or NATIONAL when it has none."""
    return frame["region"].fillna(NATIONAL).astype(str)


def _labelled(column: pd.Series) -> pd.Series:
    return column.fillna(UNKNOWN).astype(str)


def period_label(start: object, end: object) -> str:
    """How a period reads on a chart.

    >>> period_label(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-31"))
    '2023'
    >>> period_label(pd.Timestamp("2022-01-01"), pd.Timestamp("2022-10-31"))
    'Jan–Oct 2022'
    >>> period_label(pd.Timestamp("2009-01-01"), pd.Timestamp("2024-12-31"))
    '2009–2024'
    >>> period_label(None, None)
    ''
    """
    has_start, has_end = not _missing(start), not _missing(end)
    if not has_start and not has_end:
        return ""
    if not has_start:
        end_ts = pd.Timestamp(end)  # type: ignore[arg-type]
        return f"to {MONTHS[end_ts.month - 1]} {end_ts.year}"
    start_ts = pd.Timestamp(start)  # type: ignore[arg-type]
    if not has_end:
        return f"from {MONTHS[start_ts.month - 1]} {start_ts.year}"
    end_ts = pd.Timestamp(end)  # type: ignore[arg-type]
    whole_start = start_ts.month == 1 and start_ts.day == 1
    whole_end = end_ts.month == 12 and end_ts.day == 31
    if whole_start and whole_end:
        return str(start_ts.year) if start_ts.year == end_ts.year else f"{start_ts.year}–{end_ts.year}"
    first, last = MONTHS[start_ts.month - 1], MONTHS[end_ts.month - 1]
    if start_ts.year == end_ts.year:
        return f"{first} {start_ts.year}" if first == last else f"{first}–{last} {start_ts.year}"
    return f"{first} {start_ts.year}–{last} {end_ts.year}"


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, str):  # most values asked about; `pd.isna` of a scalar costs a microsecond
        return False
    return bool(pd.isna(value))  # type: ignore[call-overload]


# --- filtering ----------------------------------------------------------------------------------------


def filter_options(frame: pd.DataFrame, *, pair: str | None = None) -> Options:
    """What each filter can offer for this frame: the pairs and years of the whole frame; the scopes,
    sources, languages, metrics and kinds of `pair` when given (a list of the sources of every pair would
    offer many that select nothing)."""
    years = fact_year(frame).dropna()
    pairs = tuple(frame["parties"].dropna().astype(str).value_counts().index)
    in_pair = frame if pair is None else frame[(frame["parties"] == pair).fillna(False)]
    scope_counts = scope_of(in_pair).value_counts()
    regions = [scope for scope in scope_counts.index if scope != NATIONAL]
    scopes = ((NATIONAL,) if NATIONAL in scope_counts.index else ()) + tuple(regions)
    return Options(
        years=(int(years.min()), int(years.max())) if len(years) else None,
        sources=tuple(sorted(_labelled(in_pair["source"]).unique())),
        langs=tuple(sorted(_labelled(in_pair["lang"]).unique())),
        metrics=tuple(sorted(in_pair["metric"].dropna().astype(str).unique())),
        kinds=tuple(sorted(in_pair["kind"].dropna().astype(str).unique())),
        pairs=pairs,
        scopes=scopes,
    )


def with_defaults(filters: Filters, frame: pd.DataFrame) -> Filters:
    """Fill the pair (the one with most facts) and the scope (national if it has facts) when unset."""
    pair = filters.pair
    if pair is None:
        pairs = filter_options(frame).pairs
        pair = pairs[0] if pairs else None
    scope = filters.scope
    if scope is None:
        scopes = filter_options(frame, pair=pair).scopes
        scope = scopes[0] if scopes else NATIONAL
    return dataclasses.replace(filters, pair=pair, scope=scope)


def reconcile(filters: Filters, options: Options) -> tuple[Filters, list[str]]:
    """Drop what the data does not offer (say, from an old link), with a message for each thing dropped:
    unknown values are left out (all of them: no restriction), an unknown pair or scope falls back to the
    default, a year range without facts to all years."""
    problems: list[str] = []
    changes: dict[str, object] = {}
    for field in ("sources", "langs", "metrics", "kinds"):
        chosen: tuple[str, ...] | None = getattr(filters, field)
        offered: tuple[str, ...] = getattr(options, field)
        if chosen is None:
            continue
        unknown = [value for value in chosen if value not in offered]
        if unknown:
            known = tuple(value for value in chosen if value in offered)
            problems.append(f"No facts for the {QUERY_KEYS[field]} value(s) {', '.join(map(repr, unknown))}.")
            changes[field] = known or None
    if filters.pair is not None and filters.pair not in options.pairs:
        problems.append(f"No facts for the pair {filters.pair!r}.")
        changes["pair"] = None
        changes["scope"] = None
    elif filters.scope is not None and filters.scope not in options.scopes:
        problems.append(f"No facts for the scope {filters.scope!r}.")
        changes["scope"] = None
    if filters.years is not None and options.years is not None:
        low, high = options.years
        start, end = max(filters.years[0], low), min(filters.years[1], high)
        if start > end:
            problems.append(f"No facts in the years {filters.years[0]}–{filters.years[1]}.")
            changes["years"] = (low, high)
        elif (start, end) != filters.years:
            changes["years"] = (start, end)
    return dataclasses.replace(filters, **changes), problems  # type: ignore[arg-type]


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows that pass every filter; facts without a year (targets with no deadline) pass any range."""
    if filters.pair is not None:  # first: it keeps a small part, which the other filters then look at
        frame = frame[(frame["parties"] == filters.pair).fillna(False).astype(bool)]
    keep = pd.Series(True, index=frame.index)
    if filters.years is not None:
        year = fact_year(frame)
        in_range = (year >= filters.years[0]) & (year <= filters.years[1])
        keep &= in_range.fillna(True).astype(bool)
    for field, column in (("sources", "source"), ("langs", "lang")):
        chosen = getattr(filters, field)
        if chosen is not None:
            keep &= _labelled(frame[column]).isin(chosen)
    for field, column in (("metrics", "metric"), ("kinds", "kind")):
        chosen = getattr(filters, field)
        if chosen is not None:
            keep &= frame[column].isin(chosen).fillna(False).astype(bool)
    if filters.scope is not None:
        keep &= scope_of(frame) == filters.scope
    return frame[keep]


# --- aggregation --------------------------------------------------------------------------------------


def main_currency(frame: pd.DataFrame) -> str | None:
    """The currency most facts are in (charts draw one currency on one axis)."""
    counts = frame["currency"].dropna().value_counts()
    return str(counts.index[0]) if len(counts) else None


def choose_unit(amounts: Iterable[float]) -> Unit:
    """The scale that keeps the largest amount readable.

    >>> choose_unit([18e9, 40.5e9]).label, choose_unit([148.9e6, 60.09e6]).label
    ('bn', 'mn')
    """
    largest = max((abs(a) for a in amounts if not math.isnan(a)), default=0.0)
    for label, factor in (("bn", 1e9), ("mn", 1e6), ("thousand", 1e3)):
        if largest >= factor:
            return Unit(label, factor)
    return Unit("", 1.0)


def format_amount(amount: float, unit: Unit) -> str:
    """An amount in `unit`, with at most two decimals.

    >>> format_amount(19.7e9, Unit("bn", 1e9)), format_amount(60.09e6, Unit("mn", 1e6))
    ('19.7', '60.09')
    """
    text = f"{amount / unit.factor:,.2f}".rstrip("0").rstrip(".")
    return text


def describe_figure(row: Row, unit: Unit, *, with_unit: bool = True) -> str:
    """A fact's value as a person reads it: qualifier, amount, unit, currency (e.g. "> 41 bn USD")."""
    qualifier = "" if _missing(row["qualifier"]) or row["qualifier"] == "=" else f"{row['qualifier']} "
    amount = format_amount(float(row["amount"]), unit)
    if not _missing(row["amount_high"]):
        amount += "–" + format_amount(float(row["amount_high"]), unit)
    if not with_unit:
        return qualifier + amount
    currency = "" if _missing(row["currency"]) else str(row["currency"])
    return " ".join(part for part in (qualifier + amount, unit.label, currency) if part)


def point_of(row: Row) -> float:
    """`point_amount` for one row."""
    if _missing(row["amount_high"]):
        return float(row["amount"])
    return (float(row["amount"]) + float(row["amount_high"])) / 2


def rows(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Each row of `frame` as a dict of its values, in order: a Series per row costs a hundred times more,
    which a chart of thousands of facts pays on every filter change."""
    names = [str(name) for name in frame.columns]
    columns = [frame[name].tolist() for name in frame.columns]  # one conversion per column, not per value
    return (dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True))


def correction_note(row: Row, unit: Unit | None = None) -> str:
    """How a corrected fact says so on a chart: "corrected (was …)"; "" for a fact as extracted.

    >>> correction_note(pd.Series({"correction": "corrected", "original": "value=40; amount=40000000000"}),
    ...                 Unit("bn", 1e9))
    'corrected (was 40 bn)'
    >>> correction_note(pd.Series({"correction": "corrected", "original": "metric=export; period_end=null"}))
    'corrected (was metric export, period_end none)'
    >>> correction_note(pd.Series({"amount": 1.0}))
    ''
    """
    what = row.get("correction")
    if _missing(what) or what != "corrected":
        return ""
    original = row.get("original")
    if _missing(original):
        return "corrected"
    pairs = [part.partition("=")[::2] for part in str(original).split("; ")]
    names = {name for name, _value in pairs}
    shown = []
    for name, value in pairs:
        if name == "value" and "amount" in names:
            continue  # the amount says it, in the chart's unit
        if name == "amount" and unit is not None and value != "null":
            shown.append(f"{format_amount(float(value), unit)} {unit.label}".strip())
        else:
            shown.append(f"{name} {'none' if value == 'null' else value}")
    return f"corrected (was {', '.join(shown)})"
