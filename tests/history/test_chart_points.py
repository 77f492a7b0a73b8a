"""A long history is averaged for the chart; a short one is drawn session by session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from acutimer.history.chart_points import pain_points

from .factories import record

START = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def test_a_short_history_is_drawn_session_by_session() -> None:
    records = [record(START + timedelta(hours=h), 6, 4) for h in (0, 3)]
    assert [(p.before, p.after) for p in pain_points(records, PARIS)] == [(6, 4), (6, 4)]


def test_sessions_without_ratings_are_left_out() -> None:
    assert pain_points([record(START)], PARIS) == []


def test_many_sessions_become_daily_averages() -> None:
    records = [
        record(START + timedelta(days=d, hours=h), 4 + h, 2) for d in range(30) for h in (0, 2)
    ]
    points = pain_points(records, PARIS, max_points=40)
    assert len(points) == 30
    assert {(p.before, p.after) for p in points} == {(5.0, 2.0)}
    assert points[0].at.astimezone(PARIS).hour == 12  # noon of the day it stands for


def test_two_thousand_sessions_become_at_most_the_chart_width() -> None:
    records = [record(START + timedelta(hours=13 * n), n % 11, None) for n in range(2000)]
    points = pain_points(records, PARIS)
    assert 10 < len(points) <= 120
    assert all(p.after is None and p.before is not None for p in points)
    overall = sum(r.pain_before for r in records if r.pain_before is not None) / 2000
    assert abs(sum(p.before for p in points if p.before) / len(points) - overall) < 0.5
