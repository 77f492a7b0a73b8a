"""Spoken cues through speech-dispatcher's own protocol (SSIP), on the GUI event loop.

Why not QTextToSpeech: its speech-dispatcher engine calls libspeechd, which blocks in
spd_open while the daemon starts (~2.5 s) and in every call while the daemon is frozen.
Called from Python it holds the interpreter lock the window needs (the window froze for
1.5 s at each start), and its destructor blocked at quit. SSIP is a small line-based
text protocol on a unix socket: here it is spoken through a non-blocking QLocalSocket,
so a daemon that is slow to start, frozen or dead costs silence and a status sentence,
never a stalled window; quitting just closes the socket. Nothing here ever waits.

The protocol (speech-dispatcher's doc/ssip.texi): a command is one line ending in CR LF;
each gets one reply, ``NNN text`` (or ``NNN-text`` lines before it); ``SPEAK`` answers
230, then takes the text, ended by a line holding a single dot, and answers 225 with the
message id. With notifications on, events arrive between replies: 701 BEGIN, 702 END,
703 CANCELED, each as ``msg_id``, ``client_id`` and the event's name.
"""

from __future__ import annotations

import math
import re
import shutil
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtNetwork import QLocalSocket

# Measured with speech-dispatcher + espeak-ng at the default rate: "Release slowly."
# 0.7 s, "Switch to the right hand." 1.3 s, "Left hand. Press L I 4 for 10 seconds." 3.0 s.
# Measured through speech-dispatcher + espeak-ng on a busy 2-core machine: spelled codes
# ("L I 4") are slow, and "Press L I 4 for 10 seconds." once ran 3.4 s from its onset.
SECONDS_PER_WORD = 0.42
SECONDS_PER_PAUSE = 0.2
SECONDS_TO_START = 0.35
REPLY_WITHIN = 1.0
"""Seconds speech-dispatcher may take to answer a command (it answers in a few ms)
before the voice counts as not responding."""
BEGIN_WITHIN = 3.0
"""Seconds a queued phrase may take to begin before the voice counts as not responding.
Not less: on a 2-core machine beside two busy processes, a live speech-dispatcher once
took 2.1 s to begin a phrase while it answered every command at once; at 2 s it was
declared not responding and the late phrase was cancelled, so the cue was lost."""
LATE_AFTER = 1.0
"""Seconds after which a phrase handed over but not yet begun is late: ``late`` is
emitted, and the cue player plays the cue's tone in its place. A warm daemon begins a
phrase within 0.1 s; a busy or stuck one can take seconds, or never."""
PING_EVERY = 1.0
"""Seconds between cheap questions to an idle daemon, so that a frozen one is noticed
before a cue needs it rather than when the cue is lost."""
START_WITHIN = 15.0
"""Seconds a speech-dispatcher we started may take to open its socket."""
RETRY_EVERY = 0.1
"""Seconds between attempts to reach a daemon that is starting."""
CHECK_EVERY = 5.0
"""Seconds between attempts to reach a daemon that was not found (it may appear)."""
MAX_STARTS = 3
"""Daemons started per run: one that keeps dying is not started for ever."""
VOICE_BELOW_DB = 6.5
"""How much the voice is turned down from espeak-ng's full level so that a phrase is as
loud as a phase tone (measured at a null sink with benchmarks/loudness.py: at full level
espeak-ng's phrases were 6.5 dB louder than the phase tones over their bodies, and they clipped)."""
CLIENT_NAME = "user:acutimer:cues"

EVENT_BEGIN, EVENT_END, EVENT_CANCELED = 701, 702, 703
WARM_UP = "a\r\n."
"""The silent word ``_warm_up`` sends (SSIP: the text, then a line holding a dot)."""


def speaking_seconds(text: str) -> float:
    """A generous estimate of how long ``text`` takes to say at the default rate."""
    words = re.findall(r"[\w']+", text)  # \w: "Drücken" is one word, not two
    pauses = len(re.findall(r"[.,;:!?](?=\s+\S)", text))
    if not words:
        return 0.0
    return SECONDS_TO_START + SECONDS_PER_WORD * len(words) + SECONDS_PER_PAUSE * pauses


QUIETEST_STEP = 3
"""The smallest whole-number amplitude factor the voice is played at (unless silent).

espeak-ng scales its samples by a whole number (below). Measured at a null sink with
benchmarks/loudness.py, its output at factors 1 and 2 was 3.6 and 2.9 dB below the
factor's linear share, and at 3 only 1.8 dB: from 3 up, a phrase keeps within 3 dB of a
tone played at the same gain."""


