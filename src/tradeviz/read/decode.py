"""Bytes of an article file -> text: pick the encoding, refuse what is not text, repair mojibake.

The order matters and is the whole policy:

1. refuse files over the size limit before looking at them;
2. a BOM decides (UTF-8, UTF-16 LE/BE);
3. NUL bytes anywhere else mean binary data;
4. strict UTF-8 (most files); damaged UTF-8 is refused rather than guessed at;
5. otherwise a Cyrillic-aware choice between cp1251 and koi8-r, then cp1252, then charset-normalizer;
6. the text must not be empty;
7. UTF-8 that was once read as cp1251 or latin-1 ("РџСЂРёРІРµС‚", "ÐŸÑ€Ð¸Ð²ÐµÑ‚") is repaired, and what
   remains must not be full of control characters;
8. line endings become ``\\n``; nothing else is touched, so offsets into the text stay meaningful.
"""

from __future__ import annotations

import codecs

import charset_normalizer
import regex

from tradeviz.errors import ReadError

MAX_BYTES = 20 * 1024 * 1024
"""Largest file read as an article: far above any news article, low enough to refuse a disk image."""

# --- encodings -----------------------------------------------------------------------------------------

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte order marks we honour, with the codec for the bytes after the mark."""

CYRILLIC_CODEPAGES = ("cp1251", "koi8-r")
"""Legacy Russian encodings; any byte string decodes in koi8-r, so they are told apart by plausibility."""

WESTERN_CODEPAGE = "cp1252"
"""The legacy encoding of English and Western European text that is not Russian."""

RUSSIAN_LETTER_FREQUENCY = {
    "о": 0.110, "е": 0.085, "а": 0.080, "и": 0.074, "н": 0.067, "т": 0.063, "с": 0.055, "р": 0.047,
    "в": 0.045, "л": 0.044, "к": 0.035, "м": 0.032, "д": 0.030, "п": 0.028, "у": 0.026, "я": 0.020,
    "ы": 0.019, "ь": 0.017, "г": 0.017, "з": 0.016, "б": 0.016, "ч": 0.014, "й": 0.012, "х": 0.010,
    "ж": 0.009, "ш": 0.007, "ю": 0.006, "ц": 0.005, "щ": 0.004, "э": 0.003, "ф": 0.003, "ъ": 0.0004,
    "ё": 0.0004,
}  # fmt: skip
"""Share of each letter in ordinary Russian prose; a wrong code page permutes letters and lowers the mean."""

# --- thresholds ----------------------------------------------------------------------------------------

MIN_CYRILLIC_SHARE = 0.3
"""Below this share of Cyrillic among letters, a legacy 8-bit file is probably not Russian at all."""

MAX_CONTROL_SHARE = 0.05
"""Above this share of control characters (tabs and newlines aside) the "text" is binary data."""

DAMAGED_UTF8_SHARE = 0.5
"""Invalid UTF-8 where at least this share of non-ASCII bytes forms valid UTF-8 is damaged UTF-8."""

SAMPLE = 100_000
"""Characters (or bytes) enough to judge an encoding or mojibake; judging all of 20 MiB only costs time."""

REGEX_TIMEOUT = 5.0
"""Seconds; the patterns below are linear and run on samples, the timeout only guards against surprises."""

# --- patterns ------------------------------------------------------------------------------------------

UTF8_SEQUENCE = regex.compile(
    rb"""
    [\xC2-\xDF][\x80-\xBF]                  # two-byte sequence (Cyrillic lives here)
    | [\xE0-\xEF][\x80-\xBF]{2}             # three-byte sequence (dashes, quotes, CJK)
    | [\xF0-\xF4][\x80-\xBF]{3}             # four-byte sequence (emoji)
    """,
    regex.VERBOSE,
)
"""Well-formed-looking multi-byte UTF-8; used to tell damaged UTF-8 from a legacy code page."""

NON_ASCII_BYTES = bytes(range(0x80, 0x100))
LETTER = regex.compile(r"\p{L}")
CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
LETTER_RUN = regex.compile(r"\p{L}+")
CYRILLIC_RUN = regex.compile(r"\p{Cyrillic}+")
"""Runs of the same: counting letters by runs takes one match per word instead of one per letter."""
RUSSIAN_LETTER_RUN = regex.compile(r"[а-яёА-ЯЁ]+")
RUSSIAN_LOWER_RUN = regex.compile(r"[а-яё]+")

STRAY_CONTROLS = dict.fromkeys(
    code for code in (*range(0x20), *range(0x7F, 0xA0)) if chr(code) not in "\t\n\r\f\v"
)
"""Control characters other than those text files do contain (tabs, line and page breaks), to delete."""
STRAY_CONTROL_RUNS = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]+")
"""The same characters as a pattern: counting matches beats str.translate on non-ASCII text."""
STRAY_CONTROL_BYTES = bytes(STRAY_CONTROLS)
"""The same characters as latin-1 bytes: encoding to latin-1 (dropping the rest) and deleting them with
bytes.translate counts them faster still (the codec skips runs of other characters in C)."""


def _upper_half(codec: str) -> str:
    """The characters a code page puts on bytes 0x80-0xBF, where UTF-8 continuation bytes land."""
    return bytes(range(0x80, 0xC0)).decode(codec, errors="ignore")


def _mojibake_pattern(leads: str, codec: str) -> regex.Pattern[str]:
    """A UTF-8 lead byte misread in ``codec`` followed by a misread continuation byte."""
    continuation = regex.escape(_upper_half(codec) + "".join(map(chr, range(0x80, 0xA0))))
    return regex.compile(f"[{regex.escape(leads)}][{continuation}]")


MOJIBAKE_LEADS = {
    # UTF-8 Cyrillic is D0/D1 + continuation; cp1251 shows D0/D1 as "Р"/"С".
    "cp1251": "РС",
    # ... and latin-1 / cp1252 show them as "Ð"/"Ñ".
    "cp1252": "ÐÑ",
}
"""Per code page the text was wrongly read in: the characters UTF-8 lead bytes become."""

MOJIBAKE = {codec: _mojibake_pattern(leads, codec) for codec, leads in MOJIBAKE_LEADS.items()}
"""Per code page the text was wrongly read in: the pairs such a misreading leaves behind."""

_PASSTHROUGH = "tradeviz-latin1-passthrough"


def _latin1_passthrough(error: UnicodeError) -> tuple[bytes, int]:
    """Encode characters a code page lacks as their latin-1 byte, as Windows does on misread bytes."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    if any(ord(char) > 0xFF for char in chunk):
        raise error
    return chunk.encode("latin-1"), error.end


