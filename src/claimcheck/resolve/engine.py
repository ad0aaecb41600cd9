"""The batched strategy plan: a whole bibliography in at most four requests.

Round 0 (no request) screens out what PubMed cannot hold. Round 1 looks up, all at once: PMCIDs
(one elink), DOIs and titles (one esearch of OR-ed fielded terms), journal/year/volume/page
citations (one ECitMatch). Round 2 fetches every PMID known so far (one efetch) and decides each
reference on the weight of evidence. Only when round 1 needed no search (every reference gave
a PMID or PMCID) and an identifier proved wrong, round 3 searches those titles (one esearch)
and fetches the hits (one efetch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rapidfuzz import fuzz, process

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
    clean_cited_title,
    clean_record_title,
    has_cjk,
    normalize_doi,
    squash,
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
    doi_searched: bool = False
    title_searched: bool = False
    wrong: dict[str, str] = field(default_factory=dict)  # field → what the wrong id points to
    lookup_failed: str | None = None  # why one of the searches for it could not be made

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
        self.search_hits: list[str] = []
        self.by_doi: dict[str, list[SourceRecord]] = {}
        self.stopped = False
        self.failures = 0

    # ------------------------------------------------------------------ driver

    def execute(self) -> None:
        self._screen()
        if self._open():
            self._round_lookups()
            self._report()
        if self._open() and not self.stopped:
            self._round_fetch()
            self._report()
        if self._open() and not self.stopped:
            self._round_fallback()
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

    def _call(self, what: str, affected: Iterable[_Work], call: Callable[[], T],
              fallback: Iterable[_Work] = ()) -> T | None:
        """Run one request; a failure marks the references that needed it `error`.

        An offline/cassette miss, or a first network failure (one utility can be down while
        the others answer), touches only the references that depended on this request; a
        second network failure means NCBI is unreachable: the run stops and every open
        reference is marked. `fallback` items have other ways to be found: they keep the
        reason, and become `error` only if no other way finds them.
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
        for item in fallback:
            item.lookup_failed = reason
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

    # ------------------------------------------------------------------ round 1

    def _round_lookups(self) -> None:
        """elink for PMCIDs; one esearch and one ECitMatch when some reference needs them.

        A search request, once it has to be made, carries every reference it can help (also
        those with a PMID, PMCID or DOI that may prove wrong), so no later round is needed.
        """
        by_pmcid = [i for i in self._open() if i.pmcid and not i.pmid]
        if by_pmcid:
            pmcids = sorted({i.pmcid for i in by_pmcid if i.pmcid})
            linked = self._call("PMCID → PMID lookup (elink)", by_pmcid,
                                lambda: self.client.pmc_to_pubmed(pmcids))
            if linked is not None:
                for item in by_pmcid:
                    self._take_link(item, linked)
        unidentified = [i for i in self._open() if not i.pmid and not i.pmcid]
        if unidentified:
            self._search(self._open())
        if any(citmatch_query(i.ref) is not None for i in unidentified if not i.doi):
            self._citmatch([i for i in self._open() if citmatch_query(i.ref) is not None])

    def _take_link(self, item: _Work, linked: Mapping[str, str | None]) -> None:
        pmcid = item.pmcid or ""
        pmid = linked.get(pmcid) or linked.get(pmcid.removeprefix("PMC"))
        if pmid:
            item.linked_pmid = str(pmid)
            item.attempt("pmcid", pmcid, "hit", f"PMC links {pmcid} to PMID {pmid}")
        else:
            item.attempt("pmcid", pmcid, "miss", f"PMC has no PubMed link for {pmcid}")

    def _search(self, items: list[_Work]) -> None:
        """One esearch: every DOI and every usable title of `items`, OR-ed fielded terms."""
        titled = [i for i in items if i.ref.title and not has_cjk(i.ref.title)
                  and not i.title_searched]
        by_doi = [i for i in items if i.doi and not i.doi_searched]
        clauses = sorted({f'("{i.doi}"[doi])' for i in by_doi})
        clauses += sorted({c for i in titled for c in title_clauses(i.ref.title or "")})
        if not clauses:
            return
        term = " OR ".join(clauses)
        retmax = min(1000, max(20, 10 * len(clauses)))
        carried = titled + [i for i in by_doi if all(i is not t for t in titled)]
        found = self._call("DOI and title search (esearch)", [],
                           lambda: self.client.esearch(term, retmax=retmax), fallback=carried)
        if found is None:
            return
        self.search_hits += [p for p in found if p not in self.search_hits]
        for item in titled:
            item.title_searched = True
        for item in by_doi:
            item.doi_searched = True

    def _citmatch(self, eligible: list[_Work]) -> None:
        queries = [q for i in eligible if (q := citmatch_query(i.ref)) is not None]
        matched = self._call("citation match (ECitMatch)", [],
                             lambda: self.client.ecitmatch(queries), fallback=eligible)
        if matched is None:
            return
        for item in eligible:
            query = citmatch_line(item.ref)
            pmid = matched.get(item.ref.label)
            if pmid:
                item.citmatch_pmid = str(pmid)
                item.attempt("ecitmatch", query, "hit", f"PMID {pmid}")
            elif not (item.pmid or item.pmcid or item.doi):
                item.attempt("ecitmatch", query, "miss", "ECitMatch found no single match")

    # ------------------------------------------------------------------ round 2

    def _round_fetch(self) -> None:
        items = self._open()
        pmids = [p for i in items for p in (i.pmid, i.linked_pmid, i.citmatch_pmid) if p]
        if not self._fetch([*pmids, *self.search_hits], items, "record fetch (efetch)"):
            return
        pool = self._pool()
        for item in items:
            if item.open:
                self._decide(item, pool)

    def _pool(self) -> _Pool:
        return _Pool([self.records[p] for p in dict.fromkeys(self.search_hits)
                      if p in self.records])

    def _decide(self, item: _Work, pool: _Pool) -> None:
        """Identifiers first (PMID, PMCID, DOI), then ECitMatch, then the title search."""
        if item.pmid and "pmid" not in item.wrong and self._try_identifier(
                item, "pmid", item.pmid, self.records.get(item.pmid)):
            return
        if item.linked_pmid and "pmcid" not in item.wrong and self._try_identifier(
                item, "pmcid", item.pmcid or "", self.records.get(item.linked_pmid)):
            return
        if item.doi and item.doi_searched and "doi" not in item.wrong and self._try_doi(item):
            return
        if item.citmatch_pmid and self._confirm_citmatch(item):
            return
        if item.title_searched:
            self._confirm_title(item, pool)

    def _try_identifier(self, item: _Work, method: Method, query: str,
                        record: SourceRecord | None) -> bool:
        name = {"pmid": "PMID", "pmcid": "PMCID", "doi": "DOI"}.get(method, method)
        if record is None:
            item.attempt(method, query, "miss", f"PubMed has no record for {name} {query}")
            item.flags.append(f"{method}_mismatch")
            item.wrong[method] = f"no PubMed record has {name} {query}"
            return False
        found = match(item.ref, record, how="identifier")
        if found.agrees():
            item.attempt(method, query, "hit", f"PMID {record.pmid} verified")
            self._resolve(item, record, method, found)
            return True
        item.attempt(method, query, "mismatch", "; ".join(found.problems))
        item.flags.append(f"{method}_mismatch")
        item.wrong[method] = f"{name} {query} is another paper: {_describe(record)}"
        return False

    def _try_doi(self, item: _Work) -> bool:
        if len(self.by_doi) != len(self.records):
            self.by_doi = {}
            for record in self.records.values():
                self.by_doi.setdefault(normalize_doi(record.doi) or "", []).append(record)
        records = self.by_doi.get(item.doi or "", []) if item.doi else []
        if not records:
            if not (item.pmid or item.pmcid):
                item.attempt("doi", item.doi or "", "miss", "no PubMed record has this DOI")
            return False
        return self._try_identifier(item, "doi", item.doi or "", records[0])

    def _confirm_citmatch(self, item: _Work) -> bool:
        record = self.records.get(item.citmatch_pmid or "")
        if record is None or any(c.pmid == record.pmid for c in item.candidates):
            return False
        found = match(item.ref, record, how="citmatch")
        if found.agrees():
            self._resolve(item, record, "ecitmatch", found)
            return True
        why = "; ".join(found.problems) or "too little in the citation to confirm it"
        item.candidates.append(found.candidate(why))
        return False

    def _confirm_title(self, item: _Work, pool: _Pool) -> None:
        rejected_ids = {c.pmid for c in item.candidates}
        scored = [match(item.ref, r, how="search") for r in pool.similar(item.ref.title or "")
                  if r.pmid not in rejected_ids]
        scored = [m for m in scored if (m.title or 0.0) >= TITLE_CANDIDATE]
        passing = [m for m in scored if m.agrees()]
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

    # ------------------------------------------------------------------ round 3

    def _round_fallback(self) -> None:
        """Titles (and DOIs) of references whose identifier proved wrong, when round 1 made
        no search: one esearch and one efetch."""
        items = [i for i in self._open()
                 if i.wrong and not i.title_searched and not i.lookup_failed]
        if not items:
            return
        before = len(self.search_hits)
        self._search(items)
        searched = [i for i in items if i.title_searched or i.doi_searched]
        if not searched or not self._fetch(self.search_hits[before:], searched,
                                           "candidate fetch (efetch)"):
            return
        pool = self._pool()
        for item in searched:
            if item.open:
                self._decide(item, pool)

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


class _Pool:
    """The records the searches returned, with their squashed titles for a fast first cut."""

    def __init__(self, records: list[SourceRecord]) -> None:
        self.records = records
        self.titles = [squash(clean_record_title(r.title)) for r in records]

    def similar(self, title: str) -> list[SourceRecord]:
        """Records whose title similarity to `title` is at least TITLE_CANDIDATE, in order."""
        cited = squash(clean_cited_title(title))
        if not cited:
            return []
        hits = process.extract(cited, self.titles, scorer=fuzz.ratio, limit=None,
                               score_cutoff=TITLE_CANDIDATE)
        return [self.records[index] for index in sorted(hit[2] for hit in hits)]


def _give_up(item: _Work) -> None:
    if item.lookup_failed:
        item.finish("error", item.lookup_failed)
        return
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
    return (f"“{clean_record_title(record.title)}” ({first}, {record.year or 'n.d.'}; "
            f"PMID {record.pmid})")
