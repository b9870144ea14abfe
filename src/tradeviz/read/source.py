"""The outlet an article credits, read from its own text: an attribution, dateline, copyright or signature.

Its own module because these rules, with their word tables and patterns, are most of what guessing
metadata takes; each is conservative: no outlet is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from tradeviz.read.inference import (
    REGEX_TIMEOUT,
    SPACE,
    alternation,
    case_variants,
    may_hold,
    none_on_timeout,
)
from tradeviz.read.published import MONTH_NAME

ATTRIBUTION_VERBS = (
    "сообщает", "сообщают", "сообщили", "передает", "передаёт", "передают", "пишет", "пишут", "информирует",
)  # fmt: skip
"""Russian verbs that introduce the outlet: "..., сообщает El.kz со ссылкой на Акорду".

Singular past forms ("сообщил") are left out: they introduce people, not outlets."""

ROLE_WORDS = (
    "корреспондент", "корреспондента", "корреспонденты", "собкор", "агентство", "агентства",
    "информагентство", "информагентства", "информационное", "информационного",
    "издание", "издания", "портал", "портала", "сайт", "сайта", "газета", "газеты", "телеканал", "телеканала",
    "correspondent", "correspondents", "agency", "news", "portal", "website", "newspaper", "the",
)  # fmt: skip
"""Words before an outlet's name that are not part of it: "передает корреспондент Tengrinews.kz"."""

OUTLET_WORDS = (
    "news", "agency", "press", "service", "tv", "radio", "times", "post", "daily", "gazette", "herald",
    "journal", "media", "portal", "newspaper", "tribune", "telegraph", "wire", "inform",
)  # fmt: skip
"""Words that make a name after "according to" an outlet rather than a person or a statistics office."""

QUOTE_PAIRS = ("«»", '""', "“”", "„“")
"""Opening and closing quotes around a name."""

PRESS_SERVICE = ("пресс-служба", "press service")
"""Heads of a press service's name, which is an outlet even though it is written in lowercase."""

MAX_SOURCE_WORDS = 8
MAX_SOURCE_CHARS = 80
"""Longer "outlets" are clauses caught by mistake ("пишет Токаев в своем Telegram-канале ...")."""

TAIL_LINES = 8
"""A press service's signature stands alone among the last non-empty lines."""

DATE_WITHOUT_YEAR = rf"(?:\d{{1,2}}{SPACE}{MONTH_NAME}|{MONTH_NAME}{SPACE}\d{{1,2}})(?:,?{SPACE}\d{{4}})?"

CLAUSE_END = regex.compile(
    r"""
    \s+(?:со|ссылаясь|with|citing|quoting|referring)(?!\w)    # "со ссылкой на", "with reference to"
    | \s(?:в|во|на|in|on|that)\s                               # "пишет Kazinform в Telegram"
    | \.(?=\s|$)                                               # a sentence end, not the dot of "El.kz"
    | \s[-–—]+\s                                               # a dash opening the next clause
    | [,;:!?()\[\]|\n]                                         # any other clause break
    """,
    regex.VERBOSE,
)
"""Where the outlet's name after an attribution verb stops."""

RUSSIAN_ATTRIBUTION = regex.compile(
    rf"(?<!\w){alternation(ATTRIBUTION_VERBS)}(?!\w){SPACE}(?P<outlet>[^\n]{{1,200}})",
    regex.IGNORECASE,
)

IN_PRESS_SERVICE = regex.compile(r"во?\s+пресс-службе(?!\w)", regex.IGNORECASE)
""""сообщили в пресс-службе акимата" names the outlet in the locative; it becomes "пресс-служба ..."."""

NAME = r"[\p{Lu}\d][\w.&'’-]*"  # a capitalised word or a domain: "Kazinform", "El.kz", "24.kz"
NAMES = rf"{NAME}(?:[ ]{NAME}){{0,4}}"  # up to five of them: "Trend News Agency"

