"""Entrez query text built from a citation: title phrases and ECitMatch lines."""

from __future__ import annotations

import re

from claimcheck.entrez import CitMatchQuery
from claimcheck.models import Reference
from claimcheck.resolve.normalize import has_cjk, normalize_number, page_range, squash


def title_phrase(title: str) -> str:
    """A title as a safe search phrase: no quotes, brackets, field tags or boolean words."""
    text = re.sub(r'["()\[\]{}]', " ", title)
    text = re.sub(r"\b(AND|OR|NOT)\b", lambda m: m.group(0).lower(), text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".")


def _first_author_query(ref: Reference) -> str | None:
    if not ref.authors:
        return None
    first = ref.authors[0]
    if first.collective or not first.last:
        return None
    initials = squash(first.initials or "") or squash(first.fore or "")[:1]
    return f"{first.last} {initials}".strip()


def citmatch_query(ref: Reference) -> CitMatchQuery | None:
    """The ECitMatch query of a reference with journal, year, volume, first page and author."""
    pages = page_range(ref.pages)
    author = _first_author_query(ref)
    volume = normalize_number(ref.volume)
    if not (ref.journal and ref.year and volume and pages and author) or has_cjk(ref.journal):
        return None
    return CitMatchQuery(journal=ref.journal, year=str(ref.year), volume=volume,
                         first_page=pages[0], author=author, key=ref.label)


def citmatch_line(ref: Reference) -> str:
    query = citmatch_query(ref)
    return query.line() if query is not None else ""
