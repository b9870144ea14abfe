"""The tradeviz dashboard: `streamlit run dashboard.py` opens it on the bundled articles.

Thin on purpose: it wires widgets to tested functions (`tradeviz.views` filters and aggregates,
`tradeviz.charts` figures, `tradeviz.export` downloads). Articles come from `data/articles/` next to this
file, or from the folder in $TRADEVIZ_ARTICLES. The filters live in the URL, so a link reproduces the view.
Articles added on the page go into that folder (`tradeviz.app_actions`); analysts' corrections go into
`corrections.default_path()` and are applied on every load.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeviz import app_actions, charts, corrections, export, files, views
from tradeviz.app_actions import plain
from tradeviz.cache import default_cache_dir
from tradeviz.errors import TradevizError
from tradeviz.frame import KINDS, METRICS
from tradeviz.ingest.store import ArticleStore
from tradeviz.pipeline import Corpus, load_corpus

ARTICLES_ENV = "TRADEVIZ_ARTICLES"
DEFAULT_ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
METRIC_LABELS = {"turnover": "Turnover", "export": "Exports", "import": "Imports", "investment": "Investment"}
KIND_LABELS = {"actual": "Reported figures", "target": "Targets"}
# No bare strings at the top level of this file: Streamlit's "magic" would print them on the page.

# The tabs, in order; `st.session_state["view"]` holds the open one.
VIEWS = ("Turnover vs targets", "Exports & imports", "Investment", "Facts", "Data quality", "Add articles")
# Rows a table on the page lists (more is slow to send and to scroll); downloads hold every row.
TABLE_ROWS = 1000
ARTICLE_CSS = """<style>
.tradeviz-article { white-space: pre-wrap; font-size: 0.92rem; line-height: 1.5; max-height: 32rem;
  overflow-y: auto; padding: 0.8rem; border: 1px solid #ddd; border-radius: 0.4rem; }
.tradeviz-article mark { background: #fff1a8; padding: 0 0.1rem; }
.tradeviz-article mark.focus { background: #ffc14d; outline: 2px solid #e08a00; }
</style>"""


# --- cached loading ---------------------------------------------------------------------------------------


def articles_root() -> Path:
    """Where the articles are: $TRADEVIZ_ARTICLES, else the bundled folder."""
    return Path(os.environ.get(ARTICLES_ENV) or DEFAULT_ARTICLES)


# How often, at most, a rerun looks for articles edited in place when that look is slow (a stat of every
# file: tenths of a second for 50,000 files). Files added, removed or renamed are seen at once.
DEEP_CHECK_SECONDS = 10.0
# A look for edits that took less than this is made on every rerun.
CHEAP_CHECK_SECONDS = 0.05


@st.cache_resource(show_spinner=False)
def deep_checks() -> dict[str, tuple[float, float, str]]:
    """Per article folder, the last look for edits: (when, how long it took, its signature)."""
    return {}


def content_key(root: Path) -> str:
    """What decides when the articles are read again: the folders' times on every run (tens of
    milliseconds for 50,000 files), and every file's size and time on every run when that is cheap,
    else at most every DEEP_CHECK_SECONDS."""
    shallow = files.tree_signature(root, deep=False)
    checks, now = deep_checks(), time.monotonic()
    last = checks.get(str(root))
    if last is None or last[1] < CHEAP_CHECK_SECONDS or now - last[0] > DEEP_CHECK_SECONDS:
        started = time.perf_counter()
        deep = files.tree_signature(root, deep=True)
        checks[str(root)] = (now, time.perf_counter() - started, deep)
    else:
        deep = last[2]
    return shallow + deep


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)  # now and before the last change
def load(root: str, key: str) -> Corpus:
    """The corpus under `root`; `key` (`content_key`) decides when to read it again.

    A resource, not data: every rerun shares the one corpus instead of unpickling a copy (which costs
    seconds on tens of thousands of facts); the views never change it in place. Facts come through the
    same disk cache as `tradeviz extract`, so a corpus extracted once from the command line opens at once.
    """
    return load_corpus([root], cache_dir=default_cache_dir())


@st.cache_resource(show_spinner=False, max_entries=2)
def load_corrected(root: str, key: str, path: str, path_key: tuple[int, int] | None) -> app_actions.Corrected:
    """The corpus's facts with the corrections file applied; `path_key` (its size and time) is part of the
    key, so a saved correction shows on the next run and a rerun costs nothing."""
    return app_actions.corrected_corpus_frame(load(root, key), path)


@st.cache_resource(show_spinner=False, max_entries=1)
def heap_settled(loaded: Loaded) -> bool:
    """Once per load: the loaded facts and articles (millions of Python objects for 50,000 articles) are
    set aside from Python's garbage collector, whose full passes over them took 0.1–0.2 s in every few
    filter changes. What an earlier load left is collected first (`gc.unfreeze`), so nothing piles up."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    return True


@st.cache_resource(show_spinner=False, max_entries=64)
def options_of(data: Loaded, pair: str | None) -> views.Options:
    """`views.filter_options` of the loaded facts (`data`: the arguments of `load_corrected`), worked out
    once per load and pair instead of on every filter change."""
    return views.filter_options(load_corrected(*data).frame, pair=pair)


# The arguments of `load_corrected`: what identifies the facts on the page.
Loaded = tuple[str, str, str, tuple[int, int] | None]


@st.cache_resource(show_spinner=False, max_entries=12)
def filtered(loaded: Loaded, filters: views.Filters) -> pd.DataFrame:
    """The facts that pass `filters`, worked out once for the table, the chart and the progress table."""
    return views.apply_filters(load_corrected(*loaded).frame, filters)


@st.cache_resource(show_spinner=False, max_entries=12)  # a chart of 50k articles' facts: megabytes
def figure_of(view: str, loaded: Loaded, filters: views.Filters) -> go.Figure:
    """The chart `view` of the filtered facts, kept per load and filters: a rerun that changes neither (a
    row selected, a form sent) redraws nothing. Rejected facts leave the charts."""
    return charts.CHARTS[view](corrections.visible(filtered(loaded, filters)), memo=chart_memo(loaded))


@st.cache_resource(show_spinner=False, max_entries=2)
def chart_memo(loaded: Loaded) -> charts.Memo:
    """The drawing values of the loaded facts, shared by every chart of them (`charts.Memo`)."""
    return {}


@st.cache_resource(show_spinner=False, max_entries=24)
def progress_of(loaded: Loaded, filters: views.Filters) -> pd.DataFrame:
    """`views.progress` of the filtered turnover facts, kept like `figure_of`."""
    drawn = corrections.visible(filtered(loaded, filters))
    return views.progress(drawn[(drawn["metric"] == "turnover").fillna(False)])


# --- sidebar: filters, kept in the URL --------------------------------------------------------------------


def seed_from_url(facts: pd.DataFrame, options_for: Callable[[str | None], views.Options]) -> None:
    """On a session's first run, set the filter widgets from the link, warning about what it got wrong."""
    if "filters_seeded" in st.session_state:
        return
    wanted, problems = views.from_query({key: st.query_params.get_all(key) for key in st.query_params})
    wanted, more = views.reconcile(wanted, options_for(wanted.pair))
    st.session_state.url_problems = problems + more
    chosen = views.with_defaults(wanted, facts)
    options = options_for(chosen.pair)
    st.session_state.f_pair = chosen.pair
    st.session_state.f_scope = chosen.scope
    st.session_state.f_years = chosen.years or options.years
    for field in ("sources", "langs", "metrics", "kinds"):
        chosen_values = getattr(chosen, field)
        st.session_state[f"f_{field}"] = list(
            getattr(options, field) if chosen_values is None else chosen_values
        )
    st.session_state.filters_seeded = True


def _label(names: dict[str, str], value: str) -> str:
    return names.get(value, value)


def sidebar(
    facts: pd.DataFrame, options_for: Callable[[str | None], views.Options]
) -> tuple[views.Filters, views.Options]:
    """Draw the filters; return the chosen ones (None where everything is selected) and what was offered
    (`options_for(pair)`: the options of the facts, or of one pair's)."""
    seed_from_url(facts, options_for)
    bar = st.sidebar
    bar.header("Filters")
    for problem in st.session_state.pop("url_problems", []):
        bar.warning(f"From the link: {problem} Showing the default instead.")
    everything = options_for(None)
    pair = bar.selectbox("Country pair", everything.pairs, key="f_pair")
    options = options_for(pair)
    if st.session_state.f_scope not in options.scopes:
        st.session_state.f_scope = options.scopes[0]
    scope = bar.selectbox(
        "Scope",
        options.scopes,
        key="f_scope",
        format_func=lambda s: "National" if s == views.NATIONAL else s,
        help="National figures and a region's are on different scales, so one is shown at a time.",
    )
    years = None
    if options.years is not None and options.years[0] < options.years[1]:
        low, high = options.years
        start, end = st.session_state.get("f_years") or options.years
        st.session_state.f_years = (min(max(start, low), high), max(min(end, high), low))
        chosen_years = bar.slider("Years", low, high, key="f_years")
        years = None if tuple(chosen_years) == options.years else (int(chosen_years[0]), int(chosen_years[1]))
    elif options.years is not None:
        bar.caption(f"All facts are from {options.years[0]}.")
    chosen: dict[str, tuple[str, ...] | None] = {}
    names: dict[str, str]
    for field, label, names in (
        ("sources", "Sources", {}),
        ("langs", "Languages", {}),
        ("metrics", "Metrics", METRIC_LABELS),
        ("kinds", "Reported figures or targets", KIND_LABELS),
    ):
        offered = getattr(everything, field)
        key = f"f_{field}"
        st.session_state[key] = [value for value in st.session_state.get(key, offered) if value in offered]
        picked = bar.multiselect(label, offered, key=key, format_func=functools.partial(_label, names))
        chosen[field] = None if set(picked) == set(offered) else tuple(picked)
    filters = views.Filters(years=years, pair=pair, scope=scope, **chosen)
    query = views.to_query(filters)
    if {key: st.query_params.get_all(key) for key in st.query_params} != query:
        st.query_params.from_dict(query)
    return filters, options


# --- views ------------------------------------------------------------------------------------------------


def file_name(view: str, filters: views.Filters, options: views.Options, ext: str) -> str:
    return export.export_name(
        view=view,
        pair=filters.pair,
        scope=filters.scope,
        years=filters.years or options.years,
        on=dt.date.today(),
        ext=ext,
    )


def chart_section(view: str, figure: go.Figure, filters: views.Filters, options: views.Options) -> None:
    """The chart and its downloads; a friendly note instead when nothing matches."""
    if not figure.data:
        st.info(f"{figure.layout.annotations[0].text} Widen the years or select more sources or metrics.")
        return
    st.plotly_chart(figure, theme=None, key=f"chart_{view}", config={"displaylogo": False})
    has_browser = export.browser_available()
    columns = st.columns(4)
    for column, fmt in zip(columns, ("png", "svg", "pdf", "html"), strict=True):
        usable = has_browser or fmt == "html"
        column.download_button(
            f"Download {fmt.upper()}",
            data=functools.partial(export.figure_bytes, figure, fmt) if usable else b"",
            file_name=file_name(view, filters, options, fmt),
            mime=export.MIME_TYPES[fmt],
            on_click="ignore",
            disabled=not usable,
            help=None if usable else export.INSTALL_BROWSER,
            key=f"download_{view}_{fmt}",
            width="stretch",
        )
    if not has_browser:
        st.caption(export.INSTALL_BROWSER)


def progress_section(table: pd.DataFrame) -> None:
    """Each turnover target (`views.progress`): how far the latest full year is, and the growth needed
    against the recent one."""
    st.subheader("Progress to goal")
    if table.empty:
        st.info("No turnover target matches the filters.")
        return
    st.dataframe(
        views.progress_table(table),
        hide_index=True,
        column_config={
            "share of target": st.column_config.ProgressColumn(format="percent", min_value=0, max_value=1),
        },
    )
    st.caption(
        "Growth needed: the compound annual growth from the latest full year to the target by its year. "
        "Recent growth: the same, over the last few full years reported."
    )


def facts_section(
    shown: pd.DataFrame,
    corpus: Corpus,
    filters: views.Filters,
    options: views.Options,
    corrections_path: Path,
) -> None:
    """The filtered facts with their quotes, their downloads, and the article of a selected row."""
    message = st.session_state.pop("correction_message", None)
    if message:
        st.success(message)
    if shown.empty:
        st.info("No facts match the filters.")
        return
    listed = shown.iloc[:TABLE_ROWS]
    table = views.facts_table(listed)
    if len(listed) < len(shown):
        st.caption(
            f"The first {len(listed):,} of {len(shown):,} matching facts; the downloads hold them all. "
            "Narrow the filters to list the others."
        )
    event = st.dataframe(
        table,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="facts_table",
        column_config={
            "quote": st.column_config.TextColumn(width="large"),
            "correction": st.column_config.TextColumn(help="rejected or corrected by an analyst"),
            "original": st.column_config.TextColumn(help="the values as extracted, before the correction"),
        },
    )
    columns = st.columns(3)
    for column, (label, fmt, ext, mime) in zip(
        columns,
        (
            ("Download CSV", "csv", "csv", "text/csv"),
            ("CSV for Russian-locale spreadsheets (;)", "csv;", "csv", "text/csv"),
            ("Download XLSX", "xlsx", "xlsx", export.MIME_TYPES["xlsx"]),
        ),
        strict=True,
    ):
        column.download_button(
            label,
            data=functools.partial(table_download, shown, fmt),
            file_name=file_name("facts", filters, options, ext),
            mime=mime,
            on_click="ignore",
            key=f"download_facts_{fmt}",
            width="stretch",
        )
    selected = [row for row in (event.selection.rows if event is not None else []) if row < len(listed)]
    focus = listed.iloc[selected[0]] if selected else None
    if focus is not None:
        correction_form(focus, corpus, corrections_path)
    st.subheader("Article")
    if focus is None:
        names = sorted(listed["article"].dropna().unique())
        name = st.selectbox("Select a row above, or an article here", names, index=None, key="article_pick")
    else:
        name = str(focus["article"])
    article = corpus.article(name) if name else None
    if article is None:
        return
    try:
        text = corpus.article_text(article.name)
    except (TradevizError, OSError) as error:
        st.warning(f"Could not read {article.name} again: {error}")
        return
    spans = corpus.facts.loc[corpus.facts["article"] == name, ["start", "end"]].itertuples(
        index=False, name=None
    )
    published = (
        article.published and f"{article.published}{' (inferred)' if article.published_inferred else ''}"
    )
    st.caption(" · ".join(plain(part) for part in (article.title, article.source, published) if part))
    page = views.highlight_html(
        text, list(spans), focus=None if focus is None else (int(focus["start"]), int(focus["end"]))
    )
    st.html(ARTICLE_CSS + page)


def table_download(frame: pd.DataFrame, fmt: str) -> bytes:
    """The bytes of a table download, made when the button is pressed, not on every run."""
    return export.table_bytes(app_actions.export_frame(frame), fmt)


def long_list(frame: pd.DataFrame, what: str) -> None:
    """A table of at most TABLE_ROWS rows, saying how many more there are."""
    st.dataframe(frame.iloc[:TABLE_ROWS], hide_index=True)
    if len(frame) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} of {len(frame):,} {what}.")


def quality_section(corpus: Corpus, orphans: tuple[str, ...] = ()) -> None:
    """What was read, what was found, what was guessed, what was skipped, and corrections gone stale."""
    quality = views.data_quality(corpus.facts, corpus.articles, corpus.skipped)
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
    st.markdown("**Skipped files**")
    if quality.skipped:
        long_list(pd.DataFrame(quality.skipped, columns=["file", "reason"]), "skipped files")
    else:
        st.caption("No file was skipped.")
    st.markdown("**Corrections that match no fact**")
    if orphans:
        st.dataframe(pd.DataFrame({"correction": list(orphans)}), hide_index=True)
    else:
        st.caption("Every correction matches a fact.")


# --- corrections ------------------------------------------------------------------------------------------


def _date_or_none(value: object) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()  # type: ignore[call-overload, arg-type]


def correction_form(focus: pd.Series, corpus: Corpus, path: Path) -> None:
    """Reject the selected fact, or correct its value, period, metric, kind or parties, with a reason."""
    fact_id = str(focus["fact_id"])
    st.subheader("Correct this fact")
    if bool(focus["corrected"]):
        reason = "" if pd.isna(focus["correction_reason"]) else str(focus["correction_reason"])
        was = "" if pd.isna(focus["original"]) else f" (was {focus['original']})"
        st.info(f"{plain(str(focus['correction']).capitalize() + was)}. Reason: {plain(reason)}")
        if st.button("Undo the correction", key=f"undo_{fact_id}"):
            try:
                corrections.remove_correction(path, fact_id)
            except TradevizError as error:
                st.error(plain(error))
                return
            st.session_state.correction_message = "The correction was removed: the fact is as extracted."
            st.rerun()
    extracted = corpus.facts.loc[focus.name]
    unit = "" if pd.isna(focus["unit"]) else str(focus["unit"])
    with st.form(key=f"correct_{fact_id}"):
        reject = (
            st.radio("Action", ["Correct", "Reject"], horizontal=True, key=f"c_action_{fact_id}") == "Reject"
        )
        first = st.columns(4)
        value = first[0].text_input(
            f"Value{f' ({unit})' if unit else ''}",
            value=corrections.plain_number(float(focus["value"])) if not pd.isna(focus["value"]) else "",
        )
        metric = first[1].selectbox("Metric", METRICS, index=METRICS.index(focus["metric"]))
        kind = first[2].selectbox("Kind", KINDS, index=KINDS.index(focus["kind"]))
        parties = first[3].text_input(
            "Parties", value="" if pd.isna(focus["parties"]) else str(focus["parties"])
        )
        second = st.columns(4)
        low, high = dt.date(1900, 1, 1), dt.date(2200, 12, 31)
        start = second[0].date_input("Period from", _date_or_none(focus["period_start"]), low, high)
        end = second[1].date_input("Period to", _date_or_none(focus["period_end"]), low, high)
        target_year = second[2].number_input(
            "Target year",
            min_value=1900,
            max_value=2200,
            step=1,
            value=None if pd.isna(focus["target_year"]) else int(focus["target_year"]),
        )
        reason = st.text_input("Reason (required)", max_chars=corrections.MAX_REASON)
        submitted = st.form_submit_button("Save", key="correct_submit")
    if not submitted:
        return
    try:
        correction = app_actions.correction_from_form(
            extracted,
            fact_id,
            reject=reject,
            reason=reason,
            value=value,
            period_start=start if isinstance(start, dt.date) else None,
            period_end=end if isinstance(end, dt.date) else None,
            target_year=None if target_year is None else int(target_year),
            metric=metric,
            kind=kind,
            parties=parties,
        )
        corrections.save_correction(path, app_actions.checked_correction(corpus, correction))
    except TradevizError as error:
        st.error(f"Not saved: {plain(error)}")
        return
    what = "rejected" if reject else "corrected"
    st.session_state.correction_message = f"The fact was {what}; the correction is saved in {plain(path)}."
    st.rerun()


# --- adding articles -------------------------------------------------------------------------------------


def show_report(report: app_actions.AddReport) -> None:
    """What the last add stored and what it skipped, with why (names shown as text, never as markup)."""
    if report.added:
        names = ", ".join(plain(added.path.name) for added in report.added)
        st.success(f"Added {len(report.added)} article(s): {names}. Their facts are in the tabs now.")
    if report.skipped:
        lines = "\n".join(f"- {plain(item.name)}: {plain(item.reason)}" for item in report.skipped)
        st.warning(f"Skipped {len(report.skipped)}; nothing stored was changed:\n\n{lines}")


def add_section(root: Path) -> None:
    """Upload files, paste text or give a link; each goes into the article folder the page reads."""
    report = st.session_state.pop("add_report", None)
    if report is not None:
        show_report(report)
    st.caption(f"Articles are stored as text in {plain(root)}; a text already there is refused.")
    with st.form("add_form", clear_on_submit=True):
        files = st.file_uploader(
            "Article files",
            type=["txt", "md", "html", "htm"],
            accept_multiple_files=True,
            max_upload_size=app_actions.BROWSER_UPLOAD_MB,
            key="add_files",
            help=f"Up to {app_actions.MAX_UPLOAD_BYTES // 2**20} MiB each: .txt, .md, saved .html pages",
        )
        text = st.text_area("Or paste an article's text", key="add_text", height=150)
        columns = st.columns(2)
        source = columns[0].text_input("Source (optional)", key="add_source", placeholder="e.g. Kazinform")
        published = columns[1].date_input(
            "Published (optional)",
            value=None,
            min_value=dt.date(1900, 1, 1),
            max_value=dt.date(2200, 12, 31),
            key="add_published",
        )
        submitted = st.form_submit_button("Add", key="add_submit")
    if submitted:
        day = published if isinstance(published, dt.date) else None
        store = ArticleStore(root)
        uploads = [(upload.name, upload.getvalue()) for upload in files or []]
        report = app_actions.add_uploads(store, uploads, source=source, published=day)
        if text.strip():
            report += app_actions.add_pasted(store, text, source=source, published=day)
        if not report.added and not report.skipped:
            st.warning("Choose files or paste a text first.")
        else:
            added(report)
    with st.form("link_form", clear_on_submit=True):
        url = st.text_input("Add from link", key="add_url", placeholder="https://…")
        link_source = st.text_input("Source (optional)", key="add_url_source")
        fetch_clicked = st.form_submit_button("Fetch and add", key="link_submit")
    if fetch_clicked:
        with st.spinner("Fetching the page…"):
            report = app_actions.add_link(ArticleStore(root), url, source=link_source)
        added(report)


def added(report: app_actions.AddReport) -> None:
    """Rerun with the report kept for the next run, which reads the new files. The filters are set again
    from the link, so a year range that covered everything still does when new facts widen it."""
    st.session_state.add_report = report
    if report.added:
        st.session_state.pop("filters_seeded", None)
    st.rerun()


# --- page -------------------------------------------------------------------------------------------------


def main() -> None:
    st.set_page_config(page_title="tradeviz: turnover vs targets", layout="wide")
    st.title("Trade turnover against targets")
    root = articles_root()
    if not root.exists():
        st.error(f"No articles at {root}. Put .txt or .md articles there, or set {ARTICLES_ENV} to a folder.")
        return
    corrections_path = corrections.default_path()
    try:
        key = content_key(root)
        corpus = load(str(root), key)
        loaded = (str(root), key, str(corrections_path), app_actions.file_key(corrections_path))
        data = load_corrected(*loaded)
        heap_settled(loaded)
    except (TradevizError, OSError) as error:
        st.error(f"Could not read the articles in {root}: {error}")
        return
    if data.error:
        st.error(plain(data.error))
    facts = data.frame
    where = "the bundled articles" if root == DEFAULT_ARTICLES else str(root)
    st.caption(f"{len(facts)} facts from {len(corpus.articles)} articles: {plain(where)}")
    if facts.empty:
        st.info("No trade figures or targets were found in these articles.")
        empty_tabs = st.tabs(["Add articles", "Data quality"])
        with empty_tabs[0]:
            add_section(root)
        with empty_tabs[1]:
            quality_section(corpus, data.orphans)
        return
    filters, options = sidebar(facts, functools.partial(options_of, loaded))
    shown = filtered(loaded, filters)  # rejected facts stay in the table, flagged
    if shown.empty:
        st.info(
            "No facts match these filters. Widen the years, or select more sources, languages or metrics."
        )
    # Only the open tab runs (a rerun when another opens): a filter change redraws one view, not six.
    tabs = st.tabs(VIEWS, key="view", on_change="rerun")
    if tabs[0].open:
        with tabs[0]:
            chart_section("turnover", figure_of("turnover", loaded, filters), filters, options)
            progress_section(progress_of(loaded, filters))
    if tabs[1].open:
        with tabs[1]:
            chart_section("trade", figure_of("trade", loaded, filters), filters, options)
    if tabs[2].open:
        with tabs[2]:
            chart_section("investment", figure_of("investment", loaded, filters), filters, options)
    if tabs[3].open:
        with tabs[3]:
            facts_section(shown, corpus, filters, options, corrections_path)
    if tabs[4].open:
        with tabs[4]:
            quality_section(corpus, data.orphans)
    if tabs[5].open:
        with tabs[5]:
            add_section(root)


if __name__ == "__main__":
    main()
