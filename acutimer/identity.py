"""Who acutimer is to the desktop: one application id, used everywhere.

The reverse-DNS id names the desktop file, the icon, the AppStream component and
the D-Bus names; the short name names the user's folders and the MPRIS player.
"""

from __future__ import annotations

APP_ID = "io.github.acutimer.Acutimer"
"""Desktop file ``APP_ID.desktop``, icon ``APP_ID``/``APP_ID-symbolic``, AppStream id,
the window class and the well-known D-Bus name of a running instance."""

APP_NAME = "acutimer"
"""The command, the user's data folder (~/.local/share/acutimer) and settings."""

DISPLAY_NAME = "acutimer"
"""What window titles and menus call the app."""

DBUS_PATH = "/io/github/acutimer/Acutimer"
"""The object path of a running instance's own D-Bus interface."""

MPRIS_NAME = f"org.mpris.MediaPlayer2.{APP_NAME}"
"""The MPRIS 2 bus name, under which media keys and playerctl find a running session."""
