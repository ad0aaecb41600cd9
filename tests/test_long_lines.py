"""Bounded work on pathological input: a line of thousands of figures (issue 12, item 6)."""

from __future__ import annotations

import time

import claimcheck
from claimcheck.evidence import extract_quantities
from claimcheck.evidence.analysis import MAX_SENTENCE_CHARS, _bounded


def _line(n: int) -> str:
    return " ".join(f"{i % 97}.{i % 10}%, and" for i in range(n)) + " end."


def test_extraction_keeps_every_figure_and_no_overlap() -> None:
    found = extract_quantities(_line(5000))
    assert len(found) == 5000
    spans = [(q.start, q.end) for q in found]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_extraction_time_grows_linearly() -> None:
    small, big = _line(4000), _line(16000)
    start = time.perf_counter()
    extract_quantities(small)
    t_small = time.perf_counter() - start
    start = time.perf_counter()
    extract_quantities(big)
    t_big = time.perf_counter() - start
    assert t_big < 8 * t_small + 0.5  # four times the text: linear ~4x, quadratic ~16x


def test_an_overlong_claim_is_not_judged_but_said_why() -> None:
    verdict = claimcheck.verify(_line(2000), title="A trial", abstract=["The rate was 5.5%."])
    assert verdict.status == "unverifiable"
    assert "characters long" in verdict.rationale


def test_an_overlong_source_sentence_is_read_in_verbatim_windows() -> None:
    text = _line(3000)
    windows = _bounded([text])
    assert len(windows) > 1 and all(len(w) <= MAX_SENTENCE_CHARS for w in windows)
    assert all(w in text for w in windows)
    verdict = claimcheck.verify("The rate was 5.5%.", title="A trial", abstract=[text])
    assert verdict.status != "contradicted"
