"""The report for a doctor and the routine card in German, read back from the PDF: a
German reader's dates (04.03.2024), decimal commas and plural forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from acutimer.commands import builtin_points, find_routine
from acutimer.history.plan import PlanSettings
from acutimer.reports.card import render_cards
from acutimer.reports.figures import report_figures
from acutimer.reports.output import write_pdf
from acutimer.reports.report import render_report
from tests.helpers.german import compile_german, in_german

from .conftest import Poppler
from .test_report_pdf import two_weeks

A4 = QPageSize(QPageSize.PageSizeId.A4)


@pytest.fixture(scope="module")
def german_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_german(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def german(german_qm: Path) -> Iterator[None]:
    with in_german(german_qm):
        yield


def test_the_report_reads_in_german_with_german_dates(
    german: None, tmp_path: Path, poppler: Poppler
) -> None:
    store = two_weeks(tmp_path / "history.sqlite3")
    figures = report_figures(store.sessions(), PlanSettings(3, 2), date(2024, 3, 18), UTC)
    out = tmp_path / "bericht.pdf"
    write_pdf(out, lambda d: render_report(d, figures, date(2024, 3, 18)), "Bericht", A4)

    text = " ".join(poppler.text(out).split())
    assert "Bericht zur Selbstbehandlung von Rückenschmerzen" in text
    assert "Zeitraum: Mo., 04.03.2024 bis So., 17.03.2024 (14 Tage)" in text
    assert "Erstellt: Mo., 18.03.2024 mit acutimer" in text
    assert "8 Sitzungen festgehalten, 6 von 6 geplanten Sitzungen erledigt." in text
    assert "bei 6,7 in der ersten Woche mit Bewertungen und bei 4,2 in der letzten" in text
    assert "im Durchschnitt um 1,7 Punkte geringer als davor" in text
    # Week rows: the German short date, then planned, done, logged, stopped...
    assert "04.03. – 10.03. 3 3 3 0 0 3" in text
    assert "7 von 10 (Mo., 04.03.2024) 3 von 10 (So., 17.03.2024)" in text
    assert "Viel besser (2 auf der Skala 1–7)" in text
    # One routine used once, one seven times: both plural forms.
    assert "Hand (LI4) 1 Sitzung 1 min" in text and "Lower back 7 Sitzungen 88 min" in text
    assert "04.03.: 7 → 5" in text
    assert "Walked to the shops" in text  # the user's notes stay as written
    assert "keine Diagnose" in text and "kein Medizinprodukt" in text
    for english in ("Period", "sessions", "Mar", "out of 10", "Pain before"):
        assert english not in text


def test_the_routine_card_reads_in_german(german: None, tmp_path: Path, poppler: Poppler) -> None:
    points = builtin_points()
    routines = [find_routine("hand-li4", points)]
    out = tmp_path / "karte.pdf"
    write_pdf(out, lambda d: render_cards(d, routines, points), "Karte", A4)

    text = " ".join(poppler.text(out).split())
    assert "Gesamtdauer: 1:45 (Minuten:Sekunden)" in text
    assert "drücken 10 s, lösen 5 s; 3 Runden" in text
    assert "Seite wechseln (5 s), dann drücken 10 s" in text
    assert "linke oder rechte Hand" in text  # the diagram's caption
    assert "Schwangerschaftsmodus" in text and "kein ärztlicher Rat" in text
    assert "Vorsichtshinweise" in text and "So finden Sie ihn:" in text
