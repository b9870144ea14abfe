"""Chart functions, tested on the figure's data: what is drawn where, in which unit, with which hover."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import fact, months, year
from tradeviz import chart_marks, chart_reports, chart_spread, chart_targets, charts, views
from tradeviz.frame import facts_to_frame


def national(frame: pd.DataFrame) -> pd.DataFrame:
    return views.apply_filters(frame, views.Filters(pair="CN-KZ", scope=views.NATIONAL))


def regional(frame: pd.DataFrame) -> pd.DataFrame:
    return views.apply_filters(frame, views.Filters(pair="CN-KZ", scope="Turkestan Region"))


def traces(figure: go.Figure, role: str) -> list[go.Scatter]:
    return [trace for trace in figure.data if charts.trace_meta(trace).get("role") == role]


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
    assert list(reports["Akorda"].text) == ["&gt; 41"]  # escaped: Plotly shows "> 41", reads no markup
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
    stars = [t for t in traces(figure, "target") if 2030 in charts.trace_meta(t)["deadlines"]]
    assert len(stars) == 1 and stars[0].marker.symbol == "star"
    assert ys(stars[0]) == [35.0] and pd.Timestamp(stars[0].x[0]).year == 2030
    (path,) = traces(figure, "target-path")
    assert path.line.dash == "dash"
    assert [pd.Timestamp(x).year for x in path.x] == [2021, 2030]  # from the 18 bn reported when it was set
    assert ys(path) == [18.0, 35.0]


def test_target_without_deadline_is_a_labelled_horizontal_line(facts: pd.DataFrame) -> None:
    figure = charts.turnover_chart(national(facts))
    (line,) = [t for t in traces(figure, "target") if not charts.trace_meta(t)["deadlines"]]
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
    value, period, qualifier, source, published, sentence, consensus = reports.customdata[0]
    assert (value, period, qualifier, source, published) == (
        "&gt; 41 bn USD",
        "2023",
        "more than",
        "Akorda",
        "2024-07-03",
    )
    assert "exceeded $41 billion" in sentence and "<b>" not in sentence and "&lt;b&gt;" in sentence
    assert consensus == ""  # one report of its year: no consensus to tell
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


def test_trade_chart_draws_one_series_per_flow(facts: pd.DataFrame) -> None:
    figure = charts.trade_chart(regional(facts))
    reports = by_name(figure, "reports")
    assert ys(reports["CN → KZ"]) == [60.09] and ys(reports["KZ → CN"]) == [88.9]
    assert reports["KZ → CN"].marker.color != reports["CN → KZ"].marker.color
    assert "mn USD" in figure.layout.title.text
    assert {charts.trace_meta(t)["metric"] for t in traces(figure, "consensus")} == {"KZ>CN", "CN>KZ"}


def mirror_reports() -> pd.DataFrame:
    """Kazakhstan's exports to China as Kazakhstan reports them and as China reports its imports, and a
    figure of China's exports that does not say where they went."""
    return facts_to_frame(
        [
            fact(metric="export", flow="KZ>CN", amount="15.1e9", source="Kazinform", **year(2023)),
            fact(metric="import", flow="KZ>CN", amount="16.9e9", source="Xinhua", **year(2023)),
            fact(metric="export", flow="CN>KZ", amount="24.7e9", source="Xinhua", **year(2023)),
            fact(metric="export", amount="30e9", parties="CN-KZ", source="Blog", **year(2022)),
        ]
    )


def test_trade_chart_is_a_mirror_view_of_both_sides_reports() -> None:
    figure = charts.trade_chart(mirror_reports())
    reports = by_name(figure, "reports")
    assert set(reports) == {"KZ → CN", "CN → KZ", "Exports, direction not stated"}
    assert sorted(ys(reports["KZ → CN"])) == [15.1, 16.9]
    hovers = sorted(str(row[0]) for row in reports["KZ → CN"].customdata)
    assert "as KZ's exports" in hovers[0]
    assert "as CN's imports" in hovers[1]
    (kz_cn,) = [t for t in traces(figure, "consensus") if charts.trace_meta(t)["metric"] == "KZ>CN"]
    assert ys(kz_cn) == [16.0]  # the median of both sides' reports of one year
    assert figure.layout.legend.title.text == "Exporter → importer"


