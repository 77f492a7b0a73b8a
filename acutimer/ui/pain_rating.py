"""The 0-10 pain rating: one click to rate, one click to skip, an optional short note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.history.advice import HIGH_PAIN, high_pain_advice
from acutimer.history.records import NOTE_MAX_CHARS, PAIN_MAX, PAIN_MIN
from acutimer.ui.fit import full_height
from acutimer.ui.red_flags import red_flags_html

SCALE_DESCRIPTION = QT_TRANSLATE_NOOP(
    "PainRating", "Choose one number from 0, no pain, to 10, the worst pain imaginable."
)
NOW = QT_TRANSLATE_NOOP("PainRating", "How much does your back hurt right now?")
"""The question asked when no other is given (in English: translate where shown)."""
_BUTTON_SIZE = 48
# The chosen number must stand out at a glance; the palette keeps it right in dark themes.
_CHOSEN_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); font-weight: bold; "
    "border: 1px solid palette(dark); border-radius: 4px; }"
)
_ARROW_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Down: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: 1,
    Qt.Key.Key_Home: -PAIN_MAX,
    Qt.Key.Key_End: PAIN_MAX,
}


class PainRating(QWidget):
    """Asks "how much does it hurt?" on the standard 0-10 numeric scale.

    ``rated(value)`` is emitted the moment a number is chosen (a click, or a digit
    key 0-9; any number with the arrow keys and Space or Enter); ``skipped()`` when the user
    prefers not to say. ``note()`` holds the optional note for whoever records the
    session. A rating of 8 or more shows the see-a-doctor advice and the red flags.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(
        self,
        question: str | None = None,
        *,
        with_note: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pain rating"))
        self.setAccessibleDescription(_tr(SCALE_DESCRIPTION))
        self._question = QLabel(question if question is not None else _tr(NOW))
        heading = QFont(self._question.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        heading.setBold(True)
        self._question.setFont(heading)
        self._question.setWordWrap(True)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        scale = QGridLayout()
        scale.setHorizontalSpacing(6)
        for value in range(PAIN_MIN, PAIN_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            # A checkable, auto-exclusive button is a radio button to a screen reader
            # (Qt's QAccessibleButton): one choice of eleven. The group decides
            # exclusivity, so clear_choice() can still uncheck them all.
            button.setAutoExclusive(True)
            # Narrower than tall is fine: eleven of them must fit a 2x-scaled laptop.
            button.setMinimumSize(_BUTTON_SIZE * 5 // 6, _BUTTON_SIZE)
            button.setAccessibleName(_spoken(value))
            button.setToolTip(_spoken(value))
            big = QFont(button.font())
            big.setPointSizeF(big.pointSizeF() * 1.3)
            button.setFont(big)
            button.installEventFilter(self)
            button.setStyleSheet(_CHOSEN_STYLE)
            self._group.addButton(button, value)
            self._buttons.append(button)
            scale.addWidget(button, 0, value)
        low = QLabel(self.tr("0 = No pain"))
        high = QLabel(self.tr("10 = Worst pain imaginable"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        scale.addWidget(low, 1, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
        scale.addWidget(high, 1, 6, 1, 5, Qt.AlignmentFlag.AlignRight)
        self._question.setBuddy(self._buttons[0])
        self.hint = QLabel(
            self.tr("Click a number or type 0-9; the arrow keys move and Enter chooses.")
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # a quieter colour: it is help, not a question

        self._note = QLineEdit()
        self._note.setPlaceholderText(self.tr("A short note, if you like (optional)"))
        self._note.setMaxLength(NOTE_MAX_CHARS)
        self._note.setAccessibleName(self.tr("Note"))
        self._note.setVisible(with_note)

        self._skip = QPushButton(self.tr("&Skip rating"))
        self._skip.setAccessibleName(self.tr("Skip the pain rating"))
        self._skip.setMinimumHeight(_BUTTON_SIZE * 3 // 4)

        self._warning = full_height(QLabel())
        self._warning.setWordWrap(True)
        self._warning.setTextFormat(Qt.TextFormat.RichText)
        self._warning.setAccessibleName(self.tr("Advice"))
        self._warning.hide()

        bottom = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self._question)
        layout.addLayout(scale)
        if with_note:
            bottom.addWidget(self._note, 1)
            layout.addWidget(self.hint)
        else:  # the hint shares Skip rating's row: one line less on a short screen
            bottom.addWidget(self.hint, 1)
        bottom.addWidget(self._skip)
        layout.addLayout(bottom)
        layout.addWidget(self._warning)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._group.idClicked.connect(self.on_value_clicked)
        self._skip.clicked.connect(self.on_skip_clicked)

    # -- what the caller reads -------------------------------------------------------

    def value(self) -> int | None:
        chosen = self._group.checkedId()
        return None if chosen < 0 else chosen

    def note(self) -> str:
        return self._note.text().strip()

    def set_question(self, question: str) -> None:
        self._question.setText(question)

    def clear(self) -> None:
        """Ready for the next session: nothing chosen, no note, no warning."""
        self.clear_choice()
        self._note.clear()

    def button(self, value: int) -> QPushButton:
        return self._buttons[value]

    @property
    def skip_button(self) -> QPushButton:
        return self._skip

    @property
    def note_field(self) -> QLineEdit:
        return self._note

    @property
    def warning(self) -> QLabel:
        return self._warning

    # -- slots -------------------------------------------------------------------------

    def on_value_clicked(self, value: int) -> None:
        self._show_advice(value)
        self.rated.emit(value)

    def on_skip_clicked(self) -> None:
        self.clear_choice()
        self.skipped.emit()

    def clear_choice(self) -> None:
        self._group.setExclusive(False)
        for button in self._buttons:
            button.setChecked(False)
        self._group.setExclusive(True)
        self._warning.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self._buttons[int(text)].click()
            self._buttons[int(text)].setFocus()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrows walk the scale and Enter chooses, as on a slider; Space works already.
        if event.type() == QEvent.Type.KeyPress and watched in self._buttons:
            assert isinstance(event, QKeyEvent)
            index = self._buttons.index(watched)
            step = _ARROW_STEPS.get(Qt.Key(event.key()))
            if step is not None:
                target = min(max(index + step, PAIN_MIN), PAIN_MAX)
                self._buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._buttons[index].click()
                return True
        return super().eventFilter(watched, event)

    def _show_advice(self, value: int) -> None:
        if value < HIGH_PAIN:
            self._warning.hide()
            return
        advice = high_pain_advice(value)
        self._warning.setText(
            f"<p><b>{advice.title}.</b> {advice.text}</p>"
            + red_flags_html(advice.red_flags, compact=True)
        )
        self._warning.show()


def _tr(text: str) -> str:
    return QCoreApplication.translate("PainRating", text)


def _spoken(value: int) -> str:
    if value == PAIN_MIN:
        return QCoreApplication.translate("PainRating", "0, no pain")
    if value == PAIN_MAX:
        return QCoreApplication.translate("PainRating", "10, worst pain imaginable")
    return QCoreApplication.translate("PainRating", "{value} out of 10").replace(
        "{value}", str(value)
    )
