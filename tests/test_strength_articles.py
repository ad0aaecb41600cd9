"""Overstatement flags on the seed and the dev-corpus articles match the hand-checked file.

bench/data/overstatement_expected.yaml lists every flag the checks should show, each checked
by hand (correct: true = a real overstatement). A new flag, or a listed one gone, fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(not (SHARED / "dev-corpus" / "fake_eutils.py").is_file(),
                                reason="../shared/dev-corpus is not there")


def test_article_flags_are_the_hand_checked_ones() -> None:
    import overstatement_articles as bench

    found = bench.article_flags(SHARED)
    expected = yaml.safe_load(bench.EXPECTED.read_text("utf-8")) or {}
    result = bench.compare(found, expected)
    assert result["unchecked"] == []
    assert result["expected_not_shown"] == []
    precision = result["precision"]["overstated_causal"]
    assert precision is None or precision >= 0.9
