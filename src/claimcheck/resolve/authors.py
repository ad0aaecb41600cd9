"""Author names as cited versus as recorded: surnames, near misses, initials, short lists."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import OSA

from claimcheck.models import Author, Reference
from claimcheck.resolve.normalize import squash

_TRUNCATED = re.compile(r"\bet\s*al\b|等|\.\.\.|…", re.I)
_ELLIPSIS = re.compile(r"\.\.\.|…")
_LEADING_JOINER = re.compile(r"^\s*(&|and\s+)", re.I)
# Wade-Giles (and other older romanisations of Chinese surnames) → pinyin: each initial may
# stand for several pinyin initials (ts'/ts → c/z, ch'/ch → ch/zh/q/j), then the finals.
_INITIALS = (("hs", ("x",)), ("ts", ("z", "c")), ("tz", ("z",)), ("ch", ("zh", "q", "j")),
             ("k", ("g",)), ("t", ("d",)), ("p", ("b",)))
_FINALS = ((r"ieh$", "ie"), (r"ung$", "ong"), (r"ih$", "i"), (r"uo$", "o"))
# Surnames at least this long may be two edits away and still count as a near miss.
TWO_EDITS_FROM = 8
# Shorter surnames than this are only near misses through another romanisation.
ONE_EDIT_FROM = 4

Relation = Literal["same", "near", "other"]


def surname_key(author: Author) -> str:
    """The squashed surname (or group name) used to compare authors."""
    name = author.collective or author.last or ""
    return squash(_LEADING_JOINER.sub("", name))


def first_initial(author: Author) -> str:
    """The first initial, from the initials or the forename ('' when unknown)."""
    source = squash(author.initials) or squash(author.fore)
    return source[:1]


def initials_key(author: Author) -> str:
    """All initials, squashed ('' when unknown)."""
    if author.initials:
        return squash(author.initials)
    return "".join(w[:1] for w in re.split(r"[\s\-]+", squash_words(author.fore)) if w)


def squash_words(text: str | None) -> str:
    return " ".join(squash(w) for w in (text or "").split())


def same_author(cited: Author, record: Author) -> bool:
    """Same surname (or group name); initials are compared separately."""
    cited_key, record_key = surname_key(cited), surname_key(record)
    return bool(cited_key) and cited_key == record_key


@lru_cache(maxsize=8192)
def _romanised(key: str) -> frozenset[str]:
    """The pinyin spellings an older romanisation of a surname may stand for (and itself)."""
    forms = {key}
    for initial, replacements in _INITIALS:
        if key.startswith(initial):
            forms |= {r + key[len(initial):] for r in replacements}
            break
    for pattern, replacement in _FINALS:
        forms |= {re.sub(pattern, replacement, f) for f in forms}
    return frozenset(forms)


def surname_relation(cited: Author, record: Author) -> Relation:
    """same; near (a typo of one or two edits, or another romanisation); other."""
    a, b = surname_key(cited), surname_key(record)
    if not a or not b:
        return "other"
    if a == b:
        return "same"
    if cited.collective or record.collective:
        return "other"
    if _romanised(a) & _romanised(b):
        return "near"
    shorter = min(len(a), len(b))
    allowed = 2 if shorter >= TWO_EDITS_FROM else 1 if shorter >= ONE_EDIT_FROM else 0
    if allowed and a[0] == b[0] and OSA.distance(a, b) <= allowed:
        return "near"
    return "other"


def persons(authors: list[Author]) -> list[Author]:
    """The personal authors, without group names."""
    return [a for a in authors if not a.collective and a.last]


def list_is_truncated(reference: Reference) -> bool:
    """True when the printed author list ends with 'et al.', '等' or an ellipsis."""
    return bool(_TRUNCATED.search(_author_part(reference)))


def has_ellipsis(reference: Reference) -> bool:
    """True for APA 7's long-list form: the first authors, '…', then the last author."""
    return bool(_ELLIPSIS.search(_author_part(reference)))


def _author_part(reference: Reference) -> str:
    raw = reference.raw or ""
    title = reference.title or ""
    if title:
        cut = raw.find(title[: max(12, len(title) // 3)])
        if cut > 0:
            return raw[:cut]
    return raw


def compare_lists(reference: Reference, recorded: list[Author]) -> list[str]:
    """Later authors: a short form (et al., et al; + group, APA's '…' + last) is not an error.

    Group names are left out on both sides (PubMed often lists a group as a collective
    author, or only among the investigators); the cited personal authors must be the record's
    first ones, in order, and after an ellipsis the last cited name is the record's last.
    """
    cited, record = persons(reference.authors), persons(recorded)
    if len(cited) <= 1 or not record:
        return []
    truncated = list_is_truncated(reference)
    head, last = cited, None
    if has_ellipsis(reference) and len(cited) >= 2:
        head, last = cited[:-1], cited[-1]
    notes: list[str] = []
    if (last is not None and surname_relation(last, record[-1]) == "other"
            and len(record) > len(head)):
        notes.append(f"last author {last.display()} ≠ {record[-1].display()}")
    if not truncated and len(cited) != len(record):
        notes.append(f"{len(cited)} authors cited, {len(record)} in the record")
    elif truncated and len(head) > len(record):
        notes.append(f"{len(head)} authors cited, only {len(record)} in the record")
    pairs = list(zip(head[1:], record[1:], strict=False))
    if any(surname_relation(c, r) == "other" for c, r in pairs):
        cited_keys = sorted(surname_key(a) for a in head)
        record_keys = sorted(surname_key(a) for a in record[: len(head)])
        notes.append("same names in another order" if cited_keys == record_keys
                     else "later authors differ")
    return notes


def display_list(authors: list[Author], limit: int = 12) -> str:
    """'Li A, Guo F, Pan Q' (shortened with 'et al.' past `limit`)."""
    shown = ", ".join(a.display() for a in authors[:limit])
    return shown + (", et al." if len(authors) > limit else "")
