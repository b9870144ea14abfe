"""The facts frame: one row per extracted fact, with a fixed column order (the project's contract).

pandas is imported by the functions that build or read a frame, not with this module: the extractor needs
only `Fact`, and importing pandas costs about half a second of every command's start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

METRICS = ("turnover", "export", "import", "investment")
KINDS = ("actual", "target")
QUALIFIERS = ("=", "~", ">", "<")


@dataclasses.dataclass(frozen=True, slots=True)
class Fact:
    """One dated trade figure or target, traceable to the sentence it came from."""

    article: str
    metric: str
    kind: str
    value: Decimal
    unit: str | None
    amount: Decimal
    currency: str
    quote: str
    start: int
    end: int
    parties: str
    qualifier: str = "="
    amount_high: Decimal | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    target_year: int | None = None
    growth_pct: Decimal | None = None
    region: str | None = None
    flow: str | None = None  # exporter>importer (investor>host) of an export, import or investment
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    lang: str | None = None


COLUMNS: tuple[str, ...] = (
    "article",
    "source",
    "url",
    "title",
    "published",
    "published_inferred",
    "lang",
    "metric",
    "kind",
    "period_start",
    "period_end",
    "target_year",
    "value",
    "unit",
    "amount",
    "amount_high",
    "currency",
    "qualifier",
    "growth_pct",
    "parties",
    "flow",
    "region",
    "quote",
    "start",
    "end",
)

_DTYPES: dict[str, str] = {
    "article": "string",
    "source": "string",
    "url": "string",
    "title": "string",
    "published": "datetime64[ns]",
    "published_inferred": "bool",
    "lang": "string",
    "metric": "string",
    "kind": "string",
    "period_start": "datetime64[ns]",
    "period_end": "datetime64[ns]",
    "target_year": "Int64",
    "value": "float64",
    "unit": "string",
    "amount": "float64",
    "amount_high": "float64",
    "currency": "string",
    "qualifier": "string",
    "growth_pct": "float64",
    "parties": "string",
    "flow": "string",
    "region": "string",
    "quote": "string",
    "start": "int64",
    "end": "int64",
}

DTYPES = _DTYPES
"""Each column's pandas dtype (read-only: the frame-free writers in `tradeviz.rows` type rows by it)."""

DATE_COLUMNS = ("published", "period_start", "period_end")


def _plain(value: object) -> object:
    """Decimal inside the extractor, float in the frame."""
    if isinstance(value, Decimal):
        return float(value)
    return value


FactRow = tuple[object, ...]
"""A fact as a frame row: its values in COLUMNS order (`fact_row`). Cheap to send between processes and to
build a frame from, unlike a `Fact` (a dataclass pickles and unpickles field by field)."""


def fact_row(fact: Fact) -> FactRow:
    """The fact's values in COLUMNS order, as the frame holds them."""
    return tuple(_plain(getattr(fact, name)) for name in COLUMNS)


def rows_to_frame(rows: Iterable[FactRow]) -> pd.DataFrame:
    """Build the facts frame from `fact_row` rows, in the contract's column order and dtypes.

    >>> rows_to_frame([]).columns.tolist() == list(COLUMNS)
    True
    """
    import pandas as pd

    records = list(rows)
    if not records:
        return empty_frame()
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    return frame.astype(_DTYPES)


def facts_to_frame(facts: Iterable[Fact]) -> pd.DataFrame:
    """Build the facts frame from facts, in the contract's column order and dtypes.

    >>> facts_to_frame([]).columns.tolist() == list(COLUMNS)
    True
    """
    return rows_to_frame(fact_row(fact) for fact in facts)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame with the contract's columns in order and dtypes (e.g. after a concat or a Parquet read)."""
    return frame.loc[:, list(COLUMNS)].astype(_DTYPES)


_EMPTY: list[pd.DataFrame] = []  # the empty frame, built once (building one costs milliseconds)


def json_value(value: object) -> object:
    """A frame cell as JSON holds it: None for nulls (NA, NaT, NaN), ISO dates for timestamps and dates,
    Python numbers for numpy ones.

    >>> import pandas as pd
    >>> [json_value(v) for v in (pd.NA, float("nan"), pd.Timestamp("2023-12-31"), dt.date(2024, 1, 2), 5)]
    [None, None, '2023-12-31', '2024-01-02', 5]
    """
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime):  # pandas Timestamps too
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return json_value(value.item())
    return value


def empty_frame() -> pd.DataFrame:
    """A frame with the contract's columns and no rows: a shallow copy of one built once, which callers may
    change freely (pandas copies on write)."""
    if not _EMPTY:
        import pandas as pd

        _EMPTY.append(pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in _DTYPES.items()}))
    return _EMPTY[0].copy(deep=False)
