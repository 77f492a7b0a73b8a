"""The desktop's text size, in pixels: the floor for every font that grows with a view."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication


def desktop_text_pixels() -> int:
    """The pixel height of the desktop's ordinary text (its font size at its scale).

    Views that size their words by their own height never go below it, so a person
    who set large text on the desktop gets at least that size everywhere.
    """
    return max(QFontInfo(QApplication.font()).pixelSize(), 1)
