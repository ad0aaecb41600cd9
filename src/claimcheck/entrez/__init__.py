"""The one Entrez client: paced, retried, cached E-utilities access and PubMed/PMC parsing.

    from claimcheck.entrez import open_client
    with open_client(cassette="cassettes/msc-sle-2022.yaml") as client:
        records = client.efetch_pubmed(["34659214"])

See docs/entrez.md.
"""

from __future__ import annotations

from claimcheck.entrez.cache import ResponseCache, default_cache_dir
from claimcheck.entrez.cassette import open_client, use_cassette
from claimcheck.entrez.client import DEFAULT_BASE_URL, EntrezClient, Mode, pmc_number
from claimcheck.entrez.pmc import parse_pmc
from claimcheck.entrez.pubmed import parse_pubmed
from claimcheck.entrez.results import CitMatchQuery, parse_ecitmatch, parse_elink, parse_esearch
from claimcheck.errors import NetworkError, OfflineMiss

__all__ = [
    "DEFAULT_BASE_URL",
    "CitMatchQuery",
    "EntrezClient",
    "Mode",
    "NetworkError",
    "OfflineMiss",
    "ResponseCache",
    "default_cache_dir",
    "open_client",
    "parse_ecitmatch",
    "parse_elink",
    "parse_esearch",
    "parse_pmc",
    "parse_pubmed",
    "pmc_number",
    "use_cassette",
]
