"""One free-text reference → `Reference`: GB/T 7714, APA-like and Vancouver/NLM styles."""

from __future__ import annotations

import re

from claimcheck.article.identifiers import find_identifiers, remove_identifiers
from claimcheck.article.layout import ENTRY_START, has_cjk
from claimcheck.models import Author, Reference

_GBT_TYPE = re.compile(r"\[(?P<code>J|M|C|D|R|S|P|N|Z|A|G|CP|DB|EB)(?:/(?:OL|CD|MT|DK))?\]")
_GBT_SOURCE = re.compile(
    r"^[.．]?\s*(?P<journal>[^,，.．]+?)\s*[,，]\s*(?P<year>(?:19|20)\d{2})[a-z]?"
    r"(?:\s*[,，]\s*(?P<volume>[^(（:：,，.]+))?\s*(?:[(（](?P<issue>[^)）]+)[)）])?"
    r"\s*(?:[:：]\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–~～]\s*[A-Za-z]?\d+)?))?"
)
_APA_YEAR = re.compile(r"^(?P<authors>.+?)\s*[(（](?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)）]*)?[)）]\.?\s*")
_APA_SOURCE = re.compile(
    r"^(?P<title>.+?[.?!])\s+(?P<journal>[^.?!]+?)\s*,\s*(?P<volume>\d+[A-Za-z]?)\s*"
    r"(?:\((?P<issue>[^)]+)\))?\s*(?:,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?\.?\s*$"
)
_VANCOUVER_SOURCE = re.compile(
    r"(?P<year>(?:19|20)\d{2})(?:\s+[A-Z][a-z]{2}(?:[-/][A-Z][a-z]{2})?(?:\s+\d{1,2})?)?\s*;\s*"
    r"(?P<volume>[^(:;\s]+)?\s*(?:\((?P<issue>[^)]+)\))?\s*"
    r"(?::\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?))?"
)
# NLM web page: "Lupus UK. Living with lupus [Internet]. London: Lupus UK; 2021 [cited …]."
_VANCOUVER_WEB = re.compile(
    r"^(?:(?P<authors>[^.\[]+?)\.\s+)?(?P<title>[^\[]+?)\s*\[(?:[\w ]*\s)?Internet\]\.?\s*"
    r"(?:(?P<place>[^:;.\[]+?)\s*:\s*(?P<publisher>[^;\[]+?)\s*;\s*)?"
    r"(?:c?(?P<year>(?:19|20)\d{2}))?", re.IGNORECASE)
# A journal read online, the NLM way: "N Engl J Med [Internet]. 2011 [cited …];365(22):2110-21."
_INTERNET_JOURNAL = re.compile(
    r"\[Internet\]\.?\s*(?:19|20)\d{2}[^;\[]*(?:\[cited[^\]]*\])?\s*;\s*\w", re.IGNORECASE)
# A journal abbreviated with a dot after every word: "N. Engl. J. Med.", "J. Am. Heart Assoc."
_DOTTED_JOURNAL = re.compile(r"(?:^|(?<=[.?!])\s)((?:[A-Z][a-z]{0,7}\.\s+){1,7}[A-Z][a-z]{0,7}\.)$")
_INTERNET_NOTE = re.compile(r"\s*\[(?:Internet|cited[^\]]*)\]", re.IGNORECASE)
_APA_AUTHOR = re.compile(
    r"(?P<last>[A-Z\u00C0-\u024F][\w'’\-\u00C0-\u024F]*(?:\s+[A-Za-z\u00C0-\u024F][\w'’\-]*)*?)"
    r"\s*,?\s*(?P<initials>(?:[A-Z]\.\s*-?\s*)+)"
)
_VANCOUVER_AUTHOR = re.compile(r"^(?P<last>.+?)\s+(?P<initials>[A-Z]{1,4})$")
# GB/T 7714 also prints initials one by one: "Gabalou N B", "Liu H. F."
_SPACED_INITIALS_AUTHOR = re.compile(r"^(?P<last>.+?)(?P<initials>(?:\s+[A-Z]\.?){2,4})$")
_ET_AL = re.compile(r"\s*[,，]?\s*(?:et al\.?|等\.?)\s*$", re.IGNORECASE)
# Lower→Upper joins left by copy-paste ("WithSystemic"); a run of ≥2 lowercase letters first,
# so "McDonald" and "iPSC" stay whole.
_CAMEL_JOIN = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")
_KEEP_CAMEL = ("PubMed", "MedLine", "BioMed", "GlaxoSmithKline", "JavaScript")


