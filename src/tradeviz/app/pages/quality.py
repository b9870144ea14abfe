"""The data-quality page: what was read and found, what was guessed, what was skipped and why, and the
corrections that apply to nothing or could not be read."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tradeviz.app import data, state

TABLE_ROWS = 1000


def long_list(frame: pd.DataFrame, what: str) -> None:
    """A table of at most TABLE_ROWS rows, saying how many more there are."""
    st.dataframe(frame.iloc[:TABLE_ROWS], hide_index=True)
    if len(frame) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} of {len(frame):,} {what}.")


def listed(title: str, frame: pd.DataFrame, what: str, none: str) -> None:
    st.markdown(f"**{title}**")
    if frame.empty:
        st.caption(none)
    else:
        long_list(frame, what)


def main() -> None:
    shown = state.shown()
    quality = data.quality(shown.loaded)
    reviewed = data.reviewed(shown.loaded)
    counts = st.columns(5)
    counts[0].metric("Articles read", quality.articles_read)
    counts[1].metric("Facts found", quality.facts_found)
    counts[2].metric("Articles with no facts", len(quality.without_facts))
    counts[3].metric("Inferred dates", len(quality.inferred_dates))
    counts[4].metric("Skipped files", len(quality.skipped))
    if quality.without_facts:
        st.markdown("**Articles with no facts**")
        long_list(pd.DataFrame({"article": quality.without_facts}), "articles with no facts")
    if quality.inferred_dates:
        st.markdown("**Articles whose publication date was inferred from the text**")
        long_list(pd.DataFrame(quality.inferred_dates, columns=["article", "date inferred"]), "articles")
    listed(
        "Skipped files",
        pd.DataFrame(quality.skipped, columns=["file", "reason"]),
        "skipped files",
        "No file was skipped.",
    )
    listed(
        "Corrections that match no fact",
        pd.DataFrame({"correction": list(reviewed.orphans)}),
        "corrections",
        "Every correction matches a fact.",
    )
    listed(
        "Lines of the corrections file that are not corrections (not applied)",
        pd.DataFrame({"line": list(reviewed.problems)}),
        "lines",
        f"No damaged line in {shown.loaded.corrections}.",
    )


if __name__ == "__main__":
    main()
