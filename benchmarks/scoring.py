"""Recall and precision of a facts frame against what the generator planted (truth.jsonl).

A planted fact is found when a row of the same article has the same metric, kind, amount (within 1e-6
relative), period and target year. Found facts are then checked field by field (currency, qualifier, growth,
parties, range top). A fact planted twice in one article (the same figure said again) is found when its
first saying is: the extractor reports a repeated figure once. Rows that match nothing are false positives,
sorted by where they came from: a planted near-miss, a planted fact's sentence read wrongly, or somewhere
else on the page. Precision counts rows: rows that are planted facts over all rows.
"""

from __future__ import annotations

import collections
import dataclasses
import math
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from tradeviz.frame import json_value

KEY_FIELDS = ("metric", "kind", "amount", "period_start", "period_end", "target_year")
CHECKED_FIELDS = ("currency", "qualifier", "growth_pct", "parties", "amount_high")
FLOAT_FIELDS = frozenset({"amount", "amount_high", "growth_pct"})


def same(field: str, got: object, want: object) -> bool:
    """Whether a row's value is the planted one (floats within 1e-6 relative)."""
    if got is None or want is None:
        return got is None and want is None
    if field in FLOAT_FIELDS:
        return math.isclose(float(got), float(want), rel_tol=1e-6, abs_tol=1e-9)  # type: ignore[arg-type]
    if field == "target_year":
        return int(got) == int(want)  # type: ignore[call-overload]
    return got == want


def differences(row: Mapping[str, Any], planted: Mapping[str, Any], fields: Iterable[str]) -> list[str]:
    return [field for field in fields if not same(field, row.get(field), planted.get(field))]


def overlaps(quote: str, sentence: str) -> bool:
    """Whether a row's quote comes from a planted sentence (either may hold the other)."""
    quote, sentence = quote.strip().rstrip("."), sentence.strip().rstrip(".")
    return bool(quote and sentence) and (sentence in quote or quote in sentence)


def describe(row: Mapping[str, Any]) -> str:
    period = f"{row.get('period_start')}..{row.get('period_end')}" if row.get("period_start") else "-"
    return (
        f"{row.get('metric')}/{row.get('kind')} {row.get('amount')!r} {row.get('currency')} "
        f"q={row.get('qualifier')} period={period} by={row.get('target_year')} "
        f"growth={row.get('growth_pct')} {row.get('parties')}"
    )


@dataclasses.dataclass
class Score:
    """What a frame got right and wrong against the planted truth."""

    planted: int = 0
    extracted: int = 0
    matched: int = 0
    repeated: int = 0  # planted facts found through a twin planted earlier in the same article
    field_mismatches: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    missed_by_template: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    missed_why: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    false_positives: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    near_misses: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    near_miss_hits: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    examples: list[str] = dataclasses.field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.planted if self.planted else 1.0

    @property
    def precision(self) -> float:
        return (self.matched - self.repeated) / self.extracted if self.extracted else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "planted": self.planted,
            "extracted": self.extracted,
            "matched": self.matched,
            "repeated": self.repeated,
            "recall": round(self.recall, 5),
            "precision": round(self.precision, 5),
            "field_mismatches": dict(self.field_mismatches),
            "missed_by_template": dict(self.missed_by_template.most_common()),
            "missed_why": dict(self.missed_why.most_common()),
            "false_positives": dict(self.false_positives.most_common()),
            "near_misses_planted": dict(self.near_misses),
            "near_misses_extracted": dict(self.near_miss_hits),
            "examples": self.examples,
        }


def score(
    frame: pd.DataFrame,
    planted_facts: list[dict[str, Any]],
    planted_near_misses: list[dict[str, Any]],
    *,
    max_examples: int = 12,
) -> Score:
    """Match the frame's rows to the planted facts, article by article."""
    columns = [*KEY_FIELDS, *CHECKED_FIELDS, "article", "quote"]
    rows_by_article: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for record in frame.loc[:, columns].to_dict("records"):
        row = {key: json_value(value) for key, value in record.items()}
        rows_by_article[str(row["article"])].append(row)
    facts_by_article: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for planted in planted_facts:
        facts_by_article[planted["article"]].append(planted)
    misses_by_article: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for miss in planted_near_misses:
        misses_by_article[miss["article"]].append(miss)

    result = Score(planted=len(planted_facts), extracted=len(frame))
    result.near_misses.update(miss["category"] for miss in planted_near_misses)
    for article in sorted(set(rows_by_article) | set(facts_by_article)):
        rows = rows_by_article.get(article, [])
        used: set[int] = set()
        found: list[dict[str, Any]] = []
        for planted in facts_by_article.get(article, []):
            position = next(
                (
                    index
                    for index, row in enumerate(rows)
                    if index not in used and not differences(row, planted, KEY_FIELDS)
                ),
                None,
            )
            if position is None and any(not differences(twin, planted, KEY_FIELDS) for twin in found):
                result.matched += 1
                result.repeated += 1
                continue
            if position is not None:
                used.add(position)
                found.append(planted)
                result.matched += 1
                wrong = differences(rows[position], planted, CHECKED_FIELDS)
                result.field_mismatches.update(wrong)
                if wrong and len(result.examples) < max_examples:
                    result.examples.append(
                        f"WRONG {'+'.join(wrong)} {article} [{planted['template']}] {describe(planted)}"
                        f" got {describe(rows[position])}\n    {planted['sentence']}"
                    )
                continue
            result.missed_by_template[planted["template"]] += 1
            near = [
                row
                for index, row in enumerate(rows)
                if index not in used and same("amount", row["amount"], planted["amount"])
            ]
            why = (
                "no row with this amount"
                if not near
                else "wrong " + "+".join(differences(near[0], planted, KEY_FIELDS))
            )
            result.missed_why[why] += 1
            if len(result.examples) < max_examples:
                got = f" got {describe(near[0])}" if near else ""
                result.examples.append(
                    f"MISSED {article} [{planted['template']}] {describe(planted)}{got}\n"
                    f"    {planted['sentence']}"
                )
        for index, row in enumerate(rows):
            if index in used:
                continue
            quote = str(row["quote"])
            hit = next(
                (m for m in misses_by_article.get(article, []) if overlaps(quote, m["sentence"])), None
            )
            if hit is not None:
                category = f"near_miss:{hit['category']}"
                result.near_miss_hits[hit["category"]] += 1
            elif any(overlaps(quote, p["sentence"]) for p in facts_by_article.get(article, [])):
                category = "planted sentence read wrongly"
            else:
                category = "elsewhere on the page"
            result.false_positives[category] += 1
            if len(result.examples) < max_examples * 2:
                result.examples.append(f"EXTRA {article} ({category}) {describe(row)}\n    {quote[:200]}")
    return result
