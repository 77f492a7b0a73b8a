"""``acutimer report`` and ``acutimer card``: the PDFs from the command line, no window."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path


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
            print(f"acutimer report: {store.problem}", file=sys.stderr)
            return 1
        today = datetime.now(UTC).astimezone().date()
        plan = PlanSettings(Settings().plan_per_week)
        try:
            figures = report_figures(store.sessions(), plan, today, None, first, last)
        except ValueError as error:
            print(f"acutimer report: {error}", file=sys.stderr)
            return 2
        try:
            pages = write_pdf(pdf, lambda d: render_report(d, figures, today), "acutimer report")
        except OSError as error:
            print(f"acutimer report: {pdf}: {error.strerror or error}", file=sys.stderr)
            return 1
    finally:
        store.close()
    print(f"wrote {pdf} ({pages} {'page' if pages == 1 else 'pages'}, {figures.sessions} sessions)")
    return 0


def card(refs: list[str], pdf: Path, pregnancy: bool) -> int:
    from acutimer.commands import builtin_points, find_routine
    from acutimer.reports.card import render_cards
    from acutimer.reports.output import gui_application, write_pdf

    gui_application()
    points = builtin_points()
    routines = [find_routine(ref, points) for ref in refs]
    title = "acutimer routine card"
    try:
        pages = write_pdf(pdf, lambda d: render_cards(d, routines, points, pregnancy), title)
    except OSError as error:
        print(f"acutimer card: {pdf}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {pdf} ({pages} {'page' if pages == 1 else 'pages'})")
    return 0
