"""Invariance test of the judge: the same claim in another number form must keep its status.

    python bench/invariance.py                 # counts, and every rewrite that lost `supported`
    python bench/invariance.py --summary --json out.json

For every development-probe row (bench/data/article_probe.jsonl … article_probe10.jsonl; never a
held-out probe) labelled `supported` that the judge calls `supported`, the claim is rewritten by
rule into forms that say exactly the same thing (issue 10, item 3: numbers that hold in both
languages):

- "percent": 12% -> "12 percent" (English), "百分之十二" (Chinese);
- "words":   a whole number 2-12 before a word -> "three" … (English); any whole number before a
             Chinese counter or unit -> Chinese numerals through cn2an (720名 -> 七百二十名);
- "grouping": 17802 <-> 17,802 (English), 12000 -> 1.2万 (Chinese, only when exact);
- "rounded":  29.4% -> "about 29%", 17,802 -> "about 18,000" / "约1.78万" (an editor's rounding,
              said to be about).

A rewrite that is no longer `supported` is a recall loss the probes cannot show; one that becomes
`contradicted` is a false contradicted. Fewer is better, never at the cost of the probes' own
figures or the mutation test (bench/mutations.py).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import cn2an
from probe_rows import cited_docs, judged_supported, probe_paths, probe_rows

import claimcheck

PROBES = probe_paths(10)
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve"]
#: a whole number or decimal that is not part of a citation marker, date or longer figure
_FIGURE = r"(?<![A-Za-z\d.,:/\-\[])(\d+(?:\.\d+)?)(?![\d.,:/\]])"
_COUNTER = "名例个位只项次天日周月岁小时分钟倍家所篇组种株克毫升"


def _sub(pattern: str, repl: Callable[[re.Match[str]], str | None], text: str) -> str | None:
    """`text` with every match replaced (None from `repl` keeps the match); None if unchanged."""
    changed = False

    def one(m: re.Match[str]) -> str:
        nonlocal changed
        new = repl(m)
        if new is None or new == m.group(0):
            return m.group(0)
        changed = True
        return new

    out = re.sub(pattern, one, text)
    return out if changed else None


def _cn(number: str) -> str:
    return str(cn2an.an2cn(number))


def percent(claim: str, lang: str) -> str | None:
    """Every percentage written out in words of the claim's language."""
    if lang == "en":
        return _sub(_FIGURE + r"\s?%", lambda m: f"{m.group(1)} percent", claim)
    return _sub(_FIGURE + r"\s?%", lambda m: "百分之" + _cn(m.group(1)), claim)


def words(claim: str, lang: str) -> str | None:
    """Whole numbers as number words (English 2-12 before a word; Chinese before a counter)."""
    if lang == "en":
        def en(m: re.Match[str]) -> str | None:
            value = int(m.group(1))
            return f"{_WORDS[value]} " if 2 <= value <= 12 else None
        return _sub(r"(?<![A-Za-z\d.,:/\-\[])(\d+) (?=[a-z])", en, claim)

    def zh(m: re.Match[str]) -> str | None:
        return _cn(m.group(1)) if not (len(m.group(1)) == 4 and m.group(2) == "年") else None
    return _sub(r"(?<![A-Za-z\d.,:/\-\[])(\d+)(?![\d.,:/\]%])(?=([" + _COUNTER + "]))",
                lambda m: zh(m), claim)


def grouping(claim: str, lang: str) -> str | None:
    """Thousands written the other way (17802 <-> 17,802; 12000 -> 1.2万 when exact)."""
    if lang == "en":
        def en(m: re.Match[str]) -> str | None:
            digits = m.group(0)
            if "," in digits:
                return digits.replace(",", "")
            if len(digits) < 5:  # a four-digit figure may be a year
                return None
            return f"{int(digits):,}"
        return _sub(r"(?<![A-Za-z\d.,:/\-\[])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![A-Za-z\d.,:/\-\[])\d{5,}(?![\d.,])",
                    en, claim)

    def zh(m: re.Match[str]) -> str | None:
        value = int(m.group(1))
        if value < 10000 or value % 100:
            return None
        return f"{value / 10000:g}万"
    return _sub(r"(?<![A-Za-z\d.,:/\-\[])(\d{5,})(?![\d.,%])", zh, claim)


#: a figure already qualified, or a denominator ("in every 1,000"): left as written
_QUALIFIED = re.compile(r"(?:\b(?:about|approximately|nearly|roughly|some|around|almost|over|"
                        r"than|every|per|in|of)|约|近|逾|超过|每)\s*$", re.I)


def _sig(value: float, digits: int) -> float:
    return float(f"{value:.{digits}g}")


def rounded(claim: str, lang: str) -> str | None:
    """A decimal percentage to the whole percent and a count of 1,000 or more to two or three
    significant digits, each with "about" / 约: how an editor rounds (29.4% -> about 29%,
    17,802 -> about 18,000 / 约1.78万)."""
    about = "about " if lang == "en" else "约"

    def pct(m: re.Match[str]) -> str | None:
        if "." not in m.group(1) or _QUALIFIED.search(m.string[:m.start()]):
            return None
        return f"{about}{int(float(m.group(1)) + 0.5)}%"

    def big(m: re.Match[str]) -> str | None:
        digits = m.group(0).replace(",", "")
        value = int(digits)
        if value < 1000 or (len(digits) == 4 and 1900 <= value <= 2030) or \
                _QUALIFIED.search(m.string[:m.start()]):
            return None
        if lang == "en":
            return f"{about}{int(_sig(value, 2)):,}"
        if value < 10000:
            return None
        return f"{about}{_sig(value, 3) / 10000:g}万"

    out = _sub(_FIGURE + r"\s?%", pct, claim) or claim
    out = _sub(r"(?<![A-Za-z\d.,:/\-\[])\d{1,3}(?:,\d{3})+(?![\d.,]\d)"
               r"|(?<![A-Za-z\d.,:/\-\[])\d{4,}(?![\d.,%])", big, out) or out
    return out if out != claim else None


REWRITES: dict[str, Callable[[str, str], str | None]] = {
    "percent": percent, "words": words, "grouping": grouping, "rounded": rounded}




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write every rewrite's verdict here")
    parser.add_argument("--summary", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    rows = probe_rows(PROBES)
    docs = cited_docs(rows)
    tally: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter)
    out = []
    for row, doc in judged_supported(rows, docs):
        for kind, rewrite in REWRITES.items():
            claim = rewrite(row["claim"], row["lang"])
            if not claim:
                continue
            verdict = claimcheck.verify(claim, title=doc["title"], abstract=doc["abstract"])
            tally[(row["lang"], kind)][verdict.status] += 1
            out.append({"id": row["id"], "lang": row["lang"], "kind": kind, "claim": claim,
                        "status": verdict.status, "rationale": verdict.rationale})
            if verdict.status != "supported" and not args.summary:
                print(f"{kind} {row['id']} -> {verdict.status}: {claim}\n    {verdict.rationale}")
    for (lang, kind), counts in sorted(tally.items()):
        total = sum(counts.values())
        print(f"{lang} {kind}: {total} rewrites, still supported {counts['supported']}, "
              f"contradicted {counts['contradicted']}, other "
              f"{total - counts['supported'] - counts['contradicted']}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
