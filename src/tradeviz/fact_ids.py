"""Fact ids: the stable name of each extracted fact, by which a correction finds its fact again.

Built from the article's body text and the fact itself, never from a file name or a row number, so a
correction survives renames, re-extraction and restarts. Its own module because the id is the one contract
between the facts frame and the corrections file, and both sides (applying, checking, the CLI) ask for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

import pandas as pd

from tradeviz.correction_record import HASH_CHARS
from tradeviz.read.article import ArticleInfo

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
