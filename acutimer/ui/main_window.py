"""The main window: picker, running session and end screen, and the controls for them."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from acutimer.core.library import Entry, ResolvedRoutine
from acutimer.core.points import PointLibrary
from acutimer.core.session import Session, State
from acutimer.core.summary import SessionSummary
from acutimer.core.timeline import Timeline, build_timeline
from acutimer.qt.runner import SessionRunner
from acutimer.qt.settings import Settings
from acutimer.ui.actions import make_actions
from acutimer.ui.end_screen import EndScreen
from acutimer.ui.picker import RoutinePicker
from acutimer.ui.safety_dialog import about_dialog, safety_dialog
from acutimer.ui.session_view import SessionView

PICKER, SESSION, END = range(3)


class MainWindow(QMainWindow):
    """Pick a routine, follow it, see the summary.

    Collaborators are passed in: the point library, a function that scans the routine
    folders, the settings, and the clock and speed the session runs on.
    """

    def __init__(
        self,
        points: PointLibrary,
        load_entries: Callable[[], list[Entry]],
        settings: Settings,
        *,
        clock: Callable[[], float] = time.monotonic,
        speed: float = 1.0,
        user_folder: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.points = points
        self.settings = settings
        self._load_entries = load_entries
        self._clock = clock
        self._speed = speed
        self._user_folder = user_folder
        self.runner: SessionRunner | None = None
        self.timeline: Timeline | None = None
        self.last_summary: SessionSummary | None = None
        self._was_maximized = False

        self.setWindowTitle("acutimer")
        self.picker = RoutinePicker(points, settings)
        self.session_view = SessionView(points)
        self.end_screen = EndScreen()
        self.pages = QStackedWidget()
        for page in (self.picker, self.session_view, self.end_screen):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.actions_ = make_actions(self)
        # Shortcuts must work with the menu bar and toolbar hidden (lying-down mode).
        self.addActions(list(self.actions_.values()))
        self._build_menus()
        self._connect_signals()
        self.reload_routines()
        self._show_page(PICKER)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 760)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1100, 760)

    # -- building ----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for name in ("reload", "open_folder", "history", "export", "settings"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        session_menu = bar.addMenu("&Session")
        for name in ("start_pause", "back", "skip", "restart", "extend", "stop"):
            session_menu.addAction(a[name])
        session_menu.addSeparator()
        session_menu.addAction(a["lying_down"])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(a["safety"])
        help_menu.addAction(a["about"])

        self.toolbar = QToolBar("Controls")
        self.toolbar.setObjectName("controls")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = QFont(self.toolbar.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.toolbar.setFont(font)
        for name in ("start_pause", "back", "skip", "restart", "extend", "stop", "lying_down"):
            self.toolbar.addAction(a[name])
            button = self.toolbar.widgetForAction(a[name])
            button.setAccessibleName(a[name].text().replace("&", ""))
            button.setAccessibleDescription(a[name].toolTip())
            button.setMinimumHeight(44)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.statusBar()

    def _connect_signals(self) -> None:
        a = self.actions_
        a["start_pause"].triggered.connect(self.on_start_pause)
        a["back"].triggered.connect(lambda: self._control("back"))
        a["skip"].triggered.connect(lambda: self._control("skip"))
        a["restart"].triggered.connect(lambda: self._control("restart_step"))
        a["extend"].triggered.connect(lambda: self._control("extend"))
        a["stop"].triggered.connect(self.on_stop)
        a["lying_down"].toggled.connect(self.set_lying_down)
        a["reload"].triggered.connect(self.reload_routines)
        a["open_folder"].triggered.connect(self.on_open_folder)
        a["settings"].triggered.connect(self.on_settings)
        a["quit"].triggered.connect(self.close)
        a["safety"].triggered.connect(lambda: self.show_safety())
        a["about"].triggered.connect(lambda: about_dialog(self).exec())
        self.picker.start_requested.connect(self.start_routine)
        self.picker.selection_changed.connect(self._update_actions)
        self.session_view.jump_requested.connect(self.on_jump)
        self.end_screen.done.connect(self.on_done)

    # -- pages and actions ----------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == SESSION:
            self.session_view.setFocus()
        elif page == PICKER:
            self.picker.list.setFocus()
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.actions_
        page = self.pages.currentIndex()
        state = self.runner.session.state if self.runner else None
        live = page == SESSION and state in (State.RUNNING, State.PAUSED)
        for name in ("back", "skip", "restart", "stop"):
            a[name].setEnabled(live)
        a["extend"].setEnabled(bool(live and self.runner and self.runner.session.can_extend))
        a["lying_down"].setEnabled(page == SESSION)
        if page == PICKER:
            a["start_pause"].setText("&Start")
            a["start_pause"].setEnabled(self.picker.can_start())
        elif page == SESSION:
            a["start_pause"].setText("&Resume" if state is State.PAUSED else "&Pause")
            a["start_pause"].setEnabled(live)
        else:
            a["start_pause"].setText("&Start")
            a["start_pause"].setEnabled(False)
        button = self.toolbar.widgetForAction(a["start_pause"])
        if button is not None:
            button.setAccessibleName(a["start_pause"].text().replace("&", ""))

    def reload_routines(self) -> None:
        entries = self._load_entries()
        self.picker.set_entries(entries)
        broken = [e for e in entries if not e.ok]
        if broken:
            names = ", ".join(e.path.name for e in broken)
            self.statusBar().showMessage(f"Some routine files have problems: {names}", 15000)
        self._update_actions()

    def select_routine(self, routine_id: str) -> bool:
        found = self.picker.select(routine_id)
        if not found:
            self.statusBar().showMessage(f"There is no routine called {routine_id!r}.", 15000)
        return found

    # -- the session ------------------------------------------------------------------

    def start_routine(
        self, routine: ResolvedRoutine, first_side: str, pregnancy_safe: bool
    ) -> None:
        self.timeline = build_timeline(
            routine, self.points, first_side=first_side, pregnancy_safe=pregnancy_safe
        )
        if self.runner is not None:
            self.runner.deleteLater()
        runner = SessionRunner(
            Session(self.timeline), clock=self._clock, speed=self._speed, parent=self
        )
        self.runner = runner
        view = self.session_view
        view.set_timeline(self.timeline)
        runner.phase_started.connect(view.on_phase_started)
        runner.remaining_changed.connect(view.on_remaining_changed)
        runner.paused.connect(view.on_paused)
        runner.resumed.connect(view.on_resumed)
        runner.extended.connect(lambda e: view.on_extended(e.phase))
        runner.state_changed.connect(lambda _s: self._update_actions())
        runner.phase_started.connect(lambda _e: self._update_actions())
        runner.finished.connect(self.on_finished)
        self.setWindowTitle(f"acutimer — {self.timeline.title}")
        self._show_page(SESSION)
        self._set_on_top(self.settings.keep_on_top)
        runner.start()

    def start_selected(self) -> None:
        self.picker.request_start()

    def on_start_pause(self) -> None:
        page = self.pages.currentIndex()
        if page == PICKER:
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and focus is not self.picker.start_button:
                focus.click()  # Space keeps its usual meaning on a checkbox or radio button
                return
            self.picker.request_start()
        elif page == SESSION and self.runner is not None:
            self.runner.toggle()

    def _control(self, name: str) -> None:
        if self.runner is not None and self.pages.currentIndex() == SESSION:
            getattr(self.runner, name)()

    def on_jump(self, step: int) -> None:
        if self.runner is not None and self.runner.session.state in (State.RUNNING, State.PAUSED):
            self.runner.jump(step)

    def on_stop(self) -> None:
        if self.session_view.lying_down:
            self.actions_["lying_down"].setChecked(False)
            return
        if self.runner is None or self.runner.session.state not in (State.RUNNING, State.PAUSED):
            return
        if self.confirm("Stop the routine?", "Stop now? What you have done so far is kept."):
            self.runner.stop()

    def on_finished(self, summary: SessionSummary) -> None:
        self.last_summary = summary
        self.actions_["lying_down"].setChecked(False)
        self._set_on_top(False)
        self.end_screen.show_summary(summary)
        self.setWindowTitle("acutimer")
        self._show_page(END)

    def on_done(self) -> None:
        self._show_page(PICKER)

    def confirm(self, title: str, question: str) -> bool:
        """Ask yes or no (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- lying-down mode, on top -------------------------------------------------------

    def set_lying_down(self, on: bool) -> None:
        if on and self.pages.currentIndex() != SESSION:
            self.actions_["lying_down"].setChecked(False)
            return
        self.session_view.set_lying_down(on)
        self.menuBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        self.statusBar().setVisible(not on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()

    def _set_on_top(self, on: bool) -> None:
        if bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) == on:
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            self.show()

    # -- dialogs --------------------------------------------------------------------

    def show_safety(self, *, first_time: bool = False) -> None:
        safety_dialog(self).exec()
        self.settings.safety_seen = True

    def on_open_folder(self) -> None:
        if self._user_folder is None:
            return
        folder = self._user_folder()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def on_settings(self) -> None:
        from acutimer.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        live = self.runner is not None and self.runner.session.state in (
            State.RUNNING,
            State.PAUSED,
        )
        if live and not self.confirm("Quit acutimer?", "A routine is running. Stop it and quit?"):
            event.ignore()
            return
        if live and self.runner is not None:
            self.runner.stop()
        if not self.isFullScreen():
            self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()
