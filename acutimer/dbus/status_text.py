"""``acutimer status`` in words: the running session as a few plain lines.

Written by the running app, in its language, into the ``text`` of its Status reply
(protocol.STATUS_TEXT), so the command-line client prints it without loading Qt's
translations; the client writes it itself (in English) only for an app that sends none.
Qt-free: the core's translate() is Qt's in the app and English elsewhere.
"""

from __future__ import annotations

from typing import Any

from acutimer.core.i18n import QT_TRANSLATE_NOOP, fill, translate

PHASE_WORDS = {
    "prepare": QT_TRANSLATE_NOOP("RemoteStatus", "Get ready"),
    "press": QT_TRANSLATE_NOOP("RemoteStatus", "Press"),
    "release": QT_TRANSLATE_NOOP("RemoteStatus", "Release"),
    "rest": QT_TRANSLATE_NOOP("RemoteStatus", "Rest"),
    "hold": QT_TRANSLATE_NOOP("RemoteStatus", "Hold"),
    "massage": QT_TRANSLATE_NOOP("RemoteStatus", "Massage"),
    "ice": QT_TRANSLATE_NOOP("RemoteStatus", "Ice"),
    "switch": QT_TRANSLATE_NOOP("RemoteStatus", "Switch sides"),
}
"""The status's phase words (protocol values, as PhaseKind spells them)."""


def status_text(values: dict[str, Any]) -> str:
    """A few plain lines: the routine, the step, the phase and the time left."""
    state = values.get("state", "idle")
    title = values.get("title")
    if state == "idle" or not title:
        return translate("RemoteStatus", "acutimer is open; no routine is running.")
    if state == "finished":
        return fill(translate("RemoteStatus", "{title}: finished."), title=title)
    if state == "stopped":
        return fill(translate("RemoteStatus", "{title}: stopped."), title=title)
    step = translate("RemoteStatus", "Step {step} of {steps}: {title}")
    step = fill(step, step=values["step"], steps=values["steps"], title=values.get("step_title"))
    if values.get("point"):
        step += f" ({values['point']})"
    if values.get("where"):
        step += f", {values['where']}"
    kind = str(values.get("phase", ""))
    phase = translate("RemoteStatus", PHASE_WORDS[kind]) if kind in PHASE_WORDS else kind
    left = clock(values.get("phase_left", 0))
    if values.get("rounds", 1) > 1:
        words = translate("RemoteStatus", "{phase}, round {round} of {rounds}: {time} left")
        phase_line = fill(
            words, phase=phase, round=values["round"], rounds=values["rounds"], time=left
        )
    else:
        phase_line = fill(translate("RemoteStatus", "{phase}: {time} left"), phase=phase, time=left)
    if state == "paused":
        heading = translate("RemoteStatus", "Paused: {title}")
    else:
        heading = translate("RemoteStatus", "Running: {title}")
    whole = translate("RemoteStatus", "Whole routine: {time} left")
    return "\n".join(
        [
            fill(heading, title=title),
            step,
            phase_line,
            fill(whole, time=clock(values.get("session_left", 0))),
        ]
    )


def clock(seconds: int) -> str:
    """m:ss, or h:mm:ss past an hour (core.timeline.clock_text says the same, but
    importing it costs the client ~90 ms: models, YAML)."""
    hours, rest = divmod(max(int(seconds), 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
