"""What the 'Bounded checks' argument in `extract.nonfacts` (and `extract.sectors`) rests on: the patterns run without `timeout=` on
slices of at most 80 characters repeat no group without a bound, so their backtracking is polynomial in the
slice's length (of the degree of their few quantifiers) instead of exponential: bounded by the slice."""

from __future__ import annotations

import pytest
import regex

from tradeviz.extract import amounts, currencies, nonfacts, places, qualifiers, sectors

BOUNDED_CHECKS = {
    "CURRENCY_BEFORE_TAIL": currencies.CURRENCY_BEFORE_TAIL,
    "DIFFERENCE_AROUND_AFTER": nonfacts.DIFFERENCE_AROUND_AFTER,
    "DIFFERENCE_AROUND_BEFORE": nonfacts.DIFFERENCE_AROUND_BEFORE,
    "DIFFERENCE_BEFORE": nonfacts.DIFFERENCE_BEFORE,
    "FROM_BEFORE": nonfacts.FROM_BEFORE,
    "GAIN_OR_LOSS_BEFORE": nonfacts.GAIN_OR_LOSS_BEFORE,
    "SECTOR_OF_AMOUNT": sectors.SECTOR_OF_AMOUNT,
    "SECTOR_BEFORE_BRACKET": sectors.SECTOR_BEFORE_BRACKET,
    "SECTOR_TO_AMOUNT": sectors.SECTOR_TO_AMOUNT,
    "PARTNER_BEFORE": places.PARTNER_BEFORE,
    "QUALIFIER_BEFORE": qualifiers.QUALIFIER_BEFORE,
    "RANGE_FROM_BEFORE": amounts.RANGE_FROM_BEFORE,
    "SECTOR_AFTER": sectors.SECTOR_AFTER,
    "SECTOR_BEFORE": sectors.SECTOR_BEFORE,
    "TOTAL_AFTER": nonfacts.TOTAL_AFTER,
    "TOTAL_BEFORE": nonfacts.TOTAL_BEFORE,
    "SECTOR_OF_A_BREAKDOWN": sectors.SECTOR_OF_A_BREAKDOWN,
}
# A group followed by *, + or an open bound {n,}: the repetition that can make backtracking exponential.
_UNBOUNDED_GROUP = regex.compile(r"(?<!\\)\)(?:[*+]|\{\d*,\})")


@pytest.mark.parametrize("name", BOUNDED_CHECKS)
def test_bounded_checks_repeat_no_group_without_a_bound(name: str) -> None:
    pattern = BOUNDED_CHECKS[name].pattern
    assert not _UNBOUNDED_GROUP.search(pattern), f"{name}: {pattern}"


def test_the_guard_sees_an_unbounded_group() -> None:
    assert _UNBOUNDED_GROUP.search(r"(?:\w+\s+)+$") and _UNBOUNDED_GROUP.search(r"(?:a|b){2,}")
    assert not _UNBOUNDED_GROUP.search(r"(?:\S+\s+){0,2}?x") and not _UNBOUNDED_GROUP.search(r"\)+")


def test_list_items_are_worked_out_once_per_amount(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pasted run of figures with no sentence break (the fuzz found one taking 18 s): the pair rules ask
    every amount's list item for every candidate, so it must be worked out once per amount, not per ask
    (that was quartic in the amounts and countries of one sentence)."""
    from tradeviz import extract_text
    from tradeviz.extract import lists

    calls: list[int] = []
    original = lists._list_item

    def counted(context: object, amount: object) -> object:
        calls.append(1)
        return original(context, amount)  # type: ignore[arg-type]

    monkeypatch.setattr(lists, "_list_item", counted)
    countries = ["Россия", "Китай", "Турция", "Германия", "Индия"] * 8
    run = ", ".join(f"{country} – {number} млн долларов" for number, country in enumerate(countries, 1))
    extract_text(f"Крупнейшие торговые партнеры Казахстана: {run}.")
    assert 0 < len(calls) <= len(countries)
