"""Guards against PySide6 bugs that would crash a user's session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_does_not_leak_references_to_true_or_false() -> None:
    """PySide6 6.12.0 under Python 3.11 dropped a reference to True on every emit; after
    a few hundred emits (one countdown's worth) the interpreter aborted. pyproject.toml
    excludes that version; this test catches any other release with the same bug."""
    emitter = _Emitter()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(50):
        emitter.happened.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


_HINTS_BUG = """
import gc
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
hints = app.styleHints().accessibility()
del hints
gc.collect()
try:
    app.styleHints().accessibility().contrastPreference()
except RuntimeError:
    print("deleted")
else:
    print("alive")
"""


def test_pyside_still_deletes_the_accessibility_hints() -> None:
    """acutimer/ui/pyside_hints.py works around this; when it fails, the bug is gone
    and the workaround can go."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _HINTS_BUG], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.stdout.strip() == "deleted", run.stderr


def test_the_kept_accessibility_hints_stay_usable(qapp: object) -> None:
    import gc

    from PySide6.QtGui import QGuiApplication

    from acutimer.ui.pyside_hints import accessibility_hints

    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    accessibility_hints(app)
    gc.collect()
    assert accessibility_hints(app).contrastPreference() is not None
