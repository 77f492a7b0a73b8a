"""How late do phase boundaries arrive? acutimer's runner against a naive tick counter.

Runs a real-time timeline (3 s press / 2 s release, 60 s by default) through
SessionRunner offscreen and, in the same event loop, the classic "QTimer(1000) and
decrement a counter" countdown over the same phases. Prints p50/p99/max lateness of
the phase boundaries against their ideal times and the final drift, then the CPU used
by a session counting down on its own.

    python benchmarks/drift.py                 # 60 s each part
    python benchmarks/drift.py --hog 2         # with two busy processes beside it
    python benchmarks/drift.py --seconds 20    # shorter

Prints figures only; it asserts nothing about timing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from acutimer.core.events import Event, PhaseStarted, SessionEnded
from acutimer.core.routine import PhaseKind
from acutimer.core.session import Session
from acutimer.core.sides import Side
from acutimer.core.timeline import Cue, Phase, Timeline, TimelineStep
from acutimer.qt.runner import SessionRunner


def press_release_timeline(total: float) -> Timeline:
    phases: list[Phase] = []
    clock = 0.0
    cue = Cue("press", "", "")
    while clock < total:
        for kind, seconds in ((PhaseKind.PRESS, 3.0), (PhaseKind.RELEASE, 2.0)):
            phases.append(
                Phase(len(phases), clock, seconds, kind, "LI4", Side.LEFT, 0, 1, 1, "", cue)
            )
            clock += seconds
    step = TimelineStep(0, "bench", "LI4", Side.LEFT, "", False, 0.0, clock, 0, len(phases))
    return Timeline("bench", "bench", (step,), tuple(phases))


def hog() -> None:
    while True:
        pass


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(round(q * (len(ordered) - 1)), len(ordered) - 1)]


def report(name: str, lateness: list[float], drift: float) -> None:
    ms = [x * 1000 for x in lateness]
    print(
        f"{name:<28} boundaries={len(ms):3d}  p50={statistics.median(ms):7.2f} ms  "
        f"p99={percentile(ms, 0.99):7.2f} ms  max={max(ms):7.2f} ms  "
        f"final drift={drift * 1000:8.2f} ms"
    )


def drift_run(app: QCoreApplication, seconds: float) -> None:
    timeline = press_release_timeline(seconds)
    ideal = [p.start for p in timeline.phases[1:]] + [timeline.seconds]

    ours: list[float] = []
    runner = SessionRunner(Session(timeline))
    origin = time.monotonic()
    ended: list[float] = []

    def on_events(events: list[Event]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                ours.append(time.monotonic() - origin)
            elif isinstance(event, SessionEnded):
                ended.append(time.monotonic() - origin)

    runner.events_happened.connect(on_events)

    # The naive countdown: one tick a second, decrementing what is left.
    naive: list[float] = []
    durations = [p.seconds for p in timeline.phases]
    state = {"index": 0, "left": int(durations[0])}
    ticker = QTimer()
    ticker.setInterval(1000)

    def on_tick() -> None:
        state["left"] -= 1
        if state["left"] <= 0:
            naive.append(time.monotonic() - origin)
            state["index"] += 1
            if state["index"] == len(durations):
                ticker.stop()
                return
            state["left"] = int(durations[state["index"]])

    ticker.timeout.connect(on_tick)
    runner.start()
    ticker.start()
    done = QTimer()
    done.setTimerType(Qt.TimerType.PreciseTimer)
    done.timeout.connect(lambda: app.quit() if ended and not ticker.isActive() else None)
    done.start(200)
    app.exec()

    ours_boundaries = ours[1:] + ended
    report(
        "acutimer SessionRunner",
        [a - b for a, b in zip(ours_boundaries, ideal, strict=True)],
        ended[0] - timeline.seconds,
    )
    report(
        "naive QTimer(1000) counter",
        [a - b for a, b in zip(naive, ideal, strict=True)],
        naive[-1] - timeline.seconds,
    )


def cpu_run(app: QCoreApplication, seconds: float) -> None:
    timeline = press_release_timeline(seconds)
    runner = SessionRunner(Session(timeline))
    runner.state_changed.connect(lambda _s: app.quit() if runner.session.summary else None)
    wall0, cpu0 = time.monotonic(), time.process_time()
    runner.start()
    app.exec()
    wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    print(f"CPU while counting down: {cpu / wall * 100:.3f}% of one core over {wall:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--hog", type=int, default=0, help="busy processes to run beside it")
    parser.add_argument("--skip-cpu", action="store_true")
    args = parser.parse_args()
    hogs = [multiprocessing.Process(target=hog, daemon=True) for _ in range(args.hog)]
    for process in hogs:
        process.start()
    app = QCoreApplication(sys.argv[:1])
    print(
        f"{os.cpu_count()} cores, {args.hog} busy processes beside it, {args.seconds:g} s timeline"
    )
    drift_run(app, args.seconds)
    for process in hogs:
        process.terminate()
    if not args.skip_cpu:
        cpu_run(app, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
