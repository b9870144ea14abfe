"""The exclusions, one row each: every predicate of the tables in `extract.nonfacts`, in the order they are
tried, drops the amount of its own example (its docstring), and is the one that drops it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tradeviz.extract import ArticleMeta, explain, extract_facts, nonfacts

PUBLISHED = dt.date(2024, 3, 1)
TABLES: dict[str, tuple[Callable[..., bool], ...]] = {
    "amount": nonfacts.AMOUNT_EXCLUSIONS,
    "cue": nonfacts.CUE_EXCLUSIONS,
    "pair": nonfacts.PAIR_EXCLUSIONS,
    "late": nonfacts.LATE_EXCLUSIONS,
}
ROWS = [(table, check) for table, checks in TABLES.items() for check in checks]


def _lang(text: str) -> str:
    return "en" if text[:1].isascii() else "ru"


@pytest.mark.parametrize(("table", "check"), ROWS, ids=[f"{t}-{c.__name__}" for t, c in ROWS])
def test_exclusion_drops_its_own_example(table: str, check: Callable[..., bool]) -> None:
    example = (check.__doc__ or "").strip()
    assert example, f"{check.__name__} has no example"
    reasons = explain(example, PUBLISHED, _lang(example))
    dropped = [amount for amount, why in reasons if why == check.__name__]
    assert dropped, f"{check.__name__} did not drop any amount of its example: {reasons}"


def test_every_exclusion_has_a_distinct_name() -> None:
    names = [check.__name__ for _, check in ROWS]
    assert len(names) == len(set(names))


def test_a_bilateral_figure_passes_every_exclusion() -> None:
    text = "По итогам 2023 года товарооборот Казахстана и Китая достиг 41 млрд долларов."
    assert explain(text, PUBLISHED, "ru") == []
    assert len(extract_facts(text, ArticleMeta(published=PUBLISHED))) == 1