codecs.register_error(_PASSTHROUGH, _latin1_passthrough)


# --- the parts -----------------------------------------------------------------------------------------


def _label(name: str) -> str:
    return name or "the text"


def check_size(size: int, name: str = "", max_bytes: int = MAX_BYTES) -> None:
    """ReadError for more than ``max_bytes``; callers reading files check before loading them."""
    if size > max_bytes:
        actual, limit = _size(size), _size(max_bytes)
        if actual == limit:  # just over the limit: MiB would read "20.0 MiB; expected at most 20.0 MiB"
            actual, limit = f"{size:,} bytes", f"{max_bytes:,} bytes"
        raise ReadError(f"{_label(name)} is {actual}; expected an article of at most {limit}")


def _size(size: int) -> str:
    """Human size for messages.

    >>> _size(20 * 1024 * 1024), _size(300)
    ('20.0 MiB', '0.3 KiB')
    """
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / 1024 / 1024:.1f} MiB"


def _split_bom(data: bytes) -> tuple[str | None, bytes]:
    """The codec a BOM asks for (or None) and the bytes after it.

    >>> _split_bom(b"\\xef\\xbb\\xbfhi")
    ('utf-8', b'hi')
    >>> _split_bom(b"hi")
    (None, b'hi')
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, data[len(bom) :]
    return None, data


def _decode_with_bom(codec: str, payload: bytes, name: str) -> str:
    try:
        return payload.decode(codec)
    except UnicodeDecodeError as error:
        raise ReadError(
            f"{_label(name)} starts with a {codec.upper()} byte order mark, but byte {error.start} "
            f"is not valid {codec.upper()}; expected the whole file in that encoding"
        ) from None


def _decode_utf8(data: bytes, name: str) -> str | None:
    """Strict UTF-8, None when the bytes are not UTF-8; damaged UTF-8 is an error, not a guess."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _looks_like_damaged_utf8(data):
            raise ReadError(
                f"{_label(name)} is mostly UTF-8 but byte {error.start} is not; expected clean UTF-8 "
                "(the file may be truncated or damaged)"
            ) from None
        return None


