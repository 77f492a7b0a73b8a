"""The History window: what the user did against the plan, and how their pain changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.summary import Ending
from acutimer.history.advice import (
    Advice,
    advice_for,
    pain_trend,
    relief,
    see_someone,
    still_hurting,
    still_hurting_advice,
)
from acutimer.history.export import write_csv
from acutimer.history.plan import PlanProgress, PlanSettings, plan_progress
from acutimer.history.plurals import english_plural
from acutimer.history.records import SessionRecord
from acutimer.history.store import HistoryStore
from acutimer.ui.accessibility import announce
from acutimer.ui.contrast import in_high_contrast
from acutimer.ui.fit import fit_window, scrolling
from acutimer.ui.pain_chart import PainChart
from acutimer.ui.red_flags import red_flags_html
from acutimer.ui.session_table import SessionTableModel, session_table
from acutimer.ui.words import window_title

if TYPE_CHECKING:
    from acutimer.ui.printables import ChoosePrinter

_CONTEXT = "HistoryWindow"
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryWindow", "When"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Routine"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Active time"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Steps"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Ended"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Pain before → after"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Note"),
)
"""The table's columns, in English: tests and code name a column by these; the
headers show them translated."""
_NONE = "–"
_ENDED = {
    Ending.FINISHED: QT_TRANSLATE_NOOP("HistoryWindow", "Finished"),
    Ending.STOPPED: QT_TRANSLATE_NOOP("HistoryWindow", "Stopped"),
    Ending.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryWindow", "Interrupted"),
    Ending.RUNNING: QT_TRANSLATE_NOOP("HistoryWindow", "Under way"),
}


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
        self.setWindowTitle(window_title(self.tr("History")))
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
        self.chart = PainChart()
        headers = [_tr(column) for column in COLUMNS]
        self.sessions = SessionTableModel(headers, self._cells, self)
        self.table = session_table(self.sessions)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.export_button = QPushButton(self.tr("&Export to CSV…"))
        self.delete_button = QPushButton(self.tr("&Delete all my data…"))
        self.report_button = QPushButton(self.tr("Save &report as PDF…"))
        self.print_button = QPushButton(self.tr("&Print report…"))
        self.close_button = QPushButton(self.tr("&Close"))

        left = QVBoxLayout()
        left.addWidget(self.plan_heading)
        left.addWidget(self.plan_line)
        left.addLayout(self._weeks)
        left.addWidget(self.trend)
        left.addWidget(self.advice)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(self.chart, 3, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        # Everything but the buttons scrolls, so Close, Export and Delete stay on screen.
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self.notice)
        body.addLayout(top, 3)
        body.addWidget(_section(self.tr("Past sessions")))
        body.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        area = scrolling(content)
        area.setAccessibleName(self.tr("History"))  # a Tab stop, to scroll by keys
        layout.addWidget(area, 1)
        # Above the buttons, not in the scrolling part: "Saved ..." is seen where the
        # button was clicked, even when the window is small.
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        fit_window(self, QSize(1100, 820))
        self._theme_boxes()
        self._connect_signals()
        self.refresh()

    def _theme_boxes(self) -> None:
        for box in (self.notice, self.advice):
            box.setStyleSheet(banner_style(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._theme_boxes()

    def _connect_signals(self) -> None:
        # Esc and Ctrl+W close it like any other window of the desktop.
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, self, self.close)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.report_button.clicked.connect(lambda: self.save_report())
        self.print_button.clicked.connect(lambda: self.print_report())
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
        self.notice.setAccessibleDescription(notice or "")
        self.notice.setVisible(bool(notice))
        progress = plan_progress(self._records, self._plan, self.today(), self._tz)
        self._show_plan(progress)
        self._show_advice(advice_for(self._records, progress, self._tz))
        self._show_trend(self._records)
        self.chart.show_records(self._records, self._now(), self._tz)
        self._fill_table(self._records)

    def export_csv(self, path: Path | None = None) -> bool:
        """Write the history to ``path`` (asking for one if None); says how it went."""
        if path is None:
            suggested = Path.home() / f"acutimer-history-{self.today().isoformat()}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export history"), str(suggested), self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            count = write_csv(self._store.sessions(), path, self._tz)
        except OSError as error:
            self._say(
                self.tr("The history could not be exported to {path}: {reason}.")
                .replace("{path}", str(path))
                .replace("{reason}", str(error.strerror or error))
            )
            return False
        exported = english_plural(self.tr("Exported %n session(s) to {path}.", "", count), count)
        self._say(exported.replace("{path}", str(path)))
        return True

    def save_report(self, path: Path | None = None) -> bool:
        """The report for a clinician as a PDF at ``path`` (asking where if None)."""
        from acutimer.ui.printables import report_render, report_title, save_pdf

        suggested = Path.home() / f"acutimer-report-{self.today().isoformat()}.pdf"
        render = report_render(self._store.sessions(), self._plan, self.today(), self._tz)
        saved, said = save_pdf(self, render, report_title(), suggested, path)
        self._say(said)
        return saved

    def print_report(self, choose: ChoosePrinter | None = None) -> bool:
        """Print the report (the print dialog also offers a PDF file)."""
        from acutimer.ui.printables import ask_for_printer, print_with, report_render, report_title

        render = report_render(self._store.sessions(), self._plan, self.today(), self._tz)
        return print_with(render, report_title(), self, choose or ask_for_printer)

    def delete_all_data(self, *, confirm: bool = True) -> bool:
        """Erase the history after the user confirms; True when it is gone."""
        if confirm:
            copies = len(self._store.damaged_copies())
            if copies:
                question = english_plural(
                    self.tr(
                        "Delete every session, pain rating and note and %n damaged history "
                        "file(s) kept earlier from this computer?\n\nThis cannot be undone.",
                        "",
                        copies,
                    ),
                    copies,
                )
            else:
                question = self.tr(
                    "Delete every session, pain rating and note from this computer?"
                    "\n\nThis cannot be undone."
                )
            answer = QMessageBox.question(
                self,
                self.tr("Delete all my data"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        result = self._store.delete_all()
        self.refresh()
        self._say(self.tr("All your history has been deleted.") if result.saved else result.message)
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
        """Show ``text`` above the buttons; a screen reader says it too."""
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        if text:
            announce(self.status, text)

    def _show_plan(self, progress: PlanProgress) -> None:
        _clear_layout(self._weeks)
        plan = progress.settings
        goal = self._goal(plan)
        self.plan_heading.setText(self.tr("Your plan"))
        if progress.start is None:
            self.plan_line.setText(
                self.tr(
                    "Aim for {goal}. The plan starts with your first finished session."
                ).replace("{goal}", goal)
            )
            return
        current = progress.current
        if current is not None and current.in_plan:
            heading = self.tr("%n session(s) this week (goal {goal})", "", current.done)
            self.plan_heading.setText(
                english_plural(heading, current.done).replace("{goal}", _number(current.target))
            )
        elif current is not None:
            heading = self.tr("%n session(s) this week", "", current.done)
            self.plan_heading.setText(english_plural(heading, current.done))
        end = progress.end
        assert end is not None
        if progress.complete:
            line = self.tr(
                "You completed your plan: {done} of {target} sessions ({goal}, until {end})."
            )
            if progress.over:
                line += " " + _after_plan(self._records, plan.weeks)
        elif progress.over:
            line = self.tr("Your plan ({goal}) ended on {end} with {done} of {target} sessions.")
            line += " " + _after_plan(self._records, plan.weeks)
        else:
            line = self.tr("Plan: {goal}, until {end}. {done_against_target} sessions done.")
        self.plan_line.setText(
            line.replace("{goal}", goal)
            .replace("{end}", _day(end))
            .replace("{done_against_target}", _against(progress.done, progress.target))
            .replace("{done}", _number(progress.done))
            .replace("{target}", _number(progress.target))
        )
        for row, week in enumerate(progress.weeks):
            label = QLabel(_week_days(week.number, week.first_day, week.last_day))
            if current is not None and week.number == current.number:
                label.setFont(_scaled(self.font(), 1.0, bold=True))
            bar = QProgressBar()
            bar.setRange(0, week.target)
            bar.setValue(min(week.done, week.target))
            bar.setFormat(_against(week.done, week.target) + ("  ✓" if week.met else ""))
            if week.done <= week.target:
                name = self.tr("Week {week}: {done} of {target} sessions")
            else:  # never "5 of 3 sessions"
                name = self.tr("Week {week}: {done} sessions, goal {target}")
            bar.setAccessibleName(
                name.replace("{week}", _number(week.number))
                .replace("{done}", _number(week.done))
                .replace("{target}", _number(week.target))
            )
            self._put(label, row, 0)
            self._put(bar, row, 1)
        if current is not None and not current.in_plan:
            after = QLabel(_week_days(current.number, current.first_day, current.last_day))
            after.setFont(_scaled(self.font(), 1.0, bold=True))
            self._put(after, len(progress.weeks), 0)
            done = self.tr("%n session(s), after the plan", "", current.done)
            self._put(QLabel(english_plural(done, current.done)), len(progress.weeks), 1)

    def _goal(self, plan: PlanSettings) -> str:
        """ "3 sessions a week for 2 weeks": one phrase, set into the plan's sentences."""
        weeks = english_plural(self.tr("%n week(s)", "", plan.weeks), plan.weeks)
        goal = self.tr("%n session(s) a week for {weeks}", "", plan.sessions_per_week)
        return english_plural(goal, plan.sessions_per_week).replace("{weeks}", weeks)

    def _put(self, widget: QWidget, row: int, column: int) -> None:
        self._weeks.addWidget(widget, row, column)
        widget.show()  # a layout alone would show it only once the event loop runs

    def _show_advice(self, found: Sequence[Advice]) -> None:
        if not found:
            self.advice.hide()
            return
        parts = [f"<p><b>{_sentence(a.title)}</b> {a.text}</p>" for a in found]
        self.advice.setText("".join(parts) + red_flags_html(found[0].red_flags, compact=True))
        # Named "Advice"; the words themselves are its description, as plain text.
        self.advice.setAccessibleDescription(
            QTextDocumentFragment.fromHtml(self.advice.text()).toPlainText()
        )
        self.advice.show()

    def _show_trend(self, records: Sequence[SessionRecord]) -> None:
        sentences = [s for s in (pain_trend(records, self._tz, _decimal),) if s]
        drop = relief(records)
        if drop is not None and drop > 0:
            sentences.append(
                self.tr(
                    "On average your pain was {points} points lower after a session than before."
                ).replace("{points}", QLocale().toString(float(drop), "f", 1))
            )
        if not records:
            sentences.append(
                self.tr("No sessions yet. Your sessions will appear here once you finish one.")
            )
        self.trend.setText(" ".join(sentences))
        self.trend.setVisible(bool(sentences))

    def _fill_table(self, records: Sequence[SessionRecord]) -> None:
        self.sessions.set_records(records)

    def _cells(self, record: SessionRecord) -> tuple[str, ...]:
        s = record.summary
        when = s.started_at.astimezone(self._tz)
        return (
            QCoreApplication.translate("HistoryWindow", "{day}, {time}")
            .replace("{day}", _day(when.date()))
            .replace("{time}", _clock(when.hour, when.minute)),
            s.routine_title,
            _duration(s.active_seconds),
            _steps(record),
            _tr(_ENDED[s.ending]),
            f"{_pain(record.pain_before)} → {_pain(record.pain_after)}",
            record.note,
        )


