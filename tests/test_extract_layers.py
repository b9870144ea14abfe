"""`extract/` is a staircase: each module imports only the modules below it, in the order of the flow (text
-> sentences -> amounts -> what/when/who -> exclusions -> stages -> facts); nothing outside `extract/`
imports from inside it but its public face."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "tradeviz"
EXTRACT = SRC / "extract"
# Bottom first. A module may import any module of a lower step.
STAIRCASE = [
    "kit",
    "vocab",
    "normalize",
    "glosses",
    "sentences",
    "numerals",
    "hanzi",
    "currencies",
    "amounts",
    "cues",
    "qualifiers",
    "time_words",
    "fiscal",
    "times_zh",
    "times_kk",
    "times",
    "periods",
    "found",
    "growth_zh_kk",
    "growth",
    "places",
    "anaphora",
    "context",
    "gate",
    "series",
    "regional",
    "sectors",
    "nonfacts",
    "flows",
    "lists",
    "when",
    "stages",
    "tables",
    "restated",
    "repeats",
    "facts",
    "__init__",
]


def _extract_imports(path: Path) -> set[str]:
    """The `extract` modules a file imports ("kit" for anything under kit/)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            if name.startswith("tradeviz.extract."):
                found.add(name.split(".")[2])
    return {name for name in found if (EXTRACT / name).is_dir() or (EXTRACT / f"{name}.py").is_file()}


def _step(path: Path) -> str:
    relative = path.relative_to(EXTRACT)
    return relative.parts[0] if len(relative.parts) > 1 else path.stem


@pytest.mark.parametrize(
    "path", sorted(EXTRACT.rglob("*.py")), ids=lambda path: str(path.relative_to(EXTRACT))
)
def test_modules_import_only_those_below_them(path: Path) -> None:
    step = _step(path)
    assert step in STAIRCASE, f"{path.name}: place it on the staircase"
    below = set(STAIRCASE[: STAIRCASE.index(step)])
    for imported in _extract_imports(path) - {step}:
        assert imported in below, f"{path.relative_to(EXTRACT)} imports {imported}, which is not below it"


def test_nothing_outside_extract_imports_its_inside() -> None:
    for path in SRC.rglob("*.py"):
        if EXTRACT in path.parents:
            continue
        inside = _extract_imports(path)
        assert not inside, f"{path.relative_to(SRC)} imports extract's {sorted(inside)}"
