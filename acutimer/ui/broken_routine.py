"""A routine file that cannot be used, shown so it can be fixed: every problem at its
line and column, and the two buttons a fix needs (open the folder, read it again)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from acutimer.core.catalogue import Entry
from acutimer.core.i18n import Context

BROKEN_ROUTINE = Context("BROKEN_ROUTINE")
"""Counted words (acutimer/core/i18n.py: plural forms, English ones too)."""


def problems_html(entry: Entry) -> str:
    """Every problem of the file, one per line, as ``line:column: what is wrong``."""
    e = html.escape
    at = QCoreApplication.translate("BrokenRoutine", "line {line}, column {column}:")
    items = "".join(
        f"<li><b>{at.replace('{line}', str(p.line)).replace('{column}', str(p.column))}</b> "
        f"{e(p.message)}<br><small><code>{e(str(p))}</code></small></li>"
        for p in entry.problems
    )
    count = len(entry.problems)  # a name: lupdate drops a plural counted by a call
    until_fixed = BROKEN_ROUTINE.tr(
        "Fix %n problem(s) before this routine file can be used:", "", count
    )
    fix = QCoreApplication.translate(
        "BrokenRoutine",
        "Open the folder, fix the file in a text editor, save it, then press <b>Reload</b>.",
    )
    return f"<h2>{e(entry.path.name)}</h2><p>{until_fixed}</p><ul>{items}</ul><p>{fix}</p>"


class FixBar(QWidget):
    """Two buttons under a broken routine's details.

    Signals:
        open_folder_requested(): show the folder of the user's routine files.
        reload_requested(): read the routine files again.
    """

    open_folder_requested = Signal()
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setToolTip(self.tr("Show the folder that holds your routine files"))
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setToolTip(self.tr("Read the routine files again (F5)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.reload_button)
        row.addStretch()
        self.open_button.clicked.connect(self.open_folder_requested)
        self.reload_button.clicked.connect(self.reload_requested)
