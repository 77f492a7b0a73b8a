"""Issue 11's corrections in the core: the halfway skin check on long ice, the cap on
+15 s, the lower-back position, pregnancy mode's cautions, and the red-flag tiers."""

from __future__ import annotations

import pytest

from acutimer.core.events import Event, Halfway, PhaseStarted
from acutimer.core.points import Flag
from acutimer.core.routine import PhaseKind
from acutimer.core.safety import EMERGENCY, RED_FLAGS, SOON, Urgency
from acutimer.core.session import MAX_EXTRA_PER_STEP, ExtendLimit, Session, State
from acutimer.core.timeline import LIE_ON_SIDE
from tests.helpers.routines import shipped_points, shipped_timeline

T0 = 100.0


def halfways(events: list[Event]) -> list[Halfway]:
    return [e for e in events if isinstance(e, Halfway)]


def run_until(session: Session, start: float, stop: float, step: float = 1.0) -> list[Event]:
    events: list[Event] = []
    now = start
    while now < stop - 1e-9 and session.state is State.RUNNING:
        now = min(now + step, stop)
        events += session.update(now)
    return events


# -- 8: check the skin halfway through long ice ------------------------------------------


def test_fifteen_minutes_of_ice_says_check_your_skin_at_seven_and_a_half_minutes() -> None:
    session = Session(shipped_timeline("ice.yaml"))
    session.start(T0)
    events = run_until(session, T0, T0 + 30 + 900 + 1)
    [half] = halfways(events)
    assert half.at == T0 + 30 + 450
    assert half.phase.kind is PhaseKind.ICE
    assert half.phase.halfway is not None
    assert half.phase.halfway.speech == "Halfway. Check your skin under the ice."
    assert half.phase.halfway.sound == "check"
    # It comes between the start of the ice and its end, once.
    ice_start = next(e.at for e in events if isinstance(e, PhaseStarted) and e.phase.index == 1)
    assert ice_start < half.at < ice_start + 900


def test_the_halfway_cue_waits_out_a_pause_and_is_due_on_the_engines_deadline() -> None:
    session = Session(shipped_timeline("ice.yaml"))
    session.start(T0)
    run_until(session, T0, T0 + 30 + 100)
    session.pause(T0 + 130)
    assert halfways(session.update(T0 + 2000)) == []
    session.resume(T0 + 2000)
    # 100 s of ice were done before the pause: half is 350 s after resuming.
    assert session.next_deadline() == T0 + 2000 + 350
    assert halfways(session.update(T0 + 2349)) == []
    [half] = halfways(session.update(T0 + 2351))
    assert half.at == T0 + 2350


def test_every_ice_phase_of_ten_minutes_or_more_has_the_check_and_shorter_ones_do_not() -> None:
    for name in ("ice.yaml", "forearm.yaml", "full-session.yaml", "feet-top.yaml"):
        for phase in shipped_timeline(name).phases:
            wanted = phase.kind is PhaseKind.ICE and phase.seconds >= 600
            assert (phase.halfway is not None) == wanted, (name, phase.index)


# -- 9: the lower-back position ------------------------------------------------------------


def test_the_lower_back_routine_is_done_sitting_or_standing_not_lying_on_one_side() -> None:
    first = shipped_timeline("lower-back.yaml").steps[0]
    assert "lie on your side" not in first.instruction
    assert "Sit upright" in first.instruction and "or stand" in first.instruction


# -- 10: a maximum hold per point, and a cap per step ------------------------------------


def test_every_shipped_point_has_a_maximum_hold_and_behind_the_knee_takes_no_extra() -> None:
    points = shipped_points()
    assert all(p.max_hold for p in points.points)
    knees = shipped_timeline("knees.yaml")
    for phase in knees.phases:
        if phase.kind is PhaseKind.PRESS:
            assert phase.max_seconds == phase.seconds == 30


def test_plus_15_is_refused_on_the_points_behind_the_knee() -> None:
    session = Session(shipped_timeline("knees.yaml"))
    session.start(T0)
    run_until(session, T0, T0 + 20)  # 5 s into the BL40 press
    assert session.phase.point == "BL40"
    assert session.extend_limit is ExtendLimit.POINT_MAXIMUM
    remaining = session.total_remaining(T0 + 20)
    assert [e for e in session.extend(T0 + 20)] == []
    assert session.total_remaining(T0 + 20) == remaining


