"""Render the window's main screens into docs/screenshots/ for the README and for review.

Run it on a real display (or Xvfb), not offscreen, so fonts and styles are the real ones:

    Xvfb :99 -screen 0 1400x1000x24 &  DISPLAY=:99 python tools/screenshots.py

A fake clock drives the session, so every screenshot shows the same moment.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from acutimer import paths  # noqa: E402
from acutimer.core.catalogue import scan  # noqa: E402
from acutimer.core.points import load_points  # noqa: E402
from acutimer.qt.settings import Settings  # noqa: E402
from acutimer.ui.main_window import MainWindow  # noqa: E402


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def advance(window: MainWindow, clock: Clock, seconds: float) -> None:
    """Move the fake clock, waking the runner as its timer would."""
    end = clock.now + seconds
    assert window.runner is not None
    while clock.now < end and window.runner.timer.isActive():
        clock.now = min(end, clock.now + window.runner.timer.interval() / 1000)
        window.runner.on_timeout()


def dark_palette(app: QApplication) -> None:
    """What a desktop in dark mode hands the app (Fusion with a dark palette)."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
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
    app.setPalette(palette)


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("acutimer")
    dark = "--dark" in sys.argv
    if dark:
        dark_palette(app)
        out = out / "dark"
        out.mkdir(exist_ok=True)
    points = load_points(paths.points_file())
    settings = Settings.at(Path(tempfile.mkdtemp()) / "settings.ini")
    settings.safety_seen = True
    clock = Clock()
    window = MainWindow(settings, clock=clock)
    window.load(points, lambda: scan(points, paths.routines_dir(), None))
    window.resize(1200, 800)
    window.show()
    window.select_routine("hand-li4")
    settle(app)
    window.grab().save(str(out / "picker.png"))

    window.start_selected()
    advance(window, clock, 10 + 15 + 3.2)  # round 2 of the first hand, 3.2 s into the press
    settle(app)
    window.grab().save(str(out / "session.png"))

    window.actions_["lying_down"].setChecked(True)
    settle(app)
    window.grab().save(str(out / "lying-down.png"))
    window.actions_["lying_down"].setChecked(False)
    settle(app)

    advance(window, clock, 200)
    settle(app)
    window.grab().save(str(out / "end.png"))
    print(f"wrote {', '.join(p.name for p in sorted(out.glob('*.png')))} to {out}")
    window.close()
    return 0


if __name__ == "__main__":
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print("note: offscreen fonts differ from a real display; prefer Xvfb", file=sys.stderr)
    sys.exit(main())
