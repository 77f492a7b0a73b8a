"""Icons: the desktop theme's where it has one, else the SVG shipped in resources/icons.

The shipped action icons are drawn in ``currentColor``; they are recoloured with the
palette's text colour, so they read on light and dark themes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from acutimer.identity import APP_ID
from acutimer.paths import resource

SIZES = (16, 24, 32, 48, 64, 96)

ACTION_ICONS = {
    "start_pause": "media-playback-start",
    "back": "media-skip-backward",
    "skip": "media-skip-forward",
    "restart": "view-refresh",
    "extend": "list-add",
    "stop": "media-playback-stop",
    "lying_down": "view-fullscreen",
    "history": "document-open-recent",
    "settings": "preferences-system",
    "reload": "view-refresh",
    "open_folder": "folder-open",
}
"""Each action's freedesktop icon name (Icon Naming Specification)."""


def app_icon() -> QIcon:
    """acutimer's own icon: the theme's if installed (a desktop launcher), else ours."""
    return QIcon.fromTheme(APP_ID, QIcon(str(resource("icons", f"{APP_ID}.svg"))))


def shipped_icon(name: str, palette: QPalette) -> QIcon:
    """The shipped SVG ``name``, in the palette's text colour."""
    svg = resource("icons", "actions", f"{name}.svg").read_text(encoding="utf-8")
    colour = palette.color(QPalette.ColorRole.WindowText).name()
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """The desktop theme's ``name`` icon, or the shipped one when the theme lacks it."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return shipped_icon(name, palette)
