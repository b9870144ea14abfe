"""Analysts' corrections: stable fact ids, the corrections file (atomic, locked), applying, orphans, the CLI."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import doctest
import io
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradeviz.correction_jsonl as correction_jsonl
import tradeviz.corrections as corrections
from tradeviz.corrections import (
    EXTRA_COLUMNS,
    Correction,
    CorrectionsError,
    apply_corrections,
    check_correction,
    fact_ids,
    load_corrections,
    orphan_messages,
    remove_correction,
    save_correction,
    visible,
)
from tradeviz.corrections_cli import (
    add_correct_parser,
    add_corrections_argument,
    corrections_files,
)
from tradeviz.export import frame_to_csv, frame_to_xlsx
from tradeviz.frame import COLUMNS, KINDS, METRICS, QUALIFIERS, empty_frame
from tradeviz.pipeline import Corpus, load_corpus
from tradeviz.reviewed import reviewed_facts

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
AT = "2025-03-01T10:00:00+00:00"

# Facts of the bundled articles (001: Kazinform, 2021 and Jan-Oct 2022 and a 2030 target; 004: one sentence
# with turnover, exports and imports of 2024).
JAN_OCT_2022 = "c668e26c87fe1b68:722-856:turnover:actual:19700000000"
TARGET_2030 = "c668e26c87fe1b68:859-960:turnover:target:35000000000"
TURNOVER_2024 = "fe09bddc8a0d92ae:2223-2404:turnover:actual:148900000"
EXPORTS_2024 = "fe09bddc8a0d92ae:2223-2404:export:actual:60090000"
IMPORTS_2024 = "fe09bddc8a0d92ae:2223-2404:import:actual:88900000"

LOOK_ALIKES = (
    "Товарооборот между Казахстаном и Китаем в 2022 году составил 20 млрд долларов, "
    "в 2023 году – также 20 млрд долларов.\n"
)


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own fact cache and no corrections file from the environment."""
    monkeypatch.setenv("TRADEVIZ_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("TRADEVIZ_CORRECTIONS", raising=False)
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    return load_corpus([ARTICLES])


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def correction(fact_id: str = JAN_OCT_2022, action: str = "correct", **fields: Any) -> Correction:
    """A correction with a reason and a fixed time unless told otherwise."""
    fields.setdefault("reason", "checked against the ministry's release")
    fields.setdefault("at", AT)
    return Correction(fact_id, action, **fields)


def row(frame: pd.DataFrame, fact_id: str) -> pd.Series:
    rows = frame.loc[frame["fact_id"] == fact_id]
    assert len(rows) == 1, f"{len(rows)} rows have {fact_id}"
    return rows.iloc[0]


# --- fact ids --------------------------------------------------------------------------------------------


def test_ids_of_the_bundled_facts_name_text_sentence_metric_kind_and_amount(bundled: Corpus) -> None:
    ids = fact_ids(bundled.facts, bundled.articles)
    assert {JAN_OCT_2022, TARGET_2030, TURNOVER_2024, EXPORTS_2024, IMPORTS_2024} <= set(ids)
    assert ids.is_unique and ids.notna().all()
    assert all(corrections.FACT_ID.match(fact_id) for fact_id in ids)


def test_ids_are_stable_across_re_extraction_cache_and_restarts(corpus_dir: Path, tmp_path: Path) -> None:
    fresh = load_corpus([corpus_dir])
    cached_first = load_corpus([corpus_dir], cache_dir=tmp_path / "facts")
    cached_again = load_corpus([corpus_dir], cache_dir=tmp_path / "facts", jobs=2)
    expected = fact_ids(fresh.facts, fresh.articles).tolist()
    assert fact_ids(cached_first.facts, cached_first.articles).tolist() == expected
    assert fact_ids(cached_again.facts, cached_again.articles).tolist() == expected


def test_ids_survive_a_renamed_file_and_edited_front_matter(corpus_dir: Path) -> None:
    before = load_corpus([corpus_dir])
    source = corpus_dir / "001_fd7d1c000fd4ba2b.txt"
    renamed = corpus_dir / "kazinform-2022.txt"
    text = source.read_text(encoding="utf-8")
    source.unlink()
    renamed.write_text("---\nsource: Kazinform\nurl: https://example.org/1\n---\n" + text, encoding="utf-8")
    after = load_corpus([corpus_dir])
    assert sorted(fact_ids(after.facts, after.articles)) == sorted(fact_ids(before.facts, before.articles))


def test_ids_change_when_the_text_changes(corpus_dir: Path) -> None:
    source = corpus_dir / "001_fd7d1c000fd4ba2b.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nP.S.\n", encoding="utf-8")
    after = load_corpus([corpus_dir])
    assert JAN_OCT_2022 not in set(fact_ids(after.facts, after.articles))


