"""Bio.Entrez parsing that never downloads a DTD.

Bio.Entrez validates NCBI XML against the DTD named in its DOCTYPE and, when that file is not
on disk, fetches it from NCBI. Biopython bundles the DTDs; when NCBI names a newer one than the
installed Biopython ships (e.g. next year's pubmed_YYMMDD.dtd), the DOCTYPE is pointed at the
newest bundled DTD of the same family instead, so parsing never touches the network.
"""

from __future__ import annotations

import io
import os
import re
from functools import cache
from typing import Any

from Bio import Entrez
from Bio.Entrez.Parser import DataHandler

_DOCTYPE = re.compile(
    rb'(<!DOCTYPE\s+[\w.:-]+\s+PUBLIC\s+"[^"]*"\s+")([^"]+)(")', re.IGNORECASE)
_DATED = re.compile(r"^(?P<family>.+?)_\d{6}\.dtd$")


class DTDUnavailable(ValueError):
    """The XML names a DTD that is not bundled and has no bundled sibling."""


def _dtd_dirs() -> list[str]:
    return [d for d in (DataHandler.local_dtd_dir, DataHandler.global_dtd_dir) if d]


@cache
def _bundled(filename: str) -> bool:
    return any(os.path.isfile(os.path.join(d, filename)) for d in _dtd_dirs())


@cache
def _newest_sibling(filename: str) -> str | None:
    match = _DATED.match(filename)
    if not match:
        return None
    family = match.group("family")
    names = {n for d in _dtd_dirs() if os.path.isdir(d) for n in os.listdir(d)}
    siblings = sorted(n for n in names if (m := _DATED.match(n)) and m.group("family") == family)
    return siblings[-1] if siblings else None


def with_local_dtd(data: bytes) -> bytes:
    """`data` with its DOCTYPE naming a DTD that is on disk (unchanged when it already is)."""
    match = _DOCTYPE.search(data[:4096])
    if not match:
        return data
    system_id = match.group(2).decode("ascii", "replace")
    directory, _, filename = system_id.rpartition("/")
    if _bundled(filename):
        return data
    sibling = _newest_sibling(filename)
    if sibling is None:
        raise DTDUnavailable(
            f"no local copy of {filename}; claimcheck does not download DTDs at run time")
    new_id = f"{directory}/{sibling}".encode("ascii")
    return data[: match.start(2)] + new_id + data[match.end(2):]


def entrez_read(data: bytes) -> Any:
    """Bio.Entrez.read over bytes, using only local DTDs."""
    handle = io.BytesIO(with_local_dtd(data))
    return Entrez.read(handle, validate=False)  # type: ignore[no-untyped-call]
