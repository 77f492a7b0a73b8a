"""A bar across the top of the window saying a plan-day session is due.

Shown when a reminder was due but no desktop notification could be shown (no
notification service, no D-Bus), so the reminder still reaches the user once the
window is open; it offers the same answers as the notification.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)


class DueBanner(QToolBar):
    """The due-session bar; ``start`` and ``not_today`` are the instance's answers."""

    def __init__(
        self,
        text: str,
        start: Callable[[], None],
        not_today: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session due"))
        self.setObjectName("due-banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.label = QLabel(text)
        self.label.setWordWrap(True)  # whole at 2x scale too, on two lines if it must
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setAccessibleName(self.tr("Session due"))
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        self.start = QPushButton(self.tr("Start now"))
        self.not_today = QPushButton(self.tr("Not today"))
        # Text above, buttons below on the left: both stay on screen even when the
        # window is wider than the screen (a 2x-scaled laptop).
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(self.not_today)
        row.addStretch(1)
        column.addLayout(row)
        self.addWidget(box)
        self._start, self._not_today = start, not_today
        self.start.clicked.connect(self.on_start)
        self.not_today.clicked.connect(self.on_not_today)

    def on_start(self) -> None:
        self.hide()
        self._start()

    def on_not_today(self) -> None:
        self.hide()
        self._not_today()

    @classmethod
    def show_in(
        cls,
        window: QMainWindow,
        text: str,
        start: Callable[[], None],
        not_today: Callable[[], None],
    ) -> DueBanner:
        """Put the bar on a row of its own under the toolbar (or reuse the one there)."""
        banner = window.findChild(DueBanner, "due-banner")
        if banner is None:
            banner = cls(text, start, not_today, window)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
            window.insertToolBarBreak(banner)
        banner.label.setText(text)
        banner.show()
        return banner
