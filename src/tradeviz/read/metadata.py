"""What an article's own text says about it when front matter does not: language, date, outlet, headline.

Every guess here is conservative: "nothing found" (None) is better than a wrong outlet or date, because
the dashboard shows these values next to the facts as if they were known.

The language and headline rules are here; the date is guessed in `published`, the outlet in `source`,
with what they share in `inference`. Their public names are importable from here too.
"""

from __future__ import annotations

import regex

from tradeviz.read.inference import REGEX_TIMEOUT as REGEX_TIMEOUT
from tradeviz.read.inference import alternation as alternation
from tradeviz.read.inference import none_on_timeout
from tradeviz.read.published import MONTHS as MONTHS
from tradeviz.read.published import YEARS as YEARS
from tradeviz.read.published import DateMention as DateMention
from tradeviz.read.published import find_dates as find_dates
from tradeviz.read.published import infer_published as infer_published
from tradeviz.read.source import ATTRIBUTION_VERBS as ATTRIBUTION_VERBS
from tradeviz.read.source import COPYRIGHT as COPYRIGHT
from tradeviz.read.source import PRESS_SERVICE as PRESS_SERVICE
from tradeviz.read.source import RUSSIAN_ATTRIBUTION as RUSSIAN_ATTRIBUTION
from tradeviz.read.source import SIGNATURE as SIGNATURE
from tradeviz.read.source import SOURCE_RULES as SOURCE_RULES
from tradeviz.read.source import infer_source as infer_source

CAPTION_LABELS = (
    "фото", "photo", "видео", "video", "источник", "source", "автор", "author", "теги", "tags",
    "категории", "categories", "рубрика", "иллюстрация", "illustration", "коллаж", "скриншот",
    "screenshot", "credit", "image", "изображение",
)  # fmt: skip
"""Labels of captions and page furniture, never a headline: "Фото: Akorda 03.07.2024"."""

LANG_SAMPLE_CHARS = 5_000
HAN = regex.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KAZAKH = regex.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # letters Kazakh writes and Russian does not
KAZAKH_LEAST, KAZAKH_SHARE = (
    3,
    40,
)  # a Kazakh text: three of them at least, and one letter in 40 (a name is not)
"""Language is clear from the start of a text; counting letters in 20 MiB would only cost time."""

TITLE_MIN_WORDS = 4
TITLE_MAX_CHARS = 200
BODY_MIN_CHARS = 80
"""A headline has a few words; a body paragraph is a long line ending a sentence."""

TITLE_SEARCH_LINES = 30
"""Headlines come before the body; past these lines the page is a body without one."""

CLUTTER = regex.compile(r"https?://\S+|www\.\S+")
EMAIL = regex.compile(r"[\w.+-]+@\S+")  # run only when there is an "@": it is slow to look for
"""Links and addresses: Latin letters that say nothing about the language of the text."""

NOT_CP1251_LETTERS = bytes(b for b in range(256) if b < 0xC0 and b not in (0xA8, 0xB8))
NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))

SENTENCE_END = regex.compile(r"[.!?…][\"'»”)\]]*$")
CAPTION = regex.compile(rf"{alternation(CAPTION_LABELS)}(?:\s*[:©|/-]|\s+by\s)", regex.IGNORECASE)
"""A caption label followed by its credit: "Фото: Akorda", "Photo by Reuters"."""
MARKDOWN_HEADING = regex.compile(r"^#{1,6}\s+")


# --- language ------------------------------------------------------------------------------------------


def detect_lang(text: str) -> str:
    """ "zh" when Chinese characters outnumber letters; else "kk" or "ru" when Cyrillic letters outnumber
    Latin ones (links aside), "kk" when Kazakh's own letters are more than a few of them; else "en".

    >>> detect_lang("Товарооборот достиг 41 млрд долларов (USD), https://kazinform.kz/news")
    'ru'
    >>> detect_lang("Trade reached $41 billion"), detect_lang("2024")
    ('en', 'en')
    >>> detect_lang("中俄双边贸易额达802.6亿美元"), detect_lang("Қазақстан мен Қытайдың сауда айналымы өсті")
    ('zh', 'kk')
    """
    sample = text[:LANG_SAMPLE_CHARS]
    if "http" in sample or "www." in sample:  # every CLUTTER match holds one of them (case-sensitive)
        sample = CLUTTER.sub(" ", sample, timeout=REGEX_TIMEOUT)
    if "@" in sample:
        sample = EMAIL.sub(" ", sample, timeout=REGEX_TIMEOUT)
    # Counted by codecs in C: Russian letters are cp1251 bytes from 0xC0 up (and Ё, ё), Latin the ASCII ones.
    cyrillic = len(sample.encode("cp1251", "ignore").translate(None, NOT_CP1251_LETTERS))
    latin = len(sample.encode("ascii", "ignore").translate(None, NOT_ASCII_LETTERS))
    if len(HAN.findall(sample, timeout=REGEX_TIMEOUT)) > cyrillic + latin:
        return "zh"
    if cyrillic <= latin:
        return "en"
    kazakh = len(KAZAKH.findall(sample, timeout=REGEX_TIMEOUT))
    return "kk" if kazakh >= KAZAKH_LEAST and kazakh * KAZAKH_SHARE >= cyrillic else "ru"


# --- title ---------------------------------------------------------------------------------------------


def _is_body_paragraph(line: str) -> bool:
    return len(line) >= BODY_MIN_CHARS and SENTENCE_END.search(line, timeout=REGEX_TIMEOUT) is not None


def _looks_like_headline(line: str) -> bool:
    """A few words, not a sentence, caption or number row.

    >>> _looks_like_headline("Аким Туркестанской области встретился с делегацией из Китая")
    True
    >>> [_looks_like_headline(line) for line in ["Фото: Akorda 03.07.2024 14:03 279", "Categories: Политика"]]
    [False, False]
    """
    if len(line) > TITLE_MAX_CHARS or line.endswith((".", ":", ";", ",")):
        return False  # the cheap tests first
    chunks = line.split()  # str.split breaks at exactly the characters str.isspace accepts
    words = sum(1 for word in chunks if any(map(str.isalpha, word)))
    visible = sum(map(len, chunks))
    digits = sum(map(str.isdigit, line))  # a digit is never a space
    return (
        words >= TITLE_MIN_WORDS
        and CAPTION.match(line, timeout=REGEX_TIMEOUT) is None
        and digits * 2 <= visible
    )


@none_on_timeout
def infer_title(text: str) -> str | None:
    """The longest headline-like line before the first body paragraph, or None.

    >>> infer_title("logo\\n\\nГлава государства принял делегацию Китая\\n\\n" + "Текст статьи. " * 10)
    'Глава государства принял делегацию Китая'
    """
    candidates = []
    for raw in text.split("\n", TITLE_SEARCH_LINES)[:TITLE_SEARCH_LINES]:
        line = raw.strip()
        if line.startswith("#"):  # the only lines MARKDOWN_HEADING changes
            line = MARKDOWN_HEADING.sub("", line, count=1, timeout=REGEX_TIMEOUT)
        if _is_body_paragraph(line):
            break
        if _looks_like_headline(line):
            candidates.append(line)
    return max(candidates, key=len, default=None)
