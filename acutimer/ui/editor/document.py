"""The routine being edited: its data, its undo history and what the loader says of it.

The document is the plain data of the YAML file. Every change goes through
``change()``, which pushes one QUndoCommand holding the data before and after (the
data is a few kilobytes, so whole copies keep undo exact for any kind of change).
After every change the text Save would write is checked by the loader itself
(``load_routine_text``), and each problem is placed back on the data path it
concerns, so a widget can show it beside the field.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from acutimer.core.errors import DataError, Problem
from acutimer.core.loader import ResolvedRoutine, load_routine_text
from acutimer.core.points import PointLibrary
from acutimer.core.routine import PhaseKind
from acutimer.core.routine_doc import Doc, DocPath, patch, to_yaml
from acutimer.core.timeline import Timeline, build_timeline
from acutimer.core.yamlsource import SourceMap, load
from acutimer.ui.editor.words import field_words

_DOTTED_PREFIX = re.compile(r"^[A-Za-z_][\w]*(?:\[\d+\]|\.[A-Za-z_]\w*)*: ")


@dataclass(frozen=True)
class FieldProblem:
    """A problem of the document, at the data path of the field it concerns."""

    path: DocPath
    message: str


def get(data: Any, path: DocPath) -> Any:
    for part in path:
        data = data[part]
    return data


def new_routine(routine_id: str) -> Doc:
    """What File > New routine starts from: one step, ready to be filled in."""
    return {
        "format": 1,
        "id": routine_id,
        "title": "",
        "summary": "",
        "audience": "",
        "steps": [new_step()],
    }


def new_step() -> Doc:
    phase = {"kind": PhaseKind.PRESS.value, "seconds": 30}
    return {"title": "", "instruction": "", "phases": [phase]}


def slug(title: str) -> str:
    """An id made from a title: "My physio's stretches" -> "my-physio-s-stretches"."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words)[:60].strip("-")


