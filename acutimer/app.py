"""Starting the desktop app: the window paints first, then the data and the rest load."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from acutimer.qt.source_check import keep_sources_out_of_linecache

# Before the app's own imports, whose source text PySide6 would otherwise keep.
keep_sources_out_of_linecache()

from acutimer.identity import APP_ID, APP_NAME, DISPLAY_NAME  # noqa: E402
from acutimer.qt.settings import Settings  # noqa: E402
from acutimer.ui.main_window import MainWindow  # noqa: E402
from acutimer.userdata import user_data_dir, user_routines_dir  # noqa: E402


def load_window(window: MainWindow) -> bool:
    """Read the point library and routines, open history, create the cue player."""
    from acutimer import paths
    from acutimer.core.errors import DataError
    from acutimer.core.library import scan
    from acutimer.core.points import load_points
    from acutimer.history.store import HistoryStore

    try:
        points = load_points(paths.points_file())
    except DataError as exc:
        from PySide6.QtWidgets import QMessageBox  # here: its enums cost 1.3 ms at start-up

        QMessageBox.critical(window, "acutimer", f"The point library cannot be read:\n\n{exc}")
        return False
    from acutimer.qt.cues import CuePlayer

    cues = CuePlayer(window.settings, parent=window)
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), user_routines_dir()),
        history=HistoryStore(user_data_dir() / "history.sqlite3"),
        cues=cues,
    )
    return True


def run(*, routine: str | None = None, start: bool = False, speed: float = 1.0) -> int:
    """Open the window; with ``routine`` selected, and running at once with ``start``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)
    settings = Settings()
    window = MainWindow(settings, speed=speed, user_folder=lambda: user_routines_dir(create=True))
    window.show()

    remote = []

    def after_first_paint() -> None:
        if not load_window(window):
            app.exit(1)
            return
        from acutimer.dbus import service  # media keys, `acutimer pause`, `acutimer status`

        remote.append(service.start(window))
        found = window.select_routine(routine) if routine else False
        if not settings.safety_seen:
            window.show_safety()  # before anything starts, --start included
        if start and found:  # a mistyped id starts nothing (the status bar says why)
            window.start_selected()

    QTimer.singleShot(0, after_first_paint)
    code = app.exec()
    cues = window.cues
    if cues is not None:
        hung = not cues.speech.responsive
        cues.close()
        if hung:
            # A speech engine that hung leaves its thread blocked inside the engine;
            # Qt aborts when such a thread is destroyed at exit. Everything the user
            # recorded is already on disk (settings synced, history written per
            # session), so leave without tearing the thread down.
            settings.sync()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    return code