def _voice_factor(gain: float) -> int:
    """espeak-ng's whole-number sample factor nearest to ``gain`` of the tones' loudness.

    speech-dispatcher's espeak-ng module passes volume + 100 to espeak-ng as its amplitude
    A (0..200), which scales the samples by the whole number A * 55 // 100. Full level
    (A 200) is VOICE_BELOW_DB louder than a phase tone played at gain 1.
    """
    if gain <= 0:
        return 0
    wanted = 200 * 10 ** (-VOICE_BELOW_DB / 20) * min(gain, 1.0) * 55 / 100
    return max(round(wanted), QUIETEST_STEP)


def voice_gain(gain: float) -> float:
    """The gain nearest ``gain`` that the voice can play at; cues play the tones at it too.

    The voice's loudness comes in whole steps, coarse at the quiet end (at volume 10 the
    nearest step was 5 dB below the tones). Playing the tones at the voice's step instead
    of the exact gain keeps the two together at every volume: the quietest settings
    then share one level, the lowest at which the voice matches the tones.
    """
    factor = _voice_factor(gain)
    return factor / (200 * 10 ** (-VOICE_BELOW_DB / 20) * 55 / 100)


def ssip_volume(gain: float) -> int:
    """The SSIP volume (-100..100) that plays the voice at linear ``gain`` (0..1) of the
    phase tones' loudness, on the step ``voice_gain`` chose (the smallest amplitude A
    that gives that step's whole-number factor)."""
    amplitude = math.ceil(_voice_factor(gain) * 100 / 55)
    return max(min(amplitude - 100, 100), -100)


def socket_path(environ: Mapping[str, str]) -> tuple[Path | None, str]:
    """Where speech-dispatcher listens, as libspeechd finds it: SPEECHD_ADDRESS
    (``unix_socket:PATH``), else $XDG_RUNTIME_DIR (or ~/.cache) /speech-dispatcher/
    speechd.sock. The second value says why there is no path."""
    address = environ.get("SPEECHD_ADDRESS", "")
    method, _, rest = address.partition(":")
    if address and method != "unix_socket":
        return None, f"SPEECHD_ADDRESS asks for '{method}', and only unix_socket is supported"
    if rest:
        return Path(rest), ""
    runtime = environ.get("XDG_RUNTIME_DIR") or str(Path.home() / ".cache")
    return Path(runtime) / "speech-dispatcher" / "speechd.sock", ""


@dataclass
class _Command:
    """One SSIP line (or a SPEAK's text) waiting for its reply."""

    data: bytes
    on_reply: Callable[[int, list[str]], None] | None = None


