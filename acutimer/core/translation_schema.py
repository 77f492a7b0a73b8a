"""JSON Schemas of translation files (``hand.de.yaml``, ``points.de.yaml``) for editors.

Built from the same declarations as the loader's checks (the English fields' specs), so
a length limit or a new flag reaches them too. They cannot know the English file's step
titles or point codes; ``acutimer validate`` checks those.
"""

from __future__ import annotations

from typing import Any

from acutimer.core.points import CODE, Caution, Flag, Point
from acutimer.core.routine import PhaseSpec, Routine, StepSpec
from acutimer.core.translation import POINT_TEXTS, text_spec

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _text(record: type, name: str, description: str) -> dict[str, Any]:
    return text_spec(record, name).schema({}) | {"description": description}


def _keys(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "additionalProperties": False}


def routine_translation() -> dict[str, Any]:
    phases = {
        "type": "object",
        "description": "The texts of the phases that have their own in the English file, "
        "by kind: massage, release; a second press is 'press (2)'",
        "additionalProperties": _text(PhaseSpec, "text", "What to do in this phase"),
    }
    step = _keys(
        {
            "title": _text(StepSpec, "title", "The step's title in this language"),
            "instruction": _text(StepSpec, "instruction", "The step's instruction"),
            "phases": phases,
        }
    )
    cautions = {
        "type": "array",
        "description": "The English file's cautions, in its order",
        "items": text_spec(Routine, "cautions").schema({}),
    }
    steps = {
        "type": "object",
        "description": "By each step's English title; a second step with the same title "
        "is 'Title (2)'",
        "additionalProperties": step,
    }
    return {
        "$schema": DRAFT,
        "title": "acutimer routine translation",
        "description": "The texts of the routine file beside it (hand.de.yaml translates "
        "hand.yaml); a text left out stays English",
        **_keys(
            {
                "title": _text(Routine, "title", "The routine's title"),
                "summary": _text(Routine, "summary", "What the routine is"),
                "audience": _text(Routine, "audience", "Who the routine is for"),
                "cautions": cautions,
                "steps": steps,
            }
        ),
    }


def points_translation() -> dict[str, Any]:
    flags = "|".join(f.value for f in Flag)
    cautions = {
        "type": "object",
        "description": "The point's cautions by flag; a second one with the same flag is "
        "'flag (2)'",
        "propertyNames": {"pattern": rf"^({flags})( \([0-9]+\))?$"},
        "additionalProperties": _text(Caution, "text", "The caution's sentence"),
    }
    words = {name: _text(Point, name, f"The point's {name}") for name in POINT_TEXTS}
    words["english"]["description"] = "The point's name in this language"
    point = _keys({**words, "cautions": cautions})
    return {
        "$schema": DRAFT,
        "title": "acutimer point library translation",
        "description": "The texts of points.yaml beside it; a text left out stays English",
        **_keys(
            {
                "points": {
                    "type": "object",
                    "description": "By WHO code, as in points.yaml",
                    "propertyNames": {"pattern": CODE.pattern},
                    "additionalProperties": point,
                }
            }
        ),
    }


SCHEMAS = {
    "routine-translation.schema.json": routine_translation,
    "points-translation.schema.json": points_translation,
}