def _looks_like_damaged_utf8(data: bytes) -> bool:
    """Most non-ASCII bytes form valid UTF-8 sequences; legacy code pages almost never do that."""
    sample = data[:SAMPLE]
    non_ascii = len(sample) - len(sample.translate(None, NON_ASCII_BYTES))
    in_sequences = sum(len(match) for match in UTF8_SEQUENCE.findall(sample, timeout=REGEX_TIMEOUT))
    return non_ascii > 0 and in_sequences / non_ascii >= DAMAGED_UTF8_SHARE


LOWERCASE_BONUS = 0.25
"""Weight of the lowercase share: prose is mostly lowercase, but headlines in capitals must still win."""


def russian_plausibility(text: str) -> float:
    """How much ``text`` looks like Russian: mean letter frequency, a little more for lowercase.

    A wrong code page permutes letters (rare ones become common) and swaps the case of most of them.

    >>> russian_plausibility("привет, мир") > russian_plausibility("ПРИВЕТ, МИР") > 0
    True
    >>> russian_plausibility("hello")
    0.0
    """
    # The letters whose lower case is "а"-"я" or "ё" are these and their capitals, no other character's.
    letters = "".join(RUSSIAN_LETTER_RUN.findall(text)).lower()  # one class repeated: linear, no timeout
    if not letters:
        return 0.0
    # The same additions in the same order as one per letter in text order: the same float, faster.
    frequency = sum(map(RUSSIAN_LETTER_FREQUENCY.__getitem__, letters)) / len(letters)
    lowercase = _count_characters(RUSSIAN_LOWER_RUN, text) / len(letters)
    return frequency * (1.0 + LOWERCASE_BONUS * lowercase)


def _count(pattern: regex.Pattern[str], text: str) -> int:
    return sum(1 for _match in pattern.finditer(text, timeout=REGEX_TIMEOUT))


def _count_characters(run: regex.Pattern[str], text: str) -> int:
    """Characters of ``text`` in the runs ``run`` matches (a pattern ``[...]+`` of single characters).

    One character class repeated never backtracks: linear, so no timeout (which costs a clock reading per
    match, more than the match itself here)."""
    return sum(map(len, run.findall(text)))


