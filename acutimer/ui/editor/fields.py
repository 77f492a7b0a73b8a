"""Widgets bound to one value of the document, each with its problem shown beneath it.

A binding knows the data path of its value (a function, since the step shown
changes), writes every edit to the document as an undoable change, and on
``refresh()`` shows the document's value and the loader's problems for that path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.model import Number
from acutimer.core.routine_doc import DocPath
from acutimer.ui.editor.document import EditorDocument

PathFn = Callable[[], DocPath | None]


class ProblemLabel(QLabel):
    """The loader's words about one field, right under it; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)
        self._messages: list[str] = []

    def show_messages(self, messages: list[str]) -> None:
        if messages == self._messages:
            return
        self._messages = messages
        self._colour()
        self.setText("\n".join(f"⚠ {m[:1].upper()}{m[1:]}" for m in messages))
        self.setVisible(bool(messages))

    def messages(self) -> list[str]:
        return list(self._messages)

    def _colour(self) -> None:
        """Red that reads at 4.5:1 on the window, light or dark (high contrast too)."""
        sheet = f"color: {problem_colour(self.palette()).name()};"
        if sheet != self.styleSheet():  # a new sheet changes the palette: no loop
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()


def problem_colour(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff9e8a" if dark else "#b3261e")


def with_problems(widget: QWidget, label: ProblemLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(label)
    return box


def spin_limits(spec: Any) -> tuple[float, float]:
    """A spin box's range from a field's declared limits; the lowest value that is not
    allowed (0 for "more than 0") stays typeable so the loader's message can say why."""
    if not isinstance(spec, Number):
        spec = getattr(spec, "spec", spec)
    low = spec.ge if spec.ge is not None else (spec.gt if spec.gt is not None else 0)
    high = spec.le if spec.le is not None else 10**6
    return float(low), float(high)


def field_spec(record: type, name: str) -> Any:
    """The declared spec of ``record.name`` (the model's limits, not a copy of them)."""
    spec = next(f for f in dataclasses.fields(record) if f.name == name).metadata["spec"]
    return getattr(spec, "spec", spec)  # inside Nullable


@dataclass
class Binding:
    widget: QWidget
    path: PathFn
    problems: ProblemLabel
    below: bool
    show: Callable[[Any, bool], None]


class Binder(QObject):
    """Binds widgets to paths of one document and keeps them in step with it."""

    def __init__(self, document: EditorDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bindings: list[Binding] = []
        # A blank new routine would open with "must not be empty" under every field;
        # beside a field that is still empty and untouched, that waits until it is
        # typed into (the list at the bottom of the window always has them all).
        self.quiet_when_blank = document.path is None and document.original_text is None
        self.touched: set[DocPath] = set()

    def _value(self, path: DocPath | None) -> tuple[Any, bool]:
        data: Any = self.document.data
        if path is None:
            return None, False
        for part in path:
            try:
                data = data[part]
            except (KeyError, IndexError, TypeError):
                return None, False
        return data, True

    def _add(
        self, widget: QWidget, path: PathFn, show: Callable[[Any, bool], None], below: bool = False
    ) -> QWidget:
        label = ProblemLabel()
        self.bindings.append(Binding(widget, path, label, below, show))
        return with_problems(widget, label)

    def _set(self, path: PathFn, value: Any) -> None:
        where = path()
        if where is not None:
            self.touched.add(where)
            self.document.set(where, value)

    def line(self, widget: QLineEdit, path: PathFn, *, optional: bool = False) -> QWidget:
        widget.textEdited.connect(
            lambda text: self._set(path, (text or None) if optional else text)
        )

        def show(value: Any, present: bool) -> None:
            text = "" if value is None else str(value)
            if widget.text() != text:
                widget.setText(text)

        return self._add(widget, path, show)

    def plain(self, widget: QPlainTextEdit, path: PathFn, *, lines: bool = False) -> QWidget:
        """A paragraph; with ``lines``, a list of one item per line (empty: no key)."""
        widget.setTabChangesFocus(True)

        def edited() -> None:
            text = widget.toPlainText()
            if lines:
                items = [line.strip() for line in text.splitlines() if line.strip()]
                self._set(path, items or None)
            else:
                self._set(path, text)

        widget.textChanged.connect(lambda: None if widget.signalsBlocked() else edited())

        def show(value: Any, present: bool) -> None:
            if lines:
                current = [x.strip() for x in widget.toPlainText().splitlines() if x.strip()]
                if current == list(value or []):
                    return
                text = "\n".join(str(x) for x in value or [])
            else:
                text = "" if value is None else str(value)
                if widget.toPlainText() == text:
                    return
            widget.blockSignals(True)
            widget.setPlainText(text)
            widget.blockSignals(False)

        return self._add(widget, path, show, below=lines)

    def spin(
        self, widget: QSpinBox | QDoubleSpinBox, path: PathFn, default: float | None = None
    ) -> QWidget:
        """A number; with ``default``, setting it to the default removes the key."""

        def edited(value: float) -> None:
            if widget.signalsBlocked():
                return
            number: float | int = int(value) if float(value).is_integer() else value
            self._set(path, None if default is not None and number == default else number)

        widget.valueChanged.connect(edited)

        def show(value: Any, present: bool) -> None:
            shown = value if present and isinstance(value, int | float) else default
            if shown is not None and widget.value() != shown:
                widget.blockSignals(True)
                widget.setValue(shown)  # type: ignore[arg-type]
                widget.blockSignals(False)

        return self._add(widget, path, show)

    def check(self, widget: QCheckBox, path: PathFn) -> QWidget:
        """true, or no key (the default, false)."""
        widget.toggled.connect(
            lambda on: None if widget.signalsBlocked() else self._set(path, True if on else None)
        )

        def show(value: Any, present: bool) -> None:
            if widget.isChecked() != bool(value):
                widget.blockSignals(True)
                widget.setChecked(bool(value))
                widget.blockSignals(False)

        return self._add(widget, path, show)

    def combo(
        self, widget: QComboBox, path: PathFn, default: Callable[[], Any] = lambda: None
    ) -> QWidget:
        """One of the combo's item data; ``default()`` is shown when the key is absent."""
        widget.activated.connect(lambda i: self._set(path, widget.itemData(i)))

        def show(value: Any, present: bool) -> None:
            index = widget.findData(value if present else default())
            if index >= 0 and widget.currentIndex() != index:
                widget.blockSignals(True)
                widget.setCurrentIndex(index)
                widget.blockSignals(False)

        return self._add(widget, path, show)

    def problems_only(self, widget: QWidget, path: PathFn, below: bool = True) -> QWidget:
        return self._add(widget, path, lambda v, p: None, below)

    def refresh(self) -> None:
        for binding in self.bindings:
            where = binding.path()
            value, present = self._value(where)
            if where is not None:
                binding.show(value, present)
            messages = (
                self.document.problems_at(where, below=binding.below) if where is not None else []
            )
            if self.quiet_when_blank and where not in self.touched and value in (None, ""):
                messages = []
            binding.problems.show_messages(messages)
            # A screen reader says the problem with the field's name.
            binding.widget.setAccessibleDescription(
                "; ".join(messages) or _combo_name(binding.widget)
            )


def _combo_name(widget: QWidget) -> str:
    """A drop-down list's name, said as its description: on Linux Qt gives a combo box's
    current choice as its name (a label beside it names it), so a phase's "Press" would
    otherwise be heard without "Phase 1: kind"."""
    return widget.accessibleName() if isinstance(widget, QComboBox) else ""


class UndoKeysToWindow(QObject):
    """Ctrl+Z in a text field undoes the document's last change, not the field's own
    typing: one undo history for everything, as the window's Edit menu shows it."""

    EXTRA = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            pressed = QKeySequence(event.keyCombination())
            if any(event.matches(k) for k in keys) or pressed in self.EXTRA:
                event.ignore()
                return True
        return False
