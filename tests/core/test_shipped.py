"""Every file acutimer ships loads, validates and agrees with the exported schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from acutimer import paths
from acutimer.core import schema
from acutimer.core.catalogue import routine_files, scan
from acutimer.core.loader import load_routine
from acutimer.core.points import Flag, View, load_points
from tests.helpers.routines import shipped_points

ROUTINE_FILES = routine_files(paths.routines_dir())
REFERENCE_CODES = ["BL23", "BL52", "BL53", "GB30", "LI4", "LU6", "LR3", "KI1", "BL40", "BL39"]


def test_every_protocol_of_the_reference_has_a_file() -> None:
    names = {p.name for p in ROUTINE_FILES}
    assert names == {
        "lower-back.yaml",
        "hips.yaml",
        "buttocks.yaml",
        "ice.yaml",
        "hand.yaml",
        "forearm.yaml",
        "feet-top.yaml",
        "soles.yaml",
        "knees.yaml",
        "full-session.yaml",
    }


@pytest.mark.parametrize("path", ROUTINE_FILES, ids=lambda p: p.name)
def test_shipped_routine_loads(path: Path) -> None:
    routine = load_routine(path, shipped_points())
    assert routine.routine.format == 1
    assert routine.title and routine.routine.summary and routine.routine.audience
    assert routine.routine.cautions, "every shipped routine says what to watch out for"


def test_shipped_routine_ids_are_unique_and_all_load_in_the_catalogue() -> None:
    entries = scan(shipped_points(), paths.routines_dir(), None)
    assert [e.problems for e in entries if not e.ok] == []
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)) == len(ROUTINE_FILES)


def test_point_library_has_every_reference_point() -> None:
    library = load_points(paths.points_file())
    assert sorted(library.codes) == sorted(REFERENCE_CODES)


def test_point_library_shows_the_books_labels_beside_who_codes() -> None:
    library = shipped_points()
    shown = {p.code: p.display_code for p in library.points}
    assert shown["BL52"] == "BL52 (B-47)"
    assert shown["BL53"] == "BL53 (B-48)"
    assert shown["BL40"] == "BL40 (B-54)"
    assert shown["BL39"] == "BL39 (B-53)"
    assert shown["LI4"] == "LI4"


def test_point_library_views_and_safety_flags_follow_the_reference() -> None:
    library = shipped_points()
    view = {p.code: p.view for p in library.points}
    assert view["BL23"] is view["GB30"] is View.POSTERIOR_TRUNK
    assert view["LI4"] is View.DORSAL_HAND and view["KI1"] is View.PLANTAR_FOOT
    forbidden = {p.code for p in library.points if p.flagged(Flag.PREGNANCY_FORBIDDEN)}
    assert forbidden == {"LI4", "KI1"}
    for code in ("BL40", "BL39"):
        flags = {c.flag for c in library.get(code).cautions}  # type: ignore[union-attr]
        assert {Flag.LIGHT_PRESSURE, Flag.VARICOSE_VEINS, Flag.BLOOD_CLOT} <= flags
    assert library.get("GB30").flagged(Flag.NERVE_PAIN)  # type: ignore[union-attr]
    assert library.get("KI1").notes and library.get("LR3").notes  # type: ignore[union-attr]


@pytest.mark.parametrize("name", sorted(schema.export()))
def test_shipped_json_schema_equals_the_export(name: str) -> None:
    shipped = (paths.schema_dir() / name).read_text(encoding="utf-8")
    assert shipped == schema.export()[name], (
        f"routines/schema/{name} is stale; run python -m acutimer.core.schema"
    )


def test_every_shipped_file_points_editors_at_its_schema() -> None:
    for path in [*ROUTINE_FILES, paths.points_file()]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        expected = "points" if path == paths.points_file() else "routine"
        assert first == f"# yaml-language-server: $schema=schema/{expected}.schema.json"


@pytest.mark.parametrize("path", [*ROUTINE_FILES, paths.points_file()], ids=lambda p: p.name)
def test_shipped_file_validates_against_the_exported_json_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    name = "points.schema.json" if path.name == "points.yaml" else "routine.schema.json"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(document, json.loads(schema.export()[name]))


@pytest.mark.parametrize(
    "path", sorted(paths.routines_dir().glob("*.de.yaml")), ids=lambda p: p.name
)
def test_shipped_translation_validates_against_its_json_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    kind = "points" if path.name.startswith("points.") else "routine"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=schema/{kind}-translation.schema.json"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(document, json.loads(schema.export()[f"{kind}-translation.schema.json"]))
