"""Committed JSON Schemas are current, and the committed claims files follow them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from claimcheck.article import apply_claims, load_claims, parse_article

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schemas"
ARTICLES = [ROOT / "claims" / "msc-sle-2022" / "article.txt",
            ROOT / "claims" / "msc-lupus-review.en" / "article.md"]


def test_committed_schemas_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "write_schemas.py"),
                             "--check"], capture_output=True, text=True, check=False,
                            env={"PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("article_path", ARTICLES, ids=lambda p: p.parent.name)
def test_article_json_validates(article_path: Path) -> None:
    schema = json.loads((SCHEMAS / "Article.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(parse_article(article_path).model_dump(mode="json"), schema)


@pytest.mark.parametrize("article_path", ARTICLES, ids=lambda p: p.parent.name)
def test_committed_claims_file_matches_its_article(article_path: Path) -> None:
    claims_path = article_path.parent / "claims.yaml"
    schema = json.loads((SCHEMAS / "ClaimsFile.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(claims_path.read_text(encoding="utf-8")), schema)
    article = parse_article(article_path)
    applied = apply_claims(article, load_claims(claims_path))
    assert applied.warnings == []
    for claim in applied.claims:
        assert claim.text in article.text, claim.id
        assert claim.location is not None
