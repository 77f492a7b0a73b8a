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

from acutimer.dbus.protocol import (
    INTERFACE,
    NOT_NOW,
    PATH,
    SERVICE,
    STATUS_KEYS,
    STATUS_TEXT,
    Verb,
)


# Upper case: the name pyside6-lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for translation, as acutimer.core.i18n's does (whose import costs
    ~15 ms of this client's ~40: only a failed command imports it)."""
    return text


TIMEOUT_S = 3.0
NOT_RUNNING = (
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
)


class RemoteError(Exception):
    """The command could not be carried out; the message says why, for the person.

    ``words`` is English source text (marked for translation), ``values`` fill its
    ``{names}``: the words are translated only when shown, by ``message()``, so the
    client loads Qt's translations on this path alone, never on a call that succeeds."""

    def __init__(self, words: str, **values: object) -> None:
        super().__init__(words)
        self.words = words
        self.values = values

    def message(self) -> str:
        from acutimer.core.i18n import fill, translate

        return fill(translate("RemoteControl", self.words), **self.values)


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
            QT_TRANSLATE_NOOP(
                "RemoteControl",
                "Cannot reach this desktop session's message bus ({problem}), "
                "so no acutimer can be found.",
            ),
            problem=exc or type(exc).__name__,
        ) from None
    with connection:
        message = new_method_call(DBusAddress(PATH, SERVICE, INTERFACE), method)
        # A command must never launch the app (the desktop file may make it activatable).
        message.header.flags |= MessageFlag.no_auto_start
        try:
            reply = connection.send_and_get_reply(message, timeout=TIMEOUT_S)
        except TimeoutError:
            raise RemoteError(
                QT_TRANSLATE_NOOP(
                    "RemoteControl", "acutimer did not answer within {seconds} seconds."
                ),
                seconds=f"{TIMEOUT_S:.0f}",
            ) from None
    if reply.header.message_type is not MessageType.error:
        return list(reply.body)
    name = reply.header.fields.get(HeaderFields.error_name, "")
    text = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
    if name in NOT_RUNNING:
        raise RemoteError(QT_TRANSLATE_NOOP("RemoteControl", "acutimer is not running."))
    if name == NOT_NOW:
        raise RemoteError("{answer}", answer=text)  # the running app's words, in its language
    words = QT_TRANSLATE_NOOP("RemoteControl", "acutimer could not be asked: {answer} ({name})")
    raise RemoteError(words, answer=text, name=name)


def control(verb: Verb) -> int:
    try:
        call(verb.method)
    except RemoteError as exc:
        failed(verb.value, exc)
        return 1
    return 0


def status(as_json: bool) -> int:
    try:
        (text,) = call("Status")
        values = json.loads(text)
    except RemoteError as exc:
        failed("status", exc)
        return 1
    if as_json:
        print(json.dumps({key: values.get(key) for key in STATUS_KEYS}, indent=2))
    elif isinstance(values.get(STATUS_TEXT), str):
        print(values[STATUS_TEXT])  # the running app's words, in its language
    else:
        from acutimer.dbus.status_text import status_text

        print(status_text(values))
    return 0


def failed(command: str, error: RemoteError) -> None:
    """Say on stderr why ``command`` failed, in the user's language (as the window's)."""
    from acutimer import cli_language
    from acutimer.core.i18n import fill, translate

    language = cli_language.start()
    try:
        words = translate("CommandLine", "acutimer {command}: {problem}", "a command that failed")
        print(fill(words, command=command, problem=error.message()), file=sys.stderr)
    finally:
        language.remove()
