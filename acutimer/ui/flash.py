"""The visual cue: a short fade of the phase colour over a widget (the countdown).

For muted use, for people who cannot hear the cues, and whenever there is no sound.
One child overlay per widget, reused; a single 600 ms fade from 55 % opacity to none,
restarted (not stacked) if a new cue comes while one is fading: it never blinks. The
colour is a soft glow, strongest in the middle and fading to nothing at the edges, so
there is no hard rectangle.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QRadialGradient
from PySide6.QtWidgets import QWidget

DURATION_MS = 600
START_ALPHA = 0.55


class _Overlay(QWidget):
    """Paints the fading colour over its parent; transparent to the mouse."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._target = parent
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        # A screen reader hears the phase change as an announcement; this only names
        # the glow if it is met while it shows.
        self.setAccessibleName(self.tr("Visual cue"))
        self.setAccessibleDescription(
            self.tr("A short glow in the colour of the phase that begins")
        )
        self.colour = QColor(0, 0, 0, 0)
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(DURATION_MS)
        self.animation.setStartValue(START_ALPHA)
        self.animation.setEndValue(0.0)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._on_value)
        self.animation.finished.connect(self.hide)
        parent.installEventFilter(self)

    def start(self, colour: QColor) -> None:
        self.colour = QColor(colour)
        self.setGeometry(self._target.rect())
        self.raise_()
        self.show()
        self.animation.stop()
        self.animation.start()

    def _on_value(self, value: float) -> None:
        self.colour.setAlphaF(max(min(float(value), 1.0), 0.0))
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        return False

    def paintEvent(self, event: QEvent) -> None:
        rect = QRectF(self.rect())
        glow = QRadialGradient(rect.center(), max(rect.width(), rect.height()) * 0.6)
        edge = QColor(self.colour)
        edge.setAlpha(0)
        glow.setColorAt(0.0, self.colour)
        glow.setColorAt(0.55, self.colour)
        glow.setColorAt(1.0, edge)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawRoundedRect(rect, 24, 24)


def flash(widget: QWidget, colour: QColor) -> None:
    """Fade ``colour`` over ``widget`` once (~600 ms)."""
    overlay = next((c for c in widget.children() if isinstance(c, _Overlay)), None)
    if overlay is None:
        overlay = _Overlay(widget)
    overlay.start(colour)
