"""`acutimer pause|resume|toggle|skip|back|restart|extend|stop|status` against a real running
acutimer, against none, and from another user's account."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from acutimer.dbus.protocol import STATUS_KEYS, Verb
from tests.dbus.running_app import App, run_acutimer
from tests.dbus.services import PrivateBus, need

NOBODY = 65534


def status(app: App) -> dict:
    result = app.command("status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def ok(app: App, verb: str) -> None:
    result = app.command(verb)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), verb


def refused(app: App, verb: str) -> str:
    result = app.command(verb)
    assert result.returncode == 1, (verb, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr.strip()


def test_status_before_anything_runs(app: App) -> None:
    assert status(app) == dict.fromkeys(STATUS_KEYS) | {"state": "idle"}
    result = app.command("status")
    assert result.stdout.strip() == "acutimer is open; no routine is running."
    assert refused(app, "pause") == "acutimer pause: No routine is running."


def test_every_verb_on_a_running_session(app: App) -> None:
    ok(app, "toggle")  # starts the selected routine
    assert status(app)["state"] == "running"
    ok(app, "pause")
    paused = status(app)
    assert paused["state"] == "paused"
    assert (paused["routine"], paused["title"], paused["step"], paused["steps"]) == (
        "hand-li4",
        "Hand (LI4)",
        1,
        3,
    )
    assert refused(app, "pause") == "acutimer pause: The routine is already paused."
    # Get comfortable is a preparation, not a press: nothing to hold longer.
    assert refused(app, "extend") == (
        "acutimer extend: Only a press, hold or massage can be held longer, not a prepare."
    )

    ok(app, "skip")
    now = status(app)
    assert (now["step"], now["phase"], now["side"], now["where"]) == (
        2,
        "press",
        "left",
        "left hand",
    )
    assert (now["point"], now["round"], now["rounds"], now["phase_left"]) == ("LI4", 1, 3, 10)
    ok(app, "extend")
    assert status(app)["phase_left"] == 25
    ok(app, "restart")  # the step as written again: the extra 15 s go
    assert (status(app)["step"], status(app)["phase_left"]) == (2, 10)
    ok(app, "back")  # at the very start of step 2: back to step 1
    assert status(app)["step"] == 1
    text = app.command("status").stdout
    assert text.splitlines()[:2] == ["Paused: Hand (LI4)", "Step 1 of 3: Get comfortable"]

    ok(app, "resume")
    assert status(app)["state"] == "running"
    assert refused(app, "resume") == "acutimer resume: The routine is already running."
    ok(app, "toggle")
    assert status(app)["state"] == "paused"
    ok(app, "stop")  # no question asked
    assert status(app)["state"] == "stopped"
    for verb in ("skip", "stop", "toggle"):
        assert refused(app, verb).endswith("No routine is running.")


@pytest.mark.parametrize("args", [[v.value] for v in Verb] + [["status"], ["status", "--json"]])
def test_no_acutimer_running(bus: PrivateBus, args: list[str]) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address}
    result = run_acutimer(env, *args)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"acutimer {args[0]}: acutimer is not running.\n"


def test_no_session_bus_at_all(tmp_path: Path) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus"}
    result = run_acutimer(env, "pause")
    assert result.returncode == 1
    assert result.stderr.startswith("acutimer pause: Cannot reach this desktop session's")
    assert "Traceback" not in result.stderr


def test_another_user_cannot_reach_the_session(app: App) -> None:
    """The bus socket is open to all (like /tmp); dbus-daemon itself turns other uids away
    (its default policy, the same as the desktop session bus's)."""
    if os.geteuid() != 0:
        reason = "switching to another user needs root"
        if os.environ.get("ACUTIMER_REQUIRE_DESKTOP"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_DESKTOP is set")
        pytest.skip(reason)
    need("dbus-send", package="dbus-bin")
    ok(app, "toggle")
    env = {"DBUS_SESSION_BUS_ADDRESS": app.bus.address, "HOME": "/tmp", "PATH": os.environ["PATH"]}
    as_nobody = {"user": NOBODY, "group": NOBODY, "extra_groups": [], "env": env}
    # The real clients another user has: playerctl (media keys) and dbus-send. (This
    # venv's Python lives in root's home, which another user cannot run.)
    listing = subprocess.run(
        ["playerctl", "--list-all"], capture_output=True, text=True, timeout=30, **as_nobody
    )
    assert listing.stdout == ""
    pause = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=io.github.acutimer.Acutimer",
        "/io/github/acutimer/Acutimer",
        "io.github.acutimer.Acutimer.Session.Pause",
    ]
    theirs = subprocess.run(pause, capture_output=True, text=True, timeout=30, **as_nobody)
    assert theirs.returncode != 0
    assert "Failed to open connection" in theirs.stderr
    assert "Permission denied" not in theirs.stderr  # the socket was open to them
    assert status(app)["state"] == "running"  # untouched
    # The same call from the session's own user goes through.
    mine = subprocess.run(pause, capture_output=True, text=True, timeout=30, env=env)
    assert mine.returncode == 0, mine.stderr
    assert status(app)["state"] == "paused"


def test_a_background_instance_answers_before_its_window_opens(
    bus: PrivateBus, tmp_path: Path
) -> None:
    """Started at login for reminders: no window yet, so nothing to control or play."""
    need("playerctl", package="playerctl")
    app = App(bus, tmp_path / "home")
    try:
        app.start("--background")
        assert status(app) == dict.fromkeys(STATUS_KEYS) | {"state": "idle"}
        assert refused(app, "toggle") == "acutimer toggle: No routine is running."
        assert app.playerctl("--list-all").stdout == ""  # the player comes with the window
    finally:
        app.stop()
