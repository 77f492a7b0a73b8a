"""Sound starts without Qt Multimedia's FFmpeg back end (acutimer.qt.sound.open_audio_devices).

Each check runs in a fresh process, because the back end is chosen once per process,
and reads that process's own /proc/self/maps: which libraries it really loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sound.pulse import PulseServer

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QElapsedTimer
app = QCoreApplication([])
if sys.argv[1] == "acutimer":
    from acutimer import paths
    from acutimer.qt.cues import SOUNDS
    from acutimer.qt.sound import SoundOutput
    output = SoundOutput(paths.resource("sounds"), SOUNDS)
    played = output.play("tick")
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 300:
        app.processEvents()
    working = output.working
else:
    from PySide6.QtMultimedia import QMediaDevices
    QMediaDevices.defaultAudioOutput()
    played = working = None
with open("/proc/self/maps") as maps:
    loaded = maps.read()
print(json.dumps({
    "libavcodec": "libavcodec" in loaded,
    "qtquick": "libQt6Quick" in loaded,
    "played": played,
    "working": working,
}))
"""


def loaded_after(how: str, env: dict[str, str] | None = None) -> dict[str, object]:
    """Start sound in a new process (``acutimer``'s way or Qt's ``plain`` way)."""
    env = dict(env if env is not None else os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, how],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_qt_multimedia_still_loads_ffmpeg_on_its_own() -> None:
    """When this fails, Qt no longer brings FFmpeg for an audio device: the workaround
    in open_audio_devices can go."""
    assert loaded_after("plain")["libavcodec"] is True


def test_opening_sound_leaves_ffmpeg_and_qt_quick_unloaded() -> None:
    after = loaded_after("acutimer")
    assert (after["libavcodec"], after["qtquick"]) == (False, False)


@pytest.mark.sound
def test_a_playing_stream_leaves_ffmpeg_unloaded_too(pulse: PulseServer) -> None:
    after = loaded_after("acutimer", pulse.env)
    assert after["played"] is True and after["working"] is True
    assert after["libavcodec"] is False