def test_several_facts_of_one_sentence_have_distinct_ids(bundled: Corpus) -> None:
    ids = fact_ids(bundled.facts, bundled.articles)
    sentence = ids[ids.str.startswith("fe09bddc8a0d92ae:2223-2404:")]
    assert sorted(sentence) == sorted([TURNOVER_2024, EXPORTS_2024, IMPORTS_2024])


def test_look_alike_facts_of_one_sentence_are_numbered_by_content_not_row(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LOOK_ALIKES, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    facts = corpus.facts
    assert len(facts) == 2
    ids = fact_ids(facts, corpus.articles)
    assert ids[0].endswith(":turnover:actual:20000000000") and ids[1] == ids[0] + "#2"
    reversed_rows = facts.iloc[::-1]
    assert fact_ids(reversed_rows, corpus.articles).tolist() == ids[::-1].tolist()


def test_two_files_with_one_text_share_ids(tmp_path: Path) -> None:
    for name in ("a.txt", "copy-of-a.txt"):
        (tmp_path / name).write_text(LOOK_ALIKES, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    ids = fact_ids(corpus.facts, corpus.articles)
    assert ids[:2].tolist() == ids[2:].tolist()
    applied = apply_corrections(corpus.facts, corpus.articles, [correction(ids[0], "reject")])
    assert applied.frame["correction"].eq("rejected").sum() == 2


def test_ids_need_the_articles_of_the_frame(bundled: Corpus) -> None:
    with pytest.raises(ValueError, match="no article info for '000_"):
        fact_ids(bundled.facts, bundled.articles[1:])
    assert fact_ids(empty_frame(), []).tolist() == []


# --- the record ------------------------------------------------------------------------------------------

BAD_CORRECTIONS = [
    pytest.param({"fact_id": "row 3"}, "fact id should look like", id="id-not-a-fact-id"),
    pytest.param({"action": "delete"}, "action must be reject or correct", id="unknown-action"),
    pytest.param(
        {"action": "reject", "amount": 1.0}, "a rejection changes no field", id="reject-with-change"
    ),
    pytest.param({}, "changes at least one of", id="correct-without-change"),
    pytest.param({"amount": 1.0, "reason": "  "}, "a reason is required", id="blank-reason"),
    pytest.param({"amount": 1.0, "reason": "x" * 301}, "keep it under 300", id="long-reason"),
    pytest.param({"metric": "trade"}, "metric must be one of turnover", id="metric"),
    pytest.param({"kind": "plan"}, "kind must be one of actual, target", id="kind"),
    pytest.param({"qualifier": "≈"}, "qualifier must be one of", id="qualifier"),
    pytest.param({"currency": "usd"}, "ISO 4217", id="currency-lower-case"),
    pytest.param({"parties": "CN-CN"}, "two country codes", id="parties-same"),
    pytest.param({"parties": "China-KZ"}, "two country codes", id="parties-name"),
    pytest.param({"amount": -5.0}, "amount must be a positive number", id="negative-amount"),
    pytest.param({"value": float("nan")}, "value must be a positive number", id="nan-value"),
    pytest.param({"amount": 2e10, "value": 20.0}, "amount or value, not both", id="amount-and-value"),
    pytest.param({"target_year": 30}, "target_year must be a year", id="target-year"),
    pytest.param(
        {"period_start": dt.date(2022, 12, 1), "period_end": dt.date(2022, 1, 31)},
        "starts (2022-12-01) after it ends (2022-01-31)",
        id="period-backwards",
    ),
    pytest.param({"amount": 1.0, "at": "yesterday"}, "at must be an ISO timestamp", id="at"),
]


@pytest.mark.parametrize(("fields", "message"), BAD_CORRECTIONS)
def test_a_bad_correction_is_refused_with_a_clear_message(fields: dict[str, Any], message: str) -> None:
    fields = {"fact_id": JAN_OCT_2022, "action": "correct", "reason": "why", "at": AT, **fields}
    with pytest.raises(CorrectionsError) as raised:
        Correction(**fields)
    assert message in str(raised.value)


def test_parties_are_kept_in_the_frame_form() -> None:
    assert correction(parties="KZ-CN").parties == "CN-KZ"


def test_a_bad_correction_is_never_saved(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    save_correction(path, correction(amount=20.1e9))
    before = path.read_bytes()
    with pytest.raises(CorrectionsError):
        save_correction(path, correction(metric="gdp"))
    assert path.read_bytes() == before


# --- applying --------------------------------------------------------------------------------------------

APPLIED = [
    pytest.param(
        {"amount": 20.1e9},
        {"amount": 20.1e9, "value": 20.1, "unit": "млрд"},
        "value=19.7; amount=19700000000",
        id="amount-recomputes-value-in-the-unit",
    ),
    pytest.param(
        {"value": 20.1},
        {"amount": 20.1e9, "value": 20.1},
        "value=19.7; amount=19700000000",
        id="value-recomputes-amount",
    ),
    pytest.param(
        {"period_end": dt.date(2022, 11, 30)},
        {"period_end": pd.Timestamp(2022, 11, 30), "period_start": pd.Timestamp(2022, 1, 1)},
        "period_end=2022-10-31",
        id="period-end",
    ),
    pytest.param(
        {"metric": "export", "kind": "target", "target_year": 2025},
        {"metric": "export", "kind": "target", "target_year": 2025},
        "metric=turnover; kind=actual; target_year=null",
        id="metric-kind-year",
    ),
    pytest.param(
        {"parties": "KZ-RU", "currency": "EUR", "qualifier": "~"},
        {"parties": "KZ-RU", "currency": "EUR", "qualifier": "~"},
        "currency=USD; qualifier==; parties=CN-KZ",
        id="parties-currency-qualifier",
    ),
    pytest.param({"amount": 19.7e9}, {"amount": 19.7e9}, None, id="same-value-changes-nothing"),
]


@pytest.mark.parametrize(("changes", "expected", "original"), APPLIED)
def test_a_correction_sets_its_fields_and_keeps_the_original(
    bundled: Corpus, changes: dict[str, Any], expected: dict[str, Any], original: str | None
) -> None:
    applied = apply_corrections(bundled.facts, bundled.articles, [correction(**changes)])
    fact = row(applied.frame, JAN_OCT_2022)
    for name, value in expected.items():
        assert fact[name] == pytest.approx(value) if isinstance(value, float) else fact[name] == value
    assert fact["corrected"] and fact["correction"] == "corrected"
    assert fact["correction_reason"] == "checked against the ministry's release"
    assert (None if pd.isna(fact["original"]) else fact["original"]) == original
    assert applied.orphans == ()


def test_a_corrected_range_becomes_one_number(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "В 2023 году товарооборот между Казахстаном и Китаем составил 40–42 млрд долларов.\n",
        encoding="utf-8",
    )
    corpus = load_corpus([tmp_path])
    assert corpus.facts["amount_high"].iloc[0] == 42e9
    fact_id = fact_ids(corpus.facts, corpus.articles)[0]
    fact = row(
        apply_corrections(corpus.facts, corpus.articles, [correction(fact_id, amount=41e9)]).frame, fact_id
    )
    assert pd.isna(fact["amount_high"])
    assert fact["original"] == "value=40; amount=40000000000; amount_high=42000000000"


def test_a_rejected_fact_stays_in_the_table_and_leaves_the_charts(bundled: Corpus) -> None:
    applied = apply_corrections(
        bundled.facts, bundled.articles, [correction(TARGET_2030, "reject", reason="a wish, not a target")]
    )
    fact = row(applied.frame, TARGET_2030)
    assert fact["corrected"] and fact["correction"] == "rejected" and pd.isna(fact["original"])
    assert fact["amount"] == 35e9  # the table shows what was rejected
    assert len(applied.frame) == len(bundled.facts)
    assert TARGET_2030 not in set(visible(applied.frame)["fact_id"])
    assert len(visible(applied.frame)) == len(bundled.facts) - 1
    assert visible(bundled.facts) is bundled.facts


def test_applying_keeps_the_contract_then_adds_the_extra_columns(bundled: Corpus) -> None:
    applied = apply_corrections(
        bundled.facts, bundled.articles, [correction(amount=20.1e9), correction(TARGET_2030, "reject")]
    )
    frame = applied.frame
    assert frame.columns.tolist() == [*COLUMNS, *EXTRA_COLUMNS]
    assert frame.loc[:, list(COLUMNS)].dtypes.equals(bundled.facts.dtypes)
    assert str(frame["corrected"].dtype) == "bool" and frame["corrected"].sum() == 2
    untouched = frame.loc[~frame["corrected"]]
    assert untouched["correction"].isna().all() and untouched["original"].isna().all()
    assert bundled.facts["amount"].tolist()[3] == 19.7e9  # the input frame is not changed
    with pytest.raises(ValueError, match="already has corrections"):
        apply_corrections(frame, bundled.articles, [])


def test_the_latest_correction_of_a_fact_wins(bundled: Corpus) -> None:
    first, second = correction(amount=20e9), correction(amount=21e9)
    assert row(apply_corrections(bundled.facts, bundled.articles, [first, second]).frame, JAN_OCT_2022)[
        "amount"
    ] == pytest.approx(21e9)


def test_check_refuses_an_unknown_fact_and_names_its_neighbours(bundled: Corpus) -> None:
    typo = TURNOVER_2024.replace("148900000", "148000000")
    with pytest.raises(CorrectionsError, match=r"no fact has the id .* that sentence has .*:export:actual:"):
        check_correction(bundled.facts, bundled.articles, correction(typo, "reject"))


def test_check_refuses_a_period_ending_before_it_starts_and_fills_the_article(bundled: Corpus) -> None:
    with pytest.raises(CorrectionsError, match=r"start \(2023-01-01\) after it ends \(2022-10-31\)"):
        check_correction(bundled.facts, bundled.articles, correction(period_start=dt.date(2023, 1, 1)))
    checked = check_correction(bundled.facts, bundled.articles, correction(amount=20.1e9))
    assert checked.article == "001_fd7d1c000fd4ba2b.txt"


# --- orphans ---------------------------------------------------------------------------------------------


def test_a_correction_whose_article_text_changed_is_reported(corpus_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "data" / "corrections.jsonl"
    corpus = load_corpus([corpus_dir])
    save_correction(path, check_correction(corpus.facts, corpus.articles, correction(amount=20.1e9)))
    applied = apply_corrections(corpus.facts, corpus.articles, load_corrections(path))
    assert applied.orphans == () and row(applied.frame, JAN_OCT_2022)["corrected"]

    source = corpus_dir / "001_fd7d1c000fd4ba2b.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Казахстан", "Казахстан "), encoding="utf-8")
    changed = load_corpus([corpus_dir])
    applied = apply_corrections(changed.facts, changed.articles, load_corrections(path))
    assert [orphan.fact_id for orphan in applied.orphans] == [JAN_OCT_2022]
    assert not applied.frame["corrected"].any()
    assert orphan_messages(applied.orphans, changed.articles) == [
        f"correction of {JAN_OCT_2022} matches no fact: the text of 001_fd7d1c000fd4ba2b.txt has changed since"
    ]


ORPHANS = [
    pytest.param(
        "c668e26c87fe1b68:722-856:turnover:actual:19000000000",
        "001_fd7d1c000fd4ba2b.txt",
        "correction of c668e26c87fe1b68:722-856:turnover:actual:19000000000 (001_fd7d1c000fd4ba2b.txt) "
        "matches no fact: the article no longer gives that fact",
        id="same-text-fact-gone",
    ),
    pytest.param(
        "0123456789abcdef:1-2:turnover:actual:5",
        None,
        "correction of 0123456789abcdef:1-2:turnover:actual:5 matches no fact: "
        "its article's text changed or was not read",
        id="unknown-text-no-hint",
    ),
    pytest.param(
        "0123456789abcdef:1-2:turnover:actual:5",
        "elsewhere.txt",
        "1 correction is for articles not read this time (elsewhere.txt)",
        id="another-folder",
    ),
]


@pytest.mark.parametrize(("fact_id", "article", "message"), ORPHANS)
def test_orphan_messages_say_the_likely_why(
    bundled: Corpus, fact_id: str, article: str | None, message: str
) -> None:
    orphan = correction(fact_id, amount=1.0, article=article)
    applied = apply_corrections(bundled.facts, bundled.articles, [orphan])
    assert applied.orphans == (orphan,)
    assert orphan_messages(applied.orphans, bundled.articles) == [message]


# --- the file --------------------------------------------------------------------------------------------


def test_the_file_round_trips_one_sorted_line_per_fact(tmp_path: Path) -> None:
    path = tmp_path / "data" / "corrections.jsonl"
    assert load_corrections(path) == []
    exports = correction(EXPORTS_2024, "reject", author="Айгерим", article="004.txt")
    turnover = correction(TURNOVER_2024, period_end=dt.date(2024, 11, 30))
    save_correction(path, exports)
    save_correction(path, correction(amount=20e9))
    save_correction(path, turnover)
    replacement = correction(amount=20.1e9, reason="исправлено по данным КГД")
    save_correction(path, replacement)
    assert load_corrections(path) == [replacement, exports, turnover]  # text, then span, then the rest

    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0]) == {
        "action": "correct",
        "amount": 20.1e9,
        "at": AT,
        "fact_id": JAN_OCT_2022,
        "reason": "исправлено по данным КГД",
    }
    assert "КГД" in lines[0] and list(json.loads(lines[1])) == sorted(json.loads(lines[1]))
    assert json.loads(lines[2])["period_end"] == "2024-11-30"

    assert remove_correction(path, TURNOVER_2024)
    assert not remove_correction(path, TURNOVER_2024)
    assert load_corrections(path) == [replacement, exports]


