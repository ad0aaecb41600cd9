"""The committed seed cassette is exactly what the seed records produce (see cassettes/README.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from fake_eutils import SEED_REFERENCES, seed_available

ROOT = Path(__file__).resolve().parents[1]
CASSETTE = ROOT / "cassettes" / "msc-sle-2022.yaml"


def interactions(path: Path) -> list[tuple[str, str, Any, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(i["request"]["method"], i["request"]["uri"], i["request"]["body"],
             i["response"]["body"]["string"]) for i in data["interactions"]]


@pytest.mark.skipif(not seed_available(), reason="shared/seed is not beside the repository")
def test_cassette_is_rebuilt_identically_from_the_seed_records(tmp_path: Path) -> None:
    out = tmp_path / "seed.yaml"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "record_cassette.py"),
         str(ROOT / "claims" / "msc-sle-2022" / "article.txt"),
         "--claims", str(ROOT / "claims" / "msc-sle-2022" / "claims.yaml"),
         "--out", str(out), "--from-seed", str(SEED_REFERENCES)],
        check=True, capture_output=True, cwd=ROOT)
    assert interactions(out) == interactions(CASSETTE)


def test_cassette_holds_no_identity_parameters() -> None:
    text = CASSETTE.read_text(encoding="utf-8")
    for name in ("api_key", "email=", "tool="):
        assert name not in text