def _banner(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if name == "advice" else Qt.TextFormat.PlainText)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(10)
    notice = QCoreApplication.translate("HistoryWindow", "Notice")
    advice = QCoreApplication.translate("HistoryWindow", "Advice")
    label.setAccessibleName(notice if name == "notice" else advice)
    label.hide()
    return label


def banner_style(palette: QPalette) -> str:
    """A warm note box that reads in the palette it sits in: pale on light, deep on dark;
    in high contrast, the palette's own ink and paper inside a strong edge."""
    if in_high_contrast(palette):
        ink = palette.color(QPalette.ColorRole.WindowText).name()
        paper = palette.color(QPalette.ColorRole.Window).name()
        return (
            f"QLabel {{ background: {paper}; color: {ink}; border: 2px solid {ink};"
            " border-radius: 6px; }"
        )
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    background, text = ("#4a3d1a", "#f3e3b3") if dark else ("#fff4d6", "#3a2e00")
    return f"QLabel {{ background: {background}; color: {text}; border-radius: 6px; }}"


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


def _tr(text: str) -> str:
    """``text``, marked with QT_TRANSLATE_NOOP, in the window's language."""
    return QCoreApplication.translate("HistoryWindow", text)


def _number(value: int) -> str:
    return QLocale().toString(value)


