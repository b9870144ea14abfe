"""Outlets under one name: the same agency written in two scripts or languages is one source.

Data only, plus the one function that applies it. Each row is the name shown (Latin, as the outlet writes
itself in English) and the other ways articles name it; case, quotes, a leading "the" and spacing do not
matter. A name not in the table is kept as it came.

>>> canonical_source("Синьхуа"), canonical_source("МИА «Казинформ»"), canonical_source("Some Blog")
('Xinhua', 'Kazinform', 'Some Blog')
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the frame-free `tradeviz extract` (tradeviz.rows) names outlets without pandas
    import pandas as pd

OUTLET_ALIASES: dict[str, tuple[str, ...]] = {
    "Xinhua": ("Синьхуа", "Агентство Синьхуа", "Xinhua News Agency", "Синьхуа Цзинцзи"),
    "TASS": ("ТАСС", "ИТАР-ТАСС", "ITAR-TASS"),
    "Interfax": ("Интерфакс",),
    "Interfax-Kazakhstan": ("Интерфакс-Казахстан", "Интерфакс Казахстан", "Interfax Kazakhstan"),
    "RIA Novosti": ("РИА Новости", "РИА «Новости»", "RIA"),
    "Sputnik Kazakhstan": ("Sputnik Казахстан", "Спутник Казахстан"),
    "Kazinform": ("Казинформ", "МИА Казинформ", "МИА «Казинформ»", "Kazinform.kz", "Qazinform"),
    "Akorda": ("Акорда", "Akorda.kz", "Ақорда"),
    "Tengrinews.kz": ("Tengrinews", "Тенгриньюс", "Tengri News"),
    "Kapital.kz": ("Капитал.kz", "Капитал", "Kapital"),
    "Kursiv": ("Курсив", "Kursiv.media", "Kursiv.kz"),
    "24.kz": ("24KZ", "Хабар 24", "Khabar 24"),
    "Kazpravda": ("Казахстанская правда", "Kazakhstanskaya Pravda", "Kazpravda.kz"),
    "The Astana Times": ("Astana Times",),
    "Trend": ("Trend News Agency", "Тренд", "АПА Тренд"),
    "Kun.uz": ("Кун.уз", "Kun uz"),
    "People's Daily": ("Жэньминь жибао", "People’s Daily", "Renmin Ribao"),
    "China Daily": ("Чайна дейли",),
    "CGTN": ("Си-Джи-Ти-Эн",),
    "Reuters": ("Рейтер", "Рейтерс"),
    "Bloomberg": ("Блумберг",),
    "Azattyq": ("Азаттык", "Азаттық", "Radio Azattyq"),
}
"""The name shown -> the other names of that outlet."""

_QUOTES = str.maketrans("", "", "«»\"“”„'’`")


def _key(name: str) -> str:
    """What two spellings of one outlet share: case, quotes, a leading "the" and spacing dropped.

    >>> _key("  The  ASTANA «Times» "), _key("ТАСС")
    ('astana times', 'тасс')
    """
    words = name.translate(_QUOTES).casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


@functools.cache
def _table() -> dict[str, str]:
    table = {}
    for shown, others in OUTLET_ALIASES.items():
        for name in (shown, *others):
            table[_key(name)] = shown
    return table


@functools.lru_cache(maxsize=4096)
def canonical_source(name: str) -> str:
    """The name an outlet is shown under: the table's, else `name` itself."""
    return _table().get(_key(name), name)


def with_canonical_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with each `source` under its outlet's one name (a new frame; the one given is unchanged).
    Works on the distinct names, not the rows: a corpus has thousands of facts and a few dozen outlets."""
    sources = frame["source"]
    distinct = sources.dropna().unique().tolist()
    renamed = {name: canonical_source(str(name)) for name in distinct}
    renamed = {name: shown for name, shown in renamed.items() if shown != name}
    if not renamed:
        return frame
    return frame.assign(source=sources.replace(renamed))
