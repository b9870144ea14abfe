"""What starting tradeviz costs: one `tradeviz extract` of one article, the imports, `extract_text` on an
article with no facts. Optionally against another copy of the code, alternating, in the same run.

    python benchmarks/startup.py [--against /tmp/main-src] [--rounds 7]

`--against DIR`: a folder holding another `tradeviz` package (e.g. `git archive main src | tar -x -C DIR`,
then DIR/src); each figure is measured for both, the two alternating round by round, so both see the same
load on a shared machine. The figures are the median and the best of the rounds (wall time of a subprocess),
and the CPU time (user + system) of the same subprocesses, which the other users of the machine move less.
Byte-compiled modules are written first (`compileall`): a first run without them pays for compiling every
module it imports, which is not what a user waits for on the second run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "articles" / "000_4ff69e7c748ea9d7.txt"
NO_FACTS = (
    "Мэр города открыл новый парк в воскресенье. В церемонии участвовали 300 человек, билеты на концерт "
    "стоили 200 рублей, а 15 школ получили по 2 млн рублей на ремонт. The mayor opened a park on Sunday; "
    "tickets cost $20 and 1,500 people came. "
) * 4

IMPORTS = ("pandas", "tradeviz.extract", "tradeviz.cli")
_IN_PROCESS = """
import time, tradeviz
text = {text!r}
tradeviz.extract_text(text)
rounds = 300
start = time.perf_counter()
for _ in range(rounds):
    tradeviz.extract_text(text)
print((time.perf_counter() - start) / rounds)
"""


_CACHES: dict[str, str] = {}


def env_for(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    # One fact cache per code, never the user's: from the second round on, the default-cache run is a re-run.
    env["TRADEVIZ_CACHE"] = _CACHES.setdefault(str(src), tempfile.mkdtemp(prefix="tv-startup-cache-"))
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(src), env.get("PYTHONPATH"))))
    return env


CPU: dict[tuple[str, str], list[float]] = {}
"""(code, figure) -> CPU seconds (user + system of the child): steadier than wall time on a shared machine."""


def wall(command: list[str], env: dict[str, str], figure: tuple[str, str] | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if figure is not None:
        CPU.setdefault(figure, []).append(cpu)
    return elapsed


def compile_bytecode(folders: list[Path]) -> None:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for folder in folders:
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(folder)],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
        )


def figures(src: Path | None, rounds: int) -> dict[str, list[float]]:
    """One round of every figure for the code in `src` (None: the checkout)."""
    env = env_for(src)
    found: dict[str, list[float]] = {}
    tag = str(src)
    tradeviz = [sys.executable, "-m", "tradeviz", "extract", "--no-cache", str(ARTICLE)]
    found["tradeviz extract, one article, --no-cache (s)"] = [
        wall(tradeviz, env, (tag, "extract --no-cache"))
    ]
    found["tradeviz extract, one article, default cache (s)"] = [
        wall([*tradeviz[:4], str(ARTICLE)], env, (tag, "extract, default cache"))
    ]
    found["tradeviz extract, one article, jsonl (s)"] = [
        wall([*tradeviz, "--format", "jsonl"], env, (tag, "extract --no-cache --format jsonl"))
    ]
    for module in IMPORTS:
        found[f"import {module} (s)"] = [
            wall([sys.executable, "-c", f"import {module}"], env, (tag, f"import {module}"))
        ]
    out = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS.format(text=NO_FACTS)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found["extract_text, no facts (ms)"] = [float(out) * 1000]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="a folder with another tradeviz package to compare")
    parser.add_argument(
        "--rounds", type=int, default=7, help="rounds per figure (alternating with --against)"
    )
    args = parser.parse_args(argv)
    codes: dict[str, Path | None] = {"this checkout": ROOT / "src"}
    if args.against:
        codes["against"] = args.against
    compile_bytecode([Path(sys.prefix) / "lib", *(path for path in codes.values() if path)])
    results: dict[str, dict[str, list[float]]] = {name: {} for name in codes}
    for _ in range(args.rounds):
        for name, src in codes.items():
            for figure, values in figures(src, args.rounds).items():
                results[name].setdefault(figure, []).extend(values)
    for name, found in results.items():
        print(f"{name} ({codes[name]}):")
        for figure, values in found.items():
            print(f"  {figure:48} median {statistics.median(values):8.3f}  best {min(values):8.3f}")
        for (tag, what), values in CPU.items():
            if tag == str(codes[name]):
                print(f"  CPU s, {what:42} median {statistics.median(values):8.3f}  best {min(values):8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
