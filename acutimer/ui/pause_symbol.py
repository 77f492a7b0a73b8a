"""A large pause symbol (two rounded bars), drawn rather than typed: the font's U+23F8
is an emoji on some desktops and missing on others."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class PauseSymbol(QWidget):
    """Two bars as tall as the widget allows, in the palette's text colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Paused")
        self._height = 80

    def set_symbol_height(self, pixels: int) -> None:
        self._height = max(pixels, 16)
        self.setFixedWidth(int(self._height * 0.9))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(self._height * 0.9), self._height)

    def paintEvent(self, event: QPaintEvent) -> None:
        height = min(self._height, self.height())
        bar = height * 0.3
        top = (self.height() - height) / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.WindowText))
        for left in (0.05 * height, 0.05 * height + bar * 1.8):
            painter.drawRoundedRect(QRectF(left, top, bar, height), bar * 0.25, bar * 0.25)
        painter.end()
