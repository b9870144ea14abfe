"""Which extractor a cache belongs to: a fingerprint of the code that turns bytes into facts.

The fact cache and the load snapshot are kept under it, so that a change of any rule, word table or the
frame makes them start afresh instead of serving facts the rules of today would not give.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import tradeviz


def extractor_sources() -> list[Path]:
    """The code that turns bytes into facts: reading, extraction (word tables and toolkit included), scales
    and the frame."""
    package = Path(tradeviz.__file__).resolve().parent
    return sorted(
        [
            *package.glob("read/**/*.py"),
            *package.glob("extract/**/*.py"),
            package / "frame.py",
            package / "units.py",
        ]
    )


def extractor_version() -> str:
    """A fingerprint of the code that turns bytes into facts (`extractor_sources`)."""
    package = Path(tradeviz.__file__).resolve().parent
    digest = hashlib.sha256()
    for source in extractor_sources():
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]
