"""The real playerctl drives a real acutimer over a private session bus, as media keys,
headset buttons and the desktop's media controls do."""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import time

from tests.dbus.running_app import App
from tests.dbus.services import need

FORMAT = "{{status}}|{{album}}|{{title}}|{{artist}}|{{duration(mpris:length)}}|{{mpris:trackid}}"


def now_playing(app: App) -> list[str]:
    result = app.playerctl("metadata", "--format", FORMAT)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split("|")


def status(app: App) -> dict:
    result = app.command("status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_playerctl_starts_pauses_moves_and_stops_the_session(app: App) -> None:
    assert app.playerctl("--list-all").stdout.split() == ["acutimer"]
    assert app.playerctl("status").stdout.strip() == "Stopped"

    # Nothing runs and a routine is selected: play-pause starts it.
    assert app.playerctl("play-pause").returncode == 0
    assert status(app)["state"] == "running"
    assert app.playerctl("status").stdout.strip() == "Playing"
    assert app.playerctl("play-pause").returncode == 0
    assert status(app)["state"] == "paused"
    played, album, title, artist, length, track = now_playing(app)
    assert (played, album, title, artist, length) == (
        "Paused",
        "Hand (LI4)",
        "Get comfortable",
        "acutimer",  # a step without a side
        "0:10",
    )

    assert app.playerctl("next").returncode == 0
    after = status(app)
    assert (after["step"], after["state"], after["phase"]) == (2, "paused", "press")
    played, album, title, artist, length, next_track = now_playing(app)
    assert (played, title, artist, length) == ("Paused", "Union Valley (LI4)", "Left hand", "0:45")
    assert next_track != track

    assert app.playerctl("previous").returncode == 0  # at the very start: the step before
    assert status(app)["step"] == 1

    assert app.playerctl("play").returncode == 0
    assert status(app)["state"] == "running"
    assert app.playerctl("pause").returncode == 0
    assert status(app)["state"] == "paused"

    # Stop asks nothing over D-Bus: it stops, and history keeps a stopped session.
    assert app.playerctl("stop").returncode == 0
    assert status(app)["state"] == "stopped"
    assert app.playerctl("status").stdout.strip() == "Stopped"
    with sqlite3.connect(app.history) as db:
        rows = db.execute("SELECT routine_id, ending FROM sessions").fetchall()
    assert rows == [("hand-li4", "stopped")]


def test_position_and_length_are_64_bit_and_follow_the_step(app: App) -> None:
    app.playerctl("play-pause")
    app.playerctl("pause")
    app.command("skip")
    # playerctl's duration() takes only int64 values, as MPRIS specifies.
    both = "{{duration(position)}}/{{duration(mpris:length)}}"
    result = app.playerctl("metadata", "--format", both)
    assert result.stdout.strip() == "0:00/0:45"
    assert app.command("extend").returncode == 0  # 15 s more on this press
    result = app.playerctl("metadata", "--format", "{{duration(mpris:length)}}")
    assert result.stdout.strip() == "1:00"


def test_the_desktop_hears_of_every_change(app: App) -> None:
    """PropertiesChanged: a follower (as a panel's media widget is) sees the session move."""
    line = "{{status}} {{title}}"
    follower = subprocess.Popen(
        ["playerctl", "--player=acutimer", "--follow", "metadata", "--format", line],
        env=app.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        shows(follower, "Stopped ")  # the state when it starts following
        app.command("toggle")  # starts the selected routine
        shows(follower, "Playing Get comfortable")
        app.command("pause")
        shows(follower, "Paused Get comfortable")
        app.command("skip")
        shows(follower, "Paused Union Valley (LI4)")
        app.command("stop")
        # The end screen: nothing to play until the person picks again, so CanPlay is
        # false, and playerctl shows no metadata for such a player.
        shows(follower, "")
        assert app.playerctl("status").stdout.strip() == "Stopped"
    finally:
        follower.terminate()
        follower.wait(timeout=10)
        if follower.stdout is not None:
            follower.stdout.close()


def shows(process: subprocess.Popen[bytes], expected: str, seconds: float = 20.0) -> None:
    """The follower prints ``expected`` (a signal takes milliseconds; the limit is for
    busy CI). playerctl prints a line per changed property it tracks, so one signal
    that changes the status and the title may print a mixed line first."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    seen: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        # Read the pipe itself, unbuffered: lines already in a Python buffer would
        # not wake select() and would be seen only at the next output.
        while b"\n" in _pending.get(fd, b""):
            line, _, rest = _pending[fd].partition(b"\n")
            _pending[fd] = rest
            seen.append(line.decode())
            if seen[-1] == expected:
                return
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            _pending[fd] = _pending.get(fd, b"") + os.read(fd, 4096)
    raise AssertionError(f"playerctl --follow printed {seen}, not {expected!r}")


_pending: dict[int, bytes] = {}


def test_quit_from_the_desktop_stops_keeps_history_and_leaves(app: App) -> None:
    """MPRIS Quit (a media widget's close button) asks nothing: it stops and leaves."""
    need("dbus-send", package="dbus-bin")
    app.playerctl("play-pause")
    quit_call = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.mpris.MediaPlayer2.acutimer",
            "/org/mpris/MediaPlayer2",
            "org.mpris.MediaPlayer2.Quit",
        ],
        env=app.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert quit_call.returncode == 0, quit_call.stderr
    assert app.process is not None
    assert app.process.wait(timeout=60) == 0
    with sqlite3.connect(app.history) as db:
        rows = db.execute("SELECT routine_id, ending FROM sessions").fetchall()
    assert rows == [("hand-li4", "stopped")]
