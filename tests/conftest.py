"""Shared fixtures: the fake E-utilities server and the seed records."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if importlib.util.find_spec("claimcheck") is None:  # not installed: test the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from fake_eutils import FakeEutils, running, seed_pmc_articles, seed_records


@pytest.fixture
def fake_eutils() -> Iterator[FakeEutils]:
    """A started, empty fake E-utilities server; add records with `.add_records(...)`."""
    yield from running()


@pytest.fixture
def seed_eutils() -> Iterator[FakeEutils]:
    """A started fake server serving the seed's PubMed records and PMC front matter."""
    yield from running(seed_records(), seed_pmc_articles())


@pytest.fixture
def seed() -> list[dict[str, Any]]:
    """The seed references as record dicts (skips when ../shared/seed is missing)."""
    return seed_records()


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated cache dir; also keeps NCBI_* settings of the developer's shell out."""
    for name in ("NCBI_API_KEY", "NCBI_EMAIL", "NCBI_EUTILS_URL"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(path))
    return path
