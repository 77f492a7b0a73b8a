"""A large pause symbol (two rounded bars), drawn rather than typed: the font's U+23F8
is an emoji on some desktops and missing on others."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class PauseSymbol(QWidget):
    """Two bars in a ring, in the palette's text colour: a symbol, never a digit "11"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Paused"))
        self._height = 80

    def set_symbol_height(self, pixels: int) -> None:
        self._height = max(pixels, 16)
        self.setFixedWidth(int(self._height * 1.3))  # the ring and a gap before the digits
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(self._height * 1.3), self._height)

    def paintEvent(self, event: QPaintEvent) -> None:
        size = min(self._height, self.height())
        top = (self.height() - size) / 2
        ring = QRectF(0, top, size, size)
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = size * 0.07
        painter.setPen(QPen(colour, pen))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        bar, tall = size * 0.13, size * 0.42
        y = top + (size - tall) / 2
        for x in (size / 2 - bar * 1.45, size / 2 + bar * 0.45):
            painter.drawRoundedRect(QRectF(x, y, bar, tall), bar * 0.3, bar * 0.3)
        painter.end()
