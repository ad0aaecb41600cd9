"""`python -m claimcheck.report` prints the report JSON schema (docs/report.schema.json)."""

from claimcheck.report.schema import schema_json

print(schema_json(), end="")
