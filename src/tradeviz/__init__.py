"""tradeviz: bilateral trade figures and targets from news articles, as a facts frame and a dashboard.

>>> import tradeviz
>>> frame = tradeviz.extract_text("В 2023 году товарооборот Казахстана и Китая достиг 41 млрд долларов.")
>>> frame[["metric", "kind", "amount", "currency", "parties"]].values.tolist()
[['turnover', 'actual', 41000000000.0, 'USD', 'CN-KZ']]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tradeviz.frame import COLUMNS, Fact, facts_to_frame
    from tradeviz.pipeline import Corpus, extract_paths, extract_text, load_corpus

__all__ = ["COLUMNS", "Corpus", "Fact", "extract_paths", "extract_text", "facts_to_frame", "load_corpus"]

# The public names, loaded on first use (PEP 562): `import tradeviz.extract` or the CLI then import only
# what they need, not pandas and the whole pipeline.
_HOME = {
    "COLUMNS": "tradeviz.frame",
    "Fact": "tradeviz.frame",
    "facts_to_frame": "tradeviz.frame",
    "Corpus": "tradeviz.pipeline",
    "extract_paths": "tradeviz.pipeline",
    "extract_text": "tradeviz.pipeline",
    "load_corpus": "tradeviz.pipeline",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'tradeviz' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
