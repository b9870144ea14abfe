"""What a table cell may hold when written for a spreadsheet, and the CSV dialects: the rules the downloads,
`tradeviz extract --format csv` and its frame-free path (`tradeviz.rows`) share. No pandas."""

from __future__ import annotations

from tradeviz.frame import QUALIFIERS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's CSV-injection list): such text gets a `'`."""
UNGUARDED = {"qualifier": frozenset(QUALIFIERS)}
"""Columns of a closed vocabulary whose values are written as they are: the qualifier reads `=`, not `'=`
(in XLSX it is a string cell, which is never a formula; in CSV a lone `=` computes nothing)."""
CSV_DIALECTS = {
    # name: (separator, decimal mark); the semicolon dialect is what spreadsheets set to a Russian locale
    # open directly: `;` between fields and a decimal comma. Both carry a BOM, so Cyrillic reads as UTF-8.
    "comma": (",", "."),
    "semicolon": (";", ","),
}
CSV_ENCODING = "utf-8-sig"
CSV_LINE_END = "\r\n"
"""RFC 4180's line end: the csv writer then quotes any cell holding a CR or LF, so no row splits."""


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula, made inert with a leading apostrophe.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-5%"), neutralise("\\tx"), neutralise("ok"), neutralise(-5.0)
    ("'=HYPERLINK(1)", "'-5%", "'\\tx", 'ok', -5.0)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
