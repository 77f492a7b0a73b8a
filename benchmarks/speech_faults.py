"""Does speech ever hold the window? The whole app through a Hand session, per speech fault.

For each case a private PulseAudio server (null sink) and a private speech-dispatcher
folder are made, and the app runs the Hand (LI4) routine from launch to its end through
tests/sound/app_driver.py (voice and tones on), then quits as Ctrl+Q does. Printed per
case: the longest gap between event-loop turns from the first paint to the end (10 ms
heartbeats), the longest gap without the time the GUI thread waited for a CPU (the
app's own stall: see tests/sound/loopwatch.py) and when it was (session seconds, if
over 40 ms), phrases spoken, the time from Ctrl+Q to the process being gone, and the
exit code.

    python benchmarks/speech_faults.py              # speed 2: six cases, ~6 min
    python benchmarks/speech_faults.py --speed 4 --cases frozen killed

Goals: longest gap at most 50 ms in every case; quit within 2 s with code 0.
Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sound.conftest import AppRun, run_app  # noqa: E402
from tests.sound.pulse import PulseServer  # noqa: E402

CASES = {
    "running": "speech-dispatcher already running",
    "absent": "not running yet: the app starts it",
    "slow": "slow to start (4 s)",
    "frozen": "frozen (SIGSTOP) before launch",
    "stopped": "frozen (SIGSTOP) 20 s into the session",
    "killed": "killed (SIGKILL) 20 s into the session",
}


def run_case(case: str, speed: float) -> AppRun:
    server = PulseServer()
    server.start()
    work = Path(tempfile.mkdtemp())
    args = ["--speed", str(speed)]
    env: dict[str, str] = {}
    frozen = None
    try:
        if case in ("running", "frozen"):
            frozen = server.start_speech_dispatcher()
            if case == "frozen":
                os.kill(frozen, signal.SIGSTOP)
        elif case == "slow":
            wrapper = work / "bin" / "speech-dispatcher"
            wrapper.parent.mkdir()
            real = shutil.which("speech-dispatcher")
            wrapper.write_text(f'#!/bin/sh\nsleep 4\nexec {real} "$@"\n')
            wrapper.chmod(0o755)
            env["PATH"] = f"{wrapper.parent}:{server.env['PATH']}"
        elif case in ("stopped", "killed"):
            args += ["--signal", "STOP" if case == "stopped" else "KILL", "--signal-at", "20"]
        return run_app(server, work, *args, timeout=600, **env)
    finally:
        if frozen is not None:
            os.kill(frozen, signal.SIGCONT)
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--speed", type=float, default=2.0)
    parser.add_argument("--cases", nargs="+", choices=list(CASES), default=list(CASES))
    args = parser.parse_args()
    print(
        f"Hand (LI4) at speed {args.speed:g}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'speech-dispatcher':<40} {'longest gap':>11} {'app stall':>10} {'at':>8} {'phrases':>7} "
        f"{'quit':>7} {'code':>4}"
    )
    for case in args.cases:
        run = run_case(case, args.speed)
        log = run.log
        gap, stall = log["max_loop_gap"] * 1000, log["max_stall"] * 1000
        worst = max(log["long_gaps"], key=lambda g: g[1] - g[2], default=None)
        where = (
            f"{worst[0] - log['started']:6.1f} s" if worst and worst[1] - worst[2] > 0.04 else ""
        )
        print(
            f"{CASES[case]:<40} {gap:8.0f} ms {stall:7.0f} ms {where:>8}"
            f" {len(log['said']):7d} {run.quit_seconds:5.2f} s {run.code:4d}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
