"""Benchmark tradeviz on generated corpora: extraction speed, memory, re-runs, recall, dashboard, other tools.

    python benchmarks/run.py --sizes 1000 10000 50000 --seed 7 --work /tmp/tvbench

For each size it generates `WORK/corpus-N/` if missing (see generate.py), then measures `tradeviz extract`
in a subprocess on one core and on all cores from a cold cache, the peak memory of its process tree, a re-run
with nothing changed and one with 1 % of the articles changed, recall and precision against the planted
facts, the dashboard under Streamlit's AppTest (first chart, filter changes, PNG export) and two tools a user
might reach for instead (quantulum3 on the English articles, natasha's MoneyExtractor on the Russian ones).
It prints a table and writes `WORK/results.json`.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import generate
import scoring

ROOT = Path(__file__).resolve().parent.parent
POLL_SECONDS = 0.02
CHANGED_SHARE = 0.01
BUSY_WARNING = 0.1  # other processes' share of the machine's CPU above which a timing is flagged


@dataclasses.dataclass(frozen=True)
class Code:
    """The code measured (a snapshot of the package and the dashboard, or the live checkout) and how."""

    pythonpath: str | None  # put first on PYTHONPATH of every subprocess (None: the installed package)
    dashboard: Path
    quiet_wait: float = 0.0  # seconds to wait, at most, for other processes to calm down before a timing

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.pythonpath:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, (self.pythonpath, env.get("PYTHONPATH"))))
        return env


def snapshot(work: Path, quiet_wait: float, *, reuse: bool = False) -> Code:
    """Copy src/tradeviz and dashboard.py under WORK, so that edits made to the checkout while the benchmark
    runs neither change the code half-way nor invalidate the fact cache (which is keyed to the code)."""
    folder = work / "snapshot"
    if not (reuse and (folder / "tradeviz").is_dir()):
        shutil.rmtree(folder, ignore_errors=True)
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / "src" / "tradeviz", folder / "tradeviz", ignore=ignore)
        if (ROOT / "dashboard.py").exists():
            shutil.copy(ROOT / "dashboard.py", folder / "dashboard.py")
        (folder / "commit.txt").write_text(commit_of_checkout(), encoding="utf-8")
    sys.path.insert(0, str(folder))  # what runs in this process too: the comparison and the profile
    return Code(str(folder), folder / "dashboard.py", quiet_wait)


# --- corpora ------------------------------------------------------------------------------------------------


def ensure_corpus(work: Path, size: int, seed: int) -> Path:
    """`WORK/corpus-N`, generated unless a complete one of the same seed and generator is there."""
    folder = work / f"corpus-{size}"
    manifest = folder / generate.MANIFEST_FILE
    if manifest.exists():
        known = json.loads(manifest.read_text(encoding="utf-8"))
        wanted = (size, seed, generate.GENERATOR_VERSION)
        if (known.get("articles"), known.get("seed"), known.get("generator_version")) == wanted:
            return folder
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    summary = generate.write_corpus(size, seed, folder)
    print(
        f"generated {size} articles ({summary['bytes'] / 1e6:.1f} MB, {summary['facts']} facts, "
        f"{summary['near_misses']} near-misses) in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return folder


def article_files(folder: Path) -> list[Path]:
    return sorted(path for path in (folder / generate.ARTICLES_DIR).iterdir() if path.suffix == ".txt")


def change_some(files: list[Path], share: float, seed: int) -> int:
    """Append a line to `share` of the files (chosen by `seed`); facts stay the same, content does not.

    The line is ASCII so that it suits every encoding the generator writes; each call writes a new one.
    """
    rng = random.Random(seed)
    chosen = rng.sample(files, max(1, round(len(files) * share)))
    stamp = time.time_ns()
    for path in chosen:
        with path.open("ab") as handle:
            handle.write(f"\n[rev {stamp}]\n".encode("ascii"))
    return len(chosen)


# --- measuring a command ------------------------------------------------------------------------------------


@dataclasses.dataclass
class Measured:
    """Wall time and peak memory of one command's process tree, and how busy the rest of the machine was."""

    seconds: float
    peak_rss_mb: float  # largest sum of RSS over the process and its children at one moment
    peak_single_mb: float  # largest RSS of any one process in the tree
    others_cpu: float  # CPU time of other processes, as a share of all cores over the run
    returncode: int
    stderr: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 3),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "peak_single_mb": round(self.peak_single_mb, 1),
            "others_cpu_share": round(self.others_cpu, 3),
            "returncode": self.returncode,
        }


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent so far (all cores, idle and I/O wait left out)."""
    import psutil

    times = psutil.cpu_times()
    return float(sum(times) - times.idle - getattr(times, "iowait", 0.0))


def wait_for_quiet(most: float) -> float:
    """Wait, at most `most` seconds, until the machine is nearly idle over 2 s; the seconds waited.

    On a shared machine someone else's test suite can take a core away from a timing; the share of CPU
    other processes used during each run is recorded anyway (`others_cpu_share`).
    """
    import psutil

    started = time.perf_counter()
    while time.perf_counter() - started < most:
        if psutil.cpu_percent(interval=2.0) < 100 * BUSY_WARNING:
            break
    return time.perf_counter() - started


def measure(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run `command`, polling the RSS and CPU time of its whole process tree (workers included)."""
    import psutil

    peak_tree = peak_single = 0
    cpu_by_pid: dict[int, float] = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as stderr:
        machine_before = busy_seconds()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        watched = psutil.Process(process.pid)
        while process.poll() is None:
            sizes = []
            with contextlib.suppress(psutil.Error):
                for member in (watched, *watched.children(recursive=True)):
                    with contextlib.suppress(psutil.Error):
                        sizes.append(member.memory_info().rss)
                        cpu = member.cpu_times()
                        cpu_by_pid[member.pid] = cpu.user + cpu.system
            peak_tree = max(peak_tree, sum(sizes))
            peak_single = max(peak_single, max(sizes, default=0))
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        machine = busy_seconds() - machine_before
        stderr.seek(0)
        messages = stderr.read()
    ours = sum(cpu_by_pid.values())  # as of the last poll: the run's tail is within one interval
    others = max(0.0, machine - ours) / (seconds * (os.cpu_count() or 1))
    return Measured(seconds, peak_tree / 2**20, peak_single / 2**20, others, process.returncode, messages)


