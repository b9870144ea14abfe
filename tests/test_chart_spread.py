"""A crowded chart (issue 16): above its limits a chart draws each period's spread of reported figures and
each deadline's spread of targets (a bar lowest to highest, a thicker one over the middle half, a median
marker) instead of thousands of markers; at or below them, every figure as before. The limits are lowered
here so that a few facts crowd a chart."""

from __future__ import annotations

import statistics

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import fact, year
from tradeviz import chart_spread, charts
from tradeviz.frame import facts_to_frame


def by_role(figure: object, role: str) -> list[object]:
    return [t for t in figure.data if charts.trace_meta(t).get("role") == role]  # type: ignore[attr-defined]


def reports(amounts_by_year: dict[int, list[float]], source: str = "El.kz") -> list[object]:
    return [
        fact(article=f"{y}-{n}.txt", source=f"{source}{n % 3}", amount=f"{amount}e9", **year(y))
        for y, amounts in amounts_by_year.items()
        for n, amount in enumerate(amounts)
    ]


def target(amount: float, by: int | None, source: str = "Kazinform") -> object:
    return fact(
        article=f"t-{amount}-{by}.txt", kind="target", amount=f"{amount}e9", target_year=by, source=source
    )


@pytest.fixture
def low_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_spread, "SPREAD_LIMIT", 4)
    monkeypatch.setattr(chart_spread, "TARGET_LIMIT", 2)


def test_a_chart_at_its_limit_draws_every_figure(low_limits: None) -> None:
    figure = charts.turnover_chart(facts_to_frame(reports({2022: [10, 11], 2023: [12, 13]})))
    assert sorted(y for t in by_role(figure, "reports") for y in t.y) == [10, 11, 12, 13]
    assert not by_role(figure, "spread")
    assert not any("each period's range" in a.text for a in figure.layout.annotations)


def test_over_the_limit_each_year_is_one_median_with_its_range_and_middle_half(low_limits: None) -> None:
    figure = charts.turnover_chart(facts_to_frame(reports({2022: [10, 11, 14], 2023: [12, 13, 20, 21]})))
    (medians,) = by_role(figure, "reports")
    assert list(medians.y) == [11.0, 16.5]
    assert medians.name == "Turnover: range and median"
    first = list(medians.customdata[0])
    assert first[:3] == ["11 bn USD", "2022", "3 figures, 3 reports, 3 outlets"]
    assert first[3] == "10 bn USD to 14 bn USD"
    ranges, halves = by_role(figure, "spread")
    assert [v for v in ranges.y if v is not None and not np.isnan(v)] == [10, 14, 12, 21]
    assert halves.line.width > ranges.line.width
    (note,) = [a.text for a in figure.layout.annotations if "each period's range" in a.text]
    assert "7 reported figures (over 4)" in note


def test_the_same_figure_from_several_outlets_counts_once_in_the_spread(low_limits: None) -> None:
    many = [
        fact(article=f"same-{n}.txt", source=f"Outlet {n}", amount="50e9", **year(2023)) for n in range(6)
    ]
    frame = facts_to_frame([*many, *reports({2023: [10, 11, 12, 13]})])
    (medians,) = by_role(charts.turnover_chart(frame), "reports")
    assert list(medians.y) == [12.0]  # five distinct figures: 10, 11, 12, 13 and 50
    assert list(medians.customdata[0])[2] == "5 figures, 10 reports, 9 outlets"


def test_over_the_target_limit_each_deadline_is_one_grey_star_and_the_undated_one_line(
    low_limits: None,
) -> None:
    frame = facts_to_frame(
        [
            *reports({2023: [30]}),
            target(40, 2030),
            target(50, 2030, "Xinhua"),
            target(35, 2027),
            target(60, None),
            target(80, None),
        ]
    )
    figure = charts.turnover_chart(frame)
    assert not by_role(figure, "target-path")
    stars, undated = by_role(figure, "target")
    assert stars.marker.symbol == "star" and list(stars.y) == [35.0, 45.0]
    assert [list(row)[1] for row in stars.customdata] == ["by 2027", "by 2030"]
    assert list(undated.y) == [70.0, 70.0] and undated.line.dash == "dot"
    assert undated.name == "2 turnover targets without deadline: median"
    (note,) = [a.text for a in figure.layout.annotations if "each period's range" in a.text]
    assert "5 targets (over 2)" in note


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(
        st.integers(2015, 2024),
        st.lists(st.integers(1, 500).map(float), min_size=1, max_size=6, unique=True),
        min_size=1,
        max_size=5,
    )
)
def test_each_bar_spans_its_years_figures_around_their_median(amounts: dict[int, list[float]]) -> None:
    before = chart_spread.SPREAD_LIMIT
    chart_spread.SPREAD_LIMIT = 0  # every chart summarised
    try:
        figure = charts.turnover_chart(facts_to_frame(reports(amounts)))
    finally:
        chart_spread.SPREAD_LIMIT = before
    (medians,) = by_role(figure, "reports")
    ranges, halves = by_role(figure, "spread")
    bottoms, tops = np.asarray(ranges.y[0::3], float), np.asarray(ranges.y[1::3], float)
    low_half, high_half = np.asarray(halves.y[0::3], float), np.asarray(halves.y[1::3], float)
    expected = [amounts[y] for y in sorted(amounts)]
    assert list(bottoms) == [min(v) for v in expected] and list(tops) == [max(v) for v in expected]
    assert np.allclose(medians.y, [statistics.median(v) for v in expected])
    assert (bottoms <= low_half).all() and (low_half <= medians.y).all()
    assert (medians.y <= high_half).all() and (high_half <= tops).all()
    counts = [int(str(row[2]).split()[0]) for row in medians.customdata]
    assert counts == [len(v) for v in expected]


def test_the_unit_of_a_summarised_chart_is_the_axis_unit(low_limits: None) -> None:
    frame = facts_to_frame(reports({2023: [0.2, 0.3, 0.4, 0.5, 0.6]}))
    (medians,) = by_role(charts.turnover_chart(frame), "reports")
    assert medians.customdata[0][0] == "400 mn USD"
