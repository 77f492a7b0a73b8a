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
