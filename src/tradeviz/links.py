"""The filters in a link: query parameters that reproduce a view, read back with a message for each value
that could not be understood, and the words under an exported chart that say what it shows.

Lists repeat their key (`?source=A&source=B`); given what the pair offers, a list is kept as the shorter of
the values chosen and those left out (`?not_source=C`), so leaving one outlet out of forty is one value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from tradeviz.views import QUERY_KEYS, Filters, Options

_EMPTY = ""  # `?source=` means "none selected", which differs from an absent key ("all").
_EXCLUDED = "not_"  # `?not_source=A` means "every source the pair offers but A".


def to_query(filters: Filters, options: Options | None = None) -> dict[str, list[str]]:
    """Query parameters that reproduce `filters`; unset fields are left out. Given the `options` offered,
    a list is stored as whichever is shorter: the values chosen, or those left out (`not_source=...`).

    >>> to_query(Filters(years=(2020, 2024), sources=("El.kz",), pair="CN-KZ"))
    {'from': ['2020'], 'to': ['2024'], 'source': ['El.kz'], 'pair': ['CN-KZ']}
    >>> offered = Options(None, ("A", "B", "C"), (), (), (), (), ())
    >>> to_query(Filters(sources=("A", "B")), offered)
    {'not_source': ['C']}
    """
    query: dict[str, list[str]] = {}
    if filters.years is not None:
        query["from"], query["to"] = [str(filters.years[0])], [str(filters.years[1])]
    for field, key in QUERY_KEYS.items():
        chosen = getattr(filters, field)
        if chosen is None:
            continue
        offered = getattr(options, field) if options is not None else ()
        left_out = [value for value in offered if value not in chosen]
        if chosen and len(left_out) < len(chosen) and set(chosen) <= set(offered):
            query[_EXCLUDED + key] = left_out or [_EMPTY]
        else:
            query[key] = list(chosen) if chosen else [_EMPTY]
    if filters.pair is not None:
        query["pair"] = [filters.pair]
    if filters.scope is not None:
        query["scope"] = [filters.scope]
    return query


def from_query(
    params: Mapping[str, str | Sequence[str]], offered: Callable[[str | None], Options] | None = None
) -> tuple[Filters, list[str]]:
    """Filters from query parameters, and a message for each value that could not be understood.
    `offered(pair)` gives the options that `not_...` lists are taken from.

    >>> filters, problems = from_query({"from": "2021", "to": "2023", "source": ["A", "B"], "lang": [""]})
    >>> filters.years, filters.sources, filters.langs, filters.pair, problems
    ((2021, 2023), ('A', 'B'), (), None, [])
    >>> options = Options(None, ("A", "B", "C"), (), (), (), (), ())
    >>> from_query({"not_source": "B"}, lambda pair: options)[0].sources
    ('A', 'C')
    """
    problems: list[str] = []

    def values(key: str) -> list[str] | None:
        if key not in params:
            return None
        raw = params[key]
        return [raw] if isinstance(raw, str) else list(raw)

    def single(key: str) -> str | None:
        found = values(key)
        return found[-1] if found and found[-1] != _EMPTY else None

    fields: dict[str, object] = {}
    start, end = single("from"), single("to")
    if start is not None or end is not None:
        try:
            low = int(start) if start is not None else -(10**4)
            high = int(end) if end is not None else 10**4
        except ValueError:
            problems.append(f"Ignored the year range {start or ''}–{end or ''}: years must be whole numbers.")
        else:
            fields["years"] = (min(low, high), max(low, high))
    fields["pair"], fields["scope"] = single("pair"), single("scope")
    options = offered(fields["pair"]) if offered is not None else None  # type: ignore[arg-type]
    for field, key in QUERY_KEYS.items():
        found = values(key)
        if found is not None:
            fields[field] = tuple(dict.fromkeys(value for value in found if value != _EMPTY))
        left_out = values(_EXCLUDED + key)
        if left_out is not None and found is None:
            if options is None:
                problems.append(f"Ignored {_EXCLUDED + key}: nothing to leave it out of.")
            else:
                fields[field] = tuple(value for value in getattr(options, field) if value not in left_out)
                # `not_source=` alone leaves nothing out: every source the pair offers
    return Filters(**fields), problems  # type: ignore[arg-type]


def caption_lines(filters: Filters, options: Options, on: dt.date) -> list[str]:
    """What an exported chart shows, in words for its caption: the filters, the sources, the day.

    >>> offered = Options((2020, 2024), ("A", "B", "C"), ("en", "ru"), ("turnover",), ("actual",), (), ())
    >>> chosen = Filters(years=(2021, 2024), sources=("A", "B"), pair="CN-KZ", scope="national")
    >>> for line in caption_lines(chosen, offered, dt.date(2025, 3, 1)):
    ...     print(line)
    CN-KZ, national, 2021–2024; languages: all; metrics: all; all kinds
    Sources (2 of 3): A, B
    Exported from tradeviz on 2025-03-01
    """
    years = filters.years or options.years
    where = ", ".join(
        part
        for part in (
            filters.pair or "all pairs",
            filters.scope or "all scopes",
            f"{years[0]}–{years[1]}" if years else "all years",
        )
    )
    chosen = {field: getattr(filters, field) for field in ("langs", "metrics", "kinds")}
    described = [
        f"languages: {_listed(chosen['langs'])}",
        f"metrics: {_listed(chosen['metrics'])}",
        "all kinds" if chosen["kinds"] is None else f"kinds: {_listed(chosen['kinds'])}",
    ]
    sources = filters.sources if filters.sources is not None else options.sources
    shown = f"{len(sources)} of {len(options.sources)}" if filters.sources is not None else "all"
    return [
        f"{where}; " + "; ".join(described),
        f"Sources ({shown}): {_listed(sources, limit=12)}",
        f"Exported from tradeviz on {on.isoformat()}",
    ]


def _listed(values: Sequence[str] | None, *, limit: int = 6) -> str:
    if values is None:
        return "all"
    if not values:
        return "none"
    more = len(values) - limit
    return ", ".join(values[:limit]) + (f" and {more} more" if more > 0 else "")
