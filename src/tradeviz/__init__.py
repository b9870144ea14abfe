"""tradeviz: bilateral trade figures and targets from news articles, as a facts frame and a dashboard.

>>> import tradeviz
>>> frame = tradeviz.extract_text("В 2023 году товарооборот Казахстана и Китая достиг 41 млрд долларов.")
>>> frame[["metric", "kind", "amount", "currency", "parties"]].values.tolist()
[['turnover', 'actual', 41000000000.0, 'USD', 'CN-KZ']]
"""

from tradeviz.frame import COLUMNS, Fact, facts_to_frame
from tradeviz.pipeline import Corpus, extract_paths, extract_text, load_corpus

__all__ = ["COLUMNS", "Corpus", "Fact", "extract_paths", "extract_text", "facts_to_frame", "load_corpus"]
