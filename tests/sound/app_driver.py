"""Runs the whole app (acutimer.app.run) on a routine, quits it as Ctrl+Q does, and logs.

The real-audio tests and benchmarks/speech_faults.py run this in a child process whose
environment points at a private PulseAudio server (and data and config folders), so the
parent can record the sink and check what was saved:

    python -m tests.sound.app_driver --log out.json --speed 4

The log (JSON) holds, in time.monotonic() seconds: the window's first paint, each phase
start (``boundaries``: true time, sound, kind, seconds), the session's end, each status
bar message, when quit was asked for, the exit code of ``run``, and every gap between
10 ms heartbeats of the event loop after the first paint (tests/sound/loopwatch.py).
``--signal STOP|KILL --signal-at S`` sends that signal to the private speech-dispatcher
S seconds into the session (from the app's side, so at the same point of every run).
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from acutimer.app import run
from acutimer.core.events import PhaseStarted, SessionEnded
from acutimer.qt.settings import Settings
from acutimer.qt.speech import Speech
from acutimer.ui.main_window import MainWindow
from tests.sound.loopwatch import LoopWatch

QUIT_STACKS_AFTER = 1.5
"""Seconds after quitting is asked for (and confirmed) at which the stacks are dumped."""


def speech_dispatcher_pid() -> int | None:
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    try:
        text = (runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid").read_text()
        return int(text.split()[0])
    except (OSError, ValueError, IndexError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--routine", default="hand-li4")
    parser.add_argument("--speed", type=float, default=4.0)
    parser.add_argument("--quit-at", type=float, default=None, help="session seconds")
    parser.add_argument("--signal", choices=["STOP", "KILL"], default=None)
    parser.add_argument("--signal-at", type=float, default=0.0, help="session seconds")
    parser.add_argument("--tones", type=int, default=1)
    parser.add_argument("--voice", type=int, default=1)
    args = parser.parse_args(argv)

    settings = Settings()
    settings.safety_seen = True  # a returning user: no first-run dialog
    settings.sound, settings.voice = bool(args.tones), bool(args.voice)
    settings.sync()
    app = QApplication(sys.argv[:1])
    log: dict = {
        "boundaries": [],
        "status": [],
        "said": [],
        "ended": None,
        "quit_at": None,
        "signals": [],
        "speech": [],
        "speed": args.speed,
    }
    watch = LoopWatch(10)

    def slow_quit_stacks() -> None:
        # A quit that takes longer than the tests allow leaves every thread's stack on
        # stderr, which the failing assertion shows.
        faulthandler.dump_traceback_later(QUIT_STACKS_AFTER)

    def quit_app() -> None:
        slow_quit_stacks()
        cues = window.cues
        if cues is not None:
            speech = cues.speech
            log["at_quit"] = {
                "cue_status": cues.status,
                "voice": [speech.available, speech.responsive, speech.problem],
                "sound_problem": cues.sound.problem,
            }
        log["quit_at"] = time.monotonic()
        window.actions_["quit"].trigger()  # what Ctrl+Q does

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            # The button that stops the session and quits ("Yes", or "Stop session").
            roles = (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.DestructiveRole)
            stop = next(b for b in box.buttons() if box.buttonRole(b) in roles)
            log["confirmed_at"] = time.monotonic()
            slow_quit_stacks()
            stop.click()
        elif log["quit_at"] is not None:
            QTimer.singleShot(20, answer_yes)

    def send_signal() -> None:
        pid = speech_dispatcher_pid()
        log["signals"].append([time.monotonic(), args.signal, pid])
        if pid is not None:
            os.kill(pid, getattr(signal, f"SIG{args.signal}"))

    def on_events(events: list) -> None:
        runner = window.runner
        real_now, session_now = time.monotonic(), runner.now()
        for event in events:
            at = real_now - (session_now - event.at) / runner.speed
            if isinstance(event, PhaseStarted):
                phase = event.phase
                log["boundaries"].append([at, phase.cue.sound, str(phase.kind), phase.seconds])
                if len(log["boundaries"]) == 1:
                    log["started"] = at
                    if args.signal:
                        # Precise: a coarse timer may fire 5% early (1.25 s in 25 s).
                        signal_timer.setInterval(round(args.signal_at * 1000 / args.speed))
                        signal_timer.start()
                    if args.quit_at is not None:
                        QTimer.singleShot(round(args.quit_at * 1000 / args.speed), quit_app)
                        QTimer.singleShot(round(args.quit_at * 1000 / args.speed), answer_yes)
            elif isinstance(event, SessionEnded):
                log["ended"] = at
                if args.quit_at is None:
                    QTimer.singleShot(1000, quit_app)

    signal_timer = QTimer()
    signal_timer.setSingleShot(True)
    signal_timer.setTimerType(Qt.TimerType.PreciseTimer)
    signal_timer.timeout.connect(send_signal)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in log:
                log["first_paint"] = time.monotonic()
                watch.start()
            return False

    spy = FirstPaint()
    window: MainWindow

    def follow() -> None:
        # Runs first in the event loop, before the app's own start-up step.
        nonlocal window
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.installEventFilter(spy)
        window.runner_changed.connect(on_runner)
        window.statusBar().messageChanged.connect(
            lambda text: log["status"].append([time.monotonic(), text])
        )

    def on_runner(runner: object) -> None:
        runner.events_happened.connect(on_events)  # type: ignore[attr-defined]
        if window.cues is not None and not log.get("following_voice"):
            log["following_voice"] = True
            speech = window.cues.speech
            speech.said.connect(lambda text: log["said"].append([time.monotonic(), text]))

    def follow_protocol() -> None:
        """Log what speech-dispatcher said back (replies, events) and when the voice became
        ready, for a failing test to show: Speech's methods wrapped, not changed."""

        def wrap(name: str) -> None:
            inner = getattr(Speech, name)

            def logged(self: Speech, *a: Any) -> Any:
                log["speech"].append([time.monotonic(), name, [str(x)[:60] for x in a]])
                return inner(self, *a)

            setattr(Speech, name, logged)

        for name in ("_on_message", "_on_handshake", "_on_warm", "_on_silence", "_spawn"):
            wrap(name)

    follow_protocol()
    QTimer.singleShot(0, follow)
    code = run(routine=args.routine, start=True, speed=args.speed)
    faulthandler.cancel_dump_traceback_later()
    log["code"] = code
    log["returned_at"] = time.monotonic()
    log.update(watch.figures())
    args.log.write_text(json.dumps(log, indent=1))
    return code


if __name__ == "__main__":
    sys.exit(main())
