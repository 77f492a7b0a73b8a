"""A main window over a private user folder, with its routine menu and questions faked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import MainWindow
from acutimer.userdata import user_routines_dir
from tests.helpers.clock import FakeClock
from tests.helpers.routines import shipped_points


class Answers:
    """Stands in for the yes/no questions and the problem box; records what was asked."""

    def __init__(self) -> None:
        self.reply = True
        self.questions: list[str] = []
        self.problems: list[str] = []

    def ask(self, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.reply

    def show_problems(self, title: str, text: str) -> None:
        self.problems.append(text)


@pytest.fixture
def user_dir() -> Path:
    """The real user folder, which tests/conftest.py points at a temporary home."""
    return user_routines_dir(create=True)


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, user_dir: Path, answers: Answers) -> MainWindow:
    points = shipped_points()
    settings = Settings.at(tmp_path / "settings.ini")
    settings.safety_seen = True
    window = MainWindow(
        settings,
        clock=FakeClock(),
        user_folder=lambda: user_dir,
        confirm=lambda _parent, title, question: answers.ask(title, question),
    )
    window.load(points, lambda: scan(points, paths.routines_dir(), user_dir))
    window.routine_menu.ask = answers.ask
    window.routine_menu.show_problems = answers.show_problems  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    return window
