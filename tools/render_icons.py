"""Render the app icon's PNG sizes from resources/icons/APP_ID.svg (run after editing it).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tools/render_icons.py

Desktops that cannot draw SVG (and some panels, at 16-48 px) look for these sizes
under hicolor/NxN/apps; `acutimer desktop install` copies them there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from acutimer import paths
from acutimer.identity import APP_ID

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    source = paths.resource("icons", f"{APP_ID}.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"{source}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = paths.resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