def tradeviz_command() -> list[str]:
    """The `tradeviz` console script of this checkout's venv, else the one on PATH, else `-m tradeviz`."""
    script = ROOT / ".venv" / "bin" / "tradeviz"
    if script.exists():
        return [str(script)]
    found = shutil.which("tradeviz")
    return [found] if found else [sys.executable, "-m", "tradeviz"]


def extract_options(code: Code) -> set[str]:
    """Which of --jobs, --cache and --no-cache `tradeviz extract` offers."""
    command = [*tradeviz_command(), "extract", "--help"]
    shown = subprocess.run(command, capture_output=True, text=True, check=False, env=code.env()).stdout
    return {option for option in ("--jobs", "--cache", "--no-cache") if option in shown}


# --- extraction ---------------------------------------------------------------------------------------------


def extract_run(
    code: Code, corpus: Path, out: Path, options: set[str], *, jobs: int | None, cache: Path | None
) -> Measured:
    command = [*tradeviz_command(), "extract", str(corpus / generate.ARTICLES_DIR), "--format", "parquet"]
    command += ["-o", str(out)]
    if jobs is not None and "--jobs" in options:
        command += ["--jobs", str(jobs)]
    if cache is not None and "--cache" in options:
        command += ["--cache", str(cache)]
    elif "--no-cache" in options:
        command += ["--no-cache"]
    waited = wait_for_quiet(code.quiet_wait) if code.quiet_wait else 0.0
    if waited > 5:
        print(f"  (waited {waited:.0f} s for a quieter machine)", flush=True)
    result = measure(command, code.env())
    if result.others_cpu > BUSY_WARNING:
        print(f"  ! other processes used {result.others_cpu:.0%} of the CPU during this run", flush=True)
    if result.returncode != 0:
        print(f"  ! {' '.join(command)} exited {result.returncode}:\n{result.stderr[-2000:]}", flush=True)
    return result


