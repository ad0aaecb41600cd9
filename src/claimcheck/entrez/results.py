"""ESearch, ELink and ECitMatch answers, and the ECitMatch query line format."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from claimcheck.entrez.xmlread import entrez_read


class CitMatchQuery(BaseModel):
    """One citation for ECitMatch; `key` comes back with the PMID (use the reference label)."""

    model_config = ConfigDict(extra="forbid")

    key: str
    journal: str = ""
    year: str | int | None = None
    volume: str | None = None
    first_page: str | None = None
    author: str = ""  # first author as "surname initials", e.g. "tsokos gc"

    def line(self) -> str:
        """The bdata line: journal|year|volume|first_page|author|key|"""
        fields = (self.journal, self.year, self.volume, self.first_page, self.author, self.key)
        return "|".join(clean_field(f) for f in fields) + "|"


def clean_field(value: object) -> str:
    """A value made safe for a bdata line (no bars or line breaks)."""
    text = "" if value is None else str(value)
    return re.sub(r"[|\r\n]+", " ", text).strip()


def citmatch_bdata(queries: Sequence[CitMatchQuery]) -> str:
    """All queries as one bdata value (lines separated by carriage returns, as NCBI expects)."""
    return "\r".join(q.line() for q in queries)


def parse_ecitmatch(data: bytes) -> dict[str, str | None]:
    """key → PMID, or None for NOT_FOUND, AMBIGUOUS and any other non-PMID answer."""
    found: dict[str, str | None] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        fields = line.split("|")
        if len(fields) < 7:
            continue
        key, answer = fields[5].strip(), fields[6].strip()
        found[key] = answer if answer.isdigit() else None
    return found


def parse_esearch(data: bytes) -> list[str]:
    """The IdList of an ESearch answer."""
    parsed: Any = entrez_read(data)
    return [str(uid) for uid in parsed.get("IdList", [])]


def parse_elink(data: bytes) -> dict[str, list[str]]:
    """ELink answer: source id → linked ids (empty list when a LinkSet has no link)."""
    parsed: Iterable[Any] = entrez_read(data)
    links: dict[str, list[str]] = {}
    for link_set in parsed:
        targets = [str(link["Id"]) for db in link_set.get("LinkSetDb", [])
                   for link in db.get("Link", [])]
        for source in link_set.get("IdList", []):
            links[str(source)] = targets
    return links
