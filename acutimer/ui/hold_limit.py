"""What the "+15 s" control says: what it does, or why it cannot be used just now."""

from __future__ import annotations

from acutimer.core.points import PointLibrary
from acutimer.core.session import EXTEND_SECONDS, MAX_EXTRA_PER_STEP, ExtendLimit, Session
from acutimer.core.timeline import duration_words

EXTEND_TIP = "Hold 15 seconds longer"


def extend_tip(session: Session | None, points: PointLibrary) -> str:
    """The control's tooltip: the usual words, or the reason it is switched off."""
    if session is None:
        return EXTEND_TIP
    limit = session.extend_limit
    phase = session.phase
    point = points.get(phase.point) if phase.point else None
    code = point.display_code if point else "this point"
    match limit:
        case None | ExtendLimit.NOT_RUNNING:
            return EXTEND_TIP
        case ExtendLimit.NOT_PRESSING:
            return "+15 s is off: it lengthens only a press, hold or massage."
        case ExtendLimit.POINT_MAXIMUM:
            most = phase.max_seconds or phase.seconds
            original = session.timeline.phases[phase.index].seconds
            if original + EXTEND_SECONDS > most:
                return (
                    f"+15 s is off: {code} is pressed lightly and briefly, "
                    f"{duration_words(most)} at most, never longer."
                )
            return f"+15 s is off: {code} is held for {duration_words(most)} at most."
        case ExtendLimit.STEP_MAXIMUM:
            return (
                f"+15 s is off: this step already has {duration_words(MAX_EXTRA_PER_STEP)} "
                "extra, the most one step takes."
            )
    return EXTEND_TIP
