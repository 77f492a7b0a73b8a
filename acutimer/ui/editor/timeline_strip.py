"""The routine's phases as one coloured bar, each as wide as it lasts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from acutimer.core.i18n import Context
from acutimer.core.routine import PhaseKind
from acutimer.core.timeline import Timeline, clock_text
from acutimer.ui.contrast import in_high_contrast
from acutimer.ui.editor.words import kind_words
from acutimer.ui.phases import phase_palette

StripWords = Context("StripWords")
"""Counted words about the strip (see acutimer.core.i18n)."""


class TimelineStrip(QWidget):
    """Shows a Timeline (or nothing while the routine has problems)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline"))

    def sizeHint(self) -> QSize:
        return QSize(600, 28)

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        if timeline is None or not timeline.phases:
            self.setToolTip("")
            self.setAccessibleDescription(self.tr("Not available until the problems are fixed"))
        else:
            kinds: dict[PhaseKind, float] = {}
            for phase in timeline.phases:
                kinds[phase.kind] = kinds.get(phase.kind, 0.0) + phase.seconds
            # A list of kinds and times, not a sentence: "Press 4:30, Release 1:30".
            words = ", ".join(f"{kind_words(k)} {clock_text(s)}" for k, s in kinds.items())
            self.setToolTip(words)
            described = StripWords.tr(
                "%n phase(s), {time} in all: {kinds}", "", len(timeline.phases)
            )
            self.setAccessibleDescription(
                described.replace("{time}", clock_text(timeline.seconds)).replace("{kinds}", words)
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
                rect, Qt.AlignmentFlag.AlignCenter, self.tr("Fix the problems to see the timeline")
            )
            return
        scale = rect.width() / timeline.seconds
        painter.setPen(Qt.PenStyle.NoPen)
        colours = strip_colours(self.palette())
        for phase in timeline.phases:
            x = rect.left() + phase.start * scale
            painter.setBrush(colours[phase.kind])
            painter.drawRect(QRectF(x, rect.top(), max(phase.seconds * scale, 1.0), rect.height()))


def strip_colours(palette: QPalette) -> dict[PhaseKind, QColor]:
    """Each kind's colour on the strip's background, as the countdown's digits are on
    the window: 3:1 at least, 4.5:1 in high contrast (tests/ui/test_contrast.py)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return phase_palette(dark=dark, high_contrast=in_high_contrast(palette)).digits
