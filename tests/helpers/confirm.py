"""A stand-in for the window's yes-or-no questions (acutimer.ui.confirm.Confirm)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Answers:
    """Answers every question with ``answer`` at once and keeps the titles asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, title: str, question: str) -> bool:
        self.asked.append(title)
        return self.answer
