"""Accuracy on gold facts of real news: precision, recall and F1, overall and by language, and the
attributes of the facts found (qualifier, growth, region, parties, flow).

    .venv/bin/python benchmarks/accuracy.py ../shared/realdev/passages.jsonl [--langs ru,en] [--show]

A gold line is `{"id", "lang", "published", "text", "facts": [...]}` (the practice set's format, see
../shared/realdev/README.md). Every passage is written to a temporary folder with front matter for its
publication date and read by `tradeviz.extract_paths`, as `tradeviz extract` reads a folder. The matching
rules are the practice scorer's (benchmarks/README.md): a found fact matches a gold one when metric, kind
and currency agree, the amounts within 0.5 %, and the period's months (a reported figure; a gold period of
null is not judged) or the target year (a target); an export and an import of the same flow are the same
fact; the same figure found twice in one passage counts once.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

SCALE = {"unit": 1.0, "thousand": 1e3, "mn": 1e6, "bn": 1e9, "trn": 1e12}
FLOWS = ("export", "import")
ATTRIBUTES = ("qualifier", "growth", "region", "parties", "flow")
# A region is right when the found name holds one of these (the gold gives English names).
REGION_ALIASES = {
    "turkestan": ["turkestan", "туркестан", "түркістан"],
    "heilongjiang": ["heilongjiang", "хэйлунцзян", "黑龙江"],
    "jilin": ["jilin", "цзилин", "吉林"],
    "xinjiang": ["xinjiang", "синьцзян", "суар", "xuar", "新疆"],
    "heihe": ["heihe", "хэйхэ", "黑河"],
    "inner mongolia": ["inner mongolia", "внутренн", "内蒙古"],
    "yakutia": ["yakutia", "sakha", "якут", "саха"],
    "orenburg region": ["orenburg", "оренбург"],
    "pavlodar region": ["pavlodar", "павлодар"],
    "buryatia": ["buryat", "бурят"],
    "suifenhe": ["suifenhe", "суйфэньхэ", "绥芬河"],
    "omsk region": ["omsk", "омск"],
    "kostanay region": ["kostanay", "костанай"],
}

Fact = Mapping[str, Any]


def gold_months(period: str | None) -> tuple[str, str] | None:
    if not period:
        return None
    first, _, last = period.partition("..")
    return (first[:7], last[:7]) if last else (first + "-01", first + "-12")


def found_months(fact: Fact) -> tuple[str, str] | None:
    start, end = fact.get("period_start"), fact.get("period_end")
    return (str(start)[:7], str(end)[:7]) if start and end else None


def same_metric(gold: Fact, found: Fact) -> bool:
    """With a direction on both sides, an export and an import of the same flow are one fact."""
    if gold["metric"] in FLOWS and gold.get("flow") and found.get("flow"):
        return found.get("metric") in FLOWS and found["flow"] == gold["flow"]
    return bool(gold["metric"] == found.get("metric"))


def matches(gold: Fact, found: Fact) -> bool:
    """The practice scorer's rule: metric, kind, currency, amount within 0.5 %, period or target year."""
    if not same_metric(gold, found) or gold["kind"] != found.get("kind"):
        return False
    if gold["currency"] != found.get("currency") or found.get("amount") is None:
        return False
    if not math.isclose(gold["value"] * SCALE[gold["scale"]], float(found["amount"]), rel_tol=5e-3):
        return False
    if gold["kind"] == "target":
        year = found.get("target_year")
        return (year is None and gold["target_year"] is None) or (
            year is not None and gold["target_year"] is not None and int(year) == gold["target_year"]
        )
    return gold["period"] is None or found_months(found) == gold_months(gold["period"])


def attribute_right(name: str, gold: Fact, found: Fact) -> bool | None:
    """Whether a matched fact has the gold's attribute (None: flow where the gold gives none)."""
    if name == "qualifier":
        return bool(found.get("qualifier") == gold["qualifier"])
    if name == "growth":
        got = found.get("growth_pct")
        if gold["growth_pct"] is None or got is None:
            return gold["growth_pct"] is None and got is None
        return abs(float(got) - gold["growth_pct"]) < 0.05
    if name == "region":
        region = str(found.get("region") or "").lower()
        if gold["region"] is None:
            return not region
        wanted = gold["region"].lower()
        return any(alias in region for alias in REGION_ALIASES.get(wanted, [wanted]))
    if name == "parties":
        return sorted(str(found.get("parties") or "").split("-")) == sorted(gold["parties"])
    if not gold.get("flow"):
        return None
    return bool(found.get("flow") == gold["flow"])


