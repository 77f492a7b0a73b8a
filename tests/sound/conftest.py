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
from collections.abc import Iterator
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
