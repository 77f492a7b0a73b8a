"""Told to go, or losing a window, while a dialog holds the window: the app still stops at once.

A modal dialog runs an event loop of its own. The real app runs a session (a
pain-before rating of 6) under a private X server; once a step is done, the window
opens a dialog the way its menu does, and the test strikes while the dialog is on
screen: SIGTERM, SIGHUP, or XDestroyWindow (``xdotool windowclose``) on the main
window or on the dialog itself. The app must end within two seconds with the
clean-stop exit code (0), keep the session as interrupted with what was done, keep its
settings and print no traceback.
"""

from __future__ import annotations

import signal
import subprocess

import pytest
from PySide6.QtCore import QSettings

from .conftest import WAIT_S, App, Home, XServer
from .test_interrupted import PAIN, _assert_kept

SPEED = "20"  # step 1 (10 s) takes half a second; the rest of the session five
PROMPT_S = 2.0
"""How long the app may take to end once struck."""

DIALOGS = {
    "stop": "Stop the session?",  # Session > Stop (Esc)
    "quit": "Quit",  # File > Quit with a session running: "Stop it and quit?"
    "settings": "Settings",
    "safety": "Safety",  # Help > Safety
    "delete": "Delete all my data",  # History's QMessageBox.question
    "export": "Export history",  # File > Export: QFileDialog.getSaveFileName
}

SIGNAL_FOR = {"stop": "SIGTERM", "quit": "SIGHUP", "settings": "SIGTERM", "safety": "SIGHUP"}
SIGNAL_FOR |= {"delete": "SIGTERM", "export": "SIGHUP"}
"""SIGTERM and SIGHUP take the same way in (acutimer/qt/quit_signals.py): each dialog
gets one of them, and each signal three dialogs of different kinds."""

CASES = [
    (dialog, how)
    for dialog in DIALOGS
    for how in (SIGNAL_FOR[dialog], "close-window", "close-dialog")
]


def window_close(xserver: XServer, home: Home, window: str) -> None:
    """XDestroyWindow on ``window``, as a session tool or a crashed window manager does."""
    subprocess.run(
        ["xdotool", "windowclose", window],
        env={**home.env, **xserver.env},
        timeout=WAIT_S,
        check=True,
    )


def open_dialog(home: Home, xserver: XServer, dialog: str) -> tuple[App, str, str]:
    """The app with a step done and ``dialog`` on screen: (app, window id, dialog id)."""
    app = home.start("hand-li4", SPEED, PAIN, dialog, **xserver.env)
    window = app.wait_for("window: ").split()[1]
    app.wait_for("step 2")  # step 1 is done, and on disk
    _, dialog_id, title = app.wait_for("dialog: ").split(" ", 2)
    assert title.startswith(DIALOGS[dialog])
    return app, window, dialog_id


def strike(app: App, home: Home, xserver: XServer, how: str, window: str, dialog: str) -> None:
    if how.startswith("SIG"):
        app.process.send_signal(signal.Signals[how])
    else:
        window_close(xserver, home, window if how == "close-window" else dialog)


def assert_settings_kept(home: Home) -> None:
    """The window's size and place, saved as it closes, beside what was there before."""
    store = QSettings(str(home.root / "config/acutimer/acutimer.conf"), QSettings.Format.IniFormat)
    assert store.value("window/geometry"), "the window's geometry was not saved"
    assert store.value("app/safety_seen") in ("true", True)
    assert store.value("picker/last_routine") == "hand-li4"


@pytest.mark.parametrize(("dialog", "how"), CASES, ids=[f"{d}-{h}" for d, h in CASES])
def test_the_app_stops_at_once_with_a_dialog_open(
    home: Home, xserver: XServer, dialog: str, how: str
) -> None:
    app, window, dialog_id = open_dialog(home, xserver, dialog)
    strike(app, home, xserver, how, window, dialog_id)
    try:
        code = app.process.wait(timeout=PROMPT_S)
    except subprocess.TimeoutExpired:
        app.process.kill()
        app.end()
        raise AssertionError(f"still running {PROMPT_S} s after {how}: {app.lines}") from None
    assert code == 0, app.errors()
    app.end()
    assert "Traceback" not in app.errors()
    _assert_kept(home, app, "interrupted")
    assert_settings_kept(home)  # (the next start says the session was interrupted:
    # test_interrupted.py; the row it reads is checked here)
