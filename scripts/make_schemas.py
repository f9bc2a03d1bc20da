"""Write the JSON Schemas of rulegov's file formats into ``docs/schemas/``.

Run ``python scripts/make_schemas.py``; ``--check`` exits 1 when a committed schema is stale (the
test suite runs that check, so the published schemas always match the code).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import rulegov

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "schemas"


def schemas() -> dict[str, dict[str, Any]]:
    """Every schema by file name."""
    found = {"plan.schema.json": rulegov.plan_json_schema()}
    scheme_schema = getattr(rulegov, "scheme_json_schema", None)
    if scheme_schema is not None:
        found["scheme.schema.json"] = scheme_schema()
    return found


def render(schema: dict[str, Any]) -> str:
    """A schema as stable, readable JSON."""
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schemas, or with ``--check`` compare them with the committed files."""
    parser = argparse.ArgumentParser(description="Write the JSON Schemas into docs/schemas/.")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a committed schema is stale"
    )
    args = parser.parse_args(argv)
    stale = []
    for name, schema in schemas().items():
        path = OUT / name
        text = render(schema)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(
            f"stale schemas in docs/schemas: {stale}; run python scripts/make_schemas.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
