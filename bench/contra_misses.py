"""Probe rows expected `contradicted` that the judge did not call so, grouped by why (session 11).

    python bench/contra_misses.py DIR      # reads DIR/probe*.json, as bench/measure.sh writes them

Groups, first match wins: (e) the stating sentence not found (best sentence under half the
claim's key terms); (b) a "no difference / no effect" claim against an effect, or the reverse;
(a) a direction or antonym not compared; (d) order in time or ranking; (c) the same measure with
another value, the value rejected as not found; (e) anything else. The words are a small
heuristic lexicon for sorting misses, not the judge's.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

_BEST = re.compile(r"best sentence carries (\d+)%")
_NO_EFFECT = re.compile(
    r"\bno (?:\w+ )?(?:difference|effect|association|relation|evidence)|\bnot? (?:\w+ )?"
    r"(?:significant|differ|affect|associated)|\bdid not\b|\bnone\b|\bneither\b|\bvanish|"
    r"\bunaffected|\bsimilar\b|\bcomparable\b|没有|无|未|不会|消失|相差无几|显著|明显", re.I)
_DIRECTION = re.compile(
    r"\b(?:rose|rise|fell|fall|increas\w*|decreas\w*|reduc\w*|higher|lower|greater|less|"
    r"fewer|more|narrow\w*|widen\w*|better|worse|improv\w*|faded|persist\w*|sustain\w*|"
    r"exceed\w*)\b|增加|减少|升高|降低|优于|劣于|高于|低于|多于|少于|不如|下降|上升", re.I)
_ORDER = re.compile(r"\b(?:before|after|preced\w*|earlier|later|prior|first|highest|lowest|"
                    r"most|least|best|worst|once)\b|最高|最低|最好|最差|之前|之后|以后", re.I)
_FIGURES = re.compile(r"figures?|not found there|\d")
GROUPS = {"a": "direction / antonym not compared", "b": "no difference / no effect vs effect",
          "c": "same measure, another value", "d": "order in time / ranking",
          "e": "stating sentence not found (vocabulary)"}


def group(row: dict[str, Any]) -> str:
    """The letter of the reason a miss belongs to (see the module docstring)."""
    rationale, claim = row["rationale"], row["claim"]
    evidence = " ".join(row.get("evidence", []))
    best = _BEST.search(rationale)
    if best and int(best.group(1)) < 50:
        return "e"
    if _NO_EFFECT.search(claim) or _NO_EFFECT.search(evidence):
        return "b"
    if _DIRECTION.search(claim) and _DIRECTION.search(evidence):
        return "a"
    if _ORDER.search(claim) and _ORDER.search(evidence):
        return "d"
    if _FIGURES.search(rationale) and re.search(r"\d|[一二两三四五六七八九十]", claim):
        return "c"
    return "e"


def misses(folder: Path) -> list[dict[str, Any]]:
    """Rows expected contradicted and judged otherwise, from every probe*.json in `folder`."""
    out = []
    for path in sorted(folder.glob("probe*.json")):
        out += [r for r in json.loads(path.read_text(encoding="utf-8"))
                if r["expected"] == "contradicted" and r["status"] != "contradicted"]
    return out


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit("usage: python bench/contra_misses.py DIR (a directory bench/measure.sh wrote)")
    rows = misses(Path(argv[0]))
    by_group: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for row in rows:
        by_group[group(row)].append(row)
    for letter in sorted(GROUPS):
        items = by_group.get(letter, [])
        print(f"({letter}) {GROUPS[letter]}: {len(items)}")
        for r in items:
            print(f"  {r['id']:26} {r['status']:20} {r['claim'][:90]}")
            print(f"      {r['rationale'][:160]}")
    counts = collections.Counter(r["status"] for r in rows)
    print(f"{len(rows)} rows: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
