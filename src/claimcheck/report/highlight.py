"""Cut text into plain and marked pieces: claims in the article, numbers in a quote.

The renderers escape every piece; nothing here produces markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from claimcheck.models import ClaimResult

_BLANK = re.compile(r"[ \t\u3000\u00a0\r]*")
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|≠|→|->)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """A run of text; `claim` is set when it belongs to a highlighted claim."""

    text: str
    claim: int | None = None  # index into the claims list
    last: bool = False  # the claim's final piece (where its label goes)


@dataclass
class Paragraph:
    pieces: list[Piece] = field(default_factory=list)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    claim: int


def claim_spans(text: str, claims: Sequence[ClaimResult]) -> tuple[list[Span], list[int]]:
    """Where each claim sits in the text: (non-overlapping spans, indexes of claims not placed).

    A claim's location offsets are used when they are in range; otherwise its text is searched.
    """
    spans: list[Span] = []
    unplaced: list[int] = []
    candidates: list[Span] = []
    for index, claim in enumerate(claims):
        loc = claim.location
        if loc and 0 <= loc.start < loc.end <= len(text):
            candidates.append(Span(loc.start, loc.end, index))
            continue
        found = text.find(claim.text.strip()) if claim.text.strip() else -1
        if found >= 0:
            candidates.append(Span(found, found + len(claim.text.strip()), index))
        else:
            unplaced.append(index)
    end = 0
    for span in sorted(candidates, key=lambda s: (s.start, -s.end)):
        if span.start < end:
            unplaced.append(span.claim)
            continue
        spans.append(span)
        end = span.end
    return spans, sorted(unplaced)


def paragraphs(text: str, spans: Sequence[Span]) -> list[Paragraph]:
    """The text as paragraphs (runs of non-blank lines), claim spans cut at paragraph edges."""
    result: list[Paragraph] = []
    for start, end in _paragraph_bounds(text):
        para = Paragraph()
        cursor = start
        for span in spans:
            lo, hi = max(span.start, start), min(span.end, end)
            if lo >= hi:
                continue
            if lo > cursor:
                para.pieces.append(Piece(text[cursor:lo]))
            para.pieces.append(Piece(text[lo:hi], span.claim, last=hi == span.end))
            cursor = hi
        if cursor < end:
            para.pieces.append(Piece(text[cursor:end]))
        result.append(para)
    return result


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        blank = _BLANK.fullmatch(body) is not None
        if not blank:
            if start is None:
                start = offset + (len(body) - len(body.lstrip()))
            last_end = offset + len(body.rstrip())
        elif start is not None:
            bounds.append((start, last_end))
            start = None
        offset += len(line)
    if start is not None:
        bounds.append((start, last_end))
    return bounds


def mark_terms(text: str, matched: Iterable[str], mismatched: Iterable[str]) -> list[tuple[str, str]]:
    """Split a quote into (text, kind) pieces, kind "match", "mismatch" or "".

    Matched terms are marked where they occur; a mismatch such as "44.1% vs 41.2%" marks
    whichever side occurs in the quote.
    """
    terms: list[tuple[str, str]] = [(t, "match") for t in matched if t.strip()]
    for item in mismatched:
        terms.extend((part, "mismatch") for part in _VERSUS.split(item) if part.strip())
    marks: list[tuple[int, int, str]] = []
    folded = text.lower()
    same_length = len(folded) == len(text)
    haystack = folded if same_length else text
    for term, kind in sorted(terms, key=lambda t: -len(t[0])):
        needle = term.strip().lower() if same_length else term.strip()
        pos = haystack.find(needle)
        while pos >= 0:
            stop = pos + len(needle)
            free = all(stop <= a or pos >= b for a, b, _ in marks)
            if free and _whole_number(text, pos, stop):
                marks.append((pos, stop, kind))
            pos = haystack.find(needle, pos + 1)
    pieces: list[tuple[str, str]] = []
    cursor = 0
    for start, stop, kind in sorted(marks):
        if start > cursor:
            pieces.append((text[cursor:start], ""))
        pieces.append((text[start:stop], kind))
        cursor = stop
    if cursor < len(text):
        pieces.append((text[cursor:], ""))
    return pieces


def _whole_number(text: str, start: int, stop: int) -> bool:
    """False when a number would be cut out of a longer one ("60" inside "160" or "60.5")."""
    before = text[start - 1] if start > 0 else ""
    after = text[stop : stop + 2]
    if text[start].isdigit() and (before.isdigit() or before == "."):
        return False
    return not (text[stop - 1].isdigit() and after[:1].isdigit()
                or text[stop - 1].isdigit() and after[:1] == "." and after[1:2].isdigit())
