"""The table of past sessions as a model and a view: a row's text is made only when the
row is drawn, so a history of thousands of sessions opens as fast as one of ten."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from acutimer.history.records import SessionRecord

Cells = Callable[[SessionRecord], Sequence[str]]
Index = QModelIndex | QPersistentModelIndex

_SIZE_FROM_ROWS = 40
"""Columns sized to contents look at this many rows (more than a screen shows), not at
every row of the history: the view asks the model for every role of every cell it
measures, each a call into Python."""


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first; ``cells(record)`` gives a row's texts, one per header."""

    def __init__(self, headers: Sequence[str], cells: Cells, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._cells = cells
        self._records: list[SessionRecord] = []
        self._made: dict[int, Sequence[str]] = {}

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """Show ``records`` (oldest first, as the store gives them)."""
        self.beginResetModel()
        self._records = list(reversed(records))
        self._made = {}
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def text(self, row: int, column: int) -> str:
        made = self._made.get(row)
        if made is None:
            made = self._made[row] = self._cells(self._records[row])
        return made[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        return self.text(index.row(), index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


# Plain ints: the view passes the role as an int, and comparing it with an enum member
# costs a Python call each time.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value})


def session_table(model: SessionTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting view of ``model``; the last column takes the rest."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(QCoreApplication.translate("HistoryWindow", "Past sessions"))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line per session: rows need no measuring
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(_SIZE_FROM_ROWS)
    last = model.columnCount() - 1
    for column in range(last):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    return table
