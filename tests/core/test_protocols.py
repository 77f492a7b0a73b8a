"""Each shipped routine expands to the numbers of the reference protocol.

The reference is section 3 of shared/domain/acupressure.md; each test quotes the row it
checks.
"""

from __future__ import annotations

from acutimer.core.routine import MAX_ICE_SECONDS, PhaseKind
from acutimer.core.timeline import Phase, Side, Timeline
from tests.helpers.routines import shipped_routine, shipped_timeline

L, R, BOTH = Side.LEFT, Side.RIGHT, Side.BOTH


def on_point(timeline: Timeline, code: str) -> list[tuple[Side | None, str, float]]:
    """(side, kind, seconds) of every phase on ``code``, switches excluded."""
    return [
        (p.side, p.kind.value, p.seconds)
        for p in timeline.phases
        if p.point == code and p.kind is not PhaseKind.SWITCH
    ]


def kinds(phases: list[Phase] | tuple[Phase, ...]) -> list[tuple[str, float]]:
    return [(p.kind.value, p.seconds) for p in phases]


def assert_contiguous(timeline: Timeline) -> None:
    clock = 0.0
    for phase in timeline.phases:
        assert phase.start == clock
        clock += phase.seconds
    assert timeline.seconds == clock


def test_lower_back_presses_each_point_60_s_and_releases_10_s_on_both_sides_at_once() -> None:
    # "BL23 and BL52, both sides of the spine at once ... each point: press 60 s, release ~10 s"
    timeline = shipped_timeline("lower-back.yaml")
    for code in ("BL23", "BL52"):
        assert on_point(timeline, code) == [(BOTH, "press", 60), (BOTH, "release", 10)]
    assert not [p for p in timeline.phases if p.kind is PhaseKind.SWITCH]
    order = [p.point for p in timeline.phases if p.point]
    assert order == ["BL23", "BL23", "BL52", "BL52"]
    assert_contiguous(timeline)


def test_hips_press_bl53_60_s_then_release_10_s() -> None:
    # "BL53 ... press 60 s, gradual release ~10 s"
    timeline = shipped_timeline("hips.yaml")
    assert on_point(timeline, "BL53") == [(BOTH, "press", 60), (BOTH, "release", 10)]


def test_buttocks_hold_gb30_two_minutes_and_release_15_s_on_each_side() -> None:
    # "GB30 ... hold 2 min (user may extend), gradual release ~15 s"
    timeline = shipped_timeline("buttocks.yaml")
    assert on_point(timeline, "GB30") == [
        (L, "hold", 120),
        (L, "release", 15),
        (R, "hold", 120),
        (R, "release", 15),
    ]
    release = next(p for p in timeline.phases if p.kind is PhaseKind.RELEASE)
    assert "slowly" in release.text


def test_ice_lasts_15_minutes_and_never_more_than_20() -> None:
    # "ice wrapped in a thin towel ... 15 min; never over 20 min"
    timeline = shipped_timeline("ice.yaml")
    ice = [p for p in timeline.phases if p.kind is PhaseKind.ICE]
    assert kinds(ice) == [("ice", 900)]
    assert MAX_ICE_SECONDS == 20 * 60
    assert any("towel" in c for c in shipped_routine("ice.yaml").cautions)


def test_hand_presses_li4_10_s_and_releases_5_s_three_times_then_the_other_hand() -> None:
    # "LI4 ... press 10 s, release 5 s, x3; then the other hand"
    timeline = shipped_timeline("hand.yaml")
    one_hand = [("press", 10), ("release", 5)] * 3
    assert on_point(timeline, "LI4") == [(L, k, s) for k, s in one_hand] + [
        (R, k, s) for k, s in one_hand
    ]
    presses = [p for p in timeline.phases if p.kind is PhaseKind.PRESS]
    assert [(p.round, p.rounds) for p in presses] == [(1, 3), (2, 3), (3, 3)] * 2
    switch = [p for p in timeline.phases if p.kind is PhaseKind.SWITCH]
    assert len(switch) == 1 and switch[0].text == "Switch to your right hand."
    assert presses[0].cue.speech == "Left hand. Press L I 4 for 10 seconds."


