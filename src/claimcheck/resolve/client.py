"""What the resolver needs from an Entrez client (`claimcheck.entrez.EntrezClient` fits)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Protocol, cast

from claimcheck.entrez import CitMatchQuery
from claimcheck.models import SourceRecord


class ResolverClient(Protocol):
    """The batched E-utility calls the strategies use; `requests_made` counts HTTP requests."""

    requests_made: int

    def efetch_pubmed(self, pmids: Sequence[str]) -> Mapping[str, SourceRecord]: ...

    def esearch(self, term: str, *, db: str = "pubmed", retmax: int = 20) -> list[str]: ...

    def pmc_to_pubmed(self, pmcids: Sequence[str]) -> Mapping[str, str | None]: ...

    def ecitmatch(self, queries: Sequence[CitMatchQuery]) -> Mapping[str, str | None]: ...


Mode = Literal["live", "cache", "cassette", "offline"]


def client_mode(client: object) -> Mode:
    """live / cache / cassette / offline, as the client reports it (live when it does not)."""
    mode = getattr(client, "mode", "live")
    return cast(Mode, mode) if mode in ("live", "cache", "cassette", "offline") else "live"


__all__ = ["CitMatchQuery", "ResolverClient", "client_mode"]
