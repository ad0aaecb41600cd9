"""One claim against one source: the judge's public face (`claimcheck.verify`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.evidence.glossary import Glossary, load_glossary
from claimcheck.evidence.judge import judge_claims
from claimcheck.models import AbstractSection, Claim, ResolvedReference, SourceRecord, Verdict

_LABEL = "1"
#: a sentence cut inside an expression: "(1.23 +/-" | "0.025 vs. 1.39 +/-" | "0.031 l/min)"
_CUT_AFTER = re.compile(r"(?:\+/-|\+/−|±)\s*$")
#: a genus abbreviated before its species ("Ae. aegypti", "E. coli"): a piece ending on a
#: capital and at most two letters with a point, the next one opening on a small letter
#: (session 13)
_GENUS_END = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{0,2}\.\s*$")
_SPECIES_START = re.compile(r"\s*[a-z]{3,}\b")


def rejoined(sentences: list[str]) -> list[str]:
    """Sentences as a splitter gave them, with every piece it cut inside an expression put
    back: a piece ending on "+/-", leaving a bracket open that the next piece closes
    before it opens another, or ending on a genus its species begins the next ("Ae." and
    "aegypti collected, …")."""
    out: list[str] = []
    for sentence in sentences:
        if out and (_CUT_AFTER.search(out[-1]) or _open_bracket(out[-1]) and
                    _closes_first(sentence) or _GENUS_END.search(out[-1]) and
                    _SPECIES_START.match(sentence)):
            out[-1] = f"{out[-1].rstrip()} {sentence.lstrip()}"
        else:
            out.append(sentence)
    return out


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")")


def _closes_first(text: str) -> bool:
    close, opening = text.find(")"), text.find("(")
    return close >= 0 and (opening < 0 or close < opening)


def verify(claim: str, *, title: str = "", abstract: str | Sequence[str] = (),
           record: SourceRecord | None = None, glossary: Glossary | None = None) -> Verdict:
    """Judge one claim (Chinese or English) against a source's title and abstract.

    `abstract` is the abstract as one string or as its sentences; pass `record` (a
    `SourceRecord`, e.g. from `claimcheck.resolve_one`) instead to keep its section labels.
    The verdict is the one `claimcheck.check` gives a claim citing that source.
    """
    if record is None:
        sentences = [abstract] if isinstance(abstract, str) else rejoined(list(abstract))
        record = SourceRecord(pmid="", title=title,
                              abstract=[AbstractSection(text=s) for s in sentences if s.strip()])
    reference = ResolvedReference(label=_LABEL, status="resolved", pmid=record.pmid or None,
                                  record=record, method="pmid")
    verdict = judge_claims([Claim(id="claim", text=claim, citations=[_LABEL])], [reference],
                           glossary=glossary or load_glossary())[0]
    return verdict
