"""Writing routines as YAML, patching hand-written files, flattening includes."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from acutimer import paths
from acutimer.core.catalogue import routine_files
from acutimer.core.loader import load_routine, load_routine_text
from acutimer.core.routine_doc import SCHEMA_COMMENT, flatten, patch, scalar, to_yaml
from acutimer.core.sides import Side
from acutimer.core.timeline import build_timeline
from tests.helpers.routines import shipped_points

SHIPPED = routine_files(paths.routines_dir())

HAND_WRITTEN = """\
# My physio's routine, 3 March: do it after the walk.
format: 1
id: physio
title: Physio routine   # she called it "the morning one"
summary: Two presses.
audience: Me.
steps:
  # first the hand
  - title: Hand
    point: LI4
    instruction: Squeeze the web of the hand.
    phases:
      - {kind: press, seconds: 10}   # ten is enough
      - {kind: release, seconds: 5}
"""


def test_every_shipped_routine_reads_back_the_same_after_writing() -> None:
    for path in SHIPPED:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = to_yaml(data)
        assert text.startswith(SCHEMA_COMMENT + "\n")
        assert yaml.safe_load(text) == data, path.name
        assert max(len(line) for line in text.splitlines()) <= 100, path.name


@settings(deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_reads_back_the_same(text: str) -> None:
    data = {"title": text, "phases": [{"kind": text, "seconds": 3}]}
    assert yaml.safe_load(to_yaml(data).split("\n", 1)[1]) == data
    assert yaml.safe_load(scalar(text, True).join("[]")) == [text]


def test_a_patch_changes_only_the_value_and_keeps_comments() -> None:
    old = yaml.safe_load(HAND_WRITTEN)
    new = yaml.safe_load(HAND_WRITTEN)
    new["title"] = "Morning routine"
    new["steps"][0]["phases"][0]["seconds"] = 15
    text = patch(HAND_WRITTEN, old, new)
    assert text is not None
    assert text == HAND_WRITTEN.replace("title: Physio routine", "title: Morning routine").replace(
        "seconds: 10}", "seconds: 15}"
    )


def test_a_long_value_in_a_folded_block_is_folded_again() -> None:
    original = "format: 1\nsummary: >-\n  Short.\n# kept\nid: x\n"
    old = yaml.safe_load(original)
    new = dict(old, summary="word " * 30 + "end")
    text = patch(original, old, new)
    assert text is not None and yaml.safe_load(text) == new
    assert "# kept" in text and text.count("\n") > original.count("\n")


def test_added_or_moved_steps_cannot_be_patched() -> None:
    old = yaml.safe_load(HAND_WRITTEN)
    new = yaml.safe_load(HAND_WRITTEN)
    new["steps"].append(dict(new["steps"][0]))
    assert patch(HAND_WRITTEN, old, new) is None
    del new["steps"][1]
    new["steps"][0]["rounds"] = 2  # a key the file does not have
    assert patch(HAND_WRITTEN, old, new) is None


def test_flattening_keeps_the_timeline_of_every_shipped_routine(tmp_path: Path) -> None:
    points = shipped_points()
    for path in SHIPPED:
        resolved = load_routine(path, points)
        text = to_yaml(flatten(resolved))
        again = load_routine_text(text, tmp_path / path.name, points)
        assert not again.includes
        expected = build_timeline(resolved, points, first_side=Side.RIGHT).to_json()
        assert build_timeline(again, points, first_side=Side.RIGHT).to_json() == expected
