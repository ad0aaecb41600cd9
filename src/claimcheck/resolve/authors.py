"""Author names as cited versus as recorded: surnames, initials, truncated lists."""

from __future__ import annotations

import re

from claimcheck.models import Author, Reference
from claimcheck.resolve.normalize import squash

_TRUNCATED = re.compile(r"\bet\s*al\b|等|\.\.\.|…", re.I)
_LEADING_JOINER = re.compile(r"^\s*(&|and\s+)", re.I)


def surname_key(author: Author) -> str:
    """The squashed surname (or group name) used to compare authors."""
    name = author.collective or author.last or ""
    return squash(_LEADING_JOINER.sub("", name))


def first_initial(author: Author) -> str:
    """The first initial, from the initials or the forename ('' when unknown)."""
    source = squash(author.initials) or squash(author.fore)
    return source[:1]


def same_author(cited: Author, record: Author) -> bool:
    """Same surname (or group name); initials are compared separately."""
    cited_key, record_key = surname_key(cited), surname_key(record)
    return bool(cited_key) and cited_key == record_key


def list_is_truncated(reference: Reference) -> bool:
    """True when the printed author list ends with 'et al.', '等' or an ellipsis."""
    return bool(_TRUNCATED.search(reference.raw or ""))


def display_list(authors: list[Author], limit: int = 12) -> str:
    """'Li A, Guo F, Pan Q' (shortened with 'et al.' past `limit`)."""
    shown = ", ".join(a.display() for a in authors[:limit])
    return shown + (", et al." if len(authors) > limit else "")
