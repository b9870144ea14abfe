"""The tradeviz dashboard: `streamlit run dashboard.py` opens it on the bundled articles.

The entry file only loads, draws the shared sidebar and navigates: the pages are `tradeviz/app/pages/`,
the loaders `tradeviz.app.data`. Articles come from `data/articles/` next to this file, or the folder in
$TRADEVIZ_ARTICLES; their corrections from the file beside that folder. The filters and the page are in
the link, so a link reproduces the view.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from tradeviz.app import PAGES, data, sidebar, state
from tradeviz.app_actions import plain
from tradeviz.cli_common import plural
from tradeviz.errors import TradevizError

BUNDLED = Path(__file__).resolve().parent / "data" / "articles"


def navigation(has_facts: bool) -> StreamlitPage:
    """The pages: every one when there are facts, else adding articles and what was read."""
    charts = st.Page(PAGES / "charts.py", title="Charts", url_path="charts", default=True)
    pages = [
        st.Page(PAGES / "facts.py", title="Facts", url_path="facts"),
        st.Page(PAGES / "quality.py", title="Data quality", url_path="quality"),
        st.Page(PAGES / "add.py", title="Add articles", url_path="add", default=not has_facts),
    ]
    return st.navigation([charts, *pages] if has_facts else pages[::-1], position="top")


def main() -> None:
    st.set_page_config(page_title="tradeviz: turnover vs targets", layout="wide")
    st.title("Trade turnover against targets")
    root = data.articles_root(BUNDLED)
    if not root.exists():
        st.error(f"No articles at {plain(root)}. Put .txt or .md articles there, or set {data.ARTICLES_ENV}.")
        return
    try:
        loaded = data.load(root)
        reviewed = data.reviewed(loaded)
    except (TradevizError, OSError) as error:
        st.error(f"Could not read the articles in {plain(root)}: {plain(error)}")
        return
    if reviewed.problems:
        st.warning(
            f"Not applied, not corrections: {plural(len(reviewed.problems), 'line')} of "
            f"{plain(loaded.corrections)} (listed under Data quality). The other lines were applied; no "
            "correction can be saved until these are mended."
        )
    where = "the bundled articles" if root == BUNDLED else str(root)
    facts = reviewed.frame
    articles = len(data.corpus(loaded.root, loaded.key).articles)
    st.caption(f"{plural(len(facts), 'fact')} from {plural(articles, 'article')}: {plain(where)}")
    if facts.empty:
        st.info("No trade figures or targets were found in these articles.")
        state.publish(state.Shown(loaded, where))
        navigation(has_facts=False).run()
        return
    filters, options = sidebar.filters(loaded)
    state.publish(state.Shown(loaded, where, filters, options))
    sidebar.write_link(filters, options)
    navigation(has_facts=True).run()


if __name__ == "__main__":
    main()