def test_a_flow_keeps_its_colour_whatever_else_is_drawn() -> None:
    alone = charts.trade_chart(mirror_reports().iloc[[2]])
    together = charts.trade_chart(mirror_reports())
    assert (
        by_name(alone, "reports")["CN → KZ"].marker.color
        == by_name(together, "reports")["CN → KZ"].marker.color
    )


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


def test_a_chart_of_thousands_of_points_leaves_the_sentences_out_of_its_hovers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        chart_spread, "SPREAD_LIMIT", 10_000
    )  # each figure drawn (tests/test_chart_spread.py)
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
    memo = charts.Memo()
    everything = charts.turnover_chart(frame, memo=memo)
    assert everything.to_json() == charts.turnover_chart(frame).to_json()  # the same figure with or without
    fewer = frame[frame["source"] != frame["source"].dropna().iloc[0]]
    expected = charts.turnover_chart(fewer).to_json()

    def no_formatting(*args: object, **kwargs: object) -> None:
        raise AssertionError("a fact in the memo was formatted again")

    monkeypatch.setattr(chart_reports, "report_mark", no_formatting)
    monkeypatch.setattr(chart_marks, "x_position", no_formatting)
    monkeypatch.setattr(chart_targets, "target_mark", no_formatting)
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
    checked.layout.template = None  # a new figure gets the default template; the chart has none
    assert json.loads(pio.to_json(checked)) == json.loads(pio.to_json(figure))


def test_charts_carry_the_house_look_in_their_layout_and_no_template(facts: pd.DataFrame) -> None:
    """A template object makes plotly.js redraw the whole chart when Streamlit hands it a copy of the same
    figure (`tradeviz.chart_figure`): the house template's look is in the layout itself instead."""
    figure = charts.turnover_chart(national(facts))
    sent = json.loads(pio.to_json(figure))["layout"]
    house = pio.templates[charts.TEMPLATE].layout
    assert "template" not in sent
    assert sent["plot_bgcolor"] == house.plot_bgcolor and sent["font"]["color"] == house.font.color
    assert sent["xaxis"]["gridcolor"] == house.xaxis.gridcolor
    assert sent["yaxis"]["title"] == {"text": "bn USD", "standoff": house.yaxis.title.standoff}
    empty = json.loads(pio.to_json(charts.empty_figure("nothing")))["layout"]
    assert "template" not in empty and empty["plot_bgcolor"] == house.plot_bgcolor


# --- legible charts (issue 15) and text that stays text (issue 14) ----------------------------------------


def placed_boxes(figure: go.Figure, plot_width: float) -> list[tuple[str, float, float, float, float]]:
    """Every visible label's box in pixels (left, right, top, bottom) at this plot width, as Plotly lays it
    out next to its marker (see `labels.label_box`), worked out here from the figure alone."""
    from tradeviz import labels

    x0, x1 = (pd.Timestamp(x).value for x in figure.layout.xaxis.range)
    y0, y1 = figure.layout.yaxis.range
    boxes = []
    for trace in figure.data:
        if trace.text is None or "text" not in trace.mode:
            continue
        sizes = trace.marker.size if "markers" in trace.mode else 0
        spots = (
            [trace.textposition] * len(trace.x) if isinstance(trace.textposition, str) else trace.textposition
        )
        for x, y, text, spot in zip(trace.x, trace.y, trace.text, spots, strict=True):
            if not text or x is None or y is None:
                continue
            px = (pd.Timestamp(x).value - x0) / (x1 - x0) * plot_width
            py = (y1 - float(y)) / (y1 - y0) * charts.PLOT_HEIGHT
            left, right, top, bottom = labels.label_box(spot, (sizes or 0) / 2, labels.text_width(text))
            boxes.append((str(text), px + left, px + right, py + top, py + bottom))
    return boxes


def markers(figure: go.Figure, plot_width: float) -> list[tuple[float, float, float]]:
    x0, x1 = (pd.Timestamp(x).value for x in figure.layout.xaxis.range)
    y0, y1 = figure.layout.yaxis.range
    found = []
    for trace in figure.data:
        if "markers" not in trace.mode:
            continue
        for x, y in zip(trace.x, trace.y, strict=True):
            if x is not None and y is not None:
                px = (pd.Timestamp(x).value - x0) / (x1 - x0) * plot_width
                found.append((px, (y1 - float(y)) / (y1 - y0) * charts.PLOT_HEIGHT, trace.marker.size / 2))
    return found


