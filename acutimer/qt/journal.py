"""The running session kept in history as it goes, so a killed app loses at most a step."""

from __future__ import annotations

from dataclasses import replace

from acutimer.core.events import Event, Extended, Paused, Resumed, SessionEnded, StepStarted
from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.store import HistoryStore, SaveResult
from acutimer.qt.runner import SessionRunner

_SAVED_ON = (StepStarted, Paused, Resumed, Extended)
"""Events after which the log is brought up to date: one small transaction each."""


class SessionJournal:
    """Writes one session to ``store`` while ``runner`` runs it.

    The session is logged when it starts, with the pain-before rating and ending
    "running"; each new step, pause, resume and extension updates what was done; the
    end writes the final summary. If the process dies, the row stays "running" and the
    store marks it interrupted at the next start; ``interrupt()`` does the same at once
    when the app is told to go (SIGTERM, a logout).
    """

    def __init__(self, store: HistoryStore, runner: SessionRunner, pain_before: int | None):
        self._store = store
        self._runner = runner
        self._pain_before = pain_before
        self.session_id: int | None = None
        self.result: SaveResult | None = None
        self._final: SaveResult | None = None
        runner.events_happened.connect(self.on_events_happened)

    @property
    def done(self) -> bool:
        return self._final is not None

    def on_events_happened(self, events: list[Event]) -> None:
        if self._final is not None:
            return
        for event in events:
            if isinstance(event, SessionEnded):
                self.finish(event.summary)
                return
        if self.session_id is None or any(isinstance(e, _SAVED_ON) for e in events):
            self._save(self._runner.session.progress(self._runner.now()))

    def finish(self, summary: SessionSummary) -> SaveResult:
        """Write the session's end (once); returns how that went."""
        if self._final is None:
            self._final = self._save(summary)
        return self._final

    def interrupt(self) -> SaveResult:
        """The app is going away mid-session: keep what was done, as interrupted."""
        progress = self._runner.session.progress(self._runner.now())
        if progress.ending is Ending.RUNNING:
            progress = replace(progress, ending=Ending.INTERRUPTED)
        return self.finish(progress)

    def _save(self, progress: SessionSummary) -> SaveResult:
        result = self._store.save_progress(self.session_id, progress, self._pain_before)
        if result.saved:
            self.session_id = result.session_id
        self.result = result
        return result
