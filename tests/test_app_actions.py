"""The dashboard's actions without Streamlit: adding uploads, pasted text and links to the store, and turning
a correction form into a saved correction that shows in the table and the chart hover."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from tradeviz import app_actions, charts, corrections, tables
from tradeviz.app_actions import AddReport, add_link, add_pasted, add_uploads, plain
from tradeviz.corrections import Correction, CorrectionsError, save_correction
from tradeviz.frame import COLUMNS
from tradeviz.ingest.fetch import Fetched, FetchError
from tradeviz.ingest.store import ArticleStore
from tradeviz.pipeline import load_corpus
from tradeviz.reviewed import reviewed_facts

RU = "По итогам 2023 года товарооборот между Казахстаном и Китаем достиг 40 млрд долларов.\n"
EN = "In 2022, trade between Kazakhstan and China reached $31 billion, the ministry said.\n"
PAGE = (
    "<html><head><title>Trade news</title></head><body><article><h1>Trade news</h1>"
    "<p>In 2021, trade between Kazakhstan and China reached $25 billion, officials said on Monday.</p>"
    "<p>The two countries plan to double it by 2030, the ministry added in its statement.</p>"
    "</article></body></html>"
)


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    return ArticleStore(tmp_path / "articles")


def stored(store: ArticleStore) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(store.root.glob("*.txt"))}


def reasons(report: AddReport) -> dict[str, str]:
    return {item.name: item.reason for item in report.skipped}


# --- uploads ---------------------------------------------------------------------------------------------


def test_several_uploads_are_stored_with_the_given_source_and_date(store: ArticleStore) -> None:
    report = add_uploads(
        store,
        [("ru.txt", RU.encode()), ("en.md", EN.encode()), ("page.html", PAGE.encode())],
        source="Kazinform",
        published=dt.date(2024, 3, 12),
    )
    assert [added.name for added in report.added] == ["ru.txt", "en.md", "page.html"]
    assert not report.skipped
    for added in report.added:
        text = added.path.read_text("utf-8")
        assert "source: Kazinform" in text and "published: 2024-03-12" in text
    corpus = load_corpus([store.root])
    assert sorted(corpus.facts["amount"].dropna()) == [25e9, 31e9, 40e9]


BAD_UPLOADS = [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "NUL bytes"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"   \n\n  ", "empty"),
    ("nothing.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ("front.md", b"---\nsource: X\nno closing fence\n" + RU.encode(), "front matter"),
    ("nul.txt", RU.encode() + b"\x00" + RU.encode(), "NUL"),
    ("huge.txt", b"x" * (50 * 1024 * 1024), "50.0 MiB"),
    ("image.png", b"\x89PNG\r\n\x1a\n", ".png"),
    ("noext", RU.encode(), "no extension"),
]


@pytest.mark.parametrize(("name", "data", "why"), BAD_UPLOADS, ids=[case[0] for case in BAD_UPLOADS])
def test_a_bad_upload_is_skipped_with_its_reason_and_the_others_added(
    store: ArticleStore, name: str, data: bytes, why: str
) -> None:
    before_good = add_uploads(store, [("first.txt", EN.encode())])
    before = stored(store)
    report = add_uploads(store, [(name, data), ("good.txt", RU.encode())])
    assert [added.name for added in report.added] == ["good.txt"]
    assert why in reasons(report)[name]
    after = stored(store)
    assert {key: after[key] for key in before} == before  # nothing stored was altered
    assert len(after) == len(before) + 1 and before_good.added


def test_a_duplicate_upload_names_the_stored_file(store: ArticleStore) -> None:
    (first,) = add_uploads(store, [("a.txt", RU.encode())]).added
    report = add_uploads(store, [("copy-of-a.txt", ("\n" + RU + "\n").encode())])
    assert not report.added
    assert str(first.path) in reasons(report)["copy-of-a.txt"]


def test_reasons_do_not_repeat_the_name(store: ArticleStore) -> None:
    report = add_uploads(store, [("empty.txt", b"")])
    assert reasons(report)["empty.txt"].startswith("is empty")


# --- pasted text and links -------------------------------------------------------------------------------


def test_pasted_text_is_stored_with_source_and_date(store: ArticleStore) -> None:
    report = add_pasted(store, RU, source="El.kz", published=dt.date(2024, 5, 20))
    (added,) = report.added
    assert "source: El.kz" in added.path.read_text("utf-8")


@pytest.mark.parametrize(
    ("text", "why"),
    [("", "empty"), ("  \n ", "empty"), ("a\x00b " * 10, "NUL"), ("x" * (6 * 1024 * 1024), "MiB")],
    ids=["empty", "blank", "nul", "too-large"],
)
def test_bad_pasted_text_is_refused(store: ArticleStore, text: str, why: str) -> None:
    report = add_pasted(store, text)
    assert not report.added and why in reasons(report)[app_actions.PASTED]
    assert not stored(store)


def test_a_link_is_fetched_and_stored_with_its_url(store: ArticleStore) -> None:
    def fetcher(url: str) -> Fetched:
        return Fetched(url, url + "?final", "text/html", PAGE.encode(), "utf-8")

    report = add_link(store, " https://example.org/news/1 ", fetcher=fetcher)
    (added,) = report.added
    assert "url: https://example.org/news/1?final" in added.path.read_text("utf-8")


def test_a_link_that_cannot_be_fetched_is_a_reason(store: ArticleStore) -> None:
    def refusing(url: str) -> Fetched:
        raise FetchError(f"{url}: the server answered 404 Not Found")

    assert (
        "404" in reasons(add_link(store, "https://example.org/x", fetcher=refusing))["https://example.org/x"]
    )
    assert "only http and https" in reasons(add_link(store, "file:///etc/passwd"))["file:///etc/passwd"]
    assert reasons(add_link(store, "  ")) == {"the link": "is empty"}


def test_plain_text_never_becomes_markup() -> None:
    hostile = "[x](javascript:alert(1)) <script>alert(1)</script> **b** $x$ ![i](y)"
    escaped = plain(hostile)
    for char in "[]()<>*$!":
        assert f"\\{char}" in escaped
    assert escaped.replace("\\", "") == hostile


# --- corrections -----------------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("---\nsource: El.kz\npublished: 2024-05-20\n---\n" + RU + EN, "utf-8")
    return load_corpus([folder])


def test_a_rejection_from_the_form_is_saved_and_applied(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "corrections.jsonl"
    frame = reviewed_facts(corpus, [path], always_columns=True).frame
    assert list(frame.columns) == [*COLUMNS, *corrections.EXTRA_COLUMNS] and not frame["corrected"].any()
    row = frame.iloc[0]
    correction = app_actions.correction_from_form(
        corpus.facts.loc[row.name], str(row["fact_id"]), reject=True, reason="not trade"
    )
    save_correction(path, app_actions.checked_correction(corpus, correction))
    applied = reviewed_facts(corpus, [path], always_columns=True).frame
    assert applied.loc[row.name, "correction"] == "rejected"
    assert row.name not in corrections.visible(applied).index
    assert tables.facts_table(applied).loc[row.name, "correction"] == "rejected"


def test_a_value_correction_shows_the_original_in_the_table_and_hover(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "corrections.jsonl"
    frame = reviewed_facts(corpus, [path], always_columns=True).frame
    row = frame[frame["amount"] == 40e9].iloc[0]
    extracted = corpus.facts.loc[row.name]
    correction = app_actions.correction_from_form(
        extracted, str(row["fact_id"]), reject=False, reason="typo", value="41,5", metric="turnover"
    )
    assert correction.changes == {"value": 41.5}  # the unchanged metric is not a change
    save_correction(path, app_actions.checked_correction(corpus, correction))
    applied = reviewed_facts(corpus, [path], always_columns=True).frame
    assert applied.loc[row.name, "amount"] == 41.5e9
    table = tables.facts_table(applied)
    assert table.loc[row.name, "original"] == "value=40; amount=40000000000"
    figure = charts.turnover_chart(corrections.visible(applied))
    hovers = [data[0] for trace in figure.data if trace.customdata is not None for data in trace.customdata]
    assert any("41.5 bn USD · corrected (was 40 bn)" in text for text in hovers)
    assert app_actions.export_frame(applied).columns.tolist()[-1] == "original"


def test_form_mistakes_are_messages(corpus) -> None:  # type: ignore[no-untyped-def]
    frame = reviewed_facts(corpus, [Path("/nonexistent/corrections.jsonl")], always_columns=True).frame
    row = frame.iloc[0]
    extracted = corpus.facts.loc[row.name]
    fact_id = str(row["fact_id"])
    with pytest.raises(CorrectionsError, match="nothing to correct"):
        app_actions.correction_from_form(extracted, fact_id, reject=False, reason="x", metric=row["metric"])
    with pytest.raises(CorrectionsError, match="reason is required"):
        app_actions.correction_from_form(extracted, fact_id, reject=True, reason="  ")
    with pytest.raises(CorrectionsError, match="number"):
        app_actions.correction_from_form(extracted, fact_id, reject=False, reason="x", value="lots")
    with pytest.raises(CorrectionsError, match="parties"):
        app_actions.correction_from_form(extracted, fact_id, reject=False, reason="x", parties="China")
    bad_period = app_actions.correction_from_form(
        extracted, fact_id, reject=False, reason="x", period_start=dt.date(2030, 1, 1)
    )
    with pytest.raises(CorrectionsError, match="start"):
        app_actions.checked_correction(corpus, bad_period)
    parties = app_actions.correction_from_form(extracted, fact_id, reject=False, reason="x", parties="kz-ru")
    assert parties.parties == "KZ-RU"


def test_orphans_and_a_broken_file_are_reported(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "corrections.jsonl"
    text_hash = corpus.articles[0].text_hash[:16]
    save_correction(
        path, Correction(f"{text_hash}:0-10:turnover:actual:5", "reject", "gone", article="a.txt")
    )
    result = reviewed_facts(corpus, [path], always_columns=True)
    assert result.problems == () and "matches no fact" in result.orphans[0]
    path.write_text(json.dumps({"fact_id": "nonsense"}) + "\n", "utf-8")
    broken = reviewed_facts(corpus, [path], always_columns=True)
    assert "line 1" in broken.problems[0] and not broken.frame["corrected"].any()


def test_export_keeps_the_contract_columns_without_corrections(facts: pd.DataFrame) -> None:
    assert list(app_actions.export_frame(facts).columns) == list(COLUMNS)


def test_file_key_follows_saves(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    assert app_actions.file_key(path) is None
    path.write_text("x", "utf-8")
    assert app_actions.file_key(path) == (1, path.stat().st_mtime_ns)
