"""Choosing a step's point: a search box, the point library, and where it is drawn."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.points import Point, PointLibrary
from acutimer.core.sides import Side, StepSide
from acutimer.ui.diagram_view import DiagramView

CODE_ROLE = Qt.ItemDataRole.UserRole


def point_text(point: Point) -> str:
    return f"{point.display_code} — {point.english} ({point.pinyin}), {point.region}"


def matches(point: Point, words: str) -> bool:
    """Every word typed is in the point's code, label, names or region."""
    haystack = " ".join(
        [point.code, point.label or "", point.pinyin, point.english, point.region]
    ).lower()
    return all(word in haystack for word in words.lower().split())


class PointPicker(QWidget):
    """The point library with a search box and a live diagram of the chosen point.

    Signals:
        chosen(object): the person picked a point code, or None for no point.
    """

    chosen = Signal(object)

    def __init__(self, points: PointLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = points
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search points: code, name or body part"))
        self.search.setAccessibleName(self.tr("Search points"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Point"))
        self.list.setMinimumWidth(260)
        self.diagram = DiagramView(points)
        self.diagram.setMinimumSize(200, 190)
        item = QListWidgetItem(self.tr("No point (getting ready, ice, rest)"))
        item.setData(CODE_ROLE, None)
        self.list.addItem(item)
        for point in points.points:
            item = QListWidgetItem(point_text(point))
            item.setData(CODE_ROLE, point.code)
            item.setToolTip(point.location)
            self.list.addItem(item)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.diagram, 2)
        self.search.textChanged.connect(self.on_search)
        self.list.itemClicked.connect(self.on_picked)
        self.list.itemActivated.connect(self.on_picked)
        self.list.currentItemChanged.connect(self.on_current)
        self._side: str | None = None

    def on_search(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(CODE_ROLE)
            point = self.points.get(code) if code else None
            item.setHidden(point is not None and not matches(point, text))

    def on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None and not self.signalsBlocked() and item.data(CODE_ROLE) != self.code():
            self.on_picked(item)

    def on_picked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(CODE_ROLE))

    def code(self) -> str | None:
        return getattr(self, "_code", None)

    def show_point(self, code: str | None, side: str | None) -> None:
        """Select ``code`` in the list and draw it on ``side`` (each is drawn as left)."""
        self._code = code
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE_ROLE) == code:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                break
        if code is None or self.points.get(code) is None:
            self.diagram.clear()
            return
        # ``side`` is the document's word; "none" or a mistyped one shows no side.
        each, both = StepSide.EACH.value, StepSide.BOTH.value
        drawn = {each: Side.LEFT, both: Side.BOTH}.get(side or each)
        self.diagram.show_step(code, drawn)
