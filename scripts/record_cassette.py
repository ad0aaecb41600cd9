"""Record the E-utilities interactions of checking an article into a vcrpy cassette.

    python scripts/record_cassette.py ARTICLE [--claims FILE] --out CASSETTE --live
    python scripts/record_cassette.py ARTICLE [--claims FILE] --out CASSETTE \\
        --from-seed ../shared/seed/references.json

--live talks to NCBI (needs network; set NCBI_EMAIL, optionally NCBI_API_KEY).
--from-seed serves the public records transcribed in references.json from the test suite's
fake E-utilities server (the exact E-utilities response formats), records that traffic, and
rewrites the URIs to the real E-utilities base URL. Either way the pipeline runs exactly as
a user's run would: `claimcheck.check` when the pipeline is importable, else the resolver.
Query parameters api_key, email and tool never reach the cassette.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from claimcheck.entrez import DEFAULT_BASE_URL, EntrezClient, use_cassette  # noqa: E402

PUBMED_URL = re.compile(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d+)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--claims", type=Path, help="reviewed claims file for the article")
    parser.add_argument("--out", type=Path, required=True, help="cassette to write (.yaml)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--live", action="store_true", help="record against live NCBI")
    source.add_argument("--from-seed", type=Path, metavar="REFERENCES_JSON",
                        help="serve the seed's records from the fake E-utilities server")
    args = parser.parse_args(argv)
    if args.out.exists():
        args.out.unlink()  # record mode "all" appends; start clean
    if args.live:
        requests = record(args.article, args.claims, args.out, base_url=None)
    else:
        requests = record_from_seed(args.article, args.claims, args.out, args.from_seed)
    print(f"wrote {args.out}: {requests} interactions", file=sys.stderr)
    return 0


def record(article: Path, claims: Path | None, out: Path, *, base_url: str | None) -> int:
    """Run the pipeline inside a recording cassette; returns the number of requests."""
    with use_cassette(out, record_mode="all"):
        client = EntrezClient(base_url=base_url, rate=0 if base_url else None)
        run_pipeline(article, claims, client)
    return client.requests_made


def run_pipeline(article: Path, claims: Path | None, client: EntrezClient) -> None:
    try:
        from claimcheck.pipeline import check
    except ImportError:  # the later stages are not there yet: resolve only
        from claimcheck.article import parse_article
        from claimcheck.resolve import resolve_references

        resolve_references(parse_article(article).references, client)
        return
    check(article, claims=claims, client=client)


def record_from_seed(article: Path, claims: Path | None, out: Path, seed: Path) -> int:
    """Record against the fake server loaded with the seed's records, then point the
    cassette at the real E-utilities URL."""
    entries = json.loads(seed.read_text(encoding="utf-8"))
    records, pmc_articles = seed_records(entries)
    with fake_server(records, pmc_articles) as url:
        requests = record(article, claims, out, base_url=url)
        rewrite_uris(out, url, DEFAULT_BASE_URL)
    return requests


def seed_records(entries: list[dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                         list[dict[str, Any]]]:
    """PubMed records (a null value stays out) and PMC articles (front matter and abstract
    only: no body was seen) from the seed entries."""
    from fake_eutils import seed_record

    records: list[dict[str, Any]] = []
    for entry in entries:
        record = seed_record(entry)
        if not record.get("pmid"):
            linked = PUBMED_URL.search(entry.get("cited_url") or "")
            if linked and entry.get("title"):
                # references.json leaves this PMID null (not seen in a consulted copy); the
                # article's own link gives it, so the record is served under that PMID.
                record["pmid"] = linked.group(1)
                print(f"note: [{entry['label']}] PMID {linked.group(1)} taken from the "
                      "article's own link (references.json leaves it null)", file=sys.stderr)
        if record.get("pmid"):
            records.append(record)
    open_access = {e.get("label") for e in entries if e.get("pmc_open_access")}
    pmc_articles = [r for r in records if r.get("pmcid") and r.get("label") in open_access]
    return records, pmc_articles


@contextmanager
def fake_server(records: list[dict[str, Any]], pmc_articles: list[dict[str, Any]]
                ) -> Iterator[str]:
    from fake_eutils import FakeEutils

    with FakeEutils(records=records, pmc_articles=pmc_articles) as fake:
        yield fake.url


def rewrite_uris(cassette: Path, local: str, real: str) -> None:
    """Local fake URLs → the real E-utilities base URL; drop the fake's Server header."""
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    real = real.rstrip("/") + "/"
    for interaction in data.get("interactions", []):
        request = interaction["request"]
        request["uri"] = request["uri"].replace(local, real, 1)
        headers = interaction["response"].get("headers", {})
        headers.pop("Server", None)
    cassette.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
