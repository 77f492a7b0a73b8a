"""How loud the voice, the phase tones and the ticks are at the speakers, at several volumes.

Starts a private PulseAudio server with a null sink, records its monitor at 44.1 kHz,
and plays the first 25 s of the Hand (LI4) routine through CuePlayer twice per volume
setting: once with tones and ticks only, once with the voice only (real
speech-dispatcher and espeak-ng). It prints, in dBFS:

- each kind's RMS over its body: the mean power of its 10 ms frames that are within
  20 dB of its loudest frame (the quiet tail of a bell and the silence between words do
  not count), averaged over every tone, tick or phrase heard;
- the voice's peak and the number of samples at full scale (clipped).

    python benchmarks/loudness.py                  # volumes 100, 60, 30: ~3 min
    python benchmarks/loudness.py --volumes 100

Goals: the voice within 3 dB of the phase tones, no sample at full scale at any volume,
ticks softer than the phase tones by the set amount (tools/make_sounds.py TICK_BELOW).
Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sound.conftest import drive  # noqa: E402
from tests.sound.pulse import PulseServer, Recorder, Recording  # noqa: E402
from tests.sound.test_heard import expected_cues  # noqa: E402

RATE = 44100
FULL_SCALE = 32767
FRAME = 0.01
GATE_DB = 20.0


def frame_powers(rec: Recording, start: float, stop: float) -> list[float]:
    n = round(FRAME * rec.rate)
    lo, hi = max(rec.index(start), 0), min(rec.index(stop), len(rec.samples))
    powers = []
    for i in range(lo, hi - n + 1, n):
        chunk = rec.samples[i : i + n]
        powers.append(sum(v * v for v in chunk) / n)
    return powers


def body(powers: list[float]) -> list[float]:
    """The frames within GATE_DB of the loudest."""
    if not powers or max(powers) == 0:
        return []
    floor = max(powers) * 10 ** (-GATE_DB / 10)
    return [p for p in powers if p >= floor]


def dbfs(power: float) -> float:
    return 10 * math.log10(power / FULL_SCALE**2) if power > 0 else -math.inf


def mean_level(segments: list[list[float]]) -> float:
    frames = [p for seg in segments for p in body(seg)]
    return dbfs(sum(frames) / len(frames)) if frames else -math.inf


def record(server: PulseServer, *args: str) -> tuple[dict, Recording]:
    with Recorder(server.env, rate=RATE) as recorder:
        log = drive(server, Path(tempfile.mkdtemp()), "hand.yaml", *args, timeout=300)
    return log, recorder.recording()


def measure(server: PulseServer, volume: int, seconds: float) -> dict[str, float]:
    common = ["--speed", "1", "--volume", str(volume), "--stop-after", str(seconds)]
    log, rec = record(server, *common, "--engine", "", "--tones", "1", "--ticks", "1")
    tones, ticks = [], []
    for at, sound in expected_cues(log, ticks=True):
        onset = rec.onset(at, 0.2)
        if onset is None or at > log["started"] + seconds - 1:
            continue
        length = 0.12 if sound == "tick" else 0.6
        (ticks if sound == "tick" else tones).append(frame_powers(rec, onset, onset + length))
    log, rec = record(
        server, *common, "--tones", "0", "--voice", "1", "--ticks", "0", "--wait-voice", "20"
    )
    phrases, peak, clipped = [], 0, 0
    cue_times = sorted(b[0] for b in log["boundaries"])
    for at, _text in log["said"]:
        onset = rec.onset(at, 0.5)
        if onset is None:
            continue
        later = [t for t in cue_times if t > at + 0.05]
        end = rec.last_sound(onset, later[0] if later else onset + 5) or onset
        phrases.append(frame_powers(rec, onset, end))
        span = rec.samples[rec.index(onset) : rec.index(end)]
        peak = max([peak, *(abs(v) for v in span)])
        clipped += sum(1 for v in span if abs(v) >= FULL_SCALE)
    return {
        "tone": mean_level(tones),
        "tick": mean_level(ticks),
        "voice": mean_level(phrases),
        "voice_peak": 20 * math.log10(peak / FULL_SCALE) if peak else -math.inf,
        "clipped": clipped,
        "phrases": len(phrases),
        "tones": len(tones),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--volumes", type=int, nargs="+", default=[100, 60, 30])
    parser.add_argument("--seconds", type=float, default=25.0)
    args = parser.parse_args()
    server = PulseServer()
    server.start()
    rows = []
    try:
        for volume in args.volumes:
            rows.append((volume, measure(server, volume, args.seconds)))
    finally:
        server.stop()
    print(f"RMS over each sound's body (frames within {GATE_DB:.0f} dB of its loudest), dBFS")
    print("volume  phase tone   tick (vs tone)   voice (vs tone)   voice peak  clipped  heard")
    for volume, m in rows:
        print(
            f"{volume:>6}  {m['tone']:10.1f}  {m['tick']:5.1f} ({m['tick'] - m['tone']:+5.1f})"
            f"   {m['voice']:6.1f} ({m['voice'] - m['tone']:+5.1f})   {m['voice_peak']:10.1f}"
            f"  {m['clipped']:7d}  {m['tones']} tones, {m['phrases']} phrases"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