def score(gold: Sequence[Fact], found: Mapping[str, list[Fact]], show: bool = False) -> dict[str, Any]:
    """Counts overall and by language, attribute accuracy, and (with `show`) the misses and extras."""
    totals = {"tp": 0, "fp": 0, "fn": 0}
    by_lang: dict[str, dict[str, int]] = {}
    right = dict.fromkeys(ATTRIBUTES, 0)
    judged = dict.fromkeys(ATTRIBUTES, 0)
    lines: list[str] = []
    for passage in gold:
        counts = by_lang.setdefault(passage.get("lang") or "?", {"tp": 0, "fp": 0, "fn": 0})
        candidates = list(found.get(passage["id"], []))
        used: set[int] = set()
        for fact in passage["facts"]:
            hit = next((i for i, f in enumerate(candidates) if i not in used and matches(fact, f)), None)
            if hit is None:
                for tally in (totals, counts):
                    tally["fn"] += 1
                lines.append(f"MISS {passage['id']}: {_gold_line(fact)}")
                continue
            used.add(hit)
            for tally in (totals, counts):
                tally["tp"] += 1
            for name in ATTRIBUTES:
                verdict = attribute_right(name, fact, candidates[hit])
                if verdict is not None:
                    judged[name] += 1
                    right[name] += verdict
                    if not verdict:
                        got = _found_attr(name, candidates[hit])
                        lines.append(f"ATTR {passage['id']}: {name} {_gold_line(fact)} got {got}")
        for i, extra in enumerate(candidates):
            if i not in used:
                for tally in (totals, counts):
                    tally["fp"] += 1
                lines.append(f"EXTRA {passage['id']}: {_found_line(extra)}")
    if show:
        print("\n".join(lines))
    return {
        **_rates(totals),
        "by_lang": {lang: _rates(counts) for lang, counts in sorted(by_lang.items())},
        "attributes": {name: (right[name] / judged[name] if judged[name] else None) for name in ATTRIBUTES},
        "judged": judged,
    }


def _rates(counts: Mapping[str, int]) -> dict[str, Any]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def _gold_line(fact: Fact) -> str:
    when = fact["period"] or fact["target_year"]
    flow = f" {fact['flow']}" if fact.get("flow") else ""
    return f"{fact['metric']} {fact['kind']} {fact['value']} {fact['scale']} {fact['currency']} {when}{flow}"


def _found_line(fact: Fact) -> str:
    when = f"{fact.get('period_start')}..{fact.get('period_end')}" if fact.get("period_start") else "-"
    quote = str(fact.get("quote") or "")[:100]
    return (
        f"{fact.get('metric')} {fact.get('kind')} {fact.get('amount')} {fact.get('currency')} {when} "
        f"ty={fact.get('target_year')} {fact.get('parties')} {fact.get('flow') or ''} | {quote}"
    )


def _found_attr(name: str, fact: Fact) -> object:
    key = {"growth": "growth_pct"}.get(name, name)
    return fact.get(key)


def extract(gold: Iterable[Fact]) -> dict[str, list[Fact]]:
    """The facts tradeviz finds in each passage (as JSON values), the same figure once per passage."""
    from tradeviz import load_corpus
    from tradeviz.frame import json_value

    with tempfile.TemporaryDirectory() as folder:
        for passage in gold:
            head = f"---\npublished: {passage['published']}\n---\n" if passage.get("published") else ""
            Path(folder, f"{passage['id']}.txt").write_text(head + passage["text"], encoding="utf-8")
        corpus = load_corpus([folder])
        frame = corpus.facts
        for skipped in corpus.skipped:  # a passage tradeviz could not read scores nothing: say so
            print(f"accuracy: skipped {Path(skipped.path).name}: {skipped.reason}", file=sys.stderr)
    found: dict[str, list[Fact]] = {}
    seen: dict[str, set[tuple[object, ...]]] = {}
    for record in frame.to_dict("records"):
        fact = {key: json_value(value) for key, value in record.items()}
        name = Path(str(fact["article"])).stem
        key = tuple(
            fact.get(k)
            for k in ("metric", "kind", "currency", "amount", "period_start", "period_end", "target_year")
        )
        if key in seen.setdefault(name, set()):
            continue
        seen[name].add(key)
        found.setdefault(name, []).append(fact)
    return found


def report(result: Mapping[str, Any]) -> str:
    lines = [
        f"overall: precision {result['precision']:.3f} recall {result['recall']:.3f} F1 {result['f1']:.3f} "
        f"(tp {result['tp']} fp {result['fp']} fn {result['fn']})"
    ]
    for lang, rates in result["by_lang"].items():
        lines.append(
            f"  {lang}: precision {rates['precision']:.3f} recall {rates['recall']:.3f} F1 {rates['f1']:.3f} "
            f"(tp {rates['tp']} fp {rates['fp']} fn {rates['fn']})"
        )
    attributes = ", ".join(
        f"{name} {value:.3f} ({result['judged'][name]})" if value is not None else f"{name} -"
        for name, value in result["attributes"].items()
    )
    lines.append(f"on matched facts: {attributes}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold JSONL files")
    parser.add_argument("--langs", help="languages to keep, comma-separated (e.g. ru,en)")
    parser.add_argument("--show", action="store_true", help="list every miss, extra and wrong attribute")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    gold = [
        json.loads(line)
        for path in args.gold
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if args.langs:
        keep = set(args.langs.split(","))
        gold = [passage for passage in gold if passage.get("lang") in keep]
    result = score(gold, extract(gold), show=args.show)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
