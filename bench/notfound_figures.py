"""List probe rows (1-7) whose rationale says a claim figure is not found.

Usage: python3 bench/notfound_figures.py DIR   (reads DIR/probe*.json, as bench/measure.sh
writes them)
Prints id, expected, got and the figures said not to be found.
"""

import json
import re
import sys

NAMES = ["probe"] + [f"probe{i}" for i in range(2, 8)]
NONE_OF = re.compile(r"none of the claim's figures \(([^)]*)\) is in it")
NOT_FOUND = re.compile(r"(?:;|states)\s*([^;]*?) not found there")


def figures(rationale: str) -> str | None:
    """The figures the rationale says are missing, or None."""
    m = NONE_OF.search(rationale) or NOT_FOUND.search(rationale)
    return m.group(1) if m else None


def main(results: str) -> None:
    for name in NAMES:
        with open(f"{results}/{name}.json") as fh:
            rows = json.load(fh)
        for r in rows:
            figs = figures(r["rationale"])
            if figs is None:
                continue
            mark = "" if r["expected"] == r["status"] else "  *"
            print(f"{r['id']}\t{r['expected']}\t{r['status']}\t{figs}{mark}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/notfound_figures.py DIR (a directory bench/measure.sh wrote)")
    main(sys.argv[1])
