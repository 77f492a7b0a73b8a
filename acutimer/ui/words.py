"""The glossary: the words the window uses for things, in one place.

One thing, one word; one word, one thing. A new label takes its word from here, so
"skip" never means three things and every window title has the same shape.

- step: one numbered part of a routine ("Step 2 of 5"); a step has phases.
- phase: one timed part of a step (press, release, rest, ice...), shown as a banner.
- side: left, right or both; said with the limb ("left hand", "both feet").
- routine: a whole sequence, picked from the list.
- session: one run of a routine, as History records it.
- pause / go on: stop the clock and start it again (never "resume" in speech).
- skip step: leave the current step out; the only thing called "skip" in a session.
- skip rating: leave the 0-10 pain rating out at the start or the end.
- optional: a step the person chooses to do or to leave out, asked each time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.identity import DISPLAY_NAME

DASH = " — "
"""Between a window's subject and the app name, and wherever a title joins two parts."""

# English, marked for translation: show them through ``say`` (or translate("Words", ...)).
SKIP_STEP = QT_TRANSLATE_NOOP("Words", "Skip step")
SKIP_RATING = QT_TRANSLATE_NOOP("Words", "Skip rating")
PAUSE = QT_TRANSLATE_NOOP("Words", "Pause")
GO_ON = QT_TRANSLATE_NOOP("Words", "Go on")
START = QT_TRANSLATE_NOOP("Words", "Start")
DO_IT = QT_TRANSLATE_NOOP("Words", "Do it")
STOP_SESSION = QT_TRANSLATE_NOOP("Words", "Stop session")
KEEP_GOING = QT_TRANSLATE_NOOP("Words", "Keep going")


def say(word: str) -> str:
    """One of the words above in the user interface's language."""
    return QCoreApplication.translate("Words", word)


def window_title(subject: str = "") -> str:
    """'Hand (LI4) — acutimer', 'History — acutimer', or 'acutimer' alone.

    Qt adds the display name itself unless the title already ends with it; ending
    with it here keeps one pattern whether or not a display name is set.
    """
    return f"{subject}{DASH}{DISPLAY_NAME}" if subject else DISPLAY_NAME
