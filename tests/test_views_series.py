"""The series lookups behind the progress table and the targets' paths (`aggregates.SeriesIndex`), worked out with
arrays once per frame, against their plain definitions: a frame per target, pandas group-bys, row by row."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import fact, months, year
from tradeviz import aggregates, views
from tradeviz.frame import Fact, facts_to_frame


def same_series(frame: pd.DataFrame, target: pd.Series) -> pd.DataFrame:
    """The rows of `target`'s metric, currency, pair and scope, by comparing columns."""
    same = pd.Series(True, index=frame.index)
    for column in ("metric", "currency", "parties"):
        if pd.isna(target[column]):
            same &= frame[column].isna()
        else:
            same &= (frame[column] == target[column]).fillna(False).astype(bool)
    return frame[same & (views.scope_of(frame) == views.scope_of(target.to_frame().T).iloc[0])]


def full_year_actuals(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[(frame["kind"] == "actual").fillna(False) & views.is_full_year(frame)]


def consensus_by_groupby(rows: pd.DataFrame) -> list[tuple[int, float, float, float, int]]:
    """The consensus of full-year actuals as a pandas group-by states it."""
    table = pd.DataFrame(
        {
            "year": rows["period_end"].dt.year.astype("int64"),
            "point": aggregates.point_amount(rows),
            "low": rows["amount"].astype(float),
            "high": rows["amount_high"].fillna(rows["amount"]).astype(float),
        }
    )
    grouped = table.groupby("year")
    return list(
        zip(
            grouped.groups.keys(),
            grouped["point"].median(),
            grouped["low"].min(),
            grouped["high"].max(),
            grouped["point"].count(),
            strict=True,
        )
    )


def baseline_by_definition(frame: pd.DataFrame, target: pd.Series) -> tuple[int, float] | None:
    rows = full_year_actuals(same_series(frame, target))
    in_article = rows[rows["article"] == target["article"]]
    if not in_article.empty:
        latest = in_article.loc[in_article["period_end"].idxmax()]
        return int(latest["period_end"].year), float(aggregates.point_amount(latest.to_frame().T).iloc[0])
    limit = min(
        target["published"].year if not pd.isna(target["published"]) else 10**4,
        int(target["target_year"]) if not pd.isna(target["target_year"]) else 10**4,
    )
    before = [(int(y), float(m)) for y, m, *_ in consensus_by_groupby(rows) if y < limit]
    return before[-1] if before else None


def progress_by_definition(frame: pd.DataFrame, target: pd.Series) -> tuple[object, ...]:
    """(latest year, latest, share, growth needed, recent from, recent growth) of one target."""
    years = [
        (int(y), float(m)) for y, m, *_ in consensus_by_groupby(full_year_actuals(same_series(frame, target)))
    ]
    if not years:
        return (None, math.nan, math.nan, math.nan, None, math.nan)
    latest_year, latest = years[-1]
    amount = float(target["amount"])
    needed = math.nan
    if not pd.isna(target["target_year"]) and int(target["target_year"]) > latest_year:
        needed = (amount / latest) ** (1 / (int(target["target_year"]) - latest_year)) - 1
    window = [(y, m) for y, m in years if latest_year - 3 <= y < latest_year]
    since, rate = None, math.nan
    if window:
        since = window[0][0]
        rate = (latest / window[0][1]) ** (1 / (latest_year - since)) - 1
    return (latest_year, latest, latest / amount, needed, since, rate)


@st.composite
def series_facts(draw: st.DrawFn) -> list[Fact]:
    """A few series (two pairs, two currencies, a region) of actuals over a few years, some partial or
    ranged, from a few articles, and targets with and without deadline or publication date."""
    made = []
    for _ in range(draw(st.integers(1, 14))):
        fields: dict[str, object] = {
            "article": draw(st.sampled_from(["a.txt", "b.txt"])),
            "parties": draw(st.sampled_from(["CN-KZ"] * 4 + ["KZ-RU"])),
            "currency": draw(st.sampled_from(["USD"] * 4 + ["CNY"])),
            "region": draw(st.sampled_from([None] * 4 + ["Turkestan Region"])),
            "metric": draw(st.sampled_from(["turnover"] * 4 + ["export"])),
            "amount": draw(st.sampled_from(["10e9", "12e9", "15.5e9", "40e9"])),
            "published": draw(st.sampled_from([None, dt.date(2021, 5, 1), dt.date(2024, 1, 10)])),
        }
        if draw(st.booleans()):
            fields["amount_high"] = draw(st.sampled_from([None, "41e9"]))
        if draw(st.integers(0, 3)) == 0:
            fields.update(kind="target", target_year=draw(st.sampled_from([None, 2025, 2030])))
        else:
            when = draw(st.integers(2020, 2023))
            fields.update(year(when) if draw(st.integers(0, 4)) else months(when, 1, 9))
        made.append(fact(**fields))
    return made


@given(series_facts(), st.sampled_from(["turnover", "export"]))
def test_consensus_is_the_group_by_of_full_year_actuals(made: list[Fact], metric: str) -> None:
    frame = facts_to_frame(made)
    rows = full_year_actuals(frame[(frame["metric"] == metric).fillna(False)])
    table = aggregates.consensus(frame, metric)
    assert list(table.itertuples(index=False, name=None)) == consensus_by_groupby(rows)
    assert list(table.dtypes.astype(str)) == ["int64", "float64", "float64", "float64", "int64"]


@given(series_facts())
def test_target_baseline_is_its_definition(made: list[Fact]) -> None:
    frame = facts_to_frame(made)
    series = aggregates.SeriesIndex(frame)
    for _, target in frame[frame["kind"] == "target"].iterrows():
        assert aggregates.target_baseline(frame, target, series) == baseline_by_definition(frame, target)


@given(series_facts())
def test_progress_is_its_definition_target_by_target(made: list[Fact]) -> None:
    frame = facts_to_frame(made)
    table = aggregates.progress(frame)
    targets = frame[frame["kind"] == "target"]
    assert len(table) == len(targets)
    for (_, target), (_, row) in zip(targets.iterrows(), table.iterrows(), strict=True):
        got = (
            None if pd.isna(row["latest_year"]) else int(row["latest_year"]),
            row["latest"],
            row["share"],
            row["cagr_needed"],
            None if pd.isna(row["recent_from"]) else int(row["recent_from"]),
            row["recent_cagr"],
        )
        expected = progress_by_definition(frame, target)
        assert got[0] == expected[0] and got[4] == expected[4]
        for value, wanted in zip(got[1:4] + got[5:], expected[1:4] + expected[5:], strict=True):
            assert (math.isnan(value) and math.isnan(wanted)) or value == pytest.approx(wanted, rel=1e-12)
        assert (row["target"], row["metric"], row["quote"]) == (
            float(target["amount"]),
            target["metric"],
            target["quote"],
        )


def test_progress_columns_keep_their_types() -> None:
    frame = facts_to_frame(
        [fact(amount="10e9", **year(2020)), fact(amount="20e9", kind="target", target_year=2025)]
    )
    types = aggregates.progress(frame).dtypes.astype(str).to_dict()
    assert types["latest_year"] == types["target_year"] == types["recent_from"] == "Int64"
    assert types["announced"] == "datetime64[ns]" and types["target"] == "float64"
