"""Starting the desktop app: one QApplication, the settings, the data, the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from acutimer import paths
from acutimer.core.errors import DataError
from acutimer.core.library import scan
from acutimer.core.points import load_points
from acutimer.qt.settings import Settings
from acutimer.userdata import APP_NAME, user_routines_dir


def run(*, routine: str | None = None, start: bool = False, speed: float = 1.0) -> int:
    """Open the window; with ``routine`` selected, and running at once with ``start``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("acutimer")
    app.setDesktopFileName("acutimer")
    try:
        points = load_points(paths.points_file())
    except DataError as exc:
        QMessageBox.critical(None, "acutimer", f"The point library cannot be read:\n\n{exc}")
        return 1
    settings = Settings()

    from acutimer.ui.main_window import MainWindow

    window = MainWindow(
        points,
        lambda: scan(points, paths.routines_dir(), user_routines_dir()),
        settings,
        speed=speed,
        user_folder=lambda: user_routines_dir(create=True),
    )
    if routine:
        window.select_routine(routine)
    window.show()

    def first_steps() -> None:
        if not settings.safety_seen:
            window.show_safety(first_time=True)
        if start and routine:
            window.start_selected()

    QTimer.singleShot(0, first_steps)
    return app.exec()
