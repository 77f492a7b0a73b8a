"""The main window: picker, running session and end screen, and the controls for them.

The window paints first and loads afterwards: ``MainWindow(settings)`` builds only the
frame (menus, toolbar, a "Loading" page) from cheap imports, and ``load()`` brings in
the routine models, the point library, the pages, history and cues. Start-up feels as
quick as an empty Qt window (benchmarks/startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from acutimer.qt.settings import Settings
from acutimer.ui.actions import make_actions
from acutimer.ui.confirm import Confirm, ask_yes_no
from acutimer.ui.session_record import SessionRecord
from acutimer.ui.window_menus import WindowMenus
from acutimer.ui.words import (
    DO_IT,
    GO_ON,
    PAUSE,
    START,
    say,
    window_title,
)

if TYPE_CHECKING:
    from acutimer.core.catalogue import Entry
    from acutimer.core.events import Event
    from acutimer.core.loader import ResolvedRoutine
    from acutimer.core.points import PointLibrary
    from acutimer.core.sides import Side
    from acutimer.core.summary import SessionSummary
    from acutimer.core.timeline import Timeline
    from acutimer.history.store import HistoryStore
    from acutimer.qt.cues import CuePlayer
    from acutimer.qt.journal import SessionJournal
    from acutimer.qt.runner import SessionRunner
    from acutimer.ui.contrast import ContrastMode
    from acutimer.ui.end_screen import EndScreen
    from acutimer.ui.history_window import HistoryWindow
    from acutimer.ui.picker import RoutinePicker
    from acutimer.ui.routine_listing import RoutineListing
    from acutimer.ui.session_view import SessionView

LOADING, PICKER, SESSION, END = range(4)


class MainWindow(WindowMenus, SessionRecord, QMainWindow):
    """Pick a routine, follow it, see the summary.

    Collaborators are passed in: the settings, the clock and speed the session runs on
    and who asks yes-or-no questions here; the point library, the routine scanner, the
    history store and the cue player in ``load()``.

    Signals:
        runner_changed(SessionRunner): a session was set up and is about to start; whoever
            follows sessions from outside the window (tray, media keys, the command line)
            connects to this runner's signals.
    """

    runner_changed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], float] | None = None,
        speed: float = 1.0,
        user_folder: Callable[[], Path] | None = None,
        confirm: Confirm = ask_yes_no,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._confirm = confirm
        self._clock = clock  # None: the runner's own clock, which counts time spent asleep
        self._speed = speed
        self._user_folder = user_folder
        self.points: PointLibrary | None = None
        self.picker: RoutinePicker
        self.session_view: SessionView
        self.end_screen: EndScreen
        self.contrast: ContrastMode
        self.history: HistoryStore | None = None
        self.history_window: HistoryWindow | None = None
        self.cues: CuePlayer | None = None
        self.runner: SessionRunner | None = None
        self.timeline: Timeline | None = None
        self.last_summary: SessionSummary | None = None
        self._saved_id: int | None = None
        self._pain_before: int | None = None
        self._journal: SessionJournal | None = None
        self._leaving = False
        self._cue_message = ""  # the cue player's status, shown once (_show_cue_status)
        self._cue_shown = ""
        self._listing: RoutineListing | None = None
        self._was_maximized = False
        self._icons: dict[str, Any] = {}
        # Set by the running Instance: why reminders cannot be shown here (for Settings).
        self.reminders_problem: Callable[[], str | None] = lambda: None

        self.setWindowTitle(window_title())
        self.pages = QStackedWidget()
        # Until load(): plain widgets only (no Qt enums), so the frame paints at once.
        loading = QLabel("<p align='center'>" + self.tr("Loading routines…") + "</p>")
        self.pages.addWidget(loading)
        self.setCentralWidget(self.pages)
        self.actions_ = make_actions(self)
        # Shortcuts must work with the menu bar and toolbar hidden (lying-down mode).
        self.addActions(list(self.actions_.values()))
        self._build_menus()
        self._connect_actions()
        self._update_actions()
        from acutimer.ui.fit import restore_or_fit

        restore_or_fit(self, settings.geometry(), self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(1100, 760)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.loaded:
            self._fit_session_bar()

    @property
    def loaded(self) -> bool:
        return self.points is not None

    # -- building ----------------------------------------------------------------

    def _connect_actions(self) -> None:
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
        a["history"].triggered.connect(self.show_history)
        a["export"].triggered.connect(self.on_export)
        a["settings"].triggered.connect(self.on_settings)
        a["quit"].triggered.connect(self.close)
        a["safety"].triggered.connect(self.show_safety)
        a["about"].triggered.connect(self.on_about)

    def load(
        self,
        points: PointLibrary,
        load_entries: Callable[[], list[Entry]],
        *,
        builtin_entries: Callable[[], list[Entry]] | None = None,
        history: HistoryStore | None = None,
        cues: CuePlayer | None = None,
    ) -> None:
        """Build the pages and read the routines (after the window has painted).

        With ``builtin_entries``, those are listed at once and ``load_entries`` (every
        routine, the user's too) runs in a background thread, so no number or kind of
        user files can hold the window; ``when_listed`` waits for it.
        """
        from acutimer.ui.end_screen import EndScreen
        from acutimer.ui.fit import scrolling
        from acutimer.ui.picker import RoutinePicker
        from acutimer.ui.session_view import SessionView

        self.points = points
        from acutimer.ui.routine_listing import RoutineListing

        self._listing = RoutineListing(load_entries, builtin_entries, self)
        self._listing.listed.connect(self._show_entries)
        self._listing.failed.connect(self.on_listing_failed)
        self.history = history
        self.cues = cues
        self.picker = RoutinePicker(points, self.settings)
        self.session_view = SessionView(points)
        self.end_screen = EndScreen()
        from acutimer.ui.contrast import ContrastMode

        self.contrast = ContrastMode(lambda: self.settings.high_contrast, self)
        self.contrast.changed.connect(self.session_view.set_high_contrast)
        self.contrast.apply()
        # The picker and the end screen scroll on a small screen; the session view
        # shrinks its type instead.
        self.pages.addWidget(scrolling(self.picker))
        self.pages.addWidget(self.session_view)
        self.pages.addWidget(scrolling(self.end_screen))
        self.picker.start_requested.connect(self.start_routine)
        self.picker.selection_changed.connect(self._update_actions)
        self.picker.open_folder_requested.connect(self.on_open_folder)
        self.picker.reload_requested.connect(self.reload_routines)
        self.session_view.jump_requested.connect(self.on_jump)
        self.end_screen.done.connect(self.on_done)
        self.end_screen.rating.rated.connect(lambda _v: self._save_after())
        self.end_screen.rating.rated.connect(self.on_rated_after)
        self.end_screen.rating.skipped.connect(lambda: self.end_screen.show_advice(""))
        self.end_screen.rating.skipped.connect(self._save_after)
        from acutimer.ui.outcome_questions import OutcomeKeeper
        from acutimer.ui.printables import Printables

        self.outcomes = OutcomeKeeper(self, self.end_screen.outcomes)
        if cues is not None:
            cues.visual_cue.connect(self.session_view.flash)
            cues.status_changed.connect(self.on_cue_status)
            self.on_cue_status(cues.status)
        self._set_icons()
        self._fit_session_bar()
        from acutimer.ui.focus_ring import FocusRing

        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.focus_ring = FocusRing(app)
        self.reload_routines()
        from acutimer.ui.editor.routine_menu import RoutineMenu
        from acutimer.userdata import user_routines_dir

        folder = self._user_folder or (lambda: user_routines_dir(create=True))
        self.routine_menu = RoutineMenu(self, self.file_menu, folder)
        self.printables = Printables(self, self.file_menu)
        self._show_page(PICKER)
        if history is not None:
            history.announce_interrupted()  # a session cut short last time is said now
        if history is not None and history.notice:
            self.statusBar().showMessage(history.notice, 30000)

    # -- pages and actions ----------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._show_cue_status()
        if page == SESSION:
            self.session_view.setFocus()
        elif page == PICKER:
            self.picker.list.setFocus()
        self._update_actions()

    def runner_live(self) -> bool:
        """A session is under way: a reminder or the tray must not replace it."""
        return self._live()

    def _live(self) -> bool:
        """A session is under way (running or paused): the controls act on it."""
        return self.runner is not None and self.runner.session.under_way

    def _update_actions(self) -> None:
        a = self.actions_
        page = self.pages.currentIndex()
        live = page == SESSION and self._live()
        for name in ("back", "skip", "restart", "stop"):
            a[name].setEnabled(live)
        a["extend"].setEnabled(bool(live and self.runner and self.runner.session.can_extend))
        self._explain_extend(live)
        a["lying_down"].setEnabled(page == SESSION)
        for name in ("reload", "history", "export"):
            a[name].setEnabled(self.loaded)
        paused = False
        if page == PICKER:
            a["start_pause"].setText(f"&{say(START)}")
            a["start_pause"].setEnabled(self.picker.can_start())
        elif page == SESSION:
            # The session page has a runner, so the models (and State) are loaded by now.
            from acutimer.core.session import State

            paused = self.runner is not None and self.runner.session.state is State.PAUSED
            go_on = DO_IT if self.runner and self.runner.session.waiting_for_choice else GO_ON
            a["start_pause"].setText(f"&{say(go_on)}" if paused else f"&{say(PAUSE)}")
            a["start_pause"].setEnabled(live)
        else:
            a["start_pause"].setText(f"&{say(START)}")
            a["start_pause"].setEnabled(False)
        if self._icons:
            icon = "start" if page != SESSION or paused else "pause"
            a["start_pause"].setIcon(self._icons[icon])
        button = self.toolbar.widgetForAction(a["start_pause"])
        if button is not None:
            button.setAccessibleName(a["start_pause"].text().replace("&", ""))
        self._update_bars()

    def _update_bars(self) -> None:
        in_session = self.pages.currentIndex() == SESSION
        lying = self.loaded and self.session_view.lying_down
        self.toolbar.setVisible(in_session and not lying)
        self.app_bar.setVisible(not in_session and self.loaded)

    def reload_routines(self) -> None:
        if self._listing is not None:
            self._listing.reload()

    def _show_entries(self, entries: list[Entry]) -> None:
        self.picker.set_entries(entries)
        broken = [e for e in entries if not e.ok]
        if broken:
            names = ", ".join(e.path.name for e in broken)
            message = self.tr("Some routine files have problems: {names}")
            self.statusBar().showMessage(message.replace("{names}", names), 15000)
        self._update_actions()

    def when_listed(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once every routine is listed (now, if they are)."""
        if self._listing is not None:
            self._listing.when_listed(callback)
        else:
            callback()

    def on_listing_failed(self, message: str) -> None:
        words = self.tr("Your routines could not be listed: {problem}")
        self.statusBar().showMessage(words.replace("{problem}", message), 30000)

    def select_routine(self, routine_id: str) -> bool:
        found = self.picker.select(routine_id)
        if not found:
            words = self.tr("There is no routine called '{id}'.").replace("{id}", routine_id)
            self.statusBar().showMessage(words, 15000)
        return found

    # -- the session ------------------------------------------------------------------

    def start_routine(
        self, routine: ResolvedRoutine, first_side: Side, pregnancy_safe: bool
    ) -> None:
        from acutimer.core.session import Session
        from acutimer.core.timeline import build_timeline
        from acutimer.qt.runner import SessionRunner, steady_clock

        assert self.points is not None
        self.timeline = build_timeline(
            routine,
            self.points,
            first_side=first_side,
            pregnancy_safe=pregnancy_safe,
            leave_out_cautions=pregnancy_safe and self.settings.pregnancy_cautions_out,
        )
        self._pain_before = self.picker.rating.value()
        self._saved_id = None
        self._journal = None
        if self.runner is not None:
            self.runner.deleteLater()
        clock = self._clock or steady_clock
        runner = SessionRunner(Session(self.timeline), clock=clock, speed=self._speed, parent=self)
        self.runner = runner
        view = self.session_view
        view.set_timeline(self.timeline)
        if self.cues is not None:
            # First, so a cue is not kept waiting by the step's disk write (a synchronous
            # SQLite commit can take 100 ms on a busy disk) or by the repaint.
            self.cues.attach(runner)
        if self.history is not None:
            from acutimer.qt.journal import SessionJournal

            # Before the window follows the runner, so each step is on disk first.
            self._journal = SessionJournal(self.history, runner, self._pain_before)
        runner.events_happened.connect(view.on_events)
        runner.events_happened.connect(self.on_events)
        runner.remaining_changed.connect(view.on_remaining_changed)
        runner.state_changed.connect(lambda _s: self._update_actions())
        self.runner_changed.emit(runner)
        self.setWindowTitle(window_title(self.timeline.title))
        self._show_page(SESSION)
        self._set_on_top(self.settings.keep_on_top)
        runner.start()

    def start_selected(self) -> None:
        if self.loaded:
            self.picker.request_start()

    def on_start_pause(self) -> None:
        page = self.pages.currentIndex()
        if page == PICKER:
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and focus is not self.picker.start_button:
                # Space keeps its usual meaning on a focused button: a rating number, a
                # checkbox, a radio button, Skip rating.
                focus.click()
                return
            self.picker.request_start()
        elif page == SESSION and self.runner is not None:
            self.runner.toggle()

    def _control(self, name: str) -> None:
        if self.runner is not None and self.pages.currentIndex() == SESSION:
            getattr(self.runner, name)()

    def _hold_limit_words(self) -> str:
        """After +15 s: why there is no more, if that was the last it takes."""
        if self.runner is None or self.runner.session.can_extend or self.points is None:
            return ""
        from acutimer.ui.hold_limit import extend_tip

        return extend_tip(self.runner.session, self.points)

    def _explain_extend(self, live: bool) -> None:
        if self.points is None:
            return  # before load(): the action keeps its usual words, nothing to import
        from acutimer.ui.actions import set_tip
        from acutimer.ui.hold_limit import extend_tip

        action = self.actions_["extend"]
        session = self.runner.session if live and self.runner else None
        tip = extend_tip(session, self.points)
        if tip == action.statusTip():
            return
        set_tip(action, tip)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleDescription(action.toolTip())

    def on_jump(self, step: int) -> None:
        if self.runner is not None and self._live():
            self.runner.jump(step)

    def on_stop(self) -> None:
        if self.loaded and self.session_view.lying_down:
            self.actions_["lying_down"].setChecked(False)  # Esc first leaves full screen
            return
        if self.runner is None or not self._live():
            return
        title = self.tr("Stop the session?")
        if self._confirm(self, title, self.tr("Stop now? What you have done so far is kept.")):
            self.runner.stop()

    def on_events(self, events: list[Event]) -> None:
        from acutimer.core.events import Extended, PhaseStarted, SessionEnded

        for event in events:
            if isinstance(event, PhaseStarted):
                self._update_actions()  # Extend is allowed in some phases only
            elif isinstance(event, Extended):
                # The view (connected first) has said what was added; say if that was all.
                self._update_actions()
                words = self._hold_limit_words()
                if words:
                    self.session_view.on_hold_limit(words)
            elif isinstance(event, SessionEnded):
                self.on_finished(event.summary)

    def on_finished(self, summary: SessionSummary) -> None:
        self.last_summary = summary
        self.actions_["lying_down"].setChecked(False)
        self._set_on_top(False)
        kinds = {p.kind for p in self.timeline.phases} if self.timeline else set()
        self.end_screen.show_summary(summary, kinds, self._pain_before)
        self.end_screen.history_status.setText(self._save_session(summary))
        self.outcomes.offer_after(self._saved_id)
        self.picker.rating.clear()
        self.setWindowTitle(window_title())
        self._show_page(END)
        from acutimer.ui.accessibility import announce, finished_sentence

        announce(self.end_screen, finished_sentence(self.end_screen.heading.text()))

    def on_done(self) -> None:
        self._save_after()
        self._show_page(PICKER)

    # -- cues -----------------------------------------------------------------------

    def on_cue_status(self, message: str) -> None:
        self._cue_message = message
        if self.loaded:
            self.session_view.cue_status.setText(message)
        self._show_cue_status()

    def _show_cue_status(self) -> None:
        """The cue message in the status bar, except on the session page, which shows it
        under the countdown: once on screen, not twice."""
        # statusBar() makes the bar on first use: only when there is something to say.
        on_session = self.loaded and self.pages.currentIndex() == SESSION
        wanted = "" if on_session else self._cue_message
        if wanted:
            self.statusBar().showMessage(wanted)
        elif self._cue_shown and self.statusBar().currentMessage() == self._cue_shown:
            self.statusBar().clearMessage()  # only our own message: others (a notice) stay
        self._cue_shown = wanted

    # -- lying-down mode, on top -------------------------------------------------------

    def set_lying_down(self, on: bool) -> None:
        if on and self.pages.currentIndex() != SESSION:
            self.actions_["lying_down"].setChecked(False)
            return
        self.session_view.set_lying_down(on)
        self.menuBar().setVisible(not on)
        self._update_bars()
        self.statusBar().setVisible(not on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()

    def _set_on_top(self, on: bool) -> None:
        from PySide6.QtCore import Qt  # here: building the Qt namespace takes 15 ms

        if bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) == on:
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            self.show()

    # -- leaving --------------------------------------------------------------------

    def leave_now(self) -> None:
        """Close without asking (SIGTERM, SIGHUP, the window destroyed from outside).

        A session under way is kept in history as interrupted, with what was done.
        """
        if self._live() and self._journal is not None:
            self._journal.interrupt()
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        live = self._live()
        question = self.tr("A session is running. Stop it and quit?")
        # Asked again after the question: leave_now may have come while it was open.
        if (
            live
            and not self._leaving
            and not self._confirm(self, self.tr("Quit"), question)
            and not self._leaving
        ):
            event.ignore()
            return
        self._leaving = False  # this close goes ahead; in the background the window may reopen
        if live and self.runner is not None:
            self.runner.stop()
        if self.pages.currentIndex() == END:
            self._save_after()
        if self.history_window is not None:
            self.history_window.close()
        if not self.isFullScreen():
            self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()
