"""From phase boundary to sound at the sink: how late do cue tones arrive?

Starts a private PulseAudio server with a null sink, records its monitor with parec,
and plays the Hand (LI4) routine through CuePlayer (tones and ticks, no voice) in a
child process at --speed. For every cue (phase start, tick, done) it finds the first
non-silent sample after the boundary and prints p50, p95 and max over all of them.

    python benchmarks/cue_latency.py              # Hand at speed 3: 57 cues, ~40 s
    python benchmarks/cue_latency.py --speed 1    # real time, ~110 s

Prints figures only; it asserts nothing about timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sound.conftest import drive  # noqa: E402
from tests.sound.pulse import PulseServer, Recorder  # noqa: E402
from tests.sound.test_heard import expected_cues  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--speed", type=float, default=3.0)
    args = parser.parse_args()
    server = PulseServer()
    server.start()
    try:
        with Recorder(server.env) as recorder:
            log = drive(
                server,
                Path(tempfile.mkdtemp()),
                "hand.yaml",
                "--speed",
                str(args.speed),
                "--engine",
                "",
                timeout=600,
            )
        rec = recorder.recording()
    finally:
        server.stop()
    latencies, missing = [], 0
    for at, _sound in expected_cues(log, ticks=True):
        onset = rec.onset(at, 0.2)
        if onset is None:
            missing += 1
        else:
            latencies.append(max(onset - at, 0.0) * 1000)
    latencies.sort()
    p95 = latencies[min(round(0.95 * (len(latencies) - 1)), len(latencies) - 1)]
    print(f"cues: {len(latencies)} heard, {missing} not heard within 200 ms (speed {args.speed:g})")
    print(
        f"boundary -> first non-silent sample: p50 {statistics.median(latencies):.1f} ms, "
        f"p95 {p95:.1f} ms, max {latencies[-1]:.1f} ms"
    )
    print(f"longest event-loop gap in the player process: {log['max_loop_gap'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
