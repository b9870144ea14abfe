"""Kazakh time expressions as named rules (joined to `times.TIME_RULES`): "2021 жылы", "өткен жылы",
"биыл", "биылғы алты айда", "жылдың бірінші жартысында", "бірінші тоқсанда", "қаңтар-маусымда",
"2030 жылға дейін".

A period may open with its year ("2023 жылғы", "биылғы"); without one the year comes from the context.
"""

from __future__ import annotations

import regex

from tradeviz.extract import vocab
from tradeviz.extract.kit import Rule
from tradeviz.extract.time_words import (
    COMPARISON,
    DEADLINE,
    NOW,
    YEAR,
    TimeMention,
    month_number,
    months_of,
)

_COUNTS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9}
_COUNTS |= {"он": 10, "он бір": 11, "он екі": 12}
_ORDINALS = {"бірінші": 1, "алғашқы": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
_RELATIVE = (("өткен", -1), ("былтыр", -1), ("биыл", 0), ("осы", 0), ("ағымдағы", 0), ("келесі", 1))

_KK_MONTHS = "|".join(rf"{stem}\w*" for stem in vocab.kk.MONTHS)
_COUNT = r"\d{1,2}|он\s+бір|он\s+екі|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он"
_RELATIVE_WORDS = r"өткен\s+жыл\w*|былтыр\w*|биыл\w*|осы\s+жыл\w*|ағымдағы\s+жыл\w*|келесі\s+жыл\w*"
# The year a period opens with: "2023 жылғы", "2023 жылдың", "биылғы", "өткен жылдың".
_YEAR_FIRST = rf"(?:(?:(?P<kk_year>{YEAR})\s*(?:жыл\w*|ж\.)|(?P<kk_rel>{_RELATIVE_WORDS}))\s+)?(?:жылдың\s+)?"


def _offset(word: str | None) -> int | None:
    if not word:
        return None
    return next((offset for start, offset in _RELATIVE if word.startswith(start)), 0)


def _span(match: regex.Match[str], first: int, last: int) -> TimeMention | None:
    said = match.groupdict()
    return months_of(match, first, last, said.get("kk_year"), _offset(said.get("kk_rel")))


def _months(match: regex.Match[str]) -> TimeMention | None:
    word = " ".join(match.group("kk_months").split())
    return _span(match, 1, int(word) if word.isdigit() else _COUNTS.get(word, 0))


def _half(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, 1, 6)


def _quarter(match: regex.Match[str]) -> TimeMention | None:
    number = _ORDINALS.get(match.group("kk_quarter"), 0)
    return _span(match, 3 * number - 2, 3 * number)


def _month_range(match: regex.Match[str]) -> TimeMention | None:
    first, last = month_number(match.group("kk_from")), month_number(match.group("kk_to"))
    return _span(match, first, last) if first and last else None


def _year(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, 1, 12)


def _deadline(match: regex.Match[str]) -> TimeMention:
    return TimeMention(match.start(), match.end(), DEADLINE, year=int(match.group("kk_deadline")))


def _comparison(match: regex.Match[str]) -> TimeMention:
    return TimeMention(match.start(), match.end(), COMPARISON)


def _now(match: regex.Match[str]) -> TimeMention:
    return TimeMention(match.start(), match.end(), NOW)


TIME_RULES_KK: list[Rule[TimeMention | None]] = [
    Rule(
        "kk_comparison",
        rf"(?:{YEAR}\s*жылмен|(?:өткен|алдыңғы|былтырғы)\s+жылмен|былтырмен)(?:\s+салыстырғанда)?",
        _comparison,
        ("өткен жылмен салыстырғанда", "2022 жылмен"),
    ),
    Rule(
        "kk_by_year",
        rf"(?P<kk_deadline>{YEAR})\s*жыл(?:ға|дың\s+соңына)\s+(?:дейін|қарай)",
        _deadline,
        ("2030 жылға дейін", "2025 жылға қарай"),
    ),
    Rule(
        "kk_now",
        rf"(?:{YEAR}\s*жылдан\s+бері|қазіргі\s+(?:кезде|таңда)|бүгінде)",
        _now,
        ("2015 жылдан бері", "бүгінде"),
    ),
    Rule(
        "kk_first_months",
        rf"{_YEAR_FIRST}(?:алғашқы\s+|бірінші\s+)?(?P<kk_months>{_COUNT})\s+(?:айда|айында|айдың|айы|айға)",
        _months,
        ("биылғы алты айда", "8 айда", "2023 жылдың тоғыз айында"),
    ),
    Rule(
        "kk_half",
        rf"{_YEAR_FIRST}(?:бірінші|алғашқы)\s+(?:жартысында|жартыжылдығында|жартыжылдықта)\w*",
        _half,
        ("жылдың бірінші жартысында", "2023 жылдың алғашқы жартыжылдығында"),
    ),
    Rule(
        "kk_one_quarter",
        rf"{_YEAR_FIRST}(?P<kk_quarter>бірінші|алғашқы|екінші|үшінші|төртінші)\s+тоқсан\w*",
        _quarter,
        ("бірінші тоқсанда",),
    ),
    Rule(
        "kk_month_range",
        rf"{_YEAR_FIRST}(?P<kk_from>{_KK_MONTHS})\s*-\s*(?P<kk_to>{_KK_MONTHS})",
        _month_range,
        ("қаңтар-маусымда", "2023 жылғы қаңтар-қыркүйекте"),
    ),
    Rule(
        "kk_whole_year",
        rf"(?P<kk_year>{YEAR})\s*жыл(?:ы|ғы|дың|да)",
        _year,
        ("2021 жылы", "2023 жылғы"),
    ),
    Rule("kk_relative_year", rf"(?P<kk_rel>{_RELATIVE_WORDS})", _year, ("өткен жылы", "биыл", "былтыр")),
]
