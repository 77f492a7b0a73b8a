"""The cue sounds on one long-lived audio stream, loaded at start-up.

Why not QSoundEffect: in PySide6 6.11 (FFmpeg backend on PulseAudio) playing three
different QSoundEffects one after the other sends Qt into an endless loop of
"QSocketNotifier: Invalid socket ... disabling" at ~85 % CPU, with no further sound.
One QAudioSink in push mode, fed from WAV data decoded up front, reached a PulseAudio
sink 9-20 ms after ``play()`` in the same measurement and never misbehaved.

Why no media back end: see ``open_audio_devices``.
"""

from __future__ import annotations

import time
import wave
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

RATE = 44100
FEED_MS = 20
STALLED_AFTER = 1.0
"""Seconds of queued sound not moving before the output counts as gone."""
FIRST_DRAIN_WITHIN = 5.0
"""The same for a stream that has not played anything yet: measured on a loaded 2-core
machine, PulseAudio once took over a second to start draining a new stream while
speech-dispatcher was starting beside it, although it then played every cue on time."""
RETRY_AFTER = 5.0
_devices_opened = False


def open_audio_devices() -> None:
    """Start Qt's audio device layer without a media back end (once per process).

    The first use of Qt Multimedia loads a media back end from the plugins Qt can see:
    in the PySide6 wheels that is FFmpeg, which brings libavcodec, Qt Quick, QML and
    OpenGL with it (12.7 MB more resident memory, measured). acutimer only writes PCM
    to a QAudioSink, which Qt serves from its own PulseAudio code with no back end at
    all. The back end is chosen once, so the plugin folders are hidden for that moment
    (2 ms). Qt says "No QtMultimedia backends found" once on stderr. (A Python message
    handler to hide it deadlocked: Qt's PulseAudio code logs from its own thread while
    this one waits in Qt holding the interpreter lock.)
    """
    global _devices_opened
    if _devices_opened:
        return
    _devices_opened = True
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        QMediaDevices.defaultAudioOutput()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def read_sound(path: Path) -> bytes:
    """16-bit mono 44.1 kHz PCM from a WAV file, or ValueError saying what is wrong."""
    try:
        with wave.open(str(path), "rb") as src:
            shape = (src.getsampwidth(), src.getnchannels(), src.getframerate())
            frames = src.readframes(src.getnframes())
    except FileNotFoundError:
        raise ValueError(f"{path.name} is missing") from None
    except (wave.Error, EOFError, OSError) as exc:
        raise ValueError(f"{path.name} cannot be read ({exc})") from None
    if shape != (2, 1, RATE):
        raise ValueError(f"{path.name} is not 16-bit mono at {RATE} Hz")
    if not frames:
        raise ValueError(f"{path.name} is empty")
    return frames


class SoundOutput(QObject):
    """Plays the named sounds; says when it cannot.

    Every sound is read when the object is made. ``play(name)`` never blocks: what the
    stream cannot take at once is fed by a 20 ms timer. A stream that stops draining
    (the sound server went away) or fails to open is reported through ``problem``.

    Signals:
        problem_changed(str): a sentence about what is wrong with sound output, or ""
            when sound works again.
    """

    problem_changed = Signal(str)

    def __init__(
        self, sounds_dir: Path, names: tuple[str, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.sounds: dict[str, bytes] = {}
        self.broken: dict[str, str] = {}
        for name in names:
            try:
                self.sounds[name] = read_sound(sounds_dir / f"{name}.wav")
            except ValueError as exc:
                self.broken[name] = str(exc)
        self.problem = ""
        self._volume = 1.0
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._pending = b""
        self._free_seen = 0
        self._stalled_since: float | None = None
        self._drained = False
        self._opened_at = -RETRY_AFTER
        # Once a stream has died with its server, Qt's PulseAudio backend holds a dead
        # context: opening a new sink then aborts the process inside libpulse
        # (pa_context_get_state assertion, PySide6 6.11). So a lost output stays lost
        # until the app restarts, and the window says so.
        self._lost = False
        self._feeder = QTimer(self)
        self._feeder.setTimerType(Qt.TimerType.PreciseTimer)
        self._feeder.setInterval(FEED_MS)
        self._feeder.timeout.connect(self._feed)
        open_audio_devices()
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._open()

    @property
    def working(self) -> bool:
        return self._io is not None

    def set_gain(self, gain: float) -> None:
        """Linear 0..1 (``cue_gain`` of the slider); the stream's own volume, not the system's."""
        self._volume = gain
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    def play(self, name: str) -> bool:
        """Start ``name`` now, cutting off whatever had not been queued yet."""
        data = self.sounds.get(name)
        if data is None:
            return False
        retry_due = time.monotonic() - self._opened_at >= RETRY_AFTER
        if self._io is None and not self._lost and retry_due:
            self._open()
        if self._io is None:
            return False
        self._pending = data
        self._feed()
        return True

    def close(self) -> None:
        self._feeder.stop()
        if self._sink is not None:
            self._sink.stop()
        self._sink = self._io = None

    # -- the stream ----------------------------------------------------------------

    def _on_outputs_changed(self) -> None:
        if not self._lost:
            self._open()

    def _open(self) -> None:
        self._opened_at = time.monotonic()
        self.close()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self._set_problem(
                QCoreApplication.translate("SoundOutput", "no sound output was found")
            )
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(device, fmt, self)
        sink.setVolume(self._volume)
        io = sink.start()
        if io is None or sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            sink.deleteLater()
            self._set_problem(
                QCoreApplication.translate("SoundOutput", "the sound output could not be opened")
            )
            return
        self._sink, self._io = sink, io
        self._free_seen = sink.bytesFree()
        self._stalled_since = None
        self._drained = False
        self._set_problem("")

    def _feed(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            self._feeder.stop()
            return
        written = io.write(self._pending) if self._pending else 0
        if written > 0:
            self._pending = self._pending[written:]
        free = sink.bytesFree()
        now = time.monotonic()
        if written > 0 or free > self._free_seen or self._stalled_since is None:
            self._stalled_since = now
        self._drained = self._drained or free > self._free_seen
        self._free_seen = free
        patience = STALLED_AFTER if self._drained else FIRST_DRAIN_WITHIN
        failed = sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError)
        if failed or now - self._stalled_since > patience:
            self._pending = b""
            self._lost = True
            self._feeder.stop()
            self._sink = self._io = None
            self._set_problem(
                QCoreApplication.translate("SoundOutput", "the sound output stopped working")
            )
        elif not self._pending and free >= sink.bufferSize():
            self._feeder.stop()
            self._stalled_since = None
        elif not self._feeder.isActive():
            self._feeder.start()

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)
