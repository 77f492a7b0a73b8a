"""The end of a session: what was done, and back to the picker."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from acutimer.core.summary import SessionSummary
from acutimer.core.timeline import duration_words
from acutimer.ui.pain_rating import PainRating


def summary_text(summary: SessionSummary) -> str:
    if not summary.finished:
        done = "Routine stopped."
    elif summary.steps_completed * 2 < summary.steps_total:
        done = "Routine ended: most steps were skipped."
    else:
        done = "Well done: routine finished."
    lines = [
        done,
        f"{summary.routine_title}: {duration_words(summary.active_seconds)} "
        "of pressing and resting.",
        f"Steps done: {summary.steps_completed} of {summary.steps_total}",
    ]
    if summary.steps_skipped:
        lines.append(f"Skipped: {summary.steps_skipped}")
    if summary.steps_extended:
        lines.append(f"Held longer: {summary.steps_extended}")
    return "\n".join(lines)


class EndScreen(QWidget):
    """Signals: done(): the person is finished with this screen."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Session summary")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.title.setFont(font)
        self.note = QLabel(
            "Acupressure does not treat serious causes of back pain. See a doctor if your pain "
            "does not ease after a couple of days; Help > Safety lists the warning signs that "
            "need urgent care."
        )
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice = QLabel("")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice.setAccessibleName("Advice")
        self.advice.setVisible(False)
        self.history_status = QLabel("")
        self.history_status.setWordWrap(True)
        self.history_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_status.setAccessibleName("History")
        self.done_button = QPushButton("Done")
        self.done_button.setAccessibleName("Done: back to the routines")
        self.done_button.setToolTip("Back to the routines (Enter)")
        self.done_button.setDefault(True)
        self.done_button.setMinimumSize(240, 56)
        big = QFont(self.done_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.done_button.setFont(big)
        self.rating = PainRating("How much does your back hurt now? (optional)")
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.title)
        layout.addWidget(self.rating)
        layout.addWidget(self.advice)
        layout.addWidget(self.history_status)
        layout.addWidget(self.note)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.done_button.clicked.connect(self.done)

    def show_advice(self, text: str) -> None:
        """Advice on the rating just given (pain went up), or nothing."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def show_summary(self, summary: SessionSummary) -> None:
        self.title.setText(summary_text(summary))
        self.show_advice("")
        self.rating.clear()
        self.history_status.clear()
        self.done_button.setFocus()
