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
import hashlib
import io
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import regex

log = logging.getLogger(__name__)
T = TypeVar("T")

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


def kit_version() -> str:
    """A fingerprint of this toolkit's code: what the remembered values (`remembered`) are derived by."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


def _read(path: Path) -> dict[str, Any]:
    """The store's content, {} when there is no file or it is not a store."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    try:
        content = _OnlyPatterns(io.BytesIO(data)).load()
    except Exception as error:  # a damaged or foreign file: compile afresh, then replace it
        log.info("pattern store %s unreadable (%s); compiling the patterns", path, error)
        return {}
    return content if isinstance(content, dict) else {}


def load(path: Path) -> dict[_Key, regex.Pattern[str]]:
    """The patterns kept in `path`: {} when there is no file or it is not a store of patterns."""
    return _patterns(_read(path))


def _patterns(content: dict[str, Any]) -> dict[_Key, regex.Pattern[str]]:
    kept = content.get("patterns")
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


def _derived(content: dict[str, Any]) -> dict[tuple[str, Hashable], object]:
    """The remembered values, when derived by this toolkit's code (else none: they are derived again)."""
    kept = content.get("derived")
    if content.get("kit") != kit_version() or not isinstance(kept, dict):
        return {}
    return {key: value for key, value in kept.items() if isinstance(key, tuple) and _plain(value)}


def _plain(value: object) -> bool:
    """Text, numbers and tuples of them: all a remembered value may be."""
    if isinstance(value, tuple):
        return all(map(_plain, value))
    return isinstance(value, (str, int))


def save(
    path: Path,
    patterns: dict[_Key, regex.Pattern[str]],
    derived: dict[tuple[str, Hashable], object] | None = None,
) -> None:
    """Write the store whole (a temporary file renamed into place); a failure is only logged."""
    content = {"patterns": patterns, "derived": derived or {}, "kit": kit_version()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".patterns-", delete=False) as temporary:
            pickle.dump(content, temporary, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary.name, path)
    except (OSError, pickle.PicklingError) as error:
        log.info("pattern store %s not written (%s)", path, error)
        with contextlib.suppress(OSError, NameError):
            os.unlink(temporary.name)


class _Remembered:
    """The values derived while a store is open: those kept from before, those asked for now."""

    def __init__(self, kept: dict[tuple[str, Hashable], object]) -> None:
        self.kept = kept
        self.asked: dict[tuple[str, Hashable], object] = {}
        self.depth = 0  # remembered calls under way (one value derived by way of others)


_OPEN: list[_Remembered] = []


def remembered(kind: str, key: Hashable, derive: Callable[[], T]) -> T:
    """`derive()`, or the value it gave for `(kind, key)` in an earlier run, while a store is open
    (`stored_patterns`). For the toolkit's pure functions of text (the literals a pattern needs, tries),
    which parse patterns in Python at import. A value kept by other toolkit code is not used
    (`kit_version`)."""
    if not _OPEN:
        return derive()
    try:
        hash(key)
    except TypeError:  # a list among the arguments: nothing to look it up by
        return derive()
    session = _OPEN[-1]
    found = (kind, key)
    if found in session.kept:
        value = session.kept[found]
    else:
        session.depth += 1
        try:
            value = derive()
        finally:
            session.depth -= 1
    if session.depth == 0:  # what a value kept saves deriving is not asked for: only the outer one is kept
        session.asked[found] = value
    return value  # type: ignore[return-value]


@contextlib.contextmanager
def stored_patterns(path: Path | bool | None = True) -> Iterator[dict[_Key, regex.Pattern[str]]]:
    """While open, `regex.compile` of a text and flags takes the stored pattern (see the module's text), and
    `remembered` values are kept. `path`: True for `store_file()`, None or False for no store. Yields the
    patterns asked for so far."""
    file = store_file() if path is True else (path or None)
    asked: dict[_Key, regex.Pattern[str]] = {}
    if file is None:
        yield asked
        return
    content = _read(file)
    kept = _patterns(content)
    session = _Remembered(_derived(content))
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
    _OPEN.append(session)
    try:
        yield asked
    finally:
        regex.compile = original
        _OPEN.remove(session)
    if compiled_afresh or asked.keys() != kept.keys() or session.asked.keys() != session.kept.keys():
        save(file, asked, session.asked)
