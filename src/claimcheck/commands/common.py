"""Options shared by the subcommands that talk to NCBI."""

from __future__ import annotations

import argparse

DEFAULT_DEADLINE = 600.0  # seconds of NCBI work per run


def add_network_options(parser: argparse.ArgumentParser) -> None:
    """--cassette, --offline, cache and NCBI identity options (resolve, check)."""
    group = parser.add_argument_group("NCBI access")
    group.add_argument("--cassette", metavar="PATH",
                       help="replay recorded E-utilities interactions from a vcrpy cassette "
                            "(record mode 'none': no network)")
    group.add_argument("--offline", action="store_true",
                       help="answer from the on-disk cache only; never touch the network")
    group.add_argument("--cache-dir", metavar="DIR",
                       help="response cache directory (default: $CLAIMCHECK_CACHE_DIR or the "
                            "user cache dir)")
    group.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    group.add_argument("--refresh", action="store_true",
                       help="ignore cached answers, fetch again and update the cache")
    group.add_argument("--email", metavar="ADDR", help="contact e-mail sent to NCBI (or $NCBI_EMAIL)")
    group.add_argument("--api-key", metavar="KEY",
                       help="NCBI API key, allows 10 requests/s (or $NCBI_API_KEY); never stored")
    group.add_argument("--eutils-url", metavar="URL",
                       help="E-utilities base URL (or $NCBI_EUTILS_URL); http(s) only")
    group.add_argument("--deadline", metavar="SECONDS", type=float, default=DEFAULT_DEADLINE,
                       help="give up on NCBI after this many seconds for the whole run "
                            f"(default {DEFAULT_DEADLINE:g}); what was resolved is kept")