class _Change(QUndoCommand):
    def __init__(
        self,
        document: EditorDocument,
        text: str,
        before: Doc,
        after: Doc,
        merge_key: str | None,
        selection: tuple[DocPath | None, DocPath | None],
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.selection = selection

    def id(self) -> int:
        return 17 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing into one field is one change to undo, not one per letter.
        if not isinstance(other, _Change) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.selection = (self.selection[0], other.selection[1])
        return True

    def redo(self) -> None:
        self.document._restore(self.after, self.selection[1])

    def undo(self) -> None:
        self.document._restore(self.before, self.selection[0])


class EditorDocument(QObject):
    """One routine file being edited.

    Signals:
        changed(): the data changed (an edit, undo or redo) and has been checked.
        selection_requested(object): after undo/redo, the step path to show (or None).
    """

    changed = Signal()
    selection_requested = Signal(object)

    def __init__(
        self,
        points: PointLibrary,
        user_dir: Path,
        data: Doc,
        *,
        path: Path | None = None,
        original_text: str | None = None,
        taken_ids: Callable[[], set[str]] = set,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.points = points
        self.user_dir = user_dir
        self.path = path
        """The file Save writes; None until a new routine is first saved."""
        self.data: Doc = copy.deepcopy(data)
        self.original_text = original_text
        self._original_data = yaml.safe_load(original_text) if original_text else None
        self._taken_ids = taken_ids
        self.undo_stack = QUndoStack(self)
        self.selected: DocPath | None = None
        self.resolved: ResolvedRoutine | None = None
        self.timeline: Timeline | None = None
        self.problems: list[FieldProblem] = []
        self.check()

    # -- changes ----------------------------------------------------------------

    def change(
        self,
        text: str,
        mutate: Callable[[Doc], None],
        *,
        merge_key: str | None = None,
        select: DocPath | bool | None = False,
    ) -> None:
        """Apply ``mutate`` to a copy of the data as one undoable change.

        ``select``: the step path to show afterwards (False: keep the current one).
        """
        after = copy.deepcopy(self.data)
        mutate(after)
        if after == self.data:
            return
        chosen = self.selected if select is False or select is True else select
        command = _Change(
            self, text, copy.deepcopy(self.data), after, merge_key, (self.selected, chosen)
        )
        self.undo_stack.push(command)

    def set(
        self, path: DocPath, value: Any, *, text: str = "", with_field: DocPath | None = None
    ) -> None:
        """Set the value at ``path``; ``None`` removes the key (the default applies).

        Edits of one field in a row are one change to undo; ``with_field`` joins this
        edit to that field's change instead (an id that follows the title)."""

        def mutate(data: Doc) -> None:
            parent = get(data, path[:-1])
            if value is None and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = value

        key = "/".join(map(str, with_field or path))
        words = text or self.change_words((with_field or path)[-1])
        self.change(words, mutate, merge_key=key)

    def change_words(self, key: Any) -> str:
        """How the undo history names an edit of the field ``key``: "Change title"."""
        return self.tr("Change {field}").replace("{field}", field_words(key))

    def _restore(self, data: Doc, selection: DocPath | None) -> None:
        self.data = copy.deepcopy(data)
        self.check()
        if selection != self.selected:
            self.selected = selection
            self.selection_requested.emit(selection)
        self.changed.emit()

    def mark_saved(self, path: Path, text: str) -> None:
        """The data is now the file ``path`` holding ``text``; later edits patch it."""
        self.path = path
        self.original_text = text
        self._original_data = yaml.safe_load(text)
        self.undo_stack.setClean()
        self.check()

    # -- what Save writes, and what the loader says of it ----------------------------

    @property
    def target(self) -> Path:
        """Where the file is, or would be saved."""
        if self.path is not None:
            return self.path
        from acutimer.routine_files import free_name

        return free_name(self.user_dir, slug(str(self.data.get("id", ""))) or "routine")

    def text(self) -> str:
        """The file Save would write: the hand-written text patched where it can be."""
        if self.original_text is not None and self._original_data is not None:
            patched = patch(self.original_text, self._original_data, self.data)
            if patched is not None:
                return patched
        return to_yaml(self.data)

    def rewrites_by_hand_text(self) -> bool:
        """True if saving would rewrite a file written by hand (comments and layout go)."""
        if self.original_text is None or self._original_data is None:
            return False
        if patch(self.original_text, self._original_data, self.data) is not None:
            return False
        return to_yaml(self._original_data) != self.original_text

    def check(self) -> None:
        text = self.text()
        name = self.target.name
        problems: list[FieldProblem] = []
        self.resolved = self.timeline = None
        try:
            self.resolved = load_routine_text(
                text, self.target, self.points, self.user_dir, name=name
            )
        except DataError as exc:
            problems += self._placed(exc.problems, text, name)
        routine_id = self.data.get("id")
        if routine_id in self._taken_ids():
            taken = self.tr("another routine already has the id {id}")
            problems.append(FieldProblem(("id",), taken.replace("{id}", repr(routine_id))))
            self.resolved = None
        if self.resolved is not None:
            self.timeline = build_timeline(self.resolved, self.points)
        self.problems = problems

    def _placed(self, problems: list[Problem], text: str, name: str) -> list[FieldProblem]:
        try:
            _, source = load(text, name)
        except DataError:
            source = SourceMap(name)
        places: dict[tuple[int, int], DocPath] = {}
        for table in (source.keys, source.values):  # values win where both start
            for key, where in sorted(table.items(), key=lambda kv: -len(kv[0])):
                places[where] = key
        out = []
        for problem in problems:
            if problem.path != name:
                # In an included file: the include itself also has a problem of its own.
                out.append(FieldProblem((), str(problem)))
                continue
            path = places.get((problem.line, problem.column), ())
            message = _DOTTED_PREFIX.sub("", problem.message, count=1)
            out.append(FieldProblem(tuple(path), message))
        return out

    @property
    def valid(self) -> bool:
        return not self.problems and self.resolved is not None

    def problems_at(self, path: DocPath, *, below: bool = False) -> list[str]:
        """Problems of the field at ``path`` (and, with ``below``, of what it holds)."""
        n = len(path)
        return [
            p.message
            for p in self.problems
            if p.path == path or (below and p.path[:n] == path and len(p.path) > n)
        ]
