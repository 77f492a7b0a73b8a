"""The command line in the user's language: the window's choice (Settings, else the
desktop's LANGUAGE/LC_*/LANG), run in fresh processes as a person runs it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.command import Home
from tests.helpers.routines import ONE_STEP, line_of, routine_text, write


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One translation cache for the module: German is compiled once, not per process."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def home(tmp_path: Path, cache: Path) -> Home:
    return Home(tmp_path, cache)


def lines_of(done: subprocess.CompletedProcess[str]) -> list[str]:
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout.splitlines()


def test_list_shows_the_routines_in_german_for_a_german_desktop(home: Home) -> None:
    german = lines_of(home.run("list", language="de"))
    english = lines_of(home.run("list", language="en"))
    assert "hips            1:25  Hüften (BL53)  [BL53]" in german
    assert "lower-back      2:35  Unterer Rücken (BL23, BL52)  [BL23, BL52]" in german
    assert "hips            1:25  Hips (BL53)  [BL53]" in english
    assert not any("Hüften" in line for line in english)


def test_the_settings_language_wins_over_the_desktops(home: Home) -> None:
    home.settings("[display]\nlanguage=de\n")
    assert "Hüften (BL53)" in home.run("list", language="en").stdout
    home.settings("[display]\nlanguage=en\n")
    assert "Hips (BL53)" in home.run("list", language="de").stdout


def test_a_language_acutimer_does_not_speak_gives_english(home: Home) -> None:
    assert "Hips (BL53)" in home.run("list", language="fr_FR:fr").stdout


def test_list_json_keeps_ids_numbers_and_codes_only_titles_follow_the_language(
    home: Home,
) -> None:
    german = json.loads(home.run("list", "--json", language="de").stdout)
    english = json.loads(home.run("list", "--json", language="en").stdout)
    assert [{**row, "title": None} for row in german] == [{**row, "title": None} for row in english]
    titles = {
        row["id"]: (row["title"], other["title"])
        for row, other in zip(german, english, strict=True)
    }
    assert titles["hips"] == ("Hüften (BL53)", "Hips (BL53)")


def test_validate_says_what_is_wrong_in_german_at_the_line_and_column(
    home: Home, tmp_path: Path
) -> None:
    text = routine_text(ONE_STEP.replace("seconds: 10", "seconds: -10"))
    broken = write(tmp_path, "broken.yaml", text)
    good = write(tmp_path, "good.yaml", routine_text(routine_id="good"))
    german = home.run("validate", str(good), str(broken), language="de")
    english = home.run("validate", str(good), str(broken), language="en")
    line = line_of(text, "seconds: -10")
    assert german.returncode == english.returncode == 1
    first, problem = german.stdout.splitlines()
    assert first == f"{good}: in Ordnung"
    assert (
        problem.startswith(f"{broken}:{line}:")
        and "muss mehr als 0 Sekunden sein; gefunden: -10" in problem
    )
    assert english.stdout.splitlines()[0] == f"{good}: ok"
    assert "must be more than 0 seconds; got -10" in english.stdout.splitlines()[1]


def test_timeline_in_german(home: Home) -> None:
    lines = lines_of(home.run("timeline", "hips", "--first-side", "left", language="de"))
    assert lines[0] == "Hüften (BL53) [hips]"
    assert lines[2].split()[:7] == ["0:15", "drücken", "60", "s", "BL53", "beidseits", "Schritt"]
    assert "Vitalität der Blase, beide Seiten" in lines[2]
    assert lines[-1] == "Gesamtdauer 1:25 (85 s)"
    english = lines_of(home.run("timeline", "hips", "--first-side", "left", language="en"))
    assert english[2].split()[:7] == ["0:15", "press", "60", "s", "BL53", "both", "step"]
    assert english[-1] == "Total 1:25 (85 s)"


def test_timeline_in_german_says_what_pregnancy_mode_leaves_out(home: Home) -> None:
    out = home.run("timeline", "feet-soles", "--pregnancy", language="de").stdout
    assert "Ausgelassen: KI1 (Sprudelnde Quelle): Drücken Sie diesen Punkt nie" in out


def test_an_unknown_routine_is_named_in_german(home: Home) -> None:
    done = home.run("timeline", "nope", language="de")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("nope:1:1: keine Übung mit der Kennung oder Datei 'nope'; ")


def test_desktop_install_says_what_it_did_in_german(home: Home) -> None:
    lines = lines_of(home.run("desktop", "install", language="de"))
    desktop = home.data / "applications" / "io.github.acutimer.Acutimer.desktop"
    assert f"{desktop} installiert" in lines
    assert lines_of(home.run("desktop", "uninstall", language="de"))[0].endswith(" entfernt")
