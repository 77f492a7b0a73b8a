"""The end of a session: a calm summary card, the pain now beside the pain before, and
back to the picker."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acutimer.core.i18n import QT_TRANSLATE_NOOP, Context
from acutimer.core.routine import PhaseKind
from acutimer.core.summary import SessionSummary
from acutimer.core.timeline import duration_words
from acutimer.ui.outcome_questions import OutcomePrompt
from acutimer.ui.pain_rating import PainRating

_ACTIVITY = (
    ({PhaseKind.PRESS, PhaseKind.HOLD}, QT_TRANSLATE_NOOP("EndScreen", "pressing")),
    ({PhaseKind.MASSAGE}, QT_TRANSLATE_NOOP("EndScreen", "massage")),
    ({PhaseKind.RELEASE, PhaseKind.REST}, QT_TRANSLATE_NOOP("EndScreen", "resting")),
    ({PhaseKind.ICE}, QT_TRANSLATE_NOOP("EndScreen", "ice")),
)
END_SCREEN = Context("END_SCREEN")
"""The card's counted words (acutimer/core/i18n.py: plural forms, English ones too)."""
CARD_WIDTH = 760
"""The card's widest; on a narrow window it takes the width there is."""


def activity_words(kinds: Iterable[PhaseKind]) -> str:
    """What the time was spent on, from the phases the routine has: "pressing and
    resting", "ice", "pressing, resting and ice"."""
    present = set(kinds)
    words = [_tr(word) for group, word in _ACTIVITY if group & present]
    if not words:
        return QCoreApplication.translate("EndScreen", "the routine")
    return listed(words)


def listed(words: list[str]) -> str:
    """ "a, b and c" in the user interface's language (the C locale has no "and")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return locale.createSeparatedList(words)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EndScreen", text)


def headline(summary: SessionSummary) -> str:
    if not summary.finished:
        return QCoreApplication.translate("EndScreen", "Session stopped")
    if summary.steps_completed * 2 < summary.steps_total:
        return QCoreApplication.translate("EndScreen", "Session ended: most steps were skipped")
    return QCoreApplication.translate("EndScreen", "Well done: routine finished")


def pain_line(before: int | None, after: int | None) -> str:
    """ "Pain 5 → 3", "Pain 5 → ?" or "" when neither was given."""
    if before is None and after is None:
        return ""
    left = "–" if before is None else str(before)
    right = "?" if after is None else str(after)
    return (
        QCoreApplication.translate("EndScreen", "Pain {before} → {after}")
        .replace("{before}", left)
        .replace("{after}", right)
    )


class EndScreen(QWidget):
    """Signals: done(): the person is finished with this screen."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: int | None = None
        self.card = QFrame()
        self.card.setObjectName("endCard")
        self.card.setMaximumWidth(CARD_WIDTH)
        self.card.setStyleSheet(
            "QFrame#endCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 14px; }"
            # On the card's own background the note field needs its own edge.
            " QFrame#endCard QLineEdit { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 4px; }"
        )
        self.heading = QLabel("")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Session summary"))
        self.heading.setFont(_scaled(self.heading.font(), 1.9, bold=True))
        self.title = QLabel("")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setFont(_scaled(self.title.font(), 1.3))
        self.pain = QLabel("")
        self.pain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pain.setAccessibleName(self.tr("Pain before and after"))
        self.pain.setFont(_scaled(self.pain.font(), 1.6, bold=True))
        self.rating = PainRating(self.tr("How much does your back hurt now? (optional)"))
        self.advice = QLabel("")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice.setAccessibleName(self.tr("Advice"))
        self.advice.setVisible(False)
        self.history_status = QLabel("")
        self.history_status.setWordWrap(True)
        self.history_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_status.setAccessibleName(self.tr("History"))
        self.note = QLabel(
            self.tr(
                "Acupressure does not treat serious causes of back pain. See a doctor if your "
                "pain does not ease after a couple of days (Help > Safety lists the warning "
                "signs)."
            )
        )
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setEnabled(False)  # fine print: the palette's quieter text colour
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: back to the routines"))
        self.done_button.setToolTip(self.tr("Back to the routines (Enter)"))
        self.done_button.setDefault(True)
        self.done_button.setMinimumSize(220, 52)
        self.done_button.setFont(_scaled(self.done_button.font(), 1.5))

        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(28, 24, 28, 20)
        inside.setSpacing(10)
        inside.addWidget(self.heading)
        inside.addWidget(self.title)
        inside.addWidget(self.pain)
        inside.addWidget(self.rating)
        inside.addWidget(self.advice)
        inside.addWidget(self.history_status)
        self.outcomes = OutcomePrompt()  # the plan's questions, when they are due
        inside.addWidget(self.outcomes)
        inside.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inside.addWidget(self.note)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.card, 1)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.done_button.clicked.connect(self.done)
        self.rating.rated.connect(self.on_rated)
        self.rating.skipped.connect(self.on_rated)

    def show_advice(self, text: str) -> None:
        """Advice on the rating just given (pain went up), or nothing."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def show_summary(
        self,
        summary: SessionSummary,
        kinds: Iterable[PhaseKind] = (),
        pain_before: int | None = None,
    ) -> None:
        self._before = pain_before
        self.heading.setText(headline(summary))
        self.title.setText(self.summary_text(summary, kinds))
        self.show_advice("")
        self.rating.clear()
        self.history_status.clear()
        self.on_rated()
        self.done_button.setFocus()

    def summary_text(self, summary: SessionSummary, kinds: Iterable[PhaseKind] = ()) -> str:
        """The card's lines under the headline."""
        spent = (
            self.tr("{routine}: {duration} of {activity}")
            .replace("{routine}", summary.routine_title)
            .replace("{duration}", duration_words(summary.active_seconds))
            .replace("{activity}", activity_words(kinds))
        )
        done = END_SCREEN.tr("{done} of %n step(s) done", "", summary.steps_total).replace(
            "{done}", str(summary.steps_completed)
        )
        extra = []
        if summary.steps_skipped:
            extra.append(END_SCREEN.tr("%n skipped", "", summary.steps_skipped))
        if summary.steps_extended:
            extra.append(END_SCREEN.tr("%n held longer", "", summary.steps_extended))
        if extra:
            done = (
                self.tr("{done} ({details})")
                .replace("{done}", done)
                .replace("{details}", listed(extra))
            )
        return f"{spent}\n{done}"

    def on_rated(self, *_: object) -> None:
        text = pain_line(self._before, self.rating.value())
        self.pain.setText(text)
        self.pain.setVisible(bool(text))


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    out = QFont(font)
    out.setPointSizeF(out.pointSizeF() * factor)
    out.setBold(bold)
    return out
