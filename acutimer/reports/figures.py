"""The figures of the report for a clinician, from the history alone: no Qt here.

Everything is counted in the user's local days (``tz``), for the period asked for:
the plan's weeks with sessions planned and done, steps skipped and holds extended,
pain before and after by day, the outcome answers, routines used and the notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import mean

from acutimer.core.summary import Ending
from acutimer.history.advice import relief
from acutimer.history.chart_points import daily_points
from acutimer.history.outcomes import OutcomeAnswers, answers
from acutimer.history.plan import (
    DAYS_PER_WEEK,
    PlanSettings,
    counts_toward_plan,
    local_day,
    plan_progress,
)
from acutimer.history.records import Moment, SessionRecord

MAX_NOTES = 12
"""Notes beyond these (the latest are kept) are left to the CSV: the report stays short."""
MAX_WEEKS = 10
"""Week rows beyond these (the latest are kept) are summed in one line."""
DEFAULT_WEEKS = 8
"""With no period given: the last eight weeks that have sessions."""


@dataclass(frozen=True)
class WeekRow:
    """One week of seven days in the period: sessions planned against those done."""

    number: int
    first_day: date
    planned: int | None
    """None for a week outside the plan."""
    done: int
    """Sessions that count toward the plan (finished, at least half the steps)."""
    logged: int
    stopped: int
    skipped_steps: int
    extended_holds: int

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=DAYS_PER_WEEK - 1)


@dataclass(frozen=True)
class DayPain:
    """Average pain before and after the sessions of one local day (None: not rated)."""

    day: date
    before: float | None
    after: float | None


@dataclass(frozen=True)
class RoutineUse:
    title: str
    sessions: int
    minutes: float


@dataclass(frozen=True)
class Note:
    day: date
    routine: str
    text: str


@dataclass(frozen=True)
class ReportFigures:
    """What the report shows, ready to lay out."""

    first_day: date
    last_day: date
    plan: PlanSettings
    plan_start: date | None
    weeks: tuple[WeekRow, ...]
    """The period's last ``MAX_WEEKS`` weeks."""
    earlier_weeks: int
    earlier_week_sessions: int
    before_period: int
    """Sessions logged before the period starts (not in the report)."""
    pain_by_day: tuple[DayPain, ...]
    start: OutcomeAnswers
    end: OutcomeAnswers
    routines: tuple[RoutineUse, ...]
    notes: tuple[Note, ...]
    notes_left_out: int
    sessions: int
    rated: int
    average_relief: float | None

    @property
    def planned(self) -> int:
        return sum(w.planned or 0 for w in self.weeks)

    @property
    def done_in_plan(self) -> int:
        return sum(min(w.done, w.planned) for w in self.weeks if w.planned is not None)

    def first_and_last_week_pain(self) -> tuple[float | None, float | None]:
        """Average pain before sessions in the first and the last week that has ratings."""
        by_week: dict[int, list[float]] = {}
        for point in self.pain_by_day:
            if point.before is not None:
                number = (point.day - self.first_day).days // DAYS_PER_WEEK
                by_week.setdefault(number, []).append(point.before)
        if not by_week:
            return None, None
        numbers = sorted(by_week)
        return mean(by_week[numbers[0]]), mean(by_week[numbers[-1]])


