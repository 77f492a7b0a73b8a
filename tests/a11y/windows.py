"""Shows one of acutimer's own windows on its own, for the screen-reader tests to read:

    python -m tests.a11y.windows history|settings|editor

The windows are the app's (the History window over the history in XDG_DATA_HOME, the
Settings dialog with its Reminders section, the routine editor with a new routine),
built as the main window builds them; the process is named "acutimer", as the app is.
A dialog is shown, not exec()'d: the same widgets, without a nested event loop.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget

from acutimer.identity import APP_NAME


def history() -> QWidget:
    from acutimer.history.plan import PlanSettings
    from acutimer.history.store import HistoryStore
    from acutimer.ui.history_window import HistoryWindow
    from acutimer.userdata import user_data_dir

    return HistoryWindow(HistoryStore(user_data_dir() / "history.sqlite3"), PlanSettings(3))


def settings() -> QWidget:
    from acutimer.qt.settings import Settings
    from acutimer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), voice_available=True, test_cue=lambda *_: None)
    dialog.add_reminders(None)
    return dialog


def editor() -> QWidget:
    from acutimer import paths
    from acutimer.core.points import load_points
    from acutimer.ui.editor.document import EditorDocument, new_routine
    from acutimer.ui.editor.window import RoutineEditor
    from acutimer.userdata import user_routines_dir

    points = load_points(paths.points_file(), "en")
    document = EditorDocument(points, user_routines_dir(create=True), new_routine("my-routine"))
    return RoutineEditor(document, ask=lambda _title, _question: False)


def main(which: str) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    from acutimer.qt import language

    language.start("")  # as the app does: the desktop's language (English here)
    window = {"history": history, "settings": settings, "editor": editor}[which]()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