def parse_reference(raw: str, label: str) -> Reference:
    """Parse one reference as printed; the raw text is always kept, unparsed fields stay None.

    A leading list number ("1. ", "[1]", "3) ", "（4）") is not part of the citation and is
    ignored, so a line copied from a reference list parses like the entry itself.
    """
    ids = find_identifiers(raw)
    reference = Reference(
        label=label, raw=raw, pmid=ids.pmid, pmcid=ids.pmcid, doi=ids.doi,
        url=ids.urls[0] if ids.urls else None, urls=ids.urls, database=ids.database,
    )
    citation = strip_list_number(_flatten(remove_identifiers(raw)))
    for parser in (_parse_gbt, _parse_vancouver_web, _parse_apa, _parse_vancouver):
        if parser(citation, reference):
            break
    if reference.year is None:
        year = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", citation)
        reference.year = int(year.group(1)) if year else None
    if reference.title:
        reference.title = repair_spacing(reference.title)
    return reference


def strip_list_number(citation: str) -> str:
    """The citation without a leading list number such as "1. ", "[1]", "3) " or "【2】"."""
    start = ENTRY_START.match(citation)
    return citation[start.end():] if start else citation


def repair_spacing(text: str) -> str:
    """Put back spaces lost at lower→Upper word joins ("WithSystemic" → "With Systemic")."""
    if any(word in text for word in _KEEP_CAMEL):
        return text
    return _CAMEL_JOIN.sub(" ", text)


def _parse_gbt(citation: str, ref: Reference) -> bool:
    kind = _GBT_TYPE.search(citation)
    if not kind:
        return False
    ref.style = "gbt7714"
    ref.publication_type = kind.group("code")
    head = citation[: kind.start()].strip()
    parts = re.split(r"[.．]\s*", head, maxsplit=1)
    if len(parts) == 2:
        ref.authors = _gbt_authors(parts[0])
        ref.title = parts[1].strip() or None
    else:
        ref.title = head or None
    source = _GBT_SOURCE.match(citation[kind.end():].strip())
    if source:
        ref.journal = source.group("journal").strip()
        ref.year = int(source.group("year"))
        ref.volume = _clean(source.group("volume"))
        ref.issue = _clean(source.group("issue"))
        ref.pages = _pages(source.group("pages"))
    return True


def _parse_apa(citation: str, ref: Reference) -> bool:
    head = _APA_YEAR.match(citation)
    if not head:
        return False
    ref.style = "apa"
    ref.year = int(head.group("year"))
    ref.authors = _apa_authors(head.group("authors"))
    rest = citation[head.end():].strip()
    source = _APA_SOURCE.match(rest)
    if source:
        ref.title = source.group("title").rstrip(".").strip()
        ref.journal = source.group("journal").strip()
        ref.volume = source.group("volume")
        ref.issue = _clean(source.group("issue"))
        ref.pages = _pages(source.group("pages"))
    else:
        title = re.split(r"(?<=[.?!])\s+", rest, maxsplit=1)[0]
        ref.title = title.rstrip(".").strip() or None
    return True


