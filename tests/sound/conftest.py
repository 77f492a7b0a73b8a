"""Real sound: each test gets its own PulseAudio server and plays into its null sink.

Without a ``pulseaudio`` binary these tests skip, unless ACUTIMER_REQUIRE_SOUND is
set (CI sets it): then the missing sound stack is a failure, so CI always really plays.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.sound.pulse import PulseServer

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("pulseaudio", "parec", "pactl")


def _need_sound() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        reason = (
            f"real-audio test: {', '.join(missing)} not installed "
            "(apt install pulseaudio pulseaudio-utils)"
        )
        if os.environ.get("ACUTIMER_REQUIRE_SOUND"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_SOUND is set")
        pytest.skip(reason)


@pytest.fixture
def pulse() -> Iterator[PulseServer]:
    _need_sound()
    server = PulseServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


def drive(
    server: PulseServer,
    tmp_path: Path,
    *args: str,
    timeout: float = 120,
    clean_exit: bool = True,
    **popen: Any,
) -> dict:
    """Run tests/sound/driver.py against ``server``; its JSON log."""
    log = tmp_path / "driver.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.sound.driver", *args, "--log", str(log)],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        timeout=timeout,
        **popen,
    )
    if clean_exit:
        assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    return json.loads(log.read_text())


@dataclass
class AppRun:
    """What tests/sound/app_driver.py logged, and how its process ended."""

    log: dict
    code: int
    quit_seconds: float
    """From Ctrl+Q (or the Yes that confirms it) to the process being gone."""
    data: Path
    config: Path
    stderr: str


def run_app(
    server: PulseServer, tmp_path: Path, *args: str, timeout: float = 120, **env: str
) -> AppRun:
    """Run the whole app through tests/sound/app_driver.py in ``server``'s environment,
    with data and settings in ``tmp_path``."""
    log = tmp_path / "app.json"
    data, config = tmp_path / "data", tmp_path / "config"
    environ = dict(server.env, XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(config), **env)
    environ.pop("ACUTIMER_SPEECH_ENGINE", None)  # the real voice, speech-dispatcher
    result = subprocess.run(
        [sys.executable, "-m", "tests.sound.app_driver", *args, "--log", str(log)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        timeout=timeout,
    )
    gone = time.monotonic()
    stderr = result.stderr.decode(errors="replace")
    assert log.exists(), stderr[-3000:]
    logged = json.loads(log.read_text())
    # From Ctrl+Q, or from the answer to "Quit acutimer?" when a routine was running.
    quit_at = logged.get("confirmed_at") or logged["quit_at"]
    return AppRun(
        logged, result.returncode, gone - quit_at if quit_at else -1.0, data, config, stderr
    )
