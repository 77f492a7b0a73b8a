"""Writing routine files for tests and finding where a piece of text stands in them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from acutimer import paths
from acutimer.core.loader import ResolvedRoutine, load_routine
from acutimer.core.points import PointLibrary, load_points
from acutimer.core.timeline import Timeline, build_timeline

HEAD = """\
format: 1
id: {id}
title: A test routine
summary: Used by the tests.
audience: Nobody in particular.
"""

ONE_STEP = """\
steps:
  - title: Union Valley
    point: LI4
    instruction: Squeeze the web of the hand.
    phases:
      - {kind: press, seconds: 10}
      - {kind: release, seconds: 5}
"""


def routine_text(steps: str = ONE_STEP, *, routine_id: str = "test-routine") -> str:
    """A valid routine file with ``steps`` (a YAML ``steps:`` block) as its body."""
    return HEAD.format(id=routine_id) + textwrap.dedent(steps)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) >= occurrence, f"{needle!r} is not in the text {occurrence} time(s)"
    return hits[occurrence - 1]


def shipped_points() -> PointLibrary:
    return load_points(paths.points_file())


def shipped_routine(file_name: str, points: PointLibrary | None = None) -> ResolvedRoutine:
    return load_routine(paths.routines_dir() / file_name, points or shipped_points())


def shipped_timeline(file_name: str, **options: object) -> Timeline:
    points = shipped_points()
    return build_timeline(shipped_routine(file_name, points), points, **options)  # type: ignore[arg-type]
