"""The routine's phases as one coloured bar, each as wide as it lasts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from acutimer.core.routine import PhaseKind
from acutimer.core.timeline import Timeline, clock_text
from acutimer.ui.phases import COLOURS, WORDS


class TimelineStrip(QWidget):
    """Shows a Timeline (or nothing while the routine has problems)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Timeline")

    def sizeHint(self) -> QSize:
        return QSize(600, 28)

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        if timeline is None or not timeline.phases:
            self.setToolTip("")
            self.setAccessibleDescription("Not available until the problems are fixed")
        else:
            kinds: dict[PhaseKind, float] = {}
            for phase in timeline.phases:
                kinds[phase.kind] = kinds.get(phase.kind, 0.0) + phase.seconds
            words = ", ".join(f"{WORDS[k].lower()} {clock_text(s)}" for k, s in kinds.items())
            self.setToolTip(words)
            self.setAccessibleDescription(
                f"{len(timeline.phases)} phases, {clock_text(timeline.seconds)} in all: {words}"
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(rect)
        timeline = self.timeline
        if timeline is None or timeline.seconds <= 0:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, "Fix the problems to see the timeline"
            )
            return
        scale = rect.width() / timeline.seconds
        painter.setPen(Qt.PenStyle.NoPen)
        for phase in timeline.phases:
            x = rect.left() + phase.start * scale
            painter.setBrush(COLOURS[phase.kind])
            painter.drawRect(QRectF(x, rect.top(), max(phase.seconds * scale, 1.0), rect.height()))