ENGLISH_ATTRIBUTION = regex.compile(
    rf"""
    (?<=[,;]\s)(?:the\s+)?(?P<outlet>{NAMES})                        # after a clause, not "Kazakhstan
      (?:\s+correspondents?)?\s+report(?:s|ed)(?!\w)                  # reports growth": ", El.kz reports"
    | (?<=[,;]\s)report(?:s|ed)\s+(?:the\s+)?(?P<outlet>{NAMES})      # ", reports Xinhua"
    | (?<!\w)according\s+to\s+(?:the\s+)?(?P<candidate>{NAMES}|press\s+service\s+of\s[^\n]{{1,100}})
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""English attributions; an "according to" candidate must still pass :func:`_looks_like_outlet_name`."""

DATELINE = regex.compile(
    rf"""
    ^[\p{{L}}\d\p{{Zs}},.-]{{0,60}}?                # place, date: "Нур-Султан, 3 марта ", "BEIJING, March 3 "
    (?: /(?P<outlet>\p{{Lu}}[^/()\n]{{1,40}})/      # the agency between slashes: "/Синьхуа/"
        \p{{Zs}}*(?:--|[-–—.])                      # then a dash (or TASS's full stop)
      | \((?P<outlet>\p{{Lu}}[^/()\n]{{1,40}})\)    # or in brackets: "(Xinhua)", "(Reuters)"
        \p{{Zs}}*(?:--|[-–—])                       # then a dash
      | (?<=^\p{{Lu}}[\p{{L}}-]+(?:\p{{Zs}}\p{{Lu}}[\p{{L}}-]+)?[,.]{SPACE}
            (?:{DATE_WITHOUT_YEAR}[,.]{SPACE})?)    # or, after "АСТАНА. " or "Москва. 3 марта. ",
        (?P<outlet>\p{{Lu}}{{2,}}[\p{{Lu}}\d.-]*)   # an agency in capitals: "КАЗИНФОРМ", "ИНТЕРФАКС"
        \p{{Zs}}*(?:--|[-–—])                       # then a dash
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""A dateline naming the agency at the start of a line."""

DATELINE_HEAD = r"(?:[\p{L}\d\p{Zs},.-]{0,60}[/(]|\p{Lu}[\p{L}-]+(?:\p{Zs}\p{Lu}[\p{L}-]+)?[,.])"
DATELINE_START = regex.compile("^" + DATELINE_HEAD, regex.MULTILINE)
"""What every DATELINE match starts with: its agency's "/" or "(" after at most 60 place-and-date characters,
or a capitalised place and a "," or "." (the lookbehind of its third form). Lines without it are skipped."""
DATELINE_START_AFTER_BREAK = regex.compile(r"\n" + DATELINE_HEAD)
"""The same after a line break: the engine finds the break fast, while it tries "^" at every position (the
head holds no line break, so these matches, one a line, are those of DATELINE_START past the first line)."""

COPYRIGHT = regex.compile(
    r"^\p{Zs}*(?:©|\([cс]\)|copyright(?!\w))\p{Zs}*(?P<outlet>[^\n]{2,100})$",
    regex.MULTILINE | regex.IGNORECASE,
)
"""A "© Outlet" line."""

COPYRIGHT_CLUTTER = regex.compile(
    r"(?:copyright|©|\d{4}(?:\s*[-–]\s*\d{4})?)\s*|(?:all\s+rights|все\s+права)[^\n]*",
    regex.IGNORECASE,
)
"""Years, repeated signs and "All rights reserved" around the name on a copyright line."""

SIGNATURE = regex.compile(rf"{alternation(PRESS_SERVICE)}(?!\w)[^\n.!?]{{0,100}}\.?", regex.IGNORECASE)
"""A press service signing off: "Пресс-служба акимата Туркестанской области"."""

DOMAIN = regex.compile(r"\w\.\p{L}{2,}(?!\w)")
WORD = regex.compile(r"[\w'’-]+")


def _capitalise(name: str) -> str:
    """First letter up, the rest as written.

    >>> _capitalise("пресс-служба МИД РК")
    'Пресс-служба МИД РК'
    """
    return name[:1].upper() + name[1:]


def _clause_head(text: str) -> str:
    """``text`` up to the end of its clause.

    >>> _clause_head("El.kz со ссылкой на Акорду.")
    'El.kz'
    >>> _clause_head("МИА «Казинформ». Далее")
    'МИА «Казинформ»'
    """
    end = CLAUSE_END.search(text, timeout=REGEX_TIMEOUT)
    return (text[: end.start()] if end else text).strip()


def _drop_role_words(name: str) -> str:
    """Remove "корреспондент", "агентство" and the like before the name.

    >>> _drop_role_words("корреспондент агентства Trend")
    'Trend'
    """
    words = name.split()
    while len(words) > 1 and words[0].lower() in ROLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _looks_like_outlet(name: str) -> bool:
    """Short, and a proper name (capital, digit or quote first) or a press service.

    >>> [_looks_like_outlet(n) for n in ["ТАСС", "24.kz", "«Курсив»", "пресс-служба МИД", "он", ""]]
    [True, True, True, True, False, False]
    """
    if not name or len(name) > MAX_SOURCE_CHARS or len(name.split()) > MAX_SOURCE_WORDS:
        return False
    return name[0].isupper() or name[0].isdigit() or name[0] in "«\"“'" or _is_press_service(name)


def _is_press_service(name: str) -> bool:
    return name.lower().startswith(PRESS_SERVICE)


def _looks_like_outlet_name(name: str) -> bool:
    """After "according to", only names that say they are media: a domain or an outlet word.

    >>> [_looks_like_outlet_name(n) for n in ["Kazinform", "Kun.uz", "Trend News Agency", "Tokayev"]]
    [True, True, True, False]
    """
    words = {word.lower() for word in WORD.findall(name, timeout=REGEX_TIMEOUT)}
    return (
        _is_press_service(name)
        or DOMAIN.search(name, timeout=REGEX_TIMEOUT) is not None
        or any(word in words or any(w.endswith(word) for w in words) for word in OUTLET_WORDS)
    )


def _unquote(name: str) -> str:
    """A name wholly in quotes loses them; "МИА «Казинформ»" keeps its own.

    >>> _unquote("«Курсив»"), _unquote('"Коммерсантъ"'), _unquote("МИА «Казинформ»")
    ('Курсив', 'Коммерсантъ', 'МИА «Казинформ»')
    """
    if len(name) > 2 and name[0] + name[-1] in QUOTE_PAIRS and not any(q in name[1:-1] for q in '«»"“”'):
        return name[1:-1]
    return name


def _clean_outlet(raw: str) -> str | None:
    """The outlet in the words after an attribution, or None when they do not name one."""
    name = _unquote(_drop_role_words(_clause_head(raw)).strip(" ."))
    return _capitalise(name) if _looks_like_outlet(name) else None


_ATTRIBUTION_VARIANTS = case_variants(RUSSIAN_ATTRIBUTION, ATTRIBUTION_VERBS)


def _from_russian_attribution(text: str) -> str | None:
    """ "сообщает El.kz", "передает корреспондент Tengrinews.kz", "сообщили в пресс-службе акимата"."""
    if not may_hold(text, ATTRIBUTION_VERBS, _ATTRIBUTION_VARIANTS):
        return None  # prefilter: every match holds one of the verbs
    for match in RUSSIAN_ATTRIBUTION.finditer(text, timeout=REGEX_TIMEOUT):
        words = IN_PRESS_SERVICE.sub("пресс-служба", match["outlet"], count=1, timeout=REGEX_TIMEOUT)
        if words.startswith(("в ", "во ")):  # "сообщили в министерстве": an institution, declined
            continue
        outlet = _clean_outlet(words)
        if outlet:
            return outlet
    return None


def _from_english_attribution(text: str) -> str | None:
    """ "El.kz reports", ", reports Xinhua", "according to Kun.uz"."""
    if "report" not in text and "according" not in text:
        return None  # prefilter: every ENGLISH_ATTRIBUTION match holds one of the two (case-sensitive)
    for match in ENGLISH_ATTRIBUTION.finditer(text, timeout=REGEX_TIMEOUT):
        if match["candidate"]:
            name = _clean_outlet(match["candidate"])
            if name and _looks_like_outlet_name(name):
                return name
        else:
            outlet = _clean_outlet(match["outlet"])
            if outlet:
                return outlet
    return None


def _from_dateline(text: str) -> str | None:
    """ "Нур-Султан, 3 марта /Синьхуа/ --", "BEIJING, March 3 (Xinhua) --", "АСТАНА. КАЗИНФОРМ -"."""
    # DATELINE matches at a line start and within the line, so trying it at the lines that start as it
    # must finds what DATELINE.finditer finds, in the same order, without its slow attempt at every line.
    for start in _dateline_starts(text):
        match = DATELINE.match(text, start, timeout=REGEX_TIMEOUT)
        outlet = _clean_outlet(match["outlet"]) if match else None
        if outlet:
            return outlet
    return None


def _dateline_starts(text: str) -> Iterator[int]:
    """Where DATELINE_START.finditer(text) finds its matches, found faster.

    >>> list(_dateline_starts("АСТАНА. КАЗИНФОРМ - Текст.\\nдалее\\nBEIJING, March 3 (Xinhua) -- x"))
    [0, 33]
    """
    if DATELINE_START.match(text, timeout=REGEX_TIMEOUT):
        yield 0
    for match in DATELINE_START_AFTER_BREAK.finditer(text, timeout=REGEX_TIMEOUT):
        yield match.start() + 1


_COPYRIGHT_WORDS = ("©", "(c)", "(с)", "copyright")  # one in every COPYRIGHT match
_COPYRIGHT_VARIANTS = case_variants(COPYRIGHT, _COPYRIGHT_WORDS)


def _from_copyright(text: str) -> str | None:
    """ "© Tengrinews.kz", "© 2024 Kazinform. All rights reserved"."""
    if not may_hold(text, _COPYRIGHT_WORDS, _COPYRIGHT_VARIANTS):
        return None  # prefilter
    for match in COPYRIGHT.finditer(text, timeout=REGEX_TIMEOUT):
        outlet = _clean_outlet(COPYRIGHT_CLUTTER.sub("", match["outlet"], timeout=REGEX_TIMEOUT))
        if outlet:
            return outlet
    return None


_SIGNATURE_VARIANTS = case_variants(SIGNATURE, PRESS_SERVICE)


def _from_signature(text: str) -> str | None:
    """A "Пресс-служба ..." / "Press service of ..." line alone among the last lines."""
    if not may_hold(text, PRESS_SERVICE, _SIGNATURE_VARIANTS):
        return None  # prefilter: every signature starts with one of them
    tail = [line.strip() for line in text.splitlines() if line.strip()][-TAIL_LINES:]
    for line in reversed(tail):
        if SIGNATURE.fullmatch(line, timeout=REGEX_TIMEOUT):
            return _capitalise(line.rstrip("."))
    return None


SOURCE_RULES = (
    _from_russian_attribution,
    _from_english_attribution,
    _from_dateline,
    _from_copyright,
    _from_signature,
)
"""Tried in order; an attribution in the text beats a dateline, which beats page furniture."""


@none_on_timeout
def infer_source(text: str) -> str | None:
    """The outlet the text credits, by the first of SOURCE_RULES that finds one.

    >>> infer_source("Товарооборот вырос, сообщает корреспондент Tengrinews.kz со ссылкой на МИД.")
    'Tengrinews.kz'
    >>> infer_source("ASTANA, Jan 5 (Reuters) - Trade grew.")
    'Reuters'
    """
    for rule in SOURCE_RULES:
        outlet = rule(text)
        if outlet:
            return outlet
    return None
