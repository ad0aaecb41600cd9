"""The batched strategy plan: a whole bibliography in a handful of requests.

Round 0 (no request) screens out what PubMed cannot hold. Round A maps PMCIDs (one elink) and
DOIs (one esearch). Round B fetches every PMID known so far (one efetch) and verifies each
against the citation. Round C tries ECitMatch (one request) and a title search (one esearch)
for what is left; round D fetches the new candidates (one efetch) and confirms them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from claimcheck.errors import NetworkError, OfflineMiss
from claimcheck.models import (
    Attempt,
    Candidate,
    Discrepancy,
    Method,
    Reference,
    Resolution,
    ResolutionStatus,
    ResolvedReference,
    SourceRecord,
)
from claimcheck.resolve.client import ResolverClient, client_mode
from claimcheck.resolve.compare import compare_citation
from claimcheck.resolve.match import TITLE_CANDIDATE, Match, match
from claimcheck.resolve.normalize import (
    clean_record_title,
    has_cjk,
    normalize_doi,
)
from claimcheck.resolve.queries import (
    citmatch_line,
    citmatch_query,
    title_clauses,
    title_phrase,
)
from claimcheck.resolve.screen import identifiers, not_searchable

Progress = Callable[[int, int], None]
T = TypeVar("T")

NOTICE_TYPES = {"Published Erratum", "Retraction of Publication", "Expression of Concern",
                "Comment"}
MAX_NETWORK_FAILURES = 2  # failed requests after which NCBI counts as unreachable
CLEAR_LEAD = 0.05  # confidence lead that settles a choice between several passing records
CORRECTION_FLAGS = {"erratum_in": "erratum", "expression_of_concern_in": "expression_of_concern",
                    "corrected_and_republished_in": "corrected_and_republished"}


@dataclass
class _Work:
    """One reference on its way through the rounds."""

    ref: Reference
    pmid: str | None
    pmcid: str | None
    doi: str | None
    attempts: list[Attempt] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    result: ResolvedReference | None = None
    linked_pmid: str | None = None  # from the PMCID
    citmatch_pmid: str | None = None
    doi_round: str | None = None  # "A" or "C": the round whose search carried the DOI
    title_searched: bool = False
    wrong: dict[str, str] = field(default_factory=dict)  # field → what the wrong id points to

    @property
    def open(self) -> bool:
        return self.result is None

    def attempt(self, method: Method, query: str, outcome: str, detail: str = "") -> None:
        self.attempts.append(Attempt(method=method, query=query, outcome=outcome, detail=detail))

    def finish(self, status: ResolutionStatus, reason: str) -> None:
        self.result = ResolvedReference(
            label=self.ref.label, status=status, reason=reason, pmid=self.pmid,
            pmcid=self.pmcid, doi=self.doi, flags=list(self.flags),
            candidates=list(self.candidates), attempts=list(self.attempts),
            discrepancies=self._wrong_id_discrepancies(),
        )

    def _wrong_id_discrepancies(self) -> list[Discrepancy]:
        cited = {"pmid": self.pmid, "pmcid": self.pmcid, "doi": self.doi}
        return [Discrepancy(field=name, cited=cited[name], record=None, severity="error",
                            note=note) for name, note in self.wrong.items()]


def resolve_references(
    references: Sequence[Reference], client: ResolverClient, *, progress: Progress | None = None
) -> Resolution:
    """Resolve every reference through Entrez in as few batched requests as possible."""
    start = client.requests_made
    run = _Run([_work(ref) for ref in references], client, progress)
    run.execute()
    return Resolution(references=run.results(), requests=client.requests_made - start,
                      mode=client_mode(client))


def resolve_one(reference: Reference, client: ResolverClient) -> ResolvedReference:
    """Resolve a single reference (the same strategies, batched for one)."""
    return resolve_references([reference], client).references[0]


def _work(ref: Reference) -> _Work:
    ids = identifiers(ref)
    return _Work(ref=ref, pmid=ids.pmid, pmcid=ids.pmcid, doi=ids.doi)


class _Run:
    """State shared by the rounds: the work items, fetched records, and a stop switch."""

    def __init__(self, items: list[_Work], client: ResolverClient,
                 progress: Progress | None) -> None:
        self.items = items
        self.client = client
        self.progress = progress
        self.records: dict[str, SourceRecord] = {}
        self.doi_hits: list[str] = []
        self.title_hits: list[str] = []
        self.stopped = False
        self.failures = 0

    # ------------------------------------------------------------------ driver

    def execute(self) -> None:
        self._screen()
        for round_ in (self._round_a, self._round_b, self._round_c, self._round_d):
            if self.stopped or not self._open():
                break
            round_()
            self._report()
        for item in self._open():
            _give_up(item)
        self._report()

    def results(self) -> list[ResolvedReference]:
        return [item.result for item in self.items if item.result is not None]

    def _open(self) -> list[_Work]:
        return [item for item in self.items if item.open]

    def _report(self) -> None:
        if self.progress:
            self.progress(len(self.items) - len(self._open()), len(self.items))

    def _call(self, what: str, affected: Iterable[_Work], call: Callable[[], T]) -> T | None:
        """Run one request; a failure marks the references that needed it `error`.

        An offline/cassette miss, or a first network failure (one utility can be down while
        the others answer), touches only the references that depended on this request; a
        second network failure means NCBI is unreachable: the run stops and every open
        reference is marked.
        """
        if self.stopped:
            return None
        try:
            return call()
        except OfflineMiss as exc:
            reason = (f"could not be resolved offline: {what} is not in the cache or "
                      f"cassette ({exc.message})")
        except NetworkError as exc:
            self.failures += 1
            reason = f"network failure during {what}: {exc.message}"
            if self.failures >= MAX_NETWORK_FAILURES:
                self.stopped = True
                affected = self._open()
        for item in affected:
            if item.open:
                item.finish("error", reason)
        return None

    def _fetch(self, pmids: Iterable[str], affected: list[_Work], what: str) -> bool:
        wanted = sorted({p for p in pmids if p not in self.records}, key=lambda p: (len(p), p))
        if not wanted:
            return True
        fetched = self._call(what, affected, lambda: self.client.efetch_pubmed(wanted))
        if fetched is None:
            return False
        self.records.update(fetched)
        return True

    # ------------------------------------------------------------------ round 0

    def _screen(self) -> None:
        for item in self.items:
            verdict = not_searchable(item.ref)
            if verdict is not None:
                item.attempt("none", "", "skipped", verdict[1])
                item.finish(verdict[0], verdict[1])

    # ------------------------------------------------------------------ round A

    def _round_a(self) -> None:
        by_pmcid = [i for i in self._open() if i.pmcid and not i.pmid]
        if by_pmcid:
            pmcids = sorted({i.pmcid for i in by_pmcid if i.pmcid})
            linked = self._call("PMCID → PMID lookup (elink)", by_pmcid,
                                lambda: self.client.pmc_to_pubmed(pmcids))
            if linked is not None:
                for item in by_pmcid:
                    self._take_link(item, linked)
        by_doi = [i for i in self._open() if i.doi and not i.pmid and not i.pmcid]
        if by_doi:
            dois = sorted({i.doi for i in by_doi if i.doi})
            term = " OR ".join(f'"{doi}"[doi]' for doi in dois)
            found = self._call("DOI search (esearch)", by_doi,
                               lambda: self.client.esearch(term, retmax=max(20, 2 * len(dois))))
            self.doi_hits = list(found or [])
            for item in by_doi:
                item.doi_round = "A"

    def _take_link(self, item: _Work, linked: Mapping[str, str | None]) -> None:
        pmcid = item.pmcid or ""
        pmid = linked.get(pmcid) or linked.get(pmcid.removeprefix("PMC"))
        if pmid:
            item.linked_pmid = str(pmid)
            item.attempt("pmcid", pmcid, "hit", f"PMC links {pmcid} to PMID {pmid}")
        else:
            item.attempt("pmcid", pmcid, "miss", f"PMC has no PubMed link for {pmcid}")

    # ------------------------------------------------------------------ round B

    def _round_b(self) -> None:
        items = [i for i in self._open() if i.pmid or i.linked_pmid or i.doi_round == "A"]
        pmids = [p for i in items for p in (i.pmid, i.linked_pmid) if p]
        pmids += self.doi_hits
        if not self._fetch(pmids, items, "record fetch (efetch)"):
            return
        for item in items:
            if item.open:
                self._verify(item)

    def _verify(self, item: _Work) -> None:
        """Check the identifiers the citation gives against their records."""
        if item.pmid and self._try_identifier(item, "pmid", item.pmid,
                                              self.records.get(item.pmid)):
            return
        if item.linked_pmid:
            record = self.records.get(item.linked_pmid)
            if self._try_identifier(item, "pmcid", item.pmcid or "", record):
                return
        if item.doi_round == "A":
            self._try_doi(item)

    def _try_identifier(self, item: _Work, method: Method, query: str,
                        record: SourceRecord | None) -> bool:
        name = {"pmid": "PMID", "pmcid": "PMCID", "doi": "DOI"}.get(method, method)
        if record is None:
            item.attempt(method, query, "miss", f"PubMed has no record for {name} {query}")
            item.flags.append(f"{method}_mismatch")
            item.wrong[method] = f"no PubMed record has {name} {query}"
            return False
        found = match(item.ref, record, found_by_search=False)
        if found.agrees(found_by_search=False):
            item.attempt(method, query, "hit", f"PMID {record.pmid} verified")
            self._resolve(item, record, method, found)
            return True
        item.attempt(method, query, "mismatch", "; ".join(found.problems))
        item.flags.append(f"{method}_mismatch")
        item.wrong[method] = f"{name} {query} is another paper: {_describe(record)}"
        return False

    def _try_doi(self, item: _Work) -> None:
        records = [r for r in self.records.values() if normalize_doi(r.doi) == item.doi]
        if not records:
            item.attempt("doi", item.doi or "", "miss", "no PubMed record has this DOI")
            return
        self._try_identifier(item, "doi", item.doi or "", records[0])

    # ------------------------------------------------------------------ round C

    def _round_c(self) -> None:
        open_items = self._open()
        eligible = [i for i in open_items if citmatch_query(i.ref) is not None]
        if eligible:
            queries = [q for i in eligible if (q := citmatch_query(i.ref)) is not None]
            matched = self._call("citation match (ECitMatch)", eligible,
                                 lambda: self.client.ecitmatch(queries))
            if matched is not None:
                for item in eligible:
                    self._take_citmatch(item, matched)
        rest = [i for i in self._open() if not i.citmatch_pmid]
        self._search_titles(rest)

    def _take_citmatch(self, item: _Work, matched: Mapping[str, str | None]) -> None:
        query = citmatch_line(item.ref)
        pmid = matched.get(item.ref.label)
        if pmid:
            item.citmatch_pmid = str(pmid)
            item.attempt("ecitmatch", query, "hit", f"PMID {pmid}")
        else:
            item.attempt("ecitmatch", query, "miss", "ECitMatch found no single match")

    def _search_titles(self, items: list[_Work]) -> None:
        titled = [i for i in items if i.ref.title and not has_cjk(i.ref.title)]
        by_doi = [i for i in items if i.doi and not i.doi_round]
        clauses = sorted({c for i in titled for c in title_clauses(i.ref.title or "")})
        clauses += sorted({f'("{i.doi}"[doi])' for i in by_doi})
        if not clauses:
            return
        term = " OR ".join(clauses)
        retmax = min(1000, max(20, 10 * len(clauses)))
        found = self._call("title search (esearch)", titled + by_doi,
                           lambda: self.client.esearch(term, retmax=retmax))
        if found is None:
            return
        self.title_hits = list(found)
        for item in titled:
            item.title_searched = True
        for item in by_doi:
            item.doi_round = "C"

    # ------------------------------------------------------------------ round D

    def _round_d(self) -> None:
        items = [i for i in self._open()
                 if i.citmatch_pmid or i.title_searched or i.doi_round == "C"]
        pmids = [i.citmatch_pmid for i in items if i.citmatch_pmid] + self.title_hits
        if not self._fetch(pmids, items, "candidate fetch (efetch)"):
            return
        pool = [self.records[p] for p in dict.fromkeys(self.title_hits) if p in self.records]
        for item in items:
            if item.open and item.doi_round == "C":
                self._try_doi(item)
            if item.open and item.citmatch_pmid:
                self._confirm_citmatch(item)
            if item.open and item.title_searched:
                self._confirm_title(item, pool)

    def _confirm_citmatch(self, item: _Work) -> None:
        record = self.records.get(item.citmatch_pmid or "")
        if record is None:
            return
        found = match(item.ref, record, found_by_search=True)
        if found.agrees(found_by_search=True):
            self._resolve(item, record, "ecitmatch", found)
        else:
            why = "; ".join(found.problems) or "too little in the citation to confirm it"
            item.candidates.append(found.candidate(why))

    def _confirm_title(self, item: _Work, pool: list[SourceRecord]) -> None:
        rejected_ids = {c.pmid for c in item.candidates}
        scored = [match(item.ref, r, found_by_search=True) for r in pool
                  if r.pmid not in rejected_ids]
        scored = [m for m in scored if (m.title or 0.0) >= TITLE_CANDIDATE]
        passing = [m for m in scored if m.agrees(found_by_search=True)]
        articles = [m for m in passing if not NOTICE_TYPES & set(m.record.publication_types)]
        passing = articles or passing
        passing.sort(key=lambda m: m.confidence, reverse=True)
        query = title_phrase(item.ref.title or "")
        if len(passing) == 1 or (
            len(passing) > 1 and passing[0].confidence - passing[1].confidence >= CLEAR_LEAD
        ):
            item.attempt("title", query, "hit", f"PMID {passing[0].record.pmid} confirmed")
            self._resolve(item, passing[0].record, "title", passing[0])
            return
        if passing:
            item.attempt("title", query, "ambiguous", f"{len(passing)} records match equally")
            item.candidates += [m.candidate("several records match equally well")
                                for m in passing[:5]]
            item.finish("ambiguous", f"{len(passing)} PubMed records match the citation "
                                     "equally well; pick one by hand")
            return
        near = sorted(scored, key=lambda m: m.confidence, reverse=True)[:3]
        item.candidates += [m.candidate("; ".join(m.problems) or "too little to confirm")
                            for m in near]
        item.attempt("title", query, "miss" if not near else "rejected",
                     f"{len(near)} near miss(es) rejected" if near else "no title match")

    # ------------------------------------------------------------------ outcomes

    def _resolve(self, item: _Work, record: SourceRecord, method: Method, found: Match) -> None:
        discrepancies, unchecked = compare_citation(item.ref, record)
        for name, note in item.wrong.items():
            same = [d for d in discrepancies if d.field == name]
            for discrepancy in same:
                discrepancy.note = note
            if not same:
                discrepancies.append(Discrepancy(field=name, cited=getattr(item, name),
                                                 record=getattr(record, name), severity="error",
                                                 note=note))
                unchecked = [f for f in unchecked if f != name]
        flags = list(item.flags)
        if record.retracted:
            flags.append("retracted")
        flags += [CORRECTION_FLAGS[c.type] for c in record.corrections if c.type in
                  CORRECTION_FLAGS and CORRECTION_FLAGS[c.type] not in flags]
        item.result = ResolvedReference(
            label=item.ref.label, status="resolved", pmid=record.pmid,
            pmcid=record.pmcid or (item.pmcid if method == "pmcid" else None),
            doi=record.doi or item.doi, method=method, confidence=found.confidence,
            reason=_found_reason(method, found), discrepancies=discrepancies,
            not_checkable=unchecked, flags=flags, retracted=record.retracted,
            corrections=list(record.corrections), candidates=list(item.candidates),
            attempts=list(item.attempts), record=record,
        )


def _give_up(item: _Work) -> None:
    tried = [a for a in item.attempts if a.method != "none"]
    if not tried:
        item.finish("not_found", "too little to search: no identifier, usable title, or "
                                 "journal/year/volume/first page/first author")
        return
    parts = [f"{a.method}: {a.detail or a.outcome}" for a in tried]
    item.finish("not_found", "no PubMed record confirmed — " + "; ".join(parts))


def _found_reason(method: Method, found: Match) -> str:
    how = {"pmid": "the cited PMID", "pmcid": "the cited PMCID", "doi": "the cited DOI",
           "ecitmatch": "ECitMatch (journal, year, volume, first page, author)",
           "title": "a title search", "none": "—"}[method]
    agree = [name for name, ok in (("title", found.title is not None and found.title >= 80),
                                   ("first author", found.first_author),
                                   ("year", found.year), ("journal", found.journal)) if ok]
    return f"found by {how}; " + (
        f"{', '.join(agree)} agree" if agree else "nothing else in the citation to compare")


def _describe(record: SourceRecord) -> str:
    first = record.authors[0].display() if record.authors else "no author"
    return f"“{clean_record_title(record.title)}” ({first}, {record.year or 'n.d.'})"