def startup_seconds(code: Code, work: Path, corpus: Path, options: set[str]) -> float:
    """The fixed cost of one `tradeviz extract` (interpreter, imports, one small article), best of three."""
    tiny = work / "tiny"
    (tiny / generate.ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
    first = article_files(corpus)[0]
    shutil.copy(first, tiny / generate.ARTICLES_DIR / first.name)
    runs = [extract_run(code, tiny, work / "tiny.parquet", options, jobs=1, cache=None) for _ in range(3)]
    return min(run.seconds for run in runs)


def rate(size_bytes: int, seconds: float) -> float:
    return size_bytes / 1e6 / seconds if seconds > 0 else float("nan")


def bench_extraction(
    code: Code, work: Path, corpus: Path, size: int, options: set[str], startup: float, seed: int
) -> dict[str, Any]:
    """Cold one-core and all-core runs, re-runs on the cache, recall and precision."""
    import pandas as pd

    files = article_files(corpus)
    size_bytes = sum(path.stat().st_size for path in files)
    cores = os.cpu_count() or 1
    result: dict[str, Any] = {"articles": len(files), "mb": round(size_bytes / 1e6, 2), "cores": cores}
    cache_1, cache_n = work / f"cache-{size}-1", work / f"cache-{size}-{cores}"
    out_1, out_n = work / f"facts-{size}-1.parquet", work / f"facts-{size}-{cores}.parquet"

    for label, jobs, cache, out in (("one_core", 1, cache_1, out_1), ("all_cores", cores, cache_n, out_n)):
        if label == "all_cores" and "--jobs" not in options:
            result[label] = {"skipped": "tradeviz extract has no --jobs"}
            continue
        shutil.rmtree(cache, ignore_errors=True)
        run = extract_run(code, corpus, out, options, jobs=jobs, cache=cache)
        net = max(run.seconds - startup, 1e-9)
        result[label] = {
            **run.as_dict(),
            "jobs": jobs,
            "mb_per_s": round(rate(size_bytes, run.seconds), 3),
            "articles_per_s": round(len(files) / run.seconds, 1),
            "mb_per_s_net_of_startup": round(rate(size_bytes, net), 3),
        }
        print(f"  {label}: {run.seconds:.2f} s, {result[label]['mb_per_s']} MB/s", flush=True)
    if "seconds" in result.get("all_cores", {}):
        result["speedup"] = round(result["one_core"]["seconds"] / result["all_cores"]["seconds"], 3)
        net_1 = result["one_core"]["seconds"] - startup
        net_n = result["all_cores"]["seconds"] - startup
        result["speedup_net_of_startup"] = round(net_1 / net_n, 3) if net_n > 0 else None
        one, many = pd.read_parquet(out_1), pd.read_parquet(out_n)
        result["all_cores_same_facts"] = bool(one.equals(many))

    if "--cache" in options:
        rerun = work / f"facts-{size}-rerun.parquet"
        # A re-run takes a second or two, and varies by a tenth or more from run to run: the median of three.
        samples = [extract_run(code, corpus, rerun, options, jobs=cores, cache=cache_1) for _ in range(3)]
        unchanged = sorted(samples, key=lambda sample: sample.seconds)[1]
        result["rerun_unchanged"] = {
            **unchanged.as_dict(),
            "samples_s": [round(sample.seconds, 3) for sample in samples],
        }
        changed = change_some(files, CHANGED_SHARE, seed + size)
        after = extract_run(code, corpus, rerun, options, jobs=cores, cache=cache_1)
        result["rerun_changed"] = {**after.as_dict(), "files_changed": changed}
        print(f"  re-run: {unchanged.seconds:.2f} s unchanged, {after.seconds:.2f} s with {changed} changed")
    else:
        result["rerun_unchanged"] = result["rerun_changed"] = {"skipped": "tradeviz extract has no --cache"}

    facts, misses = generate.read_truth(corpus / generate.TRUTH_FILE)
    result["accuracy"] = scoring.score(pd.read_parquet(out_1), facts, misses).as_dict()
    result["cache_dir"] = str(cache_1)
    return result


# --- dashboard ----------------------------------------------------------------------------------------------


def timed_run(app: Any, errors: list[str], what: str) -> float | None:
    """Seconds of one script run, or None (with the reason noted) when it fails or times out."""
    started = time.perf_counter()
    try:
        app.run()
    except Exception as error:  # AppTest raises RuntimeError on a time-out
        errors.append(f"{what}: {error}")
        return None
    seconds = time.perf_counter() - started
    if app.exception:
        errors.append(f"{what}: the page raised {app.exception[0].value}")
    return seconds


def dashboard_probe(dashboard: str, corpus: str, cache: str, timeout: float) -> dict[str, Any]:
    """Run in its own process: the dashboard's server-side timings under AppTest."""
    started = time.perf_counter()
    from streamlit.testing.v1 import AppTest

    report: dict[str, Any] = {"import_streamlit_s": round(time.perf_counter() - started, 3)}
    errors: list[str] = []
    os.environ["TRADEVIZ_ARTICLES"] = corpus
    os.environ["TRADEVIZ_CACHE"] = cache
    app = AppTest.from_file(dashboard, default_timeout=timeout)
    first = timed_run(app, errors, "first run")
    report["first_chart_s"] = first
    report["charts"] = len(app.get("plotly_chart")) if first is not None else 0
    if first is None:
        report["errors"] = errors
        return report
    report["points_on_first_chart"] = chart_points(app)
    report["rerun_nothing_changed_s"] = timed_run(app, errors, "re-run")

    changes: dict[str, float | None] = {}
    with contextlib.suppress(KeyError):
        slider = app.slider(key="f_years")
        low, high = slider.value
        if low < high:
            slider.set_value((low + 1, high))
            changes["years"] = timed_run(app, errors, "years")
    with contextlib.suppress(KeyError):
        sources = app.multiselect(key="f_sources")
        if len(sources.options) > 1:
            sources.set_value(list(sources.options[: len(sources.options) // 2]))
            changes["sources"] = timed_run(app, errors, "sources")
    with contextlib.suppress(KeyError):
        pair = app.selectbox(key="f_pair")
        others = [option for option in pair.options if option != pair.value]
        if others:
            pair.set_value(others[0])
            changes["pair"] = timed_run(app, errors, "pair")
    if not changes:
        errors.append("no filter widget found (keys f_years, f_sources, f_pair)")
    report["filter_change_s"] = changes

    opened: dict[str, float | None] = {}
    for view in OTHER_TABS:  # only the open page and tab run: opening one is a run that draws it
        try:
            open_view(app, dashboard, view)
        except (KeyError, ValueError) as error:
            errors.append(f"open {view}: {error}")
            continue
        opened[view] = timed_run(app, errors, f"open {view}")
    report["open_tab_s"] = opened
    with contextlib.suppress(KeyError, ValueError):
        open_view(app, dashboard, FIRST_TAB)
    timed_run(app, errors, "back to the first tab")  # its chart is the one exported below

    second = AppTest.from_file(dashboard, default_timeout=timeout)
    report["new_session_first_chart_s"] = timed_run(second, errors, "new session")

    charts = app.get("plotly_chart")
    if charts:
        report["export_png_s"] = export_times(charts[0].proto.spec, errors)
    report["errors"] = errors
    report["tradeviz"] = str(sys.modules["tradeviz"].__file__) if "tradeviz" in sys.modules else None
    return report


FIRST_TAB = "Turnover vs targets"
OTHER_TABS = ("Exports & imports", "Facts", "Data quality")
PAGE_FILES = {"Facts": "facts.py", "Data quality": "quality.py"}
"""Views that are pages of their own (`st.navigation`); the others are tabs of the charts page."""


def open_view(app: Any, dashboard: str, view: str) -> None:
    """Set up the next run to show `view`, as a click does: a page through the navigation, a chart's tab
    through the link it is bound to. A dashboard of one page with tabs (before issue 15) by its tab state."""
    try:
        from tradeviz.app import PAGES
    except ImportError:  # the dashboard before it had pages
        app.session_state["view"] = view
        return
    page = PAGE_FILES.get(view, "charts.py")
    app.switch_page(os.path.relpath(PAGES / page, Path(dashboard).parent))
    if page == "charts.py":
        if view == FIRST_TAB:
            with contextlib.suppress(KeyError):
                del app.query_params["chart"]
            app.session_state["chart"] = view
        else:
            app.query_params["chart"] = view


def chart_points(app: Any) -> int:
    """Reported figures drawn on the page's charts (what a filter change redraws)."""
    points = 0
    for chart in app.get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            meta = trace.get("meta") or {}
            meta = meta[0] if isinstance(meta, list) else meta  # a one-element list since issue 16
            if meta.get("role") == "reports" and isinstance(trace.get("x"), list):
                points += len(trace["x"])
    return points


def export_times(spec: str, errors: list[str]) -> dict[str, float] | None:
    """PNG export of the shown chart: the first (starts the browser) and the next one."""
    import plotly.io

    from tradeviz import export

    if not export.browser_available():
        errors.append("no Chromium for image export")
        return None
    figure = plotly.io.from_json(spec)
    times = {}
    try:
        for label in ("first", "second"):
            started = time.perf_counter()
            export.figure_to_image(figure, "png")
            times[label] = round(time.perf_counter() - started, 3)
    except Exception as error:
        errors.append(f"export: {error}")
    finally:
        export.close_browser()
    return times


def bench_dashboard(code: Code, corpus: Path, cache: Path, timeout: float) -> dict[str, Any]:
    if not code.dashboard.exists():
        return {"skipped": f"no dashboard.py in {ROOT}"}
    command = [sys.executable, __file__, "--dashboard-probe", str(code.dashboard)]
    command += [str(corpus / generate.ARTICLES_DIR), str(cache), "--dashboard-timeout", str(timeout)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT, env=code.env())
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"skipped": f"probe failed ({done.returncode}): {done.stderr[-1500:]}"}
    return dict(json.loads(lines[-1]))


# --- other tools --------------------------------------------------------------------------------------------


def article_texts(corpus: Path) -> tuple[list[str], list[str]]:
    """(English texts, Russian texts) of the corpus, as their files hold them."""
    english, russian = [], []
    for path in article_files(corpus):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1251")
        sample = text[:3000]
        cyrillic = sum("\u0400" <= char <= "\u04ff" for char in sample)
        (russian if cyrillic > len(sample) * 0.2 else english).append(text)
    return english, russian


def side_by_side(
    texts: list[str], other: Any, ours: Any, budget: float
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Time `other` and `ours` on each text in turn, in order, until the texts or the budget run out.

    Taking turns article by article, both see the same load on a shared machine. Returns, for each, MB/s over
    the articles done and how many amounts or facts it found.
    """
    done = size = 0
    spent = [0.0, 0.0]
    found = [0, 0]
    for text in texts:
        for side, run in enumerate((other, ours)):
            started = time.perf_counter()
            found[side] += run(text)
            spent[side] += time.perf_counter() - started
        done += 1
        size += len(text.encode("utf-8"))
        if spent[0] > budget:
            break
    return tuple(  # type: ignore[return-value]
        {
            "articles": done,
            "of": len(texts),
            "mb": round(size / 1e6, 3),
            "seconds": round(spent[side], 3),
            "mb_per_s": round(rate(size, spent[side]), 4),
            "found": found[side],
            "sampled": done < len(texts),
        }
        for side in (0, 1)
    )


def bench_others(corpus: Path, budget: float) -> dict[str, Any]:
    """quantulum3 on the English articles and natasha's money extractor on the Russian ones, each taking
    turns with tradeviz's `extract_text` on the same articles."""
    import tradeviz

    def ours(text: str) -> int:
        return len(tradeviz.extract_text(text))

    english, russian = article_texts(corpus)
    report: dict[str, Any] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum

            quantulum.parse("Trade reached $41.2 billion in 2023.")  # loads its tables
            theirs, same = side_by_side(english, lambda text: len(quantulum.parse(text)), ours, budget)
            report["quantulum3"], report["tradeviz_same_en_sample"] = theirs, same
    except ImportError:
        report["quantulum3"] = {"skipped": "not installed (make bench-env)"}
    try:
        from natasha import MoneyExtractor, MorphVocab

        extractor = MoneyExtractor(MorphVocab())
        list(extractor("Товарооборот составил 41 млрд долларов."))
        theirs, same = side_by_side(russian, lambda text: len(list(extractor(text))), ours, budget)
        report["natasha"], report["tradeviz_same_ru_sample"] = theirs, same
    except ImportError:
        report["natasha"] = {"skipped": "not installed (make bench-env)"}
    return report


# --- profile ------------------------------------------------------------------------------------------------


def profile(corpus: Path, work: Path, options: set[str]) -> str:
    """Where one `tradeviz extract` spends its time: the CLI in-process, one core, a cold cache."""
    from pyinstrument import Profiler

    from tradeviz.cli import main as tradeviz_main

    cache = work / "profile-cache"
    shutil.rmtree(cache, ignore_errors=True)
    command = ["extract", str(corpus / generate.ARTICLES_DIR), "--format", "parquet"]
    command += ["-o", str(work / "profile.parquet")]
    command += ["--jobs", "1"] if "--jobs" in options else []
    command += ["--cache", str(cache)] if "--cache" in options else []
    profiler = Profiler(interval=0.001)
    profiler.start()
    tradeviz_main(command)
    profiler.stop()
    return str(profiler.output_text(unicode=True, color=False))


# --- report -------------------------------------------------------------------------------------------------


# (label, where the figure is in a size's results, digits)
TABLE_ROWS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("corpus MB", ("extraction", "mb"), 1),
    ("1 core: s", ("extraction", "one_core", "seconds"), 2),
    ("1 core: MB/s", ("extraction", "one_core", "mb_per_s"), 2),
    ("1 core: MB/s net of startup", ("extraction", "one_core", "mb_per_s_net_of_startup"), 2),
    ("1 core: articles/s", ("extraction", "one_core", "articles_per_s"), 0),
    ("1 core: peak RSS MB", ("extraction", "one_core", "peak_rss_mb"), 0),
    ("all cores: s", ("extraction", "all_cores", "seconds"), 2),
    ("all cores: MB/s", ("extraction", "all_cores", "mb_per_s"), 2),
    ("all cores: articles/s", ("extraction", "all_cores", "articles_per_s"), 0),
    ("all cores: peak RSS MB (tree)", ("extraction", "all_cores", "peak_rss_mb"), 0),
    ("speed-up", ("extraction", "speedup"), 2),
    ("speed-up net of startup", ("extraction", "speedup_net_of_startup"), 2),
    ("re-run unchanged: s", ("extraction", "rerun_unchanged", "seconds"), 2),
    ("re-run 1 % changed: s", ("extraction", "rerun_changed", "seconds"), 2),
    ("recall", ("extraction", "accuracy", "recall"), 4),
    ("precision", ("extraction", "accuracy", "precision"), 4),
    ("dashboard first chart: s", ("dashboard", "first_chart_s"), 2),
    ("dashboard re-run, no change: s", ("dashboard", "rerun_nothing_changed_s"), 2),
    ("dashboard filter: years s", ("dashboard", "filter_change_s", "years"), 2),
    ("dashboard filter: sources s", ("dashboard", "filter_change_s", "sources"), 2),
    ("dashboard filter: pair s", ("dashboard", "filter_change_s", "pair"), 2),
    ("dashboard new session: s", ("dashboard", "new_session_first_chart_s"), 2),
    ("dashboard reports on the first chart", ("dashboard", "points_on_first_chart"), 0),
    ("dashboard open Exports & imports: s", ("dashboard", "open_tab_s", "Exports & imports"), 2),
    ("dashboard open Facts: s", ("dashboard", "open_tab_s", "Facts"), 2),
    ("dashboard open Data quality: s", ("dashboard", "open_tab_s", "Data quality"), 2),
    ("dashboard PNG export: s", ("dashboard", "export_png_s", "first"), 2),
    ("dashboard PNG export again: s", ("dashboard", "export_png_s", "second"), 2),
    ("quantulum3 MB/s (en)", ("others", "quantulum3", "mb_per_s"), 3),
    ("tradeviz in-process, same en: MB/s", ("others", "tradeviz_same_en_sample", "mb_per_s"), 3),
    ("natasha money MB/s (ru)", ("others", "natasha", "mb_per_s"), 3),
    ("tradeviz in-process, same ru: MB/s", ("others", "tradeviz_same_ru_sample", "mb_per_s"), 3),
    ("tradeviz 1 core / quantulum3", ("ratios", "quantulum3"), 1),
    ("tradeviz 1 core / natasha", ("ratios", "natasha"), 1),
    ("tradeviz / quantulum3, same articles", ("ratios", "quantulum3_same_articles"), 1),
    ("tradeviz / natasha, same articles", ("ratios", "natasha_same_articles"), 1),
)


def dig(entry: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(entry, dict) or key not in entry:
            return None
        entry = entry[key]
    return entry


def fmt(value: Any, digits: int) -> str:
    if value is None:
        return "n/a"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def table(results: dict[str, Any]) -> str:
    """The per-size figures as a plain text table."""
    sizes = list(results["sizes"])
    rows = [
        (label, *(fmt(dig(results["sizes"][size], path), digits) for size in sizes))
        for label, path, digits in TABLE_ROWS
    ]
    header = ("articles", *sizes)
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in (header, *rows)
    ]
    return "\n".join(lines)


def commit_of_checkout() -> str:
    """HEAD of the checkout, marked when src/ has uncommitted changes."""
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run(
        [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    dirty = subprocess.run(
        [*git, "status", "--porcelain", "src"], capture_output=True, text=True, check=False
    )
    return commit.stdout.strip() + ("+uncommitted src changes" if dirty.stdout.strip() else "")


def machine(code: Code) -> dict[str, Any]:
    """Where and what was measured: the machine, and the commit the measured code came from."""
    snapshot_commit = Path(code.pythonpath or "") / "commit.txt"
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": (
            (snapshot_commit.read_text(encoding="utf-8") if snapshot_commit.exists() else "unknown")
            if code.pythonpath
            else commit_of_checkout()
        ),
        "code": f"snapshot in {code.pythonpath}" if code.pythonpath else "live checkout",
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def bench_size(args: argparse.Namespace, code: Code, size: int, options: set[str]) -> dict[str, Any]:
    work: Path = args.work
    corpus = ensure_corpus(work, size, args.seed)
    entry: dict[str, Any] = {"machine": machine(code)}
    startup = startup_seconds(code, work, corpus, options)
    entry["startup_s"] = round(startup, 3)
    print(f"[{size}] startup of one `tradeviz extract` on one article: {startup:.2f} s", flush=True)
    print(f"[{size}] extraction", flush=True)
    entry["extraction"] = bench_extraction(code, work, corpus, size, options, startup, args.seed)
    accuracy = entry["extraction"]["accuracy"]
    print(f"  recall {accuracy['recall']:.4f}, precision {accuracy['precision']:.4f}", flush=True)
    if not args.skip_dashboard:
        print(f"[{size}] dashboard", flush=True)
        cache = Path(entry["extraction"]["cache_dir"])
        entry["dashboard"] = bench_dashboard(code, corpus, cache, args.dashboard_timeout)
    if not args.skip_others:
        print(f"[{size}] quantulum3 and natasha", flush=True)
        entry["others"] = bench_others(corpus, args.others_budget)
    return entry


def ratios(entry: dict[str, Any]) -> dict[str, float]:
    """tradeviz's speed over each other tool's: its one-core CLI MB/s, and in-process on the same articles."""
    others = entry.get("others", {})
    ours = dig(entry, ("extraction", "one_core", "mb_per_s"))
    result = {}
    for name, same in (("quantulum3", "tradeviz_same_en_sample"), ("natasha", "tradeviz_same_ru_sample")):
        theirs = others.get(name, {}).get("mb_per_s")
        if not theirs:
            continue
        if ours:
            result[name] = round(ours / theirs, 2)
        if others.get(same, {}).get("mb_per_s"):
            result[f"{name}_same_articles"] = round(others[same]["mb_per_s"] / theirs, 2)
    return result


def notes(size: str, entry: dict[str, Any]) -> list[str]:
    """What the table cannot say: errors, samples, busy machines, what the extractor got wrong."""
    lines = []
    for note in entry.get("dashboard", {}).get("errors", []) or []:
        lines.append(f"[{size}] dashboard: {note}")
    if "skipped" in entry.get("dashboard", {}):
        lines.append(f"[{size}] dashboard skipped: {entry['dashboard']['skipped']}")
    for name in ("quantulum3", "natasha"):
        other = entry.get("others", {}).get(name, {})
        if other.get("sampled"):
            lines.append(f"[{size}] {name}: timed on the first {other['articles']} of {other['of']} articles")
    for step in ("one_core", "all_cores", "rerun_unchanged", "rerun_changed"):
        share = dig(entry, ("extraction", step, "others_cpu_share"))
        if share is not None and share > BUSY_WARNING:
            lines.append(f"[{size}] {step}: other processes used {share:.0%} of the CPU meanwhile")
    examples = dig(entry, ("extraction", "accuracy", "examples"))
    if examples:
        lines.append(f"[{size}] what the extractor got wrong (first examples):")
        lines.extend(examples[:16])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000], help="corpus sizes")
    parser.add_argument("--seed", type=int, default=7, help="the generator's seed")
    parser.add_argument("--work", type=Path, default=Path("/tmp/tvbench"), help="corpora, caches, results")
    parser.add_argument("--skip-dashboard", action="store_true", help="do not time the dashboard")
    parser.add_argument("--skip-others", action="store_true", help="do not time quantulum3 and natasha")
    parser.add_argument(
        "--reuse-snapshot",
        action="store_true",
        help="measure the snapshot already in WORK (the code of an earlier run) instead of taking a new one",
    )
    parser.add_argument(
        "--others-only", action="store_true", help="time only quantulum3 and natasha (keeps other results)"
    )
    parser.add_argument("--others-budget", type=float, default=30.0, help="seconds per other tool and size")
    parser.add_argument("--dashboard-timeout", type=float, default=120.0, help="AppTest's default_timeout")
    parser.add_argument("--profile", action="store_true", help="profile one extract of the smallest size")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=90.0,
        help="before each timed run, wait up to this many seconds for other processes to go quiet (0: never)",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="measure the checkout as it is (default: a snapshot of it at start)",
    )
    parser.add_argument(
        "--dashboard-probe", nargs=3, metavar=("APP", "ARTICLES", "CACHE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)

    if args.dashboard_probe:
        with contextlib.redirect_stdout(sys.stderr):
            report = dashboard_probe(*args.dashboard_probe, args.dashboard_timeout)
        print(json.dumps(report))
        return 0

    args.work.mkdir(parents=True, exist_ok=True)
    code = (
        Code(None, ROOT / "dashboard.py", args.quiet_wait)
        if args.live
        else snapshot(args.work, args.quiet_wait, reuse=args.reuse_snapshot)
    )
    options = extract_options(code)
    missing = {"--jobs", "--cache"} - options
    if missing:
        print(f"note: tradeviz extract has no {', '.join(sorted(missing))}; running without", flush=True)
    results_file = args.work / "results.json"
    results: dict[str, Any] = {"sizes": {}}
    if results_file.exists():  # keep the sizes measured by earlier runs
        with contextlib.suppress(ValueError):
            results = json.loads(results_file.read_text(encoding="utf-8"))
    results["seed"] = args.seed
    if args.profile:
        smallest = ensure_corpus(args.work, min(args.sizes), args.seed)
        text = profile(smallest, args.work, options)
        (args.work / f"profile-{min(args.sizes)}.txt").write_text(text, encoding="utf-8")
        print("\n".join(text.splitlines()[:70]), flush=True)
    for size in args.sizes:
        if args.others_only:  # keep what was measured before, time only the other tools again
            entry = results["sizes"].setdefault(str(size), {})
            print(f"[{size}] quantulum3 and natasha", flush=True)
            entry["others"] = bench_others(ensure_corpus(args.work, size, args.seed), args.others_budget)
            entry["ratios"] = ratios(entry)
        else:
            earlier = results["sizes"].get(str(size), {})
            entry = bench_size(args, code, size, options)
            for part in ("dashboard", "others"):  # a part skipped this time keeps its earlier figures
                if part not in entry and part in earlier:
                    entry[part] = {**earlier[part], "measured": earlier.get("machine", {}).get("when")}
            entry["ratios"] = ratios(entry)
            results["sizes"][str(size)] = entry
        results["sizes"] = dict(sorted(results["sizes"].items(), key=lambda item: int(item[0])))
        results_file.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print()
    print(table({"sizes": {str(size): results["sizes"][str(size)] for size in args.sizes}}))
    for size in args.sizes:
        for line in notes(str(size), results["sizes"][str(size)]):
            print(line)
    print(f"\nresults (every size measured so far): {results_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
