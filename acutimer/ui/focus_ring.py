"""A focus ring you can see from the sofa: 3 px in the highlight colour, around whatever
has the keyboard focus, over any style (Fusion's own is a faint 1 px line)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QWidget,
)

RING_WIDTH = 3.0
RINGED = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
)
"""The controls that get the ring; a page or a label that takes focus does not."""


class FocusRing(QFocusFrame):
    """Follows the application's focus; QFocusFrame keeps it over the widget's edge."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        app.focusChanged.connect(self.on_focus_changed)

    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, RINGED):
            self.setWidget(new)
            self.show()
        else:
            self.setWidget(None)  # type: ignore[arg-type]  # Qt takes None: no widget
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 5, 5)
        painter.end()


def install(app: QApplication) -> FocusRing:
    """One ring for the whole application (kept by the caller)."""
    return FocusRing(app)