def report_figures(
    records: Sequence[SessionRecord],
    plan: PlanSettings,
    today: date,
    tz: tzinfo | None,
    first_day: date | None = None,
    last_day: date | None = None,
) -> ReportFigures:
    """The figures for the days ``first_day`` to ``last_day`` (default: all of history,
    up to ``today``). Sessions still running are left out."""
    logged = [r for r in records if r.summary.ending is not Ending.RUNNING]
    days = [local_day(r.started_at, tz) for r in logged]
    last = last_day or (max(days) if days else today)
    if first_day is None:
        earliest = min(days) if days else last
        first_day = max(earliest, last - timedelta(days=DAYS_PER_WEEK * DEFAULT_WEEKS - 1))
    first = first_day
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    inside = [r for r, d in zip(logged, days, strict=True) if first <= d <= last]
    progress = plan_progress(logged, plan, today, tz)
    # Weeks run from the plan's first day when the plan started inside the period,
    # so "week 1" means the plan's week 1; otherwise from the period's first day.
    anchor = progress.start if progress.start and first <= progress.start <= last else first
    week_one = anchor - timedelta(days=DAYS_PER_WEEK * ((anchor - first).days // DAYS_PER_WEEK))
    if week_one > first:
        week_one -= timedelta(days=DAYS_PER_WEEK)
    weeks = _weeks(inside, tz, week_one, last, progress.start, plan)
    earlier_weeks = weeks[:-MAX_WEEKS]
    notes = _notes(inside, tz)
    return ReportFigures(
        first_day=first,
        last_day=last,
        plan=plan,
        plan_start=progress.start,
        weeks=weeks[-MAX_WEEKS:],
        earlier_weeks=len(earlier_weeks),
        earlier_week_sessions=sum(w.logged for w in earlier_weeks),
        before_period=sum(1 for d in days if d < first),
        pain_by_day=tuple(
            DayPain(p.at.astimezone(tz).date(), p.before, p.after) for p in daily_points(inside, tz)
        ),
        start=answers(inside, Moment.START),
        end=answers(inside, Moment.END),
        routines=_routines(inside),
        notes=tuple(notes[-MAX_NOTES:]),
        notes_left_out=max(0, len(notes) - MAX_NOTES),
        sessions=len(inside),
        rated=sum(1 for r in inside if r.ratings),
        average_relief=relief(inside),
    )


def _weeks(
    records: Sequence[SessionRecord],
    tz: tzinfo | None,
    week_one: date,
    last: date,
    plan_start: date | None,
    plan: PlanSettings,
) -> tuple[WeekRow, ...]:
    rows = []
    start = week_one
    number = 1
    plan_end = plan_start + timedelta(days=DAYS_PER_WEEK * plan.weeks) if plan_start else None
    while start <= last:
        end = start + timedelta(days=DAYS_PER_WEEK)
        week = [r for r in records if start <= local_day(r.started_at, tz) < end]
        in_plan = plan_start is not None and plan_end is not None and plan_start <= start < plan_end
        rows.append(
            WeekRow(
                number=number,
                first_day=start,
                planned=plan.sessions_per_week if in_plan else None,
                done=sum(1 for r in week if counts_toward_plan(r)),
                logged=len(week),
                stopped=sum(1 for r in week if not r.summary.finished),
                skipped_steps=sum(r.summary.steps_skipped for r in week),
                extended_holds=sum(r.summary.steps_extended for r in week),
            )
        )
        start, number = end, number + 1
    return tuple(rows)


def _routines(records: Sequence[SessionRecord]) -> tuple[RoutineUse, ...]:
    """Sessions and minutes per routine, most used first. A routine is one row under its
    latest title, however often its title changed (an edit, or the app's language: the
    titles are stored as they were shown)."""
    counts: dict[str, tuple[int, float]] = {}
    titles: dict[str, tuple[datetime, str]] = {}
    for r in records:
        key = r.summary.routine_id or r.summary.routine_title
        n, seconds = counts.get(key, (0, 0.0))
        counts[key] = (n + 1, seconds + r.summary.active_seconds)
        if key not in titles or r.started_at >= titles[key][0]:
            titles[key] = (r.started_at, r.summary.routine_title)
    ranked = sorted(counts.items(), key=lambda item: (-item[1][0], titles[item[0]][1]))
    return tuple(RoutineUse(titles[key][1], n, seconds / 60) for key, (n, seconds) in ranked)


def _notes(records: Sequence[SessionRecord], tz: tzinfo | None) -> list[Note]:
    return [
        Note(local_day(r.started_at, tz), r.summary.routine_title, r.note.strip())
        for r in records
        if r.note.strip()
    ]
