"""`claimcheck.check`: article → claims → references resolved → evidence judged → report."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime, timezone
from pathlib import Path

from claimcheck import __version__
from claimcheck.article import apply_claims, load_claims, parse_article
from claimcheck.entrez import EntrezClient, open_client
from claimcheck.errors import NetworkError
from claimcheck.evidence import full_text_wanted, judge_claims, load_glossary
from claimcheck.models import (
    Article,
    Claim,
    ClaimResult,
    FullText,
    Inputs,
    Report,
    ResolvedReference,
    Verdict,
)
from claimcheck.report import summarize
from claimcheck.resolve import resolve_references
from claimcheck.strength import with_overstatement_flags

Progress = Callable[[str, int, int], None]


def check(
    article: str | Path | Article,
    *,
    claims: str | Path | None = None,
    cassette: str | Path | None = None,
    offline: bool = False,
    cache_dir: str | Path | None = None,
    no_cache: bool = False,
    refresh: bool = False,
    email: str | None = None,
    api_key: str | None = None,
    eutils_url: str | None = None,
    deadline: float | None = None,
    glossary: str | Path | None = None,
    progress: Progress | None = None,
    client: EntrezClient | None = None,
) -> Report:
    """Check every claim of an article against the sources it cites.

    `article` is a path (.txt/.md/.html/.docx), an http(s):// URL or an already parsed
    `Article`; `claims` an edited claims file whose claims replace the extracted ones. Pass
    `client` to reuse a configured `EntrezClient`; otherwise one is opened from the other
    options (cassette, offline, cache).
    """
    parsed = article if isinstance(article, Article) else parse_article(article)
    if claims is not None:
        parsed = apply_claims(parsed, load_claims(claims))
    terms = load_glossary(glossary)

    opened: AbstractContextManager[EntrezClient] = nullcontext(client) if client else open_client(
        cassette=cassette, offline=offline, cache_dir=cache_dir, no_cache=no_cache,
        refresh=refresh, email=email, api_key=api_key, eutils_url=eutils_url, deadline=deadline)
    with opened as entrez:
        first_request = entrez.requests_made
        resolution = resolve_references(
            parsed.references, entrez, progress=_stage(progress, "resolve")
        )
        references = resolution.references
        verdicts = judge_claims(parsed.claims, references, glossary=terms)
        wanted = full_text_wanted(parsed.claims, verdicts, references)
        if wanted:
            full_texts, unavailable = _fetch_full_texts(entrez, wanted, references, progress)
            verdicts = judge_claims(parsed.claims, references, full_texts=full_texts,
                                    unavailable=unavailable, glossary=terms)
        requests = entrez.requests_made - first_request
        mode = entrez.mode
        client_warnings = list(entrez.warnings)  # e.g. a cache that could not be used

    if progress:
        progress("judge", len(verdicts), len(verdicts))
    verdicts = with_overstatement_flags(parsed.claims, verdicts, references)
    results = [_result(claim, verdict) for claim, verdict in
               zip(parsed.claims, verdicts, strict=True)]
    return Report(
        tool_version=__version__,
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        inputs=Inputs(
            article=parsed.path,
            article_url=parsed.url,
            article_sha256=parsed.sha256,
            claims_file=str(claims) if claims is not None else None,
            claims_sha256=_sha256(claims) if claims is not None else None,
            cassette=str(cassette) if cassette is not None else None,
        ),
        mode=mode,
        requests=requests,
        article_title=parsed.title,
        article_text=parsed.text,
        references=references,
        cited=parsed.references,
        claims=results,
        summary=summarize(results),
        warnings=list(parsed.warnings) + client_warnings,
    )


def _fetch_full_texts(
    entrez: EntrezClient,
    pmcids: Sequence[str],
    references: Sequence[ResolvedReference],
    progress: Progress | None,
) -> tuple[dict[str, FullText], dict[str, str]]:
    """One batched PMC request; a failure is recorded per reference, never raised."""
    if progress:
        progress("fulltext", 0, len(pmcids))
    try:
        full_texts = entrez.efetch_pmc(pmcids)
    except NetworkError as exc:
        reason = f"PMC full text could not be fetched: {exc.message}"
        return {}, {ref.label: reason for ref in references if ref.pmcid in pmcids}
    if progress:
        progress("fulltext", len(pmcids), len(pmcids))
    missing = {ref.label: "PMC returned no full text for " + str(ref.pmcid)
               for ref in references if ref.pmcid in pmcids and ref.pmcid not in full_texts}
    return dict(full_texts), missing


def _result(claim: Claim, verdict: Verdict) -> ClaimResult:
    return ClaimResult(
        id=claim.id,
        text=claim.text,
        citations=list(claim.citations),
        kind=claim.kind,
        inherited=claim.inherited,
        links=list(claim.links),
        location=claim.location,
        status=verdict.status,
        flags=list(verdict.flags),
        evidence=list(verdict.evidence),
        rationale=verdict.rationale,
        confidence=verdict.confidence,
        override=claim.override,
        note=claim.note,
    )


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(stage, done, total)

    return report


def _sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


__all__ = ["check"]
