"""The facts page: the filtered facts with their quotes and downloads; a selected row opens its article
with the facts marked, and the form to correct it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from tradeviz import tables
from tradeviz.app import data, downloads, state
from tradeviz.app.correction_form import correction_form
from tradeviz.app_actions import plain
from tradeviz.errors import TradevizError
from tradeviz.pipeline import Corpus

# Rows the table lists (more is slow to send and to scroll); the downloads hold every row. (A comment, not
# a docstring: Streamlit would print a bare string of a page script on the page.)
TABLE_ROWS = 1000
ARTICLE_CSS = """<style>
.tradeviz-article { white-space: pre-wrap; font-size: 0.92rem; line-height: 1.5; max-height: 32rem;
  overflow-y: auto; padding: 0.8rem; border: 1px solid #ddd; border-radius: 0.4rem; }
.tradeviz-article mark { background: #fff1a8; padding: 0 0.1rem; }
.tradeviz-article mark.focus { background: #ffc14d; outline: 2px solid #e08a00; }
</style>"""


def article(name: str | None, focus: pd.Series | None, corpus: Corpus) -> None:
    """The article's text (escaped) with its facts marked, the selected one stronger."""
    info = corpus.article(name) if name else None
    if info is None:
        return
    try:
        text = corpus.article_text(info.name)
    except (TradevizError, OSError) as error:
        st.warning(f"Could not read {plain(info.name)} again: {plain(error)}")
        return
    spans = corpus.facts.loc[corpus.facts["article"] == name, ["start", "end"]].itertuples(
        index=False, name=None
    )
    published = (
        info.published and f"{info.published}{tables.INFERRED_MARK if info.published_inferred else ''}"
    )
    st.caption(" · ".join(plain(part) for part in (info.title, info.source, published) if part))
    at = None if focus is None else (int(focus["start"]), int(focus["end"]))
    st.html(ARTICLE_CSS + tables.highlight_html(text, list(spans), focus=at))


def main() -> None:
    shown = state.shown()
    message = st.session_state.pop("correction_message", None)
    if message:
        st.success(message)
    facts = data.filtered(shown.loaded, shown.filters)
    if facts.empty:
        st.info("No facts match the filters.")
        return
    listed = facts.iloc[:TABLE_ROWS]
    if len(listed) < len(facts):
        st.caption(
            f"The first {len(listed):,} of {len(facts):,} matching facts; the downloads hold them all. "
            "Narrow the filters to list the others."
        )
    event = st.dataframe(
        tables.facts_table(listed),
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="facts_table",
        column_config={
            "quote": st.column_config.TextColumn(width="large"),
            "published": st.column_config.TextColumn(help="(inferred): the date was read from the text"),
            "correction": st.column_config.TextColumn(help="rejected or corrected by an analyst"),
            "original": st.column_config.TextColumn(help="the values as extracted, before the correction"),
        },
    )
    downloads.table_buttons(facts, shown)
    selected = [row for row in (event.selection.rows if event is not None else []) if row < len(listed)]
    focus = listed.iloc[selected[0]] if selected else None
    corpus = data.corpus(shown.loaded.root, shown.loaded.key)
    if focus is not None:
        correction_form(focus, corpus, Path(shown.loaded.corrections))
    st.subheader("Article")
    if focus is None:
        names = sorted(listed["article"].dropna().unique())
        name = st.selectbox("Select a row above, or an article here", names, index=None, key="article_pick")
    else:
        name = str(focus["article"])
    article(name, focus, corpus)


if __name__ == "__main__":
    main()
