"""Write a contact sheet of every point in the library on its body diagram, both sides.

Run it under a real display (Xvfb) so the text uses real fonts:

    Xvfb :99 -screen 0 1280x900x24 &
    DISPLAY=:99 python tools/contact_sheet.py            # writes docs/diagrams.png
    DISPLAY=:99 python tools/contact_sheet.py --dark out.png

Each cell is the session screen's DiagramView showing one point on both sides, so
what the sheet shows is what a user sees.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from acutimer.core.points import load_points
from acutimer.core.sides import Side
from acutimer.paths import points_file
from acutimer.ui.diagram_view import DiagramView

CELL_WIDTH, CELL_HEIGHT = 300, 440
COLUMNS = 5
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "diagrams.png"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def contact_sheet(dark: bool = False) -> QImage:
    """Every point of the library on both sides, one cell per point."""
    library = load_points(points_file())
    rows = -(-len(library.points) // COLUMNS)
    ratio = 2.0
    sheet = QImage(
        int(CELL_WIDTH * COLUMNS * ratio),
        int(CELL_HEIGHT * rows * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    sheet.setDevicePixelRatio(ratio)
    palette = dark_palette() if dark else QApplication.palette()
    sheet.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(sheet)
    for i, point in enumerate(library.points):
        view = DiagramView(library)
        view.setPalette(palette)
        view.setAutoFillBackground(True)
        view.set_pulse(False)
        view.resize(CELL_WIDTH - 10, CELL_HEIGHT - 10)
        view.show_step(point.code, Side.BOTH)
        view.show()
        QApplication.processEvents()
        origin = QPoint((i % COLUMNS) * CELL_WIDTH + 5, (i // COLUMNS) * CELL_HEIGHT + 5)
        view.render(painter, origin)
        view.close()
        view.deleteLater()
    painter.end()
    return sheet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if QGuiApplication.platformName() == "offscreen":
        print("warning: offscreen platform; run under Xvfb for real fonts", file=sys.stderr)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus)
    image = contact_sheet(dark=args.dark)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.out)):
        print(f"{args.out}: could not write the image", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({image.width()}x{image.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
