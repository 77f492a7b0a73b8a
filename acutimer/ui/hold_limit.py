"""What the "+15 s" control says: what it does, or why it cannot be used just now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.points import PointLibrary
from acutimer.core.session import EXTEND_SECONDS, MAX_EXTRA_PER_STEP, ExtendLimit, Session
from acutimer.core.timeline import duration_words

EXTEND_TIP = QT_TRANSLATE_NOOP("Actions", "Hold 15 seconds longer")


def extend_tip(session: Session | None, points: PointLibrary) -> str:
    """The control's tooltip: the usual words, or the reason it is switched off."""
    usual = QCoreApplication.translate("Actions", EXTEND_TIP)
    if session is None:
        return usual
    limit = session.extend_limit
    phase = session.phase
    point = points.get(phase.point) if phase.point else None
    match limit:
        case None | ExtendLimit.NOT_RUNNING:
            return usual
        case ExtendLimit.NOT_PRESSING:
            return QCoreApplication.translate(
                "HoldLimit", "+15 s is off: it lengthens only a press, hold or massage."
            )
        case ExtendLimit.POINT_MAXIMUM:
            most = phase.max_seconds or phase.seconds
            original = session.timeline.phases[phase.index].seconds
            if original + EXTEND_SECONDS > most:
                text = (
                    QCoreApplication.translate(
                        "HoldLimit",
                        "+15 s is off: {point} is pressed lightly and briefly, {duration} at "
                        "most, never longer.",
                    )
                    if point
                    else QCoreApplication.translate(
                        "HoldLimit",
                        "+15 s is off: this point is pressed lightly and briefly, {duration} "
                        "at most, never longer.",
                    )
                )
            else:
                text = (
                    QCoreApplication.translate(
                        "HoldLimit", "+15 s is off: {point} is held for {duration} at most."
                    )
                    if point
                    else QCoreApplication.translate(
                        "HoldLimit", "+15 s is off: this point is held for {duration} at most."
                    )
                )
            code = point.display_code if point else ""
            return text.replace("{point}", code).replace("{duration}", duration_words(most))
        case ExtendLimit.STEP_MAXIMUM:
            return QCoreApplication.translate(
                "HoldLimit",
                "+15 s is off: this step already has {duration} extra, the most one step takes.",
            ).replace("{duration}", duration_words(MAX_EXTRA_PER_STEP))
    return usual