def _parse_vancouver_web(citation: str, ref: Reference) -> bool:
    """A web page or database cited the NLM way, with "[Internet]" after its title. An author
    who is also the publisher ("Lupus UK … London: Lupus UK") is an organisation."""
    match = _VANCOUVER_WEB.match(citation)
    if not match or _INTERNET_JOURNAL.search(citation):
        return False
    ref.style = "vancouver"
    ref.publication_type = "EB"  # "[Internet]" marks an online work: GB/T 7714's EB
    ref.title = match.group("title").strip(" .") or None
    ref.year = int(match.group("year")) if match.group("year") else None
    authors = (match.group("authors") or "").strip()
    publisher = (match.group("publisher") or "").strip(" .")
    if authors and authors == publisher:
        ref.authors = [Author(collective=authors)]
    elif authors:
        ref.authors = _vancouver_authors(authors)
    return True


def _parse_vancouver(citation: str, ref: Reference) -> bool:
    citation = _INTERNET_NOTE.sub("", citation)
    source = _VANCOUVER_SOURCE.search(citation)
    if not source:
        return False
    ref.style = "vancouver"
    ref.year = int(source.group("year"))
    ref.volume = _clean(source.group("volume"))
    ref.issue = _clean(source.group("issue"))
    ref.pages = _pages(source.group("pages"))
    before = citation[: source.start()].strip()
    dotted = _DOTTED_JOURNAL.search(before)  # "N. Engl. J. Med." would split at every dot
    if dotted and dotted.start() > 0:
        before = before[: dotted.start()].strip()
    pieces = [p for p in re.split(r"(?<=[.?!])\s+", before) if p]
    if dotted and dotted.start() > 0:
        pieces.append(dotted.group(1))
    if pieces:
        ref.authors = _vancouver_authors(pieces[0].rstrip("."))
    if len(pieces) >= 3:
        ref.title = " ".join(pieces[1:-1]).rstrip(".").strip()
        ref.journal = pieces[-1].rstrip(". ").strip() or None
    elif len(pieces) == 2:
        ref.title = pieces[1].rstrip(".").strip()
    return True


def _gbt_authors(text: str) -> list[Author]:
    names = [n.strip() for n in re.split(r"[,，、;；]", _ET_AL.sub("", text)) if n.strip()]
    authors = []
    for name in names:
        if has_cjk(name):
            if 2 <= len(name) <= 4:
                authors.append(Author(last=name[0], fore=name[1:]))
            else:
                authors.append(Author(collective=name))
        else:
            match = _SPACED_INITIALS_AUTHOR.match(name) or _VANCOUVER_AUTHOR.match(name)
            authors.append(Author(last=match.group("last"),
                                  initials=re.sub(r"[^A-Z]", "", match.group("initials")))
                           if match else Author(collective=name))
    return authors


def _apa_authors(text: str) -> list[Author]:
    text = re.sub(r"\s*(?:&|\band\b)\s*", ", ", _ET_AL.sub("", text))
    authors = [
        Author(last=m.group("last").strip(), initials=re.sub(r"[^A-Z]", "", m.group("initials")))
        for m in _APA_AUTHOR.finditer(text)
    ]
    if not authors and text.strip(" ,."):
        return [Author(collective=text.strip(" ,."))]
    return authors


def _vancouver_authors(text: str) -> list[Author]:
    """'Aaa A, Bbb B, et al; XYZ Study Group': the people, then any group after a semicolon."""
    people, _, groups = text.partition(";")
    authors = []
    for name in (n.strip() for n in _ET_AL.sub("", people).split(",")):
        if not name:
            continue
        match = _VANCOUVER_AUTHOR.match(name)
        authors.append(Author(last=match.group("last"), initials=match.group("initials"))
                       if match else Author(collective=name))
    for group in (g.strip(" .") for g in groups.split(";")):
        if group:
            authors.append(Author(collective=group))
    return authors


def _flatten(text: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = ""
    for line in lines:
        joiner = "" if out and has_cjk(out[-1]) and has_cjk(line[0]) else " "
        out = f"{out}{joiner}{line}" if out else line
    return out


def _clean(value: str | None) -> str | None:
    value = (value or "").strip(" .,，")
    return value or None


def _pages(value: str | None) -> str | None:
    value = _clean(value)
    return re.sub(r"\s*[-–~～]\s*", "-", value) if value else None
