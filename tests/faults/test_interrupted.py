"""A session under way survives the app being killed, told to go, or losing its window.

The real app runs in a child process (tests/faults/app_child.py) with a session
started and a pain-before rating of 6; the test strikes once a step has been done,
then starts the app again, as a person would.
"""

from __future__ import annotations

import signal
import subprocess

import pytest

from .conftest import WAIT_S, App, Home, XServer

PAIN = "6"
SPEED = "10"  # the routine's first step (10 s) takes one second


def _strike_after_first_step(home: Home, **env: str) -> App:
    app = home.start("hand-li4", SPEED, PAIN, **env)
    app.wait_for("step 2")  # step 1 is done, and on disk before this line is printed
    return app


def _assert_kept(home: Home, app: App, ending: str) -> None:
    (row,) = home.rows()
    assert row["ending"] == ending
    assert row["pain_before"] == int(PAIN)
    assert row["routine_id"] == "hand-li4" and row["steps_total"] == 3
    # Everything the app announced is recorded (it may have saved one step more).
    assert app.steps_started() - 1 <= row["steps_completed"] <= app.steps_started()
    assert row["steps_completed"] >= 1
    assert row["active_seconds"] >= 10


def _assert_next_start_says_so(home: Home) -> None:
    again = home.start("-", "1")
    notice = again.wait_for("notice: ")
    assert again.end() == 0
    assert "Your last session, Hand (LI4)" in notice and "was interrupted" in notice
    assert "what you did is kept in History" in notice
    (row,) = home.rows()
    assert row["ending"] == "interrupted" and row["pain_before"] == int(PAIN)
    # Said once: the start after that has nothing to report.
    third = home.start("-", "1")
    assert "interrupted" not in third.wait_for("notice: ")
    assert third.end() == 0


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_sigterm_and_sighup_stop_cleanly_and_keep_the_session(
    home: Home, sent: signal.Signals
) -> None:
    app = _strike_after_first_step(home)
    app.process.send_signal(sent)
    assert app.end() == 0
    _assert_kept(home, app, "interrupted")
    _assert_next_start_says_so(home)


def test_sigkill_keeps_every_step_done_and_the_next_start_says_so(home: Home) -> None:
    app = _strike_after_first_step(home)
    app.process.send_signal(signal.SIGKILL)
    assert app.end() == -signal.SIGKILL
    _assert_kept(home, app, "running")  # nobody could say otherwise
    _assert_next_start_says_so(home)


def test_a_window_destroyed_from_outside_ends_the_session_and_the_app(
    home: Home, xserver: XServer
) -> None:
    app = _strike_after_first_step(home, **xserver.env)
    windows = subprocess.run(
        ["xdotool", "search", "--name", " — acutimer$"],
        env={**home.env, **xserver.env},
        capture_output=True,
        text=True,
        timeout=WAIT_S,
    ).stdout.split()
    assert windows, "the session window is not on the X server"
    subprocess.run(
        ["xdotool", "windowclose", windows[0]], env={**home.env, **xserver.env}, timeout=WAIT_S
    )
    assert app.end() == 0  # no session left running without a window
    _assert_kept(home, app, "interrupted")
    _assert_next_start_says_so(home)


def test_losing_the_x_server_keeps_every_step_done(home: Home, xserver: XServer) -> None:
    app = _strike_after_first_step(home, **xserver.env)
    xserver.process.send_signal(signal.SIGKILL)  # as a crash or a forced logout would
    assert app.end() != 0  # Qt ends the process itself when the X connection breaks
    _assert_kept(home, app, "running")
    _assert_next_start_says_so(home)
