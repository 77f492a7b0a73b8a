"""Screenshots of the routine editor for docs/screenshots/, and a check that it fits.

Run on a real display (Xvfb with openbox), once per screen size:

    Xvfb :17 -screen 0 1366x768x24 & DISPLAY=:17 openbox &
    DISPLAY=:17 python tools/editor_screenshots.py editor-1366x768.png [--dark] [--problem]

The editor opens maximised on a copy of the knees routine with its second step chosen,
its time raised to 40 s (the total and the phase bar follow); with --problem its
instruction is emptied too, so the picture shows a problem beside its field. The
whole screen is saved (window frame included), and the script prints whether every
part of the window fits on it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import yaml  # noqa: E402
from screenshots import dark_palette  # noqa: E402

from acutimer import paths  # noqa: E402
from acutimer.core.points import load_points  # noqa: E402
from acutimer.ui.editor.document import EditorDocument  # noqa: E402
from acutimer.ui.editor.window import RoutineEditor  # noqa: E402


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    name = args[0] if args else "editor.png"
    out = ROOT / "docs" / "screenshots"
    app = QApplication(sys.argv[:1])
    app.setApplicationName("acutimer")
    if "--dark" in sys.argv:
        dark_palette(app)
        out = out / "dark"
    out.mkdir(parents=True, exist_ok=True)
    points = load_points(paths.points_file())
    text = (paths.routines_dir() / "knees.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["id"], data["title"] = "behind-knees-mine", "Behind the knees (my copy)"
    document = EditorDocument(points, Path(tempfile.mkdtemp()), data, original_text=text)
    editor = RoutineEditor(document)
    editor.showMaximized()
    step = ("steps", 1, "each_side", "steps", 0)
    editor.select(step)
    document.set((*step, "phases", 0, "seconds"), 40)
    if "--problem" in sys.argv:
        document.set((*step, "instruction"), "")

    def shoot() -> None:
        screen = editor.screen()
        screen.grabWindow(0).save(str(out / name))
        frame = editor.frameGeometry()
        fits = screen.availableGeometry().contains(frame)
        hint = editor.minimumSizeHint()
        print(
            f"{out / name}: screen {screen.size().width()}x{screen.size().height()}, "
            f"window {frame.width()}x{frame.height()}, minimum {hint.width()}x{hint.height()}, "
            f"fits: {fits}"
        )
        app.quit()

    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
