"""The report for a clinician, from two weeks of made-up sessions, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from acutimer import cli
from acutimer.core.summary import Ending
from acutimer.history.plan import PlanSettings
from acutimer.history.records import Moment
from acutimer.history.store import HistoryStore
from acutimer.reports.figures import ReportFigures, report_figures
from acutimer.reports.output import write_pdf
from acutimer.reports.pages import paper_for
from acutimer.reports.report import paint_pain_chart, render_report
from acutimer.userdata import user_data_dir
from tests.history.factories import summary

from .conftest import Poppler, ink

A4, LETTER = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter
MONDAY = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
# (day, pain before, pain after, note): two weeks of the plan, three a week and one more.
SESSIONS = [
    (0, 7, 5, "Stiff getting out of bed"),
    (2, 7, 5, ""),
    (4, 6, 4, "Easier to put socks on"),
    (7, 5, 3, ""),
    (9, 4, 3, ""),
    (11, 4, 2, "Walked to the shops"),
    (13, 3, 2, ""),
]


def two_weeks(path: Path) -> HistoryStore:
    store = HistoryStore(path)
    for day, before, after, note in SESSIONS:
        store.record(summary(MONDAY + timedelta(days=day)), before, after, note)
    # One stopped early, with two steps skipped and one hold extended.
    store.record(
        summary(
            MONDAY + timedelta(days=8, hours=10),
            title="Hand (LI4)",
            routine_id="hand-li4",
            ending=Ending.STOPPED,
            steps=(5, 2, 2, 1),
            minutes=1,
        ),
        5,
        None,
    )
    sessions = store.sessions()
    first, last = sessions[0].session_id, sessions[-1].session_id
    assert first is not None and last is not None
    store.answer_outcome(first, Moment.START, 7)
    store.answer_outcome(last, Moment.END, 3, 2)
    return store


def _pdf(tmp_path: Path, paper: QPageSize, **period: date) -> Path:
    store = two_weeks(tmp_path / "history.sqlite3")
    figures = report_figures(store.sessions(), PlanSettings(3, 2), date(2024, 3, 18), UTC, **period)
    out = tmp_path / "report.pdf"
    write_pdf(out, lambda d: render_report(d, figures, date(2024, 3, 18)), "report", paper)
    return out


def test_the_report_says_what_was_done_and_how_pain_changed(
    tmp_path: Path, poppler: Poppler
) -> None:
    out = _pdf(tmp_path, QPageSize(QPageSize.PageSizeId.A4))

    text = " ".join(poppler.text(out).split())
    assert "Back pain self-care report" in text
    # With no period given: from the first session to the last.
    assert "Period: Mon 4 Mar 2024 to Sun 17 Mar 2024 (14 days)" in text
    assert "8 sessions logged, 6 of 6 planned sessions done" in text
    # Pain before: 7, 7, 6 in week 1; by day 5, 5, 4, 4, 3 in week 2 (the last rated).
    assert "averaged 6.7 in the first week with ratings and 4.2 in the last" in text
    # Drops of 2, 2, 2, 2, 1, 2, 1 (the stopped session has no after-rating).
    assert "Right after a session, pain was on average 1.7 points lower than before" in text
    # Week rows: planned, done, logged, stopped, steps skipped, holds extended.
    assert "4 Mar – 10 Mar 3 3 3 0 0 3" in text
    assert "11 Mar – 17 Mar 3 4 5 1 2 5" in text
    assert "Average back pain over the" in text and "Patient Global Impression of" in text
    assert "7 out of 10 (Mon 4 Mar 2024) 3 out of 10 (Sun 17 Mar 2024)" in text
    assert "Much improved (2 on the 1–7" in text
    assert (
        "Lower back 7 sessions 88 min" in text
    )  # 12.5 minutes each and "Hand (LI4) 1 session 1 min" in text
    assert "Walked to the shops" in text and "Stiff getting out of bed" in text
    assert "4 Mar: 7 → 5" in text
    assert "not a diagnosis" in text and "self-care timer" in text


def test_the_report_is_one_or_two_pages_of_the_paper_asked_for_and_none_is_blank(
    tmp_path: Path, poppler: Poppler
) -> None:
    out = _pdf(tmp_path, QPageSize(QPageSize.PageSizeId.Letter))

    assert 1 <= poppler.pages(out) <= 2
    assert poppler.page_size(out).startswith("612 x 792 pts")
    pages = poppler.render(out, tmp_path)
    assert len(pages) == poppler.pages(out)
    for page in pages:
        assert ink(page, top=0.85) > 0.005  # above the footer: not an empty sheet


def test_the_chart_draws_every_rated_day(tmp_path: Path, poppler: Poppler) -> None:
    store = two_weeks(tmp_path / "history.sqlite3")
    figures = report_figures(store.sessions(), PlanSettings(3, 2), date(2024, 3, 18), UTC)
    bare = replace(figures, pain_by_day=())
    drawn = [_chart(f) for f in (figures, bare)]
    assert ink(drawn[0]) > ink(drawn[1]) * 1.3  # lines and markers over the same axes

    empty = tmp_path / "empty.pdf"
    write_pdf(empty, lambda d: render_report(d, bare, date(2024, 3, 18)), "report")
    assert "No pain ratings in this period" in poppler.text(empty)


def _chart(figures: ReportFigures) -> QImage:
    image = QImage(900, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_pain_chart(painter, QRectF(0, 0, 900, 320), figures)
    painter.end()
    return image


def test_the_period_can_be_narrowed(tmp_path: Path, poppler: Poppler) -> None:
    out = _pdf(
        tmp_path,
        QPageSize(QPageSize.PageSizeId.A4),
        first_day=date(2024, 3, 11),
        last_day=date(2024, 3, 17),
    )
    text = " ".join(poppler.text(out).split())
    assert "Period: Mon 11 Mar 2024 to Sun 17 Mar 2024 (7 days)" in text
    assert "5 sessions logged" in text
    assert "Stiff getting out of bed" not in text and "Walked to the shops" in text


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("en_US.UTF-8", LETTER),
        ("en_CA.UTF-8", LETTER),
        ("en_GB.UTF-8", A4),
        ("de_DE.UTF-8", A4),
        ("C.UTF-8", A4),  # no territory: the language locale (France) decides
    ],
)
def test_the_paper_follows_the_locale(setting: str, expected: QPageSize.PageSizeId) -> None:
    paper = paper_for(
        QLocale(QLocale.Language.French, QLocale.Country.France), {"LC_PAPER": setting}
    )
    assert paper.id() == expected


def test_the_command_line_writes_the_report_without_a_window(
    tmp_path: Path, poppler: Poppler, capsys: pytest.CaptureFixture[str]
) -> None:
    two_weeks(user_data_dir() / "history.sqlite3").close()
    out = tmp_path / "cli.pdf"

    assert (
        cli.main(["report", "--pdf", str(out), "--from", "2024-03-04", "--to", "2024-03-17"]) == 0
    )

    assert "wrote" in capsys.readouterr().out
    text = " ".join(poppler.text(out).split())
    assert "6 of 6 planned sessions done" in text


def test_a_bad_period_is_said_plainly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    two_weeks(user_data_dir() / "history.sqlite3").close()
    code = cli.main(
        ["report", "--pdf", str(tmp_path / "x.pdf"), "--from", "2024-03-17", "--to", "2024-03-04"]
    )
    assert code == 2
    assert "the period ends (2024-03-04) before it starts (2024-03-17)" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit):
        cli.main(["report", "--pdf", str(tmp_path / "x.pdf"), "--from", "4 March"])
    assert "'4 March' is not a date like 2024-03-04" in capsys.readouterr().err


def test_a_long_history_stays_on_two_pages(tmp_path: Path, poppler: Poppler) -> None:
    """Thirty weeks of sessions: by default the last eight weeks; asked for all of it,
    the last ten weeks have rows and the earlier ones one line."""
    store = HistoryStore(tmp_path / "history.sqlite3")
    for day in range(0, 7 * 30, 2):
        store.record(summary(MONDAY + timedelta(days=day)), 6, 4, f"note on day {day}")
    records = store.sessions()
    plan = PlanSettings(3, 2)
    default = report_figures(records, plan, date(2024, 12, 1), UTC)
    assert (default.last_day - default.first_day).days == 55
    assert default.before_period == 105 - 28
    everything = report_figures(records, plan, date(2024, 12, 1), UTC, MONDAY.date())
    assert len(everything.weeks) == 10 and everything.earlier_weeks == 20
    for figures in (default, everything):
        out = tmp_path / "long.pdf"
        write_pdf(out, lambda d, f=figures: render_report(d, f, date(2024, 12, 1)), "report")
        assert poppler.pages(out) <= 2
    text = " ".join(poppler.text(out).split())
    assert "20 earlier weeks: 70 sessions logged" in text
    assert "93 earlier notes are in the CSV export" in text


def test_a_routine_is_one_row_under_its_latest_title_after_a_language_switch(
    tmp_path: Path,
) -> None:
    # Titles are stored as they were shown: two sessions in English, then, after the
    # user chose German, one under the German title. The doctor sees one routine.
    store = HistoryStore(tmp_path / "history.sqlite3")
    for day, title in ((0, "Lower back"), (2, "Lower back"), (4, "Unterer Rücken")):
        store.record(summary(MONDAY + timedelta(days=day), title=title), 6, 4)
    store.record(summary(MONDAY + timedelta(days=5), routine_id="hand-li4", title="Hand"), 5, 4)
    figures = report_figures(store.sessions(), PlanSettings(3, 2), date(2024, 3, 18), UTC)
    assert [(r.title, r.sessions) for r in figures.routines] == [
        ("Unterer Rücken", 3),
        ("Hand", 1),
    ]
