"""Plays a shipped routine with a CuePlayer and no window, and logs what happened.

The sound tests and benchmarks/cue_latency.py run this in a child process whose
environment points at a private PulseAudio server, so the parent can record the sink:

    python -m tests.sound.driver hand.yaml --speed 3 --log out.json

The log (JSON) holds, in time.monotonic() seconds: each phase start as the runner saw
it (``boundaries``: true time, sound, kind), each halfway cue (``halfway``: true time,
sound), each phrase handed to the speech engine,
each status sentence, each visual cue, and the longest gap between 20 ms heartbeats
of the event loop (how long it was ever blocked; see tests/sound/loopwatch.py).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from acutimer.core.events import Halfway, PhaseStarted, SessionEnded
from acutimer.core.session import Session
from acutimer.qt.cues import CuePlayer, cue_sounds
from acutimer.qt.runner import SessionRunner
from acutimer.qt.settings import Settings
from acutimer.qt.speech import Speech, socket_path
from tests.helpers.routines import shipped_timeline
from tests.sound.loopwatch import LoopWatch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("routine", help="a file in routines/, like hand.yaml")
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--tones", type=int, default=1)
    parser.add_argument("--voice", type=int, default=0)
    parser.add_argument("--ticks", type=int, default=1)
    parser.add_argument("--volume", type=int, default=100)
    parser.add_argument("--engine", default="speechd", help="'speechd', or '' for no voice")
    parser.add_argument(
        "--wait-voice",
        type=float,
        default=0.0,
        help="seconds to wait for the speech engine before starting",
    )
    parser.add_argument("--stop-after", type=float, default=None, help="real seconds")
    parser.add_argument("--sounds-dir", type=Path, default=None)
    parser.add_argument(
        "--freeze-speech-at",
        type=float,
        default=None,
        help="real seconds into the session: SIGSTOP the private speech-dispatcher",
    )
    args = parser.parse_args(argv)

    app = QGuiApplication(sys.argv[:1])
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    settings = Settings.at(Path(tempfile.mkdtemp()) / "settings.ini")
    settings.sound, settings.voice = bool(args.tones), bool(args.voice)
    settings.ticks = bool(args.ticks)
    settings.volume = args.volume
    log: dict = {
        "boundaries": [],
        "halfway": [],
        "said": [],
        "status": [],
        "visual": [],
        "ended": None,
        "speed": args.speed,
    }
    speech = Speech(socket_path(os.environ)[0] if args.engine == "speechd" else None)
    player = CuePlayer(settings, sound=cue_sounds(args.sounds_dir), speech=speech)
    player.status_changed.connect(lambda text: log["status"].append([time.monotonic(), text]))
    player.visual_cue.connect(lambda kind: log["visual"].append([time.monotonic(), kind]))
    player.speech.said.connect(lambda text: log["said"].append([time.monotonic(), text]))
    log["status"].append([time.monotonic(), player.status])

    runner = SessionRunner(Session(shipped_timeline(args.routine)), speed=args.speed)
    player.attach(runner)

    def on_events(events: list) -> None:
        real_now, session_now = time.monotonic(), runner.now()
        for event in events:
            real = real_now - (session_now - event.at) / runner.speed
            if isinstance(event, PhaseStarted):
                phase = event.phase
                log["boundaries"].append([real, phase.cue.sound, phase.kind.value, phase.seconds])
            elif isinstance(event, Halfway) and event.phase.halfway is not None:
                log["halfway"].append([real, event.phase.halfway.sound])
            elif isinstance(event, SessionEnded):
                log["ended"] = real
                # Let the last sound reach the server before quitting.
                QTimer.singleShot(2500, app.quit)

    runner.events_happened.connect(on_events)
    watch = LoopWatch(20)
    watch.start()

    def freeze_speech() -> None:
        pid_file = Path(os.environ["XDG_RUNTIME_DIR"], "speech-dispatcher", "pid")
        pid = int((pid_file / "speech-dispatcher.pid").read_text().split()[0])
        os.kill(pid, signal.SIGSTOP)
        log["frozen"] = time.monotonic()

    def begin() -> None:
        log["started"] = time.monotonic()
        runner.start()
        if args.freeze_speech_at is not None:
            QTimer.singleShot(round(args.freeze_speech_at * 1000), freeze_speech)
        if args.stop_after is not None:
            QTimer.singleShot(round(args.stop_after * 1000), lambda: (runner.stop(), app.quit()))

    deadline = time.monotonic() + args.wait_voice

    def wait_for_voice() -> None:
        # Ready as a cue needs it: reached, and warmed up (its first word has begun).
        waiting = player.voice_available is None or (
            player.voice_available and not player.speech.warm
        )
        if waiting and time.monotonic() < deadline:
            QTimer.singleShot(50, wait_for_voice)
        else:
            log["voice_available"] = player.voice_available
            QTimer.singleShot(300, begin)

    wait_for_voice()
    app.exec()
    log.update(watch.figures())
    args.log.write_text(json.dumps(log, indent=1))
    player.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
