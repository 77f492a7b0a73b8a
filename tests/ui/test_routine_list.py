"""The routine list is ordered by purpose and says the body area (issue 14, item 6)."""

from __future__ import annotations

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.core.timeline import build_timeline
from acutimer.ui.routine_list import HEADINGS, Purpose, area_words, list_title, ordered
from tests.helpers.routines import shipped_points


def test_quick_ones_first_then_by_body_area_then_the_full_session() -> None:
    points = shipped_points()
    entries = scan(points, paths.routines_dir(), None)
    seconds = {e.id: build_timeline(e.routine, points).seconds for e in entries if e.routine}
    sections = ordered(entries, seconds, points)
    assert [p for p, _ in sections] == [Purpose.QUICK, Purpose.AREA, Purpose.FULL]
    quick = [seconds[e.id] for e in sections[0][1]]
    assert quick == sorted(quick) and max(quick) <= 180
    assert [e.id for e in sections[2][1]] == ["full-session"]
    assert HEADINGS[Purpose.QUICK].startswith("Quick")
    # The back comes before the limbs; the ice routine, with no point, last.
    area = [e.id for e in sections[1][1]]
    assert area[-1] == "ice" and area.index("buttocks") < area.index("forearm-lu6")


def test_the_list_says_where_not_which_codes() -> None:
    points = shipped_points()
    entries = {e.id: e for e in scan(points, paths.routines_dir(), None)}
    assert list_title("Hand (LI4)") == "Hand"
    assert list_title("Behind the knees (BL40, BL39)") == "Behind the knees"
    assert list_title("Full back-pain session") == "Full back-pain session"
    assert area_words(entries["hand-li4"].routine, points) == "hand"
    assert area_words(entries["ice"].routine, points) == "an ice pack, no pressing"
    assert area_words(entries["full-session"].routine, points).endswith("and more")
