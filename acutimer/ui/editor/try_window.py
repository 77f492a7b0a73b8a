"""Trying a routine from the editor: the timeline as text, or a run at any speed.

A trial run records nothing in the history and plays no cues; it follows the runner
through ``events_happened``, ``remaining_changed`` and ``state_changed`` only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.events import PhaseStarted
from acutimer.core.points import PointLibrary
from acutimer.core.session import Session, State
from acutimer.core.timeline import Timeline, clock_text, side_words
from acutimer.qt.runner import SessionRunner
from acutimer.ui.diagram_view import DiagramView
from acutimer.ui.editor.words import kind_words
from acutimer.ui.fit import fit_window


def timeline_dialog(timeline: Timeline, parent: QWidget | None = None) -> QDialog:
    """Every phase with its start time, as ``acutimer timeline`` prints it."""
    from acutimer.commands import format_timeline

    dialog = QDialog(parent)
    title = QCoreApplication.translate("TryWindow", "Timeline of {title}")
    dialog.setWindowTitle(title.replace("{title}", timeline.title))
    text = QPlainTextEdit(format_timeline(timeline))
    text.setReadOnly(True)
    text.setAccessibleName(QCoreApplication.translate("TryWindow", "Timeline"))
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    fit_window(dialog, QSize(900, 520))
    return dialog


class TryWindow(QDialog):
    """Runs the routine being edited at ``speed`` times real time, nothing recorded."""

    def __init__(
        self,
        timeline: Timeline,
        points: PointLibrary,
        speed: float,
        parent: QWidget | None = None,
        **runner_options: Any,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.points = points
        title = self.tr("Trying {title} at {speed}× speed")
        speed_words = self.locale().toString(speed, "g", 3)
        self.setWindowTitle(
            title.replace("{title}", timeline.title).replace("{speed}", speed_words)
        )
        self.phase = QLabel("")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.phase.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.phase.setFont(big)
        self.countdown = QLabel("")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setFont(big)
        self.step = QLabel("")
        self.step.setWordWrap(True)
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.diagram = DiagramView(points)
        self.diagram.setMinimumSize(280, 240)
        self.pause = QPushButton(self.tr("&Pause"))
        self.stop = QPushButton(self.tr("&Stop"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause)
        buttons.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addWidget(self.countdown)
        layout.addWidget(self.step)
        layout.addWidget(self.diagram, 1)
        layout.addLayout(buttons)
        fit_window(self, QSize(520, 560))
        self.runner = SessionRunner(Session(timeline), speed=speed, parent=self, **runner_options)
        self.runner.events_happened.connect(self.on_events)
        self.runner.remaining_changed.connect(self.on_remaining)
        self.runner.state_changed.connect(self.on_state)
        self.pause.clicked.connect(self.runner.toggle)
        self.stop.clicked.connect(self.close)

    def start(self) -> None:
        self.runner.start()

    def on_events(self, events: list[object]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                phase = event.phase
                step = self.timeline.steps[phase.step]
                self.phase.setText(kind_words(phase.kind).upper())
                point = self.points.get(phase.point) if phase.point else None
                where = side_words(point, phase.side)
                heading = (
                    self.tr("Step {number}: {title} ({where})")
                    if where
                    else self.tr("Step {number}: {title}")
                )
                heading = heading.replace("{number}", str(phase.step + 1))
                heading = heading.replace("{title}", step.title).replace("{where}", where)
                self.step.setText(f"{heading}\n{phase.text}")
                if phase.point and self.points.get(phase.point):
                    self.diagram.show_step(phase.point, phase.side)
                else:
                    self.diagram.clear()

    def on_remaining(self, phase: int, total: int) -> None:
        words = self.tr("{phase}   ({total} left)", "the phase's time, and the routine's")
        self.countdown.setText(
            words.replace("{phase}", clock_text(phase)).replace("{total}", clock_text(total))
        )

    def on_state(self, state: State) -> None:
        self.pause.setText(self.tr("&Resume") if state is State.PAUSED else self.tr("&Pause"))
        if state in (State.FINISHED, State.STOPPED):
            self.pause.setEnabled(False)
            self.phase.setText(
                self.tr("FINISHED") if state is State.FINISHED else self.tr("STOPPED")
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.session.state in (State.RUNNING, State.PAUSED):
            self.runner.stop()
        super().closeEvent(event)
