"""Shared test setup: Qt runs offscreen, and the user's data folder is a temporary one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never play through a developer's speakers or start their speech daemon; the
# real-audio tests in tests/sound start a private PulseAudio server of their own.
os.environ["PULSE_SERVER"] = "unix:/nonexistent/acutimer-tests"
os.environ.setdefault("ACUTIMER_SPEECH_ENGINE", "none")

import pytest


@pytest.fixture(autouse=True)
def _private_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's routines, settings, history or cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
