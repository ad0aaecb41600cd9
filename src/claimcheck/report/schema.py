"""The JSON schema of a report, generated from the pydantic model.

Regenerate the committed copy with `python -m claimcheck.report > docs/report.schema.json`.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from claimcheck.models import SCHEMA_VERSION, Report

SCHEMA_ID = f"urn:claimcheck:report:{SCHEMA_VERSION}"


class _EveryFieldWritten(GenerateJsonSchema):
    """`Report.to_json()` writes every field, defaults included: mark them all required."""

    def field_is_required(
        self,
        field: core_schema.ModelField | core_schema.DataclassField | core_schema.TypedDictField,
        total: bool,
    ) -> bool:
        if self.mode == "serialization" and field.get("serialization_exclude_if") is None:
            return True
        return super().field_is_required(field, total)


def report_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) for `Report.to_json()` output, versioned by SCHEMA_VERSION."""
    body = Report.model_json_schema(mode="serialization", schema_generator=_EveryFieldWritten)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        **body,
        "title": "claimcheck report",
    }


def schema_json() -> str:
    """The schema as the committed file holds it (sorted keys, trailing newline)."""
    return json.dumps(report_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