def test_forearm_four_30_s_presses_with_60_s_rests_per_side_worse_side_first() -> None:
    # "4 x (30 s press + 60 s rest) = 6 min per side, worse side first; then ice" (the
    # source's ice: wrapped, on the sore part of the back and hips, about 15 minutes)
    for worse in (L, R):
        timeline = shipped_timeline("forearm.yaml", first_side=worse)
        one_side = [("press", 30), ("rest", 60)] * 4
        assert on_point(timeline, "LU6") == [(worse, k, s) for k, s in one_side] + [
            (worse.other, k, s) for k, s in one_side
        ]
        per_side = [s for side, _, s in on_point(timeline, "LU6") if side is worse]
        assert sum(per_side) == 6 * 60
        assert kinds(timeline.phases)[-1] == ("ice", 900)
        ice = timeline.steps[-1]
        assert ice.optional
        assert "wrapped" in ice.instruction and "sore part of your back" in ice.instruction
        assert "forearm" not in ice.instruction + ice.title


def test_feet_top_offers_an_optional_ice_bath_first_then_lr3_30_s_each_foot() -> None:
    # "LR3 ... press 30 s, gradual release ~5 s; one foot then the other; optional ice bath"
    timeline = shipped_timeline("feet-top.yaml")
    first = timeline.steps[0]
    assert first.optional and timeline.phases[0].kind is PhaseKind.ICE
    assert on_point(timeline, "LR3") == [
        (L, "press", 30),
        (L, "release", 5),
        (R, "press", 30),
        (R, "release", 5),
    ]
    assert "foot" in next(p for p in timeline.phases if p.point == "LR3").cue.speech


def test_soles_massage_2_min_press_30_s_rest_15_s_on_each_foot() -> None:
    # "KI1 ... massage 2 min, press 30 s, rest ~15 s; one foot then the other"
    timeline = shipped_timeline("soles.yaml")
    one_foot = [("massage", 120), ("press", 30), ("rest", 15)]
    assert on_point(timeline, "KI1") == [(L, k, s) for k, s in one_foot] + [
        (R, k, s) for k, s in one_foot
    ]


def test_pregnancy_safe_leaves_out_ki1_and_says_why() -> None:
    # "NOT in pregnancy"
    timeline = shipped_timeline("soles.yaml", pregnancy_safe=True)
    assert timeline.phases == (), "no 'Sit comfortably' left over with nothing to do after it"
    [left_out] = timeline.left_out
    assert left_out.point == "KI1"
    assert "pregnan" in left_out.reason.lower() and "contraction" in left_out.reason


def test_knees_press_bl40_then_bl39_30_s_behind_one_knee_then_the_other() -> None:
    # "BL40 and BL39 ... press 30 s each point, one knee then the other"
    timeline = shipped_timeline("knees.yaml", first_side=R)
    pressed = [(p.point, p.side, p.seconds) for p in timeline.phases if p.kind is PhaseKind.PRESS]
    assert pressed == [
        ("BL40", R, 30),
        ("BL39", R, 30),
        ("BL40", L, 30),
        ("BL39", L, 30),
    ]
    switches = [p for p in timeline.phases if p.kind is PhaseKind.SWITCH]
    assert [s.text for s in switches] == ["Switch to your left knee."]


def test_full_session_is_its_parts_in_order() -> None:
    # The full session includes the other files; its phases are theirs, one after another.
    parts = ["lower-back.yaml", "hips.yaml", "buttocks.yaml", "knees.yaml", "ice.yaml", "hand.yaml"]
    full = shipped_timeline("full-session.yaml")
    expected = []
    for name in parts:
        expected += [
            (p.kind, p.seconds, p.point, p.side, p.round, p.text)
            for p in shipped_timeline(name).phases
        ]
    assert [(p.kind, p.seconds, p.point, p.side, p.round, p.text) for p in full.phases] == expected
    assert full.seconds == sum(shipped_timeline(name).seconds for name in parts)
    assert_contiguous(full)
    text = (shipped_routine("full-session.yaml").path).read_text(encoding="utf-8")
    assert "phases:" not in text, "the full session refers to its parts, it does not copy them"


def test_full_session_carries_the_cautions_of_its_parts() -> None:
    full = shipped_routine("full-session.yaml")
    for name in ("lower-back.yaml", "knees.yaml", "ice.yaml"):
        for caution in shipped_routine(name).cautions:
            assert caution in full.cautions


def test_full_session_in_pregnancy_safe_mode_leaves_out_li4() -> None:
    full = shipped_timeline("full-session.yaml", pregnancy_safe=True)
    assert [x.point for x in full.left_out] == ["LI4"]
    assert on_point(full, "LI4") == []
    assert on_point(full, "BL23")  # the rest of the session is still there
    # The hand routine's own preparation goes with its presses: the session ends on ice.
    assert full.steps[-1].title == "Ice on back and hips"
    assert full.seconds == shipped_timeline("full-session.yaml").seconds - 105
