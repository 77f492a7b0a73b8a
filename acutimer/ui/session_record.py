"""Keeping the session in history from the main window, and the History window itself.

A mixin of ``MainWindow`` (acutimer/ui/main_window.py): the session is recorded the
moment it ends (through the journal that followed it), the after-rating joins it later,
and History / Export open the one History window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from acutimer.qt.settings import Settings

if TYPE_CHECKING:
    from acutimer.core.summary import SessionSummary
    from acutimer.history.store import HistoryStore
    from acutimer.qt.journal import SessionJournal
    from acutimer.ui.end_screen import EndScreen
    from acutimer.ui.history_window import HistoryWindow

    _Window = QMainWindow
else:
    _Window = object


class SessionRecord(_Window):
    """Saves the finished session and its after-rating; shows History."""

    settings: Settings
    history: HistoryStore | None
    history_window: HistoryWindow | None
    end_screen: EndScreen
    last_summary: SessionSummary | None
    _journal: SessionJournal | None
    _saved_id: int | None
    _pain_before: int | None

    def _save_session(self, summary: SessionSummary) -> str:
        """Record the session the moment it ends; the after-rating joins it later."""
        if self.history is None:
            return ""
        assert self._journal is not None  # started with the session, as history is set
        result = self._journal.finish(summary)
        self._saved_id = result.session_id if result.saved else None
        if self.history_window is not None:
            self.history_window.refresh()
        if result.saved:
            return ""
        from PySide6.QtCore import QCoreApplication

        words = QCoreApplication.translate(
            "SessionRecord", "{problem} The routine itself was not affected."
        )
        return words.replace("{problem}", result.message)

    def on_rated_after(self, value: int) -> None:
        """Pain higher after than before: stop this routine, see a doctor if it stays."""
        from acutimer.history.advice import pain_went_up_advice

        before, summary = self._pain_before, self.last_summary
        text = ""
        if before is not None and summary is not None and value > before:
            advice = pain_went_up_advice(summary.routine_title, before, value)
            text = f"{advice.title}. {advice.text}"
        self.end_screen.show_advice(text)

    def _save_after(self) -> None:
        if self.history is None or self._saved_id is None:
            return
        rating = self.end_screen.rating
        # Always written, so Skip after a rating really removes it.
        result = self.history.rate_after(self._saved_id, rating.value(), rating.note())
        if not result.saved:
            self.statusBar().showMessage(result.message, 15000)
        if self.history_window is not None:
            self.history_window.refresh()

    def _history_window(self) -> HistoryWindow | None:
        if self.history is None:
            return None
        if self.history_window is None:
            from acutimer.history.plan import PlanSettings
            from acutimer.ui.history_window import HistoryWindow

            self.history_window = HistoryWindow(
                self.history, PlanSettings(self.settings.plan_per_week)
            )
        return self.history_window

    def show_history(self) -> None:
        window = self._history_window()
        if window is None:
            return
        from acutimer.history.plan import PlanSettings

        window.set_plan(PlanSettings(self.settings.plan_per_week))
        window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()

    def on_export(self) -> None:
        window = self._history_window()
        if window is not None:
            window.export_csv()
