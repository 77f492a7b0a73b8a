"""What a screen reader hears of the History window, the Settings dialog and the routine
editor, read from the real AT-SPI tree (the windows shown by tests/a11y/windows.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from acutimer.history.store import HistoryStore
from acutimer.ui.history_window import COLUMNS
from tests.a11y.conftest import Heard, ScreenReaderDesktop
from tests.history.factories import summary


def roles(heard: Heard) -> set[tuple[str, str]]:
    return {(role, name) for role, name, _ in heard.seen}


def described(heard: Heard, name: str) -> str:
    found = [description for _, named, description in heard.seen if named == name]
    assert found, f"nothing named {name!r} is showing"
    return found[-1]


def spoken_day(moment: datetime) -> str:
    day = moment.astimezone().date()
    return f"{day.day} {day.strftime('%B')}"  # as the chart's summary says it: "4 March"


def test_the_history_window_says_its_plan_chart_and_table(
    screen_reader_desktop: ScreenReaderDesktop,
) -> None:
    screen_reader_desktop.data_dir.mkdir(parents=True)
    store = HistoryStore(screen_reader_desktop.data_dir / "history.sqlite3")
    now = datetime.now(UTC)
    for days_ago, before, after in ((6, 7, 5), (4, 6, 4), (2, 6, 3), (1, 5, 3)):
        assert store.record(summary(now - timedelta(days=days_ago)), before, after).saved
    store.close()

    heard = screen_reader_desktop.show("history", until="Pain chart")
    assert heard.found
    assert ("filler", "History — acutimer") in roles(heard)
    # The chart is drawn, so it says what it shows in words.
    chart = described(heard, "Pain chart")
    first, last = spoken_day(now - timedelta(days=6)), spoken_day(now - timedelta(days=1))
    assert chart.startswith(f"4 sessions with pain ratings, from {first} to {last}."), chart
    assert "Average pain before a session: 6 out of 10; after: 3.8 out of 10." in chart
    assert "come down from about 6.5 to about 5.5 out of 10" in chart
    # The table: named, with a header for each column, the ratings in its cells.
    assert ("table", "Past sessions") in roles(heard)
    assert heard.headers["Past sessions"] == list(COLUMNS)
    assert ("table cell", "7 → 5") in roles(heard)
    # The plan's weeks as progress bars that say the count, never "4 of 3".
    bars = [name for role, name in roles(heard) if role == "progress bar"]
    assert sorted(bars) == ["Week 1: 4 sessions, goal 3", "Week 2: 0 of 3 sessions"] or sorted(
        bars
    ) == ["Week 1: 4 sessions, goal 3"], bars
    for button in ("Export to CSV…", "Save report as PDF…", "Delete all my data…", "Close"):
        assert ("push button", button) in roles(heard)


def test_the_settings_dialog_names_every_control(
    screen_reader_desktop: ScreenReaderDesktop,
) -> None:
    heard = screen_reader_desktop.show("settings", until="Quiet until")
    assert heard.found
    heard_roles = roles(heard)
    assert ("dialog", "Settings — acutimer") in heard_roles
    for section in ("Sound and voice", "During a session", "Your plan", "Display", "Reminders"):
        assert ("panel", section) in heard_roles
    for box in (
        "Play sounds between steps",
        "Speak what to do next",
        "Pregnancy mode: leave out points never pressed in pregnancy",
        "High contrast: black and white, stronger colours",
        "Remind me on plan days",
        "Sunday",  # the days in full, not "Sun"
    ):
        assert ("check box", box) in heard_roles
    assert ("slider", "Volume") in heard_roles
    assert ("spin button", "Sessions a week in the plan") in heard_roles
    assert ("spin button", "Reminder time") in heard_roles
    assert (
        described(heard, "Play a test cue") == "Hear the sound and the voice as they are set here"
    )
    # A combo box is heard by its label and its choice (on Linux its name is the choice).
    assert "Start with the" in heard.labels["left"]
    assert "Language" in heard.labels["System default"]
    assert {("push button", "Save"), ("push button", "Cancel")} <= heard_roles


def test_the_routine_editor_names_its_form(screen_reader_desktop: ScreenReaderDesktop) -> None:
    heard = screen_reader_desktop.show("editor", until="Problems to fix before saving")
    assert heard.found
    heard_roles = roles(heard)
    assert ("frame", "New routine — routine editor") in heard_roles
    assert described(heard, "Routine title") == "e.g. My physio's stretches"
    assert ("text", "Routine id") in heard_roles
    assert ("spin button", "Time to switch sides, seconds") in heard_roles
    assert ("tree", "Steps") in heard_roles
    for button in ("Add step", "Add group", "Duplicate", "Remove", "Add phase", "Remove phase 1"):
        assert ("push button", button) in heard_roles
    # The step's form: the side by its label, the phase's kind by its description.
    assert heard.labels["No side"] == ["Side"]
    assert described(heard, "Press") == "Phase 1: kind"
    assert ("spin button", "Phase 1: seconds") in heard_roles
    # The drawn timeline and the total say what they show.
    assert described(heard, "Timeline") == "Not available until the problems are fixed"
    assert described(heard, "Total time").startswith("Total")
    assert ("list item", "Title: must not be empty") in heard_roles
