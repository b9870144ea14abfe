"""The page that adds articles: upload files, paste a text or give a link; each goes into the article
folder the page reads (as `tradeviz add` does), and its facts appear on the next run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from tradeviz import app_actions
from tradeviz.app import state
from tradeviz.app_actions import plain
from tradeviz.ingest.store import ArticleStore


def show_report(report: app_actions.AddReport) -> None:
    """What the last add stored and what it skipped, with why (names shown as text, never as markup)."""
    if report.added:
        names = ", ".join(plain(added.path.name) for added in report.added)
        count = f"{len(report.added)} article{'s' if len(report.added) != 1 else ''}"
        st.success(f"Added {count}: {names}. Their facts are on the other pages now.")
    if report.skipped:
        lines = "\n".join(f"- {plain(item.name)}: {plain(item.reason)}" for item in report.skipped)
        st.warning(f"Skipped {len(report.skipped)}; nothing stored was changed:\n\n{lines}")


def added(report: app_actions.AddReport) -> None:
    """Rerun with the report kept for the next run, which reads the new files. The filters are set again
    from the link, so a year range that covered everything still does when new facts widen it."""
    st.session_state.add_report = report
    if report.added:
        st.session_state.pop("filters_seeded", None)
    st.rerun()


def files_and_text(root: Path) -> None:
    with st.form("add_form", clear_on_submit=True):
        uploads = st.file_uploader(
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
    if not submitted:
        return
    day = published if isinstance(published, dt.date) else None
    store = ArticleStore(root)
    report = app_actions.add_uploads(
        store, [(upload.name, upload.getvalue()) for upload in uploads or []], source=source, published=day
    )
    if text.strip():
        report += app_actions.add_pasted(store, text, source=source, published=day)
    if not report.added and not report.skipped:
        st.warning("Choose files or paste a text first.")
    else:
        added(report)


def link(root: Path) -> None:
    with st.form("link_form", clear_on_submit=True):
        url = st.text_input("Add from link", key="add_url", placeholder="https://…")
        source = st.text_input("Source (optional)", key="add_url_source")
        clicked = st.form_submit_button("Fetch and add", key="link_submit")
    if clicked:
        with st.spinner("Fetching the page…"):
            report = app_actions.add_link(ArticleStore(root), url, source=source)
        added(report)


def main() -> None:
    shown = state.shown()
    report = st.session_state.pop("add_report", None)
    if report is not None:
        show_report(report)
    st.caption(f"Articles are stored as text in {plain(shown.root)}; a text already there is refused.")
    files_and_text(shown.root)
    link(shown.root)


if __name__ == "__main__":
    main()
