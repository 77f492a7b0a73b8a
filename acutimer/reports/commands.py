"""``acutimer report`` and ``acutimer card``: the PDFs from the command line, no window."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from acutimer.core.i18n import Context, fill, translate

CommandLine = Context("CommandLine")
"""Counted words, under the context named like the variable (see acutimer.core.i18n)."""


def report(pdf: Path, first: date | None, last: date | None) -> int:
    from acutimer.history.plan import PlanSettings
    from acutimer.history.store import HistoryStore
    from acutimer.qt.settings import Settings
    from acutimer.reports.figures import report_figures
    from acutimer.reports.output import gui_application, write_pdf
    from acutimer.reports.report import render_report
    from acutimer.userdata import user_data_dir

    gui_application()
    store = HistoryStore(user_data_dir() / "history.sqlite3")
    try:
        if store.problem and not store.sessions():
            print(_failed(store.problem), file=sys.stderr)
            return 1
        today = datetime.now(UTC).astimezone().date()
        plan = PlanSettings(Settings().plan_per_week)
        try:
            figures = report_figures(store.sessions(), plan, today, None, first, last)
        except ValueError as error:
            print(_failed(error), file=sys.stderr)
            return 2
        try:
            title = translate("CommandLine", "acutimer report", "the PDF's title")
            pages = write_pdf(pdf, lambda d: render_report(d, figures, today), title)
        except OSError as error:
            print(_failed(f"{pdf}: {error.strerror or error}"), file=sys.stderr)
            return 1
    finally:
        store.close()
    wrote = translate("CommandLine", "wrote {file} ({pages}, {sessions})", "a report's PDF")
    sessions = CommandLine.tr("%n session(s)", "", figures.sessions)
    print(fill(wrote, file=pdf, pages=CommandLine.tr("%n page(s)", "", pages), sessions=sessions))
    return 0


def _failed(problem: object, command: str = "report") -> str:
    words = translate("CommandLine", "acutimer {command}: {problem}", "a command that failed")
    return fill(words, command=command, problem=problem)


def card(refs: list[str], pdf: Path, pregnancy: bool, language: str | None = None) -> int:
    """Cards for the routines (ids or files), texts in ``language`` (``"de_DE"``)."""
    from acutimer.commands import builtin_points, find_routine
    from acutimer.reports.card import render_cards
    from acutimer.reports.output import gui_application, write_pdf

    gui_application()
    points = builtin_points(language)
    routines = [find_routine(ref, points, language) for ref in refs]
    title = translate("CommandLine", "acutimer routine card", "the PDF's title")
    try:
        pages = write_pdf(pdf, lambda d: render_cards(d, routines, points, pregnancy), title)
    except OSError as error:
        print(_failed(f"{pdf}: {error.strerror or error}", "card"), file=sys.stderr)
        return 1
    wrote = translate("CommandLine", "wrote {file} ({pages})", "routine cards' PDF")
    print(fill(wrote, file=pdf, pages=CommandLine.tr("%n page(s)", "", pages)))
    return 0
