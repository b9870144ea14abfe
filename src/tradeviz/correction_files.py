"""Where analysts' corrections are kept: the file beside each article store, or the one $TRADEVIZ_CORRECTIONS
names. Paths only, no pandas: `tradeviz extract` asks this before it knows whether it needs a frame at all
(`tradeviz.corrections` re-exports these names)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

CORRECTIONS_ENV = "TRADEVIZ_CORRECTIONS"
ARTICLES_ENV = "TRADEVIZ_ARTICLES"
DEFAULT_ARTICLES = Path("data") / "articles"
FILE_NAME = "corrections.jsonl"


def store_path(articles: str | os.PathLike[str]) -> Path:
    """The corrections file of an article store: `corrections.jsonl` beside its folder (a file's store is
    its folder), whoever asks and from wherever: data/articles -> data/corrections.jsonl.

    Beside, not inside: a save then never changes the folder the articles are read from (which would make
    the dashboard read them again), and the store's own files stay articles only.

    >>> str(store_path("/x/corpus")), str(store_path("/x/corpus/a.txt"))
    ('/x/corrections.jsonl', '/x/corrections.jsonl')
    """
    folder = Path(os.path.abspath(articles))
    if folder.suffix and not folder.is_dir():  # a file, or a file that is not there
        folder = folder.parent
    return folder.parent / FILE_NAME


def paths_for(articles: Iterable[str | os.PathLike[str]]) -> tuple[Path, ...]:
    """The corrections files of these article paths: $TRADEVIZ_CORRECTIONS when set, else each path's
    store's (`store_path`), once each, in the order given."""
    explicit = os.environ.get(CORRECTIONS_ENV)
    if explicit:
        return (Path(explicit),)
    return tuple(dict.fromkeys(store_path(path) for path in articles))


def default_path(articles: str | os.PathLike[str] | None = None) -> Path:
    """Where a new correction of facts in `articles` goes: $TRADEVIZ_CORRECTIONS, else the store's file
    (`store_path`); the store is $TRADEVIZ_ARTICLES, else data/articles, when `articles` is not given."""
    return paths_for([articles or os.environ.get(ARTICLES_ENV) or DEFAULT_ARTICLES])[0]
