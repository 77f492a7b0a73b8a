"""The report for a doctor or physiotherapist: one or two pages they can read in a minute.

What was done against the plan, week by week; how pain moved before and after the
sessions, day by day; the outcome answers; the routines used and the notes; and a
plain statement of what acutimer is and is not. Black on white: it must photocopy.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPagedPaintDevice, QPainter, QPainterPath, QPen

from acutimer.history.outcomes import (
    GLOBAL_CHANGE_QUESTION,
    OutcomeAnswers,
    global_change_words,
)
from acutimer.reports.figures import DayPain, ReportFigures
from acutimer.reports.pages import Drawing, html_escape, lay_out, paint_pages

MAX_PAGES = 2
_ONE_PAGE = (10.5, 10.0, 9.5, 9.0)
STATEMENT = (
    "acutimer is a self-care timer for acupressure routines, not a medical device. This "
    "report is what the user recorded in it; it is not a diagnosis or an assessment."
)
_INK = QColor("#000000")
_GREY = QColor("#555555")
_RULE = QColor("#bbbbbb")


def render_report(device: QPagedPaintDevice, figures: ReportFigures, generated: date) -> int:
    """Paint the report on ``device`` (a QPdfWriter or a QPrinter); returns the pages."""
    drawings = {"chart": Drawing(lambda p, r: paint_pain_chart(p, r, figures), 0.36)}
    html = report_html(figures, generated)
    # One page when it fits at a readable size; else two pages at the largest size.
    layout = lay_out(device, html, drawings, footer_lines=2, max_pages=1, sizes=_ONE_PAGE)
    if layout.pages > 1:
        layout = lay_out(device, html, drawings, footer_lines=2, max_pages=MAX_PAGES)
    return paint_pages(device, [(layout, STATEMENT)])


def report_html(figures: ReportFigures, generated: date) -> str:
    f = figures
    parts = [
        "<h1>Back pain self-care report</h1>",
        f"<p><b>Period:</b> {_day(f.first_day)} to {_day(f.last_day)} "
        f"({(f.last_day - f.first_day).days + 1} days) &nbsp; <b>Made:</b> {_day(generated)} "
        "with acutimer</p>",
        f"<p>{html_escape(_summary(f))}</p>",
        "<h2>Plan and what was done</h2>",
        _plan_html(f),
        "<h2>Pain by day, before and after sessions (0–10)</h2>",
        "<p class='small'>0 is no pain, 10 the worst pain imaginable, as rated just before "
        "and just after each session; a day with several sessions shows their average.</p>",
        "<p>[[chart]]</p>",
        _pain_table(f.pain_by_day),
        "<h2>Outcome questions</h2>",
        _outcomes_html(f.start, f.end),
        "<h2>Routines used</h2>",
        _routines_html(f),
        "<h2>Notes written after sessions</h2>",
        _notes_html(f),
    ]
    return "".join(parts)


def _summary(f: ReportFigures) -> str:
    if not f.sessions:
        return "No sessions were logged in this period."
    words = [f"{_count(f.sessions, 'session')} logged"]
    if f.planned:
        words.append(f"{f.done_in_plan} of {f.planned} planned sessions done")
    sentence = ", ".join(words) + "."
    if f.before_period:
        sentence += f" {_count(f.before_period, 'earlier session')} before this period."
    first, last = f.first_and_last_week_pain()
    if first is not None and last is not None and len(f.weeks) > 1:
        sentence += (
            f" Pain before sessions averaged {_num(first)} in the first week with ratings "
            f"and {_num(last)} in the last."
        )
    if f.average_relief is not None:
        lower = "lower" if f.average_relief >= 0 else "higher"
        sentence += (
            f" Right after a session, pain was on average {_num(abs(f.average_relief))} "
            f"points {lower} than before."
        )
    return sentence


def _plan_html(f: ReportFigures) -> str:
    goal = f"{f.plan.sessions_per_week} sessions a week for {_count(f.plan.weeks, 'week')}"
    start = f", started {_day(f.plan_start)}" if f.plan_start else " (not started yet)"
    rows = [
        "<tr><th>Week</th><th class='num'>Planned</th><th class='num'>Done</th>"
        "<th class='num'>Logged</th><th class='num'>Stopped early</th>"
        "<th class='num'>Steps skipped</th><th class='num'>Holds extended</th></tr>"
    ]
    if f.earlier_weeks:
        rows.append(
            f"<tr><td colspan='7'>{_count(f.earlier_weeks, 'earlier week')}: "
            f"{_count(f.earlier_week_sessions, 'session')} logged</td></tr>"
        )
    for w in f.weeks:
        planned = "–" if w.planned is None else str(w.planned)
        rows.append(
            f"<tr><td>{_short(w.first_day)} – {_short(w.last_day)}</td>"
            f"<td class='num'>{planned}</td><td class='num'>{w.done}</td>"
            f"<td class='num'>{w.logged}</td><td class='num'>{w.stopped}</td>"
            f"<td class='num'>{w.skipped_steps}</td><td class='num'>{w.extended_holds}</td></tr>"
        )
    return (
        f"<p>Plan: {goal}{start}. A session is <i>done</i> when it ran to its end with at "
        "least half its steps; <i>stopped early</i> ones are logged but not counted.</p>"
        f"<table width='100%'>{''.join(rows)}</table>"
    )


def _pain_table(days: tuple[DayPain, ...]) -> str:
    if not days:
        return "<p>No pain ratings in this period.</p>"
    cells = [f"{_short(d.day)}: {_rating(d.before)} → {_rating(d.after)}" for d in days]
    return f"<p class='small'><b>Before → after, by day:</b> {'; '.join(cells)}.</p>"


def _outcomes_html(start: OutcomeAnswers, end: OutcomeAnswers) -> str:
    def week_pain(a: OutcomeAnswers) -> str:
        if not a.asked:
            return "not asked"
        if a.week_pain is None:
            return "skipped"
        return f"{a.week_pain} out of 10"

    def when(a: OutcomeAnswers) -> str:
        return f" ({_day(a.record.started_at.date())})" if a.record is not None else ""

    change = "not asked"
    if end.asked:
        change = (
            "skipped"
            if end.global_change is None
            else (
                f"{global_change_words(end.global_change)} ({end.global_change} on the 1–7 scale)"
            )
        )
    return (
        "<table width='100%'>"
        "<tr><th></th><th>At the plan's start</th><th>At the plan's end</th></tr>"
        f"<tr><td>Average back pain over the past week</td><td>{week_pain(start)}{when(start)}"
        f"</td><td>{week_pain(end)}{when(end)}</td></tr>"
        f"<tr><td>Patient Global Impression of Change</td><td>–</td><td>{change}</td></tr>"
        "</table>"
        f"<p class='small'>The change question: “{html_escape(GLOBAL_CHANGE_QUESTION)}” "
        "Answers from 1 (very much improved) to 7 (very much worse).</p>"
    )


def _routines_html(f: ReportFigures) -> str:
    if not f.routines:
        return "<p>None.</p>"
    rows = "".join(
        f"<tr><td>{html_escape(r.title)}</td><td class='num'>{_count(r.sessions, 'session')}"
        f"</td><td class='num'>{r.minutes:.0f} min</td></tr>"
        for r in f.routines
    )
    return f"<table>{rows}</table>"


def _notes_html(f: ReportFigures) -> str:
    if not f.notes:
        return "<p>None.</p>"
    rows = "".join(
        f"<tr><td width='12%'>{_short(n.day)}</td><td width='22%'>{html_escape(n.routine)}</td>"
        f"<td>{html_escape(n.text)}</td></tr>"
        for n in f.notes
    )
    more = (
        f"<p class='small'>{f.notes_left_out} earlier notes are in the CSV export.</p>"
        if f.notes_left_out
        else ""
    )
    return f"<table width='100%'>{rows}</table>{more}"


# -- the chart --------------------------------------------------------------------------


def paint_pain_chart(painter: QPainter, rect: QRectF, figures: ReportFigures) -> None:
    """Pain before (dashed line, open circles) and after (solid line, filled squares)
    each day of the period, on the 0-10 scale: told apart without colour."""
    unit = rect.width() / 200.0  # everything scales with the width of the chart
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    left = metrics.horizontalAdvance("10") + 3 * unit
    bottom = metrics.lineSpacing() * 1.4
    top = metrics.lineSpacing() * 1.5
    plot = QRectF(rect.left() + left, rect.top() + top, rect.width() - left - unit, 0)
    plot.setBottom(rect.bottom() - bottom)
    first, last = figures.first_day, figures.last_day
    days = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return plot.left() + (day - first).days / days * plot.width() if days else plot.center().x()

    def y_of(value: float) -> float:
        return plot.bottom() - value / 10 * plot.height()

    thin = QPen(_RULE, unit * 0.25)
    painter.setPen(thin)
    for value in range(0, 11, 2):
        painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        painter.setPen(QPen(_INK))
        label = QRectF(rect.left(), y_of(value) - metrics.height() / 2, left - 2 * unit, 0)
        label.setHeight(metrics.height())
        painter.drawText(
            label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value)
        )
        painter.setPen(thin)
    painter.setPen(QPen(_INK, unit * 0.35))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    step = max(1, round(days / 10))
    day = first
    while day <= last:
        x = x_of(day)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit))
        label = QRectF(x - 30 * unit, plot.bottom() + unit, 60 * unit, metrics.height())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter), _short(day))
        day += timedelta(days=step)

    before = [(x_of(d.day), y_of(d.before)) for d in figures.pain_by_day if d.before is not None]
    after = [(x_of(d.day), y_of(d.after)) for d in figures.pain_by_day if d.after is not None]
    size = unit * 1.6
    _series(painter, before, QPen(_GREY, unit * 0.45, Qt.PenStyle.DashLine), size, square=False)
    _series(painter, after, QPen(_INK, unit * 0.55), size, square=True)

    # The legend, above the plot on the right.
    legend_y = rect.top() + top / 2
    x = plot.right()
    for name, pen, square in (
        ("after", QPen(_INK, unit * 0.55), True),
        ("before", QPen(_GREY, unit * 0.45, Qt.PenStyle.DashLine), False),
    ):
        text = f"Pain {name} a session"
        width = metrics.horizontalAdvance(text)
        x -= width
        painter.setPen(QPen(_INK))
        painter.drawText(QPointF(x, legend_y + metrics.ascent() / 2 - unit * 0.3), text)
        x -= unit * 14
        _series(painter, [(x, legend_y), (x + unit * 10, legend_y)], pen, size, square)
        x -= unit * 8
    if not figures.pain_by_day:
        painter.setPen(QPen(_INK))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), "No pain ratings in this period")


def _series(
    painter: QPainter, points: list[tuple[float, float]], pen: QPen, size: float, square: bool
) -> None:
    if not points:
        return
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    marker = QPen(pen.color(), pen.widthF())
    painter.setPen(marker)
    painter.setBrush(QBrush(pen.color()) if square else QBrush(QColor("#ffffff")))
    for x, y in points:
        if square:
            painter.drawRect(QRectF(x - size, y - size, 2 * size, 2 * size))
        else:
            painter.drawEllipse(QPointF(x, y), size * 1.1, size * 1.1)


# -- words --------------------------------------------------------------------------------


def _day(day: date | None) -> str:
    return "–" if day is None else f"{day:%a} {day.day} {day:%b %Y}"


def _short(day: date) -> str:
    return f"{day.day} {day:%b}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _rating(value: float | None) -> str:
    return "–" if value is None else _num(value)
