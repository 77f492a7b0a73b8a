"""``acutimer --background``: the window destroyed from outside, as closing it would.

Started in the background (for reminders), the app opens its window when asked over
D-Bus (a second ``acutimer`` hands over, as the launcher does) and a session runs in
it. When that window, or the dialog over it, is destroyed with XDestroyWindow, the
session is kept as interrupted and the window goes, as closing it does; the process
stays for the reminders and opens the window again when asked. With reminders off,
closing the window quits the background app: so does losing it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dbus.services import PrivateBus

from .conftest import ROOT, WAIT_S, App, Home, XServer
from .test_interrupted import PAIN, SPEED, _assert_kept
from .test_modal_dialogs import PROMPT_S, window_close


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[PrivateBus]:
    folder = tmp_path / "bus"
    folder.mkdir()
    server = PrivateBus(folder)
    try:
        yield server
    finally:
        server.stop()


def _env(home: Home, xserver: XServer, bus: PrivateBus) -> dict[str, str]:
    return {**xserver.env, "DBUS_SESSION_BUS_ADDRESS": bus.address}


def _reminders(home: Home, on: bool) -> None:
    conf = home.root / "config/acutimer/acutimer.conf"
    conf.write_text(conf.read_text() + f"\n[reminders]\nenabled={'true' if on else 'false'}\n")


def _open_window(home: Home, env: dict[str, str]) -> None:
    """``acutimer`` again: it hands the request to the running one and leaves."""
    second = subprocess.run(
        [sys.executable, "-m", "acutimer"],
        cwd=ROOT,
        env={**home.env, **env},
        capture_output=True,
        text=True,
        timeout=WAIT_S,
    )
    assert second.returncode == 0, second.stderr  # it did not stay: the first one answered


def _shown_windows(home: Home, env: dict[str, str], app: App) -> list[str]:
    """The app's windows mapped on the X server, once there is one (xdotool waits)."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.process.pid)],
        env={**home.env, **env},
        capture_output=True,
        text=True,
        timeout=WAIT_S,
    )
    return found.stdout.split()


def _session_in_window(home: Home, env: dict[str, str], dialog: str) -> tuple[App, str, str]:
    app = home.start("--background", "hand-li4", SPEED, PAIN, dialog, **env)
    app.wait_for("serving")
    _open_window(home, env)
    window = app.wait_for("window: ").split()[1]
    app.wait_for("step 2")  # step 1 is done, and on disk
    dialog_id = app.wait_for("dialog: ").split()[1] if dialog != "-" else ""
    return app, window, dialog_id


@pytest.mark.parametrize(
    ("dialog", "target"),
    [("-", "window"), ("stop", "dialog"), ("settings", "window")],
    ids=["window", "stop-question", "window-under-settings"],
)
def test_the_background_app_stays_and_opens_the_window_again(
    home: Home, xserver: XServer, bus: PrivateBus, dialog: str, target: str
) -> None:
    _reminders(home, on=True)
    env = _env(home, xserver, bus)
    app, window, dialog_id = _session_in_window(home, env, dialog)

    window_close(xserver, home, window if target == "window" else dialog_id)
    app.wait_for("ended ")  # the session stopped with its window
    _assert_kept(home, app, "interrupted")

    _open_window(home, env)  # still serving D-Bus: it answers and shows the window
    shown = _shown_windows(home, env, app)
    assert shown and window not in shown and dialog_id not in shown
    assert app.process.poll() is None
    (row,) = home.rows()  # nothing started again, nothing lost
    assert row["ending"] == "interrupted"

    # (How fast SIGTERM ends the app is tested in test_modal_dialogs.py; here the window
    # has just been rebuilt and painted, which on a busy machine may take a while.)
    app.process.send_signal(signal.SIGTERM)
    assert app.end() == 0
    assert "Traceback" not in app.errors()


def test_with_reminders_off_losing_the_window_quits_as_closing_it_does(
    home: Home, xserver: XServer, bus: PrivateBus
) -> None:
    _reminders(home, on=False)
    env = _env(home, xserver, bus)
    app, window, _ = _session_in_window(home, env, "-")
    window_close(xserver, home, window)
    assert app.process.wait(timeout=PROMPT_S) == 0
    app.end()
    assert "Traceback" not in app.errors()
    _assert_kept(home, app, "interrupted")
