"""Workaround for a PySide6 6.11 bug: ``QStyleHints.accessibility()`` hands Python the
ownership of Qt's own ``QAccessibilityHints``, so the object is deleted as soon as its
wrapper goes, and every later call raises "Internal C++ object already deleted".

Keeping one wrapper alive for the application's life avoids it. tests/qt/
test_pyside_regressions.py fails when the bug is gone (then this module can go).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessibilityHints, QGuiApplication

_ATTRIBUTE = "_acutimer_accessibility_hints"


def accessibility_hints(app: QGuiApplication) -> QAccessibilityHints:
    """The application's accessibility hints, fetched once and kept with the app."""
    kept = getattr(app, _ATTRIBUTE, None)
    if kept is None:
        # The style hints' wrapper is kept too: the hints die with it.
        styles = QGuiApplication.styleHints()
        kept = (styles, styles.accessibility())
        setattr(app, _ATTRIBUTE, kept)
    return kept[1]
