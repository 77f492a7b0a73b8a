"""Yes-or-no questions the window asks before it ends something (stop, quit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Confirm = Callable[[QWidget, str, str], bool]
"""Asks (parent, title, question) and returns True for yes. The window is given one, so
tests pass a fake that answers at once."""


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """A message box with Yes and No; No is the default, so a stray Enter keeps going."""
    from PySide6.QtWidgets import QMessageBox  # here: its enums cost 1.3 ms at start-up

    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
