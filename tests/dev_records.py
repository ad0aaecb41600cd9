"""The dev corpus's real PubMed records (../shared/dev-corpus/records, read in place) as record
dicts for tests/fake_eutils.py, parsed by claimcheck's own PubMed reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimcheck.entrez.pubmed import parse_pubmed
from claimcheck.models import SourceRecord

RECORDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "dev-corpus" / "records"
_HEAD = (b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
         b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
         b"<PubmedArticleSet>\n")


def dev_source_records() -> list[SourceRecord]:
    """Every record of the dev corpus (tests skip when ../shared is missing)."""
    paths = sorted(RECORDS_DIR.glob("*.xml"))
    if not paths:
        import pytest

        pytest.skip(f"dev-corpus records not found at {RECORDS_DIR}")
    body = b"".join(p.read_bytes() for p in paths)
    return parse_pubmed(_HEAD + body + b"\n</PubmedArticleSet>\n")


def as_fake_record(record: SourceRecord) -> dict[str, Any]:
    """A SourceRecord in the dict form tests/fake_eutils.py serves."""
    data = record.model_dump(exclude_none=True, exclude={"abstract", "mesh_terms", "keywords"})
    data["authors"] = [a.model_dump(exclude_none=True) for a in record.authors]
    data["corrections"] = [c.model_dump(exclude_none=True) for c in record.corrections]
    if record.abstract:
        data["abstract_sections"] = [s.model_dump(exclude_none=True) for s in record.abstract]
    return data


def dev_records() -> list[dict[str, Any]]:
    return [as_fake_record(r) for r in dev_source_records()]
