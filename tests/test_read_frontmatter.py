"""split_front_matter: the flat key: value block between --- lines, and what counts as broken."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeviz.errors import ReadError
from tradeviz.read import split_front_matter
from tradeviz.read.frontmatter import MAX_LINES, join_front_matter, parse_published


def _numbered_keys(count: int) -> str:
    return "".join(f"key{number}: {number}\n" for number in range(count))


BODY = "Товарооборот достиг 41 млрд долларов.\n---\nКонец."

SPLITS = [
    pytest.param(
        "---\nsource: Kazinform\npublished: 2024-07-03\nurl: https://inform.kz/ru/a/1\n---\n" + BODY,
        {"source": "Kazinform", "published": "2024-07-03", "url": "https://inform.kz/ru/a/1"},
        BODY,
        id="known keys",
    ),
    pytest.param(
        "---\nSource: El.kz\nTITLE: Глава государства принял делегацию\n---\n" + BODY,
        {"source": "El.kz", "title": "Глава государства принял делегацию"},
        BODY,
        id="keys lower-cased, Cyrillic values",
    ),
    pytest.param(
        "---\ntitle: 'Токаев: торговля растёт'\nlang: \"ru\"\n---\n" + BODY,
        {"title": "Токаев: торговля растёт", "lang": "ru"},
        BODY,
        id="quoted values with colons",
    ),
    pytest.param(
        "---   \n\n# a comment\nauthor:   Насия Алябьева   \nrubric:\n---\n" + BODY,
        {"author": "Насия Алябьева", "rubric": ""},
        BODY,
        id="blank lines, comments, unknown and empty keys",
    ),
    pytest.param(
        "---\r\nsource: Trend\r\n---\r\n" + BODY,
        {"source": "Trend"},
        BODY,
        id="windows line endings",
    ),
    pytest.param("---\nlang: en\n---", {"lang": "en"}, "", id="no body"),
    pytest.param("---\n---\n" + BODY, {}, BODY, id="empty front matter"),
    pytest.param(
        "---\nsource-url: https://kun.uz\n---\nx", {"source-url": "https://kun.uz"}, "x", id="dash key"
    ),
]


@pytest.mark.parametrize(("text", "metadata", "body"), SPLITS)
def test_split(text: str, metadata: dict[str, str], body: str) -> None:
    assert split_front_matter(text) == (metadata, body)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(BODY, id="Russian text"),
        pytest.param("Trade grew.\n---\nsource: x\n---\n", id="fences later in the text"),
        pytest.param("----\nsource: x\n----\n", id="four dashes is a rule, not a fence"),
        pytest.param(" ---\nsource: x\n---\n", id="indented fence"),
        pytest.param("", id="empty"),
        pytest.param("\n---\nsource: x\n---\n", id="blank line first"),
    ],
)
def test_text_without_front_matter_is_returned_itself(text: str) -> None:
    metadata, body = split_front_matter(text)
    assert metadata == {}
    assert body is text


BROKEN = [
    pytest.param("---\nsource: Kazinform\n" + BODY.replace("---", "***"), "no closing", id="never closed"),
    pytest.param(
        "---\n" + _numbered_keys(MAX_LINES) + "---\n" + BODY,
        "within the first 50 lines",
        id="closed too late",
    ),
    pytest.param("---\nsource Kazinform\n---\n", "line 2 is 'source Kazinform'", id="no colon"),
    pytest.param("---\n: value\n---\n", "expected 'key: value'", id="no key"),
    pytest.param("---\n- item\n---\n", "expected 'key: value'", id="yaml list"),
    pytest.param("---\nsource: a\nSource: b\n---\n", "given twice", id="duplicate key"),
    pytest.param("---\npublished: 03.07.2024\n---\n", "expected a date as YYYY-MM-DD", id="dotted date"),
    pytest.param("---\npublished: 2024-02-30\n---\n", "'2024-02-30'", id="impossible date"),
    pytest.param("---\npublished: 2024-7-3\n---\n", "YYYY-MM-DD", id="unpadded date"),
    pytest.param("---\npublished: вчера\n---\n", "YYYY-MM-DD", id="word for a date"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN)
def test_broken_front_matter(text: str, message: str) -> None:
    with pytest.raises(ReadError, match="broken front matter") as raised:
        split_front_matter(text)
    assert message in str(raised.value)


def test_closing_fence_on_the_last_allowed_line() -> None:
    text = "---\n" + _numbered_keys(MAX_LINES - 2) + "---\nbody"
    metadata, body = split_front_matter(text)
    assert (len(metadata), body) == (MAX_LINES - 2, "body")


def test_body_offsets_stay_valid() -> None:
    text = "---\nsource: Kazinform\n---\n" + BODY
    _metadata, body = split_front_matter(text)
    assert text[text.index(body) :] == body
    assert text.endswith(body)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2024-07-03", dt.date(2024, 7, 3), id="plain"),
        pytest.param(" 2024-02-29 ", dt.date(2024, 2, 29), id="leap day, spaces"),
    ],
)
def test_parse_published(value: str, expected: dt.date) -> None:
    assert parse_published(value) == expected


# --- round trip -------------------------------------------------------------------------------------------

KEYS = st.from_regex(r"[a-zA-Zа-яА-Я][a-zA-Z0-9_а-я-]{0,15}", fullmatch=True)
VALUES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
    max_size=40,
)
METADATA = st.dictionaries(KEYS.map(str.lower), VALUES, max_size=10)


@given(METADATA, st.text(max_size=200))
def test_join_then_split_round_trips(metadata: dict[str, str], body: str) -> None:
    metadata.pop("published", None)  # validated as a date; covered by its own tests
    assert split_front_matter(join_front_matter(metadata, body)) == (metadata, body)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_published_round_trips(published: dt.date) -> None:
    text = join_front_matter({"published": published.isoformat()}, "body")
    metadata, _body = split_front_matter(text)
    assert parse_published(metadata["published"]) == published


@pytest.mark.parametrize("value", ["9999-12-31", "1600-01-01", "0001-01-01", "1899-12-31", "2101-01-01"])
def test_a_published_date_out_of_any_plausible_range_is_refused(value: str) -> None:
    # 9999-12-31 is a placeholder; pandas cannot even hold it (its timestamps end in 2262)
    with pytest.raises(ReadError, match="expected a date between 1900 and 2100"):
        split_front_matter(f"---\npublished: {value}\n---\nТоварооборот вырос.")


def test_join_refuses_what_cannot_be_read_back() -> None:
    with pytest.raises(ValueError, match="expected a word and one line"):
        join_front_matter({"title": "two\nlines"}, "")
    with pytest.raises(ValueError, match="expected a word and one line"):
        join_front_matter({"not a key": "x"}, "")


def test_a_month_only_publication_date_is_its_first_day() -> None:
    """Outlets and archives often give only the month ("published: 2020-10"); relative dates in the text
    are still resolved against it, and the article is not skipped."""
    from tradeviz.read.frontmatter import parse_published

    assert parse_published("2020-10") == dt.date(2020, 10, 1)
    with pytest.raises(ReadError, match="YYYY-MM"):
        parse_published("2020-13")


def test_a_month_only_date_dates_the_articles_facts(tmp_path: Path) -> None:
    from tradeviz.pipeline import extract_paths

    article = tmp_path / "a.md"
    article.write_text(
        "---\npublished: 2020-10\n---\nВ прошлом году товарооборот Казахстана и Китая составил 22 млрд долларов.\n",
        encoding="utf-8",
    )
    frame = extract_paths([tmp_path])
    assert [(row.period_start.year, row.amount) for row in frame.itertuples()] == [(2019, 22e9)]
