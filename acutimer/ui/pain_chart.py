"""The History chart: pain before and after each session, by day, in the palette's colours.

Each day is one slot on the x axis; the sessions of a day stand side by side in it, each
as a pair (before ● joined to after ■), so five sessions on one day are five short
strokes, not a vertical squiggle over one date.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from statistics import mean

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen

from acutimer.history.advice import pain_trend
from acutimer.history.chart_points import PainPoint, pain_points
from acutimer.history.plurals import english_plural
from acutimer.history.records import SessionRecord
from acutimer.ui.contrast import in_high_contrast

BEFORE = QColor("#b8610f")
AFTER = QColor("#2b6cb0")
BEFORE_ON_DARK = QColor("#d9822b")
AFTER_ON_DARK = QColor("#6ea8e8")
HIGH_BEFORE, HIGH_AFTER = QColor("#9a4d00"), QColor("#1a47c4")
HIGH_BEFORE_ON_DARK, HIGH_AFTER_ON_DARK = QColor("#ffa94d"), QColor("#7297ff")
"""Orange and blue: told apart with any common colour blindness, and in grey; the
markers differ in shape too (circle before, square after). Each stands out from the
chart's background at 3:1 (WCAG's minimum for parts of a graphic), 4.5:1 in high
contrast (tests/ui/test_contrast.py)."""
LABEL_WIDTH = 80
"""Pixels a day's label needs ("Mon 4 Mar"); fewer labels when the chart is narrow."""


def _day_slots(records: Sequence[SessionRecord], tz: tzinfo | None) -> dict[date, list[PainPoint]]:
    """The rated sessions by day; a long history arrives averaged by day, week or month
    (``pain_points``), so the chart never draws thousands of pairs."""
    days: dict[date, list[PainPoint]] = {}
    for point in pain_points(records, tz):
        days.setdefault(point.at.astimezone(tz).date(), []).append(point)
    return days


