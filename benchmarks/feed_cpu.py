"""One core's extraction speed on a corpus, in CPU time, this checkout against another copy of the code,
alternating in one run (a shared machine moves wall time 2-3x; CPU time much less).

    python benchmarks/feed_cpu.py CORPUS_FOLDER [--against /tmp/base/src] [--rounds 5]

Each round runs, in a subprocess per code, what `tradeviz extract --jobs 1 --no-cache` does per file
(`pipeline._process`: read, hash, gate, metadata, rules) over every .txt file of the folder, after three
warm-up files (imports and patterns are not what is compared). MB/s = bytes of the files / CPU seconds of
that loop; the wall seconds and the load average are shown beside. The fact rows must be the same for both
codes (their digest is printed and compared).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LOOP = """
import hashlib, json, sys, time
from pathlib import Path
from tradeviz.pipeline import _init_worker, _process
import tradeviz.extract
_init_worker(frozenset())
files = sorted(Path(sys.argv[1]).rglob("*.txt"))
for path in files[:3]:
    _process(path)
size = sum(path.stat().st_size for path in files)
cpu, wall = time.process_time(), time.perf_counter()
outcomes = [_process(path) for path in files]
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
rows = [row for outcome in outcomes if not hasattr(outcome, "reason") for row in outcome[1] or ()]
digest = hashlib.sha256(repr(rows).encode("utf-8", "surrogatepass")).hexdigest()[:16]
print(json.dumps({"bytes": size, "cpu": cpu, "wall": wall, "facts": len(rows), "digest": digest}))
"""


def one_round(src: Path, corpus: Path) -> dict[str, float | str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", _LOOP, str(corpus)], env=env, check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, float | str] = json.loads(out.splitlines()[-1])
    found["load"] = os.getloadavg()[0]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of .txt articles (e.g. generate.py's output)")
    parser.add_argument("--against", type=Path, help="a folder holding another tradeviz package")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    codes = {"this checkout": ROOT / "src", **({"against": args.against} if args.against else {})}
    results: dict[str, list[dict[str, float | str]]] = {name: [] for name in codes}
    for _ in range(args.rounds):
        for name, src in codes.items():
            results[name].append(one_round(src, args.corpus))
    for name, rounds in results.items():
        size = float(rounds[0]["bytes"]) / 1e6
        cpu = [float(found["cpu"]) for found in rounds]
        wall = [float(found["wall"]) for found in rounds]
        loads = [float(found["load"]) for found in rounds]
        print(
            f"{name} ({codes[name]}): {size:.2f} MB, {rounds[0]['facts']} facts"
            f" (digest {rounds[0]['digest']})\n"
            f"  CPU  MB/s median {size / statistics.median(cpu):6.2f}  best {size / min(cpu):6.2f}\n"
            f"  wall MB/s median {size / statistics.median(wall):6.2f}  best {size / min(wall):6.2f}"
            f"  (load {min(loads):.1f}-{max(loads):.1f})"
        )
    digests = {str(found["digest"]) for rounds in results.values() for found in rounds}
    print("same facts" if len(digests) == 1 else f"FACTS DIFFER: {sorted(digests)}")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
