"""The tables the dashboard shows: the facts as an analyst reads them, the progress to each goal, the
article with its facts marked, and what reading and extraction made of the corpus."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import math
from collections.abc import Iterable
from typing import Protocol

import pandas as pd

from tradeviz.read.article import Skipped
from tradeviz.views import (
    _missing,
    choose_unit,
    describe_figure,
    format_amount,
    period_label,
    rows,
    scope_of,
)


def format_growth(rate: float) -> str:
    """A yearly growth rate as a signed percentage.

    >>> format_growth(0.5), format_growth(-0.0206), format_growth(float("nan"))
    ('+50%', '−2.1%', '')
    """
    if math.isnan(rate):
        return ""
    text = f"{abs(rate) * 100:.1f}".removesuffix(".0")
    return ("+" if rate >= 0 else "−") + text + "%"


def progress_table(table: pd.DataFrame) -> pd.DataFrame:
    """`progress` as an analyst reads it: amounts in one unit, growth as signed percentages, in words
    where a number would mislead (no deadline, already met)."""
    unit = choose_unit([*table["target"], *table["latest"].dropna()])
    needed, recent = [], []
    for row in rows(table):
        if _missing(row["target_year"]):
            needed.append("no deadline")
        elif not math.isnan(row["share"]) and row["share"] >= 1:
            needed.append("already met")
        else:
            needed.append(format_growth(row["cagr_needed"]) + f" a year to {row['target_year']}")
        since = "" if _missing(row["recent_from"]) else f" a year since {row['recent_from']}"
        recent.append(format_growth(row["recent_cagr"]) + since if since else "")
    return pd.DataFrame(
        {
            "target": [
                f"{format_amount(t, unit)} {unit.label} {c}" + ("" if _missing(y) else f" by {y}")
                for t, c, y in zip(table["target"], table["currency"], table["target_year"], strict=True)
            ],
            "announced": _dates_marked(table["announced"], table["announced_inferred"]),
            "source": table["source"],
            "latest full year": table["latest_year"],
            "latest figure": [
                "" if math.isnan(v) else f"{format_amount(v, unit)} {unit.label}" for v in table["latest"]
            ],
            "share of target": table["share"],
            "growth needed": needed,
            "recent growth": recent,
        }
    )


INFERRED_MARK = " (inferred)"
"""After a publication date the reader inferred from the text, in tables as in the hover."""


def _dates_marked(dates: pd.Series, inferred: pd.Series) -> list[str]:
    """Days as ISO text, inferred ones marked: `2024-05-21 (inferred)`; blank where unknown."""
    return [
        "" if _missing(day) else day.date().isoformat() + (INFERRED_MARK if guessed is True else "")
        for day, guessed in zip(dates.tolist(), inferred.tolist(), strict=True)
    ]


def facts_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The facts as an analyst reads them in a table, indexed like `frame`."""
    return pd.DataFrame(
        {
            "period": [
                (period_label(row["period_start"], row["period_end"]) or "not stated")
                if row["kind"] == "actual"
                else _target_period(row["target_year"])
                for row in rows(frame)
            ],
            "metric": frame["metric"],
            "kind": frame["kind"],
            "figure": [describe_figure(row, choose_unit([row["amount"]])) for row in rows(frame)],
            **_correction_columns(frame),
            "scope": scope_of(frame),
            "source": frame["source"],
            "published": _dates_marked(frame["published"], frame["published_inferred"]),
            "lang": frame["lang"],
            "quote": frame["quote"],
            "article": frame["article"],
        },
        index=frame.index,
    )


def _correction_columns(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """`correction` (rejected, corrected) and `original` when the frame has corrections applied."""
    if "correction" not in frame.columns:
        return {}
    return {  # blank, not "None", where nothing was corrected
        "correction": frame["correction"].astype(object).where(frame["correction"].notna(), ""),
        "original": frame["original"].astype(object).where(frame["original"].notna(), ""),
    }


def _target_period(year: object) -> str:
    return "no deadline" if _missing(year) else f"by {year}"


def highlight_html(
    text: str, spans: Iterable[tuple[int, int]], *, focus: tuple[int, int] | None = None
) -> str:
    """The article's text, HTML-escaped, with each extracted span in <mark> (the focused one stronger).

    >>> highlight_html("a <b> 40 bn", [(6, 11)])
    '<div class="tradeviz-article">a &lt;b&gt; <mark>40 bn</mark></div>'
    """
    cuts = sorted({(max(0, s), min(len(text), e)) for s, e in spans if e > s})
    parts: list[str] = []
    position = 0
    for start, end in cuts:
        start = max(start, position)  # overlapping spans are merged into the earlier mark
        if start >= end:
            continue
        parts.append(html.escape(text[position:start]))
        style = ' class="focus"' if focus is not None and (start, end) == focus else ""
        parts.append(f"<mark{style}>{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return f'<div class="tradeviz-article">{"".join(parts)}</div>'


class ArticleLike(Protocol):
    """What the data-quality view needs of an article (a read `Article` or a corpus's `ArticleInfo`)."""

    @property
    def name(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def published_inferred(self) -> bool: ...


@dataclasses.dataclass(frozen=True)
class Quality:
    """What reading and extraction made of the corpus."""

    articles_read: int
    facts_found: int
    without_facts: tuple[str, ...]
    inferred_dates: tuple[tuple[str, str], ...]  # (article, the date inferred)
    skipped: tuple[tuple[str, str], ...]


def data_quality(facts: pd.DataFrame, articles: Iterable[ArticleLike], skipped: Iterable[Skipped]) -> Quality:
    """Counts and lists for the data-quality view, from a corpus's facts, articles and skipped files."""
    articles = list(articles)
    with_facts = set(facts["article"].dropna().astype(str))
    return Quality(
        articles_read=len(articles),
        facts_found=len(facts),
        without_facts=tuple(a.name for a in articles if a.name not in with_facts),
        inferred_dates=tuple(
            (a.name, a.published.isoformat() if a.published else "") for a in articles if a.published_inferred
        ),
        skipped=tuple((str(s.path), s.reason) for s in skipped),
    )
