"""What the dashboard and `tradeviz chart` show: filters over the facts frame, and aggregates drawn from it.

Filtering: a frozen `Filters` (None means "no restriction"), the `Options` a frame offers, `apply_filters`,
and a round trip to URL query parameters. Aggregation: full-year consensus, progress to goal, the display
unit. Everything here takes and returns plain frames and values, so it is tested without Streamlit.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import html
import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeAlias

import numpy as np
import pandas as pd

from tradeviz.read.article import Skipped

Row: TypeAlias = "pd.Series | Mapping[str, Any]"
"""One fact: a frame's row as a Series, or as a dict from `rows`."""

NATIONAL = "national"
"""The scope of facts with no region: the countries as a whole."""

UNKNOWN = "(unknown)"
"""Stands for a missing source or language in filters, so such facts can still be selected."""

QUALIFIER_WORDS = {"=": "as reported", "~": "about", ">": "more than", "<": "less than"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Query-parameter names, one per filter field; lists repeat the key (`?source=A&source=B`).
QUERY_KEYS = {
    "sources": "source",
    "langs": "lang",
    "metrics": "metric",
    "kinds": "kind",
}
_EMPTY = ""  # `?source=` means "none selected", which differs from an absent key ("all").
_EXCLUDED = "not_"  # `?not_source=A` means "every source the pair offers but A".


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


def apply_filters(frame: pd.DataFrame, filters: Filters, *, later_targets: bool = False) -> pd.DataFrame:
    """The rows that pass every filter; facts without a year (targets with no deadline) pass any range,
    and with `later_targets` so do targets due after it (the progress table still follows a target for
    2030 when the years shown end in 2025)."""
    if filters.pair is not None:  # first: it keeps a small part, which the other filters then look at
        frame = frame[(frame["parties"] == filters.pair).fillna(False).astype(bool)]
    keep = pd.Series(True, index=frame.index)
    if filters.years is not None:
        year = fact_year(frame)
        before_end = year <= filters.years[1]
        if later_targets:
            before_end |= (frame["kind"] == "target").fillna(False).astype(bool)
        in_range = (year >= filters.years[0]) & before_end
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


def to_query(filters: Filters, options: Options | None = None) -> dict[str, list[str]]:
    """Query parameters that reproduce `filters`; unset fields are left out. Given the `options` offered,
    a list is stored as whichever is shorter: the values chosen, or those left out (`not_source=...`).

    >>> to_query(Filters(years=(2020, 2024), sources=("El.kz",), pair="CN-KZ"))
    {'from': ['2020'], 'to': ['2024'], 'source': ['El.kz'], 'pair': ['CN-KZ']}
    >>> offered = Options(None, ("A", "B", "C"), (), (), (), (), ())
    >>> to_query(Filters(sources=("A", "B")), offered)
    {'not_source': ['C']}
    """
    query: dict[str, list[str]] = {}
    if filters.years is not None:
        query["from"], query["to"] = [str(filters.years[0])], [str(filters.years[1])]
    for field, key in QUERY_KEYS.items():
        chosen = getattr(filters, field)
        if chosen is None:
            continue
        offered = getattr(options, field) if options is not None else ()
        left_out = [value for value in offered if value not in chosen]
        if chosen and len(left_out) < len(chosen) and set(chosen) <= set(offered):
            query[_EXCLUDED + key] = left_out or [_EMPTY]
        else:
            query[key] = list(chosen) if chosen else [_EMPTY]
    if filters.pair is not None:
        query["pair"] = [filters.pair]
    if filters.scope is not None:
        query["scope"] = [filters.scope]
    return query


def from_query(
    params: Mapping[str, str | Sequence[str]], offered: Callable[[str | None], Options] | None = None
) -> tuple[Filters, list[str]]:
    """Filters from query parameters, and a message for each value that could not be understood.
    `offered(pair)` gives the options that `not_...` lists are taken from.

    >>> filters, problems = from_query({"from": "2021", "to": "2023", "source": ["A", "B"], "lang": [""]})
    >>> filters.years, filters.sources, filters.langs, filters.pair, problems
    ((2021, 2023), ('A', 'B'), (), None, [])
    >>> options = Options(None, ("A", "B", "C"), (), (), (), (), ())
    >>> from_query({"not_source": "B"}, lambda pair: options)[0].sources
    ('A', 'C')
    """
    problems: list[str] = []

    def values(key: str) -> list[str] | None:
        if key not in params:
            return None
        raw = params[key]
        return [raw] if isinstance(raw, str) else list(raw)

    def single(key: str) -> str | None:
        found = values(key)
        return found[-1] if found and found[-1] != _EMPTY else None

    fields: dict[str, object] = {}
    start, end = single("from"), single("to")
    if start is not None or end is not None:
        try:
            low = int(start) if start is not None else -(10**4)
            high = int(end) if end is not None else 10**4
        except ValueError:
            problems.append(f"Ignored the year range {start or ''}–{end or ''}: years must be whole numbers.")
        else:
            fields["years"] = (min(low, high), max(low, high))
    fields["pair"], fields["scope"] = single("pair"), single("scope")
    options = offered(fields["pair"]) if offered is not None else None  # type: ignore[arg-type]
    for field, key in QUERY_KEYS.items():
        found = values(key)
        if found is not None:
            fields[field] = tuple(dict.fromkeys(value for value in found if value != _EMPTY))
        left_out = values(_EXCLUDED + key)
        if left_out is not None and found is None:
            if options is None:
                problems.append(f"Ignored {_EXCLUDED + key}: nothing to leave it out of.")
            else:
                fields[field] = tuple(value for value in getattr(options, field) if value not in left_out)
                # `not_source=` alone leaves nothing out: every source the pair offers
    return Filters(**fields), problems  # type: ignore[arg-type]


def caption_lines(filters: Filters, options: Options, on: dt.date) -> list[str]:
    """What an exported chart shows, in words for its caption: the filters, the sources, the day.

    >>> offered = Options((2020, 2024), ("A", "B", "C"), ("en", "ru"), ("turnover",), ("actual",), (), ())
    >>> chosen = Filters(years=(2021, 2024), sources=("A", "B"), pair="CN-KZ", scope="national")
    >>> for line in caption_lines(chosen, offered, dt.date(2025, 3, 1)):
    ...     print(line)
    CN-KZ, national, 2021–2024; languages: all; metrics: all; all kinds
    Sources (2 of 3): A, B
    Exported from tradeviz on 2025-03-01
    """
    years = filters.years or options.years
    where = ", ".join(
        part
        for part in (
            filters.pair or "all pairs",
            filters.scope or "all scopes",
            f"{years[0]}–{years[1]}" if years else "all years",
        )
    )
    chosen = {field: getattr(filters, field) for field in ("langs", "metrics", "kinds")}
    described = [
        f"languages: {_listed(chosen['langs'])}",
        f"metrics: {_listed(chosen['metrics'])}",
        "all kinds" if chosen["kinds"] is None else f"kinds: {_listed(chosen['kinds'])}",
    ]
    sources = filters.sources if filters.sources is not None else options.sources
    shown = f"{len(sources)} of {len(options.sources)}" if filters.sources is not None else "all"
    return [
        f"{where}; " + "; ".join(described),
        f"Sources ({shown}): {_listed(sources, limit=12)}",
        f"Exported from tradeviz on {on.isoformat()}",
    ]


def _listed(values: Sequence[str] | None, *, limit: int = 6) -> str:
    if values is None:
        return "all"
    if not values:
        return "none"
    more = len(values) - limit
    return ", ".join(values[:limit]) + (f" and {more} more" if more > 0 else "")


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


def point_amount(frame: pd.DataFrame) -> pd.Series:
    """One number per fact: the amount, or the middle of a range ("40–41 bn")."""
    return ((frame["amount"] + frame["amount_high"].fillna(frame["amount"])) / 2).astype(float)


def consensus(frame: pd.DataFrame, metric: str = "turnover") -> pd.DataFrame:
    """Per year, the median of the full-year actual figures of `metric`, with their spread and count."""
    rows = frame[
        (frame["metric"] == metric).fillna(False)
        & (frame["kind"] == "actual").fillna(False)
        & is_full_year(frame)
    ]
    return _yearly_table(
        rows["period_end"].dt.year.to_numpy(dtype="int64"),
        point_amount(rows).to_numpy(dtype=float),
        rows["amount"].to_numpy(dtype=float),
        rows["amount_high"].fillna(rows["amount"]).to_numpy(dtype=float),
    )


_CONSENSUS_COLUMNS = ["year", "median", "low", "high", "reports"]


def _yearly_table(years: np.ndarray, points: np.ndarray, lows: np.ndarray, highs: np.ndarray) -> pd.DataFrame:
    """`consensus` of full-year figures given as arrays (year, point, low and high of each), grouped with
    numpy: a pandas group-by costs milliseconds per call, and a filter change makes several."""
    order = np.argsort(years, kind="stable")
    years, points, lows, highs = years[order], points[order], lows[order], highs[order]
    unique, starts = np.unique(years, return_index=True)
    groups = list(itertools.pairwise([*starts.tolist(), len(years)])) if len(years) else []
    return pd.DataFrame(
        {
            "year": unique.astype("int64"),
            "median": np.array([np.median(points[a:b]) for a, b in groups], dtype=float),
            "low": np.array([lows[a:b].min() for a, b in groups], dtype=float),
            "high": np.array([highs[a:b].max() for a, b in groups], dtype=float),
            "reports": np.array([b - a for a, b in groups], dtype="int64"),
        },
        columns=_CONSENSUS_COLUMNS,
    )


def _cagr(start: float, end: float, years: int) -> float:
    """Compound annual growth from `start` to `end` over `years` years.

    >>> round(_cagr(18.0, 40.5, 2), 3)
    0.5
    """
    if years <= 0 or start <= 0 or end <= 0:
        return math.nan
    return float((end / start) ** (1 / years) - 1)


def progress(frame: pd.DataFrame, *, recent_years: int = 3) -> pd.DataFrame:
    """For each target: the latest full-year figure, its share of the target, the compound annual growth
    still needed by the deadline, and the growth over the last `recent_years` years for comparison."""
    is_target = (frame["kind"] == "target").fillna(False).to_numpy(dtype=bool)
    targets = frame[is_target]
    series = SeriesIndex(frame)
    # What a target's series says is worked out once per series, not once per target.
    standing = {key: _standing(series.yearly_of(key), recent_years) for key in set(series.keys_at(is_target))}
    latest_year, latest, share, cagr_needed, recent_from, recent_cagr = [], [], [], [], [], []
    for key, amount, deadline in zip(
        series.keys_at(is_target),
        targets["amount"].astype(float).tolist(),
        _years_or_none(targets["target_year"]),
        strict=True,
    ):
        now, since, rate = standing[key]
        latest_year.append(pd.NA if now is None else now[0])
        latest.append(math.nan if now is None else now[1])
        share.append(math.nan if now is None else now[1] / amount)
        cagr_needed.append(
            math.nan if now is None or deadline is None else _cagr(now[1], amount, int(deadline) - now[0])
        )
        recent_from.append(pd.NA if since is None else since)
        recent_cagr.append(rate)
    result = pd.DataFrame(
        {
            "metric": _values_or_none(targets["metric"]),
            "parties": _values_or_none(targets["parties"]),
            "region": _values_or_none(targets["region"]),
            "currency": _values_or_none(targets["currency"]),
            "target": targets["amount"].astype(float).tolist(),
            "target_year": _values_or_none(targets["target_year"]),
            "announced": targets["published"].tolist(),
            "announced_inferred": targets["published_inferred"].fillna(False).astype(bool).tolist(),
            "source": _values_or_none(targets["source"]),
            "latest_year": latest_year,
            "latest": latest,
            "share": share,
            "cagr_needed": cagr_needed,
            "recent_from": recent_from,
            "recent_cagr": recent_cagr,
            "quote": _values_or_none(targets["quote"]),
        }
    )
    result = result.astype(
        {"target": float, "latest_year": "Int64", "target_year": "Int64", "recent_from": "Int64"}
    )
    return result


TARGET_IDENTITY = ("metric", "parties", "region", "currency", "target", "target_year")
"""What makes two stated targets one: the same amount by the same deadline for the same series. Outlets
restating a goal ("40 bn by 2030") do not make it several goals."""


def one_row_per_target(table: pd.DataFrame) -> pd.DataFrame:
    """`progress` with the rows of one target stated by several outlets (`TARGET_IDENTITY`) made one: the
    first announced, with `source` listing every outlet once, in order of announcement (`sources` too).
    Worked out on arrays: a group-by of thousands of one-row groups costs a filter change tenths of a
    second."""
    if table.empty:
        return table.assign(sources=pd.Series([], dtype=object))
    group, _keys = _group_codes([table[name] for name in TARGET_IDENTITY])
    announced = table["announced"].to_numpy("datetime64[ns]").view("int64").copy()
    announced[announced == np.iinfo("int64").min] = np.iinfo("int64").max  # unknown dates last
    order = np.lexsort((np.arange(len(table)), announced))  # by announcement, then by row
    sources = _values_or_none(table["source"])
    named: dict[int, dict[str, None]] = {}
    for position in order.tolist():
        outlets = named.setdefault(int(group[position]), {})
        if sources[position] is not None:
            outlets[str(sources[position])] = None
    _unique, first_in_order = np.unique(group[order], return_index=True)
    kept = np.sort(order[first_in_order])
    listed = [list(named[int(group[position])]) for position in kept.tolist()]
    result = table.iloc[kept].reset_index(drop=True)
    result["source"] = pd.Series([", ".join(names) or None for names in listed], dtype=object)
    result["sources"] = pd.Series(listed, dtype=object)
    return result


_Standing = tuple["tuple[int, float] | None", "int | None", float]


def _standing(years: list[tuple[int, float]], recent_years: int) -> _Standing:
    """Of a series' (year, median) pairs: the latest, the first year of the recent window before it, and
    the compound growth over that window (NaN without one)."""
    if not years:
        return None, None, math.nan
    latest_year, latest = years[-1]
    window = [(year, median) for year, median in years if latest_year - recent_years <= year < latest_year]
    if not window:
        return years[-1], None, math.nan
    first_year, first = window[0]
    return years[-1], first_year, _cagr(first, latest, latest_year - first_year)


SeriesKey = tuple[object, ...]
"""(metric, currency, pair, scope) of a fact, None where missing: the series it belongs to."""


class SeriesIndex:
    """The facts of a frame grouped by series (metric, currency, pair, scope), with each series' consensus,
    worked out once for the many targets a chart or the progress table looks up (not once per target).

    The columns the lookups read are taken out of the frame once, as arrays: a frame per series and a
    group-by per lookup cost milliseconds each, and a filter change makes hundreds."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        columns = [frame["metric"], frame["currency"], frame["parties"], scope_of(frame)]
        group, self._group_keys = _group_codes(columns)
        order = np.argsort(group, kind="stable")
        ordered = group[order]
        firsts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]).tolist() if len(group) else []
        self._group = group
        self._positions: dict[SeriesKey, np.ndarray] = {
            self._group_keys[group[order[first]]]: order[first:last]
            for first, last in itertools.pairwise([*firsts, len(group)])
        }
        actual = (frame["kind"] == "actual").fillna(False).to_numpy(dtype=bool)
        self._full_year = actual & is_full_year(frame).to_numpy(dtype=bool)
        self._year = frame["period_end"].dt.year.to_numpy(dtype=float, na_value=math.nan)
        self._point = point_amount(frame).to_numpy(dtype=float)
        self._low = frame["amount"].to_numpy(dtype=float)
        self._high = frame["amount_high"].fillna(frame["amount"]).to_numpy(dtype=float)
        self._yearly: dict[SeriesKey, list[tuple[int, float]]] = {}
        self._latest: dict[SeriesKey, dict[object, tuple[int, float]]] = {}

    @staticmethod
    def key(fact: Row) -> SeriesKey:
        scope = NATIONAL if _missing(fact["region"]) else fact["region"]
        values = (fact["metric"], fact["currency"], fact["parties"], scope)
        return tuple(None if _missing(v) else v for v in values)

    def keys_at(self, mask: np.ndarray) -> list[SeriesKey]:
        """The series of the frame's rows where `mask` (a boolean array as long as the frame) is true."""
        keys = self._group_keys
        return [keys[group] for group in self._group[mask].tolist()]

    def _full_years_of(self, key: SeriesKey) -> np.ndarray:
        """Positions of the series' full-year actual figures, in frame order."""
        positions = self._positions.get(key, np.empty(0, dtype=np.intp))
        return positions[self._full_year[positions]]

    def _consensus_of(self, key: SeriesKey) -> pd.DataFrame:
        chosen = self._full_years_of(key)
        return _yearly_table(
            self._year[chosen].astype("int64"), self._point[chosen], self._low[chosen], self._high[chosen]
        )

    def yearly_of(self, key: SeriesKey) -> list[tuple[int, float]]:
        """`consensus` of the series `key` as (year, median) pairs, oldest first."""
        if key not in self._yearly:
            years = self._consensus_of(key)
            self._yearly[key] = list(
                zip(years["year"].astype(int).tolist(), years["median"].astype(float).tolist(), strict=True)
            )
        return self._yearly[key]

    def _latest_of(self, key: SeriesKey) -> dict[object, tuple[int, float]]:
        """By article: (year, amount) of the latest full-year figure of the series `key` in it (the first
        given, when several are for that year)."""
        if key not in self._latest:
            latest: dict[object, tuple[int, float]] = {}
            chosen = self._full_years_of(key)
            articles = _values_or_none(self.frame["article"].iloc[chosen])
            for position, article in zip(chosen.tolist(), articles, strict=True):
                year = int(self._year[position])
                if article is not None and (article not in latest or year > latest[article][0]):
                    latest[article] = (year, float(self._point[position]))
            self._latest[key] = latest
        return self._latest[key]

    def baseline(
        self, key: SeriesKey, article: object, published: object, deadline: object
    ) -> tuple[int, float] | None:
        """`target_baseline` of a target of series `key` in `article`, published and due as given."""
        in_article = self._latest_of(key).get(article)
        if in_article is not None:
            return in_article
        limit = min(
            10**4 if _missing(published) else published.year,  # type: ignore[attr-defined]
            10**4 if _missing(deadline) else int(deadline),  # type: ignore[call-overload]
        )
        years = self.yearly_of(key)
        before = bisect.bisect_left(years, limit, key=lambda pair: pair[0])  # years are in order
        return years[before - 1] if before else None


def _years_or_none(column: pd.Series) -> list[int | None]:
    return [
        None if math.isnan(year) else int(year) for year in column.to_numpy(dtype=float, na_value=math.nan)
    ]


def _group_codes(columns: Sequence[pd.Series]) -> tuple[np.ndarray, list[SeriesKey]]:
    """Each row's group of equal values across `columns` (missing values equal each other) as a number
    from 0, and each group's values (None where missing): `pd.factorize` per column, combined column by
    column and renumbered each time, so the numbers stay below rows × values however many columns."""
    group = np.zeros(len(columns[0]), dtype=np.int64)
    keys: list[SeriesKey] = [()]
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        values = [None, *uniques.tolist()]
        found, group = np.unique(group * len(values) + (codes + 1), return_inverse=True)
        keys = [(*keys[code // len(values)], values[code % len(values)]) for code in found.tolist()]
    return group.reshape(-1), keys


def _values_or_none(column: pd.Series) -> list[object]:
    """A column's values as a list, None where missing (as `SeriesIndex.key` writes them)."""
    return column.astype(object).where(column.notna(), None).tolist()


def target_baseline(
    frame: pd.DataFrame, target: Row, series: SeriesIndex | None = None
) -> tuple[int, float] | None:
    """The (year, amount) reported when `target` was announced, where its path starts: the latest full-year
    figure in the same article, else the consensus of the latest full year before its publication.
    `series`, built once from `frame`, saves the search when many targets are looked up."""
    series = series or SeriesIndex(frame)
    return series.baseline(series.key(target), target["article"], target["published"], target["target_year"])


# --- presentation helpers -----------------------------------------------------------------------------


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


def format_growth(rate: float) -> str:
    """A yearly growth rate as a signed percentage.

    >>> format_growth(0.5), format_growth(-0.0206), format_growth(float("nan"))
    ('+50%', '−2.1%', '')
    """
    if math.isnan(rate):
        return ""
    text = f"{abs(rate) * 100:.1f}".removesuffix(".0")
    return ("+" if rate >= 0 else "−") + text + "%"


def progress_table(table: pd.DataFrame) -> pd.DataFrame:
    """`progress` as an analyst reads it: amounts in one unit, growth as signed percentages, in words
    where a number would mislead (no deadline, already met)."""
    unit = choose_unit([*table["target"], *table["latest"].dropna()])
    needed, recent = [], []
    for row in rows(table):
        if _missing(row["target_year"]):
            needed.append("no deadline")
        elif not math.isnan(row["share"]) and row["share"] >= 1:
            needed.append("already met")
        else:
            needed.append(format_growth(row["cagr_needed"]) + f" a year to {row['target_year']}")
        since = "" if _missing(row["recent_from"]) else f" a year since {row['recent_from']}"
        recent.append(format_growth(row["recent_cagr"]) + since if since else "")
    return pd.DataFrame(
        {
            "target": [
                f"{format_amount(t, unit)} {unit.label} {c}" + ("" if _missing(y) else f" by {y}")
                for t, c, y in zip(table["target"], table["currency"], table["target_year"], strict=True)
            ],
            "announced": _dates_marked(table["announced"], table["announced_inferred"]),
            "source": table["source"],
            "latest full year": table["latest_year"],
            "latest figure": [
                "" if math.isnan(v) else f"{format_amount(v, unit)} {unit.label}" for v in table["latest"]
            ],
            "share of target": table["share"],
            "growth needed": needed,
            "recent growth": recent,
        }
    )


INFERRED_MARK = " (inferred)"
"""After a publication date the reader inferred from the text, in tables as in the hover."""


def _dates_marked(dates: pd.Series, inferred: pd.Series) -> list[str]:
    """Days as ISO text, inferred ones marked: `2024-05-21 (inferred)`; blank where unknown."""
    return [
        "" if _missing(day) else day.date().isoformat() + (INFERRED_MARK if guessed is True else "")
        for day, guessed in zip(dates.tolist(), inferred.tolist(), strict=True)
    ]


def rows(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Each row of `frame` as a dict of its values, in order: a Series per row costs a hundred times more,
    which a chart of thousands of facts pays on every filter change."""
    names = [str(name) for name in frame.columns]
    columns = [frame[name].tolist() for name in frame.columns]  # one conversion per column, not per value
    return (dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True))


def facts_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The facts as an analyst reads them in a table, indexed like `frame`."""
    return pd.DataFrame(
        {
            "period": [
                (period_label(row["period_start"], row["period_end"]) or "not stated")
                if row["kind"] == "actual"
                else _target_period(row["target_year"])
                for row in rows(frame)
            ],
            "metric": frame["metric"],
            "kind": frame["kind"],
            "figure": [describe_figure(row, choose_unit([row["amount"]])) for row in rows(frame)],
            **_correction_columns(frame),
            "scope": scope_of(frame),
            "source": frame["source"],
            "published": _dates_marked(frame["published"], frame["published_inferred"]),
            "lang": frame["lang"],
            "quote": frame["quote"],
            "article": frame["article"],
        },
        index=frame.index,
    )


def _correction_columns(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """`correction` (rejected, corrected) and `original` when the frame has corrections applied."""
    if "correction" not in frame.columns:
        return {}
    return {  # blank, not "None", where nothing was corrected
        "correction": frame["correction"].astype(object).where(frame["correction"].notna(), ""),
        "original": frame["original"].astype(object).where(frame["original"].notna(), ""),
    }


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


def _target_period(year: object) -> str:
    return "no deadline" if _missing(year) else f"by {year}"


def highlight_html(
    text: str, spans: Iterable[tuple[int, int]], *, focus: tuple[int, int] | None = None
) -> str:
    """The article's text, HTML-escaped, with each extracted span in <mark> (the focused one stronger).

    >>> highlight_html("a <b> 40 bn", [(6, 11)])
    '<div class="tradeviz-article">a &lt;b&gt; <mark>40 bn</mark></div>'
    """
    cuts = sorted({(max(0, s), min(len(text), e)) for s, e in spans if e > s})
    parts: list[str] = []
    position = 0
    for start, end in cuts:
        start = max(start, position)  # overlapping spans are merged into the earlier mark
        if start >= end:
            continue
        parts.append(html.escape(text[position:start]))
        style = ' class="focus"' if focus is not None and (start, end) == focus else ""
        parts.append(f"<mark{style}>{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return f'<div class="tradeviz-article">{"".join(parts)}</div>'


class ArticleLike(Protocol):
    """What the data-quality view needs of an article (a read `Article` or a corpus's `ArticleInfo`)."""

    @property
    def name(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def published_inferred(self) -> bool: ...


@dataclasses.dataclass(frozen=True)
class Quality:
    """What reading and extraction made of the corpus."""

    articles_read: int
    facts_found: int
    without_facts: tuple[str, ...]
    inferred_dates: tuple[tuple[str, str], ...]  # (article, the date inferred)
    skipped: tuple[tuple[str, str], ...]


def data_quality(facts: pd.DataFrame, articles: Iterable[ArticleLike], skipped: Iterable[Skipped]) -> Quality:
    """Counts and lists for the data-quality view, from a corpus's facts, articles and skipped files."""
    articles = list(articles)
    with_facts = set(facts["article"].dropna().astype(str))
    return Quality(
        articles_read=len(articles),
        facts_found=len(facts),
        without_facts=tuple(a.name for a in articles if a.name not in with_facts),
        inferred_dates=tuple(
            (a.name, a.published.isoformat() if a.published else "") for a in articles if a.published_inferred
        ),
        skipped=tuple((str(s.path), s.reason) for s in skipped),
    )
