"""Mutation test of the judge: claims that must not be supported (issue 10, false supported).

    python bench/mutations.py                 # counts, and every mutant still supported
    python bench/mutations.py --json out.json

For every development-probe row (bench/data/article_probe.jsonl and article_probe2..6.jsonl;
never a held-out probe) labelled `supported` that the judge calls `supported`, three mutants are
written by rule, not by hand: one figure multiplied by 1.37 ("perturb"), two different figures
swapped ("swap") and one direction word turned round ("flip": higher/lower, 升高/降低 …). Each
states something its source does not, and a mutant still `supported` is a false supported the
probes cannot show. Some survivors are no error (two cohorts "of 243 and 200 people" swapped,
the digits of a name such as "PHQ-9"): read them by class. The figure is the count of
survivors per kind; fewer is better, never at the cost of the probes' own figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from probe_rows import cited_docs, judged_supported, probe_paths, probe_rows

import claimcheck

PROBES = probe_paths(6)
#: a figure of the claim (not its citation marker), 2 or more
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")
_FLIPS = [("increased", "decreased"), ("higher", "lower"), ("more", "fewer"), ("rose", "fell"),
          ("raised", "lowered"), ("greater", "smaller"), ("升高", "降低"), ("增加", "减少"),
          ("提高", "降低"), ("更高", "更低"), ("上升", "下降"), ("高于", "低于"), ("增多", "减少")]


def _figures(claim: str) -> list[re.Match[str]]:
    return [m for m in _NUMBER.finditer(claim)
            if claim[m.end():m.end() + 1] != "]" and float(m.group(1)) >= 2]


def perturb(claim: str, rng: random.Random) -> str | None:
    """One figure times 1.37, printed to its own precision (whole numbers one more)."""
    figures = _figures(claim)
    if not figures:
        return None
    m = rng.choice(figures)
    text = m.group(1)
    if "." in text:
        places = len(text.split(".")[1])
        new = f"{float(text) * 1.37:.{places}f}"
    else:
        new = str(round(int(text) * 1.37) + 1)
    return claim[:m.start()] + new + claim[m.end():]


def swap(claim: str) -> str | None:
    """The first two different figures, each in the other's place."""
    figures = _figures(claim)
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if a.group(1) != b.group(1):
                return (claim[:a.start()] + b.group(1) + claim[a.end():b.start()] + a.group(1)
                        + claim[b.end():])
    return None


def flip(claim: str) -> str | None:
    """The first direction word turned round."""
    for a, b in _FLIPS:
        for word, other in ((a, b), (b, a)):
            pattern = rf"\b{word}\b" if word.isascii() else word
            if re.search(pattern, claim):
                return re.sub(pattern, other, claim, count=1)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write every mutant's verdict here")
    parser.add_argument("--summary", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    rows = probe_rows(PROBES)
    docs = cited_docs(rows)
    rng = random.Random(1)
    made = {"perturb": 0, "swap": 0, "flip": 0}
    survived = dict.fromkeys(made, 0)
    out = []
    for row, doc in judged_supported(rows, docs):
        for kind, mutant in (("perturb", perturb(row["claim"], rng)), ("swap", swap(row["claim"])),
                             ("flip", flip(row["claim"]))):
            if not mutant or mutant == row["claim"]:
                continue
            made[kind] += 1
            verdict = claimcheck.verify(mutant, title=doc["title"], abstract=doc["abstract"])
            out.append({"id": row["id"], "kind": kind, "claim": mutant,
                        "status": verdict.status, "rationale": verdict.rationale})
            if verdict.status == "supported":
                survived[kind] += 1
                if not args.summary:
                    print(f"{kind} {row['id']}: {mutant}\n    {verdict.rationale}")
    print("mutants: " + ", ".join(f"{k} {made[k]}" for k in made) + "; still supported: "
          + ", ".join(f"{k} {survived[k]}" for k in survived))
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
