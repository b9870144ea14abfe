"""Shared fixtures: facts frames shaped like what the extractor finds in the bundled articles."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest
from hypothesis import settings

from tradeviz.frame import Fact, facts_to_frame

# The extractor's compiled-pattern store (extract/kit/compiled.py) is the test session's own, not the user's
# cache: set before a test imports the extractor (tradeviz.frame does not); a developer's own setting wins.
os.environ.setdefault("TRADEVIZ_PATTERNS", tempfile.mkdtemp(prefix="tradeviz-patterns-"))

# CI runs the property tests with fixed examples, so a landing never depends on the draw; locally they vary.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True, scope="session")
def isolated_fact_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests (and the servers they start) keep extracted facts in a temporary cache, never the user's."""
    os.environ["TRADEVIZ_CACHE"] = str(tmp_path_factory.mktemp("fact-cache"))


def fact(**fields: Any) -> Fact:
    """A turnover actual for CN-KZ in USD unless told otherwise; `amount` in units, `value` derived."""
    amount = Decimal(str(fields.pop("amount", "18e9")))
    defaults: dict[str, Any] = {
        "article": "a.txt",
        "metric": "turnover",
        "kind": "actual",
        "value": amount / Decimal("1e9"),
        "unit": "bn",
        "amount": amount,
        "currency": "USD",
        "quote": "quote",
        "start": 0,
        "end": 5,
        "parties": "CN-KZ",
        "source": "El.kz",
        "lang": "ru",
        "published": dt.date(2024, 1, 10),
    }
    defaults.update(fields)
    return Fact(**defaults)


def year(y: int) -> dict[str, dt.date]:
    """A full calendar year as a period."""
    return {"period_start": dt.date(y, 1, 1), "period_end": dt.date(y, 12, 31)}


def months(y: int, first: int, last: int) -> dict[str, dt.date]:
    """Part of a year as a period (first and last month included)."""
    end = (pd.Timestamp(y, last, 1) + pd.offsets.MonthEnd(0)).date()
    return {"period_start": dt.date(y, first, 1), "period_end": end}


def bundled_like_facts() -> list[Fact]:
    """The facts the bundled articles should yield (see the issue), with distinct articles and sources."""
    return [
        fact(
            article="001.txt",
            amount="18e9",
            source="Kazinform",
            published=dt.date(2022, 11, 25),
            **year(2021),
        ),
        fact(
            article="001.txt",
            amount="19.7e9",
            source="Kazinform",
            published=dt.date(2022, 11, 25),
            **months(2022, 1, 10),
        ),
        fact(
            article="001.txt",
            kind="target",
            amount="35e9",
            target_year=2030,
            source="Kazinform",
            published=dt.date(2022, 11, 25),
            quote="цель по увеличению товарооборота до 35 млрд долларов к 2030 году",
        ),
        fact(article="000.txt", amount="40e9", source="El.kz", published=dt.date(2024, 5, 20), **year(2023)),
        fact(
            article="000.txt", kind="target", amount="100e9", source="El.kz", published=dt.date(2024, 5, 20)
        ),
        fact(
            article="002.txt",
            amount="41e9",
            qualifier=">",
            source="Akorda",
            lang="en",
            published=dt.date(2024, 7, 3),
            **year(2023),
        ),
        fact(
            article="002.txt",
            metric="investment",
            amount="14.5e9",
            source="Akorda",
            lang="en",
            published=dt.date(2024, 7, 3),
        ),
        fact(
            article="004.txt",
            metric="investment",
            amount="24e9",
            source="Turkestan",
            published=dt.date(2025, 10, 20),
            period_start=dt.date(2010, 1, 1),
            period_end=dt.date(2024, 12, 31),
        ),
        *(
            fact(
                article="004.txt",
                metric=metric,
                flow=flow,
                amount=amount,
                value=Decimal(amount) / Decimal("1e6"),
                unit="mn",
                region="Turkestan Region",
                source="Turkestan",
                published=dt.date(2025, 10, 20),
                **year(2024),
            )
            for metric, amount, flow in (
                ("turnover", "148.9e6", None),
                ("export", "60.09e6", "CN>KZ"),  # China's trade with the region, of which exports...
                ("import", "88.9e6", "KZ>CN"),
            )
        ),
    ]


@pytest.fixture
def facts() -> pd.DataFrame:
    """A frame like the bundled corpus's."""
    return facts_to_frame(bundled_like_facts())
