"""The committed JSON schema matches the model, and produced reports validate against it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from claimcheck.models import SCHEMA_VERSION, Report
from claimcheck.report import report_schema
from claimcheck.report.schema import schema_json
from report_fixtures import make_report

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "report.schema.json"
SEED_ARTICLE = ROOT / "claims" / "msc-sle-2022" / "article.txt"
SEED_CLAIMS = ROOT / "claims" / "msc-sle-2022" / "claims.yaml"
SEED_CASSETTE = ROOT / "cassettes" / "msc-sle-2022.yaml"


def validate(document: object) -> None:
    jsonschema.Draft202012Validator(report_schema()).validate(document)


def test_committed_schema_is_the_generated_one() -> None:
    if os.environ.get("CLAIMCHECK_UPDATE_SNAPSHOTS"):
        SCHEMA_FILE.write_text(schema_json(), encoding="utf-8")
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == report_schema(), (
        "docs/report.schema.json is stale: run `python -m claimcheck.report > "
        "docs/report.schema.json` (or CLAIMCHECK_UPDATE_SNAPSHOTS=1 pytest)"
    )


def test_schema_is_versioned_and_itself_valid() -> None:
    schema = report_schema()
    assert schema["$id"].endswith(SCHEMA_VERSION)
    assert schema["version"] == SCHEMA_VERSION
    jsonschema.Draft202012Validator.check_schema(schema)


def test_fixture_report_validates() -> None:
    validate(json.loads(make_report().to_json()))


def test_empty_report_validates() -> None:
    validate(json.loads(Report().to_json()))


def test_schema_rejects_an_unknown_status() -> None:
    document = json.loads(make_report().to_json())
    document["claims"][0]["status"] = "probably_fine"
    with pytest.raises(jsonschema.ValidationError):
        validate(document)


def test_schema_requires_the_documented_fields() -> None:
    required = set(report_schema()["required"])
    assert {"schema_version", "tool_version", "generated_at", "inputs", "mode", "requests",
            "references", "claims", "summary"} <= required


@pytest.mark.skipif(not (SEED_ARTICLE.exists() and SEED_CASSETTE.exists()),
                    reason="seed article or cassette not in the checkout yet")
def test_seed_report_validates() -> None:
    pipeline = pytest.importorskip("claimcheck.pipeline")
    claims = SEED_CLAIMS if SEED_CLAIMS.exists() else None
    report = pipeline.check(SEED_ARTICLE, claims=claims, cassette=SEED_CASSETTE)
    validate(json.loads(report.to_json()))
    assert report.claims and report.references
