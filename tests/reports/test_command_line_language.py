"""``acutimer report`` and ``acutimer card`` make their PDFs in the user's language, as
the window's menus do: a German desktop (or Settings) gets a German report for the
doctor, an English one an English report. Fresh processes, read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.command import Home

from .conftest import Poppler
from .test_report_pdf import two_weeks


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def home(tmp_path: Path, cache: Path) -> Home:
    home = Home(tmp_path, cache)
    (home.data / "acutimer").mkdir(parents=True)
    two_weeks(home.data / "acutimer" / "history.sqlite3").close()
    return home


PERIOD = ("--from", "2024-03-04", "--to", "2024-03-17")


def test_the_report_for_the_doctor_is_in_german_on_a_german_desktop(
    home: Home, tmp_path: Path, poppler: Poppler
) -> None:
    pdf = tmp_path / "bericht.pdf"
    done = home.run("report", "--pdf", str(pdf), *PERIOD, language="de")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"{pdf} geschrieben (1 Seite, 8 Sitzungen)\n"
    text = " ".join(poppler.text(pdf).split())
    assert "Bericht zur Selbstbehandlung von Rückenschmerzen" in text
    assert "Zeitraum: Mo., 04.03.2024 bis So., 17.03.2024 (14 Tage)" in text
    assert "Hand (LI4) 1 Sitzung 1 min" in text
    assert poppler.info(pdf)["Title"] == "acutimer-Bericht"


def test_the_report_stays_english_on_an_english_desktop(
    home: Home, tmp_path: Path, poppler: Poppler
) -> None:
    pdf = tmp_path / "report.pdf"
    done = home.run("report", "--pdf", str(pdf), *PERIOD, language="en")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"wrote {pdf} (1 page, 8 sessions)\n"
    text = " ".join(poppler.text(pdf).split())
    assert "Bericht" not in text and "Sitzung" not in text
    assert "Hand (LI4) 1 session 1 min" in text


def test_routine_cards_are_in_german_with_the_routines_german_texts(
    home: Home, tmp_path: Path, poppler: Poppler
) -> None:
    pdf = tmp_path / "karten.pdf"
    done = home.run("card", "hips", "lower-back", "--pdf", str(pdf), language="de")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"{pdf} geschrieben (2 Seiten)\n"
    first = " ".join(poppler.text(pdf, 1).split())
    assert first.startswith("Hüften (BL53)")
    assert "Vitalität der Blase, beide Seiten" in first
    assert "Wo die Punkte liegen" in first and "drücken 60 s, lösen 10 s" in first
    assert poppler.text(pdf, 2).split()[:3] == ["Unterer", "Rücken", "(BL23,"]
    assert poppler.info(pdf)["Title"] == "acutimer-Übungskarte"


def test_a_german_setting_makes_german_cards_on_an_english_desktop(
    home: Home, tmp_path: Path, poppler: Poppler
) -> None:
    home.settings("[display]\nlanguage=de\n")
    pdf = tmp_path / "karte.pdf"
    done = home.run("card", "hips", "--pdf", str(pdf), language="en")
    assert done.stdout == f"{pdf} geschrieben (1 Seite)\n"
    assert poppler.text(pdf).split()[:2] == ["Hüften", "(BL53)"]
    home.settings("[display]\nlanguage=en\n")
    done = home.run("card", "hips", "--pdf", str(pdf), language="de")
    assert done.stdout == f"wrote {pdf} (1 page)\n"
    assert poppler.text(pdf).split()[:2] == ["Hips", "(BL53)"]
