"""PySide6's import hook still learns which modules use PySide6, without keeping their
source text in memory (acutimer.qt.pyside_linecache.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, linecache, sys
import PySide6.QtCore
from PySide6.support import feature
from acutimer.qt.pyside_linecache import keep_sources_out_of_linecache
patched = keep_sources_out_of_linecache() if sys.argv[1] == "patched" else False
import uses_qt, plain
print(json.dumps({
    "patched": patched,
    "uses_qt": feature.pyside_feature_dict.get("uses_qt"),
    "plain": feature.pyside_feature_dict.get("plain"),
    "cached": sorted(n for n in linecache.cache if n.endswith(("uses_qt.py", "plain.py"))),
}))
"""


def run(tmp_path: Path, mode: str) -> dict:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n" * 200)
    (tmp_path / "plain.py").write_text("VALUE = 1\n" * 200)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"PYTHONPATH": f"{tmp_path}:{root}", "PATH": "/usr/bin:/bin"},
    )
    return json.loads(done.stdout)


def test_modules_are_classified_as_before_without_their_source_kept(tmp_path: Path) -> None:
    before = run(tmp_path, "plain")
    after = run(tmp_path, "patched")
    assert before["cached"], "PySide6 no longer caches sources: pyside_linecache can go"
    assert after["patched"] is True
    # 0: "uses PySide6, default features"; -1: "ignore this module" (PySide6's own values).
    assert (after["uses_qt"], after["plain"]) == (before["uses_qt"], before["plain"]) == (0, -1)
    assert after["cached"] == []
