"""Routine and point texts in another language: hand.de.yaml beside hand.yaml."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from acutimer import paths
from acutimer.core.catalogue import routine_files, scan
from acutimer.core.errors import DataError
from acutimer.core.loader import load_routine
from acutimer.core.points import load_points
from acutimer.core.timeline import build_timeline
from acutimer.core.translation import (
    languages,
    numbered,
    point_targets,
    read_translation,
    routine_targets,
)
from acutimer.core.yamlsource import load, read_text
from tests.helpers.routines import line_of, routine_text, shipped_points, write

TWO_STEPS = """\
steps:
  - title: Get comfortable
    instruction: Sit down.
    phases:
      - {kind: prepare, seconds: 10}
  - title: Union Valley
    point: LI4
    instruction: Squeeze the web of the hand.
    phases:
      - {kind: press, seconds: 10}
      - {kind: release, seconds: 5, text: Let go slowly.}
"""


def _routine(folder: Path, translation: str, steps: str = TWO_STEPS) -> Path:
    """mine.yaml (two steps) in ``folder``, with ``translation`` as mine.de.yaml."""
    write(folder, "mine.de.yaml", textwrap.dedent(translation))
    return write(folder, "mine.yaml", routine_text(steps, routine_id="mine"))


def _problems(path: Path, language: str = "de") -> list[str]:
    with pytest.raises(DataError) as caught:
        load_routine(path, shipped_points(), language=language)
    return [str(p) for p in caught.value.problems]


def test_a_text_left_out_stays_english(tmp_path: Path) -> None:
    path = _routine(
        tmp_path,
        """\
        title: Eine Testübung
        steps:
          Union Valley:
            title: Tal der Vereinigung
        """,
    )
    routine = load_routine(path, shipped_points(), language="de").routine
    assert routine.title == "Eine Testübung"
    assert routine.summary == "Used by the tests."
    first, second = routine.steps
    assert first.title == "Get comfortable"  # type: ignore[union-attr]
    assert second.title == "Tal der Vereinigung"  # type: ignore[union-attr]
    assert second.instruction == "Squeeze the web of the hand."  # type: ignore[union-attr]
    assert second.phases[1].text == "Let go slowly."  # type: ignore[union-attr]


def test_steps_are_found_by_their_english_title_in_any_order(tmp_path: Path) -> None:
    path = _routine(
        tmp_path,
        """\
        steps:
          Union Valley:
            instruction: Drücken Sie die Hautfalte.
            phases:
              release: Langsam loslassen.
          Get comfortable:
            instruction: Setzen Sie sich.
        """,
    )
    resolved = load_routine(path, shipped_points(), language="de_AT")
    steps = [step for block in resolved.blocks for step in block.steps]
    assert [s.instruction for s in steps] == ["Setzen Sie sich.", "Drücken Sie die Hautfalte."]
    assert steps[1].phases[1].text == "Langsam loslassen."
    assert steps[1].phases[0].text is None  # the press keeps showing the instruction


def test_a_second_step_with_the_same_title_is_keyed_with_its_number(tmp_path: Path) -> None:
    twice = TWO_STEPS.replace("Union Valley", "Get comfortable")
    path = _routine(
        tmp_path,
        """\
        steps:
          Get comfortable (2):
            title: Zweiter Schritt
        """,
        twice,
    )
    steps = load_routine(path, shipped_points(), language="de").routine.steps
    assert [s.title for s in steps] == ["Get comfortable", "Zweiter Schritt"]  # type: ignore[union-attr]


def test_an_unknown_step_is_an_error_at_its_line_and_column(tmp_path: Path) -> None:
    text = """\
    steps:
      Union Vally:
        title: Tal der Vereinigung
    """
    _routine(tmp_path, text)
    line = line_of(textwrap.dedent(text), "Union Vally")
    assert _problems(tmp_path / "mine.yaml") == [
        f"{tmp_path / 'mine.de.yaml'}:{line}:3: unknown key 'Union Vally' in steps: "
        "mine.yaml has no such text; did you mean 'Union Valley'?"
    ]


def test_numbers_and_points_are_never_in_a_translation(tmp_path: Path) -> None:
    text = """\
    id: meine
    steps:
      Union Valley:
        point: LI5
        phases:
          press: Drücken.
    """
    _routine(tmp_path, text)
    problems = _problems(tmp_path / "mine.yaml")
    lines = [int(p.split(":")[1]) for p in problems]
    assert lines == [1, 4, 6]
    assert "'id' is never translated" in problems[0]
    assert "'point' in steps['Union Valley'] is never translated" in problems[1]
    # The press phase has no text of its own in the English: nothing to translate.
    assert "unknown key 'press' in steps['Union Valley'].phases" in problems[2]
    assert "allowed here: release" in problems[2]


def test_a_wrong_type_is_an_error(tmp_path: Path) -> None:
    text = """\
    title: [Eine, Liste]
    summary:
    cautions: Nur eine
    steps:
      - Get comfortable
    """
    _routine(tmp_path, text)
    assert _problems(tmp_path / "mine.yaml") == [
        f"{tmp_path / 'mine.de.yaml'}:{n}:{col}: {message}"
        for n, col, message in [
            (1, 8, "title: should be text; got a list"),
            (2, 9, "summary: should be text; got nothing"),
            (
                3,
                1,
                "unknown key 'cautions': mine.yaml has no such text; "
                "allowed here: title, summary, audience, steps",
            ),
            (5, 3, "steps: should be a group of keys; got a list"),
        ]
    ]


def test_a_caution_the_english_lacks_is_an_error(tmp_path: Path) -> None:
    steps = TWO_STEPS.replace("steps:", "cautions:\n  - Not in pregnancy.\nsteps:", 1)
    _routine(
        tmp_path,
        """\
        cautions:
          - Nicht in der Schwangerschaft.
          - Und noch etwas.
        """,
        steps,
    )
    assert _problems(tmp_path / "mine.yaml") == [
        f"{tmp_path / 'mine.de.yaml'}:3:5: mine.yaml has 1 item in cautions, "
        "so there is no item 2 to translate"
    ]


def test_a_too_long_title_is_held_to_the_english_limit(tmp_path: Path) -> None:
    _routine(tmp_path, f"title: {'Sehr ' * 20}lang\n")
    assert _problems(tmp_path / "mine.yaml") == [
        f"{tmp_path / 'mine.de.yaml'}:1:8: title: is too long: at most 80 characters"
    ]


def test_broken_yaml_in_a_translation_is_reported_like_any_file(tmp_path: Path) -> None:
    _routine(tmp_path, "title: [unclosed\n")
    (problem,) = _problems(tmp_path / "mine.yaml")
    assert problem.startswith(f"{tmp_path / 'mine.de.yaml'}:1:8: YAML syntax")


@pytest.mark.parametrize("language", [None, "", "C", "en", "en_GB", "fr_FR"])
def test_other_languages_read_the_english(tmp_path: Path, language: str | None) -> None:
    path = _routine(tmp_path, "title: Eine Testübung\n")
    assert load_routine(path, shipped_points(), language=language).title == "A test routine"


def test_keys_of_repeated_names_are_numbered_and_never_collide() -> None:
    assert numbered(["Rest", "Press", "Rest", "Rest (2)"]) == [
        "Rest",
        "Press",
        "Rest (3)",
        "Rest (2)",
    ]


def test_languages_tried_go_from_the_country_to_the_language() -> None:
    assert languages("de_AT.UTF-8") == ["de_AT", "de"]
    assert languages("de-DE") == ["de_DE", "de"]
    assert languages("de") == ["de"]
    assert languages("C") == languages(None) == []


def test_a_country_file_wins_over_the_language_file(tmp_path: Path) -> None:
    path = _routine(tmp_path, "title: Deutsch\n")
    write(tmp_path, "mine.de_AT.yaml", "title: Österreichisch\n")
    assert load_routine(path, shipped_points(), language="de_AT").title == "Österreichisch"
    assert load_routine(path, shipped_points(), language="de_DE").title == "Deutsch"


# The shipped German translation.

ROUTINE_FILES = routine_files(paths.routines_dir())


@pytest.mark.parametrize("path", ROUTINE_FILES, ids=lambda p: p.name)
def test_every_builtin_routine_has_a_complete_german_translation(path: Path) -> None:
    """A new English text without its German one fails here."""
    english = load_routine(path, shipped_points())
    targets = routine_targets(english.routine)
    german = path.with_name(f"{path.stem}.de.yaml")
    texts = read_translation(german, str(german), path.name, targets)
    assert sorted(map(str, set(targets) - set(texts))) == []


def test_the_point_library_has_a_complete_german_translation() -> None:
    targets = point_targets(shipped_points())
    german = paths.routines_dir() / "points.de.yaml"
    texts = read_translation(german, str(german), "points.yaml", targets)
    assert sorted(map(str, set(targets) - set(texts))) == []
    library = load_points(paths.points_file(), "de")
    li4 = library.get("LI4")
    assert li4 is not None and li4.english == "Tal der Vereinigung" and li4.pinyin == "Hegu"
    assert "Schwangerschaft" in li4.cautions[0].text


def test_translations_are_not_routines_of_their_own() -> None:
    entries = scan(shipped_points(), paths.routines_dir(), None, language="de")
    assert len(entries) == len(ROUTINE_FILES) and all(e.ok for e in entries)
    assert not [e.path.name for e in entries if e.path.name.endswith(".de.yaml")]
    titles = {e.id: e.title for e in entries}
    assert titles["lower-back"] == "Unterer Rücken (BL23, BL52)"
    assert titles["full-session"] == "Komplette Sitzung bei Rückenschmerzen"


def test_an_included_routine_brings_its_own_translation() -> None:
    path = paths.routines_dir() / "full-session.yaml"
    resolved = load_routine(path, shipped_points(), language="de_DE")
    titles = [step.title for block in resolved.blocks for step in block.steps]
    assert "Tal der Vereinigung" in titles and "Springender Kreis" in titles
    assert "Union Valley" not in titles


@pytest.mark.parametrize("path", ROUTINE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("pregnancy", [False, True])
def test_a_translation_never_changes_the_timing(path: Path, pregnancy: bool) -> None:
    def timing(language: str | None) -> list[tuple[object, ...]]:
        points = load_points(paths.points_file(), language)
        resolved = load_routine(path, points, language=language)
        timeline = build_timeline(resolved, points, pregnancy_safe=pregnancy)
        phases = [
            (p.start, p.seconds, p.kind, p.point, p.side, p.step, p.round, p.max_seconds)
            for p in timeline.phases
        ]
        return [*phases, *[(item.point,) for item in timeline.left_out]]

    assert timing("de") == timing(None)


def test_the_german_texts_differ_from_the_english() -> None:
    """The German files are really read: most texts are not left as the English."""
    english = shipped_points()
    german = load_points(paths.points_file(), "de")
    same = [
        (a.code, name)
        for a, b in zip(english.points, german.points, strict=True)
        for name in ("english", "location", "finding", "technique")
        if getattr(a, name) == getattr(b, name)
    ]
    assert same == []


def test_the_german_files_hold_only_texts() -> None:
    """Never a number, a phase kind's timing or a point code as a key."""
    for path in sorted(paths.routines_dir().glob("*.de.yaml")):
        data, _ = load(read_text(path), str(path))
        assert isinstance(data, dict)
        assert set(data) <= {"title", "summary", "audience", "cautions", "steps", "points"}


