"""The routine editor window: the routine, its steps, the chosen step, and Save.

Everything typed is a change of the document (undoable), checked at once by the
loader; problems appear beside their field and in the list at the bottom, the total
time and the phase bar follow every change, and Save is enabled only when the
routine would load.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.routine_doc import Doc, DocPath
from acutimer.core.timeline import clock_text
from acutimer.routine_files import ensure_schema, write_atomically
from acutimer.ui.editor.document import EditorDocument, get, new_step, slug
from acutimer.ui.editor.fields import Binder, UndoKeysToWindow
from acutimer.ui.editor.forms import GroupForm, IncludeForm, RoutineForm, StepForm
from acutimer.ui.editor.step_list import (
    TOP,
    StepList,
    drop_target,
    group_steps_path,
    kind_of,
    move_item,
)
from acutimer.ui.editor.timeline_strip import TimelineStrip
from acutimer.ui.editor.try_window import TryWindow, timeline_dialog
from acutimer.ui.editor.words import field_words, first_upper
from acutimer.ui.fit import fit_window, scrolling

EMPTY, STEP, GROUP, INCLUDE = range(4)
REDO_KEYS = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
"""Both usual redo keys, whatever the platform theme names as its own."""


def _described(path: DocPath) -> str:
    """Where a problem is, in words: "Item 2", "Item 2, phase 1, seconds", "The routine"."""
    if not path:
        return QCoreApplication.translate("EditorProblems", "The routine")
    if path[0] != "steps" or len(path) < 2:
        return first_upper(field_words(path[0]))
    parts = [
        QCoreApplication.translate("EditorProblems", "Item {number}").replace(
            "{number}", str(int(path[1]) + 1)
        )
    ]
    rest = path[2:]
    if rest[:2] == ("each_side", "steps") and len(rest) > 2:
        step = QCoreApplication.translate("EditorProblems", "step {number} of the group").replace(
            "{number}", str(int(rest[2]) + 1)
        )
        parts.append(step)
        rest = rest[3:]
    if rest[:1] == ("phases",) and len(rest) > 1:
        parts.append(
            QCoreApplication.translate("EditorProblems", "phase {number}").replace(
                "{number}", str(int(rest[1]) + 1)
            )
        )
        rest = rest[2:]
    if rest:
        parts.append(field_words(rest[-1]))
    # A list of places, not a sentence: "Item 2, phase 1, seconds".
    return ", ".join(parts)


class RoutineEditor(QMainWindow):
    """Make or change one routine of the user's own.

    Signals:
        saved(str): the routine was written to the user's folder; its id.
    """

    saved = Signal(str)

    def __init__(
        self,
        document: EditorDocument,
        *,
        ask: Callable[[str, str], bool] | None = None,
        clock: Callable[[], float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        document.setParent(self)
        self._clean = True
        self._clock = clock  # None: the runner's own clock (tests pass a fake one)
        self.ask = ask or self._ask
        self.try_window: TryWindow | None = None
        self._left_fitted = False
        # A new routine's id follows its title until the id is typed by hand.
        title = str(document.data.get("title") or "")
        self._id_follows_title = document.path is None and (
            not title or document.data.get("id") == slug(title)
        )
        self.binder = Binder(document, self)
        self.routine_form = RoutineForm(self.binder)
        self.steps = StepList()
        self.step_form = StepForm(document, self.binder)
        self.group_form = GroupForm(document, self.binder)
        self.include_form = IncludeForm(document, self.binder)
        self.pages = QStackedWidget()
        empty = QLabel(self.tr("Choose a step on the left, or add one."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (empty, self.step_form, self.group_form, self.include_form):
            self.pages.addWidget(page)
        self.strip = TimelineStrip()
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total time"))
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems to fix before saving"))
        self.problem_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.speed = QDoubleSpinBox()
        self.speed.setAccessibleName(self.tr("Speed of the trial run"))
        self.speed.setRange(0.5, 100)
        self.speed.setValue(10)
        self.speed.setPrefix(self.tr("at ", "before the speed: 'at 10× speed'"))
        self.speed.setSuffix(self.tr("× speed", "after the speed: 'at 10× speed'"))
        self.speed.setDecimals(1)
        self._build_actions()
        self._build_layout()
        self._connect_signals()
        self._keys = UndoKeysToWindow(self)
        for widget in self.findChildren(QWidget):
            widget.installEventFilter(self._keys)
        fit_window(self, self.sizeHint())  # within a 1366x768 or 2x-scaled screen
        self.refresh()
        first = ("steps", 0) if document.data.get("steps") else None
        self.select(first)
        self.routine_form.title.setFocus()  # where a person starts, not the speed box

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    # -- building -------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(REDO_KEYS)
        self.addActions([self.undo_action, self.redo_action])
        # Qt names the change after a space ("&Undo Change title"); a language may
        # need other words around it ("&Rückgängig: Titel ändern").
        stack.undoTextChanged.connect(self._name_undo_actions)
        stack.redoTextChanged.connect(self._name_undo_actions)
        S = QKeySequence.StandardKey
        self.save_action = self._action(self.tr("&Save"), self.save, S.Save)
        self.close_action = self._action(self.tr("&Close"), self.close, S.Close)
        self.add_step_action = self._action(self.tr("Add &step"), self.add_step, "Ctrl+Shift+N")
        self.add_group_action = self._action(self.tr("Add each-side &group"), self.add_group)
        self.add_include_action = self._action(self.tr("Add &include"), self.add_include)
        self.duplicate_action = self._action(self.tr("&Duplicate"), self.duplicate, "Ctrl+D")
        self.remove_action = self._action(self.tr("&Remove"), self.remove, "Ctrl+Del")
        # Delete removes the chosen step when the list has the keyboard, not in a field.
        delete = QAction(self.tr("Remove"), self.steps)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove)
        self.steps.addAction(delete)
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move_selected(-1), "Alt+Up")
        self.down_action = self._action(
            self.tr("Move do&wn"), lambda: self.move_selected(1), "Alt+Down"
        )
        self.preview_action = self._action(self.tr("&Timeline…"), self.preview, "Ctrl+T")
        self.try_action = self._action(self.tr("T&ry it"), self.try_it, "Ctrl+R")
        for action in (self.remove_action, self.up_action, self.down_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = self.tr("{action} ({keys})", "a command and its keys: 'Remove (Ctrl+Del)'")
            action.setToolTip(
                tip.replace("{action}", action.text().replace("&", "")).replace("{keys}", keys)
            )

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.save_action, self.preview_action, self.try_action])
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        step_menu = bar.addMenu(self.tr("&Steps"))
        step_menu.addActions(
            [
                self.add_step_action,
                self.add_group_action,
                self.add_include_action,
                self.duplicate_action,
                self.remove_action,
                self.up_action,
                self.down_action,
            ]
        )
        tools = QToolBar(self.tr("Editor"))
        tools.setObjectName("editor-tools")
        tools.setMovable(False)
        # The toolbar says just Undo and Redo (the menu says what): buttons that change
        # width with every edit would move under the pointer.
        for action, words in (
            (self.undo_action, self.tr("Undo")),
            (self.redo_action, self.tr("Redo")),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setText(words)
            action.changed.connect(lambda b=button, w=words: b.setText(w))
            tools.addWidget(button)
        tools.addSeparator()
        tools.addActions([self.preview_action, self.try_action])
        tools.addWidget(self.speed)
        tools.addSeparator()
        tools.addAction(self.save_action)
        self.addToolBar(tools)

    def _name_undo_actions(self) -> None:
        stack = self.document.undo_stack
        for action, change, words, alone in (
            (self.undo_action, stack.undoText(), self.tr("&Undo {change}"), self.tr("&Undo")),
            (self.redo_action, stack.redoText(), self.tr("&Redo {change}"), self.tr("&Redo")),
        ):
            action.setText(words.replace("{change}", change) if change else alone)

    def _build_layout(self) -> None:
        routine_box = QGroupBox(self.tr("Routine"))
        QVBoxLayout(routine_box).addWidget(self.routine_form)
        step_box = QGroupBox(self.tr("Steps (drag, or Alt+Up and Alt+Down, to reorder)"))
        step_layout = QVBoxLayout(step_box)
        step_layout.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        for action, words in (
            (self.add_step_action, self.tr("Add step")),
            (self.add_group_action, self.tr("Add group")),
            (self.add_include_action, self.tr("Include…")),
            (self.duplicate_action, self.tr("Duplicate")),
            (self.remove_action, self.tr("Remove")),
        ):
            button = QPushButton(words)
            button.setToolTip(action.toolTip() or action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        step_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(routine_box)
        left_layout.addWidget(step_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.viewport().installEventFilter(self)
        self._scroll = scroll
        self.step_box = QGroupBox(self.tr("Step"))
        QVBoxLayout(self.step_box).addWidget(scroll)
        splitter = self._splitter = QSplitter()
        # The routine's fields and the step list scroll on a short screen (2x scaling),
        # so the window never grows past it.
        splitter.addWidget(scrolling(left))
        splitter.addWidget(self.step_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.strip, 1)
        bottom.addWidget(self.total)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problem_list)
        self.setCentralWidget(central)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._left_fitted:
            self._left_fitted = True
            self._fit_left_pane()

    def _fit_left_pane(self) -> None:
        """Widen the routine's side to the width its words ask for, if the step's side
        keeps its own: German buttons, or large desktop text, need more than English at
        the usual size, and a sideways scroll bar under the step list helps nobody."""
        left, right = self._splitter.widget(0), self._splitter.widget(1)
        page = left.widget() if isinstance(left, QScrollArea) else None
        if not isinstance(left, QScrollArea) or page is None or right is None:
            return
        scroll_bar = left.verticalScrollBar().sizeHint().width()
        tall = page.minimumSizeHint().height() > left.viewport().height()
        short_by = page.minimumSizeHint().width() + (scroll_bar if tall else 0) - left.width()
        first, second = self._splitter.sizes()
        if short_by > 0 and second - short_by >= right.minimumSizeHint().width():
            self._splitter.setSizes([first + short_by, second - short_by])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            self.step_form.fit_height(self._scroll.viewport().height())
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self.document.changed.connect(self.refresh)
        self.document.selection_requested.connect(self.select)
        self.document.undo_stack.cleanChanged.connect(self.on_clean_changed)
        self.steps.selected.connect(self.select)
        self.steps.move_requested.connect(self.on_drop)
        self.problem_list.itemActivated.connect(self.on_problem_chosen)
        self.problem_list.itemClicked.connect(self.on_problem_chosen)
        self.routine_form.title.textEdited.connect(self.on_title_edited)
        self.routine_form.id.textEdited.connect(self.on_id_edited)

    # -- showing the document ---------------------------------------------------------

    def refresh(self) -> None:
        document = self.document
        self.steps.show_items(document.data, document.selected)
        self.step_form.refresh()
        self.binder.refresh()
        # Phases added or removed change what is left for the point list.
        self.step_form.fit_height(self._scroll.viewport().height())
        timeline = document.timeline
        self.strip.set_timeline(timeline)
        total = clock_text(timeline.seconds) if timeline is not None else "—"
        self.total.setText(self.tr("Total {time}").replace("{time}", total))
        self.total.setAccessibleDescription(self.total.text())  # named "Total time"
        self.problem_list.clear()
        for problem in document.problems:
            where = self.tr("{place}: {problem}", "where a problem is, and what it is")
            where = where.replace("{place}", _described(problem.path))
            self.problem_list.addItem(where.replace("{problem}", problem.message))
        if not document.problems:
            self.problem_list.addItem(self.tr("✓ No problems: the routine can be saved."))
        self.save_action.setEnabled(document.valid)
        self.try_action.setEnabled(timeline is not None)
        self.preview_action.setEnabled(timeline is not None)
        self._update_title()

    def on_clean_changed(self, clean: bool) -> None:
        self._clean = clean
        self._update_title()

    def _update_title(self) -> None:
        title = str(self.document.data.get("title") or self.tr("New routine"))
        words = (
            self.tr("{title} — routine editor")
            if self._clean
            else self.tr("{title} * — routine editor")
        )
        self.setWindowTitle(words.replace("{title}", title))

    def select(self, path: DocPath | None) -> None:
        """Show the item at ``path`` (a step, a group or an include) in the form."""
        data = self.document.data
        try:
            item = get(data, path) if path is not None else None
        except (KeyError, IndexError, TypeError):
            item, path = None, None
        self.document.selected = path
        if self.steps.current_path() != path:
            self.steps.show_items(data, path)
        kind = kind_of(item) if item is not None else None
        if kind == "step":
            self.step_form.show_step(path)
            self.pages.setCurrentIndex(STEP)
        elif kind == "group":
            self.group_form.show_group(path)
            self.pages.setCurrentIndex(GROUP)
        elif kind == "include":
            assert path is not None
            self.include_form.show_include(path)
            self.pages.setCurrentIndex(INCLUDE)
        else:
            self.pages.setCurrentIndex(EMPTY)
        titles = {
            "step": self.tr("Step"),
            "group": self.tr("Each-side group"),
            "include": self.tr("Include"),
        }
        self.step_box.setTitle(titles.get(kind or "", ""))
        self.binder.refresh()
        has = path is not None
        for action in (self.duplicate_action, self.remove_action, self.up_action, self.down_action):
            action.setEnabled(has)

    def on_problem_chosen(self, item: object) -> None:
        row = self.problem_list.currentRow()
        if 0 <= row < len(self.document.problems):
            path = self.document.problems[row].path
            if len(path) >= 2 and path[0] == "steps":
                inner = (
                    path[:5] if path[2:4] == ("each_side", "steps") and len(path) > 4 else path[:2]
                )
                self.select(inner)

    # -- editing ------------------------------------------------------------------------

    def on_title_edited(self, text: str) -> None:
        if self._id_follows_title and self.document.path is None:
            # A new routine's id follows its title until the id is typed by hand; one
            # change, so one undo takes back both.
            self.document.set(("id",), slug(text) or "my-routine", with_field=("title",))

    def on_id_edited(self, _text: str) -> None:
        self._id_follows_title = False

    def _insert_at(self, item: Doc, text: str) -> None:
        """Insert ``item`` after the selected one (inside its group for a step)."""
        selected = self.document.selected
        data = self.document.data
        if selected is None:
            where, index = TOP, len(data.get("steps", []))
        elif kind_of(get(data, selected)) == "group" and kind_of(item) == "step":
            where = group_steps_path(selected)
            index = len(get(data, where))
        elif len(selected) > 2 and kind_of(item) != "step":
            where, index = TOP, int(selected[1]) + 1
        else:
            where, index = selected[:-1], int(selected[-1]) + 1
        self.document.change(
            text, lambda d: get(d, where).insert(index, item), select=(*where, index)
        )

    def add_step(self) -> None:
        self._insert_at(new_step(), self.tr("Add a step"))

    def add_group(self) -> None:
        step = new_step()
        self._insert_at({"each_side": {"steps": [step]}}, self.tr("Add an each-side group"))

    def add_include(self) -> None:
        self._insert_at({"include": ""}, self.tr("Add an include"))

    def duplicate(self) -> None:
        path = self.document.selected
        if path is not None:
            item = copy.deepcopy(get(self.document.data, path))
            if isinstance(item, dict) and "title" in item and item["title"]:
                again = self.tr("{title} (again)", "the title of a duplicated step")
                item["title"] = again.replace("{title}", str(item["title"]))
            self._insert_at(item, self.tr("Duplicate"))

    def remove(self) -> None:
        path = self.document.selected
        if path is None:
            return
        count = len(get(self.document.data, path[:-1]))
        index = int(path[-1])
        after: DocPath | None = None
        if count > 1:
            after = (*path[:-1], min(index, count - 2))
        elif len(path) > 2:
            after = path[:2]

        def mutate(data: Doc) -> None:
            del get(data, path[:-1])[index]

        self.document.change(self.tr("Remove"), mutate, select=after)

    def move_selected(self, delta: int) -> None:
        path = self.document.selected
        if path is None:
            return
        siblings = len(get(self.document.data, path[:-1]))
        index = int(path[-1]) + delta
        if not 0 <= index < siblings:
            if len(path) > 2:  # past the edge of a group: out of it, before or after it
                group = int(path[1])
                self.move_to(path, TOP, group if delta < 0 else group + 1)
            return
        self.move_to(path, path[:-1], index + (1 if delta > 0 else 0))

    def move_to(self, source: DocPath, destination: DocPath, index: int) -> None:
        new_path = move_item(copy.deepcopy(self.document.data), source, destination, index)

        def mutate(data: Doc) -> None:
            move_item(data, source, destination, index)

        self.document.change(self.tr("Move"), mutate, select=new_path)

    def on_drop(self, source: DocPath, target: DocPath | None, position: str) -> None:
        place = drop_target(self.document.data, source, target, position)
        if place is not None:
            self.move_to(source, *place)

    # -- trying and saving -----------------------------------------------------------------

    def preview(self) -> None:
        if self.document.timeline is not None:
            timeline_dialog(self.document.timeline, self).exec()

    def try_it(self) -> None:
        timeline = self.document.timeline
        if timeline is None:
            return
        if self.try_window is not None:
            self.try_window.close()
        options = {"clock": self._clock} if self._clock is not None else {}
        self.try_window = TryWindow(
            timeline, self.document.points, self.speed.value(), self, **options
        )
        self.try_window.show()
        self.try_window.start()

    def save(self) -> bool:
        document = self.document
        if not document.valid:
            return False
        if document.rewrites_by_hand_text() and not self.ask(
            self.tr("Rewrite the file?"),
            self.tr(
                "This routine file was written by hand. Steps were added, removed or moved, "
                "so saving writes the whole file again in the usual layout: its comments and "
                "its own layout will be lost. Save anyway?"
            ),
        ):
            return False
        target = document.target
        text = document.text()
        try:
            document.user_dir.mkdir(parents=True, exist_ok=True)
            ensure_schema(document.user_dir)
            write_atomically(target, text)
        except OSError as exc:
            message = self.tr("The routine could not be saved:\n{reason}")
            QMessageBox.warning(self, self.tr("Not saved"), message.replace("{reason}", str(exc)))
            return False
        document.mark_saved(target, text)
        self.statusBar().showMessage(
            self.tr("Saved to {file}").replace("{file}", str(target)), 10000
        )
        self._update_title()
        self.saved.emit(str(document.data["id"]))
        return True

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.try_window is not None:
            self.try_window.close()
        unsaved = not self._clean
        if (
            unsaved
            and self.ask(self.tr("Save the routine?"), self.tr("Save your changes before closing?"))
            and not self.save()
        ):
            event.ignore()
            return
        event.accept()
