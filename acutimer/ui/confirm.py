"""Yes-or-no questions the window asks before it ends something (stop, quit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Confirm = Callable[[QWidget, str, str], bool]
"""Asks (parent, title, question) and returns True for yes. The window is given one, so
tests pass a fake that answers at once."""


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """Buttons that say what they do, "Stop session" and "Keep going", no stock icon;
    Keep going is the default, so a stray Enter or Esc keeps the session going."""
    from PySide6.QtWidgets import QMessageBox  # here: its enums cost 1.3 ms at start-up

    from acutimer.ui.words import KEEP_GOING, STOP_SESSION, say, window_title

    box = QMessageBox(parent)
    box.setWindowTitle(window_title(title))
    box.setText(question)
    box.setIcon(QMessageBox.Icon.NoIcon)
    stop = box.addButton(say(STOP_SESSION), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(say(KEEP_GOING), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is stop