def assert_legible(figure: go.Figure) -> None:
    """No two labels overlap, none covers a marker, none leaves the plot, at any width from the narrowest."""
    margins = charts.MARGIN["l"] + charts.MARGIN["r"]
    for chart_width in (charts.MIN_WIDTH, 600, 800, 1000, 1400, 1920, charts.MAX_WIDTH):
        width = chart_width - margins
        boxes = placed_boxes(figure, width)
        for text, left, right, top, bottom in boxes:
            assert left >= 0 and right <= width and top >= 0 and bottom <= charts.PLOT_HEIGHT, (
                text,
                chart_width,
            )
        for a, b in itertools.combinations(boxes, 2):
            overlap = a[1] < b[2] and b[1] < a[2] and a[3] < b[4] and b[3] < a[4]
            assert not overlap, (a[0], b[0], chart_width)
        for text, left, right, top, bottom in boxes:
            for px, py, radius in markers(figure, width):
                inside = (
                    left < px + radius and px - radius < right and top < py + radius and py - radius < bottom
                )
                assert not inside, (text, chart_width)


def crowded_years() -> pd.DataFrame:
    """What the analyst saw: two reports of one year ("~ 65" and "65.7"), part years next to full ones,
    targets close together, and the last target at the right edge of the years shown."""
    return facts_to_frame(
        [
            fact(article="a.txt", source="Kazinform", amount="65e9", qualifier="~", **year(2023)),
            fact(article="b.txt", source="Xinhua", amount="65.7e9", **year(2023)),
            fact(article="c.txt", source="TASS", amount="60e9", **year(2022)),
            fact(article="d.txt", source="TASS", amount="58e9", **months(2023, 1, 9)),
            fact(article="e.txt", source="El.kz", amount="61e9", **months(2022, 1, 6)),
            fact(article="a.txt", source="Kazinform", kind="target", amount="80e9", target_year=2025),
            fact(article="b.txt", source="Xinhua", kind="target", amount="82e9", target_year=2025),
            fact(article="c.txt", source="TASS", kind="target", amount="100e9", target_year=2030),
            fact(article="e.txt", source="El.kz", kind="target", amount="90e9", target_year=None),
        ]
    )


def test_labels_never_collide_nor_leave_the_plot() -> None:
    figure = charts.turnover_chart(crowded_years(), years=(2021, 2030))
    assert_legible(figure)
    shown = [text for trace in figure.data if trace.text is not None for text in trace.text if text]
    assert "target 100 by 2030" in shown  # the last target is labelled, inside the plot
    assert "~ 65" in " ".join(shown).replace("&gt;", ">") or "65.7" in shown


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(2015, 2024),
            st.sampled_from(["Kazinform", "Xinhua", "TASS", "El.kz", "Akorda"]),
            st.floats(10, 90).map(lambda a: round(a, 1)),
            st.sampled_from(["=", "~", ">", "<"]),
            st.booleans(),
            st.booleans(),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_any_chart_s_labels_are_legible(reports: list[tuple[int, str, float, str, bool, bool]]) -> None:
    made = [
        fact(
            article=f"{n}.txt",
            source=source,
            amount=f"{amount}e9",
            qualifier=qualifier,
            **(months(y, 1, 6) if partial else year(y)),
        )
        if not is_target
        else fact(article=f"{n}.txt", source=source, kind="target", amount=f"{amount}e9", target_year=y + 6)
        for n, (y, source, amount, qualifier, partial, is_target) in enumerate(reports)
    ]
    assert_legible(charts.turnover_chart(facts_to_frame(made)))


HOSTILE = '<a href="http://evil.example">click</a><img src=x onerror=alert(1)>'


def all_texts(figure: go.Figure) -> list[str]:
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(figure.to_json()))
    return found


