"""decode_bytes: encodings, refusals with a reason, mojibake repair, line endings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeviz.errors import ReadError
from tradeviz.read import decode_bytes
from tradeviz.read.decode import MAX_BYTES, repair_mojibake

ARTICLES = sorted((Path(__file__).parent.parent / "data" / "articles").glob("*.txt"))

RUSSIAN = (
    "Товарооборот между Казахстаном и Китаем в 2023 году достиг 41 млрд долларов, сообщает Kazinform.\n"
    "Экспорт вырос на 12%, импорт — на 8% («рекорд»).\n"
)
ENGLISH = "Trade between Kazakhstan and China reached $41 billion in 2023, Kazinform reports.\n"


def _with_bom(text: str, codec: str) -> bytes:
    return ("\ufeff" + text).encode(codec)


# --- every supported encoding, written to a file first as a user's editor would -------------------------

ENCODINGS = [
    pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
    pytest.param(lambda text: text.encode("utf-8-sig"), id="utf-8 with BOM"),
    pytest.param(lambda text: _with_bom(text, "utf-16-le"), id="utf-16 LE with BOM"),
    pytest.param(lambda text: _with_bom(text, "utf-16-be"), id="utf-16 BE with BOM"),
    pytest.param(lambda text: text.encode("cp1251"), id="cp1251"),
    pytest.param(lambda text: text.encode("koi8-r", errors="replace"), id="koi8-r"),
]


@pytest.mark.parametrize("encode", ENCODINGS)
def test_russian_sample_in_every_encoding(tmp_path: Path, encode) -> None:
    sample = RUSSIAN.replace("—", "-").replace("«", '"').replace("»", '"')  # koi8-r lacks typographic marks
    path = tmp_path / "article.txt"
    path.write_bytes(encode(sample))
    assert decode_bytes(path.read_bytes(), path.name) == sample


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        pytest.param("ТОВАРООБОРОТ ВЫРОС НА 12%", "cp1251", id="capitals in cp1251"),
        pytest.param("ТОВАРООБОРОТ ВЫРОС НА 12%", "koi8-r", id="capitals in koi8-r"),
        pytest.param("Привет, мир", "cp1251", id="short in cp1251"),
        pytest.param("Привет, мир", "koi8-r", id="short in koi8-r"),
        pytest.param(RUSSIAN, "cp1251", id="typographic quotes and dash in cp1251"),
        pytest.param(
            "Trade\xa0rose \u201csharply\u201d \u2014 by 12%.", "cp1251", id="English with cp1252 punctuation"
        ),
    ],
)
def test_legacy_code_pages_are_told_apart(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Grüße aus München, schöne Straße, große Märkte und Äpfel", id="German"),
        pytest.param("He said \u201ccafé naïve\u201d \u2014 trade rose.", id="English with accents"),
    ],
)
def test_western_8_bit_text_is_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


def test_bytes_no_code_page_explains_go_to_charset_normalizer() -> None:
    # 0x81 is undefined in cp1252 and a lone Cyrillic letter in cp1251: neither explains the text.
    decoded = decode_bytes(b"Trade grew\x81 by 12% in 2023.")
    assert decoded.startswith("Trade grew")
    assert decoded.endswith(" by 12% in 2023.")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.name)
def test_bundled_articles_come_out_as_their_utf8(article: Path) -> None:
    data = article.read_bytes()
    assert decode_bytes(data, article.name) == data.decode("utf-8")


# --- line endings and what is kept ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"a\r\nb\r\n", "a\nb\n", id="windows"),
        pytest.param(b"a\rb\r", "a\nb\n", id="old mac"),
        pytest.param(b"a\r\n\r\nb", "a\n\nb", id="blank windows line"),
        pytest.param(b"  a  \n\tb\n\n", "  a  \n\tb\n\n", id="spaces and tabs kept"),
        pytest.param("\u00a0x\u202fy".encode(), "\u00a0x\u202fy", id="no-break spaces kept"),
        pytest.param(b"\xef\xbb\xbfa", "a", id="BOM dropped"),
    ],
)
def test_line_endings_and_whitespace(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


# --- mojibake ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "misread_as",
    [
        pytest.param("cp1251", id="utf-8 read as cp1251 (Р°Р±)"),
        pytest.param("latin-1", id="utf-8 read as latin-1 (Ð)"),
    ],
)
def test_mojibake_is_repaired(misread_as: str) -> None:
    garbled = RUSSIAN.encode("utf-8").decode(misread_as, errors="replace")
    assert garbled != RUSSIAN
    assert decode_bytes(garbled.encode("utf-8")) == RUSSIAN


def test_windows_cp1252_mojibake_is_repaired() -> None:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; Windows passes them through as C1 controls.
    garbled = "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in RUSSIAN.encode("utf-8")
    )
    assert decode_bytes(garbled.encode("utf-8")) == RUSSIAN


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("СССР и Россия: «Р»-образный рост", id="Р and С before quotes"),
        pytest.param("Ðóáëü – это валюта", id="a few Ð in real text"),
        pytest.param(RUSSIAN, id="plain Russian"),
        pytest.param(ENGLISH, id="plain English"),
        pytest.param("Сумма: 5 Р, 3 С", id="letters as units"),
    ],
)
def test_good_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


# --- refusals ---------------------------------------------------------------------------------------------

REFUSALS = [
    pytest.param(b"", "empty", id="empty file"),
    pytest.param(b"  \n\t\r\n ", "empty", id="only whitespace"),
    pytest.param(b"\xef\xbb\xbf", "empty", id="only a UTF-8 BOM"),
    pytest.param(b"\xff\xfe", "empty", id="only a UTF-16 BOM"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes", id="png image"),
    pytest.param(b"%PDF-1.7\n\x00\x01\x02", "NUL bytes", id="pdf with NUL bytes"),
    pytest.param("text".encode("utf-16-le"), "NUL bytes", id="utf-16 without BOM"),
    pytest.param("текст".encode("utf-16-le"), "control characters", id="Cyrillic utf-16 without BOM"),
    pytest.param(bytes(range(1, 32)) * 10, "control characters", id="control characters"),
    pytest.param(b"\xff\xfe" + "abc".encode("utf-16-le") + b"a", "UTF-16-LE", id="odd length utf-16"),
    pytest.param(b"\xff\xfe" + "a\x00b".encode("utf-16-le"), "NUL", id="utf-16 with NUL characters"),
    pytest.param(RUSSIAN.encode("utf-8")[:-4] + b"\xd0", "mostly UTF-8", id="damaged utf-8"),
]


@pytest.mark.parametrize(("data", "reason"), REFUSALS)
def test_refusals_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason) as raised:
        decode_bytes(data, "notes.txt")
    assert "notes.txt" in str(raised.value)
    assert "expected" in str(raised.value)


@pytest.mark.parametrize(
    ("size", "limit", "message"),
    [
        pytest.param(11, 10, "is 11 bytes; expected an article of at most 10 bytes", id="tiny limit"),
        pytest.param(
            3 * 1024 * 1024, 2 * 1024 * 1024, "is 3.0 MiB; expected an article of at most 2.0 MiB", id="MiB"
        ),
        pytest.param(2048, 1024, "is 2.0 KiB; expected an article of at most 1.0 KiB", id="KiB"),
    ],
)
def test_size_limit(size: int, limit: int, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        decode_bytes(b"x" * size, max_bytes=limit)


def test_size_limit_is_inclusive_and_20_mib_by_default() -> None:
    assert decode_bytes(b"x" * 10, max_bytes=10) == "x" * 10
    assert MAX_BYTES == 20 * 1024 * 1024


# --- invariants -------------------------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_random_bytes_give_text_or_read_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except ReadError:
        return
    assert isinstance(text, str)
    assert "\r" not in text
    assert "\x00" not in text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
def test_utf8_text_round_trips(text: str) -> None:
    if not text.strip() or text.startswith("\ufeff"):  # empty, or a leading BOM that decoding drops
        return
    data = text.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded == text or decoded == repair_mojibake(text)
