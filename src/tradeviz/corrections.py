"""Analysts' corrections: a fact rejected, or its value, period, metric, kind or parties set right, with why.

Corrections live in a plain file beside the corpus (`data/corrections.jsonl`: one JSON object per line, keys
sorted, UTF-8), so they can be read, diffed and reviewed like code. They name facts by a fact id built from
the article's body text and the fact itself (see `fact_ids`), never from a file name or a row number, so
they survive renames, re-extraction and restarts, and are applied on every load (`apply_corrections`).
A correction that no longer names a fact is returned as an orphan, for the caller to report.

The file keeps one line per fact id: saving a correction for a fact replaces its line (the latest wins), and
the lines are sorted by fact id, so one article's corrections sit together. History is version control's
job: the file is meant to be committed. Writes are atomic (a temporary file in the same folder, fsynced, then
renamed over the old one) and serialised by a lock file (filelock), so two writers at once both land and a
crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import regex

from tradeviz.correction_files import ARTICLES_ENV as ARTICLES_ENV
from tradeviz.correction_files import CORRECTIONS_ENV as CORRECTIONS_ENV
from tradeviz.correction_files import DEFAULT_ARTICLES as DEFAULT_ARTICLES
from tradeviz.correction_files import FILE_NAME as FILE_NAME
from tradeviz.correction_files import default_path as default_path
from tradeviz.correction_files import paths_for as paths_for
from tradeviz.correction_files import store_path as store_path
from tradeviz.errors import TradevizError
from tradeviz.files import exclusive_lock, sync_folder, written_temporary
from tradeviz.frame import COLUMNS, KINDS, METRICS, QUALIFIERS, empty_frame
from tradeviz.read.article import ArticleInfo
from tradeviz.units import MULTIPLIERS

ACTIONS = ("reject", "correct")
MAX_REASON = 300
"""Characters: a reason is a sentence or two, not an essay."""
MAX_AUTHOR = 100
LOCK_WAIT = 30.0
"""Seconds to wait for another writer; one save takes milliseconds."""
TIMEOUT = 1.0
"""Seconds for any pattern here; inputs are ids and codes of a few dozen characters."""

HASH_CHARS = 16
"""Hex digits of the body-text hash in a fact id: 64 bits, no collision in any corpus we will see."""

FACT_ID = regex.compile(
    r"""
    ^(?P<text>[0-9a-f]{16})            # the article's body-text hash (sha256), first 16 hex digits
    :(?P<start>\d+)-(?P<end>\d+)       # the sentence's span in that text
    :(?P<metric>[a-z]+)                # the metric as extracted
    :(?P<kind>[a-z]+)                  # the kind as extracted
    :(?P<amount>\d+(?:\.\d+)?|nan)     # the amount as extracted, plain digits
    (?:\#(?P<nth>[2-9]|[1-9]\d+))?$    # the n-th fact with all of the above (from 2; the first has none)
    """,
    regex.VERBOSE,
)
CURRENCY = regex.compile(r"^[A-Z]{3}$")  # ISO 4217
PARTIES = regex.compile(r"^(?P<first>[A-Z]{2})-(?P<second>[A-Z]{2})$")  # two ISO 3166 codes

CHANGED_FIELDS = (
    "metric",
    "kind",
    "period_start",
    "period_end",
    "target_year",
    "value",
    "amount",
    "currency",
    "qualifier",
    "parties",
)
"""What a correction may change, in the facts frame's column order."""

EXTRA_COLUMNS = ("fact_id", "corrected", "correction", "correction_reason", "original")
"""Columns `apply_corrections` adds after the contract's."""

_EXTRA_DTYPES = {
    "fact_id": "string",
    "corrected": "bool",
    "correction": "string",
    "correction_reason": "string",
    "original": "string",
}
_TIE_BREAK = (
    "period_start",
    "period_end",
    "target_year",
    "qualifier",
    "currency",
    "parties",
    "region",
    "value",
    "unit",
    "amount_high",
    "growth_pct",
)
"""Facts of one sentence alike in metric, kind and amount are numbered in this order, not the frame's."""

"""Unit as reported -> its multiplier (млрд -> 10**9)."""


class CorrectionsError(TradevizError):
    """A correction, or the corrections file, is not valid; the message says what and where."""


# --- the record ------------------------------------------------------------------------------------------


def now_iso() -> str:
    """The current time as an ISO timestamp in UTC, to the second: when a correction was made."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclasses.dataclass(frozen=True)
class Correction:
    """One analyst's decision about one fact: reject it, or set some of its fields right, and why.

    `reject` carries no changed fields; `correct` carries at least one. Give `amount` (in currency units)
    or `value` (in the fact's reported unit), not both: the other follows from the fact's unit.
    `article` is where the fact was seen, for people reading the file and for orphan messages; it is not
    part of the key. Invalid values raise `CorrectionsError` here, so a bad correction is never saved.
    """

    fact_id: str
    action: str
    reason: str
    metric: str | None = None
    kind: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    target_year: int | None = None
    value: float | None = None
    amount: float | None = None
    currency: str | None = None
    qualifier: str | None = None
    parties: str | None = None
    article: str | None = None
    author: str | None = None
    at: str = dataclasses.field(default_factory=now_iso)

    def __post_init__(self) -> None:
        _validate(self)
        if self.parties is not None:  # the frame's form: two codes, sorted
            object.__setattr__(self, "parties", "-".join(sorted(self.parties.split("-"))))

    @property
    def changes(self) -> dict[str, object]:
        """The fields this correction sets, by name."""
        return {name: getattr(self, name) for name in CHANGED_FIELDS if getattr(self, name) is not None}


def _validate(correction: Correction) -> None:
    """Every rule a correction must meet on its own (its fact is checked by `check_correction`)."""
    problems = list(_problems(correction))
    if problems:
        raise CorrectionsError(f"correction of {correction.fact_id!r}: " + "; ".join(problems))


def _problems(c: Correction) -> Iterator[str]:
    if not isinstance(c.fact_id, str) or not FACT_ID.match(c.fact_id, timeout=TIMEOUT):
        yield "the fact id should look like 3f2a9c0d1e2b4a5f:2223-2404:turnover:actual:148900000"
    if c.action not in ACTIONS:
        yield f"action must be reject or correct; got {c.action!r}"
    elif c.action == "reject" and c.changes:
        yield f"a rejection changes no field; got {', '.join(c.changes)}"
    elif c.action == "correct" and not c.changes:
        yield f"a correction changes at least one of {', '.join(CHANGED_FIELDS)}"
    yield from _text_problems("reason", c.reason, MAX_REASON, required=True)
    yield from _text_problems("author", c.author, MAX_AUTHOR, required=False)
    yield from _text_problems("article", c.article, 1000, required=False)
    yield from _choice_problems(c)
    yield from _number_problems(c)
    yield from _date_problems(c)
    if not isinstance(c.at, str) or not _is_iso_timestamp(c.at):
        yield f"at must be an ISO timestamp such as 2025-03-01T10:00:00+00:00; got {c.at!r}"


def _text_problems(name: str, text: object, limit: int, *, required: bool) -> Iterator[str]:
    if text is None:
        if required:
            yield f"a {name} is required"
        return
    if not isinstance(text, str):
        yield f"{name} must be text; got {type(text).__name__}"
    elif required and not text.strip():
        yield f"a {name} is required"
    elif len(text) > limit:
        yield f"{name} is {len(text)} characters; keep it under {limit}"
    else:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            yield f"{name} is not valid Unicode text"


def _choice_problems(c: Correction) -> Iterator[str]:
    for name, allowed in (("metric", METRICS), ("kind", KINDS), ("qualifier", QUALIFIERS)):
        value = getattr(c, name)
        if value is not None and value not in allowed:
            yield f"{name} must be one of {', '.join(allowed)}; got {value!r}"
    if c.currency is not None and not (
        isinstance(c.currency, str) and CURRENCY.match(c.currency, timeout=TIMEOUT)
    ):
        yield f"currency must be an ISO 4217 code such as USD; got {c.currency!r}"
    if c.parties is not None:
        pair = PARTIES.match(c.parties, timeout=TIMEOUT) if isinstance(c.parties, str) else None
        if not pair or pair["first"] == pair["second"]:
            yield f"parties must be two country codes such as CN-KZ; got {c.parties!r}"


def _number_problems(c: Correction) -> Iterator[str]:
    if c.value is not None and c.amount is not None:
        yield "give amount or value, not both: the other follows from the fact's unit"
    for name in ("value", "amount"):
        number = getattr(c, name)
        if number is None:
            continue
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            yield f"{name} must be a number; got {number!r}"
        elif not math.isfinite(number) or number <= 0:
            yield f"{name} must be a positive number; got {number!r}"
    year = c.target_year
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200):
        yield f"target_year must be a year between 1900 and 2200; got {year!r}"


def _date_problems(c: Correction) -> Iterator[str]:
    for name in ("period_start", "period_end"):
        value = getattr(c, name)
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            yield f"{name} must be a date; got {value!r}"
    start, end = c.period_start, c.period_end
    if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
        yield f"the period starts ({start}) after it ends ({end})"


def _is_iso_timestamp(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- the file --------------------------------------------------------------------------------------------


def to_record(correction: Correction) -> dict[str, Any]:
    """The correction as a JSON object: only the fields it has, dates as ISO strings."""
    record: dict[str, Any] = {}
    for field in dataclasses.fields(correction):
        value = getattr(correction, field.name)
        if value is None:
            continue
        record[field.name] = value.isoformat() if isinstance(value, dt.date) else value
    return record


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "fact_id": (str,),
    "action": (str,),
    "reason": (str,),
    "metric": (str,),
    "kind": (str,),
    "period_start": (str,),
    "period_end": (str,),
    "target_year": (int,),
    "value": (int, float),
    "amount": (int, float),
    "currency": (str,),
    "qualifier": (str,),
    "parties": (str,),
    "article": (str,),
    "author": (str,),
    "at": (str,),
}


def from_record(record: object) -> Correction:
    """A correction from a JSON object as `to_record` writes it; anything else raises `CorrectionsError`."""
    if not isinstance(record, dict):
        raise CorrectionsError(f"expected a JSON object; got {type(record).__name__}")
    unknown = sorted(set(record) - set(_FIELD_TYPES))
    if unknown:
        raise CorrectionsError(f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_FIELD_TYPES))})")
    for required in ("fact_id", "action", "reason", "at"):
        if required not in record:
            raise CorrectionsError(f"the key {required!r} is missing")
    fields: dict[str, Any] = {}
    for name, value in record.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, _FIELD_TYPES[name]):
            raise CorrectionsError(f"{name} has the wrong type: {value!r}")
        if name in ("period_start", "period_end"):
            fields[name] = _parse_date(name, str(value))
        elif name in ("value", "amount"):
            fields[name] = float(value)  # type: ignore[arg-type]
        else:
            fields[name] = value
    return Correction(**fields)


def _parse_date(name: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CorrectionsError(f"{name} must be a date such as 2022-10-31; got {text!r}") from None


def _line(correction: Correction) -> str:
    return json.dumps(to_record(correction), ensure_ascii=False, sort_keys=True) + "\n"


MAX_LINE_BYTES = 16 * 1024
"""A correction is a few hundred bytes; a longer line is damage (and a deeply nested one would exhaust the
JSON parser's recursion), so it is refused unread."""


@dataclasses.dataclass(frozen=True)
class CorrectionsFile:
    """What a corrections file holds: the valid corrections in file order, and one message per line that is
    not one (`problems`: "FILE, line N: why"). A damaged line never hides the others."""

    path: Path
    corrections: tuple[Correction, ...] = ()
    problems: tuple[str, ...] = ()


def read_corrections(path: str | os.PathLike[str]) -> CorrectionsFile:
    """Every valid correction in the file and a message for each line that is not one; a missing file
    holds none. Lines are read one by one (each its own UTF-8, its own JSON), so one bad line, whatever is
    wrong with it, costs only itself."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return CorrectionsFile(path)
    except OSError as error:
        return CorrectionsFile(path, problems=(f"cannot read {path}: {error.strerror or error}",))
    corrections: list[Correction] = []
    problems: list[str] = []
    # Only "\n" ends a line: JSON leaves U+2028 and U+0085 raw in text, and `splitlines` would cut there.
    for number, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            corrections.append(_parse_line(raw))
        except CorrectionsError as error:
            problems.append(f"{path}, line {number}: {error}")
    return CorrectionsFile(path, tuple(corrections), tuple(problems))


def _parse_line(raw: bytes) -> Correction:
    """One line of the file as a correction; anything else raises `CorrectionsError` saying why."""
    if len(raw) > MAX_LINE_BYTES:
        raise CorrectionsError(f"{len(raw):,} bytes; a correction is a few hundred, so it was not read")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorrectionsError(f"not UTF-8 text ({error.reason})") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise CorrectionsError(f"not JSON ({error.msg})") from None
    except RecursionError:
        raise CorrectionsError("JSON nested too deeply to be a correction") from None
    return from_record(record)


def load_corrections(path: str | os.PathLike[str]) -> list[Correction]:
    """The corrections in a file, in file order; a missing file holds none.

    Strict: a line that is not a valid correction raises `CorrectionsError` naming the file and line
    number (`read_corrections` reports such lines and keeps the rest).
    """
    found = read_corrections(path)
    if found.problems:
        raise CorrectionsError(found.problems[0])
    return list(found.corrections)


def latest_by_id(corrections: Iterable[Correction]) -> dict[str, Correction]:
    """One correction per fact id: the later one wins (a merge may leave two lines for one fact)."""
    return {correction.fact_id: correction for correction in corrections}


def _sort_key(fact_id: str) -> tuple[object, ...]:
    """Article, then the sentence's place in it (numerically), then the rest of the id."""
    parts = FACT_ID.match(fact_id, timeout=TIMEOUT)
    if not parts:
        return (fact_id,)
    return (parts["text"], int(parts["start"]), int(parts["end"]), fact_id)


def save_correction(path: str | os.PathLike[str], correction: Correction) -> None:
    """Add a correction to the file, replacing any earlier one for the same fact; atomically, under lock.

    A file with damaged lines is left alone (`CorrectionsError`): rewriting it would drop them, and they are
    an analyst's work to mend, not the program's to discard."""
    with _locked(Path(path)):
        kept = latest_by_id(_intact(path))
        kept[correction.fact_id] = correction
        _write_atomically(Path(path), kept.values())


def remove_correction(path: str | os.PathLike[str], fact_id: str) -> bool:
    """Drop the correction of a fact from the file; False when it had none. A damaged file is left alone,
    as for `save_correction`."""
    with _locked(Path(path)):
        kept = latest_by_id(_intact(path))
        if kept.pop(fact_id, None) is None:
            return False
        _write_atomically(Path(path), kept.values())
        return True


def _intact(path: str | os.PathLike[str]) -> tuple[Correction, ...]:
    """The file's corrections, or `CorrectionsError` listing its damaged lines when it has any."""
    found = read_corrections(path)
    if found.problems:
        shown = "; ".join(found.problems[:3]) + ("; ..." if len(found.problems) > 3 else "")
        raise CorrectionsError(
            f"nothing was written: {path} has {_count(len(found.problems), 'damaged line')}, which a rewrite "
            f"would lose. Mend or delete them first ({shown})"
        )
    return found.corrections


def _count(number: int, noun: str) -> str:
    """A count with its noun, plural when it is not one.

    >>> _count(1, "line"), _count(3, "line")
    ('1 line', '3 lines')
    """
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the file's lock: every writer, in any thread or process, reads and writes inside it."""
    busy = f"{path} is busy: another writer has held it for {LOCK_WAIT:g} seconds"
    try:
        with exclusive_lock(_lock_path(path), wait=LOCK_WAIT, busy=lambda: CorrectionsError(busy)):
            yield
    except PermissionError as error:
        raise CorrectionsError(f"cannot write to {path.parent}: {error.strerror or error}") from None


def _write_atomically(path: Path, corrections: Iterable[Correction]) -> None:
    """Replace the file with these corrections, sorted by fact id: the whole new file or the old one."""
    text = "".join(_line(c) for c in sorted(corrections, key=lambda c: _sort_key(c.fact_id)))
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    try:  # the file keeps its own permissions
        with written_temporary(
            path.parent, text, prefix=f".{path.name}.", suffix=".tmp", mode=mode
        ) as temporary:
            os.replace(temporary, path)
    except OSError as error:
        raise CorrectionsError(f"cannot write {path}: {error.strerror or error}") from None
    sync_folder(path.parent)


# --- fact ids --------------------------------------------------------------------------------------------


def plain_number(number: float) -> str:
    """A number in plain digits, no exponent and no trailing zeros: how amounts appear in ids and texts.

    >>> plain_number(19.7e9), plain_number(148900000.0), plain_number(60.09), plain_number(2.0)
    ('19700000000', '148900000', '60.09', '2')
    """
    if not math.isfinite(number):
        return str(number).lower()
    return format(Decimal(repr(float(number))).normalize(), "f")


def fact_ids(frame: pd.DataFrame, articles: Sequence[ArticleInfo]) -> pd.Series:
    """A stable id for every fact row: `text:start-end:metric:kind:amount`, with `#n` for look-alikes.

    `text` is the first 16 hex digits of the sha256 of the article's body text (what the offsets refer to),
    so renaming the file or editing its front matter keeps the ids, while any change to the text changes
    them all (the corrections then come back as orphans: their offsets may no longer mean the same).
    `start-end` is the span of the fact's sentence; metric, kind and amount are as extracted, which tells
    apart the facts of one sentence (turnover, exports and imports of one year) and means a correction never
    lands on a different fact when the rules change: it becomes an orphan instead. Facts of one sentence
    equal in all of these are numbered `#2`, `#3`... in order of period, target year and the other fields,
    not of the frame's rows, so a sorted or filtered frame gives the same ids. Re-extracting the same text
    gives the same facts, hence the same ids. Two files with the same text share ids: one correction serves
    both copies. `articles` maps each row's `article` name to its text (the first, if a name repeats).

    >>> from tradeviz.frame import facts_to_frame
    >>> fact_ids(facts_to_frame([]), []).tolist()
    []
    """
    if frame.empty:
        return pd.Series([], index=frame.index, dtype="string", name="fact_id")
    hashes = _text_hashes(frame["article"], articles)
    amounts = _plain_numbers(frame["amount"])
    # Built from Python lists: the same strings as concatenating the columns, in a fraction of the time.
    key = pd.Series(
        [
            f"{text}:{start}-{end}:{metric}:{kind}:{amount}"
            for text, start, end, metric, kind, amount in zip(
                hashes,
                frame["start"].tolist(),
                frame["end"].tolist(),
                frame["metric"].tolist(),
                frame["kind"].tolist(),
                amounts,
                strict=True,
            )
        ],
        index=frame.index,
        dtype=object,
    )
    nth = _nth_alike(frame, key)
    ids = key.where(nth == 1, key + "#" + nth.astype(str))
    return ids.astype("string").rename("fact_id")


def _text_hashes(names: pd.Series, articles: Sequence[ArticleInfo]) -> list[str]:
    known: dict[str, str] = {}
    for info in articles:
        known.setdefault(info.name, info.text_hash[:HASH_CHARS])
    names_as_text = [str(name) for name in names.tolist()]
    missing = sorted(set(names_as_text) - set(known))
    if missing:
        raise ValueError(
            f"no article info for {missing[0]!r}: pass the corpus's articles (Corpus.articles) with its facts"
        )
    return [known[name] for name in names_as_text]


def _plain_numbers(amounts: pd.Series) -> list[str]:
    """`plain_number` of each amount, worked out once per distinct amount."""
    values = amounts.tolist()
    known = {value: plain_number(value) for value in set(values) if value == value}  # NaN never equals
    return [known[value] if value in known else plain_number(value) for value in values]


def _nth_alike(frame: pd.DataFrame, key: pd.Series) -> pd.Series:
    """1 for the first fact of each (article, key), 2 for the next...: ordered by content, then row."""
    pairs = pd.Series(frame["article"].astype(str).to_numpy(dtype=object) + "\0" + key.to_numpy(dtype=object))
    if not pairs.duplicated().any():  # the usual case: no look-alikes, nothing to order
        return pd.Series(1, index=frame.index)
    table = frame.loc[:, ["article", *_TIE_BREAK]].reset_index(drop=True)
    table["_key"] = key.to_numpy()
    table["_row"] = range(len(table))
    ordered = table.sort_values(["article", "_key", *_TIE_BREAK, "_row"], kind="stable", na_position="first")
    nth = ordered.groupby(["article", "_key"], sort=False).cumcount() + 1
    return pd.Series(nth.sort_index().to_numpy(), index=frame.index)


# --- applying --------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Applied:
    """The corrected frame (contract columns, then `EXTRA_COLUMNS`) and the corrections matching no fact."""

    frame: pd.DataFrame
    orphans: tuple[Correction, ...]


def apply_corrections(
    frame: pd.DataFrame, articles: Sequence[ArticleInfo], corrections: Iterable[Correction]
) -> Applied:
    """The facts frame as extracted, with the corrections applied and the extra columns added.

    Rejected facts stay (`correction == "rejected"`) so a table can show them; `visible` drops them.
    `corrected` is True for every fact an analyst touched (rejected or corrected); `original` lists the
    extracted values that changed, as `field=value; ...` in column order (`null` for an empty one).
    A corrected `amount` keeps the fact's unit and recomputes `value` (`value` recomputes `amount`), and
    clears `amount_high`: the analyst states one number.
    """
    if "fact_id" in frame.columns:
        raise ValueError("this frame already has corrections applied; pass the facts frame as extracted")
    latest = latest_by_id(corrections)
    ids = fact_ids(frame, articles)
    id_values = ids.to_numpy(dtype=object).tolist()  # iterating the column itself costs 1 µs a value
    result = frame.copy()
    extras: dict[str, list[object]] = {name: [pd.NA] * len(frame) for name in EXTRA_COLUMNS}
    extras["corrected"] = [False] * len(frame)
    matched: set[str] = set()
    for position in [position for position, fact_id in enumerate(id_values) if fact_id in latest]:
        fact_id = id_values[position]
        correction = latest[fact_id]
        matched.add(fact_id)
        extras["corrected"][position] = True
        extras["correction_reason"][position] = correction.reason
        if correction.action == "reject":
            extras["correction"][position] = "rejected"
            continue
        extras["correction"][position] = "corrected"
        row = result.iloc[position]
        new = _new_values(row, correction)
        extras["original"][position] = _original(row, new)
        for column, value in new.items():
            result.iat[position, result.columns.get_loc(column)] = value  # type: ignore[index, assignment]
    contract = empty_frame().dtypes.to_dict()
    result = result.astype({name: contract[name] for name in COLUMNS if name in result.columns})
    for name in EXTRA_COLUMNS:
        if name == "fact_id":
            result[name] = ids
        elif name in ("correction", "correction_reason", "original") and not matched:
            result[name] = pd.Series(pd.NA, index=result.index, dtype=_EXTRA_DTYPES[name])  # all empty: fast
        else:
            result[name] = pd.Series(extras[name], index=result.index, dtype=_EXTRA_DTYPES[name])
    orphans = tuple(c for fact_id, c in latest.items() if fact_id not in matched)
    return Applied(result, orphans)


def _new_values(row: pd.Series, correction: Correction) -> dict[str, object]:
    """The frame values a correction sets on one row, amounts kept consistent with the row's unit."""
    new: dict[str, object] = {}
    for name, value in correction.changes.items():
        if name in ("period_start", "period_end"):
            new[name] = pd.Timestamp(value)  # type: ignore[arg-type]
        elif name not in ("value", "amount"):
            new[name] = value
    scale = _scale(row)
    if correction.amount is not None:
        new["amount"] = correction.amount
        new["value"] = float(Decimal(repr(correction.amount)) / scale)
    elif correction.value is not None:
        new["value"] = correction.value
        new["amount"] = float(Decimal(repr(correction.value)) * scale)
    if "amount" in new:
        new["amount_high"] = math.nan
    return new


def _scale(row: pd.Series) -> Decimal:
    """What one `value` is worth in currency units: the unit's multiplier, else the row's own ratio."""
    unit = row["unit"]
    if pd.isna(unit):
        return Decimal(1)
    if unit in MULTIPLIERS:
        return Decimal(MULTIPLIERS[unit])
    value, amount = row["value"], row["amount"]
    if pd.notna(value) and pd.notna(amount) and value:
        return Decimal(repr(float(amount))) / Decimal(repr(float(value)))
    return Decimal(1)


def _original(row: pd.Series, new: Mapping[str, object]) -> str | None:
    """`field=value; ...` for the extracted values a correction changed, in column order."""
    changed = [
        f"{name}={_shown(row[name])}" for name in COLUMNS if name in new and not _same(row[name], new[name])
    ]
    return "; ".join(changed) or None


def _same(old: object, new: object) -> bool:
    if pd.isna(old) and pd.isna(new):  # type: ignore[call-overload]
        return True
    if pd.isna(old) or pd.isna(new):  # type: ignore[call-overload]
        return False
    if isinstance(old, float) and isinstance(new, float):
        return math.isclose(old, new, rel_tol=1e-12)
    return bool(old == new)


def _shown(value: object) -> str:
    """A frame value as it reads in `original`: dates as days, amounts in plain digits, `null` for none."""
    if pd.isna(value):  # type: ignore[call-overload]
        return "null"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float):
        return plain_number(value)
    return str(value)


def visible(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows a chart should draw: every fact but the rejected ones."""
    if "correction" not in frame.columns:
        return frame
    return frame.loc[frame["correction"].fillna("") != "rejected"]


# --- checking and reporting ------------------------------------------------------------------------------


def check_correction(
    frame: pd.DataFrame, articles: Sequence[ArticleInfo], correction: Correction
) -> Correction:
    """The correction checked against the fact it names, with that fact's article filled in.

    `frame` is the facts frame as extracted (as for `apply_corrections`). Raises `CorrectionsError` when no
    fact has that id, or when the corrected period would end before it starts. Call it before
    `save_correction` wherever the facts are at hand (the CLI, the dashboard).
    """
    if "fact_id" in frame.columns:
        raise ValueError("check a correction against the facts frame as extracted, not a corrected one")
    ids = fact_ids(frame, articles)
    rows = frame.loc[(ids == correction.fact_id).to_numpy()]
    if rows.empty:
        sentence = correction.fact_id.split(":")[:2]
        near = [fact_id for fact_id in ids if fact_id.split(":")[:2] == sentence]
        hint = f"; that sentence has {', '.join(near)}" if near else ""
        raise CorrectionsError(f"no fact has the id {correction.fact_id} in these articles{hint}")
    row = rows.iloc[0]
    new = _new_values(row, correction)
    start, end = new.get("period_start", row["period_start"]), new.get("period_end", row["period_end"])
    if not pd.isna(start) and not pd.isna(end) and start > end:  # type: ignore[call-overload, operator]
        raise CorrectionsError(
            f"correction of {correction.fact_id}: the period would start ({_shown(start)}) "
            f"after it ends ({_shown(end)})"
        )
    return dataclasses.replace(correction, article=str(row["article"]))


def orphan_messages(orphans: Iterable[Correction], articles: Sequence[ArticleInfo]) -> list[str]:
    """One line per correction that matched no fact, saying the likely why; one line for other articles.

    A correction whose article is present (by text) lost its fact to a change of the rules; one whose
    article is present by name only was made on a text that has since changed; one whose article was not
    read at all is counted, not listed (the corpus may just be another folder).
    """
    names = {info.name for info in articles}
    texts = {info.text_hash[:HASH_CHARS] for info in articles}
    messages, elsewhere = [], []
    for orphan in orphans:
        what = f"{'rejection' if orphan.action == 'reject' else 'correction'} of {orphan.fact_id}"
        where = f" ({orphan.article})" if orphan.article else ""
        if orphan.fact_id[:HASH_CHARS] in texts:
            messages.append(f"{what}{where} matches no fact: the article no longer gives that fact")
        elif orphan.article in names:
            messages.append(f"{what} matches no fact: the text of {orphan.article} has changed since")
        elif orphan.article:
            elsewhere.append(orphan.article)
        else:
            messages.append(f"{what} matches no fact: its article's text changed or was not read")
    if elsewhere:
        shown = ", ".join(sorted(set(elsewhere))[:3]) + (", ..." if len(set(elsewhere)) > 3 else "")
        count = f"{len(elsewhere)} correction{'s are' if len(elsewhere) > 1 else ' is'}"
        messages.append(f"{count} for articles not read this time ({shown})")
    return messages
