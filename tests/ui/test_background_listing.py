"""The user's routines are read in the background: the window answers meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import Entry, scan
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import MainWindow
from tests.helpers.confirm import Answers
from tests.helpers.routines import routine_text, shipped_points, write


def test_built_in_routines_are_listed_at_once_and_the_users_follow(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings.at(tmp_path / "settings.ini")
    settings.safety_seen = True
    user = tmp_path / "mine"
    user.mkdir()
    write(user, "mine.yaml", routine_text(routine_id="mine"))
    points = shipped_points()
    release = threading.Event()
    reader_threads: list[str] = []

    def everything() -> list[Entry]:
        reader_threads.append(threading.current_thread().name)
        assert release.wait(30), "the test never let the reading finish"
        return scan(points, paths.routines_dir(), user)

    window = MainWindow(settings, confirm=Answers(True))
    qtbot.addWidget(window)
    window.load(
        points,
        everything,
        builtin_entries=lambda: scan(points, paths.routines_dir(), None),
    )
    listed: list[str] = []
    window.when_listed(lambda: listed.append("now"))

    # The reader is stuck, and the window lists and starts built-in routines anyway.
    assert listed == []
    assert {e.id for e in window.picker.entries} >= {"hand-li4", "lower-back"}
    assert "mine" not in {e.id for e in window.picker.entries}
    assert window.select_routine("hand-li4")
    assert window.actions_["start_pause"].isEnabled()

    release.set()
    qtbot.waitUntil(lambda: listed == ["now"], timeout=30_000)
    assert "mine" in {e.id for e in window.picker.entries}
    assert window.picker.selected_id() == "hand-li4"  # the choice was kept
    assert reader_threads == ["acutimer-background"]


def test_a_reader_that_fails_is_said_and_the_built_in_routines_stay(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings.at(tmp_path / "settings.ini")
    points = shipped_points()

    def broken() -> list[Entry]:
        raise PermissionError("the folder cannot be read")

    window = MainWindow(settings, confirm=Answers(True))
    qtbot.addWidget(window)
    window.load(points, broken, builtin_entries=lambda: scan(points, paths.routines_dir(), None))
    listed: list[bool] = []
    window.when_listed(lambda: listed.append(True))
    qtbot.waitUntil(lambda: listed == [True], timeout=30_000)
    assert "could not be listed" in window.statusBar().currentMessage()
    assert window.select_routine("hand-li4")
