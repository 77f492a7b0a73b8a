"""The declared records: what a loaded routine holds, and that the exported JSON Schema
accepts and refuses what the checker does (an editor's squiggles match `acutimer validate`)."""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acutimer.core import schema
from acutimer.core.model import (
    INVALID,
    Issue,
    ListOf,
    Nullable,
    Number,
    OneOf,
    check_record,
    declared,
    record,
)
from acutimer.core.points import Flag, Point, PointLibrary, View
from acutimer.core.routine import EachSide, Include, PhaseSpec, Routine, StepSpec
from acutimer.core.sides import StepSide


def routine(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": 1,
        "id": "hand-li4",
        "title": "  Hand  ",
        "summary": "Presses.",
        "audience": "Anyone.",
        "steps": [
            {
                "title": "Union Valley",
                "point": "LI4",
                "instruction": "Squeeze.",
                "phases": [{"kind": "press", "seconds": 10}, {"kind": "release", "seconds": 5}],
            }
        ],
    }
    data.update(changes)
    return data


def check(cls: type, data: Any) -> tuple[Any, list[Issue]]:
    issues: list[Issue] = []
    return check_record(cls, data, (), issues), issues


def test_a_valid_routine_gets_its_defaults_and_tidy_values() -> None:
    made, issues = check(Routine, routine())
    assert issues == []
    assert made.title == "Hand"  # surrounding spaces dropped
    assert made.switch_seconds == 10 and made.cautions == []
    [step] = made.steps
    assert isinstance(step, StepSpec)
    assert (step.rounds, step.optional, step.side, step.effective_side) == (1, False, None, "each")
    assert [p.seconds for p in step.phases] == [10.0, 5.0]
    assert all(isinstance(p.seconds, float) for p in step.phases)


def test_records_are_frozen_and_defaults_are_not_shared() -> None:
    first, _ = check(Routine, routine())
    second, _ = check(Routine, routine())
    with pytest.raises(AttributeError):
        first.title = "Other"
    assert first.cautions is not second.cautions


def test_items_are_picked_by_their_key() -> None:
    steps = [
        {"include": "hips.yaml"},
        {"each_side": {"steps": [routine()["steps"][0]]}},
        routine()["steps"][0],
    ]
    made, issues = check(Routine, routine(steps=steps))
    assert issues == []
    assert [type(item) for item in made.steps] == [Include, EachSide, StepSpec]


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (3.0, "should be a whole number, like 3; got 3"),
        (True, "should be a whole number, like 3; got true"),
        ("3", "should be a whole number, like 3; got '3'"),
        (21, "must be at most 20; got 21"),
    ],
)
def test_rounds_must_be_a_whole_number_in_range(value: Any, says: str) -> None:
    data = routine()
    data["steps"][0]["rounds"] = value
    made, issues = check(Routine, data)
    assert made is INVALID
    assert issues == [Issue(("steps", 0, "rounds"), says)]


def test_enums_come_back_as_members() -> None:
    made, issues = check(
        Point,
        {
            "code": "LI4",
            "pinyin": "Hegu",
            "english": "Union Valley",
            "region": "hand",
            "location": "Web of the hand.",
            "finding": "Squeeze.",
            "technique": "Press.",
            "view": "dorsal-hand",
            "marker": [0.3, 1],
            "cautions": [{"flag": "pregnancy-forbidden", "text": "Not in pregnancy."}],
        },
    )
    assert issues == []
    assert made.view is View.DORSAL_HAND
    assert made.cautions[0].flag is Flag.PREGNANCY_FORBIDDEN
    assert made.marker == (0.3, 1.0)


def test_record_rules_wait_for_valid_fields() -> None:
    """A step with a bad title and a side without a point says only the first: the
    rule about sides runs on a step whose fields are all valid."""
    data = routine()
    data["steps"][0].update(title="", point=None, side="both")
    _, issues = check(Routine, data)
    assert [i.message for i in issues] == ["must not be empty"]


def test_every_problem_is_collected() -> None:
    data = routine(title=5, id="Bad Id", extra=1)
    del data["summary"]
    _, issues = check(Routine, data)
    assert {(i.path, i.kind) for i in issues} == {
        (("title",), "value"),
        (("id",), "value"),
        (("summary",), "missing"),
        (("extra",), "unknown"),
    }


