"""Write src/claimcheck/data/common_en.tsv: the English word stems of everyday use.

Each line is a Porter2 stem (as claimcheck's `text.stem` gives it) and the Zipf frequency of
its most frequent word (log10 of uses per billion words) in the `wordfreq` package's English
list, for stems at or above `--min-zipf`. The judge weighs such a word, when no glossary
names it, as it weighs a generic glossary word (docs/statuses.md, "Everyday words").

`wordfreq` is needed only to run this script (`pip install wordfreq`); the file it writes is
package data, so claimcheck itself never imports it. Data: wordfreq 3.1 (Robyn Speer et al.),
whose word lists are CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from claimcheck.evidence.text import stem

OUT = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "data" / "common_en.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-zipf", type=float, default=4.5)
    parser.add_argument("--top", type=int, default=30000, help="words of the list to read")
    args = parser.parse_args()
    from importlib.metadata import version

    import wordfreq  # build-time only

    best: dict[str, float] = {}
    for word in wordfreq.top_n_list("en", args.top):
        if not word.isalpha() or not word.isascii():
            continue
        zipf = wordfreq.zipf_frequency(word, "en")
        if zipf < args.min_zipf:
            break  # the list is in frequency order
        s = stem(word)
        best[s] = max(best.get(s, 0.0), zipf)
    lines = [f"{s}\t{z:.2f}" for s, z in sorted(best.items())]
    header = (f"# English stems of everyday words (Zipf >= {args.min_zipf}), from wordfreq "
              f"{version('wordfreq')} (CC BY-SA 4.0); written by scripts/build_common_words.py")
    OUT.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} stems")


if __name__ == "__main__":
    main()
