"""The session-control interface as both ends see it: names, verbs, status keys, errors.

Imported by the running app and by the ``acutimer pause|status|...`` client alike, so it
imports nothing but the identity (the client must start in well under a second).
"""

from __future__ import annotations

import enum

from acutimer.identity import APP_ID, DBUS_PATH

SERVICE = APP_ID
PATH = DBUS_PATH
INTERFACE = f"{APP_ID}.Session"
NOT_NOW = f"{APP_ID}.Error.NotNow"
"""The control does not apply now (no routine running, a release cannot be extended...);
the error's message says why, in words for the person."""

MPRIS_PATH = "/org/mpris/MediaPlayer2"


class NotNow(Exception):
    """A control that does not apply now; the message tells the person why (it is the
    NOT_NOW error's message on the bus)."""


class Verb(enum.StrEnum):
    """A control sent from outside the window; the value is the command-line word."""

    PAUSE = "pause"
    RESUME = "resume"
    TOGGLE = "toggle"
    SKIP = "skip"
    BACK = "back"
    RESTART = "restart"
    EXTEND = "extend"
    STOP = "stop"

    @property
    def method(self) -> str:
        """The D-Bus method name: ``Pause``, ``Restart``..."""
        return self.value.capitalize()


COMMANDS = (*(verb.value for verb in Verb), "status")
"""The command-line words that go to the running acutimer."""

VERB_HELP = {
    Verb.PAUSE: "pause the running routine",
    Verb.RESUME: "resume the paused routine",
    Verb.TOGGLE: "pause or resume (or start the selected routine)",
    Verb.SKIP: "go on to the next step",
    Verb.BACK: "restart the step, or go back one if it has only just begun",
    Verb.RESTART: "restart the current step",
    Verb.EXTEND: "hold the current press 15 seconds longer",
    Verb.STOP: "stop the routine (no question asked; history keeps it as stopped)",
}

STATUS_KEYS = (
    "state",
    "routine",
    "title",
    "step",
    "steps",
    "step_title",
    "point",
    "phase",
    "side",
    "where",
    "round",
    "rounds",
    "phase_left",
    "phase_seconds",
    "session_left",
)
"""What ``Status()`` returns (a JSON object; a key without a value is left out) and, in
this order, what ``acutimer status --json`` prints (null for a missing value)."""

STATUS_TEXT = "text"
"""Also in ``Status()``: the status as ``acutimer status`` prints it, a few lines in the
running app's language (acutimer.dbus.status_text). Not in ``--json``, which stays
language-neutral."""
