"""Fuzz the way in: mutated articles through the reader and the extractor; report escapes and slow inputs.

    .venv/bin/python scripts/fuzz.py [--count 100000] [--seed 1] [--jobs 1] [--out fuzz-failures]

Each input is a piece of a real article (tests/articles, data/articles) with one to three of MUTATIONS
applied: the classes of issue 14 (huge digit runs, ranges of them, exponents, invisible characters inside
numbers, control characters, impossible front-matter dates, lying or bogus charsets, bytes that are not
UTF-8) and plain damage (flipped bytes, truncation, markup). It is read as a file would be
(`article_from_bytes`) and extracted (`pipeline.extract_article`), then made into the facts frame. A
`ReadError` is an answer; any other exception escaping is a bug, and so is a non-finite amount. Inputs that
fail or take over `--slow` seconds are written to `--out` to reproduce. Not part of the test suite (it takes
minutes); the figures are in README.md's "Bad input" section. Times are CPU seconds per input, so that a busy
machine does not inflate them; Ctrl-C or `kill PID` stops early and prints the figures so far.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import math
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tradeviz.errors import ReadError  # noqa: E402
from tradeviz.frame import facts_to_frame  # noqa: E402
from tradeviz.pipeline import extract_article  # noqa: E402
from tradeviz.read import article_from_bytes  # noqa: E402

SEEDS = sorted([*(ROOT / "tests" / "articles").glob("*.txt"), *(ROOT / "data" / "articles").glob("*.txt")])
CHARSETS = ("rot13", "base64", "zlib", "bz2", "hex", "utf-16", "utf-32", "utf-7", "cp500", "unicode_escape",
            "punycode", "no-such", "koi8-r", "windows-1251", "utf-8", "latin-1", "x" * 40)  # fmt: skip
ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16", "utf-16-le", "latin-1")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202e\u2066"
CONTROLS = "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127, *range(0x80, 0xA0)]))
SCALES = (" млрд долларов", " billion", " млн", " трлн тенге", "bn", " миллиардов", " USD")
MARKUP = ("<p>", "</p>", "<script>", "<!--", "&#0;", "&#x110000;", "<![CDATA[", "<title>", "<br>", "&amp;")


def _huge_digits(rng: random.Random) -> str:
    # 16 to 100,000 digits, most of them short: a million digits (in the tests) costs a second to scan alone
    return "9" * int(10 ** rng.uniform(1.2, 5))


def _at(rng: random.Random, text: str, piece: str) -> str:
    place = rng.randrange(len(text) + 1)
    return text[:place] + piece + text[place:]


def _in_a_number(rng: random.Random, text: str, insert: Callable[[], str]) -> str:
    digits = [i for i, char in enumerate(text) if char.isdigit()]
    if not digits:
        return _at(rng, text, "4" + insert() + "1 млрд долларов")
    place = rng.choice(digits) + 1
    return text[:place] + insert() + text[place:]


MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "huge digit run": lambda rng, t: _at(rng, t, " " + _huge_digits(rng) + rng.choice(SCALES) + " "),
    "range of huge numbers": lambda rng, t: _at(rng, t, f" {_huge_digits(rng)}-{_huge_digits(rng)} млрд "),
    "compound with a huge part": lambda rng, t: _at(rng, t, f" 31 млрд {_huge_digits(rng)} млн долларов "),
    "grouped thousands": lambda rng, t: _at(
        rng, t, " " + " ".join(["999"] * rng.randint(5, 3000)) + " млрд "
    ),
    "exponent": lambda rng, t: _at(rng, t, f" ${rng.randint(1, 9)}e{rng.randint(1, 9999)} billion "),
    "invisible inside a number": lambda rng, t: _in_a_number(rng, t, lambda: rng.choice(INVISIBLE)),
    "control characters": lambda rng, t: "".join(
        char + (rng.choice(CONTROLS) if rng.random() < 0.02 else "") for char in t
    ),
    "front-matter date": lambda rng, t: (
        f"---\npublished: {rng.randint(0, 9999):04}-{rng.randint(0, 13):02}-{rng.randint(0, 32):02}\n---\n{t}"
    ),
    "markup": lambda rng, t: "".join(
        rng.choice(MARKUP) + w if rng.random() < 0.1 else w for w in t.split(" ")
    ),
    "repeated sentence": lambda rng, t: t + (t[: rng.randint(50, 300)] + " ") * rng.randint(10, 100),
}
"""Text mutations; byte-level ones (`_to_bytes`) come after: encoding, charset declaration, damage."""


def _to_bytes(rng: random.Random, text: str) -> tuple[str, bytes]:
    """(file name, bytes): as text or as a page declaring some charset, in some encoding, maybe damaged."""
    encoding = rng.choice(ENCODINGS)
    if rng.random() < 0.4:
        text = f'<html><head><meta charset="{rng.choice(CHARSETS)}"></head><body><p>{text}</p></body></html>'
        name = "page.html"
    else:
        name = "article.txt"
    data = text.encode(encoding, errors="replace")
    roll = rng.random()
    if roll < 0.1:  # flipped bytes
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            if damaged:
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        data = bytes(damaged)
    elif roll < 0.15:  # cut anywhere, through a character too
        data = data[: rng.randint(0, len(data))]
    return name, data


def make_input(seed: int, texts: list[str]) -> tuple[str, bytes, tuple[str, ...]]:
    """The input number `seed`: a window of a real article, mutated (the same seed, the same input)."""
    rng = random.Random(seed)
    source = rng.choice(texts)
    start = rng.randrange(max(1, len(source) - 200))
    text = source[start : start + rng.randint(200, 3000)]
    applied = tuple(rng.sample(list(MUTATIONS), rng.randint(1, 3)))
    for mutation in applied:
        text = MUTATIONS[mutation](rng, text)
    name, data = _to_bytes(rng, text)
    return name, data, applied


def run_one(name: str, data: bytes) -> tuple[str | None, float]:
    """(the escaped error with its traceback, or None; CPU seconds taken: on a busy machine the clock on
    the wall would count the time others had the processor)."""
    started = time.process_time()
    try:
        article = article_from_bytes(Path(name), data)
        facts, _article = extract_article(article)
        frame = facts_to_frame(facts)
        if not all(math.isfinite(value) for value in frame["amount"].dropna().tolist()):
            raise AssertionError("a non-finite amount")
    except ReadError:
        pass
    except Exception:  # the bug we look for
        return traceback.format_exc(), time.process_time() - started
    return None, time.process_time() - started


def _batch(seeds: range) -> list[tuple[int, tuple[str, ...], str | None, float]]:
    texts = _texts()
    results = []
    for seed in seeds:
        name, data, applied = make_input(seed, texts)
        error, seconds = run_one(name, data)
        results.append((seed, applied, error, seconds))
    return results


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs to try (default 100,000)")
    parser.add_argument("--seed", type=int, default=1, help="first input's number; input N is reproducible")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--slow", type=float, default=1.0, help="seconds over which an input is reported")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"), help="where failing inputs go")
    args = parser.parse_args(argv)

    import tradeviz.extract  # noqa: F401  # compiled before timing starts (and before workers fork)

    started = time.perf_counter()
    step = 100  # inputs per task: a stop waits for at most one task per worker
    batches = [
        range(s, min(s + step, args.seed + args.count))
        for s in range(args.seed, args.seed + args.count, step)
    ]
    errors: collections.Counter[str] = collections.Counter()
    by_mutation: collections.Counter[str] = collections.Counter()
    slow: list[tuple[float, int, tuple[str, ...]]] = []
    done = over = 0
    texts = _texts()
    signal.signal(signal.SIGTERM, _interrupt)  # a background job ignores SIGINT: `kill PID` works too
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs, initializer=_worker_signals)
    interrupted = False
    try:
        for results in pool.map(_batch, batches):
            for seed, applied, error, seconds in results:
                done += 1
                by_mutation.update(applied)
                if error is not None or seconds > args.slow:
                    _keep(args.out, seed, texts, error, seconds)
                if error is not None:
                    errors[error.strip().splitlines()[-1]] += 1
                over += seconds > args.slow
                slow.append((seconds, seed, applied))
                slow = sorted(slow, reverse=True)[:5]
            print(f"\r{done:,} inputs, {sum(errors.values())} escaped, {over} slow", end="", file=sys.stderr)
    except KeyboardInterrupt:  # Ctrl-C (or kill -INT): the figures so far
        interrupted = True
    finally:
        pool.shutdown(wait=not interrupted, cancel_futures=True)
    print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    stopped = " (interrupted)" if interrupted else ""
    rate = f"{done / elapsed:,.0f}/s with {args.jobs} process(es)"
    print(f"inputs: {done:,}{stopped} in {elapsed:,.0f} s ({rate})")
    print(f"escaped exceptions: {sum(errors.values())}")
    for message, count in errors.most_common():
        print(f"  {count:>6}  {message}")
    shown = [f"{seconds:.2f} s (#{seed}: {'+'.join(applied)})" for seconds, seed, applied in slow[:3]]
    print(f"slowest: {', '.join(shown)}")
    print(f"inputs over {args.slow:g} s of CPU time: {over}")
    print("mutations applied: " + ", ".join(f"{name} {count:,}" for name, count in by_mutation.most_common()))
    return 1 if errors or over else 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _worker_signals() -> None:
    """Workers end when told (the pool is shut down by the main process), never half-way through a report."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _keep(out: Path, seed: int, texts: list[str], error: str | None, seconds: float) -> None:
    """The input and what happened, to reproduce: `make_input(seed, ...)` gives the same bytes."""
    out.mkdir(parents=True, exist_ok=True)
    name, data, applied = make_input(seed, texts)
    (out / f"{seed}-{name}").write_bytes(data)
    (out / f"{seed}.log").write_text(f"{'+'.join(applied)}\n{seconds:.3f} s\n{error or 'slow'}\n", "utf-8")


if __name__ == "__main__":
    sys.exit(main())
