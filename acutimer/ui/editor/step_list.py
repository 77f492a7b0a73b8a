"""The routine's items as a tree: steps, each-side groups with their steps, includes.

Reordering by drag or keyboard is turned into a document change (``move_item``);
the tree never moves its own rows, it is rebuilt from the document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from acutimer.core.i18n import Context
from acutimer.core.routine_doc import Doc, DocPath
from acutimer.core.timeline import clock_text
from acutimer.ui.editor.document import get
from acutimer.ui.editor.words import side_words

PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
TOP: DocPath = ("steps",)

StepLabels = Context("StepLabels")
"""The step list's words (counted ones need a Context: see acutimer.core.i18n)."""


def kind_of(item: Any) -> str:
    """ "step", "group" or "include", as the loader tells them apart."""
    if isinstance(item, dict) and "include" in item:
        return "include"
    if isinstance(item, dict) and "each_side" in item:
        return "group"
    return "step"


def group_steps_path(group: DocPath) -> DocPath:
    return (*group, "each_side", "steps")


def _seconds(step: dict[str, Any]) -> float:
    try:
        once = sum(float(p["seconds"]) for p in step.get("phases", []))
        return once * int(step.get("rounds", 1))
    except (TypeError, ValueError, KeyError):
        return 0.0


def step_label(number: str, step: dict[str, Any]) -> str:
    """ "2. Kidney Shu — BL23, each side in turn · 1:30 · 3 rounds": a row of the list."""
    title = str(step.get("title") or StepLabels.tr("(no title yet)"))
    side = step.get("side")
    where = ", ".join(
        x for x in (str(step.get("point") or ""), side_words(side) if side else "") if x
    )
    rounds = step.get("rounds")
    counted = ""
    if isinstance(rounds, int):
        counted = " · " + StepLabels.tr("%n round(s)", "", rounds)
    detail = f" — {where}" if where else ""
    return f"{number}. {title}{detail} · {clock_text(_seconds(step))}{counted}"


def drop_target(
    data: Doc, source: DocPath, target: DocPath | None, position: str
) -> tuple[DocPath, int] | None:
    """Where an item dragged from ``source`` lands when dropped ``position`` ("above",
    "below", "on") ``target`` (None: below the last item); None if it cannot go there."""
    moving = get(data, source)
    if target is None:
        return TOP, len(data.get("steps", []))
    if position == "on" and len(target) == 2 and kind_of(get(data, target)) == "group":
        inside = group_steps_path(target)
        destination: tuple[DocPath, int] = (inside, len(get(data, inside)))
    else:
        destination = (target[:-1], int(target[-1]) + (1 if position == "below" else 0))
    into_group = destination[0] != TOP
    if into_group and kind_of(moving) != "step":
        return None  # groups and includes live at the top level only
    return destination


def drop_position(y: int, height: int, group: bool) -> str:
    """Where a drop lands on a row, by how far down it is: "above" in its upper part,
    "below" in its lower part, "on" in the middle third of a group (into the group)."""
    if group and height / 3 <= y < 2 * height / 3:
        return "on"
    return "above" if y < height / 2 else "below"


def move_item(data: Doc, source: DocPath, destination: DocPath, index: int) -> DocPath:
    """Move the item at ``source`` to ``index`` of the list at ``destination``; its new path."""
    items = get(data, source[:-1])
    item = items.pop(int(source[-1]))
    if destination == source[:-1] and index > int(source[-1]):
        index -= 1
    # Removing from a list before the group the item goes into shifts the group's index.
    if source[:-1] == TOP and destination[:1] == TOP and len(destination) > 1:
        group = int(destination[1])
        if int(source[-1]) < group:
            destination = (destination[0], group - 1, *destination[2:])
    target = get(data, destination)
    index = max(0, min(index, len(target)))
    target.insert(index, item)
    return (*destination, index)


class StepList(QTreeWidget):
    """The items of the routine. Signals:

    selected(object): the path of the item chosen (None when nothing is).
    move_requested(object, object, str): the item at a path was dropped "above",
        "below" or "on" the item at another path (None: below the last one).
    """

    selected = Signal(object)
    move_requested = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Steps"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.currentItemChanged.connect(self._on_current)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if not self.signalsBlocked():
            self.selected.emit(item.data(0, PATH_ROLE) if item else None)

    def show_items(self, data: Doc, select: DocPath | None) -> None:
        self.blockSignals(True)
        self.clear()
        chosen: QTreeWidgetItem | None = None
        number = 0
        for i, item in enumerate(data.get("steps", [])):
            path: DocPath = ("steps", i)
            kind = kind_of(item)
            if kind == "include":
                chosen_file = item.get("include") or self.tr("(choose a routine)")
                include = self.tr("Include: {file}").replace("{file}", str(chosen_file))
                node = QTreeWidgetItem([include])
            elif kind == "group":
                body = item.get("each_side") or {}
                steps = body.get("steps") or [] if isinstance(body, dict) else []
                node = QTreeWidgetItem(
                    [self.tr("Each side in turn: these steps on one side, then the other")]
                )
                for j, step in enumerate(steps):
                    number += 1
                    child = QTreeWidgetItem([step_label(str(number), step)])
                    child_path = (*group_steps_path(path), j)
                    child.setData(0, PATH_ROLE, child_path)
                    node.addChild(child)
                    if child_path == select:
                        chosen = child
            else:
                number += 1
                node = QTreeWidgetItem([step_label(str(number), item)])
            node.setData(0, PATH_ROLE, path)
            node.setData(0, KIND_ROLE, kind)
            self.addTopLevelItem(node)
            if path == select:
                chosen = node
        self.expandAll()
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.blockSignals(False)

    def current_path(self) -> DocPath | None:
        item = self.currentItem()
        return item.data(0, PATH_ROLE) if item else None

    def dropEvent(self, event: QDropEvent) -> None:
        """Qt calls this only for a drag that started in this list (InternalMove)."""
        source = self.current_path()
        point = event.position().toPoint()
        target_item = self.itemAt(point)
        target = target_item.data(0, PATH_ROLE) if target_item else None
        position = "below"
        if target_item is not None:
            rect = self.visualItemRect(target_item)
            group = target_item.data(0, KIND_ROLE) == "group"
            position = drop_position(point.y() - rect.top(), rect.height(), group)
        # The tree is rebuilt from the document: Qt must not move (or delete) rows itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is not None and target != source:
            self.move_requested.emit(source, target, position)
