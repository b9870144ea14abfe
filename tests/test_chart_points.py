"""One point per distinct figure (issue 16): the same figure from several outlets is one marker whose hover
names them all, and each report stays in the facts; figures that differ in anything drawn stay apart."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import fact, months, year
from tradeviz import chart_marks, charts, views
from tradeviz.frame import facts_to_frame


def reports_of(figure: object) -> list[object]:
    return [t for t in figure.data if charts.trace_meta(t).get("role") == "reports"]  # type: ignore[attr-defined]


def points(figure: object) -> list[tuple[str, float, tuple[str, ...]]]:
    """(trace name, y, hover) of every reported figure drawn."""
    return [
        (trace.name, round(float(y), 6), tuple(row))
        for trace in reports_of(figure)
        for y, row in zip(trace.y, trace.customdata, strict=True)
    ]


def test_one_figure_from_several_outlets_is_one_point_naming_them_all() -> None:
    frame = facts_to_frame(
        [
            fact(
                article="a.txt", source="Xinhua", published=dt.date(2024, 2, 3), quote="first", **year(2023)
            ),
            fact(
                article="b.txt",
                source="Kazinform",
                published=dt.date(2024, 1, 20),
                quote="earliest",
                **year(2023),
            ),
            fact(article="c.txt", source="TASS", published=dt.date(2024, 3, 1), quote="last", **year(2023)),
            fact(article="d.txt", source="Kazinform", amount="41e9", **year(2023)),
        ]
    )
    figure = charts.turnover_chart(frame)
    drawn = points(figure)
    assert len(drawn) == 2  # four reports, two figures
    (shared,) = [p for p in drawn if p[1] == 18.0]
    name, _y, hover = shared
    assert name == "Several outlets"
    assert hover[3] == "Kazinform, Xinhua, TASS (3 outlets)"  # earliest first
    assert hover[4] == "2024-01-20, the first of 3"
    assert hover[5].startswith("earliest") and "2 more: see the facts table" in hover[5]
    assert "median of 4 reports" in hover[6]  # the consensus still counts every report
    (several,) = [t for t in reports_of(figure) if t.name == "Several outlets"]
    assert several.marker.color == chart_marks.SHARED_COLOUR
    (lone,) = [p for p in drawn if p[1] == 41.0]
    assert lone[0] == "Kazinform" and lone[2][3] == "Kazinform"


def test_one_outlet_stating_a_figure_twice_keeps_its_colour_and_says_so() -> None:
    frame = facts_to_frame(
        [
            fact(article="a.txt", source="Kazinform", published=dt.date(2024, 1, 5), **year(2023)),
            fact(article="b.txt", source="Kazinform", published=dt.date(2024, 2, 5), **year(2023)),
        ]
    )
    ((name, _y, hover),) = points(charts.turnover_chart(frame))
    assert name == "Kazinform" and hover[3] == "Kazinform (2 reports)"
    assert hover[4] == "2024-01-05, the first of 2"


def test_figures_that_differ_in_what_is_drawn_stay_apart() -> None:
    frame = facts_to_frame(
        [
            fact(article="a.txt", source="A", **year(2023)),
            fact(article="b.txt", source="B", qualifier="~", **year(2023)),  # about 18
            fact(article="c.txt", source="C", **months(2023, 1, 9)),  # 18 in nine months
            fact(article="d.txt", source="D", amount="18.5e9", **year(2023)),
            fact(article="e.txt", source="E", **year(2022)),
        ]
    )
    drawn = points(charts.turnover_chart(frame))
    assert len(drawn) == 5 and {name for name, _y, _hover in drawn} == set("ABCDE")


def test_both_sides_of_a_flow_stay_two_points_and_each_side_merges_its_outlets() -> None:
    flow = {"flow": "KZ>CN", "amount": "15e9", **year(2023)}
    frame = facts_to_frame(
        [
            fact(article="a.txt", metric="export", source="Kazinform", **flow),
            fact(article="b.txt", metric="export", source="Kursiv", **flow),
            fact(article="c.txt", metric="import", source="Xinhua", **flow),  # the same goods, counted in CN
        ]
    )
    drawn = points(charts.trade_chart(frame))
    assert len(drawn) == 2 and {name for name, _y, _hover in drawn} == {"KZ → CN"}
    sides = {hover[0]: hover[3] for _name, _y, hover in drawn}
    assert sides == {
        "15 bn USD as KZ's exports": "Kazinform, Kursiv (2 outlets)",
        "15 bn USD as CN's imports": "Xinhua",
    }


def test_a_long_list_of_outlets_wraps_in_the_hover() -> None:
    outlets = [f"Regional Newspaper Number {n}" for n in range(6)]
    frame = facts_to_frame(
        [fact(article=f"{n}.txt", source=name, **year(2023)) for n, name in enumerate(outlets)]
    )
    ((_name, _y, hover),) = points(charts.turnover_chart(frame))
    assert hover[3].count("<br>") >= 2 and hover[3].endswith("(6 outlets)")
    assert all(name in hover[3] for name in outlets)


REPORT = st.tuples(
    st.sampled_from(["A", "B", "C", None]),  # source
    st.sampled_from([2021, 2022]),  # year
    st.sampled_from(["18e9", "18.5e9", "20e9"]),  # amount
    st.sampled_from(["=", "~"]),  # qualifier
    st.booleans(),  # a whole year, or its first half
)


@settings(max_examples=60, deadline=None)
@given(st.lists(REPORT, min_size=1, max_size=12))
def test_every_distinct_figure_is_one_point_whose_hover_names_each_of_its_outlets(
    reports: list[tuple[str | None, int, str, str, bool]],
) -> None:
    frame = facts_to_frame(
        [
            fact(
                article=f"{n}.txt",
                source=source,
                amount=amount,
                qualifier=qualifier,
                **(year(y) if whole else months(y, 1, 6)),
            )
            for n, (source, y, amount, qualifier, whole) in enumerate(reports)
        ]
    )
    distinct = {(y, amount, qualifier, whole) for _s, y, amount, qualifier, whole in reports}
    drawn = points(charts.turnover_chart(frame))
    assert len(drawn) == len(distinct)
    for source, y, amount, qualifier, whole in reports:
        period = str(y) if whole else f"Jan–Jun {y}"
        word = views.QUALIFIER_WORDS[qualifier]
        (hover,) = [h for _n, at, h in drawn if h[1] == period and h[2] == word and at == float(amount) / 1e9]
        assert (source or views.UNKNOWN) in hover[3]


def test_the_facts_keep_every_report_of_a_merged_point() -> None:
    frame = facts_to_frame([fact(article=f"{n}.txt", source=s, **year(2023)) for n, s in enumerate("ABC")])
    assert len(points(charts.turnover_chart(frame))) == 1
    shown = views.apply_filters(frame, views.Filters(pair="CN-KZ", scope=views.NATIONAL))
    assert sorted(shown["source"]) == ["A", "B", "C"] and len(pd.unique(shown["article"])) == 3
