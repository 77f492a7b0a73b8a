"""Spoken cues through QtTextToSpeech, kept off the GUI thread.

The speech-dispatcher engine blocks the thread that creates it for ~2.5 s when the
daemon is not yet running, and a hung daemon blocks every call into it. So the engine
lives in a worker thread of its own: the GUI thread only sends requests through a
queued signal and never waits for an answer. A request carries a deadline; one that
comes out of the queue late (the engine was stuck) is dropped, so a recovered engine
never speaks a burst of old phrases.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

# Measured with speech-dispatcher + espeak-ng at the default rate: "Release slowly."
# 0.7 s, "Switch to the right hand." 1.3 s, "Left hand. Press L I 4 for 10 seconds." 3.0 s.
SECONDS_PER_WORD = 0.32
SECONDS_PER_PAUSE = 0.15
SECONDS_TO_START = 0.15
NOT_RESPONDING_AFTER = 2.0
"""Seconds a request may go unanswered before the voice counts as not responding."""


def speaking_seconds(text: str) -> float:
    """A generous estimate of how long ``text`` takes to say at the default rate."""
    words = re.findall(r"[A-Za-z0-9']+", text)
    pauses = len(re.findall(r"[.,;:!?](?=\s+\S)", text))
    if not words:
        return 0.0
    return SECONDS_TO_START + SECONDS_PER_WORD * len(words) + SECONDS_PER_PAUSE * pauses


class _Worker(QObject):
    """Owns the QTextToSpeech object; every slot runs in the speech thread."""

    ready = Signal(bool, str)
    answered = Signal(int)
    said = Signal(int, str)

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts = None
        self.latest = 0
        """Sequence number of the newest request; written by the GUI thread."""

    @Slot()
    def create(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine_name not in QTextToSpeech.availableEngines():
            self.ready.emit(False, f"the speech engine '{self._engine_name}' is not installed")
            return
        tts = QTextToSpeech(self._engine_name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self.ready.emit(False, tts.errorString() or "the speech engine did not start")
            return
        self._tts = tts
        self.ready.emit(True, "")

    @Slot(int, str, float, float)
    def say(self, seq: int, text: str, deadline: float, volume: float) -> None:
        self.answered.emit(seq)
        if self._tts is None or seq != self.latest or time.monotonic() > deadline:
            return
        self._tts.setVolume(volume)
        self._tts.say(text)
        self.said.emit(seq, text)

    @Slot(int)
    def stop(self, seq: int) -> None:
        self.answered.emit(seq)
        if self._tts is not None:
            self._tts.stop()


class Speech(QObject):
    """Says short phrases without ever blocking the caller.

    ``engine`` is a QtTextToSpeech engine name ("speechd", or "mock" in tests); None
    means no voice at all. ``start()`` creates the engine in the speech thread.

    Signals:
        available_changed(bool): the engine started (True) or cannot be used (False).
        responsive_changed(bool): False when a request went unanswered for
            NOT_RESPONDING_AFTER seconds (the engine hangs); True again once it answers.
        said(str): a phrase was handed to the engine (not dropped as stale).
    """

    available_changed = Signal(bool)
    responsive_changed = Signal(bool)
    said = Signal(str)
    _create = Signal()
    _say = Signal(int, str, float, float)
    _stop = Signal(int)

    def __init__(self, engine: str | None = "speechd", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.available: bool | None = None if engine else False
        self.problem = "" if engine else "no speech engine was chosen"
        self.responsive = True
        self.volume = 1.0
        self._seq = 0
        self._waiting_since: float | None = None
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)

    def start(self) -> None:
        """Create the engine in its thread (once); returns at once."""
        if self._thread is not None or not self.engine:
            return
        self._thread = QThread()
        self._thread.setObjectName("acutimer-speech")
        self._worker = _Worker(self.engine)
        self._worker.moveToThread(self._thread)
        self._create.connect(self._worker.create)
        self._say.connect(self._worker.say)
        self._stop.connect(self._worker.stop)
        self._worker.ready.connect(self._on_ready)
        self._worker.answered.connect(self._on_answered)
        self._worker.said.connect(self._on_said)
        self._thread.start()
        self._create.emit()

    def say(self, text: str, *, within: float) -> bool:
        """Speak ``text`` if it can start within ``within`` seconds; False if it cannot
        be tried now (no engine, or the engine is not responding)."""
        if not self.available or not self.responsive or self._worker is None:
            return False
        self._seq += 1
        self._worker.latest = self._seq
        self._say.emit(self._seq, text, time.monotonic() + within, self.volume)
        self._expect_answer()
        return True

    def stop(self) -> None:
        """Cut the current phrase short (pause, skip)."""
        if self.available and self._worker is not None:
            self._seq += 1
            self._worker.latest = self._seq
            self._stop.emit(self._seq)
            self._expect_answer()

    def shutdown(self, wait_ms: int = 500) -> None:
        """Stop the speech thread. A thread stuck in a hung engine is left behind rather
        than waited for: quitting the app must not hang on it."""
        self._watchdog.stop()
        if self._thread is None:
            return
        self._thread.quit()
        if not self._thread.wait(wait_ms):
            _STUCK.append((self._thread, self._worker))
        self._thread = None

    def _expect_answer(self) -> None:
        if self._waiting_since is None:
            self._waiting_since = time.monotonic()
            self._watchdog.start(round(NOT_RESPONDING_AFTER * 1000))

    @Slot(bool, str)
    def _on_ready(self, ok: bool, problem: str) -> None:
        self.available = ok
        self.problem = problem
        self.available_changed.emit(ok)

    @Slot(int)
    def _on_answered(self, seq: int) -> None:
        if seq == self._seq:
            self._waiting_since = None
            self._watchdog.stop()
        if not self.responsive:
            self.responsive = True
            self.responsive_changed.emit(True)

    @Slot(int, str)
    def _on_said(self, seq: int, text: str) -> None:
        self.said.emit(text)

    def _on_watchdog(self) -> None:
        if self._waiting_since is not None and self.responsive:
            self.responsive = False
            self.responsive_changed.emit(False)


_STUCK: list[tuple[QThread, QObject | None]] = []
"""Speech threads stuck in a hung engine at shutdown: kept alive (not destroyed while
running, which would abort the process) until the process exits."""
