"""How late does speech-dispatcher itself play a phrase? No acutimer: a plain SSIP client.

For each round a private PulseAudio server (null sink, recorded at its monitor) and a
fresh speech-dispatcher are started; a client says one silent warm-up word (volume
-100, as acutimer does), waits, then says "Press." a few times, a few seconds apart,
noting when speech-dispatcher answered 701 BEGIN for each. Printed: per phrase, the time
from handing it over to BEGIN, and from handing it over to the first sample above
silence at the sink; then the median and the worst. Run it beside busy processes
(``--hog 2``) to see what a loaded machine does to speech-dispatcher's own audio path.

    python benchmarks/speech_lag.py                 # 5 rounds of 3 phrases, ~1.5 min
    python benchmarks/speech_lag.py --hog 2 --rounds 10

Prints figures only; it asserts nothing. The fault tests' bound for hearing a phrase
(tests/sound/test_speech_faults.py, SPOKEN_WITHIN) rests on these figures.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sound.pulse import PulseServer, Recorder  # noqa: E402

PHRASE = "Press."
VOLUME = -47
"""The SSIP volume acutimer uses at its default volume setting."""


class Client:
    """A blocking SSIP client: one command, its reply; BEGIN events noted as they pass."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.connect(str(path))
        self.file = self.sock.makefile("rwb", buffering=0)
        self.begins: dict[str, float] = {}

    def _message(self) -> tuple[int, list[str]]:
        """One reply or event (its ``NNN-`` lines and the ``NNN `` line ending it)."""
        lines = []
        while True:
            line = self.file.readline().decode().rstrip("\r\n")
            lines.append(line[4:])
            if line[3] == " ":
                code = int(line[:3])
                if code == 701:
                    self.begins[lines[0]] = time.monotonic()
                return code, lines

    def command(self, line: str) -> list[str]:
        self.file.write(line.encode() + b"\r\n")
        while True:
            code, lines = self._message()
            if not 700 <= code < 800:
                return lines

    def say(self, text: str) -> tuple[str, float]:
        self.command("SPEAK")
        at = time.monotonic()
        return self.command(f"{text}\r\n.")[0], at

    def begun(self, message: str, timeout: float) -> float | None:
        """When speech-dispatcher began ``message`` (waiting up to ``timeout``)."""
        self.sock.settimeout(timeout)
        try:
            while message not in self.begins:
                self._message()
        except TimeoutError:
            return None
        finally:
            self.sock.settimeout(None)
        return self.begins[message]


def one_round(phrases: int, gap: float) -> list[tuple[float | None, float | None]]:
    pulse = PulseServer()
    pulse.start()
    try:
        with Recorder(pulse.env) as recorder:
            pulse.start_speech_dispatcher()
            client = Client(pulse.runtime / "speech-dispatcher" / "speechd.sock")
            client.command("SET self CLIENT_NAME user:acutimer:lag")
            client.command("SET self NOTIFICATION BEGIN on")
            client.command("SET self PRIORITY message")
            client.command("SET self VOLUME -100")
            client.say("a")
            time.sleep(gap)
            client.command(f"SET self VOLUME {VOLUME}")
            said = []
            for _ in range(phrases):
                message, at = client.say(PHRASE)
                said.append((at, client.begun(message, gap)))
                time.sleep(max(gap - (time.monotonic() - at), 0))
        recording = recorder.recording()
    finally:
        pulse.stop()
    out = []
    for at, begun in said:
        onset = recording.onset(at, gap)
        out.append((begun - at if begun else None, onset - at if onset else None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--phrases", type=int, default=3)
    parser.add_argument("--gap", type=float, default=3.0, help="seconds between phrases")
    parser.add_argument("--hog", type=int, default=0, help="busy processes beside it")
    args = parser.parse_args()
    hogs = [subprocess.Popen(["yes"], stdout=subprocess.DEVNULL) for _ in range(args.hog)]
    begins: list[float] = []
    onsets: list[float] = []
    missing = 0
    try:
        print(f"{args.rounds} rounds of {args.phrases} phrases, {args.hog} busy processes")
        print("round  handed over -> BEGIN, -> heard (s)")
        for n in range(1, args.rounds + 1):
            row = one_round(args.phrases, args.gap)
            cells = []
            for begun, heard in row:
                cells.append(
                    f"{begun:.2f}/{heard:.2f}"
                    if begun is not None and heard is not None
                    else f"{begun or float('nan'):.2f}/-"
                )
                if begun is not None:
                    begins.append(begun)
                if heard is None:
                    missing += 1
                else:
                    onsets.append(heard)
            print(f"{n:5}  {'  '.join(cells)}", flush=True)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    if begins and onsets:
        print(
            f"BEGIN: median {statistics.median(begins):.2f} s, worst {max(begins):.2f} s; "
            f"heard: median {statistics.median(onsets):.2f} s, worst {max(onsets):.2f} s; "
            f"not heard within {args.gap:.0f} s: {missing}; load {load}"
        )


if __name__ == "__main__":
    main()
