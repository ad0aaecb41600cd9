"""One claim against one source: the judge's public face (`claimcheck.verify`)."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.evidence.glossary import Glossary, load_glossary
from claimcheck.evidence.judge import judge_claims
from claimcheck.models import AbstractSection, Claim, ResolvedReference, SourceRecord, Verdict

_LABEL = "1"


def verify(claim: str, *, title: str = "", abstract: str | Sequence[str] = (),
           record: SourceRecord | None = None, glossary: Glossary | None = None) -> Verdict:
    """Judge one claim (Chinese or English) against a source's title and abstract.

    `abstract` is the abstract as one string or as its sentences; pass `record` (a
    `SourceRecord`, e.g. from `claimcheck.resolve_one`) instead to keep its section labels.
    The verdict is the one `claimcheck.check` gives a claim citing that source.
    """
    if record is None:
        sentences = [abstract] if isinstance(abstract, str) else list(abstract)
        record = SourceRecord(pmid="", title=title,
                              abstract=[AbstractSection(text=s) for s in sentences if s.strip()])
    reference = ResolvedReference(label=_LABEL, status="resolved", pmid=record.pmid or None,
                                  record=record, method="pmid")
    verdict = judge_claims([Claim(id="claim", text=claim, citations=[_LABEL])], [reference],
                           glossary=glossary or load_glossary())[0]
    return verdict
