"""Where the article is: page clutter cut away, the rest split into sentences with their offsets."""

from __future__ import annotations

import dataclasses

import regex

from tradeviz.extract import vocab
from tradeviz.extract.kit import TIMEOUT


@dataclasses.dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's span in the article's text and the paragraph (line) it stands in."""

    start: int
    end: int
    paragraph: int


_HEADINGS = frozenset(vocab.CLUTTER_HEADINGS)
_HEADING_STARTS = tuple(heading + " " for heading in _HEADINGS)  # one str.startswith call for them all
_LINE_STARTS = tuple(vocab.CLUTTER_LINE_STARTS)
_BODY_MIN_LENGTH = 80
_BODY_MIN_LENGTH_HAN = 30  # a Chinese character says as much as a few letters

# A full stop, question or exclamation mark (with closing quotes or brackets), then space and a capital,
# a digit or an opening quote or dash: a sentence may end here. The space is any but a line break, so that
# one search of the whole text finds what a search of each line on its own finds.
# Chinese ends a sentence at 。！？ with no space after it.
_BOUNDARY = regex.compile(
    r"""[.!?…]+["')\]]*(?=[^\S\n]+["(\[-]*[^\S\n]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9"«])|[。！？]+["')\]]*"""
)
_WORD_BEFORE = regex.compile(r"(?r)\w+")  # matched backwards from the mark: the word right before it

# Abbreviations after which a capital does not start a sentence: "долл. США", "г. Астана", "Mr. Xi".
_NO_BREAK_AFTER = frozenset(
    {
        "долл",
        "дол",
        "руб",
        "тыс",
        "им",
        "ул",
        "пр",
        "просп",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "vs",
        "no",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "prof",
        "т",
        "e",
        "i",
        "u",
        "s",
        "обл",
        "р",
        "рр",
        "ст",
        "проф",
        "акад",
        "св",
    }
)


# Scale words written with a dot ("млрд.") that an amount goes on after: "$3 млрд. 517 млн".
_SCALE_ABBREVIATIONS = frozenset(word.rstrip(".") for word in vocab.SCALE_WORDS if word.endswith("."))
_DIGIT_NEXT = regex.compile(r"[^\S\n]*\d")

_HEADING_MAX_LENGTH = 60


def _is_heading(cleaned: str) -> bool:
    """A short line that is, or opens with, a clutter heading: "Most Viewed", "Read more with EURACTIV".

    >>> _is_heading("read more with euractiv"), _is_heading("read more about the talks in astana today.")
    (True, False)
    """
    if cleaned in _HEADINGS:
        return True
    if len(cleaned) > _HEADING_MAX_LENGTH or cleaned.endswith((".", "!", "?")):
        return False
    return cleaned.startswith(_HEADING_STARTS)


def _clean_line(line: str) -> str:
    return line.strip().strip(":").strip().lower()


def _is_body_line(line: str) -> bool:
    return (len(line) >= _BODY_MIN_LENGTH and ("." in line or "!" in line or "?" in line)) or (
        len(line) >= _BODY_MIN_LENGTH_HAN and "。" in line
    )


def article_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line that belongs to the article, page clutter left out.

    A line that is only a heading like "Recent Posts" or "Читайте также", coming after the article's first
    paragraph, starts the trailing lists of other news: it and everything after it go. Lines that are links
    or plugs ("Читайте также: ...", "Subscribe to ...") go on their own.
    """
    kept: list[tuple[int, int]] = []
    seen_body = False
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        cleaned = _clean_line(line)
        if not cleaned:
            continue
        if seen_body and _is_heading(cleaned):
            break
        if cleaned.startswith(_LINE_STARTS) or cleaned in _HEADINGS:
            continue
        seen_body = seen_body or _is_body_line(line)
        kept.append((start, start + len(line)))
    return kept


_FULL_STOP = regex.compile(r"[.!?…][\s\"'»”)]*$")


def is_headline(text: str, sentences: list[Sentence], sentence: Sentence) -> bool:
    """The first paragraph of several, with no full stop: how scraped articles give their title."""
    return (
        sentence.paragraph == 0
        and sentences[-1].paragraph > 0
        and not _FULL_STOP.search(text, sentence.start, sentence.end, timeout=TIMEOUT)
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the article's own lines, each span stripped of surrounding white space."""
    sentences: list[Sentence] = []
    lines = article_lines(text)
    if not lines:
        return sentences
    # One search over the lines' stretch (no boundary holds a line break, so each lies within one line).
    boundaries = [
        match.span() for match in _BOUNDARY.finditer(text, lines[0][0], lines[-1][1], timeout=TIMEOUT)
    ]
    count, next_boundary = len(boundaries), 0
    for paragraph, (line_start, line_end) in enumerate(lines):
        while next_boundary < count and boundaries[next_boundary][0] < line_start:
            next_boundary += 1  # in a line left out as clutter
        piece_start = line_start
        while next_boundary < count and boundaries[next_boundary][0] < line_end:
            mark_start, mark_end = boundaries[next_boundary]
            next_boundary += 1
            if not _ends_sentence(text, piece_start, mark_start, mark_end):
                continue
            _append(sentences, text, piece_start, mark_end, paragraph)
            piece_start = mark_end
        _append(sentences, text, piece_start, line_end, paragraph)
    return sentences


def _ends_sentence(text: str, piece_start: int, mark_start: int, mark_end: int) -> bool:
    if text[mark_start] != ".":
        return True
    word_match = _WORD_BEFORE.match(text, max(piece_start, mark_start - 20), mark_start)  # linear: no timeout
    if not word_match:
        return True
    word = word_match.group()
    lowered = word.lower()
    if lowered in _NO_BREAK_AFTER:
        return False
    if _DIGIT_NEXT.match(text, mark_end) and (word.isdigit() or lowered in _SCALE_ABBREVIATIONS):
        return False  # "$1 млрд. 974 млн", "34. 8 billion": one amount, not two sentences
    if len(word) == 1 and word.isupper():  # an initial: "К.-Ж. Токаев", "A. Smith"
        return False
    if lowered in ("г", "гг"):  # "в 2023 г. Товарооборот" ends; "в г. Астане" does not
        before = text[max(piece_start, word_match.start() - 6) : word_match.start()]
        return any(ch.isdigit() for ch in before)
    return True


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()  # str.strip drops exactly the characters str.isspace accepts
    if stripped:
        start += len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start, start + len(stripped), paragraph))
