"""Re-runs of `tradeviz extract` on a cached corpus, this checkout against another `src`, alternating.

Each round changes 1 % of the files (`run.change_some`: a line appended), then runs both codes on their own
cache (the 1 %-changed re-run), then both again (the unchanged re-run, answered by the load snapshot). Wall
time and CPU (user + system of the process tree) per run, and the load average, printed as JSON lines.

    .venv/bin/python benchmarks/rerun_ab.py CORPUS/articles --against BASE/src \
        --cache-new NEW_CACHE --cache-old OLD_CACHE --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import change_some

ROOT = Path(__file__).resolve().parent.parent
# `tradeviz ...` run in this process, which writes its own CPU time (not its workers') to a file at exit.
_SPLIT = (
    "import resource, runpy, sys\n"
    "sys.argv = ['tradeviz', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('tradeviz', run_name='__main__')\n"
    "finally:\n"
    "    usage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    open({split!r}, 'w').write(str(usage.ru_utime + usage.ru_stime))\n"
)


def timed(src: Path | None, corpus: Path, cache: Path, out: Path) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    split = out.with_suffix(".cpu")
    command = [str(ROOT / ".venv/bin/python"), "-c", _SPLIT.format(split=str(split)), "extract", str(corpus)]
    command += ["--format", "parquet", "-o", str(out), "--cache", str(cache), "--jobs", "2"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    main_cpu = float(split.read_text())
    return {
        "wall": round(wall, 3),
        "cpu": round(cpu, 3),
        "main_cpu": round(main_cpu, 3),  # the tradeviz process itself: what is not extraction in workers
        "load1": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="the other code's src folder")
    parser.add_argument("--cache-new", type=Path, required=True)
    parser.add_argument("--cache-old", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("/tmp/rerun-ab"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    files = sorted(path for path in args.corpus.iterdir() if path.suffix == ".txt")
    codes = {"old": (args.against, args.cache_old), "new": (None, args.cache_new)}
    for round_ in range(args.rounds):
        changed = change_some(files, 0.01, 1000 + round_)
        order = ["old", "new"] if round_ % 2 == 0 else ["new", "old"]
        for what in ("changed", "unchanged"):
            for code in order:
                src, cache = codes[code]
                result = timed(src, args.corpus, cache, args.out / f"facts-{code}.parquet")
                print(
                    json.dumps(
                        {"round": round_, "code": code, "rerun": what, "files_changed": changed, **result}
                    )
                )
                sys.stdout.flush()
        old = __import__("pandas").read_parquet(args.out / "facts-old.parquet")
        new = __import__("pandas").read_parquet(args.out / "facts-new.parquet")
        print(json.dumps({"round": round_, "same_frame": bool(old.equals(new)), "facts": len(new)}))


if __name__ == "__main__":
    main()
