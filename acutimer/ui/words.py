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

from acutimer.identity import DISPLAY_NAME

DASH = " — "
"""Between a window's subject and the app name, and wherever a title joins two parts."""

SKIP_STEP = "Skip step"
SKIP_RATING = "Skip rating"
PAUSE = "Pause"
GO_ON = "Go on"
START = "Start"
DO_IT = "Do it"
STOP_SESSION = "Stop session"
KEEP_GOING = "Keep going"


def window_title(subject: str = "") -> str:
    """'Hand (LI4) — acutimer', 'History — acutimer', or 'acutimer' alone.

    Qt adds the display name itself unless the title already ends with it; ending
    with it here keeps one pattern whether or not a display name is set.
    """
    return f"{subject}{DASH}{DISPLAY_NAME}" if subject else DISPLAY_NAME
