"""Scale: many custom routines and a long history.

Generates, in a temporary home, 500 custom routines (copies of the shipped ones under
new ids) and a history of 2,000 sessions, then measures in fresh processes:

- ``acutimer list --json``: process spawn to exit, with the routine cache cold (first
  run after the files appeared) and warm (the usual case), and with built-ins only;
- the window with those routines: spawn to first paint, spawn to the built-in list
  shown and answering, spawn to the full list, and the longest gap between event-loop
  turns while the user's routines are read in the background;
- the History window: from the click (its module imported, the store opened) to its
  first paint with 2,000 sessions, and a refresh after a session.

    python benchmarks/scale.py             # 5 runs each, offscreen
    python benchmarks/scale.py --runs 3

Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUTINES = 500
SESSIONS = 2000


def make_routines(folder: Path) -> None:
    shipped = [
        p
        for p in sorted((ROOT / "routines").glob("*.yaml"))
        # Routines only: not the point library, not full-session (no includes across
        # folders) and not translations (hand.de.yaml: one suffix more than a routine).
        if p.name not in ("points.yaml", "full-session.yaml") and len(p.suffixes) == 1
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(ROUTINES):
        text = shipped[number % len(shipped)].read_text(encoding="utf-8")
        text = re.sub(r"^id: (.*)$", rf"id: \1-{number}", text, count=1, flags=re.M)
        (folder / f"custom-{number:03d}.yaml").write_text(text, encoding="utf-8")


def make_history(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from datetime import UTC, datetime, timedelta

    from acutimer.core.summary import Ending, SessionSummary
    from acutimer.history.fields import COLUMNS, stored_values
    from acutimer.history.records import SessionRecord
    from acutimer.history.store import HistoryStore

    store = HistoryStore(path)
    store.close()
    import sqlite3

    start = datetime(2021, 1, 1, 8, 0, tzinfo=UTC)
    rows = []
    for number in range(SESSIONS):
        began = start + timedelta(hours=13 * number)
        summary = SessionSummary(
            routine_id="lower-back",
            routine_title="Lower back (BL23, BL52)",
            started_at=began,
            ended_at=began + timedelta(minutes=6),
            active_seconds=330.0,
            steps_total=4,
            steps_completed=4 - number % 3 // 2,
            steps_skipped=number % 3 // 2,
            steps_extended=number % 5 == 0,
            ending=Ending.FINISHED if number % 7 else Ending.STOPPED,
        )
        before = 3 + number % 6
        rows.append(
            stored_values(SessionRecord(summary, before, before - 2, "stiff" * (number % 2)))
        )
    connection = sqlite3.connect(path)
    marks = ", ".join("?" for _ in COLUMNS)
    connection.executemany(f"INSERT INTO sessions ({', '.join(COLUMNS)}) VALUES ({marks})", rows)
    connection.commit()
    connection.close()


# -- children: each run is a fresh process ------------------------------------------


def child_window() -> None:
    """The app as `acutimer` starts it; prints event times relative to its spawn."""
    spawned = float(os.environ["SCALE_SPAWNED"])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from acutimer import app as acutimer_app
    from acutimer.ui.main_window import MainWindow

    figures: dict[str, float] = {}
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = time.time()
        if last[0]:
            gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)

    load = MainWindow.load

    def timed_load(self: MainWindow, *args: object, **kwargs: object) -> None:
        load(self, *args, **kwargs)  # type: ignore[arg-type]
        figures["builtin listed"] = time.time() - spawned
        figures["builtin listed cpu"] = time.process_time()

        def listed() -> None:
            figures["all listed"] = time.time() - spawned
            figures["all listed cpu"] = time.process_time()
            figures["routines"] = len(self.picker.entries)
            figures["longest gap"] = max(gaps, default=0.0)
            QTimer.singleShot(0, QApplication.instance().quit)  # type: ignore[union-attr]

        self.when_listed(listed)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first paint" not in figures:
                figures["first paint"] = time.time() - spawned
            return False

    MainWindow.load = timed_load  # type: ignore[method-assign]
    show = MainWindow.show
    painted = FirstPaint()

    def shown(self: MainWindow) -> None:
        self.installEventFilter(painted)
        show(self)
        heartbeat.start()  # from the window's first showing to the full list

    MainWindow.show = shown  # type: ignore[method-assign]
    acutimer_app.run()
    print(json.dumps(figures))


def child_history() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    started = time.perf_counter()
    from acutimer.history.plan import PlanSettings
    from acutimer.history.store import HistoryStore
    from acutimer.ui.history_window import HistoryWindow

    imported = time.perf_counter()
    cpu = time.process_time()
    store = HistoryStore(Path(os.environ["SCALE_HISTORY"]))
    window = HistoryWindow(store, PlanSettings())
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    deadline = time.perf_counter() + 60
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    shown_cpu = time.process_time() - cpu
    before = time.perf_counter()
    window.refresh()
    app.processEvents()
    refreshed = time.perf_counter() - before
    print(
        json.dumps(
            {
                "import": imported - started,
                "open and show": painted[0] - imported,
                "open and show cpu": shown_cpu,
                "refresh": refreshed,
                "rows": window.table.model().rowCount(),
            }
        )
    )


# -- the parent -------------------------------------------------------------------


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "ACUTIMER_SPEECH_ENGINE": "none",
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={home}/no-bus",
        "PULSE_SERVER": "unix:/nonexistent/acutimer-benchmark",
        "PYTHONPATH": str(ROOT),
    }


def time_list(env: dict[str, str], *, cold: Path | None = None) -> tuple[float, float]:
    """Wall time from spawn to exit, and the CPU time (user + system) the process used."""
    if cold is not None:
        shutil.rmtree(cold, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "acutimer", "list", "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def run_child(kind: str, env: dict[str, str]) -> dict[str, float]:
    env = {**env, "SCALE_SPAWNED": repr(time.time())}
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["window", "history"])
    args = parser.parse_args()
    if args.child == "window":
        child_window()
        return
    if args.child == "history":
        child_history()
        return

    with tempfile.TemporaryDirectory(prefix="acutimer-scale-") as folder:
        home = Path(folder)
        (home / "config" / "acutimer").mkdir(parents=True)
        (home / "config" / "acutimer" / "acutimer.conf").write_text("[app]\nsafety_seen=true\n")
        env = _env(home)
        cache = home / "cache"

        bare = [time_list({**env, "XDG_DATA_HOME": str(home / "empty")}) for _ in range(args.runs)]
        make_routines(home / "data" / "acutimer" / "routines")
        cold = [time_list(env, cold=cache) for _ in range(args.runs)]
        warm = [time_list(env) for _ in range(args.runs)]
        print(f"acutimer list --json, {args.runs} runs each (median wall, max wall, median CPU):")
        for name, runs in (
            ("built-in only", bare),
            (f"{ROUTINES} custom, cold cache", cold),
            (f"{ROUTINES} custom, warm cache", warm),
        ):
            walls = [w for w, _ in runs]
            cpu = statistics.median(c for _, c in runs)
            print(
                f"  {name:<28} {statistics.median(walls):.3f} s   {max(walls):.3f} s"
                f"   {cpu:.3f} s CPU"
            )

        empty = {**env, "XDG_DATA_HOME": str(home / "empty")}
        for label, scenario, clear in (
            ("no custom routines", empty, False),
            (f"{ROUTINES} custom routines, cold cache", env, True),
            (f"{ROUTINES} custom routines, warm cache", env, False),
        ):
            runs = []
            for _ in range(args.runs):
                if clear:
                    shutil.rmtree(cache, ignore_errors=True)
                runs.append(run_child("window", scenario))
            print(f"window with {label} (median of {args.runs}):")
            print(f"  spawn to first paint          {median_of(runs, 'first paint'):.3f} s")
            print(
                f"  spawn to built-ins listed     {median_of(runs, 'builtin listed'):.3f} s"
                f" ({median_of(runs, 'builtin listed cpu'):.3f} s of CPU)"
            )
            print(
                f"  spawn to all {runs[0]['routines']:.0f} listed      "
                f"{median_of(runs, 'all listed'):.3f} s"
                f" ({median_of(runs, 'all listed cpu'):.3f} s of CPU)"
            )
            print(
                "  longest event-loop gap while your routines are read  "
                f"{median_of(runs, 'longest gap') * 1000:.0f} ms"
            )

        history = home / "history.sqlite3"
        make_history(history)
        env["SCALE_HISTORY"] = str(history)
        runs = [run_child("history", env) for _ in range(args.runs)]
        print(f"History window with {SESSIONS} sessions (median of {args.runs}):")
        print(f"  importing its module (first opening only)  {median_of(runs, 'import'):.3f} s")
        print(
            "  opening the store and showing the window   "
            f"{median_of(runs, 'open and show'):.3f} s "
            f"({median_of(runs, 'open and show cpu'):.3f} s of CPU)"
        )
        print(f"  refresh after a session                    {median_of(runs, 'refresh'):.3f} s")
    print(f"(load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
