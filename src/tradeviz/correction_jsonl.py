"""The corrections file: one correction per line as JSON, read line by line, written whole and atomically.

Corrections live in a plain file beside the corpus (`data/corrections.jsonl`: one JSON object per line, keys
sorted, UTF-8), so they can be read, diffed and reviewed like code. The file keeps one line per fact id:
saving a correction for a fact replaces its line (the latest wins), and the lines are sorted by fact id, so
one article's corrections sit together. History is version control's job: the file is meant to be
committed. Writes are atomic (a temporary file in the same folder, fsynced, then renamed over the old one)
and serialised by a lock file (filelock), so two writers at once both land and a crash never leaves half a
file. Its own module because reading and writing the file is a job apart from what a correction means.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tradeviz.correction_record import FACT_ID, TIMEOUT, Correction, CorrectionsError
from tradeviz.files import exclusive_lock, sync_folder, written_temporary

LOCK_WAIT = 30.0
"""Seconds to wait for another writer; one save takes milliseconds."""


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
