"""CPU used by `acutimer --background` while it waits for a reminder.

    PYTHONPATH=. python benchmarks/background_idle.py [SECONDS]

Starts a private session bus and the background instance (offscreen, private XDG
folders, reminders on), waits until its start-up is over, then reads its CPU time from
/proc/PID/stat over SECONDS (default 60) and prints the figures. Prints, never asserts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.dbus.services import BUS_CONFIG  # noqa: E402  (the tests' private bus)

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def settle(pid: int) -> None:
    """Wait until start-up is over: no CPU used for two seconds in a row (at most 60 s)."""
    deadline = time.monotonic() + 60
    last = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(2)
        now = cpu_seconds(pid)
        if now == last:
            return
        last = now


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        config = home / "config" / "acutimer"
        config.mkdir(parents=True)
        (config / "acutimer.conf").write_text(
            "[app]\nsafety_seen=true\n[reminders]\nenabled=true\ntime=03:00\n", encoding="utf-8"
        )
        (home / "bus.conf").write_text(BUS_CONFIG.format(folder=home), encoding="utf-8")
        bus = subprocess.Popen(
            ["dbus-daemon", f"--config-file={home / 'bus.conf'}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
        }
        app = subprocess.Popen(
            [sys.executable, "-m", "acutimer", "--background"], env=env, cwd=ROOT
        )
        try:
            settle(app.pid)
            start_cpu, start = cpu_seconds(app.pid), time.monotonic()
            time.sleep(seconds)
            used, span = cpu_seconds(app.pid) - start_cpu, time.monotonic() - start
            print(f"background instance, waiting {span:.0f} s for a reminder:")
            print(f"  CPU {used * 1000:.0f} ms ({100 * used / span:.3f} % of one core)")
            print(f"  resident memory {rss_mb(app.pid):.1f} MB")
        finally:
            app.terminate()
            app.wait(10)
            bus.terminate()
            bus.wait(10)
            bus.stdout.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
