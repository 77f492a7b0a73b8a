"""How long `acutimer pause` and `acutimer status` take, start to exit, as a shortcut runs them.

Starts a private session bus and a real acutimer (offscreen, Hand (LI4) running), then
times N runs of each command, and beside them what the time is made of: a bare Python
start, dbus-send (a C client) making the same call, and Python importing QtDBus and
connecting (the client's cost when it used QtDBus instead of jeepney).

    python benchmarks/remote_cli.py            # 20 runs each, ~30 s
    python benchmarks/remote_cli.py --runs 50

Prints figures only; it asserts nothing about timing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.dbus.running_app import App, open_folder  # noqa: E402
from tests.dbus.services import PrivateBus  # noqa: E402


def timed(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    folder = open_folder()
    bus = PrivateBus(folder)
    app = App(bus, Path(tempfile.mkdtemp()) / "home")
    try:
        app.start("--routine", "hand-li4", "--start")
        python = [sys.executable]
        acutimer = [*python, "-m", "acutimer"]
        dbus_send = [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=io.github.acutimer.Acutimer",
            "/io/github/acutimer/Acutimer",
            "io.github.acutimer.Acutimer.Session.Status",
        ]
        cases = {
            "acutimer status": [*acutimer, "status"],
            "acutimer status --json": [*acutimer, "status", "--json"],
            "acutimer toggle (pause/resume)": [*acutimer, "toggle"],
            "python -c pass": [*python, "-c", "pass"],
            # What the client cost when it used QtDBus (before jeepney), for comparison:
            "python: import QtDBus + connect": [
                *python,
                "-c",
                "from PySide6.QtCore import QCoreApplication;"
                "from PySide6.QtDBus import QDBusConnection;"
                "a = QCoreApplication([]); QDBusConnection.sessionBus().isConnected()",
            ],
            "dbus-send Status (C client)": dbus_send,
        }
        print(f"{args.runs} runs each, wall time from start to exit (ms)")
        print(f"{'':34} {'p50':>7} {'p95':>7} {'max':>7}")
        for name, command in cases.items():
            times = sorted(t * 1000 for t in timed(command, app.env, args.runs))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"{name:34} {statistics.median(times):7.1f} {p95:7.1f} {times[-1]:7.1f}")
    finally:
        app.stop()
        bus.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
