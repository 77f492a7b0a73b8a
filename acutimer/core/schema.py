"""JSON Schemas for editors, exported from the models (the one declaration).

``python -m acutimer.core.schema`` rewrites the shipped copies in routines/schema/;
a test keeps them equal to the export.
"""

from __future__ import annotations

import json
from pathlib import Path

from acutimer.core import translation_schema
from acutimer.core.model import json_schema
from acutimer.core.points import PointLibrary
from acutimer.core.routine import Routine

SCHEMAS = {
    "routine.schema.json": (Routine, "acutimer routine"),
    "points.schema.json": (PointLibrary, "acutimer point library"),
}


def export() -> dict[str, str]:
    """File name -> JSON text of each schema, translation files' included."""
    schemas = {name: json_schema(record, title) for name, (record, title) in SCHEMAS.items()}
    schemas |= {name: make() for name, make in translation_schema.SCHEMAS.items()}
    return {
        name: json.dumps(schema, indent=2, sort_keys=True) + "\n"
        for name, schema in schemas.items()
    }


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in export().items():
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    from acutimer.paths import schema_dir

    write(schema_dir())
    print(f"wrote {', '.join(export())} to {schema_dir()}")
