"""What a screen reader hears of acutimer, read from the real AT-SPI tree."""

from __future__ import annotations

from tests.a11y.conftest import ScreenReaderDesktop


def test_the_picker_names_its_routines_controls_and_pain_scale(
    screen_reader_desktop: ScreenReaderDesktop,
) -> None:
    heard = screen_reader_desktop.run(until="Start the routine")
    assert heard.found
    roles = {(role, name) for role, name, _ in heard.seen}
    assert ("list", "Routines") in roles
    assert any(role == "list item" and name.startswith("Hand\n") for role, name in roles)
    assert ("push button", "Start the routine") in roles
    # The pain scale: a named group of eleven choices, each named in words.
    assert any(
        name == "Pain rating" and description.startswith("Choose one number from 0")
        for _, name, description in heard.seen
    )
    scale = [name for role, name in roles if role == "radio button" and "pain" in name.lower()]
    assert "0, no pain" in scale and "10, worst pain imaginable" in scale
    assert sum(1 for role, name in roles if role == "radio button" and "out of 10" in name) == 9


def test_a_running_session_announces_phases_pause_and_the_end(
    screen_reader_desktop: ScreenReaderDesktop,
) -> None:
    heard = screen_reader_desktop.run(
        *("--routine", "hand-li4", "--start", "--speed", "8"),
        until="The routine is finished",
        pause=True,
    )
    assert heard.found, heard.announcements
    said = heard.announcements
    assert said[0].startswith("Get ready, 10 seconds.")
    assert "Press, 10 seconds. Round 1 of 3 · left hand." in said
    assert "Release, 5 seconds. Round 1 of 3 · left hand." in said
    assert any(line.startswith("Switch sides, 5 seconds.") for line in said)
    assert "Paused. Press Space to go on." in said
    assert any(line.startswith("Going on. Press,") for line in said)
    assert said[-1].startswith("The routine is finished.")
    # Once per phase, not every second: 1 prepare + 2 sides x 3 rounds x 2 + 1 switch,
    # the pause and the going on, the end.
    assert len(said) == 1 + 12 + 1 + 2 + 1
    # The running screen: the countdown says its phase, the diagram says where, in words.
    countdown = heard.named("Time left in this phase")
    assert any(d.startswith("Press, 10 seconds.") for _, _, d in countdown), countdown
    diagrams = [name for _, name, _ in heard.seen if name.startswith("Diagram: LI4")]
    assert any("left hand" in name for name in diagrams), diagrams
    assert any("right hand" in name for name in diagrams), diagrams
    assert ("progress bar", "Progress through the routine") in {(r, n) for r, n, _ in heard.seen}
    # The end screen.
    assert ("push button", "Done: back to the routines") in {(r, n) for r, n, _ in heard.seen}
