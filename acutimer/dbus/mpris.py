"""acutimer as an MPRIS 2 media player: media keys, headset buttons and the desktop's
media controls pause, resume, skip and go back, and show the routine and step.

A step is a "track": the routine is the album, the step and its point the title, the
side the artist, the step's length and position the track's. PlayPause starts the
selected routine when nothing runs. Stop stops at once (no question asked).
https://specifications.freedesktop.org/mpris-spec/latest/
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from acutimer.core.events import Event, StepStarted
from acutimer.dbus.exported import DBusError, DBusObject, Int64, Interface, ObjectPath
from acutimer.dbus.protocol import MPRIS_PATH, NotNow, Verb
from acutimer.identity import APP_ID, DBUS_PATH, DISPLAY_NAME
from acutimer.qt.remote import RemoteControl, Status

ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
NOT_SUPPORTED = "org.mpris.MediaPlayer2.Error.NotSupported"
MICRO = 1_000_000

ROOT_XML = f"""<interface name="{ROOT}">
  <method name="Raise"/><method name="Quit"/>
  <property name="CanQuit" type="b" access="read"/>
  <property name="CanRaise" type="b" access="read"/>
  <property name="HasTrackList" type="b" access="read"/>
  <property name="Identity" type="s" access="read"/>
  <property name="DesktopEntry" type="s" access="read"/>
  <property name="SupportedUriSchemes" type="as" access="read"/>
  <property name="SupportedMimeTypes" type="as" access="read"/>
</interface>"""

PLAYER_XML = f"""<interface name="{PLAYER}">
  <method name="Next"/><method name="Previous"/><method name="Pause"/>
  <method name="PlayPause"/><method name="Stop"/><method name="Play"/>
  <method name="Seek"><arg name="Offset" type="x" direction="in"/></method>
  <method name="SetPosition">
    <arg name="TrackId" type="o" direction="in"/>
    <arg name="Position" type="x" direction="in"/>
  </method>
  <method name="OpenUri"><arg name="Uri" type="s" direction="in"/></method>
  <signal name="Seeked"><arg name="Position" type="x"/></signal>
  <property name="PlaybackStatus" type="s" access="read"/>
  <property name="Rate" type="d" access="read"/>
  <property name="Metadata" type="a{{sv}}" access="read"/>
  <property name="Volume" type="d" access="read"/>
  <property name="Position" type="x" access="read"/>
  <property name="MinimumRate" type="d" access="read"/>
  <property name="MaximumRate" type="d" access="read"/>
  <property name="CanGoNext" type="b" access="read"/>
  <property name="CanGoPrevious" type="b" access="read"/>
  <property name="CanPlay" type="b" access="read"/>
  <property name="CanPause" type="b" access="read"/>
  <property name="CanSeek" type="b" access="read"/>
  <property name="CanControl" type="b" access="read"/>
