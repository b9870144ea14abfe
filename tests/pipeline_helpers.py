"""What the tests of loading a corpus share: the bundled articles copied to a folder of the test's own, a
sentence to edit them with, and a count of the files actually extracted (a re-run should extract few)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tradeviz.pipeline as pipeline
from tradeviz.extract import Fact
from tradeviz.read import Article

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
SENTENCE = "По итогам {year} года товарооборот между Казахстаном и Китаем составил {amount} млрд долларов."


def copy_of_bundled(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the loads after this call extract (not read from the cache)."""
    seen: list[str] = []
    original = pipeline.extract_article

    def counting(article: Article) -> tuple[list[Fact], Article]:
        seen.append(article.name)
        return original(article)

    monkeypatch.setattr(pipeline, "extract_article", counting)
    return seen
