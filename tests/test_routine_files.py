"""Copies and exports of a routine read in another language."""

from __future__ import annotations

from pathlib import Path

from acutimer import paths
from acutimer.core.loader import load_routine, load_routine_text
from acutimer.core.timeline import build_timeline
from acutimer.routine_files import self_contained
from tests.helpers.routines import shipped_points


def test_a_copy_of_a_routine_read_in_german_is_german_and_keeps_its_timing(
    tmp_path: Path,
) -> None:
    points = shipped_points()
    for name in ("hand.yaml", "full-session.yaml"):
        german = load_routine(paths.routines_dir() / name, points, language="de")
        text, flattened = self_contained(german)
        assert flattened and "Tal der Vereinigung" in text and "Union Valley" not in text
        copy = load_routine_text(text, tmp_path / name, points)
        english = load_routine(paths.routines_dir() / name, points)
        assert build_timeline(copy, points).seconds == build_timeline(english, points).seconds
        assert [p.kind for p in build_timeline(copy, points).phases] == [
            p.kind for p in build_timeline(english, points).phases
        ]


def test_a_copy_of_an_english_routine_is_its_file_as_written() -> None:
    path = paths.routines_dir() / "hand.yaml"
    text, flattened = self_contained(load_routine(path, shipped_points()))
    assert not flattened and text == path.read_text(encoding="utf-8")
