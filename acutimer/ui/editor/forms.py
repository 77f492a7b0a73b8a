"""The forms of the editor: the routine's own fields, a step, a group, an include."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.catalogue import routine_files
from acutimer.core.routine import (
    WRITABLE_KINDS,
    EachSideBody,
    PhaseKind,
    PhaseSpec,
    Routine,
    StepSpec,
)
from acutimer.core.routine_doc import DocPath, field_default
from acutimer.core.sides import StepSide
from acutimer.ui.editor.document import EditorDocument
from acutimer.ui.editor.fields import Binder, ProblemLabel, field_spec, spin_limits
from acutimer.ui.editor.point_picker import PointPicker
from acutimer.ui.editor.words import kind_words

PathFn = Callable[[], DocPath | None]


def side_choices() -> list[tuple[str, str]]:
    """(the file's word, what the person reads) for each side a step may have: the
    editor works on the document as the file holds it, the words, not the members."""
    return [
        (
            StepSide.EACH.value,
            QCoreApplication.translate("StepForm", "Each side in turn (one side, then the other)"),
        ),
        (
            StepSide.BOTH.value,
            QCoreApplication.translate("StepForm", "Both sides at once (two thumbs)"),
        ),
        (StepSide.NONE.value, QCoreApplication.translate("StepForm", "No side")),
    ]


def paragraph(lines: int, name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 12
    edit.setFixedHeight(height)
    # Fixed, not Expanding: the spare height of a form goes to the point list.
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class RoutineForm(QWidget):
    """Title, id, summary, audience, cautions and switch time of the routine."""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = line_edit(self.tr("Routine title"), self.tr("e.g. My physio's stretches"))
        self.id = line_edit(self.tr("Routine id"), self.tr("short name, e.g. my-stretches"))
        self.summary = paragraph(
            3, self.tr("Summary"), self.tr("What the routine does, in a sentence or two")
        )
        self.audience = paragraph(
            2, self.tr("Who it is for"), self.tr("e.g. People with ordinary low back pain")
        )
        self.cautions = paragraph(
            3, self.tr("Cautions"), self.tr("One caution per line (optional)")
        )
        self.switch = QDoubleSpinBox()
        self.switch.setAccessibleName(self.tr("Time to switch sides, seconds"))
        self.switch.setRange(*spin_limits(field_spec(Routine, "switch_seconds")))
        self.switch.setDecimals(0)
        self.switch.setSuffix(self.tr(" s", "after a number of seconds"))
        default_switch = field_default(Routine, "switch_seconds")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), binder.line(self.title, lambda: ("title",)))
        form.addRow(self.tr("&Id"), binder.line(self.id, lambda: ("id",)))
        form.addRow(self.tr("Su&mmary"), binder.plain(self.summary, lambda: ("summary",)))
        form.addRow(self.tr("&For"), binder.plain(self.audience, lambda: ("audience",)))
        form.addRow(
            self.tr("&Cautions"),
            binder.plain(self.cautions, lambda: ("cautions",), lines=True),
        )
        form.addRow(
            self.tr("Switch sides"),
            binder.spin(self.switch, lambda: ("switch_seconds",), default_switch),
        )


class PhaseRow(QWidget):
    """One phase: what to do, for how long, and (optionally) its own words."""

    def __init__(
        self, binder: Binder, path: PathFn, number: int, remove: Callable[[], None]
    ) -> None:
        super().__init__()

        def named(text: str) -> str:
            return text.replace("{number}", str(number))

        self.kind = QComboBox()
        self.kind.setAccessibleName(named(self.tr("Phase {number}: kind")))
        for kind in WRITABLE_KINDS:
            self.kind.addItem(kind_words(kind), kind.value)
        self.seconds = QDoubleSpinBox()
        self.seconds.setAccessibleName(named(self.tr("Phase {number}: seconds")))
        self.seconds.setRange(*spin_limits(field_spec(PhaseSpec, "seconds")))
        self.seconds.setDecimals(0)
        self.seconds.setSuffix(self.tr(" s", "after a number of seconds"))
        self.text = line_edit(
            named(self.tr("Phase {number}: words")),
            self.tr("Its own words (default: the instruction)"),
        )
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(named(self.tr("Remove phase {number}")))
        self.remove.clicked.connect(remove)
        self.problems = ProblemLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)

        def sub(name: str) -> PathFn:
            return lambda: (*p, name) if (p := path()) is not None else None

        row.addWidget(binder.combo(self.kind, sub("kind")), 2)
        row.addWidget(binder.spin(self.seconds, sub("seconds")), 2)
        row.addWidget(binder.line(self.text, sub("text"), optional=True), 5)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(binder.problems_only(QWidget(), path, below=False))


class StepForm(QWidget):
    """The step chosen in the list: its words, point, side, rounds and phases."""

    def __init__(
        self, document: EditorDocument, binder: Binder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.binder = binder
        self.path: DocPath | None = None
        here = self._sub
        self.title = line_edit(self.tr("Step title"), self.tr("e.g. Kidney Shu, both sides"))
        self.instruction = paragraph(
            3, self.tr("Instruction"), self.tr("What to do, in plain words")
        )
        self.picker = PointPicker(document.points)
        # At least ten points and the diagram, so the phases stay in sight on a 1366x768
        # screen; fit_height() gives it the spare height of a taller window. A fixed
        # height, as the diagram's wrapped words would otherwise ask for more than fits.
        self.picker_minimum = self.fontMetrics().lineSpacing() * 14 + 60
        self.picker.setFixedHeight(self.picker_minimum)
        self.picker.chosen.connect(self.on_point_chosen)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        for value, words in side_choices():
            self.side.addItem(words, value)
        self.rounds = QSpinBox()
        self.rounds.setAccessibleName(self.tr("Rounds"))
        low, high = spin_limits(field_spec(StepSpec, "rounds"))
        self.rounds.setRange(int(low), int(high))
        self.optional = QCheckBox(self.tr("Optional (the person may skip it)"))
        self.phase_box = QVBoxLayout()
        self.phase_box.setSpacing(2)
        self.phase_rows: list[PhaseRow] = []
        self.add_phase = QPushButton(self.tr("Add &phase"))
        self.add_phase.clicked.connect(self.on_add_phase)
        self.point_problems = binder.problems_only(QWidget(), here("point"), below=False)

        side_row = QHBoxLayout()
        side_row.addWidget(binder.combo(self.side, here("side"), self._default_side), 3)
        rounds_label = QLabel(self.tr("&Rounds"))
        rounds_label.setBuddy(self.rounds)
        # The fields sit at the top of their boxes (their problems go below them).
        rounds_label.setMinimumHeight(self.rounds.sizeHint().height())
        side_row.addWidget(rounds_label, 0, Qt.AlignmentFlag.AlignTop)
        side_row.addWidget(binder.spin(self.rounds, here("rounds"), 1))
        side_row.addWidget(binder.check(self.optional, here("optional")), 2)
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Step &title"), binder.line(self.title, here("title")))
        form.addRow(self.tr("I&nstruction"), binder.plain(self.instruction, here("instruction")))
        form.addRow(self.tr("P&oint"), self.picker)
        form.addRow("", self.point_problems)
        # The row holds a layout, so its label is made here to name its buddy (the side).
        side_label = QLabel(self.tr("Si&de"))
        side_label.setBuddy(self.side)
        form.addRow(side_label, side_row)
        phases = QVBoxLayout()
        phases.addLayout(self.phase_box)
        phases.addWidget(binder.problems_only(QWidget(), here("phases"), below=False))
        phases.addWidget(self.add_phase)
        form.addRow(self.tr("Phases"), phases)
        # Step-wide problems (a side without a point...) show with the step's own path.
        form.addRow("", binder.problems_only(QWidget(), lambda: self.path, below=False))

    def fit_height(self, available: int) -> None:
        """Give the point list and diagram what ``available`` height the rest leaves."""
        rest = self._form.sizeHint().height() - self.picker.height()
        wanted = max(self.picker_minimum, available - rest)
        if wanted != self.picker.height():
            self.picker.setFixedHeight(wanted)

    def _sub(self, name: str) -> PathFn:
        return lambda: (*self.path, name) if self.path is not None else None

    def _step(self) -> dict[str, Any]:
        data = self.document.data
        for part in self.path or ():
            data = data[part]
        return data if isinstance(data, dict) else {}

    def _default_side(self) -> str:
        return (StepSide.EACH if self._step().get("point") else StepSide.NONE).value

    def show_step(self, path: DocPath | None) -> None:
        self.path = path
        self.refresh()

    def refresh(self) -> None:
        if self.path is None:
            return
        step = self._step()
        found = step.get("phases")
        phases: list[Any] = found if isinstance(found, list) else []
        while len(self.phase_rows) > len(phases):
            row = self.phase_rows.pop()
            self.binder.bindings = [
                b for b in self.binder.bindings if not row.isAncestorOf(b.widget)
            ]
            self.phase_box.removeWidget(row)
            row.deleteLater()
        while len(self.phase_rows) < len(phases):
            n = len(self.phase_rows)
            row = PhaseRow(self.binder, self._phase_path(n), n + 1, self._remover(n))
            self.phase_rows.append(row)
            self.phase_box.addWidget(row)
        for row in self.phase_rows:
            row.remove.setEnabled(len(phases) > 1)
        self.picker.show_point(step.get("point"), step.get("side"))

    def _remover(self, n: int) -> Callable[[], None]:
        return lambda: self.on_remove_phase(n)

    def _phase_path(self, n: int) -> PathFn:
        return lambda: (*self.path, "phases", n) if self.path is not None else None

    def on_point_chosen(self, code: str | None) -> None:
        if self.path is None:
            return
        path = self.path

        def mutate(data: dict[str, Any]) -> None:
            step: Any = data
            for part in path:
                step = step[part]
            if code is None:
                step.pop("point", None)
                if step.get("side") in (StepSide.EACH, StepSide.BOTH):
                    step.pop("side")
            else:
                had_point = "point" in step
                step["point"] = code
                if step.get("side") == StepSide.NONE:
                    step.pop("side")
                if not had_point:  # keep the key order of the file: point after title
                    items = list(step.items())
                    step.clear()
                    step.update(sorted(items, key=lambda kv: _STEP_ORDER.get(kv[0], 99)))

        self.document.change(self.tr("Choose the point"), mutate)

    def on_add_phase(self) -> None:
        if self.path is None:
            return
        path = (*self.path, "phases")

        def mutate(data: dict[str, Any]) -> None:
            phases: Any = data
            for part in path:
                phases = phases[part]
            press, release = PhaseKind.PRESS.value, PhaseKind.RELEASE.value
            last = phases[-1] if phases else {"kind": press, "seconds": 30}
            following = {press: release, PhaseKind.HOLD.value: release, release: press}
            kind = following.get(str(last.get("kind")), press)
            phases.append({"kind": kind, "seconds": 10 if kind == release else 30})

        self.document.change(self.tr("Add a phase"), mutate)

    def on_remove_phase(self, index: int) -> None:
        if self.path is None:
            return
        path = (*self.path, "phases")

        def mutate(data: dict[str, Any]) -> None:
            phases: Any = data
            for part in path:
                phases = phases[part]
            if index < len(phases):
                del phases[index]

        self.document.change(self.tr("Remove a phase"), mutate)


_STEP_ORDER = {
    k: n
    for n, k in enumerate(("title", "point", "side", "rounds", "optional", "instruction", "phases"))
}


class GroupForm(QWidget):
    """An each-side group: what it means, and its own time to switch sides."""

    def __init__(
        self, document: EditorDocument, binder: Binder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path: DocPath | None = None
        self.switch = QDoubleSpinBox()
        self.switch.setAccessibleName(self.tr("Time to switch sides in this group, seconds"))
        low, high = spin_limits(field_spec(EachSideBody, "switch_seconds"))
        # One below the lowest allowed value stands for "the routine's own time".
        self.switch.setRange(low - 1, high)
        self.switch.setSpecialValueText(self.tr("as for the whole routine"))
        self.switch.setDecimals(0)
        self.switch.setSuffix(self.tr(" s", "after a number of seconds"))
        switch_row = QFormLayout()
        switch_row.addRow(
            self.tr("Switch sides"),
            binder.spin(self.switch, self._switch_path, default=low - 1),
        )
        text = QLabel(
            self.tr(
                "The steps of this group are done on one side (the side that hurts more "
                "first), then all of them again on the other side, with time to switch "
                "between. Steps inside a group are always 'each side in turn'.\n\n"
                "Drag steps into the group, or select it and use Add step."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(switch_row)
        layout.addWidget(binder.problems_only(QWidget(), lambda: self.path, below=False))
        layout.addStretch()

    def _switch_path(self) -> DocPath | None:
        return (*self.path, "each_side", "switch_seconds") if self.path else None

    def show_group(self, path: DocPath | None) -> None:
        self.path = path


class IncludeForm(QWidget):
    """An include: all the steps of another of your routines, in its place."""

    def __init__(
        self, document: EditorDocument, binder: Binder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path: DocPath | None = None
        self.file = QComboBox()
        self.file.setAccessibleName(self.tr("Routine to include"))
        text = QLabel(
            self.tr(
                "All the steps of another of your routines come here, in order, with its "
                "cautions. Only routines in your own folder can be included; use "
                "'Customise a copy' on a built-in routine first to include it."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(
            binder.combo(self.file, lambda: (*self.path, "include") if self.path else None)
        )
        layout.addStretch()

    def show_include(self, path: DocPath) -> None:
        self.path = path
        self.fill(self.document.user_dir, self.document.path)

    def fill(self, folder: Path, own: Path | None) -> None:
        self.file.blockSignals(True)
        self.file.clear()
        self.file.addItem(self.tr("(choose a routine)"), "")
        for path in routine_files(folder):
            if not path.is_file():
                continue  # a folder or a pipe named *.yaml is listed as broken, not offered
            if own is None or path.resolve() != own.resolve():
                self.file.addItem(path.name, path.name)
        self.file.blockSignals(False)
