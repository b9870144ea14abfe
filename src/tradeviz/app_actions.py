"""What the dashboard does when an analyst adds articles or corrects a fact, without Streamlit.

The dashboard's pages hand these functions plain values (uploaded names and bytes, pasted text, a link, the
fields of a correction form) and shows what they return; every refusal comes back as a reason for the user,
never as an exception, so the page can list what was skipped next to what was added. The store
(`tradeviz.ingest.store.ArticleStore`) does the reading, the duplicate check and the locking; the corrections
module does the checking and the file. Nothing here renders anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import regex

from tradeviz.corrections import Correction, CorrectionsError, check_correction
from tradeviz.errors import TradevizError
from tradeviz.frame import COLUMNS
from tradeviz.ingest.fetch import Fetched, fetch
from tradeviz.ingest.store import ACCEPTED_SUFFIXES, ArticleStore
from tradeviz.pipeline import Corpus

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
"""Largest upload or pasted text taken: a long news article is a few hundred kilobytes (as for links)."""

BROWSER_UPLOAD_MB = 64
"""The browser refuses bigger files before sending them; between the two limits the server says why."""

PASTED = "the pasted text"

MARKDOWN_SPECIAL = regex.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")
"""ASCII punctuation that Markdown (and Streamlit's `$` maths) could read as markup; escaped one by one."""


# --- reports --------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Added:
    """One input stored: what it was called, and the file it became."""

    name: str
    path: Path


@dataclasses.dataclass(frozen=True)
class Refused:
    """One input not stored, and why, in words for the analyst."""

    name: str
    reason: str


@dataclasses.dataclass(frozen=True)
class AddReport:
    """What one "Add" did: the inputs stored and the inputs skipped, in the order given."""

    added: tuple[Added, ...] = ()
    skipped: tuple[Refused, ...] = ()

    def __add__(self, other: AddReport) -> AddReport:
        return AddReport(self.added + other.added, self.skipped + other.skipped)


def plain(text: object) -> str:
    """Text shown literally where Streamlit reads Markdown: markup characters escaped, lines joined.

    >>> plain("[click](http://x) <b>*bold*</b>")
    '\\\\[click\\\\]\\\\(http\\\\://x\\\\) \\\\<b\\\\>\\\\*bold\\\\*\\\\</b\\\\>'
    """
    one_line = " ".join(str(text).split())
    return MARKDOWN_SPECIAL.sub(r"\\\1", one_line, timeout=1.0)


def _size(size: int) -> str:
    """Sizes in messages.

    >>> _size(52_428_800), _size(3000), _size(12)
    ('50.0 MiB', '2 KiB', '12 bytes')
    """
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MiB"
    return f"{size // 1024} KiB" if size >= 1024 else f"{size} bytes"


def _attempt(name: str, add: Callable[[], Path]) -> AddReport:
    """Run one add; a refusal of any known kind becomes a skipped entry with its message."""
    try:
        return AddReport(added=(Added(name, add()),))
    except TradevizError as error:  # StoreError, DuplicateArticle, ReadError, FetchError
        return AddReport(skipped=(Refused(name, _without_name(str(error), name)),))
    except TimeoutError:
        return AddReport(skipped=(Refused(name, "took too long to read; is it really an article?"),))


def _without_name(reason: str, name: str) -> str:
    """The reason without the input's name in front (the report shows the name once, before it).

    >>> _without_name("a.txt is empty; expected text", "a.txt"), _without_name("x: bad", "x")
    ('is empty; expected text', 'bad')
    """
    for prefix in (f"{name}: ", f"{name} "):
        if reason.startswith(prefix):
            return reason.removeprefix(prefix)
    return reason


def _too_big(size: int) -> str | None:
    if size > MAX_UPLOAD_BYTES:
        return (
            f"is {_size(size)}; one article may be at most {_size(MAX_UPLOAD_BYTES)} "
            "(a long news article is a few hundred KiB)"
        )
    return None


# --- ways in --------------------------------------------------------------------------------------------


def add_uploads(
    store: ArticleStore,
    uploads: Iterable[tuple[str, bytes]],
    *,
    source: str | None = None,
    published: dt.date | None = None,
) -> AddReport:
    """Store each uploaded (name, bytes): .txt, .md, .html or .htm, at most MAX_UPLOAD_BYTES, readable text.

    Each upload is added or skipped on its own: a bad one never stops the others, nor alters a stored file.
    """
    report = AddReport()
    for name, data in uploads:
        suffix = Path(name).suffix.lower()
        if suffix not in ACCEPTED_SUFFIXES:
            shown = suffix or "no extension"
            reason = f"is {shown}; only {', '.join(ACCEPTED_SUFFIXES)} files are articles"
            report += AddReport(skipped=(Refused(name, reason),))
            continue
        too_big = _too_big(len(data))
        if too_big:
            report += AddReport(skipped=(Refused(name, too_big),))
            continue
        report += _attempt(
            name,
            lambda data=data, name=name: store.add_bytes(  # type: ignore[misc]
                data, name=name, source=source or None, published=published
            ),
        )
    return report


def add_pasted(
    store: ArticleStore, text: str, *, source: str | None = None, published: dt.date | None = None
) -> AddReport:
    """Store pasted text (its own front matter is kept; `source` and `published` win over it)."""
    if not text.strip():
        return AddReport(skipped=(Refused(PASTED, "is empty"),))
    too_big = _too_big(len(text.encode("utf-8", "surrogatepass")))
    if too_big:
        return AddReport(skipped=(Refused(PASTED, too_big),))
    if "\x00" in text:
        return AddReport(skipped=(Refused(PASTED, "contains NUL characters: it looks like binary data"),))
    return _attempt(PASTED, lambda: store.add_text(text, source=source or None, published=published))


def add_link(
    store: ArticleStore,
    url: str,
    *,
    source: str | None = None,
    published: dt.date | None = None,
    fetcher: Callable[[str], Fetched] = fetch,
) -> AddReport:
    """Fetch a page (http/https, text/html or text/plain, size and time capped) and store it with its url."""
    url = url.strip()
    if not url:
        return AddReport(skipped=(Refused("the link", "is empty"),))
    return _attempt(
        url, lambda: store.add_url(url, source=source or None, published=published, fetcher=fetcher)
    )


# --- corrections ----------------------------------------------------------------------------------------


def file_key(path: Path) -> tuple[int, int] | None:
    """Size and modification time of a file (None when missing): a cache key that changes with each save."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """What the table downloads hold: the contract's columns, plus the correction columns when any applies
    (as `tradeviz extract` does)."""
    if "corrected" in frame.columns and bool(frame["corrected"].any()):
        return frame
    return frame.loc[:, [name for name in COLUMNS if name in frame.columns]]


def _unchanged(old: object, new: object) -> bool:
    if _missing(old) and _missing(new):
        return True
    if _missing(old) or _missing(new):
        return False
    if isinstance(new, float):
        return math.isclose(float(old), new, rel_tol=1e-9)  # type: ignore[arg-type]
    if isinstance(new, dt.date):
        return pd.Timestamp(old).date() == new  # type: ignore[arg-type]
    return bool(old == new)


def _missing(value: object) -> bool:
    return value is None or bool(pd.isna(value))  # type: ignore[call-overload]


def parse_number(text: str) -> float | None:
    """A number as an analyst types it: blank is None; spaces and a decimal comma are fine.

    >>> parse_number(" 20,1 "), parse_number("1 234.5"), parse_number("")
    (20.1, 1234.5, None)
    """
    cleaned = "".join(text.split()).replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise CorrectionsError(f"the value should be a number such as 20.1; got {text.strip()!r}") from None


def correction_from_form(
    extracted: pd.Series,
    fact_id: str,
    *,
    reject: bool,
    reason: str,
    value: str = "",
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    target_year: int | None = None,
    metric: str | None = None,
    kind: str | None = None,
    parties: str = "",
) -> Correction:
    """The correction an analyst's form asks for, with only the fields that differ from the extracted fact.

    `extracted` is the fact's row as extracted (not as corrected): a new correction replaces the old one, so
    it carries every field that should differ. `value` is in the fact's reported unit. Raises
    `CorrectionsError` with a message for the analyst when the form asks for nothing or for nonsense.
    """
    article = None if _missing(extracted.get("article")) else str(extracted["article"])
    if reject:
        return Correction(fact_id=fact_id, action="reject", reason=reason.strip(), article=article)
    wanted: dict[str, object] = {
        "value": parse_number(value),
        "period_start": period_start,
        "period_end": period_end,
        "target_year": target_year,
        "metric": metric,
        "kind": kind,
        "parties": "-".join(sorted(parties.strip().upper().split("-"))) if parties.strip() else None,
    }
    changes = {
        name: new
        for name, new in wanted.items()
        if new is not None and not _unchanged(extracted.get(name), new)
    }
    if not changes:
        raise CorrectionsError("nothing to correct: every field is as extracted (or choose Reject)")
    return Correction(fact_id=fact_id, action="correct", reason=reason.strip(), article=article, **changes)  # type: ignore[arg-type]


def checked_correction(corpus: Corpus, correction: Correction) -> Correction:
    """`check_correction` against the corpus's facts as extracted."""
    return check_correction(corpus.facts, corpus.articles, correction)
