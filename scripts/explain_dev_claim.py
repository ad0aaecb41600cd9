"""Explain the judge on one labelled dev-corpus claim: its quantities, the cited records', the verdict.

    python scripts/explain_dev_claim.py gzh-02
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from claimcheck import verify
from claimcheck.entrez.pubmed import parse_pubmed
from claimcheck.evidence import extract_quantities

_DOCTYPE = (b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
            b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n')
DEV = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus"


def main(claim_id: str) -> None:
    labels = yaml.safe_load((DEV / "labels.yaml").read_text("utf-8"))
    for art in labels["articles"]:
        refs = {r["label"]: r for r in art["references"]}
        for claim in art["claims"]:
            if claim["id"] != claim_id:
                continue
            print(claim["text"], "\n  want:", claim["expected_status"])
            print("  claim quantities:", [(q.text, q.kind, q.value, q.unit)
                                         for q in extract_quantities(claim["text"])])
            for label in claim.get("cited") or []:
                pmid = refs[str(label)]["expected_pmid"]
                if not pmid:
                    continue
                body = (DEV / "records" / f"{pmid}.xml").read_bytes()
                record = parse_pubmed(_DOCTYPE + b"<PubmedArticleSet>" + body +
                                      b"</PubmedArticleSet>")[0]
                verdict = verify(claim["text"], record=record)
                print(f"  [{label}] {pmid}: {verdict.status}: {verdict.rationale}")
                trace(claim["text"], record)
                for section in record.abstract:
                    qs = [(q.text, q.kind, q.value) for q in extract_quantities(section.text)]
                    print(f"     {section.label}: {section.text[:300]}\n       {qs[:12]}")



def trace(claim_text: str, record: object) -> None:
    """Why each claim figure was or was not found: value, time point, measure words."""
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary
    from claimcheck.evidence.match import (
        _as_terms,
        has_term,
        measure_terms,
        states_measure,
        times_compatible,
        value_match,
    )
    from claimcheck.evidence.sources import build_source
    from claimcheck.models import ResolvedReference

    g = load_glossary()
    ref = ResolvedReference(label="1", status="resolved", record=record)  # type: ignore[arg-type]
    source = build_source("1", ref, {}, {}, g)
    claim = analyse(claim_text, g, claim=True)
    for info in claim.quantities:
        print("  claim", info.quantity.text, "measure:", sorted(measure_terms(info, g)),
              "times:", sorted(info.times))
        for unit in source.units:
            for s in unit.quantities:
                if value_match(info.quantity, s.quantity):
                    print("     value in:", unit.text[:90], "| ctx:", sorted(s.context)[:12],
                          "times ok:", times_compatible(info, s))
                    stated = _as_terms(s.context | source.title_terms, g)
                    print("       measure stated:", states_measure(
                        info, s, unit.terms, unit.clauses, source.title_terms, g),
                        "| not beside it:", sorted(t for t in measure_terms(info, g)
                                                   if not has_term(t, stated, g)))


if __name__ == "__main__":
    main(sys.argv[1])
