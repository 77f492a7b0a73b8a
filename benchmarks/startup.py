"""Start-up time and memory: acutimer's window against a bare PySide6 QMainWindow.

Each run is a fresh process. First paint: from just before the process is spawned to
the first Paint event of the window. Interactive (acutimer): from spawn to the routine
list showing its routines and answering a key (a Down arrow moves the selection), with
the real voice: speech-dispatcher, not yet running (a private XDG_RUNTIME_DIR per run,
so each run starts it, the slowest case). Memory: the process's peak RSS after the
window is up and (for acutimer) a session has run for a moment at speed 20.

    python benchmarks/startup.py              # 7 runs each, offscreen
    python benchmarks/startup.py --runs 3
    python benchmarks/startup.py --no-voice   # the same without speech, for comparison
    LANGUAGE=de python benchmarks/startup.py  # in German (a translation installed)

Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NO_VOICE = False


def child(kind: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                QTimer.singleShot(0, after_paint)
            return False

    if kind == "bare":
        window = QMainWindow()
        window.resize(1100, 760)
    else:
        # What `acutimer` does: the window frame first, everything else once it painted.
        # Through acutimer.app, as the command imports them.
        from acutimer.app import MainWindow, Settings
        from acutimer.qt import language

        settings = Settings.at(Path(tempfile.mkdtemp()) / "settings.ini")
        settings.safety_seen = True
        language.start(settings.language)  # as acutimer.app.run does: the desktop's language
        window = MainWindow(settings, speed=20)
    spy = FirstPaint()
    # On the window, not the application: the window gets the first Paint of each
    # repaint, before its children. An application-wide Python filter is itself a cost
    # the app never pays: it hands Python every event of every object, Qt's private ones
    # too, and to wrap the QAnimationTimer behind QMainWindow's layout animation PySide6
    # first builds the enums of some 180 lazily loaded types: 30-40 ms before the first
    # paint, paid only by a window with children.
    window.installEventFilter(spy)

    answered: list[float] = []

    def after_paint() -> None:
        if kind == "bare":
            QTimer.singleShot(1500, finish)
            return
        from acutimer.app import load_window

        load_window(window)  # as acutimer.app.run does right after the first paint
        poll = QTimer(window)
        poll.setTimerType(Qt.TimerType.PreciseTimer)

        def try_key() -> None:
            picker = getattr(window, "picker", None)
            if picker is None or picker.list.count() < 2:
                return
            poll.stop()
            routines = picker.list
            routines.currentRowChanged.connect(lambda _row: answered.append(time.time()))
            routines.setCurrentRow(0)
            answered.clear()
            down = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.postEvent(routines, down)
            QTimer.singleShot(0, start_session)

        poll.timeout.connect(try_key)
        poll.start(2)

    def start_session() -> None:
        if not answered:  # the key is not handled yet
            QTimer.singleShot(2, start_session)
            return
        window.select_routine("hand-li4")
        window.start_selected()  # a running session, for the memory figure
        QTimer.singleShot(1500, finish)

    def finish() -> None:
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ready = answered[0] if answered else 0.0
        print(f"{painted[0]:.6f} {rss_mb:.1f} {ready:.6f}", flush=True)
        if kind != "bare" and window.runner is not None:
            window.runner.stop()  # or closing would ask "Quit acutimer?" first
        if kind != "bare" and window.cues is not None:
            window.cues.close()  # as acutimer.app.run does: ends the speech thread
        app.quit()

    window.show()
    app.exec()


def stop_speech_dispatcher(runtime: Path) -> None:
    """End the speech-dispatcher a run started in its private runtime folder."""
    try:
        pid = int((runtime / "speech-dispatcher/pid/speech-dispatcher.pid").read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
    except (OSError, ValueError, IndexError):
        pass
    shutil.rmtree(runtime, ignore_errors=True)


def measure(kind: str) -> tuple[float, float, float]:
    """(seconds to first paint, peak RSS in MB, seconds to interactive or 0)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_DATA_HOME"] = tempfile.mkdtemp()  # history goes to a scratch folder
    runtime = Path(tempfile.mkdtemp())  # speech-dispatcher is not running there yet
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["ACUTIMER_SPEECH_ENGINE"] = "none" if NO_VOICE else "speechd"
    start = time.time()
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=60,
        ).stdout.split()
    finally:
        stop_speech_dispatcher(runtime)
    ready = float(out[2]) - start if float(out[2]) else 0.0
    return float(out[0]) - start, float(out[1]), ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=["bare", "acutimer"])
    parser.add_argument("--no-voice", action="store_true", help="acutimer without speech")
    args = parser.parse_args()
    global NO_VOICE
    NO_VOICE = args.no_voice
    if args.child:
        child(args.child)
        return 0
    # An installed wheel has its bytecode compiled at install time; do the same for a
    # checkout (PYTHONDONTWRITEBYTECODE may be set), so source compilation is not timed.
    import compileall

    compileall.compile_dir(ROOT / "acutimer", quiet=1)
    results: dict[str, list[tuple[float, float, float]]] = {"bare": [], "acutimer": []}
    for _ in range(args.runs):
        for kind in results:  # interleaved, so both see the same machine state
            results[kind].append(measure(kind))
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    voice = "no voice" if NO_VOICE else "voice: speech-dispatcher, started by each run"
    print(f"{args.runs} runs each, platform {platform}, {os.cpu_count()} cores, {voice}")
    figures = {}
    for kind, runs in results.items():
        times = [t * 1000 for t, _, _ in runs]
        peak = statistics.median(m for _, m, _ in runs)
        figures[kind] = (statistics.median(times), peak)
        print(
            f"{kind:<9} first paint: median {statistics.median(times):6.0f} ms "
            f"(min {min(times):.0f}, max {max(times):.0f})   peak RSS: {peak:6.1f} MB"
        )
    ratio = figures["acutimer"][0] / figures["bare"][0]
    extra = figures["acutimer"][1] - figures["bare"][1]
    print(
        f"acutimer / bare start-up: {ratio:.2f}x   memory: +{extra:.1f} MB with a session running"
    )
    ready = [r * 1000 for _, _, r in results["acutimer"]]
    bare = figures["bare"][0]
    print(
        f"acutimer  interactive: median {statistics.median(ready):6.0f} ms "
        f"(min {min(ready):.0f}, max {max(ready):.0f}), "
        f"{statistics.median(ready) / bare:.2f}x the bare window's first paint"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
