"""Options shared by the subcommands that talk to NCBI."""

from __future__ import annotations

import argparse
import re

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


_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1_000_000, "mb": 1_000_000,
          "g": 1_000_000_000, "gb": 1_000_000_000}


def input_size(text: str) -> int:
    """A --max-input-size value: bytes, or a number with k/KB, M/MB, G/GB."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    if not match or match.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 20MB or 500000")
    return max(1, int(float(match.group(1)) * _UNITS[match.group(2).lower()]))


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """--max-input-size (extract, resolve, check)."""
    parser.add_argument("--max-input-size", metavar="SIZE", type=input_size, default=None,
                        help="refuse input files larger than this, before reading them "
                             "(default 20MB)")
