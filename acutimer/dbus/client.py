"""``acutimer pause|resume|toggle|skip|back|restart|extend|stop|status``: one D-Bus call to
the running acutimer of this desktop session.

Meant for keyboard shortcuts, so it must answer in well under a second: it imports
QtCore and QtDBus only (no widgets, no routine models) and makes one blocking call
(benchmarks/remote_cli.py measures it). The session bus belongs to the user who
started it: another user's commands cannot reach this session.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from acutimer.dbus.protocol import INTERFACE, NOT_NOW, PATH, SERVICE, STATUS_KEYS, Verb

TIMEOUT_MS = 3000
NOT_RUNNING = (
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
)


class RemoteError(Exception):
    """The command could not be carried out; the message says why, for the person."""


def call(method: str) -> list[Any]:
    """Call ``method`` of the running acutimer's session interface; its reply's values."""
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    connection = QDBusConnection.sessionBus()
    if not connection.isConnected():
        problem = connection.lastError().message() or "no session bus address"
        raise RemoteError(
            f"Cannot reach this desktop session's message bus ({problem}), "
            "so no acutimer can be found."
        )
    message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, method)
    # A command must never launch the app (the desktop file may make it D-Bus activatable).
    message.setAutoStartService(False)
    reply = connection.call(message, timeout=TIMEOUT_MS)
    if reply.type() == QDBusMessage.MessageType.ReplyMessage:
        return reply.arguments()
    name = reply.errorName()
    if name in NOT_RUNNING:
        raise RemoteError("acutimer is not running.")
    if name == NOT_NOW:
        raise RemoteError(reply.errorMessage())
    if name == "org.freedesktop.DBus.Error.NoReply":
        raise RemoteError(f"acutimer did not answer within {TIMEOUT_MS // 1000} seconds.")
    raise RemoteError(f"acutimer could not be asked: {reply.errorMessage()} ({name})")


def control(verb: Verb) -> int:
    try:
        call(verb.method)
    except RemoteError as exc:
        print(f"acutimer {verb.value}: {exc}", file=sys.stderr)
        return 1
    return 0


def status(as_json: bool) -> int:
    try:
        (text,) = call("Status")
        values = json.loads(text)
    except RemoteError as exc:
        print(f"acutimer status: {exc}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps({key: values.get(key) for key in STATUS_KEYS}, indent=2))
    else:
        print(status_text(values))
    return 0


def status_text(values: dict[str, Any]) -> str:
    """A few plain lines: the routine, the step, the phase and the time left."""
    state = values.get("state", "idle")
    title = values.get("title")
    if state == "idle" or not title:
        return "acutimer is open; no routine is running."
    if state in ("finished", "stopped"):
        return f"{title}: {state}."
    step = f"Step {values['step']} of {values['steps']}: {values.get('step_title', '')}"
    if values.get("point"):
        step += f" ({values['point']})"
    if values.get("where"):
        step += f", {values['where']}"
    phase = str(values.get("phase", "")).capitalize()
    if values.get("rounds", 1) > 1:
        phase += f", round {values['round']} of {values['rounds']}"
    lines = [
        f"{'Paused' if state == 'paused' else 'Running'}: {title}",
        step,
        f"{phase}: {_clock(values.get('phase_left', 0))} left",
        f"Whole routine: {_clock(values.get('session_left', 0))} left",
    ]
    return "\n".join(lines)


def _clock(seconds: int) -> str:
    # core.timeline.clock_text says the same, but importing it costs ~90 ms (models, YAML).
    hours, rest = divmod(max(int(seconds), 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
