"""``acutimer pause|resume|toggle|skip|back|restart|extend|stop|status``: one D-Bus call to
the running acutimer of this desktop session.

Meant for keyboard shortcuts, so it must answer in well under a second. It speaks D-Bus
with jeepney (pure Python, imported in ~10 ms) rather than QtDBus: importing QtCore and
QtDBus alone took 4-5 times longer than the whole jeepney call
(benchmarks/remote_cli.py). The session bus belongs to the user who started it: another
user's commands cannot reach this session.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageFlag, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection

from acutimer.dbus.protocol import INTERFACE, NOT_NOW, PATH, SERVICE, STATUS_KEYS, Verb

TIMEOUT_S = 3.0
NOT_RUNNING = (
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
)


class RemoteError(Exception):
    """The command could not be carried out; the message says why, for the person."""


def session_bus_address() -> str:
    """DBUS_SESSION_BUS_ADDRESS, else the systemd user bus in XDG_RUNTIME_DIR (as libdbus
    looks for it); an empty string when there is neither."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not address and runtime and Path(runtime, "bus").is_socket():
        address = f"unix:path={Path(runtime, 'bus')}"
    return address


def call(method: str) -> list[Any]:
    """Call ``method`` of the running acutimer's session interface; its reply's values."""
    address = session_bus_address()
    try:
        if not address:
            raise ValueError("no session bus address")
        connection = open_dbus_connection(bus=address, auth_timeout=TIMEOUT_S)
    except Exception as exc:  # OSError, an auth refusal, a bad address: all say the same
        raise RemoteError(
            f"Cannot reach this desktop session's message bus ({exc or type(exc).__name__}), "
            "so no acutimer can be found."
        ) from None
    with connection:
        message = new_method_call(DBusAddress(PATH, SERVICE, INTERFACE), method)
        # A command must never launch the app (the desktop file may make it activatable).
        message.header.flags |= MessageFlag.no_auto_start
        try:
            reply = connection.send_and_get_reply(message, timeout=TIMEOUT_S)
        except TimeoutError:
            raise RemoteError(f"acutimer did not answer within {TIMEOUT_S:.0f} seconds.") from None
    if reply.header.message_type is not MessageType.error:
        return list(reply.body)
    name = reply.header.fields.get(HeaderFields.error_name, "")
    text = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
    if name in NOT_RUNNING:
        raise RemoteError("acutimer is not running.")
    if name == NOT_NOW:
        raise RemoteError(text)
    raise RemoteError(f"acutimer could not be asked: {text} ({name})")


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
