"""Entrez query text built from a citation: title phrases and ECitMatch lines."""

from __future__ import annotations

import re
import unicodedata

from claimcheck.entrez import CitMatchQuery
from claimcheck.models import Reference
from claimcheck.resolve.normalize import (
    clean_cited_title,
    has_cjk,
    normalize_number,
    page_range,
    squash,
)


def title_phrase(title: str) -> str:
    """A title as a safe search phrase: no quotes, brackets, field tags or boolean words (and
    no "RETRACTED:" or "[Internet]", full-width punctuation folded)."""
    text = re.sub(r'["()\[\]{}]', " ", clean_cited_title(unicodedata.normalize("NFKC", title)))
    text = re.sub(r"\b(AND|OR|NOT)\b", lambda m: m.group(0).lower(), text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".")


# Short words a title may hold; any other lower-case word of 1–3 letters is likely a fragment
# of a word split by copy-paste ("ther apy").
_SHORT_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "into", "is", "its", "of",
    "on", "or", "the", "to", "vs", "via", "was", "with"})
# A lower-case word that starts with one of these and goes on for 4+ letters may be two words
# run together ("forlupus", "inpatients"); it is left out of the damage-tolerant query only.
_JOINED_PREFIX = re.compile(r"^(?:for|of|and|with|in|on|to|the)[a-z]{4,}$")
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")


def _looks_damaged(word: str, neighbour_is_fragment: bool) -> bool:
    if _CAMEL_JOIN.search(word):
        return True
    if not word.islower() or not word.isalpha():
        return False
    if len(word) <= 3:
        return word not in _SHORT_WORDS
    return neighbour_is_fragment or bool(_JOINED_PREFIX.match(word))


def damage_tolerant_clause(title: str) -> str | None:
    """An esearch clause for a title whose spacing may be damaged, or None if it looks clean.

    Words that look split ("ther apy") or run together ("forlupus", "WithSystemic") are left
    out, and the clean runs of two or more words around them are ANDed as [ti] phrases, so a
    copy-paste slip does not hide the paper from the title search.
    """
    tokens = title_phrase(title).split()
    bare = [re.sub(r"^\W+|\W+$", "", t) for t in tokens]
    fragment = [len(b) <= 3 and b.isalpha() and b.islower() and b not in _SHORT_WORDS
                for b in bare]
    damaged = [
        not b or _looks_damaged(b, (i > 0 and fragment[i - 1])
                                or (i + 1 < len(bare) and fragment[i + 1]))
        for i, b in enumerate(bare)
    ]
    if not any(damaged):
        return None
    runs: list[list[str]] = [[]]
    for token, bad in zip(tokens, damaged, strict=True):
        if bad:
            runs.append([])
        else:
            runs[-1].append(token.strip(",;:."))
    phrases = [" ".join(run) for run in runs if len(run) >= 2]
    if sum(len(p.split()) for p in phrases) < 4:
        return None
    return " AND ".join(f'"{p}"[ti]' for p in phrases)


def title_clauses(title: str) -> list[str]:
    """The esearch clauses for one title: the exact phrase, plus a damage-tolerant one."""
    clauses = [f'("{title_phrase(title)}"[ti])']
    tolerant = damage_tolerant_clause(title)
    if tolerant:
        clauses.append(f"({tolerant})")
    return clauses


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