def test_ice_longer_than_20_minutes_is_refused_at_its_seconds() -> None:
    made, issues = check(PhaseSpec, {"kind": "ice", "seconds": 1201})
    assert made is INVALID
    assert issues[0].path == ("seconds",)
    assert issues[0].message.startswith("ice for 1201 seconds")


# -- the JSON Schema agrees with the checker ---------------------------------------------


def schema_of(name: str) -> dict[str, Any]:
    return json.loads(schema.export()[name])


def test_every_field_of_every_record_is_in_the_schema() -> None:
    routine_defs = schema_of("routine.schema.json")["$defs"]
    assert set(routine_defs["StepSpec"]["properties"]) == {
        "title",
        "point",
        "side",
        "rounds",
        "optional",
        "instruction",
        "phases",
    }
    assert routine_defs["PhaseSpec"]["required"] == ["kind", "seconds"]
    points = schema_of("points.schema.json")
    assert points["required"] == ["format", "points"]
    assert points["$defs"]["Point"]["properties"]["view"]["enum"] == [v.value for v in View]


MUTATIONS = st.sampled_from(
    [
        ("rounds", 0),
        ("rounds", 2.5),
        ("rounds", True),
        ("rounds", 3),
        ("optional", "yes"),
        ("optional", True),
        ("side", "left"),
        ("side", "both"),
        ("title", ""),
        ("title", "x" * 81),
        ("title", 7),
        ("title", "Ok"),
        ("instruction", None),
        ("phases", []),
        ("phases", "press"),
        ("point", "L" * 11),
        ("extra", 1),
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(MUTATIONS, max_size=3), st.floats(allow_nan=False, allow_infinity=False))
def test_schema_and_checker_agree_on_mutated_steps(
    mutations: list[tuple[str, Any]], seconds: float
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = routine()
    data["steps"][0]["phases"][0]["seconds"] = seconds
    for key, value in mutations:
        data["steps"][0][key] = value
    made, _ = check(Routine, data)
    validator = jsonschema.Draft202012Validator(schema_of("routine.schema.json"))
    errors = list(validator.iter_errors(data))
    # Whitespace-only text and the cross-field rules are beyond JSON Schema; none of
    # these mutations reaches them, so both must give the same verdict.
    assert (made is not INVALID) == (not errors), (mutations, seconds, [e.message for e in errors])


def test_the_shipped_point_library_loads_into_records() -> None:
    from tests.helpers.routines import shipped_points

    library = shipped_points()
    assert isinstance(library, PointLibrary)
    assert library.get("BL23") is not None and library.get("XX1") is None


# -- the annotations say what the specs keep ------------------------------------------


def type_mismatches(top: type) -> list[str]:
    """Fields of ``top`` and the records inside it whose annotation is not the type
    their spec keeps: the two declarations of a field that nothing else ties together."""
    found: list[str] = []
    seen: set[type] = set()

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            kept = f.metadata["spec"].python_type()
            if hints[f.name] != kept:
                found.append(f"{cls.__name__}.{f.name}: annotated {hints[f.name]}, keeps {kept}")
            for inner in records_in(kept):
                visit(inner)

    visit(top)
    return found


def records_in(kind: Any) -> list[type]:
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return [kind]
    return [record for arg in typing.get_args(kind) for record in records_in(arg)]


@pytest.mark.parametrize("top", [Routine, PointLibrary])
def test_every_field_is_annotated_with_the_type_its_spec_keeps(top: type) -> None:
    assert type_mismatches(top) == []


@record
class _Misdeclared:
    seconds: int = declared(Number())
    side: StepSide = declared(Nullable(OneOf(StepSide)))
    marker: list[float] = declared(ListOf(Number(), pair=True))


def test_an_annotation_that_disagrees_with_its_spec_is_found() -> None:
    assert [m.split(":")[0] for m in type_mismatches(_Misdeclared)] == [
        "_Misdeclared.seconds",
        "_Misdeclared.side",
        "_Misdeclared.marker",
    ]
