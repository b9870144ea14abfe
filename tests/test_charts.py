"""Chart functions, tested on the figure's data: what is drawn where, in which unit, with which hover."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from conftest import fact, months, year
from tradeviz import charts, views
from tradeviz.frame import facts_to_frame


def national(frame: pd.DataFrame) -> pd.DataFrame:
    return views.apply_filters(frame, views.Filters(pair="CN-KZ", scope=views.NATIONAL))


def regional(frame: pd.DataFrame) -> pd.DataFrame:
    return views.apply_filters(frame, views.Filters(pair="CN-KZ", scope="Turkestan Region"))


def traces(figure: go.Figure, role: str) -> list[go.Scatter]:
    return [trace for trace in figure.data if (trace.meta or {}).get("role") == role]


def by_name(figure: go.Figure, role: str) -> dict[str, go.Scatter]:
    return {trace.name: trace for trace in traces(figure, role)}


def ys(trace: go.Scatter) -> list[float]:
    return [round(float(y), 6) for y in trace.y]


# --- turnover vs targets ---------------------------------------------------------------------------------


def test_every_report_is_a_marker_coloured_by_source(facts: pd.DataFrame) -> None:
    figure = charts.turnover_chart(national(facts))
    reports = by_name(figure, "reports")
    assert set(reports) == {"Akorda", "El.kz", "Kazinform"}
    assert sorted(ys(reports["Kazinform"])) == [18.0, 19.7]
    assert ys(reports["Akorda"]) == [41.0]
    colours = {trace.marker.color for trace in reports.values()}
    assert len(colours) == 3


def test_unit_is_in_the_title_and_axis(facts: pd.DataFrame) -> None:
    figure = charts.turnover_chart(national(facts))
    assert "bn USD" in figure.layout.title.text and figure.layout.yaxis.title.text == "bn USD"
    regional_figure = charts.turnover_chart(regional(facts))
    assert "mn USD" in regional_figure.layout.title.text
    assert ys(by_name(regional_figure, "reports")["Turkestan"]) == [148.9]


def test_qualifier_and_partial_year_change_the_symbol(facts: pd.DataFrame) -> None:
    reports = by_name(charts.turnover_chart(national(facts)), "reports")
    assert list(reports["Akorda"].marker.symbol) == ["triangle-up"]  # "> 41 bn"
    assert list(reports["Akorda"].text) == ["> 41"]
    kazinform = dict(zip(ys(reports["Kazinform"]), reports["Kazinform"].marker.symbol, strict=True))
    assert kazinform == {18.0: "circle", 19.7: "circle-open"}
    labels = list(reports["Kazinform"].text)
    assert "19.7 (Jan–Oct 2022)" in labels


def test_partial_year_sits_inside_its_year_apart_from_the_full_years(facts: pd.DataFrame) -> None:
    reports = by_name(charts.turnover_chart(national(facts)), "reports")["Kazinform"]
    x_of = dict(zip(ys(reports), (pd.Timestamp(x) for x in reports.x), strict=True))
    assert x_of[19.7].year == 2022 and x_of[19.7] != pd.Timestamp(2022, 7, 1)
    assert x_of[18.0] == pd.Timestamp(2021, 7, 1)


def test_consensus_joins_full_year_medians_with_their_spread(facts: pd.DataFrame) -> None:
    (line,) = traces(charts.turnover_chart(national(facts)), "consensus")
    assert [pd.Timestamp(x).year for x in line.x] == [2021, 2023]  # never the Jan–Oct 2022 figure
    assert ys(line) == [18.0, 40.5]
    assert [round(v, 6) for v in line.error_y.array] == [0.0, 0.5]
    assert [round(v, 6) for v in line.error_y.arrayminus] == [0.0, 0.5]
    assert "lines" in line.mode


def test_reports_of_one_year_are_nudged_apart(facts: pd.DataFrame) -> None:
    reports = by_name(charts.turnover_chart(national(facts)), "reports")
    akorda, elkz = pd.Timestamp(reports["Akorda"].x[0]), pd.Timestamp(reports["El.kz"].x[0])
    assert akorda != elkz and akorda.year == elkz.year == 2023


def test_target_with_deadline_has_a_star_and_a_dashed_path_from_its_announcement(facts: pd.DataFrame) -> None:
    figure = charts.turnover_chart(national(facts))
    stars = [t for t in traces(figure, "target") if 2030 in t.meta["deadlines"]]
    assert len(stars) == 1 and stars[0].marker.symbol == "star"
    assert ys(stars[0]) == [35.0] and pd.Timestamp(stars[0].x[0]).year == 2030
    (path,) = traces(figure, "target-path")
    assert path.line.dash == "dash"
    assert [pd.Timestamp(x).year for x in path.x] == [2021, 2030]  # from the 18 bn reported when it was set
    assert ys(path) == [18.0, 35.0]


def test_target_without_deadline_is_a_labelled_horizontal_line(facts: pd.DataFrame) -> None:
    figure = charts.turnover_chart(national(facts))
    (line,) = [t for t in traces(figure, "target") if not t.meta["deadlines"]]
    assert ys(line) == [100.0, 100.0] and line.line.dash == "dot"
    assert "no deadline" in line.name and "100" in line.text[-1]
    start, end = (pd.Timestamp(x) for x in line.x)
    assert start.year <= 2021 and end.year >= 2030  # across the whole chart


def test_hover_tells_value_period_qualifier_source_date_and_sentence() -> None:
    quote = "Last year, mutual trade exceeded $41 billion <b>record</b>"
    frame = facts_to_frame(
        [
            fact(
                amount="41e9",
                qualifier=">",
                quote=quote,
                source="Akorda",
                published=dt.date(2024, 7, 3),
                **year(2023),
            )
        ]
    )
    (reports,) = traces(charts.turnover_chart(frame), "reports")
    value, period, qualifier, source, published, sentence = reports.customdata[0]
    assert (value, period, qualifier, source, published) == (
        "&gt; 41 bn USD",
        "2023",
        "more than",
        "Akorda",
        "2024-07-03",
    )
    assert "exceeded $41 billion" in sentence and "<b>" not in sentence and "&lt;b&gt;" in sentence
    for needed in ("customdata[0]", "customdata[1]", "customdata[2]", "customdata[3]", "customdata[4]"):
        assert needed in reports.hovertemplate


def test_inferred_publication_dates_say_so() -> None:
    frame = facts_to_frame([fact(published=dt.date(2024, 1, 1), published_inferred=True, **year(2023))])
    (reports,) = traces(charts.turnover_chart(frame), "reports")
    assert reports.customdata[0][4] == "2024-01-01 (inferred)"


def test_other_currencies_are_left_out_and_noted() -> None:
    frame = facts_to_frame(
        [
            fact(amount="10e9", **year(2020)),
            fact(amount="12e9", **year(2021)),
            fact(amount="5e9", currency="CNY", **year(2021)),
        ]
    )
    figure = charts.turnover_chart(frame)
    assert sorted(y for trace in traces(figure, "reports") for y in ys(trace)) == [10.0, 12.0]
    assert any("other currencies" in note.text for note in figure.layout.annotations)


def test_one_chart_is_one_pair_and_one_scope(facts: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="one pair and one scope"):
        charts.turnover_chart(facts)


def test_nothing_to_draw_gives_a_message_not_an_error() -> None:
    figure = charts.turnover_chart(facts_to_frame([]))
    assert not figure.data
    assert "No turnover" in figure.layout.annotations[0].text


def test_a_lone_point_still_has_years_around_it() -> None:
    figure = charts.turnover_chart(facts_to_frame([fact(**year(2024))]))
    start, end = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert start < pd.Timestamp(2023, 1, 1) and end > pd.Timestamp(2026, 1, 1)


def test_changing_the_frame_changes_the_chart(facts: pd.DataFrame) -> None:
    everything = charts.turnover_chart(national(facts))
    one_source = charts.turnover_chart(
        views.apply_filters(national(facts), views.Filters(sources=("Kazinform",)))
    )
    assert set(by_name(one_source, "reports")) == {"Kazinform"}
    assert len(one_source.data) < len(everything.data)


# --- exports and imports, investment ---------------------------------------------------------------------


def test_trade_chart_colours_by_direction(facts: pd.DataFrame) -> None:
    figure = charts.trade_chart(regional(facts))
    reports = by_name(figure, "reports")
    assert ys(reports["Exports"]) == [60.09] and ys(reports["Imports"]) == [88.9]
    assert reports["Exports"].marker.color != reports["Imports"].marker.color
    assert "mn USD" in figure.layout.title.text
    assert {t.meta["metric"] for t in traces(figure, "consensus")} == {"export", "import"}


def test_trade_chart_without_trade_figures_says_so(facts: pd.DataFrame) -> None:
    figure = charts.trade_chart(national(facts))
    assert not figure.data and "No exports and imports" in figure.layout.annotations[0].text


def test_investment_chart_places_a_multi_year_total_at_its_last_year(facts: pd.DataFrame) -> None:
    figure = charts.investment_chart(national(facts))
    reports = by_name(figure, "reports")
    assert ys(reports["Akorda"]) == [14.5]
    turkestan = reports["Turkestan"]
    assert ys(turkestan) == [24.0] and pd.Timestamp(turkestan.x[0]).year == 2024
    assert "2010–2024" in turkestan.text[0] and turkestan.marker.symbol[0] == "circle-open"


def test_trade_targets_are_drawn_too() -> None:
    frame = facts_to_frame(
        [
            fact(metric="export", amount="10e9", **year(2022)),
            fact(
                metric="export", amount="20e9", kind="target", target_year=2026, published=dt.date(2023, 3, 1)
            ),
        ]
    )
    figure = charts.trade_chart(frame)
    (star,) = traces(figure, "target")
    assert ys(star) == [20.0] and star.marker.color == charts.METRIC_COLOURS["export"]


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
def test_every_chart_accepts_an_empty_frame(name: str) -> None:
    assert isinstance(charts.CHARTS[name](facts_to_frame([])), go.Figure)


def test_russian_title_is_kept() -> None:
    figure = charts.turnover_chart(facts_to_frame([fact(**months(2022, 1, 10))]), title="Товарооборот")
    assert figure.layout.title.text == "Товарооборот"


def test_a_crowded_chart_drops_its_labels_and_says_so() -> None:
    frame = facts_to_frame(
        [
            fact(article=f"{y}-{n}.txt", source=f"Outlet {n}", amount=f"{30 + n / 10}e9", **year(y))
            for y in range(2000, 2024)
            for n in range(20)  # 480 reports: more than LABEL_LIMIT
        ]
    )
    assert len(frame) > charts.LABEL_LIMIT
    figure = charts.turnover_chart(frame)
    drawn = traces(figure, "reports")
    assert all(trace.mode == "markers" and trace.text is None for trace in drawn)
    assert sum(len(trace.x) for trace in drawn) == len(frame)  # every point still drawn, with its hover
    assert all(trace.customdata is not None for trace in drawn)
    assert f"{len(frame):,} labels left out" in figure.layout.annotations[0].text
    few = charts.turnover_chart(frame.head(charts.LABEL_LIMIT // 2))
    assert all("text" in trace.mode for trace in traces(few, "reports"))


def test_a_chart_of_thousands_of_points_leaves_the_sentences_out_of_its_hovers() -> None:
    many = facts_to_frame(
        [
            fact(
                article=f"{y}-{n}.txt",
                source=f"Outlet {n % 9}",
                amount=f"{30 + n / 100}e9",
                quote=f"s{n}",
                **year(y),
            )
            for y in range(2000, 2021)
            for n in range(100)  # 2,100 reports: more than QUOTE_LIMIT
        ]
    )
    assert len(many) > charts.QUOTE_LIMIT
    crowded = charts.turnover_chart(many)
    hovers = [data for trace in traces(crowded, "reports") for data in trace.customdata]
    assert len(hovers) == len(many) and all(hover[5] == "" for hover in hovers)
    assert all(hover[0] and hover[3].startswith("Outlet") for hover in hovers)  # the rest is still there
    assert "hovers without their sentences" in crowded.layout.annotations[0].text
    few = charts.turnover_chart(many.head(charts.QUOTE_LIMIT))
    assert all(data[5] for trace in traces(few, "reports") for data in trace.customdata)


def test_a_memo_redraws_a_filtered_chart_without_formatting_its_facts_again(
    facts: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = national(facts)
    memo: charts.Memo = {}
    everything = charts.turnover_chart(frame, memo=memo)
    assert everything.to_json() == charts.turnover_chart(frame).to_json()  # the same figure with or without
    fewer = frame[frame["source"] != frame["source"].dropna().iloc[0]]
    expected = charts.turnover_chart(fewer).to_json()

    def no_formatting(*args: object, **kwargs: object) -> None:
        raise AssertionError("a fact in the memo was formatted again")

    monkeypatch.setattr(charts, "_report_mark", no_formatting)
    monkeypatch.setattr(charts, "_x_position", no_formatting)
    monkeypatch.setattr(charts, "_target_mark", no_formatting)
    assert charts.turnover_chart(fewer, memo=memo).to_json() == expected


def crowded_with_targets() -> pd.DataFrame:
    """Thousands of reports (labels and sentences left out) and targets with and without a deadline."""
    reports = [
        fact(article=f"{y}-{n}.txt", source=f"Outlet {n % 9}", amount=f"{30 + n / 100}e9", **year(y))
        for y in range(2000, 2021)
        for n in range(100)
    ]
    targets = [
        fact(
            article=f"{y}-0.txt",
            source="Outlet 0",
            kind="target",
            amount=f"{50 + y % 7}e9",
            target_year=y + 9,
        )
        for y in range(2000, 2021)
    ]
    open_target = fact(
        article="2001-0.txt", source="Outlet 1", kind="target", amount="100e9", target_year=None
    )
    return facts_to_frame([*reports, *targets, open_target])


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
@pytest.mark.parametrize("frame_of", [national, regional, lambda facts: crowded_with_targets()])
def test_traces_are_what_plotly_makes_of_them_when_it_checks_them(
    facts: pd.DataFrame, name: str, frame_of: Callable[[pd.DataFrame], pd.DataFrame]
) -> None:
    """The charts skip Plotly's checks of their traces (`charts._figure`): a checked copy must not raise,
    and must send the browser the same figure."""
    figure = charts.CHARTS[name](frame_of(facts))
    checked = go.Figure(figure.to_dict())  # validates every value
    assert json.loads(pio.to_json(checked)) == json.loads(pio.to_json(figure))


def test_charts_are_drawn_in_the_house_template_as_a_checked_layout_would_be(facts: pd.DataFrame) -> None:
    """`charts._figure` sets the template unchecked; the browser must get what a checked layout sends."""
    figure = charts.turnover_chart(national(facts))
    checked = go.Layout(template=charts.TEMPLATE)
    assert (
        json.loads(pio.to_json(figure))["layout"]["template"] == json.loads(pio.to_json(checked))["template"]
    )
    assert figure.layout.template.layout.plot_bgcolor == pio.templates[charts.TEMPLATE].layout.plot_bgcolor
