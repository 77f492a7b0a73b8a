"""Spoken cues through QtTextToSpeech, kept off the GUI thread.

The speech-dispatcher engine blocks the thread that creates it for ~2.5 s when the
daemon is not yet running, and a hung daemon blocks every call into it. So the engine
lives in a worker thread of its own: the GUI thread only sends requests through a
queued call and never waits for an answer. While the engine does not answer, no more
phrases are sent (tones stand in), and when it comes back its stale phrase is cut off.
"""

from __future__ import annotations

import ctypes
import re

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

# Measured with speech-dispatcher + espeak-ng at the default rate: "Release slowly."
# 0.7 s, "Switch to the right hand." 1.3 s, "Left hand. Press L I 4 for 10 seconds." 3.0 s.
# Measured through speech-dispatcher + espeak-ng on a busy 2-core machine: spelled codes
# ("L I 4") are slow, and "Press L I 4 for 10 seconds." once ran 3.4 s from its onset.
SECONDS_PER_WORD = 0.42
SECONDS_PER_PAUSE = 0.2
SECONDS_TO_START = 0.35
NOT_RESPONDING_AFTER = 2.0
"""Seconds a request may go unanswered before the voice counts as not responding."""


def speaking_seconds(text: str) -> float:
    """A generous estimate of how long ``text`` takes to say at the default rate."""
    words = re.findall(r"[A-Za-z0-9']+", text)
    pauses = len(re.findall(r"[.,;:!?](?=\s+\S)", text))
    if not words:
        return 0.0
    return SECONDS_TO_START + SECONDS_PER_WORD * len(words) + SECONDS_PER_PAUSE * pauses


class _Maker(QObject):
    """Creates the QTextToSpeech object in the speech thread (the slow part)."""

    made = Signal(object, str)

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine_name = engine

    @Slot()
    def create(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine_name not in QTextToSpeech.availableEngines():
            self.made.emit(None, f"the speech engine '{self._engine_name}' is not installed")
            return
        tts = QTextToSpeech(self._engine_name)
        if tts.state() == QTextToSpeech.State.Error:
            self.made.emit(None, tts.errorString() or "the speech engine did not start")
            tts.deleteLater()
            return
        self.made.emit(tts, "")


class Speech(QObject):
    """Says short phrases without ever blocking the caller.

    ``engine`` is a QtTextToSpeech engine name ("speechd", or "mock" in tests); None
    means no voice at all. ``start()`` creates the engine in the speech thread.

    After start-up no Python runs in the speech thread: ``say`` and ``stop`` are queued
    straight to the engine's C++ slots. A Python slot there would hold the interpreter
    lock while a hung speech-dispatcher blocks it, and so freeze the whole app.

    Signals:
        available_changed(bool): the engine started (True) or cannot be used (False).
        responsive_changed(bool): False when the engine did not start speaking within
            NOT_RESPONDING_AFTER seconds of a request (it hangs); True once it reacts.
        said(str): a phrase was handed to the engine.
    """

    available_changed = Signal(bool)
    responsive_changed = Signal(bool)
    said = Signal(str)
    _create = Signal()

    def __init__(self, engine: str | None = "speechd", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.available: bool | None = None if engine else False
        self.problem = "" if engine else "no speech engine was chosen"
        self.responsive = True
        self.volume = 1.0
        self._volume_sent: float | None = None
        self._tts: QObject | None = None
        self._thread: QThread | None = None
        self._maker: _Maker | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)

    def start(self) -> None:
        """Create the engine in its thread (once); returns at once."""
        if self._thread is not None or not self.engine:
            return
        self._thread = QThread()
        self._thread.setObjectName("acutimer-speech")
        self._maker = _Maker(self.engine)
        self._maker.moveToThread(self._thread)
        self._create.connect(self._maker.create)
        self._maker.made.connect(self._on_made)
        self._thread.start()
        self._create.emit()

    def say(self, text: str) -> bool:
        """Speak ``text`` now, cutting off any phrase still being spoken; False if it
        cannot be tried (no engine, or the engine is not responding)."""
        if not self.available or not self.responsive or self._tts is None:
            return False
        if self.volume != self._volume_sent:
            self._volume_sent = self.volume
            self._invoke("setVolume", Q_ARG(float, self.volume))
        self._invoke("say", Q_ARG(str, text))
        self.said.emit(text)
        self._watchdog.start(round(NOT_RESPONDING_AFTER * 1000))
        return True

    def stop(self) -> None:
        """Cut the current phrase short (pause, skip)."""
        if self.available and self.responsive and self._tts is not None:
            self._invoke("stop")

    def shutdown(self, wait_ms: int = 500) -> None:
        """Stop the speech thread. A thread stuck in a hung engine is left behind rather
        than waited for: quitting the app must not hang on it."""
        self._watchdog.stop()
        if self._thread is None:
            return
        self._thread.quit()
        if not self._thread.wait(wait_ms):
            # Stuck in a hung engine. Destroying a running QThread aborts the process
            # (qFatal), and terminate() unwinds through Qt and crashes: so the thread's
            # wrapper (and the engine's, whose destructor would block on the hung
            # daemon) is given a reference that is never dropped, even while Python
            # shuts down, and the thread simply ends with the process.
            for obj in (self._thread, self._tts, self._maker):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
        self._thread = self._tts = self._maker = None

    def _invoke(self, method: str, *args: object) -> None:
        QMetaObject.invokeMethod(self._tts, method, Qt.ConnectionType.QueuedConnection, *args)

    @Slot(object, str)
    def _on_made(self, tts: QObject | None, problem: str) -> None:
        self._tts = tts
        self.available = tts is not None
        self.problem = problem
        if tts is not None:
            tts.stateChanged.connect(self._on_state)  # type: ignore[attr-defined]
        self.available_changed.emit(self.available)

    @Slot(object)
    def _on_state(self, state: object) -> None:
        self._watchdog.stop()
        if not self.responsive:
            # The engine came back and is speaking a phrase that is now out of date.
            self.responsive = True
            self._invoke("stop")
            self.responsive_changed.emit(True)

    def _on_watchdog(self) -> None:
        if self.responsive:
            self.responsive = False
            self.responsive_changed.emit(False)
