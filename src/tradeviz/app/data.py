"""Everything the pages load, kept in Streamlit's caches: the corpus as a shared resource, what is derived
from it as data or as read-only copies, and the check for changed articles on a timer (`ttl=`).

What may be shared and what may not: a `Corpus` and a figure are built once and never changed by anyone
(the pages only read them, and every export draws on a copy). A frame is kept once and handed out as a
shallow copy, which pandas' copy-on-write keeps from changing the kept one whatever the caller does. Small
results (options, progress, data quality) are `cache_data`: each session gets its own.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import time
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeviz import aggregates, app_actions, charts, corrections, files, pipeline, tables, views
from tradeviz.cache import default_cache_dir
from tradeviz.pipeline import Corpus
from tradeviz.read.corpus import printable, shown_path
from tradeviz.reviewed import Reviewed, reviewed_facts

ARTICLES_ENV = "TRADEVIZ_ARTICLES"
DEEP_CHECK_SECONDS = 10.0
"""How often, at most, a look for articles edited in place is made when that look is slow (a stat of every
file: tenths of a second for 50,000 files). Files added, removed or renamed are seen at once."""
CHEAP_CHECK_SECONDS = 0.05
"""A look for edits that takes less than this is made on every run."""


@dataclasses.dataclass(frozen=True)
class Loaded:
    """What identifies the facts on the page: the article folder and its state, and the corrections file
    (its path, and its size and time, so that a saved correction shows on the next run)."""

    root: str
    key: str
    corrections: str
    corrections_key: tuple[int, int] | None


def articles_root(bundled: Path) -> Path:
    """Where the articles are: $TRADEVIZ_ARTICLES, else the bundled folder."""
    return Path(os.environ.get(ARTICLES_ENV) or bundled)


@st.cache_data(ttl=DEEP_CHECK_SECONDS, show_spinner=False)
def _edits(root: str, shallow: str) -> tuple[str, float]:
    """Every file's size and time under `root` (`shallow` keys it to the folders' state), and how long
    looking took."""
    started = time.perf_counter()
    return files.tree_signature(Path(root), deep=True), time.perf_counter() - started


def content_key(root: Path) -> str:
    """What decides when the articles are read again: the folders' times on every run (tens of
    milliseconds for 50,000 files), every file's size and time on every run when that is cheap, else at
    most every DEEP_CHECK_SECONDS."""
    shallow = files.tree_signature(root, deep=False)
    deep, seconds = _edits(str(root), shallow)
    if seconds < CHEAP_CHECK_SECONDS:
        deep = files.tree_signature(root, deep=True)
    return shallow + deep


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)  # now and before the last change
def corpus(root: str, key: str) -> Corpus:
    """The corpus under `root`; `key` (`content_key`) decides when to read it again. A resource: every
    session shares the one corpus instead of unpickling a copy (seconds on tens of thousands of facts).
    Facts come through the disk cache of `tradeviz extract`, so a corpus extracted once opens at once."""
    loaded = pipeline.load_corpus([root], cache_dir=default_cache_dir())
    _settle_heap()
    return loaded


def _settle_heap() -> None:
    """Set the objects alive now aside from the garbage collector's full passes, once per corpus loaded.

    A corpus of 50,000 articles holds 150,000 objects the collector tracks (each article's info and its
    path), alive as long as the corpus; a full pass walks them all, 0.1–0.2 s, and one came in every few
    filter changes. Frozen, they are skipped. What an earlier corpus left is collected first (`unfreeze`,
    then `collect`), so a corpus read again frees the old one; the caches keep at most two. The drawing
    values the charts keep need no freezing: they are plain tuples the collector stops tracking."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def load(root: Path) -> Loaded:
    """The articles under `root`, read (or found in the cache), with their store's corrections file."""
    key = content_key(root)
    corpus(str(root), key)
    path = corrections.default_path(root)
    return Loaded(str(root), key, str(path), app_actions.file_key(path))


@st.cache_resource(show_spinner=False, max_entries=2)
def _reviewed(loaded: Loaded) -> Reviewed:
    return reviewed_facts(corpus(loaded.root, loaded.key), [Path(loaded.corrections)], always_columns=True)


def reviewed(loaded: Loaded) -> Reviewed:
    """The facts as the analysts left them (outlets merged, corrections applied), and what to report."""
    kept = _reviewed(loaded)
    return dataclasses.replace(kept, frame=kept.frame.copy(deep=False))


@st.cache_data(show_spinner=False, max_entries=64)
def options(loaded: Loaded, pair: str | None) -> views.Options:
    """What the filters offer: the pairs and years of every fact, the rest of `pair`'s."""
    return views.filter_options(_reviewed(loaded).frame, pair=pair)


@st.cache_resource(show_spinner=False, max_entries=12)
def _filtered(loaded: Loaded, filters: views.Filters) -> pd.DataFrame:
    return views.apply_filters(_reviewed(loaded).frame, filters)


def filtered(loaded: Loaded, filters: views.Filters) -> pd.DataFrame:
    """The facts that pass `filters` (rejected ones too, flagged), worked out once for every page."""
    return _filtered(loaded, filters).copy(deep=False)


@st.cache_resource(show_spinner=False, max_entries=2)
def _chart_memo(loaded: Loaded) -> charts.Memo:
    """The drawing values of the loaded facts, shared by every chart of them (thread-safe)."""
    return charts.Memo()


@st.cache_resource(show_spinner=False, max_entries=12)  # a chart of 50k articles' facts: megabytes
def figure(view: str, loaded: Loaded, filters: views.Filters, years: tuple[int, int] | None) -> go.Figure:
    """The chart `view` of the filtered facts without the rejected ones, its x-axis spanning `years`.
    Kept per load and filters, so a rerun that changes neither draws nothing; read-only, as all here."""
    drawn = corrections.visible(_filtered(loaded, filters))
    return charts.CHARTS[view](drawn, memo=_chart_memo(loaded), years=years)


@st.cache_data(show_spinner=False, max_entries=24)
def progress(loaded: Loaded, filters: views.Filters) -> pd.DataFrame:
    """Each turnover target, once however many outlets state it, against the latest full year; targets
    due after the years shown still count."""
    frame = _filtered(loaded, filters)
    if filters.years is not None:  # the targets due after the years shown, from the view of every year
        every_year = _filtered(loaded, dataclasses.replace(filters, years=None))  # kept from the first view
        targets = every_year[(every_year["kind"] == "target").fillna(False).astype(bool)]
        later = targets[(targets["target_year"] > filters.years[1]).fillna(False).astype(bool)]
        frame = pd.concat([frame, later]) if len(later) else frame
    drawn = corrections.visible(frame)
    turnover = drawn[(drawn["metric"] == "turnover").fillna(False)]
    return tables.progress_table(aggregates.one_row_per_target(aggregates.progress(turnover)))


@st.cache_data(show_spinner=False, max_entries=2)
def quality(loaded: Loaded) -> tables.Quality:
    """What reading and extraction made of the corpus (`tables.data_quality`)."""
    found = corpus(loaded.root, loaded.key)
    quality = tables.data_quality(found.facts, found.articles, found.skipped)
    # A name that is not UTF-8 is listed as \xNN (a table cell holds valid text only), controls escaped.
    shown = tuple((shown_path(path), printable(reason)) for path, reason in quality.skipped)
    return dataclasses.replace(quality, skipped=shown)
