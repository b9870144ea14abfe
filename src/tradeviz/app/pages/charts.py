"""The charts page: turnover against targets with the progress to each goal, exports and imports, and
investment, one tab each; only the open tab's chart is drawn, and it is part of the link (`?chart=`).

The chart goes under the tabs, not inside the open one: a tab panel looks for something focusable among
its content on every change of it (react-aria's `useHasTabbableChild`), visiting each element before the
first it finds, and a chart of 50,000 articles is ten thousand SVG elements with nothing focusable: a
quarter of a second per filter change, and again on every hover."""

from __future__ import annotations

import streamlit as st

from tradeviz.app import data, downloads, state

TABS = {"Turnover vs targets": "turnover", "Exports & imports": "trade", "Investment": "investment"}


def chart(view: str, shown: state.Shown) -> None:
    """The chart, its downloads and (for turnover) the progress table; a friendly note instead of the chart
    when nothing matches.

    The chart is written last, into a place kept for it above the rest: every element that reaches the
    page after a chart of thousands of points costs the browser a re-render of the page around it (about
    0.2 s each at 50,000 articles), so the buttons and the table go out first and the chart's draw is the
    change's last step."""
    figure = data.figure(view, shown.loaded, shown.filters, shown.years)
    place = st.empty()
    if figure.data:
        downloads.chart_buttons(view, figure, shown)
    if view == "turnover":
        progress(shown)
    if not figure.data:
        place.info(f"{figure.layout.annotations[0].text} Widen the years or select more sources or metrics.")
        return
    place.plotly_chart(figure, theme=None, key=f"chart_{view}", config={"displaylogo": False})


def progress(shown: state.Shown) -> None:
    """Each turnover target: how far the latest full year is, and the growth needed against the recent."""
    st.subheader("Progress to goal")
    table = data.progress(shown.loaded, shown.filters)
    if table.empty:
        st.info("No turnover target matches the filters.")
        return
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            "share of target": st.column_config.ProgressColumn(format="percent", min_value=0, max_value=1),
            "announced": st.column_config.TextColumn(help="(inferred): the date was read from the text"),
            "source": st.column_config.TextColumn(help="every outlet that stated this target"),
        },
    )
    st.caption(
        "Growth needed: the compound annual growth from the latest full year to the target by its year. "
        "Recent growth: the same, over the last few full years reported. A target due after the years "
        "shown is listed too."
    )


def main() -> None:
    shown = state.shown()
    if data.filtered(shown.loaded, shown.filters).empty:
        st.info(
            "No facts match these filters. Widen the years, or select more sources, languages or metrics."
        )
    tabs = st.tabs(list(TABS), key="chart", bind="query-params")
    opened = [view for tab, view in zip(tabs, TABS.values(), strict=True) if tab.open]
    for view in opened[:1]:
        chart(view, shown)


if __name__ == "__main__":
    main()
