"""The main window's routine commands: new, edit, customise a copy, import (also by
dropping files on the window), export and delete. Wired in with two lines."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.catalogue import Entry, Origin
from acutimer.core.errors import DataError
from acutimer.routine_files import (
    builtin_clash,
    check_import,
    clash,
    delete,
    export,
    install,
    self_contained,
)
from acutimer.ui.confirm import ask_yes_no
from acutimer.ui.editor.document import EditorDocument, new_routine
from acutimer.ui.fit import fit_window

if TYPE_CHECKING:
    from acutimer.ui.editor.window import RoutineEditor
    from acutimer.ui.main_window import MainWindow

SUFFIXES = (".yaml", ".yml")


def free_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


class RoutineMenu(QObject):
    """Routine commands for ``window``'s picker, added to ``menu`` (File)."""

    def __init__(self, window: MainWindow, menu: QMenu, user_folder: Callable[[], Path]) -> None:
        super().__init__(window)
        self.window = window
        self.user_folder = user_folder
        self.editors: list[RoutineEditor] = []
        self.ask: Callable[[str, str], bool] = lambda title, question: ask_yes_no(
            window, title, question
        )
        self.actions: dict[str, QAction] = {}
        specs = (
            ("new", self.tr("&New routine…"), self.new_routine, QKeySequence.StandardKey.New),
            ("edit", self.tr("&Edit routine…"), self.edit_selected, None),
            ("customise", self.tr("&Customise a copy…"), self.customise_selected, None),
            ("import", self.tr("&Import routine…"), self.import_dialog, "Ctrl+I"),
            ("export_routine", self.tr("E&xport routine…"), self.export_selected, None),
            ("delete", self.tr("&Delete routine…"), self.delete_selected, None),
        )
        first = menu.actions()[0]  # the File menu has its own actions already
        for name, text, slot, keys in specs:
            action = QAction(text, window)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.addAction(action)
            menu.insertAction(first, action)
            self.actions[name] = action
        menu.insertSeparator(first)
        # The same commands on a right click in the list of routines.
        routines = window.picker.list
        routines.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("edit", "customise", "export_routine", "delete"):
            routines.addAction(self.actions[name])
        window.picker.selection_changed.connect(self.update_actions)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.update_actions()

    # -- state ---------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        return list(self.window.picker.entries)

    def selected(self) -> Entry | None:
        return self.window.picker.selected_entry()

    def update_actions(self) -> None:
        entry = self.selected()
        ok = entry is not None and entry.ok
        self.actions["edit"].setEnabled(entry is not None and entry.source is Origin.USER)
        self.actions["customise"].setEnabled(ok)
        self.actions["export_routine"].setEnabled(ok)
        self.actions["delete"].setEnabled(entry is not None and entry.source is Origin.USER)

    def _taken(self, own: Path | None) -> Callable[[], set[str]]:
        def taken() -> set[str]:
            return {
                e.id
                for e in self.entries()
                if e.ok and (own is None or e.path.resolve() != own.resolve())
            }

        return taken

    # -- the editor --------------------------------------------------------------------

    def open_editor(self, document: EditorDocument) -> RoutineEditor:
        from acutimer.ui.editor.window import RoutineEditor

        editor = RoutineEditor(document, ask=self.ask)
        editor.saved.connect(self.on_saved)
        editor.destroyed.connect(lambda _=None, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: object) -> None:
        self.editors = [e for e in self.editors if e is not editor]

    def _document(self, data: dict[str, Any], **options: Any) -> EditorDocument:
        points = self.window.points
        assert points is not None
        return EditorDocument(points, self.user_folder(), data, **options)

    def new_routine(self) -> RoutineEditor:
        taken = self._taken(None)
        data = new_routine(free_id("my-routine", taken()))
        return self.open_editor(self._document(data, taken_ids=taken))

    def edit_selected(self) -> RoutineEditor | None:
        entry = self.selected()
        if entry is None or entry.source is not Origin.USER:
            return None
        text = entry.path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            data = None
        if not isinstance(data, dict):
            problems = "\n".join(str(p) for p in entry.problems)
            self.show_problems(self.tr("This file cannot be opened in the editor"), problems)
            return None
        document = self._document(
            data, path=entry.path, original_text=text, taken_ids=self._taken(entry.path)
        )
        return self.open_editor(document)

    def customise_selected(self) -> RoutineEditor | None:
        entry = self.selected()
        if entry is None or entry.routine is None:
            return None
        text, _flattened = self_contained(entry.routine)
        data = yaml.safe_load(text)
        copied = copy.deepcopy(data)
        taken = self._taken(None)
        copied["id"] = free_id(f"{entry.id}-mine", taken())
        mine = self.tr("{title} (my copy)", "the title of a customised copy")
        copied["title"] = mine.replace("{title}", str(data["title"]))[:80]
        document = self._document(copied, original_text=text, taken_ids=taken)
        return self.open_editor(document)

    def on_saved(self, routine_id: str) -> None:
        self.window.reload_routines()
        # The user's routines are read in the background: select once they are listed.
        self.window.when_listed(lambda: self.window.select_routine(routine_id))

    # -- import, export, delete ----------------------------------------------------------------

    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import routines"),
            str(Path.home()),
            self.tr("Routine files (*.yaml *.yml)"),
        )
        self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> list[str]:
        """Import each file, asking before replacing; the ids imported."""
        points = self.window.points
        if points is None:
            return []
        user_dir = self.user_folder()
        done: list[str] = []
        words: list[str] = []
        for path in files:
            not_imported = self.tr("{file} was not imported").replace("{file}", path.name)
            try:
                checked = check_import(path, points, user_dir)
            except DataError as exc:
                self.show_problems(not_imported, "\n".join(str(p) for p in exc.problems))
                continue
            if checked.id in done:
                # The listing of the first is not back yet: say so rather than guess.
                message = self.tr("another of these files already brought the id {id}")
                message = message.replace("{id}", repr(checked.id))
                self.show_problems(not_imported, f"{path}: {message}")
                continue
            entries = self.entries()
            problem = builtin_clash(checked, entries)
            if problem is not None:
                self.show_problems(not_imported, str(problem))
                continue
            other = clash(checked, entries)
            question = self.tr(
                "You already have a routine with the id {id} ({title}). "
                "Replace it with the one from {file}?"
            )
            if other is not None and not self.ask(
                self.tr("Replace your routine?"),
                question.replace("{id}", repr(checked.id))
                .replace("{title}", other.title)
                .replace("{file}", path.name),
            ):
                continue
            install(checked, user_dir, other)
            done.append(checked.id)
            flattened = self.tr("{id} (its includes written out in it)")
            words.append(flattened.replace("{id}", checked.id) if checked.flattened else checked.id)
            self.window.reload_routines()
        if done:
            last = done[-1]
            self.window.when_listed(lambda: self.window.select_routine(last))
            imported = self.tr("Imported {routines}.").replace("{routines}", ", ".join(words))
            self.window.statusBar().showMessage(imported, 10000)
        return done

    def export_selected(self, target: Path | None = None) -> Path | None:
        entry = self.selected()
        if entry is None or entry.routine is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export routine"),
                str(Path.home() / f"{entry.id}.yaml"),
                self.tr("Routine files (*.yaml)"),
            )
            if not name:
                return None
            target = Path(name)
        try:
            export(entry.routine, target)
        except DataError as exc:
            self.show_problems(self.tr("The routine was not exported"), str(exc))
            return None
        exported = self.tr("Exported to {file}").replace("{file}", str(target))
        self.window.statusBar().showMessage(exported, 10000)
        return target

    def delete_selected(self) -> bool:
        entry = self.selected()
        if entry is None or entry.source is not Origin.USER:
            return False
        question = self.tr(
            "Delete your routine '{title}'? The file is moved to the 'deleted' "
            "folder inside your routines folder."
        )
        if not self.ask(self.tr("Delete the routine?"), question.replace("{title}", entry.title)):
            return False
        delete(entry, self.user_folder())
        self.window.reload_routines()
        return True

    def show_problems(self, title: str, text: str) -> None:
        """Every problem, each as path:line:column, in a box that can be copied from."""
        self.last_problems = text
        problems_dialog(title, text, self.window).exec()

    # -- dropping files on the window ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            files = dropped_files(event)
            if not files:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.import_files(files)
            return True
        return False


def problems_dialog(title: str, text: str, parent: QWidget | None = None) -> QDialog:
    """The problems that stopped an import, in a box that can be copied from."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(
        QCoreApplication.translate(
            "RoutineMenu", "Nothing was copied. Fix these problems in the file and try again:"
        )
    )
    label.setWordWrap(True)
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setAccessibleName(QCoreApplication.translate("RoutineMenu", "Problems"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(box)
    layout.addWidget(buttons)
    fit_window(dialog, QSize(720, 320))
    return dialog


def dropped_files(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in SUFFIXES
    ]
