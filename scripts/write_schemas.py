"""Write the JSON Schema of every shared model to docs/schemas/<Model>.schema.json.

Usage: python scripts/write_schemas.py [--check] [--out DIR]
  --check  write nothing; exit 1 when a committed schema is missing or out of date.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path

from claimcheck import models

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "schemas"


def model_classes() -> dict[str, type[models.Model]]:
    """The public pydantic models defined in claimcheck.models, by name."""
    return {
        name: cls for name, cls in vars(models).items()
        if inspect.isclass(cls) and issubclass(cls, models.Model) and cls is not models.Model
        and cls.__module__ == models.__name__
    }


def render(cls: type[models.Model]) -> str:
    schema = cls.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"urn:claimcheck:{cls.__name__}:{models.SCHEMA_VERSION}", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check they are up to date")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    stale = []
    for name, cls in sorted(model_classes().items()):
        path = args.out / f"{name}.schema.json"
        text = render(cls)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run python scripts/write_schemas.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    if not args.check:
        print(f"wrote {len(model_classes())} schemas to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
