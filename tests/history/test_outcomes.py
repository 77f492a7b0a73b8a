"""The plan's outcome questions: asked once at the plan's start and once at its end,
kept with their session, exported and read back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from acutimer.history.export import read_csv, write_csv
from acutimer.history.outcomes import answers, due_outcome, global_change_words
from acutimer.history.plan import PlanSettings, plan_progress
from acutimer.history.records import Moment, SessionRecord
from acutimer.history.store import HistoryStore

from .factories import summary

MONDAY = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
PLAN = PlanSettings(sessions_per_week=3, weeks=2)


def _due(store: HistoryStore, today: date) -> Moment | None:
    records = store.sessions()
    return due_outcome(records, plan_progress(records, PLAN, today, UTC))


def test_the_start_questions_come_once_in_the_first_week_and_the_end_ones_at_the_end(
    tmp_path: Path,
) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    first = store.record(summary(MONDAY), 6).session_id
    assert _due(store, MONDAY.date()) is Moment.START
    assert store.answer_outcome(first, Moment.START, None).saved  # skipped: kept as asked
    assert _due(store, MONDAY.date()) is None
    for offset in (2, 4, 7, 9):
        day = MONDAY + timedelta(days=offset)
        store.record(summary(day), 5)
        assert _due(store, day.date()) is None
    day = MONDAY + timedelta(days=11)
    store.record(summary(day), 5)  # the sixth: the plan is complete
    assert _due(store, day.date()) is Moment.END
    last = store.sessions()[-1].session_id
    assert last is not None
    store.answer_outcome(last, Moment.END, 2, 2)
    assert _due(store, day.date()) is None
    end = answers(store.sessions(), Moment.END)
    assert (end.week_pain, end.global_change, end.skipped) == (2, 2, False)
    assert answers(store.sessions(), Moment.START).skipped
    assert global_change_words(2) == "Much improved"


def test_a_plan_that_ran_out_asks_its_end_questions_after_the_next_session(
    tmp_path: Path,
) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    first = store.record(summary(MONDAY), 6).session_id
    assert first is not None
    store.answer_outcome(first, Moment.START, 7)
    later = MONDAY + timedelta(days=20)
    store.record(summary(later), 4)
    assert _due(store, later.date()) is Moment.END


def test_the_start_is_not_asked_once_the_first_week_is_over(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.record(summary(MONDAY), 6)
    store.record(summary(MONDAY + timedelta(days=8)), 6)
    assert _due(store, (MONDAY + timedelta(days=8)).date()) is None


def test_answers_go_to_the_csv_and_back(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    a = store.record(summary(MONDAY), 6).session_id
    b = store.record(summary(MONDAY + timedelta(days=13)), 3).session_id
    assert a is not None and b is not None
    store.answer_outcome(a, Moment.START, 7)
    store.answer_outcome(b, Moment.END, 3, 2)
    out = tmp_path / "history.csv"
    write_csv(store.sessions(), out, UTC)
    text = out.read_text()
    assert text.splitlines()[0].endswith(",outcome,week_pain,global_change")
    back = read_csv(out)
    assert [(r.outcome, r.week_pain, r.global_change) for r in back] == [
        (Moment.START, 7, None),
        (Moment.END, 3, 2),
    ]


@pytest.mark.parametrize("bad", [0, 8])
def test_an_answer_off_the_change_scale_is_refused(tmp_path: Path, bad: int) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    session = store.record(summary(MONDAY)).session_id
    assert session is not None
    with pytest.raises(ValueError, match="from 1 to 7"):
        store.answer_outcome(session, Moment.END, 3, bad)
    with pytest.raises(ValueError):
        SessionRecord(summary(MONDAY), global_change=bad)
