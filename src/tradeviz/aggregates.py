"""What the charts and the progress table aggregate from the facts: each year's consensus of full-year
reports, the series a fact belongs to (with its consensus worked out once for every target of it), the
baseline a target starts from, and the progress to each goal.

Everything takes and returns plain frames and values; the lookups run on arrays, because a filter change at
tens of thousands of facts makes hundreds of them.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from tradeviz.views import NATIONAL, Row, _missing, is_full_year, scope_of


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
