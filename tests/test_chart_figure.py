"""The figure the browser gets (issue 16): drawn once per change. Streamlit hands plotly.js a JSON copy of the
figure it has just drawn; plotly.js redraws the whole chart when that copy holds a template object, an
object `meta`, a typed array, or no `datarevision` (`tradeviz.chart_figure`)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from conftest import fact, months, year
from tradeviz import chart_figure, charts, views
from tradeviz.frame import facts_to_frame


def national(frame: pd.DataFrame) -> pd.DataFrame:
    return views.apply_filters(frame, views.Filters(pair="CN-KZ", scope=views.NATIONAL))


def sent(figure: object) -> dict:
    """What the browser gets: the figure as Streamlit serialises it."""
    return json.loads(pio.to_json(figure.to_dict(), validate=False))  # type: ignore[attr-defined]


def typed_arrays(value: object) -> int:
    if isinstance(value, dict):
        return ("bdata" in value) + sum(typed_arrays(inner) for inner in value.values())
    if isinstance(value, list):
        return sum(typed_arrays(inner) for inner in value)
    return 0


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
def test_what_the_browser_gets_has_no_template_no_typed_array_no_object_meta(
    facts: pd.DataFrame, name: str
) -> None:
    flows = facts_to_frame(  # the bundled-like facts hold no exports or imports: one of each
        [
            fact(metric="export", flow="KZ>CN", amount="15e9", source="Kazinform", **year(2023)),
            fact(metric="import", flow="CN>KZ", amount="24e9", source="Xinhua", **year(2023)),
        ]
    )
    spec = sent(charts.CHARTS[name](national(pd.concat([facts, flows], ignore_index=True))))
    assert spec["data"], "every chart draws something from these facts"
    assert "template" not in spec["layout"] and spec["layout"]["datarevision"]
    assert typed_arrays(spec) == 0
    for trace in spec["data"]:
        assert isinstance(trace["meta"], list) and len(trace["meta"]) == 1
        assert isinstance(trace["y"], list)


def test_times_go_as_short_text_and_gaps_as_none(facts: pd.DataFrame) -> None:
    goals = [
        fact(article=f"{n}.txt", kind="target", amount=f"{30 + n}e9", target_year=2025 + n) for n in range(2)
    ]
    frame = pd.concat([national(facts), facts_to_frame(goals)], ignore_index=True)
    spec = sent(charts.turnover_chart(frame))
    times = [x for trace in spec["data"] for x in trace["x"]]
    assert None in times  # the targets' paths, one trace, are broken by gaps
    assert all(x is None or len(x) in (10, 16) for x in times), times
    assert "2021-07-01" in times  # a year sits at its middle


def test_a_copy_of_a_figure_has_its_revision_and_a_different_figure_another(facts: pd.DataFrame) -> None:
    frame = national(facts)
    first, again = charts.turnover_chart(frame), charts.turnover_chart(frame.copy())
    assert first.layout.datarevision == again.layout.datarevision
    assert sent(first) == sent(again)
    fewer = charts.turnover_chart(frame[frame["source"] != "Akorda"])
    other_years = charts.turnover_chart(frame, years=(2020, 2030))
    revisions = {first.layout.datarevision, fewer.layout.datarevision, other_years.layout.datarevision}
    assert len(revisions) == 3


def test_a_change_only_a_hover_shows_changes_the_revision() -> None:
    one = facts_to_frame([fact(source="Kazinform", **year(2023))])
    other = facts_to_frame([fact(source="Xinhua", **year(2023))])
    assert charts.turnover_chart(one).layout.datarevision != charts.turnover_chart(other).layout.datarevision


def test_short_times_keep_minutes_only_when_a_time_is_set() -> None:
    days = np.array(["2023-01-01", "NaT", "2023-12-31"], dtype="datetime64[ns]")
    assert chart_figure.short_times(days).tolist() == ["2023-01-01", None, "2023-12-31"]
    noon = np.array(["2023-05-16T12:00", "2023-01-01"], dtype="datetime64[ns]")
    assert chart_figure.short_times(noon).tolist() == ["2023-05-16T12:00", "2023-01-01T00:00"]


def test_a_part_year_in_the_middle_of_a_month_keeps_its_place() -> None:
    figure = charts.turnover_chart(facts_to_frame([fact(**months(2023, 1, 3))]))  # Jan–Mar: 89 days
    (x,) = figure.data[0].x
    assert x == "2023-02-14T12:00"


def test_meta_reads_the_one_element_list_and_plain_properties() -> None:
    assert chart_figure.meta({"meta": [{"role": "reports"}]}) == {"role": "reports"}
    assert chart_figure.meta({"meta": {"role": "target"}}) == {"role": "target"}
    assert chart_figure.meta({}) == {}


def test_the_house_look_is_the_template_s(facts: pd.DataFrame) -> None:
    layout = sent(charts.turnover_chart(national(facts)))["layout"]
    house = pio.templates[chart_figure.TEMPLATE].layout
    assert layout["paper_bgcolor"] == house.paper_bgcolor and layout["hovermode"] == house.hovermode
    assert layout["yaxis"]["gridcolor"] == house.yaxis.gridcolor
    assert layout["xaxis"]["type"] == "date" and layout["xaxis"]["zerolinecolor"] == house.xaxis.zerolinecolor


def test_hover_texts_copy_as_arrays_of_the_same_strings_and_go_out_as_lists() -> None:
    import copy

    from tradeviz import chart_marks

    texts = chart_marks.table([["a", "b"], ["c", None]])
    copied = copy.deepcopy(texts)
    assert copied is not texts and copied.tolist() == [["a", "b"], ["c", None]]
    copied[0, 0] = "changed"
    assert texts[0, 0] == "a"  # a copy, not a view
    assert copied[1, 0] is texts[1, 0]  # the strings themselves are shared: they cannot change
    assert json.loads(pio.to_json({"data": [{"type": "scatter", "customdata": texts}]}))["data"][0][
        "customdata"
    ] == [["a", "b"], ["c", None]]
