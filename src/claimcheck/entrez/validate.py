"""Per-utility validators: an answer is used or cached only after it passes.

`validate(utility, params, body)` raises `BadResponse` (retried like a transport failure and
never cached) unless the body is a complete answer to *this* request:

- ECitMatch: one line per query sent, each ending in a newline, with every field
  (`journal|year|volume|first_page|author|key|answer`), the key of a query that was sent, and an
  answer that is a PMID (digits) or a `NOT_FOUND` / `AMBIGUOUS` form.
- EFetch, ESearch, ELink, ESummary: XML that the hardened screen (`xmlread.screen_xml`) reads
  to the end (no internal DTD subset, entity declaration or external entity), with the
  expected root element and, for Bio.Entrez-read answers, a DOCTYPE naming a bundled DTD; for EFetch every record's id is one that was
  requested, with no duplicates (ids PubMed or PMC does not return are allowed: absence is
  reported downstream as "not found", never as a failure).
"""

from __future__ import annotations

import re
import xml.parsers.expat

from claimcheck.entrez.cache import Params
from claimcheck.entrez.responses import BadResponse, check_body
from claimcheck.entrez.xmlread import (
    DTDUnavailable,
    UnsafeXML,
    XmlFacts,
    local_dtd,
    screen_xml,
)

ROOTS = {
    ("efetch", "pubmed"): {"PubmedArticleSet"},
    ("efetch", "pmc"): {"pmc-articleset", "article"},
    ("esearch", None): {"eSearchResult"},
    ("elink", None): {"eLinkResult"},
    ("esummary", None): {"eSummaryResult"},
}
_PMID = re.compile(r"^\d{1,9}$")
_NO_PMID = re.compile(r"^(NOT_FOUND|AMBIGUOUS)\b")


def validate(utility: str, params: Params, body: bytes, content_type: str = "") -> None:
    """Raise BadResponse unless `body` is a complete, well-formed answer to this request."""
    check_body(utility, body, content_type)
    if utility == "ecitmatch":
        check_citmatch(params, body)
    else:
        facts = _screen(body)
        db = str(params.get("db", "pubmed")) if utility == "efetch" else None
        expected = ROOTS.get((utility, db))
        if expected and facts.root not in expected:
            raise BadResponse(f"unexpected XML root <{facts.root}> for {utility}"
                              f" (expected <{'> or <'.join(sorted(expected))}>)")
        if db != "pmc" and facts.system_id:  # Bio.Entrez will need this DTD: bundled only
            try:
                local_dtd(facts.system_id)
            except DTDUnavailable as exc:
                raise BadResponse(str(exc)) from None
        if utility == "efetch":
            _check_records(params, facts, db or "pubmed")


def _screen(body: bytes) -> XmlFacts:
    try:
        return screen_xml(body)
    except UnsafeXML as exc:
        raise BadResponse(f"unsafe XML refused: {exc}") from None
    except xml.parsers.expat.ExpatError as exc:
        raise BadResponse(f"incomplete or malformed XML ({exc})") from None


def _requested(params: Params) -> list[str]:
    value = params.get("id", "")
    values = [value] if isinstance(value, (str, int)) else list(value)
    return [part.strip() for v in values for part in str(v).split(",") if part.strip()]


def _check_records(params: Params, facts: XmlFacts, db: str) -> None:
    requested = _requested(params)
    if db == "pmc":
        wanted = {i.upper().removeprefix("PMC") for i in requested}
        got = [i.upper().removeprefix("PMC") for i in facts.record_ids]
    else:
        wanted, got = set(requested), list(facts.record_ids)
    if facts.records > len(requested):
        raise BadResponse(f"efetch returned {facts.records} records for {len(requested)} ids")
    strangers = [i for i in got if i not in wanted]
    if strangers:
        raise BadResponse(f"efetch returned a record that was not requested ({strangers[0]})")
    if len(set(got)) != len(got):
        raise BadResponse("efetch returned the same record twice")
    if db == "pubmed" and len(got) != facts.records:
        raise BadResponse("efetch returned a record without a PMID")


def check_citmatch(params: Params, body: bytes) -> None:
    """One complete `journal|year|volume|page|author|key|answer` line per query sent."""
    sent = [line for line in re.split(r"[\r\n]+", str(params.get("bdata", ""))) if line.strip()]
    keys = [line.split("|")[5].strip() if line.count("|") >= 6 else "" for line in sent]
    text = body.decode("utf-8", "replace")
    if not text.endswith("\n"):
        raise BadResponse("ECitMatch answer cut off (last line has no line end)")
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != len(sent):
        raise BadResponse(f"ECitMatch answered {len(lines)} lines for {len(sent)} citations")
    for number, line in enumerate(lines, 1):
        fields = line.split("|")
        if len(fields) < 7:
            raise BadResponse(f"ECitMatch line {number} has {len(fields)} of 7 fields")
        key, answer = fields[5].strip(), fields[6].strip()
        if key not in keys:
            raise BadResponse(f"ECitMatch line {number} answers a key that was not sent")
        if not (_PMID.match(answer) or _NO_PMID.match(answer)):
            raise BadResponse(f"ECitMatch line {number}: {answer[:40]!r} is neither a PMID "
                              "nor NOT_FOUND/AMBIGUOUS")