class Speech(QObject):
    """Says short phrases through speech-dispatcher without ever blocking the caller.

    ``path`` is speech-dispatcher's socket (see ``socket_path``); None means no voice at
    all. ``daemon`` is the program started (detached, never waited for) when nothing
    listens there; None never starts one. ``start()`` begins connecting.

    Signals:
        available_changed(bool): the voice is ready (True) or cannot be had (False).
        responsive_changed(bool): False when speech-dispatcher did not answer within
            REPLY_WITHIN seconds, a phrase did not begin within BEGIN_WITHIN (it hangs),
            or it went away; True once it answers again.
        said(str): a phrase was handed to speech-dispatcher.
        late(): the phrase last handed over may not be heard in time: it has not begun
            within LATE_AFTER seconds, or speech-dispatcher stopped answering or went
            away before it ended. Something else should mark the moment. Emitted at
            most once per phrase.
    """

    available_changed = Signal(bool)
    responsive_changed = Signal(bool)
    said = Signal(str)
    late = Signal()

    def __init__(
        self,
        path: Path | None,
        *,
        daemon: str | None = "speech-dispatcher",
        problem: str = "",
        language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.daemon = daemon
        self.language = language
        """The phrases' language (the UI's, acutimer.qt.language.current()): an RFC 1766
        code that speech-dispatcher picks a voice for ("de": espeak-ng's German)."""
        self.available: bool | None = None if path else False
        self.problem = (
            ""
            if path
            else (problem or QCoreApplication.translate("Speech", "no speech engine was chosen"))
        )
        self.responsive = True
        self._gain = 1.0
        self._volume_sent: int | None = None
        self._socket: QLocalSocket | None = None
        self._ready = False
        self._connected = False
        self._queue: deque[_Command] = deque()
        self._waiting: _Command | None = None
        self._received = b""
        self._lines: list[str] = []
        self._unfinished: set[str] = set()
        """Message ids queued or being spoken (no END or CANCELED yet)."""
        self._starts = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._reply_due = QTimer(self)
        self._reply_due.setSingleShot(True)
        self._reply_due.setInterval(round(REPLY_WITHIN * 1000))
        self._reply_due.timeout.connect(self._on_silence)
        self._begin_due = QTimer(self)
        self._begin_due.setSingleShot(True)
        self._begin_due.setInterval(round(BEGIN_WITHIN * 1000))
        self._begin_due.timeout.connect(self._on_silence)
        self.warm = False
        """The daemon has begun speaking since it was reached (the silent warm-up word),
        or BEGIN_WITHIN passed: phrases from now on are heard on time."""
        self._warming = QTimer(self)
        self._warming.setSingleShot(True)
        self._warming.setInterval(round(BEGIN_WITHIN * 1000))
        self._warming.timeout.connect(self._on_warm)
        self._phrase_id: str | None = None
        """The message id of the phrase last handed over, once speech-dispatcher gave it."""
        self._phrase_due = False
        """The phrase last handed over has not yet ended, been stopped or been reported
        late."""
        self._late_due = QTimer(self)
        self._late_due.setSingleShot(True)
        self._late_due.setInterval(round(LATE_AFTER * 1000))
        self._late_due.timeout.connect(self._report_late)
        self._ping = QTimer(self)
        self._ping.setInterval(round(PING_EVERY * 1000))
        self._ping.timeout.connect(self._on_ping)
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(round(START_WITHIN * 1000))
        self._give_up.timeout.connect(self._on_not_started)

    # -- what the cue player uses --------------------------------------------------

    def start(self) -> None:
        """Begin connecting (once); returns at once."""
        if self.path is not None and self._socket is None and not self._retry.isActive():
            self._connect()

    def set_volume(self, gain: float) -> None:
        """The linear gain (0..1) the tones play at; the voice matches their loudness."""
        self._gain = gain
        if self._ready:
            self._send_volume()

    def say(self, text: str) -> bool:
        """Speak ``text`` now, cutting off any phrase still being spoken; False if it
        cannot be tried (no voice, or speech-dispatcher is not answering)."""
        if not self._ready or not self.responsive:
            return False
        lines = " ".join(text.split())
        if not lines:
            return False
        self.stop()
        data = ("." + lines if lines.startswith(".") else lines) + "\r\n."
        self._send(_Command(b"SPEAK", lambda code, _: self._on_speak(code, data, phrase=True)))
        self._phrase_id = None
        self._phrase_due = True
        self._late_due.start()
        self.said.emit(text)
        return True

    @property
    def speaking(self) -> bool:
        """A phrase was handed over and speech-dispatcher has not said it is done."""
        return bool(self._unfinished)

    def stop(self) -> None:
        """Cut the current phrase short (pause, skip)."""
        self._phrase_due = False
        self._late_due.stop()
        if self._unfinished:
            self._cancel()

    def _cancel(self) -> None:
        if self._ready and self.responsive:
            self._unfinished.clear()
            self._begin_due.stop()
            self._send(_Command(b"CANCEL self"))

    def shutdown(self) -> None:
        """Close the connection (the app is quitting): never waits for the daemon."""
        for timer in (self._retry, self._give_up):
            timer.stop()
        for launcher in self.findChildren(QProcess):
            # Still forking a daemon we started (that takes milliseconds): end it at once
            # (SIGKILL cannot be ignored) rather than leave QProcess to warn about it.
            launcher.kill()
            launcher.waitForFinished(100)
        sock = self._socket
        if sock is not None and self._connected:
            # A phrase still being spoken would go on after the app is gone. Handed to
            # the kernel's socket buffer, without waiting: a frozen daemon reads it later.
            sock.write(b"CANCEL self\r\nQUIT\r\n")
            sock.flush()
        self._drop_socket()
        self._ready = False

    # -- the connection -------------------------------------------------------------

    def _connect(self) -> None:
        self._drop_socket()
        sock = QLocalSocket(self)
        sock.connected.connect(self._on_connected)
        sock.readyRead.connect(self._on_ready_read)
        sock.disconnected.connect(self._on_disconnected)
        sock.errorOccurred.connect(self._on_socket_error)
        self._socket = sock
        self._connected = False
        sock.connectToServer(str(self.path))

    def _drop_socket(self) -> None:
        sock, self._socket = self._socket, None
        if sock is not None:
            for signal in (sock.connected, sock.readyRead, sock.disconnected, sock.errorOccurred):
                signal.disconnect()
            sock.abort()
            sock.deleteLater()
        self._queue.clear()
        self._waiting = None
        self._received = b""
        self._lines = []
        self._unfinished.clear()
        self.warm = False
        self._phrase_due = False
        self._late_due.stop()
        for timer in (self._reply_due, self._begin_due, self._ping, self._warming):
            timer.stop()

    def _on_socket_error(self, error: QLocalSocket.LocalSocketError) -> None:
        sock = self._socket
        if sock is None:
            return
        if self._connected:
            # The daemon went away; Qt may say so here before (or instead of) disconnected.
            if sock.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._on_disconnected()
            return
        # Not listening: nothing there yet, or a socket file left by a daemon that died.
        self._socket = None
        sock.deleteLater()
        if self._give_up.isActive():
            self._retry.start(round(RETRY_EVERY * 1000))
        elif self.daemon is not None and self._starts < MAX_STARTS and self._spawn():
            self._give_up.start()
            self._retry.start(round(RETRY_EVERY * 1000))
        else:
            if self.available is not False and self._starts == 0:
                self._set_available(
                    False, QCoreApplication.translate("Speech", "speech-dispatcher is not running")
                )
            self._retry.start(round(CHECK_EVERY * 1000))

    def _spawn(self) -> bool:
        """Start speech-dispatcher as libspeechd does: this returns at once, and the
        daemon reports itself by opening its socket.

        ``--spawn`` makes it a daemon: the process started here forks it and exits. It is
        started with QProcess.start, which only forks (under 10 ms even on a busy
        machine), not startDetached, which also waits until the program has been
        executed: on a 2-core machine beside two busy processes that wait reached
        290 ms, and held the window for 0.5 s when a killed daemon was started again.
        """
        if not self.daemon or shutil.which(self.daemon) is None:
            missing = QCoreApplication.translate("Speech", "{program} is not installed")
            self._set_available(False, missing.replace("{program}", self.daemon or ""))
            return False
        self._starts += 1
        process = QProcess(self)
        process.setProgram(self.daemon)
        process.setArguments(
            ["--spawn", "--communication-method", "unix_socket", "--socket-path", str(self.path)]
        )
        # Nothing to read or write: its start-up line would land in the user's terminal.
        process.setStandardInputFile(QProcess.nullDevice())
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(process.deleteLater)
        process.errorOccurred.connect(process.deleteLater)
        process.start()  # owned by this object until it exits (or ``shutdown``)
        return True

    def _on_not_started(self) -> None:
        self._retry.stop()
        self._set_available(
            False, QCoreApplication.translate("Speech", "speech-dispatcher did not start")
        )
        self._set_responsive(True)
        self._retry.start(round(CHECK_EVERY * 1000))

    def _on_connected(self) -> None:
        self._connected = True
        self._give_up.stop()
        self._send(_Command(f"SET self CLIENT_NAME {CLIENT_NAME}".encode()))
        self._send(_Command(b"SET self NOTIFICATION ALL on"))
        # The phrases are in the UI's language; "message" is not cut off by a screen
        # reader's text.
        self._send(_Command(f"SET self LANGUAGE {self.language}".encode()))
        self._send(_Command(b"SET self PRIORITY message"))
        self._volume_sent = None
        self._send_volume(on_reply=lambda code, _: self._on_handshake(code))

    def _on_handshake(self, code: int) -> None:
        self._ready = True
        self._ping.start()
        self._set_responsive(True)
        self.warm = False
        self._warming.start()
        self._warm_up()
        if self.available is not True:
            self._set_available(True, "")

    def _warm_up(self) -> None:
        """Have a newly reached daemon say a word at volume -100 (silence: no sample
        above zero at the sink), so that it loads its voice and opens its sound stream
        now rather than for the first cue. Beside two busy processes the first phrase
        after a daemon was started, or started again, was heard over 1 s late without
        this. A cue cuts it short like any phrase."""
        self._send(_Command(b"SET self VOLUME -100"))
        self._send(_Command(b"SPEAK", lambda code, _: self._on_speak(code, WARM_UP)))
        self._volume_sent = None
        self._send_volume()

    def _on_disconnected(self) -> None:
        # The daemon died (or closed on us): reconnect, starting a new one if need be.
        was_ready = self._ready
        self._ready = False
        if self._late_due.isActive():
            self._report_late()  # gone before it began the phrase: it will not be heard
        self._drop_socket()
        if was_ready:
            self._set_responsive(False)
        self._retry.start(round(RETRY_EVERY * 1000))

    def _send_volume(self, on_reply: Callable[[int, list[str]], None] | None = None) -> None:
        volume = ssip_volume(self._gain)
        if volume != self._volume_sent:
            self._volume_sent = volume
            self._send(_Command(f"SET self VOLUME {volume}".encode(), on_reply))
        elif on_reply is not None:
            on_reply(0, [])

    def _on_speak(self, code: int, data: str, *, phrase: bool = False) -> None:
        if code == 230:  # the daemon now takes the text
            queued = self._on_phrase_queued if phrase else self._on_queued
            self._queue.appendleft(_Command(data.encode(), queued))

    def _on_queued(self, code: int, lines: list[str]) -> None:
        if code == 225 and lines:
            self._unfinished.add(lines[0])
            self._begin_due.start()

    def _on_phrase_queued(self, code: int, lines: list[str]) -> None:
        self._on_queued(code, lines)
        if code == 225 and lines and self._phrase_due:
            self._phrase_id = lines[0]

    def _on_ping(self) -> None:
        if self._waiting is None and not self._queue:
            self._send(_Command(b"GET VOLUME"))

    # -- sending and receiving ------------------------------------------------------

    def _send(self, command: _Command) -> None:
        self._queue.append(command)
        self._send_next()

    def _send_next(self) -> None:
        sock = self._socket
        if sock is None or self._waiting is not None or not self._queue:
            return
        self._waiting = self._queue.popleft()
        sock.write(self._waiting.data + b"\r\n")
        self._reply_due.start()

    def _on_ready_read(self) -> None:
        sock = self._socket
        if sock is None:
            return
        self._received += bytes(sock.readAll().data())
        *complete, self._received = self._received.split(b"\r\n")
        for raw in complete:
            line = raw.decode("utf-8", "replace")
            if len(line) < 4 or not line[:3].isdigit():
                continue
            self._lines.append(line[4:])
            if line[3] == " ":
                lines, self._lines = self._lines, []
                self._on_message(int(line[:3]), lines)
                if self._socket is not sock:
                    return  # a handler dropped the connection

    def _on_message(self, code: int, lines: list[str]) -> None:
        if not self.responsive:
            # Back after a freeze: whatever it was about to say is out of date.
            self._set_responsive(True)
            QTimer.singleShot(0, self._cancel)
        if 700 <= code < 800:
            self._on_event(code, lines)
        else:
            command, self._waiting = self._waiting, None
            if command is not None and command.on_reply is not None:
                command.on_reply(code, lines)
            if self._waiting is None:
                self._reply_due.stop()
            self._send_next()

    def _on_event(self, code: int, lines: list[str]) -> None:
        message = lines[0] if lines else ""
        if code == EVENT_BEGIN:
            self._begin_due.stop()
            if message == self._phrase_id:
                self._late_due.stop()
            self._on_warm()
        elif code in (EVENT_END, EVENT_CANCELED):
            if message == self._phrase_id:
                self._phrase_due = False
            self._unfinished.discard(message)

    # -- state ----------------------------------------------------------------------

    def _on_warm(self) -> None:
        self._warming.stop()
        self.warm = True

    @property
    def ready(self) -> bool:
        """A cue's phrase would be heard now: reached, answering and warmed up. Until
        then the tones stand in (acutimer.qt.cues)."""
        return bool(self.available) and self.responsive and self.warm

    def _report_late(self) -> None:
        self._late_due.stop()
        if self._phrase_due:
            self._phrase_due = False
            self.late.emit()

    def _on_silence(self) -> None:
        # Not answering: a phrase not yet ended may never be heard (a daemon that froze
        # mid-phrase had said BEGIN, and its sound stopped with it).
        self._report_late()
        self._set_responsive(False)

    def _set_responsive(self, responsive: bool) -> None:
        if responsive != self.responsive:
            self.responsive = responsive
            self.responsive_changed.emit(responsive)

    def _set_available(self, available: bool, problem: str) -> None:
        self.problem = problem
        if available != self.available:
            self.available = available
            self.available_changed.emit(available)
