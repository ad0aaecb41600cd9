"""Each precision guard (`claimcheck.evidence.guards`) measured alone on SciFact.

    python bench/guards_ablation.py                     # train, English claims
    python bench/guards_ablation.py --split train --lang zh --show entity
    python bench/guards_ablation.py --parity          # Chinese cues against English ones

For every guard: the false `supported` it removes, the true ones it loses (status and
SciFact label), what it turns into `contradicted`, and macro-F1 / SUPPORT precision with that
guard alone and with all of them. Guards only ever change a `supported` verdict, so the pairs
judged `supported` without guards are the only ones re-judged. Tune on train only.

`--parity` compares, guard by guard, the English claim and its Chinese translation on every
sentence of every cited abstract (not only the deciding one): how often the guard trips for
both, for the English claim only, for the Chinese claim only.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

import claimcheck
from claimcheck.evidence import guards
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.sources import build_source
from claimcheck.models import AbstractSection, ResolvedReference, SourceRecord

_spec = importlib.util.spec_from_file_location("bench_eval", Path(__file__).with_name("eval.py"))
assert _spec and _spec.loader
bench_eval = importlib.util.module_from_spec(_spec)
sys.modules["bench_eval"] = bench_eval
_spec.loader.exec_module(bench_eval)


def judge(pairs: list[dict[str, Any]]) -> list[str]:
    return [claimcheck.verify(p["claim"], title=p["title"], abstract=p["abstract"]).status
            for p in pairs]


def summary(pairs: list[dict[str, Any]], statuses: list[str]) -> dict[str, Any]:
    rows = [(p["gold"], bench_eval.to_label(s), s) for p, s in zip(pairs, statuses, strict=True)]
    r = bench_eval.three_way(rows)
    return {"macro_f1": r["macro_f1"], "support_p": r["per_label"]["SUPPORT"]["precision"],
            "support_r": r["per_label"]["SUPPORT"]["recall"],
            "false_supported": r["false_supported"],
            "false_contradicted": r["false_contradicted"]}


def parity(split: str, show: str | None) -> None:
    """Each guard on every sentence: tripped for the English claim, the Chinese one, or both."""
    glossary = load_glossary()
    english = {(p["claim_id"], p["doc_id"]): p["claim"] for p in bench_eval.scifact_pairs(split, "en")}
    checks = dict(guards._GUARDS)
    counts = {name: {"both": 0, "en only": 0, "zh only": 0} for name in checks}
    for p in bench_eval.scifact_pairs(split, "zh"):
        record = SourceRecord(pmid="", title=p["title"], abstract=[
            AbstractSection(text=s) for s in p["abstract"] if s.strip()])
        source = build_source("1", ResolvedReference(label="1", status="resolved", record=record,
                                                     method="pmid"), {}, {}, glossary)
        zh = analyse(p["claim"], glossary, claim=True)
        en = analyse(english[(p["claim_id"], p["doc_id"])], glossary, claim=True)
        for name, check in checks.items():
            for unit in source.units:
                hit_zh, hit_en = (check(c, unit, p["title"], glossary) for c in (zh, en))
                if hit_zh or hit_en:
                    key = "both" if hit_zh and hit_en else "zh only" if hit_zh else "en only"
                    counts[name][key] += 1
                    if show == name and key != "both":
                        print(f"    {key:7} {p['claim_id']}: {p['claim'][:60]} | {unit.text[:90]}")
    print(f"SciFact {split}: guard trips on every sentence, English claim vs its Chinese translation")
    print("| guard | both | English only | Chinese only |")
    print("|---|---|---|---|")
    for name, c in counts.items():
        print(f"| {name} | {c['both']} | {c['en only']} | {c['zh only']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    parser.add_argument("--show", help="print the pairs this guard changes")
    parser.add_argument("--parity", action="store_true",
                        help="compare each guard on English claims and their Chinese translations")
    args = parser.parse_args()
    if args.parity:
        parity(args.split, args.show)
        return
    pairs = bench_eval.scifact_pairs(args.split, args.lang)
    guards.ACTIVE.clear()
    base = judge(pairs)
    idx = [i for i, s in enumerate(base) if s == "supported"]
    subset = [pairs[i] for i in idx]
    print(f"SciFact {args.split} ({args.lang}): {len(pairs)} pairs, {len(idx)} supported "
          f"without guards; without guards {summary(pairs, base)}")
    print("| guard | false supported removed | true supported lost (status) | SUPPORT label lost "
          "| now contradicted (right / wrong) | macro-F1 | SUPPORT P |")
    print("|---|---|---|---|---|---|---|")
    for name in (*guards.GUARDS, "all"):
        guards.ACTIVE.clear()
        guards.ACTIVE.update(guards.GUARDS if name == "all" else (name,))
        after = judge(subset)
        statuses = list(base)
        for i, s in zip(idx, after, strict=True):
            statuses[i] = s
        changed = [(pairs[i], s) for i, s in zip(idx, after, strict=True) if s != "supported"]
        removed = sum(1 for p, _ in changed if p["gold"] != "SUPPORT")
        lost = sum(1 for p, _ in changed if p["gold"] == "SUPPORT")
        label_lost = sum(1 for p, s in changed if p["gold"] == "SUPPORT"
                         and bench_eval.to_label(s) != "SUPPORT")
        right = sum(1 for p, s in changed if s == "contradicted" and p["gold"] == "CONTRADICT")
        wrong = sum(1 for p, s in changed if s == "contradicted" and p["gold"] != "CONTRADICT")
        r = summary(pairs, statuses)
        print(f"| {name} | {removed} | {lost} | {label_lost} | {right} / {wrong} | "
              f"{r['macro_f1']:.3f} | {r['support_p']:.2f} |")
        if args.show == name:
            for p, s in changed:
                print(f"    {p['gold']:10} -> {s:19} {p['claim_id']}: {p['claim'][:110]}")
    guards.ACTIVE.clear()
    guards.ACTIVE.update(guards.GUARDS)


if __name__ == "__main__":
    main()