def test_two_lines_for_one_fact_after_a_merge_apply_the_later(tmp_path: Path, bundled: Corpus) -> None:
    path = tmp_path / "corrections.jsonl"
    lines = [correction_jsonl._line(correction(amount=amount)) for amount in (20e9, 21e9)]
    path.write_text("".join(lines) + "\n", encoding="utf-8")
    applied = apply_corrections(bundled.facts, bundled.articles, load_corrections(path))
    assert row(applied.frame, JAN_OCT_2022)["amount"] == pytest.approx(21e9)


GOOD = json.dumps({"action": "reject", "at": AT, "fact_id": JAN_OCT_2022, "reason": "dup"})

MALFORMED = [
    pytest.param("{not json", "line 2: not JSON", id="not-json"),
    pytest.param("[1, 2]", "line 2: expected a JSON object; got list", id="array"),
    pytest.param(
        GOOD.replace('"reason"', '"ammount": 5, "reason"'), "line 2: unknown key 'ammount'", id="typo-key"
    ),
    pytest.param(
        GOOD.replace(', "reason": "dup"', ""), "line 2: the key 'reason' is missing", id="no-reason"
    ),
    pytest.param(
        GOOD.replace('"reject"', '"correct", "metric": "gdp"'), "line 2: correction of", id="bad-metric"
    ),
    pytest.param(
        GOOD.replace('"reject"', '"correct", "period_end": "31.10.2022"'),
        "line 2: period_end must be a date such as 2022-10-31",
        id="bad-date",
    ),
    pytest.param(
        GOOD.replace('"reject"', '"correct", "amount": "20e9"'),
        "line 2: amount has the wrong type",
        id="str-amount",
    ),
]


