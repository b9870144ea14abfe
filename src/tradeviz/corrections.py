"""Analysts' corrections: a fact rejected, or its value, period, metric, kind or parties set right, with why.

This module applies them: to the facts frame on every load (`apply_corrections`), against one fact before a
save (`check_correction`), and explains those that no longer name a fact (`orphan_messages`). A correction
names its fact by a fact id (see `fact_ids`); the record and its rules are in `correction_record`, the file
(`data/corrections.jsonl`) in `correction_jsonl`. Their public names are importable from here too.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import pandas as pd

from tradeviz.correction_files import ARTICLES_ENV as ARTICLES_ENV
from tradeviz.correction_files import CORRECTIONS_ENV as CORRECTIONS_ENV
from tradeviz.correction_files import DEFAULT_ARTICLES as DEFAULT_ARTICLES
from tradeviz.correction_files import FILE_NAME as FILE_NAME
from tradeviz.correction_files import default_path as default_path
from tradeviz.correction_files import paths_for as paths_for
from tradeviz.correction_files import store_path as store_path
from tradeviz.correction_jsonl import LOCK_WAIT as LOCK_WAIT
from tradeviz.correction_jsonl import MAX_LINE_BYTES as MAX_LINE_BYTES
from tradeviz.correction_jsonl import CorrectionsFile as CorrectionsFile
from tradeviz.correction_jsonl import from_record as from_record
from tradeviz.correction_jsonl import latest_by_id as latest_by_id
from tradeviz.correction_jsonl import load_corrections as load_corrections
from tradeviz.correction_jsonl import read_corrections as read_corrections
from tradeviz.correction_jsonl import remove_correction as remove_correction
from tradeviz.correction_jsonl import save_correction as save_correction
from tradeviz.correction_jsonl import to_record as to_record
from tradeviz.correction_record import ACTIONS as ACTIONS
from tradeviz.correction_record import CHANGED_FIELDS as CHANGED_FIELDS
from tradeviz.correction_record import CURRENCY as CURRENCY
from tradeviz.correction_record import FACT_ID as FACT_ID
from tradeviz.correction_record import HASH_CHARS as HASH_CHARS
from tradeviz.correction_record import MAX_AUTHOR as MAX_AUTHOR
from tradeviz.correction_record import MAX_REASON as MAX_REASON
from tradeviz.correction_record import PARTIES as PARTIES
from tradeviz.correction_record import TIMEOUT as TIMEOUT
from tradeviz.correction_record import Correction as Correction
from tradeviz.correction_record import CorrectionsError as CorrectionsError
from tradeviz.correction_record import now_iso as now_iso
from tradeviz.fact_ids import fact_ids as fact_ids
from tradeviz.fact_ids import plain_number as plain_number
from tradeviz.frame import COLUMNS, empty_frame
from tradeviz.read.article import ArticleInfo
from tradeviz.units import MULTIPLIERS

EXTRA_COLUMNS = ("fact_id", "corrected", "correction", "correction_reason", "original")
"""Columns `apply_corrections` adds after the contract's."""

_EXTRA_DTYPES = {
    "fact_id": "string",
    "corrected": "bool",
    "correction": "string",
    "correction_reason": "string",
    "original": "string",
}


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
