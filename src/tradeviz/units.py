"""Scale units as written in a fact's `unit` column, with what one of each is worth in currency units.

One home for scales: the extractor's word tables map each written form to one of these units, and the
corrections turn a corrected `value` back into an `amount` with them.
"""

from __future__ import annotations

MULTIPLIERS: dict[str, int] = {
    "тыс": 10**3,
    "млн": 10**6,
    "млрд": 10**9,
    "трлн": 10**12,
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "万": 10**4,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "万亿": 10**12,
}