def test_a_press_stops_growing_at_the_points_maximum_hold() -> None:
    session = Session(shipped_timeline("lower-back.yaml"))  # BL23: 60 s, at most 120 s
    session.start(T0)
    run_until(session, T0, T0 + 20)
    for _ in range(4):
        assert session.can_extend
        session.extend(T0 + 20)
    assert session.phase.seconds == 120
    assert session.extend_limit is ExtendLimit.POINT_MAXIMUM
    session.extend(T0 + 20)
    assert session.phase.seconds == 120


def test_one_step_takes_at_most_a_minute_of_extra_time_over_its_rounds() -> None:
    session = Session(shipped_timeline("forearm.yaml"))  # LU6: 4 x 30 s, at most 60 s each
    session.start(T0)
    now = T0 + 16
    run_until(session, T0, now)
    added = 0.0
    while session.phase.kind is PhaseKind.PRESS and session.can_extend:
        session.extend(now)
        added += 15
        if not session.can_extend and session.extend_limit is ExtendLimit.POINT_MAXIMUM:
            # On to the next round's press.
            target = session.phase_remaining(now) + now + 60 + 1
            run_until(session, now, target)
            now = target
    assert added == MAX_EXTRA_PER_STEP
    assert session.phase.kind is PhaseKind.PRESS and session.phase.round == 3
    assert session.extend_limit is ExtendLimit.STEP_MAXIMUM


# -- 6: pregnancy mode ---------------------------------------------------------------------


def test_pregnancy_mode_can_leave_out_the_points_with_a_pregnancy_caution_too() -> None:
    hips = shipped_timeline("hips.yaml", pregnancy_safe=True)
    assert any(p.point == "BL53" for p in hips.phases)  # a caution, not forbidden: kept
    strict = shipped_timeline("hips.yaml", pregnancy_safe=True, leave_out_cautions=True)
    assert [p.point for p in strict.phases if p.point] == []
    [gone] = strict.left_out
    assert gone.point == "BL53 (B-48)" and "pregnancy" in gone.reason
    # Without pregnancy mode the option does nothing.
    plain = shipped_timeline("hips.yaml", leave_out_cautions=True)
    assert any(p.point == "BL53" for p in plain.phases)
    points = shipped_points()
    cautious = {p.code for p in points.points if p.flagged(Flag.PREGNANCY_CAUTION)}
    assert cautious == {"BL23", "BL52", "BL53", "LR3"}


def test_pregnancy_mode_says_lie_on_your_side_wherever_a_step_has_you_lie_down() -> None:
    for name in ("hips.yaml", "feet-top.yaml", "knees.yaml", "ice.yaml"):
        lying = [
            s for s in shipped_timeline(name, pregnancy_safe=True).steps if "ie " in s.instruction
        ]
        assert any(LIE_ON_SIDE in s.instruction for s in lying), name
        assert all(LIE_ON_SIDE not in s.instruction for s in shipped_timeline(name).steps)
    assert LIE_ON_SIDE == "In later pregnancy, lie on your side rather than flat on your back."
    sitting = shipped_timeline("soles.yaml", pregnancy_safe=False).steps[0]
    assert LIE_ON_SIDE not in sitting.instruction


# -- 1: the red flags --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "words"),
    [
        (
            EMERGENCY,
            [
                "genitals or buttocks",
                "peeing",
                "bladder or bowels",
                "erections",
                "both legs",
                "Chest pain",
                "accident or fall",
            ],
        ),
        (
            SOON,
            [
                "fever",
                "weight",
                "lump or swelling",
                "cough, sneeze",
                "shoulder blades",
                "worse at night",
                "cancer",
                "before you were 20 or after you were 50",
                "steroids",
                "osteoporosis",
                "immune system",
            ],
        ),
    ],
)
def test_each_tier_lists_every_warning_sign_of_the_nhs_guidance(tier, words) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(tier.signs).lower()
    assert all(w.lower() in text for w in words)


def test_the_emergency_tier_comes_first_and_names_no_countrys_number() -> None:
    assert [t.urgency for t in RED_FLAGS] == [Urgency.EMERGENCY, Urgency.SOON]
    assert "emergency" in EMERGENCY.heading and "same day or the next" in SOON.heading
    every = " ".join(t.heading + " ".join(t.signs) for t in RED_FLAGS)
    assert not any(number in every for number in ("999", "911", "112", "111"))
