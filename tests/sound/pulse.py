"""A private PulseAudio server with a null sink, and a recorder of what reaches it.

Used by the real-audio tests and by benchmarks/cue_latency.py. The server runs in a
temporary XDG_RUNTIME_DIR, so it never touches the user's own sound server, and a
speech-dispatcher started by a client lands in the same private folder.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

RATE = 16000
SILENT = 100
"""A sample above this (of 32767, about -50 dBFS) counts as sound."""


class PulseServer:
    """``pulseaudio`` on a null sink named ``cap``; ``env`` points a client at it."""

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="acutimer-pulse-"))
        self.runtime = self.home / "runtime"
        self.runtime.mkdir(mode=0o700)
        self.env = dict(os.environ)
        self.env.update(
            XDG_RUNTIME_DIR=str(self.runtime),
            HOME=str(self.home),
            PULSE_SERVER=f"unix:{self.runtime / 'pulse' / 'native'}",
        )
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        self.process = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--load=module-null-sink sink_name=cap",
                "--load=module-native-protocol-unix",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pulseaudio exited: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            probe = subprocess.run(["pactl", "info"], env=self.env, capture_output=True)
            if probe.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("pulseaudio did not answer within 10 s")

    def kill(self) -> None:
        """The sound server goes away, as when it crashes mid-session."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.process and self.process.stderr:
            self.process.stderr.close()

    def start_speech_dispatcher(self, timeout: float = 20.0) -> int:
        """Start this server's own speech-dispatcher (as a client would) and wait for it."""
        socket = self.runtime / "speech-dispatcher" / "speechd.sock"
        subprocess.run(
            [
                "speech-dispatcher",
                "--spawn",
                "--communication-method",
                "unix_socket",
                "--socket-path",
                str(socket),
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid = self.speech_dispatcher_pid()
            # Alive, not only named: on a busy machine the file was once read while it
            # still named the process that had forked the daemon and left (a test then
            # sent SIGSTOP to nobody).
            if pid is not None and socket.exists() and _alive(pid):
                return pid
            time.sleep(0.05)
        raise RuntimeError("speech-dispatcher did not start")

    def speech_dispatcher_pid(self) -> int | None:
        pid_file = self.runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        try:
            return int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        pid = self.speech_dispatcher_pid()
        if pid is not None:
            try:
                os.kill(pid, signal.SIGCONT)
                os.kill(pid, signal.SIGTERM)
                # Without a sound server it may not end on SIGTERM.
                deadline = time.monotonic() + 2
                while time.monotonic() < deadline:
                    os.kill(pid, 0)
                    time.sleep(0.05)
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.kill()
        shutil.rmtree(self.home, ignore_errors=True)


@dataclass
class Recording:
    """Samples of the sink's monitor and the monotonic time of sample 0."""

    samples: array.array
    t0: float
    rate: int = RATE

    def index(self, t: float) -> int:
        return round((t - self.t0) * self.rate)

    def time(self, i: int) -> float:
        return self.t0 + i / self.rate

    def onset(self, after: float, within: float, threshold: int = SILENT) -> float | None:
        """Time of the first sample above ``threshold`` in [after - 20 ms, after + within]."""
        start = max(self.index(after - 0.02), 0)
        stop = min(self.index(after + within), len(self.samples))
        for i in range(start, stop):
            if abs(self.samples[i]) > threshold:
                return self.time(i)
        return None

    def last_sound(self, start: float, stop: float, threshold: int = SILENT) -> float | None:
        """Time of the last sample above ``threshold`` in [start, stop]."""
        lo = max(self.index(start), 0)
        for i in range(min(self.index(stop), len(self.samples)) - 1, lo - 1, -1):
            if abs(self.samples[i]) > threshold:
                return self.time(i)
        return None

    def level(self, start: float, seconds: float, hz: float) -> float:
        """Goertzel power of ``hz`` over ``seconds`` from ``start``: which note is this?"""
        lo = max(self.index(start), 0)
        chunk = self.samples[lo : lo + round(seconds * self.rate)]
        coeff = 2 * math.cos(2 * math.pi * hz / self.rate)
        s1 = s2 = 0.0
        for n, v in enumerate(chunk):
            window = 0.5 - 0.5 * math.cos(2 * math.pi * n / max(len(chunk) - 1, 1))
            s0 = v * window + coeff * s1 - s2
            s2, s1 = s1, s0
        return s1 * s1 + s2 * s2 - coeff * s1 * s2


@dataclass
class Recorder:
    """``parec`` on the null sink's monitor, read in a thread that notes when each
    chunk arrives. The monitor runs continuously, so sample time is linear: the
    earliest (arrival - samples so far / rate) is the best estimate of sample 0's time."""

    env: dict[str, str]
    rate: int = RATE
    """Samples per second; the null sink's own rate (44100) keeps clipped samples whole."""
    _data: bytearray = field(default_factory=bytearray)
    _marks: list[tuple[float, int]] = field(default_factory=list)

    def __enter__(self) -> Recorder:
        self._process = subprocess.Popen(
            [
                "parec",
                "-d",
                "cap.monitor",
                "--format=s16le",
                f"--rate={self.rate}",
                "--channels=1",
                "--latency-msec=5",
            ],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._marks and time.monotonic() < deadline:
            time.sleep(0.01)
        if not self._marks:
            raise RuntimeError("parec recorded nothing within 10 s")
        return self

    def _read(self) -> None:
        fd = self._process.stdout.fileno()  # type: ignore[union-attr]
        while chunk := os.read(fd, 4096):
            self._data += chunk
            self._marks.append((time.monotonic(), len(self._data) // 2))

    def __exit__(self, *exc: object) -> None:
        self._process.terminate()
        self._process.wait()
        self._thread.join(5)
        if self._process.stdout:
            self._process.stdout.close()

    def recording(self) -> Recording:
        samples = array.array("h")
        samples.frombytes(bytes(self._data[: len(self._data) // 2 * 2]))
        t0 = min(t - n / self.rate for t, n in self._marks)
        return Recording(samples, t0, self.rate)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
