"""Tally the key terms Chinese claims miss where the gold says the source states them.

    python scripts/zh_missing_tally.py DIR [--rows]          # judge's "missing:"
    PYTHONPATH=src python scripts/zh_missing_tally.py DIR --gold [--rows]

Reads LABEL/probe*.json (zh rows expected supported, partially_supported or contradicted)
and LABEL/scifact-train-zh.jsonl (gold SUPPORT or CONTRADICT), as `bench/measure.sh`
writes them. Without --gold: the terms the rationales list after "missing:" (the best
sentence's). With --gold: each claim's weighed key terms its gold evidence (the probe's
`evidence`, SciFact's rationale sentences from ../shared/scifact) lacks, read as one text.
"""

from __future__ import annotations

import collections
import glob
import json
import re
import sys
from pathlib import Path

_STATED = {"supported", "partially_supported", "contradicted", "SUPPORT", "CONTRADICT"}
_TERM = re.compile(r"(\S+) \((.*)\)")


def missing_terms(rationale: str) -> list[tuple[str, str]]:
    """The (Chinese word, shown gloss) pairs of a rationale's "missing:" list."""
    out: list[tuple[str, str]] = []
    for chunk in re.findall(r"missing: (.*?)\)\.", rationale):
        for item in _split_top(chunk):
            m = _TERM.fullmatch(item)
            out.append((m.group(1), m.group(2)) if m else (item, ""))
    return out


def _split_top(chunk: str) -> list[str]:
    """Split a list on ", " outside parentheses."""
    items, depth, cur = [], 0, ""
    for ch in chunk:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            items.append(cur.strip())
            cur = ""
        else:
            cur += ch
    return [i for i in [*items, cur.strip()] if i]


def rows(base: Path) -> list[tuple[str, str, str]]:
    """(row id, status, rationale) of the Chinese rows whose gold says stated."""
    out: list[tuple[str, str, str]] = []
    for f in sorted(glob.glob(str(base / "probe*.json"))):
        for r in json.loads(Path(f).read_text()):
            if r.get("lang") == "zh" and r["expected"] in _STATED:
                out.append((r["id"], r["status"], r["rationale"]))
    sf = base / "scifact-train-zh.jsonl"
    if sf.exists():
        for line in sf.read_text().splitlines():
            r = json.loads(line)
            if r["gold"] in _STATED:
                out.append((f"sf-{r['claim_id']}-{r['doc_id']}", r["status"], r["rationale"]))
    return out


def main() -> None:
    base = Path(sys.argv[1])
    show = "--rows" in sys.argv
    tally: collections.Counter[tuple[str, str]] = collections.Counter()
    where: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for rid, status, rat in rows(base):
        if status == "supported":
            continue
        for term in missing_terms(rat):
            tally[term] += 1
            where[term].append(f"{rid}:{status[:4]}")
    for term, n in tally.most_common():
        extra = " " + " ".join(where[term][:6]) if show else ""
        print(f"{n:3d} {term[0]} ({term[1]}){extra}")



def gold_rows(base: Path) -> list[tuple[str, str, str, list[str]]]:
    """(row id, status, claim, gold evidence sentences) of the same Chinese rows."""
    out: list[tuple[str, str, str, list[str]]] = []
    for f in sorted(glob.glob(str(base / "probe*.json"))):
        for r in json.loads(Path(f).read_text()):
            if r.get("lang") == "zh" and r["expected"] in _STATED and r.get("evidence"):
                out.append((r["id"], r["status"], r["claim"], list(r["evidence"])))
    sf = base / "scifact-train-zh.jsonl"
    shared = Path(__file__).resolve().parents[1].parent / "shared" / "scifact"
    if not shared.exists():
        shared = Path("/work/shared/scifact")
    if sf.exists() and shared.exists():
        corpus = {}
        for line in (shared / "corpus_cited.jsonl").read_text().splitlines():
            d = json.loads(line)
            corpus[d["doc_id"]] = d["abstract"]
        gold = {}
        for line in (shared / "claims_train.jsonl").read_text().splitlines():
            c = json.loads(line)
            for doc, ev in c["evidence"].items():
                gold[(c["id"], int(doc))] = sorted({i for e in ev for i in e["sentences"]})
        for line in sf.read_text().splitlines():
            r = json.loads(line)
            idx = gold.get((r["claim_id"], r["doc_id"]))
            if r["gold"] in _STATED and idx:
                sents = [corpus[r["doc_id"]][i] for i in idx]
                out.append((f"sf-{r['claim_id']}-{r['doc_id']}", r["status"], r["claim"], sents))
    return out


def gold_main(base: Path, show: bool) -> None:
    """Key terms of each stated claim that its gold evidence (read as one text) lacks."""
    from claimcheck.evidence import load_glossary
    from claimcheck.evidence.match import coverage
    from claimcheck.evidence.terms import analyze

    glossary = load_glossary()
    lex = glossary.lexicon()
    tally: collections.Counter[str] = collections.Counter()
    where: dict[str, list[str]] = collections.defaultdict(list)
    share = []
    for rid, status, claim, sents in gold_rows(base):
        ct = analyze(claim, glossary)
        cov = coverage(ct, analyze(" ".join(sents), glossary), glossary)
        share.append(cov.score)
        for c in sorted(cov.missing):
            surf = ct.surface.get(c, c)
            en = lex.english(surf) if not surf.isascii() else ""
            key = f"{surf} [{c}] ({en})"
            tally[key] += 1
            where[key].append(f"{rid}:{status[:4]}")
    print(f"# rows {len(share)} mean share {sum(share) / max(len(share), 1):.4f}")
    for key, n in tally.most_common():
        print(f"{n:3d} {key}" + (" " + " ".join(where[key][:5]) if show else ""))




if __name__ == "__main__":
    if "--gold" in sys.argv:
        gold_main(Path(sys.argv[1]), "--rows" in sys.argv)
    else:
        main()
