"""The XDG autostart entry that starts ``acutimer --background`` at login, for reminders.

Written when the user turns reminders on, removed when they turn them off; nothing
else ever creates it, so the user's own autostart files are never touched.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from acutimer.desktop.files import config_home, exec_line, launch_command
from acutimer.identity import APP_ID

BACKGROUND_FLAG = "--background"


def autostart_path(env: Mapping[str, str] = os.environ) -> Path:
    return config_home(env) / "autostart" / f"{APP_ID}.desktop"


def autostart_text(command: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            "Name=acutimer reminders",
            "Comment=Reminds you of your acupressure plan days",
            f"Exec={exec_line(command, BACKGROUND_FLAG)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def set_autostart(
    on: bool, env: Mapping[str, str] = os.environ, command: list[str] | None = None
) -> Path:
    """Write or remove the entry; returns its path. Raises OSError if the disk refuses."""
    path = autostart_path(env)
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(autostart_text(command or launch_command()), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path
