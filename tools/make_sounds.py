"""Synthesize acutimer's cue sounds into resources/sounds/*.wav (standard library only).

Every sound is built from soft bell-like notes: a few harmonics, each decaying
exponentially, a raised-cosine attack and a raised-cosine fade to exact silence, so no
sound starts or ends with a click. Each sound opens on a pitch of its own (the sound
tests tell them apart by it), and all are scaled to the same short-term loudness (BS.1770
K-weighted, 400 ms windows) except the tick, which is meant to sit 8 LU below the rest.

    python tools/make_sounds.py            # writes resources/sounds/
    python tools/make_sounds.py --check    # exits 1 if the shipped files differ
    python tools/make_sounds.py --report   # prints length, loudness and peak of each

The output is deterministic: the same script writes the same bytes.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
TARGET_LUFS = -20.0
TICK_BELOW = 8.0
SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# Equal-tempered pitches used below (Hz).
F4, G4, A4, B4, C5, D5 = 349.23, 392.00, 440.00, 493.88, 523.25, 587.33
E5, G5, E6 = 659.26, 783.99, 1318.51


@dataclass(frozen=True)
class Note:
    """One bell-like note: ``at`` seconds into the sound, its pitch and relative level."""

    at: float
    hz: float
    level: float = 1.0
    decay: float = 0.18
    """Seconds for the fundamental to fall by 1/e; harmonics fade faster."""


@dataclass(frozen=True)
class Design:
    """A whole sound: its notes, total length, attack time and partial mix."""

    notes: tuple[Note, ...]
    seconds: float
    attack: float = 0.012
    harmonics: tuple[float, ...] = (1.0, 0.28, 0.10)
    """Amplitudes of partials 1, 2, 3: a few soft overtones give a warm, round tone."""
    loudness_offset: float = 0.0


DESIGNS: dict[str, Design] = {
    # Press: a rising fourth, "begin".
    "press": Design((Note(0.0, A4), Note(0.11, D5)), 0.42),
    # Release: the same fourth falling, slower and softer at the start, "let go".
    "release": Design((Note(0.0, D5, decay=0.22), Note(0.14, A4, decay=0.24)), 0.48, attack=0.025),
    # Rest: one low, round note that swells in gently.
    "rest": Design((Note(0.0, F4, decay=0.26),), 0.50, attack=0.035, harmonics=(1.0, 0.15, 0.04)),
    # Next step: a quick rising triad.
    "step": Design((Note(0.0, C5, 0.9), Note(0.07, E5, 0.9), Note(0.14, G5, decay=0.2)), 0.45),
    # Switch side: the same note twice, "this side, that side".
    "switch": Design((Note(0.0, E5, decay=0.1), Note(0.16, E5, decay=0.16)), 0.45),
    # Last seconds: a short, high, quiet pip like a soft wood block.
    "tick": Design(
        (Note(0.0, E6, decay=0.022),),
        0.09,
        attack=0.003,
        harmonics=(1.0, 0.05),
        loudness_offset=-TICK_BELOW,
    ),
    # Halfway through long ice, "check your skin": two soft, slow notes falling a third,
    # with a gentle swell and few overtones, so it reads as a reminder, not a new step.
    "check": Design(
        (Note(0.0, B4, decay=0.24), Note(0.17, G4, decay=0.26)),
        0.5,
        attack=0.04,
        harmonics=(1.0, 0.12, 0.03),
    ),
    # Session done: a slow major arpeggio that rings out.
    "done": Design(
        (
            Note(0.0, G4, decay=0.5),
            Note(0.16, C5, decay=0.5),
            Note(0.32, E5, decay=0.55),
            Note(0.48, G5, decay=0.6),
        ),
        1.6,
        attack=0.02,
    ),
}


def render(design: Design) -> list[float]:
    """The sound as floats in -1..1 before loudness scaling."""
    n = round(design.seconds * RATE)
    out = [0.0] * n
    for note in design.notes:
        start = round(note.at * RATE)
        attack = max(round(design.attack * RATE), 1)
        for k, amp in enumerate(design.harmonics, start=1):
            hz = note.hz * k
            if hz >= RATE / 2:
                continue
            decay = note.decay / k**0.7
            w = 2 * math.pi * hz / RATE
            for i in range(n - start):
                t = i / RATE
                env = math.exp(-t / decay)
                if i < attack:
                    env *= 0.5 - 0.5 * math.cos(math.pi * i / attack)
                out[start + i] += note.level * amp * env * math.sin(w * i)
    # A raised-cosine fade over the last 40 ms ends every sound at exactly zero.
    fade = min(round(0.04 * RATE), n)
    for i in range(fade):
        out[n - fade + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / fade)
    return out


# -- loudness (ITU-R BS.1770 K-weighting, no gating: these sounds are short) ----------


def _biquad(
    samples: list[float], b: tuple[float, float, float], a: tuple[float, float]
) -> list[float]:
    x1 = x2 = y1 = y2 = 0.0
    out = []
    for x in samples:
        y = b[0] * x + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2
        x2, x1, y2, y1 = x1, x, y1, y
        out.append(y)
    return out


def _k_weight(samples: list[float], rate: int) -> list[float]:
    # The two BS.1770 stages designed for any rate (the published coefficients are 48 kHz).
    gain_db, shelf_hz, shelf_q = 4.0, 1681.97, 0.7072
    k = math.tan(math.pi * shelf_hz / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / shelf_q + k * k
    shelf_b = (
        (vh + vb * k / shelf_q + k * k) / a0,
        2 * (k * k - vh) / a0,
        (vh - vb * k / shelf_q + k * k) / a0,
    )
    shelf_a = (2 * (k * k - 1) / a0, (1 - k / shelf_q + k * k) / a0)
    hp_hz, hp_q = 38.14, 0.5003
    k = math.tan(math.pi * hp_hz / rate)
    a0 = 1 + k / hp_q + k * k
    hp_b = (1.0, -2.0, 1.0)
    hp_a = (2 * (k * k - 1) / a0, (1 - k / hp_q + k * k) / a0)
    return _biquad(_biquad(samples, shelf_b, shelf_a), hp_b, hp_a)


def loudness(samples: list[float], rate: int = RATE) -> float:
    """Loudest 400 ms window (BS.1770 momentary loudness), in LUFS; shorter sounds are
    measured over their whole length, since a pip is not made quieter by the silence
    around it."""
    weighted = _k_weight(samples, rate)
    window = min(round(0.4 * rate), len(weighted))
    hop = max(round(0.01 * rate), 1)
    squares = [v * v for v in weighted]
    best = sum(squares[:window])
    for start in range(hop, len(squares) - window + 1, hop):
        running = sum(squares[start : start + window])
        best = max(best, running)
    mean = best / window
    return -0.691 + 10 * math.log10(mean) if mean > 0 else -math.inf


def peak_db(samples: list[float]) -> float:
    peak = max(abs(v) for v in samples)
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def build(name: str) -> list[float]:
    """The finished sound ``name``: rendered and scaled to its loudness target."""
    design = DESIGNS[name]
    raw = render(design)
    gain_db = TARGET_LUFS + design.loudness_offset - loudness(raw)
    gain = 10 ** (gain_db / 20)
    return [v * gain for v in raw]


def wav_bytes(samples: list[float]) -> bytes:
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(v * 32767)))) for v in samples)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def read_wav(path: Path) -> tuple[list[float], int]:
    """Samples (-1..1) and rate of a 16-bit mono WAV."""
    with wave.open(str(path), "rb") as src:
        if src.getsampwidth() != 2 or src.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono")
        raw = src.readframes(src.getnframes())
        rate = src.getframerate()
    count = len(raw) // 2
    return [v / 32767 for v in struct.unpack(f"<{count}h", raw)], rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=SOUNDS_DIR)
    parser.add_argument("--check", action="store_true", help="compare with the files in --out")
    parser.add_argument("--report", action="store_true", help="print each sound's figures")
    args = parser.parse_args(argv)
    stale = []
    for name in DESIGNS:
        samples = build(name)
        data = wav_bytes(samples)
        path = args.out / f"{name}.wav"
        if args.report:
            print(
                f"{name:8} {len(samples) / RATE:5.2f} s  {loudness(samples):6.1f} LUFS  "
                f"peak {peak_db(samples):5.1f} dBFS"
            )
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
        elif not args.report:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    if stale:
        print("out of date: " + ", ".join(str(p) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