@pytest.mark.parametrize(("line", "message"), MALFORMED)
def test_a_malformed_line_is_named_by_its_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "corrections.jsonl"
    path.write_text(f"{GOOD}\n{line}\n\n", encoding="utf-8")
    with pytest.raises(CorrectionsError) as raised:
        load_corrections(path)
    assert str(raised.value).startswith(f"{path}, {message}")
    with pytest.raises(CorrectionsError):  # a broken file is never overwritten
        save_correction(path, correction(amount=20e9))
    assert path.read_text(encoding="utf-8") == f"{GOOD}\n{line}\n\n"


def test_blank_lines_windows_ends_and_a_bom_are_read(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    path.write_bytes(("\ufeff" + GOOD + "\r\n\r\n" + GOOD + "\r\n").encode("utf-8"))
    assert len(load_corrections(path)) == 2


def test_line_and_paragraph_separators_in_a_reason_stay_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    item = correction(amount=20e9, reason="one\u2028two\x85three\nfour")
    save_correction(path, item)
    assert path.read_text(encoding="utf-8").count("\n") == 1
    assert load_corrections(path) == [item]


def test_a_crash_while_saving_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corrections.jsonl"
    save_correction(path, correction(amount=20e9))
    before = path.read_bytes()

    def crash(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(correction_jsonl.os, "replace", crash)
    with pytest.raises(CorrectionsError, match=r"cannot write .*No space left on device"):
        save_correction(path, correction(TARGET_2030, "reject"))
    assert path.read_bytes() == before
    assert sorted(item.name for item in tmp_path.iterdir()) == [
        ".corrections.jsonl.lock",
        "corrections.jsonl",
    ]


def _save_many(path: Path, prefix: str, count: int) -> None:
    for number in range(count):
        save_correction(path, correction(f"{prefix}:{number}-{number + 1}:turnover:actual:5", "reject"))


def test_two_threads_saving_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    threads = [
        threading.Thread(target=_save_many, args=(path, prefix, 25))
        for prefix in ("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(load_corrections(path)) == 50


SAVER = """
import sys, time
from pathlib import Path
from tradeviz.corrections import Correction, save_correction
path, prefix, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
while not go.exists():
    time.sleep(0.001)
for number in range(25):
    fact_id = f"{prefix}:{number}-{number + 1}:turnover:actual:5"
    save_correction(path, Correction(fact_id, "reject", "dup", at="2025-03-01T10:00:00+00:00"))
"""


def test_two_processes_saving_at_once_both_land(tmp_path: Path) -> None:
    path, go = tmp_path / "corrections.jsonl", tmp_path / "go"
    processes = [
        subprocess.Popen([sys.executable, "-c", SAVER, str(path), prefix, str(go)])
        for prefix in ("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb")
    ]
    go.touch()
    assert [process.wait(timeout=120) for process in processes] == [0, 0]
    saved = load_corrections(path)
    assert len(saved) == 50 and {c.fact_id[:1] for c in saved} == {"a", "b"}


# --- hypothesis: any valid correction survives the file ----------------------------------------------------


@st.composite
def corrections_(draw: st.DrawFn) -> Correction:
    hex16 = draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
    start = draw(st.integers(0, 10**6))
    amount = draw(st.floats(min_value=1e-3, max_value=1e15, allow_nan=False))
    nth = draw(st.sampled_from(["", "#2", "#17"]))
    metric, kind = draw(st.sampled_from(METRICS)), draw(st.sampled_from(KINDS))
    fact_id = f"{hex16}:{start}-{start + draw(st.integers(1, 999))}:{metric}:{kind}:"
    fact_id += corrections.plain_number(amount) + nth
    optional = {
        "metric": st.sampled_from(METRICS),
        "kind": st.sampled_from(KINDS),
        "target_year": st.integers(1900, 2200),
        "currency": st.from_regex(r"[A-Z]{3}", fullmatch=True),
        "qualifier": st.sampled_from(QUALIFIERS),
        "parties": st.sampled_from(["CN-KZ", "KZ-RU", "CN-UZ"]),
        "amount": st.floats(min_value=1e-6, max_value=1e18, allow_nan=False),
        "period_start": st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    }
    changes = draw(st.fixed_dictionaries({}, optional=optional))
    if "period_start" in changes and draw(st.booleans()):
        changes["period_end"] = changes["period_start"] + dt.timedelta(days=draw(st.integers(0, 400)))
    return Correction(
        fact_id,
        "correct" if changes else "reject",
        reason=draw(st.text(min_size=1, max_size=300).filter(str.strip)),
        author=draw(st.none() | st.text(max_size=100)),
        article=draw(st.none() | st.text(min_size=1, max_size=50)),
        at=draw(st.datetimes(timezones=st.just(dt.UTC))).isoformat(timespec="seconds"),
        **changes,
    )


@settings(max_examples=60, deadline=None)
@given(saved=st.lists(corrections_(), max_size=5, unique_by=lambda c: c.fact_id))
def test_any_valid_correction_round_trips_through_the_file(saved: list[Correction]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corrections.jsonl"
        for item in saved:
            save_correction(path, item)
        loaded = load_corrections(path)
        lines = path.read_text(encoding="utf-8").split("\n") if saved else [""]
    assert sorted(loaded, key=lambda c: c.fact_id) == sorted(saved, key=lambda c: c.fact_id)
    assert len(lines) == len(saved) + 1  # one line each, whatever the text holds


def test_the_doctests_hold() -> None:
    assert doctest.testmod(corrections).failed == 0


def test_a_record_round_trips_as_a_dict() -> None:
    item = correction(amount=20.1e9, period_end=dt.date(2022, 11, 30), author="A.", article="001.txt")
    assert corrections.from_record(corrections.to_record(item)) == item
    assert dataclasses.replace(item, reason="other") != item


# --- exports and the command line --------------------------------------------------------------------------


def test_exports_of_a_corrected_frame_say_which_rows_were_corrected(bundled: Corpus) -> None:
    frame = apply_corrections(
        bundled.facts, bundled.articles, [correction(amount=20.1e9), correction(TARGET_2030, "reject")]
    ).frame
    back = pd.read_csv(io.BytesIO(frame_to_csv(frame)))
    assert back.columns.tolist() == [*COLUMNS, *EXTRA_COLUMNS]
    assert back["corrected"].sum() == 2
    assert back.loc[back["fact_id"] == JAN_OCT_2022, "original"].item() == "value=19.7; amount=19700000000"
    assert back.loc[back["fact_id"] == TARGET_2030, "correction"].item() == "rejected"

    sheet = openpyxl.load_workbook(io.BytesIO(frame_to_xlsx(frame))).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[-len(EXTRA_COLUMNS) :] == list(EXTRA_COLUMNS)
    corrected = {r[header.index("fact_id")]: r[header.index("corrected")] for r in rows[1:]}
    assert corrected[JAN_OCT_2022] is True and corrected[TURNOVER_2024] is False


def _extract_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_corrections_argument(parser)
    return parser.parse_args(argv)


def test_extract_takes_the_given_file_else_the_stores_else_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path / "..")  # wherever the command runs, a store's file is beside it
    corpus, other = tmp_path / "x" / "corpus", tmp_path / "y" / "news"
    assert corrections_files(_extract_args([]), [corpus]) == (tmp_path / "x" / "corrections.jsonl",)
    assert corrections_files(_extract_args([]), [corpus / "a.txt", corpus, other]) == (
        tmp_path / "x" / "corrections.jsonl",
        tmp_path / "y" / "corrections.jsonl",
    )
    assert corrections_files(_extract_args(["--no-corrections"]), [corpus]) == ()
    with pytest.raises(CorrectionsError, match=r"no corrections file at typo\.jsonl"):
        corrections_files(_extract_args(["--corrections", "typo.jsonl"]), [corpus])
    monkeypatch.setenv("TRADEVIZ_CORRECTIONS", "mine.jsonl")
    assert corrections_files(_extract_args([]), [corpus]) == (Path("mine.jsonl"),)
    with pytest.raises(SystemExit):
        _extract_args(["--no-corrections", "--corrections", "x"])


def test_every_entry_point_finds_the_stores_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "x" / "corpus"
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(store))
    monkeypatch.chdir(tmp_path)
    assert corrections.default_path() == tmp_path / "x" / "corrections.jsonl"  # the dashboard's
    assert corrections.default_path(store / "a.txt") == tmp_path / "x" / "corrections.jsonl"
    monkeypatch.delenv("TRADEVIZ_ARTICLES")
    assert corrections.default_path() == tmp_path / "data" / "corrections.jsonl"  # data/articles here


def test_reviewed_facts_apply_the_files_and_word_the_orphans(bundled: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    reviewed = reviewed_facts(bundled, ())  # --no-corrections: as extracted
    assert reviewed.frame.equals(bundled.facts) and reviewed.orphans == () and not reviewed.any_corrected
    reviewed = reviewed_facts(bundled, [path])  # no file yet: nothing corrected, the contract's columns
    assert list(reviewed.frame.columns) == list(COLUMNS) and reviewed.problems == ()
    save_correction(path, correction(amount=20.1e9))
    save_correction(path, correction("0123456789abcdef:1-2:turnover:actual:5", "reject", article="gone.txt"))
    reviewed = reviewed_facts(bundled, [path])
    assert reviewed.frame["corrected"].sum() == 1
    assert reviewed.orphans == ("1 correction is for articles not read this time (gone.txt)",)
    assert list(reviewed_facts(bundled, [], always_columns=True).frame.columns) == [*COLUMNS, *EXTRA_COLUMNS]


def test_outlets_named_in_two_scripts_are_one_source(tmp_path: Path) -> None:
    body = "В 2023 году товарооборот Казахстана и Китая составил {} млрд долларов.\n"
    for name, source, amount in (("a.txt", "Синьхуа", 40), ("b.txt", "Xinhua", 41), ("c.txt", "ТАСС", 42)):
        (tmp_path / name).write_text(f"---\nsource: {source}\n---\n" + body.format(amount), "utf-8")
    reviewed = reviewed_facts(load_corpus([tmp_path]), ())
    assert sorted(reviewed.frame["source"]) == ["TASS", "Xinhua", "Xinhua"]


# --- a damaged file costs only its damaged lines (issue 14) --------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
SHALLOW_BUT_DEEP = '{"fact_id": ' + "[" * 3000 + "]" * 3000 + "}"  # under the length cap, over recursion


def damaged_file(path: Path) -> None:
    second = correction(TARGET_2030, "reject")
    path.write_bytes(
        (
            "\n".join(
                [
                    GOOD,
                    "{not json",
                    DEEP,
                    SHALLOW_BUT_DEEP,
                    json.dumps({"action": "reject", "fact_id": JAN_OCT_2022}),
                    correction_jsonl._line(second).strip(),
                ]
            )
            + "\n"
        ).encode("utf-8")
        + b'{"reason": "\xff\xfe"}\n'
    )


def test_a_damaged_line_is_reported_and_the_others_still_apply(tmp_path: Path, bundled: Corpus) -> None:
    path = tmp_path / "corrections.jsonl"
    damaged_file(path)
    found = corrections.read_corrections(path)
    assert [c.fact_id for c in found.corrections] == [JAN_OCT_2022, TARGET_2030]
    assert [problem.split(": ", 1)[0] for problem in found.problems] == [
        f"{path}, line {n}" for n in (2, 3, 4, 5, 7)
    ]
    assert "not JSON" in found.problems[0] and "was not read" in found.problems[1]
    assert "nested too deeply" in found.problems[2] and "'reason' is missing" in found.problems[3]
    assert "not UTF-8" in found.problems[4]
    reviewed = reviewed_facts(bundled, [path])
    assert len(reviewed.problems) == 5
    assert list(reviewed.frame["correction"].dropna()) == ["rejected", "rejected"]


def test_a_damaged_file_is_never_written_to(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    damaged_file(path)
    before = path.read_bytes()
    with pytest.raises(CorrectionsError, match=r"nothing was written: .* 5 damaged lines"):
        save_correction(path, correction(amount=20e9))
    with pytest.raises(CorrectionsError, match="Mend or delete them first"):
        remove_correction(path, JAN_OCT_2022)
    assert path.read_bytes() == before


def test_extract_applies_the_good_lines_of_a_damaged_file(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tradeviz.cli import main

    damaged_file(corpus_dir.parent / "corrections.jsonl")  # the store's own file, found by extract
    assert main(["extract", str(corpus_dir), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 11 and [r["correction"] for r in rows].count("rejected") == 2
    assert captured.err.count("not applied, not a correction") == 5
    assert "line 3" in captured.err and "Traceback" not in captured.err


def test_correct_lists_a_damaged_file_but_refuses_to_write_to_it(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_dir.parent / "corrections.jsonl"
    damaged_file(path)
    before = path.read_bytes()
    assert _correct(["--list", "--articles", str(corpus_dir)]) == 1
    listed = capsys.readouterr()
    assert JAN_OCT_2022 in listed.out and listed.err.count("not a correction") == 5
    with pytest.raises(CorrectionsError, match="nothing was written"):
        _correct([TURNOVER_2024, "--reject", "--reason", "why", "--articles", str(corpus_dir)])
    assert path.read_bytes() == before


def _correct(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tradeviz")
    add_correct_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["correct", *argv])
    return int(args.handler(args))


def test_the_correct_command_rejects_corrects_lists_and_removes(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_dir.parent / "corrections.jsonl"
    where = ["--articles", str(corpus_dir), "--corrections", str(path)]
    assert _correct([JAN_OCT_2022, "--amount", "20.1e9", "--reason", "typo", "--author", "A.", *where]) == 0
    assert "corrected c668e26c87fe1b68:722-856" in capsys.readouterr().err
    assert _correct([TARGET_2030, "--reject", "--reason", "a wish", *where]) == 0
    assert "rejected" in capsys.readouterr().err
    saved = load_corrections(path)
    assert [c.fact_id for c in saved] == [JAN_OCT_2022, TARGET_2030]
    assert (
        saved[0].amount == 20.1e9
        and saved[0].author == "A."
        and saved[0].article == "001_fd7d1c000fd4ba2b.txt"
    )

    assert _correct(["--list", "--corrections", str(path)]) == 0
    listing = capsys.readouterr().out
    assert f"{JAN_OCT_2022}  amount=20100000000\n    typo  (001_fd7d1c000fd4ba2b.txt, A., " in listing
    assert f"{TARGET_2030}  reject\n" in listing

    assert _correct([TARGET_2030, "--remove", "--corrections", str(path)]) == 0
    assert [c.fact_id for c in load_corrections(path)] == [JAN_OCT_2022]


COMMAND_ERRORS = [
    pytest.param([JAN_OCT_2022, "--reason", "why"], "say what to do", id="nothing-to-do"),
    pytest.param([JAN_OCT_2022, "--reject"], "give a --reason", id="no-reason"),
    pytest.param(["--reject", "--reason", "why"], "name the fact", id="no-fact"),
    pytest.param([JAN_OCT_2022[:-1], "--reject", "--reason", "why"], "no fact has the id", id="unknown-fact"),
    pytest.param([JAN_OCT_2022, "--currency", "dollars", "--reason", "why"], "ISO 4217", id="bad-currency"),
    pytest.param([TARGET_2030, "--remove"], "holds no correction", id="remove-nothing"),
]


@pytest.mark.parametrize(("argv", "message"), COMMAND_ERRORS)
def test_the_correct_command_refuses_with_a_message(corpus_dir: Path, argv: list[str], message: str) -> None:
    path = corpus_dir.parent / "corrections.jsonl"
    with pytest.raises(CorrectionsError, match=message):
        _correct([*argv, "--articles", str(corpus_dir), "--corrections", str(path)])
    assert not path.exists()


def test_the_correct_command_refuses_bad_numbers_and_dates_as_usage_errors() -> None:
    for argv in (["--amount", "-5"], ["--amount", "lots"], ["--period-end", "31.10.2022"]):
        with pytest.raises(SystemExit):
            _correct([JAN_OCT_2022, *argv, "--reason", "why"])


def test_the_correct_command_needs_articles_to_check_against(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CorrectionsError, match="no articles at data/articles"):
        _correct([JAN_OCT_2022, "--reject", "--reason", "why"])
