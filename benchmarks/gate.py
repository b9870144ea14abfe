"""The gate's worth: `tradeviz extract` on one core with the gate off, on the plain-Python path and on
Hyperscan, alternating in one run, on a realistic feed (5 % trade articles) and on the trade-dense corpus.

    python benchmarks/gate.py --work /tmp/tvgate [--articles 4000] [--rounds 3] [--callgrind 300]

Each run is `tradeviz extract CORPUS --jobs 1 --no-cache --format parquet -o OUT` in a subprocess with
`TRADEVIZ_GATE` set; MB/s = bytes of the article files / wall time (startup included, as in run.py; "net"
takes off the time of the same command on one article). The facts written must be the same frame for every
engine. `--callgrind N`: also the instructions (valgrind's callgrind, `Ir`) of extracting the first N
articles in-process under each engine: the CPU comparison a shared machine does not disturb.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import generate

ROOT = Path(__file__).resolve().parent.parent
ENGINES = ("off", "plain", "hyperscan")
_IN_PROCESS = """
import sys
from pathlib import Path
from tradeviz.pipeline import _init_worker, _process
import tradeviz.extract
_init_worker(frozenset())
files = sorted(Path(sys.argv[1]).glob("*.txt"))[: int(sys.argv[2])]
for path in files[:3]:
    _process(path)  # patterns compiled lazily: not what is compared
for path in files[3:]:
    _process(path)
"""


def corpus(work: Path, name: str, articles: int, share: float) -> Path:
    folder = work / name
    manifest = folder / generate.MANIFEST_FILE
    if manifest.exists():
        known = json.loads(manifest.read_text())
        if known.get("articles") == articles and known.get("trade_share", 1.0) == share:
            return folder
    shutil.rmtree(folder, ignore_errors=True)
    generate.write_corpus(articles, 7, folder, share)
    return folder


def extract(articles: Path, out: Path, engine: str) -> float:
    command = [str(ROOT / ".venv" / "bin" / "tradeviz"), "extract", str(articles), "--jobs", "1"]
    command += ["--no-cache", "--format", "parquet", "-o", str(out)]
    env = {**os.environ, "TRADEVIZ_GATE": engine}
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def instructions(articles: Path, count: int, engine: str) -> int:
    """Instructions callgrind counts for extracting articles 4 to `count` in-process: a run of them less a
    run of the start alone (interpreter, imports, the first three articles)."""
    return _collected(articles, count, engine) - _collected(articles, 3, engine)


def _collected(articles: Path, count: int, engine: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
        command += [sys.executable, "-c", _IN_PROCESS, str(articles), str(count)]
        env = {**os.environ, "TRADEVIZ_GATE": engine}
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        found = re.search(r"Collected : (\d+)", done.stderr)
        return int(found.group(1)) if found else -1


def main(argv: list[str] | None = None) -> int:
    import pandas as pd

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/tvgate"))
    parser.add_argument("--articles", type=int, default=4000, help="articles of the feed (dense: a quarter)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--callgrind", type=int, default=0, metavar="N", help="also count instructions")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    corpora = {
        "feed (5 % trade)": corpus(args.work, "feed", args.articles, 0.05),
        "dense": corpus(args.work, "dense", max(1, args.articles // 4), 1.0),
    }
    tiny = args.work / "one" / generate.ARTICLES_DIR
    tiny.mkdir(parents=True, exist_ok=True)
    first = sorted((corpora["dense"] / generate.ARTICLES_DIR).glob("*.txt"))[0]
    shutil.copy(first, tiny / first.name)
    results: dict[str, dict[str, object]] = {}
    for label, folder in corpora.items():
        articles = folder / generate.ARTICLES_DIR
        size = sum(path.stat().st_size for path in articles.glob("*.txt"))
        times: dict[str, list[float]] = {engine: [] for engine in ENGINES}
        startup: list[float] = []
        frames = {}
        for _ in range(args.rounds):
            for engine in ENGINES:
                out = args.work / f"facts-{folder.name}-{engine}.parquet"
                times[engine].append(extract(articles, out, engine))
                frames[engine] = pd.read_parquet(out)
            startup.append(extract(tiny, args.work / "one.parquet", "hyperscan"))
        same = all(frames[engine].equals(frames["off"]) for engine in ENGINES)
        fixed = min(startup)
        entry: dict[str, object] = {
            "MB": round(size / 1e6, 2),
            "facts": len(frames["off"]),
            "same_facts": same,
        }
        for engine in ENGINES:
            best, median = min(times[engine]), statistics.median(times[engine])
            entry[engine] = {
                "seconds": [round(value, 2) for value in times[engine]],
                "MB/s (best)": round(size / 1e6 / best, 2),
                "MB/s net of startup (best)": round(size / 1e6 / max(best - fixed, 1e-9), 2),
                "MB/s (median)": round(size / 1e6 / median, 2),
            }
        entry["startup_s"] = round(fixed, 2)
        if args.callgrind:
            entry["instructions"] = {
                engine: instructions(articles, args.callgrind, engine) for engine in ENGINES
            }
        results[label] = entry
        print(label, json.dumps(entry, indent=1), flush=True)
    (args.work / "gate-results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