def _decimal(value: float) -> str:
    """One decimal at most, in the language's way: "4.5" (English), "4,5" (German)."""
    return QLocale().toString(float(value), "f", 1).removesuffix(QLocale().decimalPoint() + "0")


def _day(day: date) -> str:
    #: A QDate format: a day in the plan and the table ("Mon 4 Mar").
    fmt = QCoreApplication.translate("HistoryWindow", "ddd d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def _clock(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), "HH:mm")


def _week_days(number: int, first: date, last: date) -> str:
    return (
        QCoreApplication.translate("HistoryWindow", "Week {number}, {first} to {last}")
        .replace("{number}", _number(number))
        .replace("{first}", _day(first))
        .replace("{last}", _day(last))
    )


def _against(done: int, goal: int) -> str:
    """ "2 of 3", or "5 (goal 3)" once past the goal: never "5 of 3"."""
    if done <= goal:
        text = QCoreApplication.translate("HistoryWindow", "{done} of {goal}")
    else:
        text = QCoreApplication.translate("HistoryWindow", "{done} (goal {goal})")
    return text.replace("{done}", _number(done)).replace("{goal}", _number(goal))


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    if minutes == 0:
        text = QCoreApplication.translate("HistoryWindow", "{seconds} s")
    elif secs == 0:
        text = QCoreApplication.translate("HistoryWindow", "{minutes} min")
    else:
        text = QCoreApplication.translate("HistoryWindow", "{minutes} min {seconds} s")
    return text.replace("{minutes}", _number(minutes)).replace("{seconds}", _number(secs))


def _steps(record: SessionRecord) -> str:
    """ "6 of 6", "4 of 6 (2 skipped, 1 extended)"."""
    s = record.summary
    text = QCoreApplication.translate("HistoryWindow", "{done} of {total}")
    if s.steps_skipped and s.steps_extended:
        text = QCoreApplication.translate(
            "HistoryWindow", "{done} of {total} ({skipped} skipped, {extended} extended)"
        )
    elif s.steps_skipped:
        text = QCoreApplication.translate("HistoryWindow", "{done} of {total} ({skipped} skipped)")
    elif s.steps_extended:
        text = QCoreApplication.translate(
            "HistoryWindow", "{done} of {total} ({extended} extended)"
        )
    return (
        text.replace("{done}", _number(s.steps_completed))
        .replace("{total}", _number(s.steps_total))
        .replace("{skipped}", _number(s.steps_skipped))
        .replace("{extended}", _number(s.steps_extended))
    )


def _pain(value: int | None) -> str:
    return _NONE if value is None else _number(value)


def _after_plan(records: Sequence[SessionRecord], weeks: int) -> str:
    """What to do once the plan is over: see someone if it still hurts (or may)."""
    if still_hurting(records) is False:
        return QCoreApplication.translate(
            "HistoryWindow", "Keep going at a pace that suits you, if it helps."
        )
    return f"{still_hurting_advice(weeks).title} {see_someone()}"


def _sentence(title: str) -> str:
    """A heading as a sentence: "Still hurting after two weeks?" keeps its question mark."""
    return title if title.endswith(("?", ".", "!")) else f"{title}."