def test_a_users_routine_is_read_in_its_translation_and_a_broken_one_is_shown_broken(
    tmp_path: Path,
) -> None:
    write(tmp_path, "good.yaml", routine_text(routine_id="good"))
    write(tmp_path, "good.de.yaml", "title: Gut\n")
    write(tmp_path, "bad.yaml", routine_text(routine_id="bad"))
    write(tmp_path, "bad.de.yaml", "titel: Schlecht\n")
    entries = scan(shipped_points(), paths.routines_dir(), tmp_path, language="de")
    mine = {e.path.name: e for e in entries if e.path.parent == tmp_path}
    assert sorted(mine) == ["bad.yaml", "good.yaml"]
    assert mine["good.yaml"].title == "Gut"
    assert not mine["bad.yaml"].ok
    assert [str(p) for p in mine["bad.yaml"].problems] == [
        f"{tmp_path / 'bad.de.yaml'}:1:1: unknown key 'titel': bad.yaml has no such text; "
        "did you mean 'title'?"
    ]


def test_the_json_schema_of_a_translation_refuses_numbers_and_codes() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from acutimer.core.schema import export

    routine = json.loads(export()["routine-translation.schema.json"])
    jsonschema.validate({"steps": {"Union Valley": {"title": "Tal"}}}, routine)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"steps": {"Union Valley": {"phases": {"press": 10}}}}, routine)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"switch_seconds": 5}, routine)
    points = json.loads(export()["points-translation.schema.json"])
    jsonschema.validate({"points": {"LI4": {"cautions": {"pregnancy-forbidden": "Nie."}}}}, points)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"points": {"LI4": {"marker": [0.1, 0.2]}}}, points)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"points": {"LI4": {"cautions": {"pregnant": "Nie."}}}}, points)
