"""The running session, readable from a sofa: phase, a big countdown, where to press."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.events import (
    Event,
    Extended,
    Halfway,
    Paused,
    PauseReason,
    PhaseStarted,
    Resumed,
)
from acutimer.core.i18n import QT_TRANSLATE_NOOP, translate
from acutimer.core.points import PointLibrary
from acutimer.core.routine import PhaseKind
from acutimer.core.sides import Side
from acutimer.core.timeline import (
    SKIN_CHECK_TEXT,
    Phase,
    Timeline,
    TimelineStep,
    duration_words,
    side_words,
)
from acutimer.ui.accessibility import (
    OPTIONAL_STEP,
    announce,
    going_on_sentence,
    phase_sentence,
    sentence,
)
from acutimer.ui.contrast import LARGE_MINIMUM, TEXT_MINIMUM, dimmed
from acutimer.ui.diagram_view import DiagramView
from acutimer.ui.pause_symbol import PauseSymbol
from acutimer.ui.phases import COLOURS, clock_text, phase_palette, phase_word, spoken_phase
from acutimer.ui.text_size import desktop_text_pixels

COUNTDOWN_SHARE = 0.24
"""The countdown's digits are about a quarter of the view's height (at least a fifth)."""

PAUSE_WORDS = {
    PauseReason.USER: QT_TRANSLATE_NOOP("SessionView", "Paused. Press Space to go on."),
    PauseReason.LONG_GAP: QT_TRANSLATE_NOOP(
        "SessionView",
        "Paused by itself: the computer was asleep or busy. Press Space to go on.",
    ),
    PauseReason.CHOICE: QT_TRANSLATE_NOOP("SessionView", "Space: do it   ·   Right: skip it"),
}
"""The line under the countdown while the session waits, by the reason it waits."""


def where_text(phase: Phase, points: PointLibrary) -> str:
    """'Round 2 of 3 · left hand', 'both sides', or '' for ice and rests without a point."""
    parts = []
    if phase.rounds > 1:
        parts.append(
            QCoreApplication.translate("SessionView", "Round {round} of {rounds}")
            .replace("{round}", str(phase.round))
            .replace("{rounds}", str(phase.rounds))
        )
    words = side_words(points.get(phase.point) if phase.point else None, phase.side)
    if words:
        at_once = QCoreApplication.translate("SessionView", "{side} at once")
        parts.append(at_once.replace("{side}", words) if phase.side is Side.BOTH else words)
    return " · ".join(parts)


class SessionView(QWidget):
    """Shows one running session. The main window feeds it the runner's
    ``events_happened`` (``on_events``) and ``remaining_changed``.

    Running, paused and waiting for a choice look different at a glance: a paused
    session has a grey PAUSED banner, dimmed digits and a large pause symbol.

    Signals:
        jump_requested(int): the person clicked a step in the list.
    """

    jump_requested = Signal(int)

    def __init__(self, points: PointLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = points
        self.timeline: Timeline | None = None
        self._phase: Phase | None = None
        self._lying_down = False
        self._pause_reason: PauseReason | None = None
        self._show_aside = True
        self._high_contrast = False
        self._remaining = 0

        self.phase_label = QLabel("")
        self.phase_label.setObjectName("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName(self.tr("Phase"))

        self.countdown = QLabel("0:00")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left in this phase"))
        # The digits change every second; a screen reader hears the phase and its
        # length once, when the phase starts (an announcement, and this description).
        self.countdown.setAccessibleDescription("")
        # As wide as its digits, so the pause symbol stands right beside them.
        self.countdown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.pause_symbol = PauseSymbol()
        self.pause_symbol.hide()

        self.where = QLabel("")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Side and round"))

        self.status = QLabel("")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        self.cue_status = QLabel("")
        self.cue_status.setWordWrap(True)
        self.cue_status.setAccessibleName(self.tr("Sound and voice"))

        self.step_title = QLabel("")
        self.step_title.setWordWrap(True)
        self.step_title.setAccessibleName(self.tr("Step"))
        self.instruction = QLabel("")
        self.instruction.setWordWrap(True)
        self.instruction.setAccessibleName(self.tr("Instruction"))
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.next_label = QLabel("")
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        self.progress.setTextVisible(False)
        self.total_left = QLabel("")
        self.total_left.setAccessibleName(self.tr("Time left in all"))

        self.diagram = DiagramView(points)
        self.diagram.setAccessibleName(self.tr("Where the point is"))
        self.point_info = QPushButton(self.tr("More about this point"))
        self.point_info.setToolTip(
            self.tr("Where it is, how to find and press it, and its cautions")
        )
        self.point_info.setVisible(False)
        self.point_dialog: QWidget | None = None

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps; activate one to go there"))
        self.steps.setToolTip(self.tr("Click a step to go there"))

        self._build_layout()
        self._scale_fonts()
        self.steps.itemClicked.connect(self.on_step_clicked)
        self.steps.itemActivated.connect(self.on_step_clicked)
        self.point_info.clicked.connect(self.show_point_info)

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.phase_label)
        digits = QHBoxLayout()
        digits.addStretch()
        digits.addWidget(self.pause_symbol)
        digits.addWidget(self.countdown)
        digits.addStretch()
        left.addLayout(digits, 3)
        left.addWidget(self.where)
        left.addWidget(self.status)
        left.addWidget(self.step_title)
        left.addWidget(self.instruction, 1)
        left.addWidget(self.next_label)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.total_left)
        left.addLayout(progress_row)
        left.addWidget(self.cue_status)

        # The diagram and the step list, hidden together when there is no point to show
        # (an ice step): the countdown then takes the whole width.
        self.aside = QWidget()
        right = QVBoxLayout(self.aside)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.diagram, 3)
        right.addWidget(self.point_info, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.steps, 2)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.aside, 2)
        self._secondary = [
            self.step_title,
            self.instruction,
            self.next_label,
            self.progress,
            self.total_left,
            self.steps,
        ]

    # -- feeding it ------------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._phase = None
        self._pause_reason = None
        self.steps.clear()
        for step in timeline.steps:
            text = step_list_text(step, self.points)
            self.steps.addItem(QListWidgetItem(f"{clock_text(step.seconds)}  {text}"))
        self.progress.setRange(0, max(int(timeline.seconds), 1))
        self.status.clear()
        self._show_state()

    def on_events(self, events: list[Event]) -> None:
        """Every engine event of one wake-up, in order (the runner's one channel)."""
        for event in events:
            match event:
                case PhaseStarted():
                    self.on_phase_started(event)
                case Paused():
                    self.on_paused(event.reason)
                case Resumed():
                    self.on_resumed()
                case Extended():
                    self.on_extended(event)
                case Halfway():
                    self.on_halfway(event.phase)

    def on_phase_started(self, event: PhaseStarted) -> None:
        phase = event.phase
        self._phase = phase
        if self._pause_reason is None:
            self.status.clear()  # "Added 15 seconds" belongs to the phase that ended
        assert self.timeline is not None
        step = self.timeline.steps[phase.step]
        self.where.setText(where_text(phase, self.points))
        heading = (
            self.tr("Step {number} of {steps}: {title} (optional)")
            if step.optional
            else self.tr("Step {number} of {steps}: {title}")
        )
        self.step_title.setText(
            heading.replace("{number}", str(step.index + 1))
            .replace("{steps}", str(len(self.timeline.steps)))
            .replace("{title}", step.title)
        )
        self.instruction.setText(phase.text)
        self._show_next(phase)
        self._show_diagram(phase)
        point = self.points.get(step.point) if step.point else None
        if point is not None:
            more = self.tr("More about {point}").replace("{point}", point.display_code)
            self.point_info.setAccessibleName(more)
        self._apply_visibility()
        self._mark_step(step.index)
        self._show_state()
        sentence = phase_sentence(phase, self.where.text())
        self.countdown.setAccessibleDescription(sentence)
        if self._pause_reason is None:
            announce(self.countdown, sentence)

    def _show_diagram(self, phase: Phase) -> None:
        """The current point; before the first press, the point to come and its side."""
        assert self.timeline is not None
        step = self.timeline.steps[phase.step]
        if step.point:
            self.diagram.show_step(step.point, step.side)
            self._show_aside = True
            return
        upcoming = None
        if phase.kind is PhaseKind.PREPARE:
            upcoming = next((s for s in self.timeline.steps[step.index + 1 :] if s.point), None)
        if upcoming is None:
            self.diagram.clear()
            self._show_aside = False
        else:
            pressed_before = any(s.point for s in self.timeline.steps[: step.index])
            self.diagram.show_step(
                upcoming.point,
                upcoming.side,
                lead=self.tr("Next") if pressed_before else self.tr("First"),
            )
            self._show_aside = True
        self._apply_visibility()

    def _show_state(self) -> None:
        """Banner, digits and symbol for running, paused, or waiting for a choice."""
        phase = self._phase
        reason = self._pause_reason
        self.pause_symbol.setVisible(reason is not None)
        self.status.setProperty("waiting", reason is not None)
        if phase is None:
            return
        colours = phase_palette(dark=self._dark(), high_contrast=self._high_contrast)
        if reason is None:
            colour = colours.banners[phase.kind]
            self.phase_label.setText(phase_word(phase.kind))
            digits = colours.digits[phase.kind].name()
        else:
            colour = colours.paused
            optional = self.tr("OPTIONAL: {phase}").replace("{phase}", phase_word(phase.kind))
            self.phase_label.setText(
                optional if reason is PauseReason.CHOICE else self.tr("PAUSED")
            )
            digits = self._dimmed()
            self.status.setText(self.tr(PAUSE_WORDS[reason]))
        self.phase_label.setStyleSheet(
            f"QLabel#phase {{ background: {colour.name()}; color: {colours.banner_text.name()};"
            " border-radius: 10px;"
            " padding: 6px 18px; }"
        )
        self.countdown.setStyleSheet(f"QLabel#countdown {{ color: {digits}; }}")
        self.diagram.set_pulse(reason is None)
        self._scale_fonts()

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _dimmed(self) -> str:
        """Paused digits: nearer the background, clearly not live, and still readable."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        window = self.palette().color(QPalette.ColorRole.Window)
        least = TEXT_MINIMUM if self._high_contrast else LARGE_MINIMUM
        return dimmed(text, window, least).name()

    def set_high_contrast(self, on: bool) -> None:
        """Stronger phase colours (acutimer/ui/phases.py) on a black-and-white window."""
        self._high_contrast = on
        self._show_state()

    def _show_next(self, phase: Phase) -> None:
        assert self.timeline is not None
        following = (
            self.timeline.phases[phase.index + 1]
            if phase.index + 1 < len(self.timeline.phases)
            else None
        )
        if following is None:
            self.next_label.setText(self.tr("Next: the end of the routine"))
            return
        step = self.timeline.steps[following.step]
        if following.step == phase.step:
            text = self.tr("Next: {phase} {duration}")
        else:
            side = side_words(self.points.get(step.point) if step.point else None, step.side)
            text = (
                self.tr("Next: {phase} {duration}, {title}, {side}")
                if side
                else self.tr("Next: {phase} {duration}, {title}")
            )
            text = text.replace("{title}", step.title).replace("{side}", side)
        self.next_label.setText(
            text.replace("{phase}", spoken_phase(following.kind)).replace(
                "{duration}", duration_words(following.seconds)
            )
        )

    def _mark_step(self, index: int) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            font = item.font()
            font.setBold(row == index)
            item.setFont(font)
            text = item.text().removeprefix("▶ ")
            item.setText(f"▶ {text}" if row == index else text)
        self.steps.setCurrentRow(index)
        self.steps.scrollToItem(self.steps.item(index))

    def on_remaining_changed(self, phase_seconds: int, total_seconds: int) -> None:
        self._remaining = phase_seconds
        self.countdown.setText(clock_text(phase_seconds))
        left = self.tr("{time} left in all").replace("{time}", clock_text(total_seconds))
        self.total_left.setText(left)
        if self.timeline is not None:
            self.progress.setMaximum(max(int(self.timeline.seconds), total_seconds, 1))
            self.progress.setValue(self.progress.maximum() - total_seconds)

    def on_paused(self, reason: PauseReason) -> None:
        self._pause_reason = reason
        self._show_state()
        if reason is PauseReason.CHOICE and self._phase is not None and self.timeline:
            title = self.timeline.steps[self._phase.step].title
            announce(self.countdown, sentence(OPTIONAL_STEP).replace("{title}", title))
        else:
            announce(self.countdown, self.tr(PAUSE_WORDS[reason]), assertive=True)

    def on_resumed(self) -> None:
        self._pause_reason = None
        self.status.clear()
        self._show_state()
        if self._phase is not None:
            announce(self.countdown, going_on_sentence(self._phase, self._remaining))

    def on_extended(self, event: Extended) -> None:
        self._phase = event.phase
        added, total = duration_words(event.added), duration_words(event.phase.seconds)
        words = self.tr("Added {added}: {total} in all.")
        self.status.setText(words.replace("{added}", added).replace("{total}", total))

    def on_hold_limit(self, words: str) -> None:
        """+15 s has given all it may: say why, after what it added."""
        self.status.setText(f"{self.status.text()} {words}".strip())

    def on_halfway(self, phase: Phase) -> None:
        """Halfway through long ice: the skin check, in words on screen."""
        self._phase = phase
        self.status.setText(translate("Timeline", SKIN_CHECK_TEXT))

    def show_point_info(self) -> None:
        """ "More about this point": the whole library entry, in a dialog beside the session."""
        from acutimer.ui.point_info import point_dialog

        point = self.points.get(self._phase.point) if self._phase and self._phase.point else None
        if point is None:
            return
        if self.point_dialog is not None:
            self.point_dialog.close()
        # Not modal: the session runs on and its keys keep working while it is open.
        self.point_dialog = point_dialog(point, self)
        self.point_dialog.setModal(False)
        self.point_dialog.show()

    def flash(self, kind: PhaseKind) -> None:
        """The visual cue: the countdown area glows in the phase's colour for a moment."""
        from acutimer.ui.flash import flash

        flash(self.countdown, COLOURS[kind])

    def on_step_clicked(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(self.steps.row(item))

    @property
    def phase(self) -> Phase | None:
        return self._phase

    @property
    def phase_kind(self) -> PhaseKind | None:
        return self._phase.kind if self._phase else None

    @property
    def pause_reason(self) -> PauseReason | None:
        """Why the view shows the session as waiting (None: running)."""
        return self._pause_reason

    # -- lying-down mode and sizes -------------------------------------------------

    def set_lying_down(self, on: bool) -> None:
        """Just the phase, the countdown, the side and the diagram, huge."""
        self._lying_down = on
        self._apply_visibility()
        self._scale_fonts()

    def _apply_visibility(self) -> None:
        for widget in self._secondary:
            widget.setVisible(not self._lying_down)
        self.aside.setVisible(self._show_aside)
        has_point = bool(self._phase and self._phase.point)
        self.point_info.setVisible(has_point and not self._lying_down)

    @property
    def lying_down(self) -> bool:
        return self._lying_down

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        height = max(self.height(), 300)
        smallest = desktop_text_pixels()
        digits = QFont(self.countdown.font())
        digits.setPixelSize(max(int(height * COUNTDOWN_SHARE), smallest * 3))
        digits.setBold(True)
        digits.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(digits)
        self.pause_symbol.set_symbol_height(int(height * COUNTDOWN_SHARE * 0.75))
        word = QFont(self.phase_label.font())
        word.setPixelSize(max(int(height * (0.08 if self._lying_down else 0.06)), smallest))
        word.setBold(True)
        self.phase_label.setFont(word)
        waiting = self._pause_reason is not None
        for label, share in (
            (self.where, 0.045),
            (self.status, 0.045 if waiting else 0.03),
            (self.step_title, 0.032),
            (self.instruction, 0.028),
            (self.next_label, 0.026),
        ):
            font = QFont(label.font())
            grown = int(height * (share * 1.4 if self._lying_down else share))
            font.setPixelSize(max(grown, smallest))
            font.setBold(label is self.status and waiting)
            label.setFont(font)
        self.step_title.setStyleSheet("font-weight: bold;")
        listed = QFont(self.steps.font())
        listed.setPixelSize(max(int(height * 0.024), smallest))
        self.steps.setFont(listed)


def step_list_text(step: TimelineStep, points: PointLibrary) -> str:
    """A step in the list: "Union Valley, left hand", "Kidney Shu, both sides",
    "Cool the forearms (optional)"."""
    side = side_words(points.get(step.point) if step.point else None, step.side)
    if side and side.lower() in step.title.lower():
        side = ""  # the title says it already: "Kidney Shu, both sides"
    if step.optional:
        text = (
            QCoreApplication.translate("SessionView", "{title}, {side} (optional)")
            if side
            else QCoreApplication.translate("SessionView", "{title} (optional)")
        )
    else:
        text = "{title}, {side}" if side else "{title}"
    return text.replace("{title}", step.title).replace("{side}", side)
