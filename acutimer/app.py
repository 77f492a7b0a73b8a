"""Starting the desktop app: the window paints first, then the data and the rest load."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from acutimer.qt.pyside_linecache import keep_sources_out_of_linecache

# Before the app's own imports, whose source text PySide6 would otherwise keep
# (3.9 MB of peak memory; the memory goal is not met without it).
keep_sources_out_of_linecache()

from acutimer.dbus.bus import SessionBus  # noqa: E402
from acutimer.identity import APP_ID, APP_NAME, DISPLAY_NAME  # noqa: E402
from acutimer.qt.quit_signals import QuitSignals  # noqa: E402
from acutimer.qt.settings import Settings  # noqa: E402
from acutimer.qt.window_gone import WindowGoneFilter, shown_window_ids  # noqa: E402
from acutimer.ui.main_window import MainWindow  # noqa: E402
from acutimer.userdata import routine_cache, user_data_dir, user_routines_dir  # noqa: E402

if TYPE_CHECKING:
    from acutimer.qt.speech import Speech


def voice() -> Speech:
    """speech-dispatcher at its usual socket, unless ACUTIMER_SPEECH_ENGINE is "none" or
    empty (no voice: the test suite, or a user who wants none)."""
    from acutimer.qt.speech import Speech, socket_path

    engine = os.environ.get("ACUTIMER_SPEECH_ENGINE", "speechd")
    if engine in ("", "none"):
        return Speech(None)
    if engine != "speechd":
        return Speech(None, problem=f"ACUTIMER_SPEECH_ENGINE is '{engine}', not speechd or none")
    from acutimer.qt import language

    path, problem = socket_path(os.environ)
    return Speech(path, problem=problem, language=language.current())


def content_language() -> str:
    """The language routines and points are shown in: the UI language, which the app
    makes QLocale's default (``"de_DE"``; routines/hand.de.yaml serves it)."""
    from PySide6.QtCore import QLocale

    return QLocale().name()


def load_window(window: MainWindow) -> bool:
    """Read the point library and routines, open history, create the cue player."""
    from acutimer import paths
    from acutimer.core.catalogue import scan
    from acutimer.core.errors import DataError
    from acutimer.core.points import load_points
    from acutimer.history.store import HistoryStore

    language = content_language()
    try:
        points = load_points(paths.points_file(), language)
    except DataError as exc:
        from PySide6.QtWidgets import QMessageBox  # here: its enums cost 1.3 ms at start-up

        words = QCoreApplication.translate("App", "The point library cannot be read:")
        QMessageBox.critical(window, "acutimer", f"{words}\n\n{exc}")
        return False
    from acutimer.qt.cues import CuePlayer, cue_sounds

    cues = CuePlayer(window.settings, sound=cue_sounds(), speech=voice(), parent=window)
    cache = routine_cache()
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), user_routines_dir(), cache, language),
        builtin_entries=lambda: scan(points, paths.routines_dir(), None, cache, language),
        history=HistoryStore(user_data_dir() / "history.sqlite3"),
        cues=cues,
    )
    return True


def run(
    *,
    routine: str | None = None,
    start: bool = False,
    speed: float = 1.0,
    background: bool = False,
    start_last: bool = False,
) -> int:
    """Open the window; with ``routine`` selected, and running at once with ``start``.

    Only one acutimer runs per user: if another holds the name on the session bus,
    the request is handed to it (its window comes forward) and this process leaves.
    ``background`` runs without a window, for reminders; ``start_last`` opens the
    window with the last routine ready.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)
    from acutimer.dbus.bus import Claim, SessionBus
    from acutimer.qt import language

    settings = Settings()
    language.start(settings.language)  # before any window or notification has text

    bus = SessionBus()
    if bus.claim() is Claim.TAKEN:
        problem = hand_over(bus, background=background, start_last=start_last)
        if problem is None:
            return 0
        print(f"acutimer: the running acutimer did not answer ({problem})", file=sys.stderr)
    from acutimer.instance import Instance

    instance = Instance(app, settings, bus, speed=speed, background=background, load=load_window)
    if not background:
        instance.show_window(routine=routine, start=start, ready_last=start_last)
    quit_signals = QuitSignals()

    def leave(_signal: int = 0) -> None:
        if instance.window is not None:
            instance.window.leave_now()  # the session under way is kept as interrupted
        app.quit()  # also ends a dialog's own event loop, if one is open

    def window_gone() -> None:
        if background:
            instance.on_window_gone()  # back to the background, as closing the window does
        else:
            leave()

    quit_signals.received.connect(leave)
    gone = WindowGoneFilter(lambda: shown_window_ids(instance.window), window_gone)
    app.installNativeEventFilter(gone)
    code = app.exec()
    app.removeNativeEventFilter(gone)
    quit_signals.close()
    bus.release()
    window = instance.window
    if window is not None and window.cues is not None:
        window.cues.close()  # closes speech-dispatcher's socket: nothing to wait for
    if window is not None and window.history is not None:
        window.history.close()  # folds the -wal file in; nothing is left to write
    settings.sync()  # what a dialog saved as its loop ended, after the window closed
    return code


def end_process(code: int) -> NoReturn:
    """Leave at once, once ``run`` has put everything away.

    Python's own exit would then tear Qt's objects down one by one: 0.1-0.5 s as a
    rule, and up to 4.6 s measured after a file dialog had been open on a busy
    machine (issue 20: a logout's SIGTERM must end the app promptly).
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def hand_over(bus: SessionBus, *, background: bool, start_last: bool) -> str | None:
    """Ask the running instance to show its window; None once it did."""
    from acutimer.dbus.bus import platform_data

    if background:
        return None  # already running: a second background start has nothing to add
    if start_last:
        return bus.call_running("ActivateAction", ["start-last", [], platform_data()])
    return bus.call_running("Activate", [platform_data()])
