"""`acutimer pause|status...` for a German speaker: the running app answers in its
language, the command's own words follow the same choice, and ``--json`` stays the same
ids, words and numbers in every language."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dbus.running_app import App, run_acutimer
from tests.dbus.services import PrivateBus, need


@pytest.fixture
def german_app(bus: PrivateBus, tmp_path: Path) -> Iterator[App]:
    """acutimer in German (the desktop says LANGUAGE=de), "Hand (LI4)" selected."""
    need("playerctl", package="playerctl")
    running = App(bus, tmp_path / "home")
    running.env |= {"LANGUAGE": "de", "LANG": "C.UTF-8", "XDG_CACHE_HOME": str(tmp_path / "c")}
    running.env.pop("LC_ALL", None)
    running.env.pop("LC_MESSAGES", None)
    try:
        running.start("--routine", "hand-li4", playable=True)
        yield running
    finally:
        running.stop()


def test_status_and_refusals_come_in_german(german_app: App) -> None:
    idle = german_app.command("status")
    assert idle.stdout == "acutimer ist geöffnet; es läuft keine Übung.\n"
    refused = german_app.command("pause")
    assert (refused.returncode, refused.stderr) == (1, "acutimer pause: Es läuft keine Übung.\n")

    assert german_app.command("toggle").returncode == 0
    assert german_app.command("pause").returncode == 0
    lines = german_app.command("status").stdout.splitlines()
    assert lines[0] == "Angehalten: Hand (LI4)"
    assert lines[1].startswith("Schritt 1 von 3: ")
    assert lines[2].startswith("Vorbereiten: noch 0:")
    assert lines[3].startswith("Ganze Übung: noch ")

    values = json.loads(german_app.command("status", "--json").stdout)
    assert (values["state"], values["routine"], values["step"], values["phase"]) == (
        "paused",
        "hand-li4",
        1,
        "prepare",
    )
    assert "text" not in values  # the words are for people; --json is for scripts


def test_an_english_desktop_keeps_the_english_words(app: App) -> None:
    assert app.command("status").stdout == "acutimer is open; no routine is running.\n"


def test_no_acutimer_running_is_said_in_german(bus: PrivateBus, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": bus.address,
        "LANGUAGE": "de",
        "XDG_CACHE_HOME": str(tmp_path),
    }
    result = run_acutimer(env, "pause")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "acutimer pause: acutimer läuft nicht.\n"
