"""Render every screen of the app into docs/screenshots/, for the README and for review.

    python tools/screenshots.py                  every size and theme (starts Xvfb + openbox)
    python tools/screenshots.py --only 1366x768  one size
    python tools/screenshots.py --render DIR [--dark]   into DIR, on the current $DISPLAY
    python tools/screenshots.py --language de    the German UI, into docs/screenshots/de/

Each size runs on its own Xvfb screen with the openbox window manager, so windows get
real frames, are placed and sized by a window manager, and full screen is real:
1920x1080, 1366x768 (the most common laptop screen) and 1920x1080 at QT_SCALE_FACTOR=2
(960x540 logical pixels), each in a light and a dark palette. A fake clock drives the
sessions, so every run shows the same moments. The shots are cut to each window's frame
(lying-down mode is the whole screen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from inspect import signature
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {
    "1920x1080": ("1920x1080", "1"),
    "1366x768": ("1366x768", "1"),
    "2x": ("1920x1080", "2"),
}
"""Name: (Xvfb screen, QT_SCALE_FACTOR)."""
DEFAULT_DISPLAY = 99


# -- the driver: one Xvfb + openbox per size --------------------------------------------


def run_all(out: Path, sizes: list[str], display: int, lang: str = "en") -> int:
    for name in sizes:
        screen, scale = SIZES[name]
        xvfb = subprocess.Popen(
            ["Xvfb", f":{display}", "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wm = None
        try:
            env = dict(os.environ, DISPLAY=f":{display}", QT_SCALE_FACTOR=scale)
            env.pop("QT_QPA_PLATFORM", None)
            env.pop("WAYLAND_DISPLAY", None)
            _wait_for_display(env)
            wm = subprocess.Popen(
                ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(1.0)  # openbox takes the screen before the first window maps
            for theme in ("light", "dark"):
                target = out / name / theme
                args = [sys.executable, __file__, "--render", str(target), "--language", lang]
                args += ["--dark"] if theme == "dark" else []
                print(f"{name} {theme} ...", flush=True)
                subprocess.run(args, env=env, check=True)
                shrink(target)
        finally:
            for process in (wm, xvfb):
                if process is not None:
                    process.terminate()
                    process.wait(10)
    return 0


def shrink(folder: Path) -> None:
    """256 colours, undithered: a screen of flat colours and text looks the same at a
    third of the size, which matters for files kept in git (ImageMagick, if present)."""
    convert = shutil.which("convert")
    if convert is None:
        return
    for png in sorted(folder.glob("*.png")):
        subprocess.run(
            [convert, str(png), "-dither", "None", "-colors", "256", f"PNG8:{png}"], check=True
        )


def _wait_for_display(env: dict[str, str]) -> None:
    for _ in range(50):
        probe = subprocess.run(["xdpyinfo"], env=env, capture_output=True)
        if probe.returncode == 0:
            return
        time.sleep(0.1)
    raise SystemExit(f"Xvfb did not start on {env['DISPLAY']}")


# -- the renderer: every state, on the current display -----------------------------------


def render(out: Path, dark: bool, lang: str = "en") -> int:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from acutimer import paths
    from acutimer.core.catalogue import scan
    from acutimer.core.points import load_points
    from acutimer.core.routine import PhaseKind
    from acutimer.history.plan import PlanSettings
    from acutimer.history.store import HistoryStore
    from acutimer.identity import APP_ID, APP_NAME, DISPLAY_NAME
    from acutimer.qt.settings import Settings
    from acutimer.ui.icons import app_icon
    from acutimer.ui.main_window import MainWindow
    from tools.history_screenshot import FIRST, TZ, fill

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if dark:
        dark_palette(app)
    from acutimer.qt import language

    language.install(lang)  # as acutimer/app.py does, before any window
    # The routine and point texts in that language too, where the loaders offer it.
    content = {"language": lang} if "language" in signature(load_points).parameters else {}
    home = Path(tempfile.mkdtemp())
    user_routines = home / "routines"
    user_routines.mkdir()
    (user_routines / "my-evening.yaml").write_text(BROKEN_ROUTINE, encoding="utf-8")
    points = load_points(paths.points_file(), **content)
    settings = Settings.at(home / "settings.ini")
    settings.safety_seen = True
    settings.sound = settings.voice = False
    clock = Clock()
    history = HistoryStore(home / "history.sqlite3")
    fill(history)  # made-up weeks for the History window; the sessions below go elsewhere
    window = MainWindow(settings, clock=clock, user_folder=lambda: user_routines)
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), user_routines, **content),
        history=HistoryStore(home / "sessions-run-here.sqlite3"),
    )
    window.show()

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)  # the window manager maps, frames and resizes for real

    def shot(name: str, widget: QWidget | None = None) -> None:
        widget = widget or window
        settle()
        screen = QGuiApplication.primaryScreen()
        frame: QRect = widget.frameGeometry()
        pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        pixmap.save(str(out / f"{name}.png"))

    def wake(seconds: float) -> None:
        """Let ``seconds`` pass on the fake clock, waking the runner as its timer would."""
        runner = window.runner
        assert runner is not None
        end = clock.now + seconds
        while clock.now < end - 1e-9 and runner.timer.isActive():
            clock.now = min(end, clock.now + runner.timer.interval() / 1000)
            runner.on_timeout()
        clock.now = max(clock.now, end)

    def start(routine_id: str) -> None:
        window.select_routine(routine_id)
        window.start_selected()

    def go_to_kind(kind: PhaseKind, into: float = 3.2) -> None:
        runner = window.runner
        assert runner is not None
        phase = next(p for p in runner.session.timeline.phases if p.kind is kind)
        runner.jump(phase.step)
        wake(phase.start - runner.session.timeline.steps[phase.step].start + into)

    def stop() -> None:
        if window.runner is not None and window.runner.session.under_way:
            window.runner.stop()
            window.end_screen.done.emit()

    window.select_routine("hand-li4")
    shot("picker")
    window.select_routine("my-evening")
    shot("broken-routine")

    start("hand-li4")
    wake(2)
    shot("prepare")
    wake(10 + 15 - 2 + 3.2)  # round 2 of the first hand, 3.2 s into the press
    shot("session")
    window.runner.pause()
    shot("paused")
    window.runner.resume()
    wake(7.5)
    shot("release")
    wake(55 - (10 + 15 + 3.2 + 7.5) + 2)
    shot("switch")
    clock.now += 30  # the machine slept: the session pauses itself at the boundary
    window.runner.on_timeout()
    shot("long-gap")
    window.runner.resume()
    window.actions_["lying_down"].setChecked(True)
    settle(800)
    shot("lying-down")
    window.actions_["lying_down"].setChecked(False)
    settle(800)
    wake(200)
    shot("end")
    window.end_screen.done.emit()

    start("forearm-lu6")
    go_to_kind(PhaseKind.REST, 10)
    shot("rest")
    timeline = window.runner.session.timeline
    window.runner.jump(len(timeline.steps) - 2)
    window.runner.skip()  # to the optional ice: it waits for a choice
    shot("optional-choice")
    window.runner.toggle()  # Space: do it
    wake(62)
    shot("ice")
    stop()

    start("buttocks")
    go_to_kind(PhaseKind.HOLD)
    shot("hold")
    stop()
    start("feet-soles")
    go_to_kind(PhaseKind.MASSAGE)
    shot("massage")
    stop()
    window.select_routine("hand-li4")

    from acutimer.ui.history_window import HistoryWindow

    history_window = HistoryWindow(
        history,
        PlanSettings(settings.plan_per_week),
        tz=TZ,
        now=lambda: FIRST + timedelta(days=18, hours=12),
    )
    history_window.show()
    shot("history", history_window)
    history_window.close()

    from acutimer.ui.settings_dialog import SettingsDialog

    settings.sound = settings.voice = True  # as a new user finds them
    dialog = SettingsDialog(settings, window, voice_available=True, test_cue=lambda *_: None)
    dialog.add_reminders(None)  # as the running app shows it
    dialog.show()
    shot("settings", dialog)
    dialog.close()
    window.close()
    print(f"wrote {len(list(out.glob('*.png')))} screenshots to {out}")
    return 0


BROKEN_ROUTINE = """\
format: 1
id: my-evening
title: My evening routine
summary: Hand and knees before bed.
audience: Me.
steps:
  - title: Union Valley
    point: LI44
    side: each
    phases:
      - {kind: press, seconds: 10}
      - {kind: squeeze, seconds: 5}
"""
"""A custom routine with more than one mistake, as a person might write it."""


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def dark_palette(app: object) -> None:
    """What a desktop in dark mode hands the app (Fusion with a dark palette)."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")  # type: ignore[attr-defined]
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    app.setPalette(palette)  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render", type=Path, help="render into this folder on $DISPLAY")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", choices=sorted(SIZES), action="append")
    parser.add_argument("--display", type=int, default=DEFAULT_DISPLAY)
    parser.add_argument("--language", default="en", help="the UI language (default en)")
    args = parser.parse_args()
    if args.render:
        return render(args.render, args.dark, args.language)
    for tool in ("Xvfb", "openbox", "xdpyinfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (Debian: xvfb openbox x11-utils)")
    out = ROOT / "docs" / "screenshots"
    out = out / args.language if args.language != "en" else out
    return run_all(out, args.only or list(SIZES), args.display, args.language)


if __name__ == "__main__":
    sys.exit(main())