class PainChart(QChartView):
    """Pain before and after each session over the days, on the 0-10 scale."""

    def __init__(self) -> None:
        chart = QChart()
        chart.setTitle(
            QCoreApplication.translate("PainChart", "Pain before and after each session")
        )
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 240)
        # Never taller than a screenful beside a long column of advice: the whole chart
        # stays in view while the advice beside it scrolls.
        self.setMaximumHeight(460)
        self.setAccessibleName(self.tr("Pain chart"))
        self.before = QScatterSeries()
        self.before.setName(self.tr("Before"))
        self.before.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.after = QScatterSeries()
        self.after.setName(self.tr("After"))
        self.after.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        for series in (self.before, self.after):
            series.setMarkerSize(11)
        self.pairs: list[QLineSeries] = []
        self.x_axis = QCategoryAxis()
        # Each label stands centred under its day; the grid lines are the days' edges.
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("Pain (0-10)"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.before, self.after):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.days: list[date] = []
        self.apply_palette(self.palette())

    def show_records(
        self, records: Sequence[SessionRecord], now: datetime, tz: tzinfo | None = None
    ) -> None:
        chart = self.chart()
        self.before.clear()
        self.after.clear()
        for pair in self.pairs:
            chart.removeSeries(pair)
            pair.deleteLater()
        self.pairs = []
        by_day = _day_slots(records, tz)
        if by_day:
            first, last = min(by_day), max(by_day)
        else:
            last = now.astimezone(tz).date()
            first = last - timedelta(days=6)
        self.days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        for slot, day in enumerate(self.days):
            sessions = by_day.get(day, [])
            for n, point in enumerate(sessions):
                x = slot + (n + 1) / (len(sessions) + 1)  # side by side within the day
                if point.before is not None:
                    self.before.append(x, point.before)
                if point.after is not None:
                    self.after.append(x, point.after)
                if point.before is not None and point.after is not None:
                    self._add_pair(x, point.before, point.after)
        self._label_days()
        self.setAccessibleDescription(self.summary(records, tz))

    def summary(self, records: Sequence[SessionRecord], tz: tzinfo | None = None) -> str:
        """The chart in words, for a screen reader (its accessible description): how many
        sessions were rated and when, the average pain before and after, and the trend."""
        rated = [r for r in records if r.ratings]
        if not rated:
            return self.tr("No pain ratings yet. Each session you rate adds its pain here.")
        days = [r.started_at.astimezone(tz).date() for r in rated]
        first, last = min(days), max(days)
        if first == last:
            count = self.tr("%n session(s) with pain ratings, on {first}.", "", len(rated))
        else:
            count = self.tr(
                "%n session(s) with pain ratings, from {first} to {last}.", "", len(rated)
            )
        sentences = [
            english_plural(count, len(rated))
            .replace("{first}", self._long_day(first))
            .replace("{last}", self._long_day(last))
        ]
        before = [r.pain_before for r in rated if r.pain_before is not None]
        after = [r.pain_after for r in rated if r.pain_after is not None]
        if before and after:
            average = self.tr(
                "Average pain before a session: {before} out of 10; after: {after} out of 10."
            )
        elif before:
            average = self.tr("Average pain before a session: {before} out of 10.")
        else:
            average = self.tr("Average pain after a session: {after} out of 10.")
        sentences.append(
            average.replace("{before}", _decimal(mean(before) if before else 0)).replace(
                "{after}", _decimal(mean(after) if after else 0)
            )
        )
        trend = pain_trend(records, tz, _decimal)
        if trend:
            sentences.append(trend)
        return " ".join(sentences)

    def _long_day(self, day: date) -> str:
        #: A QDate format: a day said in the chart's summary for screen readers ("4 March").
        fmt = self.tr("d MMMM")
        return QLocale().toString(QDate(day.year, day.month, day.day), fmt)

    def _add_pair(self, x: float, before: float, after: float) -> None:
        pair = QLineSeries()
        pair.append(x, before)
        pair.append(x, after)
        pair.setPen(QPen(self._pair_colour(), 2.0))
        chart = self.chart()
        chart.addSeries(pair)
        pair.attachAxis(self.x_axis)
        pair.attachAxis(self.y_axis)
        for marker in chart.legend().markers(pair):
            marker.setVisible(False)
        self.pairs.append(pair)

    def _label_days(self) -> None:
        axis = self.x_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        count = len(self.days)
        room = max(self.chart().plotArea().width(), self.width() - 80, LABEL_WIDTH * 2)
        most = max(int(room // LABEL_WIDTH), 2)
        every = max(math.ceil(count / most), 1)
        axis.setStartValue(0)
        for slot in range(0, count, every):
            day = self.days[slot]
            if every == 1:  # noqa: SIM108 - a comment for the translator on each
                #: A QDate format: a day on the chart's axis with its weekday ("Mon 4 Mar").
                fmt = self.tr("ddd d MMM")
            else:
                #: A QDate format: a day on the chart's axis, no weekday ("4 Mar").
                fmt = self.tr("d MMM")
            label = QLocale().toString(QDate(day.year, day.month, day.day), fmt)
            axis.append(label, min(slot + every, count))
        axis.setRange(0, max(count, 1))

    # -- colours --------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _pair_colour(self) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        if not in_high_contrast(self.palette()):
            colour.setAlphaF(0.45)
        return colour

    def apply_palette(self, palette: QPalette) -> None:
        """Background, text, grid and series from the palette: no white card on dark."""
        chart = self.chart()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        if in_high_contrast(palette):
            grid = palette.color(QPalette.ColorRole.Mid)  # at 3:1, as the frames are
        else:
            grid.setAlphaF(0.18)
        chart.setBackgroundBrush(QBrush(base))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        before, after = series_colours(palette)
        for series, colour in ((self.before, before), (self.after, after)):
            series.setColor(colour)
            series.setBorderColor(base)
        for pair in self.pairs:
            pair.setPen(QPen(self._pair_colour(), 2.0))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.days:
            self._label_days()

    def changeEvent(self, event: object) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)  # type: ignore[arg-type]
        if getattr(event, "type", lambda: None)() == QEvent.Type.PaletteChange:
            self.apply_palette(self.palette())


def series_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The before and after markers' colours on a chart drawn in ``palette``."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if in_high_contrast(palette):
        return (HIGH_BEFORE_ON_DARK, HIGH_AFTER_ON_DARK) if dark else (HIGH_BEFORE, HIGH_AFTER)
    return (BEFORE_ON_DARK, AFTER_ON_DARK) if dark else (BEFORE, AFTER)


def _decimal(value: float) -> str:
    """One decimal at most, in the language's way: "4.5" (English), "4,5" (German)."""
    return QLocale().toString(float(value), "f", 1).removesuffix(QLocale().decimalPoint() + "0")
