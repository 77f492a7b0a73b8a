"""The report for a doctor or physiotherapist: one or two pages they can read in a minute.

What was done against the plan, week by week; how pain moved before and after the
sessions, day by day; the outcome answers; the routines used and the notes; and a
plain statement of what acutimer is and is not. Black on white: it must photocopy.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPagedPaintDevice, QPainter, QPainterPath, QPen

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.reports.figures import ReportFigures
from acutimer.reports.pages import Drawing, lay_out, paint_pages
from acutimer.reports.report_text import ReportText

MAX_PAGES = 2
_ONE_PAGE = (10.5, 10.0, 9.5, 9.0)
STATEMENT = QT_TRANSLATE_NOOP(
    "ReportText",
    "acutimer is a self-care timer for acupressure routines, not a medical device. This "
    "report is what the user recorded in it; it is not a diagnosis or an assessment.",
)
"""The footer of every page (in English: translate where shown)."""
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
    return paint_pages(device, [(layout, QCoreApplication.translate("ReportText", STATEMENT))])


def report_html(figures: ReportFigures, generated: date) -> str:
    return ReportText().html(figures, generated)


# -- the chart --------------------------------------------------------------------------


def paint_pain_chart(painter: QPainter, rect: QRectF, figures: ReportFigures) -> None:
    """Pain before (dashed line, open circles) and after (solid line, filled squares)
    each day of the period, on the 0-10 scale: told apart without colour."""
    unit = rect.width() / 200.0  # everything scales with the width of the chart
    text = ReportText()
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
        painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter), text.short_day(day))
        day += timedelta(days=step)

    before = [(x_of(d.day), y_of(d.before)) for d in figures.pain_by_day if d.before is not None]
    after = [(x_of(d.day), y_of(d.after)) for d in figures.pain_by_day if d.after is not None]
    size = unit * 1.6
    _series(painter, before, QPen(_GREY, unit * 0.45, Qt.PenStyle.DashLine), size, square=False)
    _series(painter, after, QPen(_INK, unit * 0.55), size, square=True)

    # The legend, above the plot on the right.
    legend_y = rect.top() + top / 2
    x = plot.right()
    for legend, pen, square in (
        (
            QCoreApplication.translate("ReportText", "Pain after a session"),
            QPen(_INK, unit * 0.55),
            True,
        ),
        (
            QCoreApplication.translate("ReportText", "Pain before a session"),
            QPen(_GREY, unit * 0.45, Qt.PenStyle.DashLine),
            False,
        ),
    ):
        width = metrics.horizontalAdvance(legend)
        x -= width
        painter.setPen(QPen(_INK))
        painter.drawText(QPointF(x, legend_y + metrics.ascent() / 2 - unit * 0.3), legend)
        x -= unit * 14
        _series(painter, [(x, legend_y), (x + unit * 10, legend_y)], pen, size, square)
        x -= unit * 8
    if not figures.pain_by_day:
        painter.setPen(QPen(_INK))
        painter.drawText(
            plot,
            int(Qt.AlignmentFlag.AlignCenter),
            QCoreApplication.translate("ReportText", "No pain ratings in this period"),
        )


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
