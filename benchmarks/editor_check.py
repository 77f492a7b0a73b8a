"""How long the editor takes to check a routine after each keystroke.

Every change makes the text Save would write, runs the loader on it and places the
problems on their fields. This times that for a small routine (hand.yaml), a
hand-written one that is patched in place, and the largest one there is
(full-session with its includes flattened: 6 parts, 14 steps). Prints figures only.

    python benchmarks/editor_check.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml
from PySide6.QtCore import QCoreApplication

from acutimer import paths
from acutimer.core.loader import load_routine
from acutimer.core.points import load_points
from acutimer.routine_files import self_contained
from acutimer.ui.editor.document import EditorDocument


def timed(document: EditorDocument, runs: int = 60) -> list[float]:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        document.set(("title",), f"Title {n}")  # one keystroke: a change, then the check
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    QCoreApplication(sys.argv[:1])
    points = load_points(paths.points_file())
    folder = Path(tempfile.mkdtemp())
    cases = {}
    hand = (paths.routines_dir() / "hand.yaml").read_text(encoding="utf-8")
    cases["hand.yaml, new file"] = EditorDocument(points, folder, yaml.safe_load(hand))
    cases["hand.yaml, patched in place"] = EditorDocument(
        points, folder, yaml.safe_load(hand), original_text=hand
    )
    full, _ = self_contained(load_routine(paths.routines_dir() / "full-session.yaml", points))
    cases["full-session, flattened"] = EditorDocument(
        points, folder, yaml.safe_load(full), original_text=full
    )
    for name, document in cases.items():
        times = timed(document)
        print(
            f"{name:<30} median {statistics.median(times):6.2f} ms   "
            f"max {max(times):6.2f} ms   ({len(times)} edits)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
