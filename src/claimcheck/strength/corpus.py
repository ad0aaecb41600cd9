"""Labelled claim-strength sentences (CSV with `sentence,label`) and the fixed split."""

from __future__ import annotations

import csv
from pathlib import Path

HELD_BACK = 4  # row index % 5 == 4 is held back for reporting; the rest is for development


def load_labelled(path: str | Path) -> list[tuple[str, int]]:
    """(sentence, label) rows of a CSV with `sentence` and `label` columns, in file order."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [(row["sentence"], int(row["label"])) for row in csv.DictReader(handle)]


def split(rows: list[tuple[str, int]], part: str) -> list[tuple[str, int]]:
    """'train' (four fifths) or 'test' (every fifth row, index % 5 == 4) of `rows`."""
    if part not in ("train", "test"):
        raise ValueError(f"part must be 'train' or 'test', not {part!r}")
    held = part == "test"
    return [row for i, row in enumerate(rows) if (i % 5 == HELD_BACK) == held]