def test_a_hostile_source_name_stays_text_everywhere_in_the_figure() -> None:
    frame = facts_to_frame(
        [
            fact(source=HOSTILE, amount="18e9", quote=HOSTILE, region=None, **year(2021)),
            fact(source=HOSTILE, amount="20e9", **year(2022)),
            fact(source=HOSTILE, kind="target", amount="30e9", target_year=2025),
            fact(source=HOSTILE, kind="target", amount="40e9", target_year=None),
        ]
    )
    for figure in (charts.turnover_chart(frame, title=HOSTILE), charts.turnover_chart(frame)):
        ours = ("<br>", "<b>", "</b>", "<i>", "</i>", "<extra>", "</extra>")
        for text in all_texts(figure):
            stripped = text
            for tag in ours:
                stripped = stripped.replace(tag, "")
            assert "<" not in stripped and ">" not in stripped, text
    names = [trace.name for trace in charts.turnover_chart(frame).data]
    assert any("&lt;a href=" in name for name in names)


def test_a_sources_colour_comes_from_its_name_alone() -> None:
    few = facts_to_frame([fact(source="Xinhua", **year(2021)), fact(source="TASS", **year(2022))])
    names = ("Akorda", "Akipress", "Xinhua", "Azattyq", "TASS")
    more = facts_to_frame(
        [fact(source=name, amount=f"{20 + n}e9", **year(2021)) for n, name in enumerate(names)]
    )
    colours = {t.name: t.marker.color for t in traces(charts.turnover_chart(few), "reports")}
    colours_more = {t.name: t.marker.color for t in traces(charts.turnover_chart(more), "reports")}
    assert colours["Xinhua"] == colours_more["Xinhua"] and colours["TASS"] == colours_more["TASS"]


def test_one_target_stated_by_several_outlets_is_drawn_once() -> None:
    goal = {"kind": "target", "amount": "40e9", "target_year": 2030}
    frame = facts_to_frame(
        [
            fact(amount="18e9", **year(2023)),
            fact(article="a.txt", source="Kazinform", published=dt.date(2024, 2, 1), **goal),
            fact(article="b.txt", source="Xinhua", published=dt.date(2024, 3, 1), **goal),
            fact(article="c.txt", source="TASS", published=dt.date(2024, 4, 1), **goal),
        ]
    )
    (star,) = traces(charts.turnover_chart(frame), "target")
    assert len(star.x) == 1 and charts.trace_meta(star)["outlets"] == [["Kazinform", "Xinhua", "TASS"]]
    assert star.customdata[0][3] == "Kazinform, Xinhua, TASS (3 outlets)"
    assert star.customdata[0][4] == "2024-02-01"  # the first announcement
    assert star.marker.color == chart_marks.SHARED_COLOUR and "3 outlets" in star.name


def test_the_point_under_the_pointer_is_a_report_and_tells_its_years_consensus() -> None:
    frame = facts_to_frame(
        [
            fact(source="Kazinform", amount="40e9", **year(2023)),
            fact(source="Xinhua", amount="41e9", **year(2023)),
            fact(source="TASS", amount="18e9", **year(2021)),
        ]
    )
    figure = charts.turnover_chart(frame)
    (line,) = traces(figure, "consensus")
    assert line.hoverinfo == "skip"  # the consensus never takes a report's hover
    hovers = {t.name: t.customdata[0][6] for t in traces(figure, "reports")}
    assert hovers["TASS"] == ""
    assert "Consensus of 2023: 40.5 bn USD, the median of 2 reports (40–41)" in hovers["Xinhua"]


def test_the_x_axis_spans_the_years_chosen() -> None:
    frame = facts_to_frame([fact(amount="18e9", **year(2021)), fact(amount="20e9", **year(2022))])
    start, end = (
        pd.Timestamp(x) for x in charts.turnover_chart(frame, years=(2020, 2025)).layout.xaxis.range
    )
    assert (start.date(), end.date()) == (dt.date(2020, 1, 1), dt.date(2025, 12, 31))


def test_a_one_trace_chart_keeps_its_legend_and_keys_only_what_it_draws() -> None:
    figure = charts.turnover_chart(facts_to_frame([fact(amount="18e9", **months(2021, 1, 6))]))
    assert figure.layout.showlegend is True and len(figure.data) == 1
    key = figure.layout.annotations[0].text
    assert "● as reported" in key and "○ hollow" in key
    assert "★ target" not in key and "◆ about" not in key
    assert not traces(figure, "consensus")  # no full year: no consensus line, nor its key