</interface>"""


def playback_status(status: Status) -> str:
    match status.state:
        case "running":
            return "Playing"
        case "paused":
            return "Paused"
    return "Stopped"


def track_id(status: Status) -> str:
    """One object path per step of each session: a new id tells clients a new track."""
    if status.state is None or status.step is None:
        return NO_TRACK
    return f"{DBUS_PATH}/session{status.session}/step{status.step + 1}"


def metadata(status: Status) -> dict[str, Any]:
    values: dict[str, Any] = {"mpris:trackid": ObjectPath(track_id(status))}
    if status.state is None or status.step is None:
        return values
    title = status.step_title or ""
    if status.point:
        title = f"{title} ({status.point})" if title else status.point
    values |= {
        "xesam:title": title,
        "xesam:album": status.title or "",
        "xesam:artist": (status.where.capitalize() if status.where else DISPLAY_NAME,),
        "xesam:trackNumber": status.step + 1,
        "mpris:length": Int64(round(status.step_seconds * MICRO)),
    }
    return values


class Mpris(QObject):
    """The two MPRIS objects' interfaces on ``connection``, following ``remote``.

    ``quit`` and ``show`` are what Quit and Raise do (close the window without asking,
    bring it to the front).
    """

    def __init__(
        self,
        connection: QDBusConnection,
        remote: RemoteControl,
        *,
        quit: Any,
        show: Any,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.remote = remote
        self._quit = quit
        self._show = show
        root = Interface(
            ROOT,
            ROOT_XML,
            {"Raise": self._call(show), "Quit": self._call(quit)},
            self.root_properties,
        )
        player = Interface(
            PLAYER,
            PLAYER_XML,
            {
                "Next": self._call(lambda: remote.apply(Verb.SKIP)),
                "Previous": self._call(lambda: remote.apply(Verb.BACK)),
                "Pause": self._call(lambda: remote.apply(Verb.PAUSE)),
                "PlayPause": self._call(lambda: remote.apply(Verb.TOGGLE)),
                "Play": self._call(remote.play),
                "Stop": self._call(lambda: remote.apply(Verb.STOP)),
                "Seek": self._call(lambda: None),  # CanSeek is false: no effect
                "SetPosition": self._call(lambda: None),
                "OpenUri": self._open_uri,
            },
            self.player_properties,
        )
        self.object = DBusObject(connection, MPRIS_PATH, [root, player])
        self._sent = self._changing()
        self._track = track_id(remote.status())
        remote.changed.connect(self.on_changed)
        remote.events_happened.connect(self.on_events)

    @staticmethod
    def _call(action: Any) -> Any:
        def method(_args: list[Any]) -> list[Any]:
            # MPRIS: a control that does not apply now "has no effect", it is no error.
            with suppress(NotNow):
                action()
            return []

        return method

    @staticmethod
    def _open_uri(_args: list[Any]) -> list[Any]:
        raise DBusError(NOT_SUPPORTED, "acutimer does not open media.")

    def root_properties(self) -> dict[str, Any]:
        return {
            "CanQuit": True,
            "CanRaise": True,
            "HasTrackList": False,
            "Identity": DISPLAY_NAME,
            "DesktopEntry": APP_ID,
            "SupportedUriSchemes": (),
            "SupportedMimeTypes": (),
        }

    def player_properties(self) -> dict[str, Any]:
        status = self.remote.status()
        return self._changing(status) | {
            "Volume": 1.0,
            "Position": Int64(round(status.step_elapsed * MICRO)),
        }

    def _changing(self, status: Status | None = None) -> dict[str, Any]:
        """The properties that announce their changes (Position does not, per MPRIS)."""
        status = status or self.remote.status()
        return {
            "PlaybackStatus": playback_status(status),
            "Rate": status.speed,
            "MinimumRate": status.speed,
            "MaximumRate": status.speed,
            "Metadata": metadata(status),
            "CanGoNext": status.live,
            "CanGoPrevious": status.live,
            # Play while playing "has no effect"; clients (playerctl) skip a player
            # whose CanPlay is false even for play-pause and metadata.
            "CanPlay": status.live or status.can_start,
            "CanPause": status.live,
            "CanSeek": False,
            "CanControl": True,
        }

    # -- following the session ------------------------------------------------------

    def on_changed(self) -> None:
        current = self._changing()
        changed = {k: v for k, v in current.items() if v != self._sent.get(k)}
        self._sent = current
        if changed:
            self.object.properties_changed(PLAYER, changed)

    def on_events(self, events: list[Event]) -> None:
        # A step that starts again (restart, or back more than 3 s in) keeps its track
        # id: clients learn of the jump in position from Seeked.
        status = self.remote.status()
        track = track_id(status)
        if track == self._track and any(isinstance(e, StepStarted) for e in events):
            self.object.send_signal(PLAYER, "Seeked", [Int64(round(status.step_elapsed * MICRO))])
        self._track = track

    def close(self) -> None:
        self.object.unregister()
