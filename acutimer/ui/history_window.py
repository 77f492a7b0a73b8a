"""The History window: what the user did against the plan, and how their pain changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.summary import Ending
from acutimer.history.advice import (
    STILL_HURTING,
    Advice,
    advice_for,
    pain_trend,
    relief,
    still_hurting,
    still_hurting_advice,
)
from acutimer.history.export import write_csv
from acutimer.history.plan import PlanProgress, PlanSettings, plan_progress
from acutimer.history.records import SessionRecord
from acutimer.history.store import HistoryStore
from acutimer.ui.red_flags import red_flags_html

COLUMNS = ("When", "Routine", "Active time", "Steps", "Ended", "Pain before → after", "Note")
_NONE = "–"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class HistoryWindow(QWidget):
    """The user's history at a glance: the plan's weeks, prompts, a pain chart, the log.

    ``store`` and ``now`` are injected (tests pass a temporary store and a fixed
    time); ``tz`` is the zone times are shown in (None: this machine's). Call
    ``refresh()`` after a session is recorded. ``export_csv()`` and
    ``delete_all_data()`` back the buttons and the File menu alike.
    ``data_deleted`` is emitted after the user erased their history.
    """

    data_deleted = Signal()

    def __init__(
        self,
        store: HistoryStore,
        plan: PlanSettings | None = None,
        *,
        tz: tzinfo | None = None,
        now: Callable[[], datetime] = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("History – acutimer")
        self._store = store
        self._plan = plan or PlanSettings()
        self._tz = tz
        self._now = now
        self._records: list[SessionRecord] = []
        readable = QFont(self.font())
        readable.setPointSizeF(max(readable.pointSizeF(), 11.0))
        self.setFont(readable)

        self.notice = _banner("notice")
        self.plan_heading = QLabel()
        self.plan_heading.setFont(_scaled(readable, 1.35, bold=True))
        self.plan_line = QLabel()
        self.plan_line.setWordWrap(True)
        self._weeks = QGridLayout()
        self._weeks.setColumnStretch(1, 1)
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.advice = _banner("advice")
        self.chart = _PainChart()
        self.table = _session_table()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        self.export_button = QPushButton("&Export to CSV…")
        self.delete_button = QPushButton("&Delete all my data…")
        self.close_button = QPushButton("&Close")

        left = QVBoxLayout()
        left.addWidget(self.plan_heading)
        left.addWidget(self.plan_line)
        left.addLayout(self._weeks)
        left.addWidget(self.trend)
        left.addWidget(self.advice)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(self.chart, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.notice)
        layout.addLayout(top, 3)
        layout.addWidget(_section("Past sessions"))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1100, 820)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.on_export_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.close_button.clicked.connect(self.close)

    # -- public ------------------------------------------------------------------------

    def set_plan(self, plan: PlanSettings) -> None:
        self._plan = plan
        self.refresh()

    def today(self) -> date:
        return self._now().astimezone(self._tz).date()

    def refresh(self) -> None:
        """Read the store again and redraw everything."""
        self._records = self._store.sessions()
        notice = self._store.notice
        self.notice.setText(notice or "")
        self.notice.setVisible(bool(notice))
        progress = plan_progress(self._records, self._plan, self.today(), self._tz)
        self._show_plan(progress)
        self._show_advice(advice_for(self._records, progress, self._tz))
        self._show_trend(self._records)
        self.chart.show_records(self._records, self._now())
        self._fill_table(self._records)

    def export_csv(self, path: Path | None = None) -> bool:
        """Write the history to ``path`` (asking for one if None); says how it went."""
        if path is None:
            suggested = Path.home() / f"acutimer-history-{self.today().isoformat()}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export history", str(suggested), "CSV files (*.csv)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            count = write_csv(self._store.sessions(), path, self._tz)
        except OSError as error:
            self._say(f"The history could not be exported to {path}: {error.strerror or error}.")
            return False
        sessions = "session" if count == 1 else "sessions"
        self._say(f"Exported {count} {sessions} to {path}.")
        return True

    def delete_all_data(self, *, confirm: bool = True) -> bool:
        """Erase the history after the user confirms; True when it is gone."""
        if confirm:
            copies = len(self._store.damaged_copies())
            kept = f" and {copies} damaged history files kept earlier" if copies else ""
            answer = QMessageBox.question(
                self,
                "Delete all my data",
                "Delete every session, pain rating and note"
                f"{kept} from this computer?\n\nThis cannot be undone.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        result = self._store.delete_all()
        self.refresh()
        self._say("All your history has been deleted." if result.saved else result.message)
        if result.saved:
            self.data_deleted.emit()
        return result.saved

    # -- slots -------------------------------------------------------------------------

    def on_export_clicked(self) -> None:
        self.export_csv()

    def on_delete_clicked(self) -> None:
        self.delete_all_data()

    # -- drawing -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _show_plan(self, progress: PlanProgress) -> None:
        _clear_layout(self._weeks)
        plan = progress.settings
        goal = f"{plan.sessions_per_week} sessions a week for {_weeks(plan.weeks)}"
        if progress.start is None:
            self.plan_heading.setText("Your plan")
            self.plan_line.setText(
                f"Aim for {goal}. The plan starts with your first finished session."
            )
            return
        current = progress.current
        self.plan_heading.setText("Your plan")
        if current is not None and current.in_plan:
            self.plan_heading.setText(f"This week: {current.done} of {current.target} sessions")
        elif current is not None:
            self.plan_heading.setText(f"This week: {_count(current.done)}")
        end = progress.end
        assert end is not None
        if progress.complete:
            self.plan_line.setText(
                f"You completed your plan: {progress.done} of {progress.target} sessions "
                f"({goal}, until {_day(end)})."
                + (f" {_after_plan(self._records, plan.weeks)}" if progress.over else "")
            )
        elif progress.over:
            self.plan_line.setText(
                f"Your plan ({goal}) ended on {_day(end)} with {progress.done} of "
                f"{progress.target} sessions. {_after_plan(self._records, plan.weeks)}"
            )
        else:
            self.plan_line.setText(
                f"Plan: {goal}, until {_day(end)}. "
                f"{progress.done} of {progress.target} sessions done."
            )
        for row, week in enumerate(progress.weeks):
            label = QLabel(f"Week {week.number}, {_day(week.first_day)} – {_day(week.last_day)}")
            if current is not None and week.number == current.number:
                label.setFont(_scaled(self.font(), 1.0, bold=True))
            bar = QProgressBar()
            bar.setRange(0, week.target)
            bar.setValue(min(week.done, week.target))
            bar.setFormat(f"{week.done} of {week.target}" + ("  ✓" if week.met else ""))
            bar.setAccessibleName(f"Week {week.number}: {week.done} of {week.target} sessions")
            self._put(label, row, 0)
            self._put(bar, row, 1)
        if current is not None and not current.in_plan:
            after = QLabel(
                f"Week {current.number}, {_day(current.first_day)} – {_day(current.last_day)}"
            )
            after.setFont(_scaled(self.font(), 1.0, bold=True))
            self._put(after, len(progress.weeks), 0)
            self._put(QLabel(f"{_count(current.done)}, after the plan"), len(progress.weeks), 1)

    def _put(self, widget: QWidget, row: int, column: int) -> None:
        self._weeks.addWidget(widget, row, column)
        widget.show()  # a layout alone would show it only once the event loop runs

    def _show_advice(self, found: Sequence[Advice]) -> None:
        if not found:
            self.advice.hide()
            return
        parts = [f"<p><b>{_sentence(a.title)}</b> {a.text}</p>" for a in found]
        self.advice.setText("".join(parts) + red_flags_html(found[0].red_flags, compact=True))
        self.advice.show()

    def _show_trend(self, records: Sequence[SessionRecord]) -> None:
        sentences = [s for s in (pain_trend(records, self._tz),) if s]
        drop = relief(records)
        if drop is not None and drop > 0:
            sentences.append(
                f"On average your pain was {drop:.1f} points lower after a session than before."
            )
        if not records:
            sentences.append("No sessions yet. Your sessions will appear here once you finish one.")
        self.trend.setText(" ".join(sentences))
        self.trend.setVisible(bool(sentences))

    def _fill_table(self, records: Sequence[SessionRecord]) -> None:
        newest_first = list(reversed(records))
        self.table.setRowCount(len(newest_first))
        for row, record in enumerate(newest_first):
            s = record.summary
            when = s.started_at.astimezone(self._tz)
            cells = (
                f"{_day(when.date())}, {when:%H:%M}",
                s.routine_title,
                _duration(s.active_seconds),
                _steps(record),
                "Finished" if s.ending is Ending.FINISHED else "Stopped",
                f"{_pain(record.pain_before)} → {_pain(record.pain_after)}",
                record.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()


class _PainChart(QChartView):
    """Pain before and after each session over time, on the 0-10 scale."""

    def __init__(self) -> None:
        chart = QChart()
        chart.setTitle("Pain before and after each session")
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 300)
        self.setAccessibleName("Pain chart")
        self.before = QLineSeries()
        self.before.setName("Before")
        self.after = QLineSeries()
        self.after.setName("After")
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText("Pain (0–10)")
        # Orange and blue: told apart with any common colour blindness, and in grey.
        for series, colour, style in (
            (self.before, "#d9822b", Qt.PenStyle.DashLine),
            (self.after, "#2b6cb0", Qt.PenStyle.SolidLine),
        ):
            series.setPointsVisible(True)
            series.setPen(QPen(QColor(colour), 2.5, style))
            chart.addSeries(series)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.before, self.after):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)

    def show_records(self, records: Sequence[SessionRecord], now: datetime) -> None:
        self.before.clear()
        self.after.clear()
        for record in records:
            moment = float(record.started_at.timestamp() * 1000)
            if record.pain_before is not None:
                self.before.append(moment, record.pain_before)
            if record.pain_after is not None:
                self.after.append(moment, record.pain_after)
        times = [r.started_at.timestamp() for r in records if r.ratings]
        if times:
            day = 86400.0
            first, last = min(times) - day / 2, max(times) + day / 2
        else:
            first, last = now.timestamp() - 7 * 86400.0, now.timestamp()
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first * 1000)),
            QDateTime.fromMSecsSinceEpoch(int(last * 1000)),
        )


def _session_table() -> QTableWidget:
    table = QTableWidget(0, len(COLUMNS))
    table.setHorizontalHeaderLabels(list(COLUMNS))
    table.setAccessibleName("Past sessions")
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for column in range(len(COLUMNS) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _banner(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if name == "advice" else Qt.TextFormat.PlainText)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(10)
    label.setAccessibleName(name.capitalize())
    label.setStyleSheet("QLabel { background: #fff4d6; color: #3a2e00; border-radius: 6px; }")
    label.hide()
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setFont(_scaled(label.font(), 1.15, bold=True))
    return label


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(max(font.pointSizeF(), 11.0) * factor)
    scaled.setBold(bold)
    return scaled


def _clear_layout(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone now; deleted when the event loop next runs
            widget.deleteLater()


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _weeks(count: int) -> str:
    return "one week" if count == 1 else f"{count} weeks"


def _count(sessions: int) -> str:
    return "1 session" if sessions == 1 else f"{sessions} sessions"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    if minutes == 0:
        return f"{secs} s"
    return f"{minutes} min" if secs == 0 else f"{minutes} min {secs} s"


def _steps(record: SessionRecord) -> str:
    s = record.summary
    text = f"{s.steps_completed} of {s.steps_total}"
    extras = [
        f"{n} {what}"
        for n, what in ((s.steps_skipped, "skipped"), (s.steps_extended, "extended"))
        if n
    ]
    return text + (f" ({', '.join(extras)})" if extras else "")


def _pain(value: int | None) -> str:
    return _NONE if value is None else str(value)


def _after_plan(records: Sequence[SessionRecord], weeks: int) -> str:
    """What to do once the plan is over: see someone if it still hurts (or may)."""
    if still_hurting(records) is False:
        return "Keep going at a pace that suits you, if it helps."
    return f"{still_hurting_advice(weeks).title} {STILL_HURTING}"


def _sentence(title: str) -> str:
    """A heading as a sentence: "Still hurting after two weeks?" keeps its question mark."""
    return title if title.endswith(("?", ".", "!")) else f"{title}."
