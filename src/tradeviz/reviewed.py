"""The facts as the analysts left them, the same for every output: extract, chart, the page, each download.

A corpus's facts come out of the extractor as they were read; an analyst's view of them also merges the
names of one outlet (`tradeviz.outlets`) and applies the corrections files of the article stores read
(`tradeviz.corrections`). Every entry point calls `reviewed_facts`, so none can forget a step. A damaged
correction line is reported and skipped; the others still apply.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from tradeviz.corrections import apply_corrections, orphan_messages, read_corrections
from tradeviz.outlets import with_canonical_sources
from tradeviz.pipeline import Corpus


@dataclasses.dataclass(frozen=True)
class Reviewed:
    """The reviewed facts, and what to tell the analyst about the corrections behind them.

    `orphans`: corrections that match no fact (worded by `orphan_messages`); `problems`: lines of the
    files that are not corrections ("FILE, line N: why"), which were not applied."""

    frame: pd.DataFrame
    orphans: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def any_corrected(self) -> bool:
        return "corrected" in self.frame.columns and bool(self.frame["corrected"].any())


def reviewed_facts(corpus: Corpus, files: Iterable[Path], *, always_columns: bool = False) -> Reviewed:
    """The corpus's facts with one name per outlet and the corrections in `files` applied (a later file
    wins for a fact both correct). With no correction at all the frame keeps the contract's columns only,
    unless `always_columns` (the dashboard's table always shows the fact ids and correction columns)."""
    facts = with_canonical_sources(corpus.facts)
    found = [read_corrections(path) for path in files]
    corrections = [correction for file in found for correction in file.corrections]
    problems = tuple(problem for file in found for problem in file.problems)
    if not corrections and not always_columns:
        return Reviewed(facts, problems=problems)
    applied = apply_corrections(facts, corpus.articles, corrections)
    return Reviewed(applied.frame, tuple(orphan_messages(applied.orphans, corpus.articles)), problems)