def _cyrillic_share(text: str) -> float:
    sample = text[:SAMPLE]
    letters = _count_characters(LETTER_RUN, sample)
    return _count_characters(CYRILLIC_RUN, sample) / letters if letters else 0.0


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _decode_legacy(data: bytes, name: str) -> str:
    """Not UTF-8: cp1251 or koi8-r if Russian, else cp1252, else charset-normalizer's guess."""
    candidates = {}
    for codec in CYRILLIC_CODEPAGES:
        try:
            candidates[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    windows = candidates.get("cp1251")
    if windows is not None and not CYRILLIC_LETTER.search(windows, timeout=REGEX_TIMEOUT):
        # Only punctuation above ASCII (no-break space, quotes, dashes): Windows code pages agree there.
        return windows
    russian = [text for text in candidates.values() if _cyrillic_share(text) >= MIN_CYRILLIC_SHARE]
    if russian:
        return max(russian, key=lambda text: russian_plausibility(text[:SAMPLE]))
    try:
        # Western European text; charset-normalizer is unreliable on short texts (it picks Mac code pages).
        return data.decode(WESTERN_CODEPAGE)
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise ReadError(
            f"{_label(name)} is not text in any known encoding; expected UTF-8, cp1251, koi8-r "
            "or UTF-16 with a byte order mark"
        )
    return str(guess)


def _decode(data: bytes, name: str) -> str:
    """Steps 2 to 5 of the module's policy: BOM, NUL bytes, UTF-8, legacy code pages."""
    codec, payload = _split_bom(data)
    if codec is not None:
        return _decode_with_bom(codec, payload, name)
    if b"\x00" in payload:
        raise ReadError(
            f"{_label(name)} contains NUL bytes; expected a text file, not binary data "
            "(UTF-16 text needs a byte order mark)"
        )
    text = _decode_utf8(payload, name)
    return _decode_legacy(payload, name) if text is None else text


def _check_not_empty(text: str, name: str) -> None:
    if not text.strip():
        raise ReadError(f"{_label(name)} is empty; expected the text of an article")


def _check_not_binary(text: str, name: str) -> None:
    if "\x00" in text:
        raise ReadError(f"{_label(name)} contains NUL characters; expected a text file, not binary data")
    if _stray_controls(text) > MAX_CONTROL_SHARE * len(text):
        raise ReadError(f"{_label(name)} is mostly control characters; expected a text file, not binary data")


def _stray_controls(text: str) -> int:
    """How many of the text's characters are STRAY_CONTROLS.

    >>> _stray_controls("a\\x00b\\x85в\\tг\\x7f\\x1f\\n")
    4
    """
    latin = text.encode("latin-1", errors="ignore")
    return len(latin) - len(latin.translate(None, STRAY_CONTROL_BYTES))


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 once decoded as cp1251 or cp1252/latin-1, when that round-trips and reads better.

    >>> repair_mojibake("РџСЂРёРІРµС‚, РјРёСЂ")
    'Привет, мир'
    >>> repair_mojibake("ÐŸÑ€Ð¸Ð²ÐµÑ‚")
    'Привет'
    >>> repair_mojibake("СССР и Россия")
    'СССР и Россия'
    """
    sample = text[:SAMPLE]
    for codec, pairs in MOJIBAKE.items():
        # Each pair starts with one of the lead characters: too few of them and the pairs are too few too.
        most = sum(map(sample.count, MOJIBAKE_LEADS[codec]))
        if most < 2 or 2 * most < _non_ascii(sample) / 2:
            continue
        found = _count(pairs, sample)
        # Every misread character is two non-ASCII characters; demand that most of them are such pairs.
        if found < 2 or 2 * found < _non_ascii(sample) / 2:
            continue
        try:
            repaired = text.encode(codec, errors=_PASSTHROUGH).decode("utf-8")
        except UnicodeError:
            continue
        if _count(pairs, repaired[:SAMPLE]) < found:
            return repaired
    return text


INVISIBLE_IN_NUMBER = regex.compile(r"(?<=\d)\p{Cf}+(?=\d)")
"""Invisible format characters (zero-width space, joiners, soft hyphen, direction marks) between two
digits: pasted from the web, they would cut "4\u200b1 млрд" into a "1 млрд". One class repeated: linear."""


def join_split_digits(text: str) -> str:
    """Digits split by invisible characters joined again, so a number reads as it shows.

    >>> join_split_digits("4\\u200b1 млрд и 1\\u00ad234,5")
    '41 млрд и 1234,5'
    >>> join_split_digits("a\\u200bb, 1\\u200e,5") == "a\\u200bb, 1\\u200e,5"  # not between two digits
    True
    """
    if text.isascii():  # nearly every English text: nothing to look for
        return text
    return INVISIBLE_IN_NUMBER.sub("", text)


def normalise_newlines(text: str) -> str:
    r"""Windows and old Mac line endings become ``\n``.

    >>> normalise_newlines("a\r\nb\rc\n")
    'a\nb\nc\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str = "", *, max_bytes: int = MAX_BYTES) -> str:
    """The text in ``data``, or ReadError saying why it is not an article's text.

    >>> decode_bytes("Привет\\r\\n".encode("cp1251"))
    'Привет\\n'
    """
    check_size(len(data), name, max_bytes)
    try:
        text = _decode(data, name)
        _check_not_empty(text, name)
        text = repair_mojibake(text)  # before the binary check: latin-1 mojibake is full of C1 controls
    except TimeoutError:
        raise ReadError(f"{_label(name)} took too long to decode; expected ordinary text") from None
    _check_not_binary(text, name)
    return normalise_newlines(text)
