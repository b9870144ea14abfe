"""The extractor's compiled patterns kept between runs, as Python keeps byte code: the rules' ~200 patterns
cost about 0.4 s to compile (the `regex` module parses each in Python) and under 0.04 s to load.

`stored_patterns()` wraps the import of the rule modules: while it is open, a `regex.compile(pattern, flags)`
returns the pattern kept from an earlier run when there is one, else compiles it; on leaving, the store is
rewritten when it missed a pattern or held one no longer asked for. A kept pattern is what `regex` itself
pickles a compiled pattern as (its opcodes, handed back to the C engine's compile), so it matches exactly as
the one compiled from the text; it is found by its text, flags and `regex.DEFAULT_VERSION`, and the file by
the `regex` and Python versions, so a changed rule or an upgrade simply compiles anew. Still compiled at
import, so worker processes forked later share them (`pipeline._outcomes`).

Where: $TRADEVIZ_PATTERNS (a folder, or `off` for no store), else `patterns/` in the user's cache folder. A
missing, unreadable or damaged file is no store (the patterns are compiled); a file that cannot be written is
no error. Only `regex`'s own compile function is unpickled from it, nothing else.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

log = logging.getLogger(__name__)

ENV = "TRADEVIZ_PATTERNS"
_Key = tuple[str, int, int]  # the pattern's text, its flags, regex.DEFAULT_VERSION
_UNSTORED_FLAGS = regex.LOCALE | regex.DEBUG  # a locale's pattern depends on the locale of the moment


def store_file() -> Path | None:
    """The store for this `regex` and Python, or None when $TRADEVIZ_PATTERNS is `off`."""
    folder = os.environ.get(ENV)
    if folder == "off":
        return None
    if not folder:
        import platformdirs

        folder = str(platformdirs.user_cache_path("tradeviz", appauthor=False) / "patterns")
    python = "".join(map(str, sys.version_info[:2]))
    return Path(folder) / f"regex-{regex.__version__}-py{python}.pickle"


class _OnlyPatterns(pickle.Unpickler):
    """Unpickles `regex`'s compiled patterns and plain containers; refuses every other global."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is no compiled pattern")


def load(path: Path) -> dict[_Key, regex.Pattern[str]]:
    """The patterns kept in `path`: {} when there is no file or it is not a store of patterns."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    try:
        kept = _OnlyPatterns(io.BytesIO(data)).load()
    except Exception as error:  # a damaged or foreign file: compile afresh, then replace it
        log.info("pattern store %s unreadable (%s); compiling the patterns", path, error)
        return {}
    if not isinstance(kept, dict):
        return {}
    return {
        key: pattern
        for key, pattern in kept.items()
        if isinstance(key, tuple)
        and len(key) == 3
        and isinstance(pattern, regex.Pattern)
        and pattern.pattern == key[0]
    }


def save(path: Path, patterns: dict[_Key, regex.Pattern[str]]) -> None:
    """Write the store whole (a temporary file renamed into place); a failure is only logged."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".patterns-", delete=False) as temporary:
            pickle.dump(patterns, temporary, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary.name, path)
    except (OSError, pickle.PicklingError) as error:
        log.info("pattern store %s not written (%s)", path, error)
        with contextlib.suppress(OSError, NameError):
            os.unlink(temporary.name)


@contextlib.contextmanager
def stored_patterns(path: Path | bool | None = True) -> Iterator[dict[_Key, regex.Pattern[str]]]:
    """While open, `regex.compile` of a text and flags takes the stored pattern (see the module's text).
    `path`: True for `store_file()`, None or False for no store. Yields the patterns asked for so far."""
    file = store_file() if path is True else (path or None)
    asked: dict[_Key, regex.Pattern[str]] = {}
    if file is None:
        yield asked
        return
    kept = load(file)
    compiled_afresh = False
    original = regex.compile

    def compile(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        nonlocal compiled_afresh
        if args or kwargs or not isinstance(pattern, str) or flags & _UNSTORED_FLAGS:
            return original(pattern, flags, *args, **kwargs)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        found = kept.get(key)
        if found is None:
            found = original(pattern, flags)
            if found.flags & _UNSTORED_FLAGS:  # an inline (?L)
                return found
            compiled_afresh = True
        asked[key] = found
        return found

    regex.compile = compile
    try:
        yield asked
    finally:
        regex.compile = original
    if compiled_afresh or asked.keys() != kept.keys():
        save(file, asked)
