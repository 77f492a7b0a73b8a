"""The plan's outcome questions on the end screen: offered, never forced.

``OutcomePrompt`` is a short line on the end screen when the questions are due
(``acutimer.history.outcomes.due_outcome``), with **Answer…** and **Skip**; Done
alone leaves them for next time. ``OutcomeDialog`` asks them: the past week's
average pain on the 0-10 buttons and, at the plan's end, the Patient Global
Impression of Change as seven choices.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.history.outcomes import (
    GLOBAL_CHANGE_ANSWERS,
    due_outcome,
    global_change_question,
    global_change_words,
    week_pain_question,
)
from acutimer.history.plan import PlanSettings, plan_progress
from acutimer.history.records import GLOBAL_CHANGE, Moment
from acutimer.history.store import HistoryStore
from acutimer.ui.pain_rating import PainRating

SKIPPED = 2
"""The dialog's result when the person chose Skip (Esc is Rejected: not now)."""
if TYPE_CHECKING:
    from acutimer.ui.main_window import MainWindow

_OFFER = {
    Moment.START: QT_TRANSLATE_NOOP(
        "OutcomePrompt",
        "Your plan has started. For a report you can show your doctor or "
        "physiotherapist: one question about the past week (optional).",
    ),
    Moment.END: QT_TRANSLATE_NOOP(
        "OutcomePrompt",
        "Your plan is complete. Two questions about how it went, for your report (optional).",
    ),
}


class OutcomeDialog(QDialog):
    """Asks the questions of ``moment``; ``answers()`` after it is accepted."""

    def __init__(self, moment: Moment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment = moment
        self.setWindowTitle(self.tr("Questions for your report – acutimer"))
        self.week_pain = PainRating(week_pain_question(), with_note=False)
        self.week_pain.skip_button.hide()  # the dialog's own Skip covers both questions
        layout = QVBoxLayout(self)
        layout.addWidget(self.week_pain)
        self.change = QButtonGroup(self)
        if moment is Moment.END:
            question = QLabel(global_change_question())
            question.setWordWrap(True)
            font = question.font()
            font.setBold(True)
            question.setFont(font)
            layout.addWidget(question)
            for value in range(GLOBAL_CHANGE.low, GLOBAL_CHANGE.low + len(GLOBAL_CHANGE_ANSWERS)):
                choice = QRadioButton(global_change_words(value))
                self.change.addButton(choice, value)
                layout.addWidget(choice)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Not a reject role: Esc or closing the window means "not now", this means "no".
        self.skip_button = buttons.addButton(
            self.tr("S&kip these questions"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.accepted.connect(self.accept)
        # Save only once something is answered; Skip is the way to give no answer.
        self.save_button.setEnabled(False)
        self.week_pain.rated.connect(self._answered)
        self.change.idClicked.connect(self._answered)
        self.skip_button.clicked.connect(lambda: self.done(SKIPPED))
        layout.addWidget(buttons)

    def _answered(self, _value: int) -> None:
        self.save_button.setEnabled(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.week_pain.button(0).setFocus()  # digit keys answer at once

    def answers(self) -> tuple[int | None, int | None]:
        """The past week's pain and the change answer (None where not answered)."""
        change = self.change.checkedId()
        return self.week_pain.value(), (change if change >= GLOBAL_CHANGE.low else None)


class OutcomePrompt(QFrame):
    """The offer on the end screen.

    Signals:
        answered(Moment, object, object): the past week's pain and the change answer
            (each an int or None) were saved in the dialog.
        skipped(Moment): the person does not want these questions.
    """

    answered = Signal(object, object, object)
    skipped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Questions for your report"))
        self.moment: Moment | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.answer_button = QPushButton(self.tr("&Answer…"))
        self.skip_button = QPushButton(self.tr("Skip questions"))
        self.skip_button.setAccessibleName(self.tr("Skip the questions for your report"))
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.answer_button)
        row.addWidget(self.skip_button)
        self.answer_button.clicked.connect(self.on_answer_clicked)
        self.skip_button.clicked.connect(self.on_skip_clicked)
        self.hide()

    def offer(self, moment: Moment | None) -> None:
        """Show the offer for ``moment``'s questions, or hide it (None)."""
        self.moment = moment
        if moment is not None:
            self.text.setText(QCoreApplication.translate("OutcomePrompt", _OFFER[moment]))
        self.setVisible(moment is not None)

    def dialog(self) -> OutcomeDialog:
        assert self.moment is not None
        return OutcomeDialog(self.moment, self.window())

    def on_answer_clicked(self) -> None:
        dialog = self.dialog()
        result = dialog.exec()
        if result == QDialog.DialogCode.Accepted:
            self.take(dialog)
        elif result == SKIPPED:
            self.on_skip_clicked()

    def take(self, dialog: OutcomeDialog) -> None:
        week_pain, change = dialog.answers()
        self.answered.emit(dialog.moment, week_pain, change)
        self.offer(None)

    def on_skip_clicked(self) -> None:
        if self.moment is not None:
            self.skipped.emit(self.moment)
        self.offer(None)


class OutcomeKeeper(QObject):
    """Offers the questions after a logged session when they are due, and keeps the
    answers (or the skip) with that session in the window's history. Wired into the
    main window with two lines: made in ``load()``, told of each session in
    ``on_finished``."""

    def __init__(
        self,
        window: MainWindow,
        prompt: OutcomePrompt,
        today: Callable[[], date] = lambda: datetime.now().astimezone().date(),
    ) -> None:
        super().__init__(window)
        self.window = window
        self.prompt = prompt
        self._today = today
        self.session_id: int | None = None
        prompt.answered.connect(self.on_answered)
        prompt.skipped.connect(lambda moment: self.on_answered(moment, None, None))

    def _history(self) -> HistoryStore | None:
        return self.window.history

    def _plan(self) -> PlanSettings:
        return PlanSettings(self.window.settings.plan_per_week)

    def offer_after(self, session_id: int | None) -> None:
        """The session just logged (None: it was not saved, so nothing is asked)."""
        self.session_id = session_id
        store = self._history()
        if store is None or session_id is None:
            self.prompt.offer(None)
            return
        records = store.sessions()
        progress = plan_progress(records, self._plan(), self._today(), None)
        self.prompt.offer(due_outcome(records, progress))

    def on_answered(self, moment: Moment, week_pain: int | None, change: int | None) -> None:
        store = self._history()
        if store is None or self.session_id is None:
            return
        result = store.answer_outcome(self.session_id, moment, week_pain, change)
        if not result.saved:
            self.window.statusBar().showMessage(result.message, 15000)
