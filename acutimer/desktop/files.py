"""The launcher, icons and AppStream file: from the package into the user's XDG folders.

pip installs files only inside the environment, where no desktop looks; so the
shipped files live in the package (resources/desktop, resources/icons) and
``acutimer desktop install`` copies them into ``$XDG_DATA_HOME`` (~/.local/share),
pointing the launcher's Exec lines at the command that ran the install. Pure
Python, no Qt: every path is computed from the environment passed in.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from acutimer import paths
from acutimer.core.i18n import fill, translate
from acutimer.identity import APP_ID, APP_NAME

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
CACHE_TIMEOUT_S = 20


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    value = env.get("XDG_DATA_HOME", "")
    # The specification: a relative path is invalid and must be ignored.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home(env: Mapping[str, str] = os.environ) -> Path:
    value = env.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"


def launch_command() -> list[str]:
    """How to start this very installation of acutimer, as an argument list.

    The ``acutimer`` script pip wrote, when that is what is running (its folder may
    not be on the PATH a desktop menu uses, so the full path); otherwise this
    Python with ``-m acutimer``.
    """
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_NAME and script.is_file():
        return [str(script.resolve())]
    if script is not None and script.name == "__main__.py" and script.parent.name == APP_NAME:
        return [sys.executable, "-m", APP_NAME]  # `python -m acutimer`: this very Python
    found = shutil.which(APP_NAME)
    if found:
        return [found]
    return [sys.executable, "-m", APP_NAME]


def exec_line(command: list[str], *extra: str) -> str:
    """An Exec value: arguments with spaces or quotes are quoted as the spec asks."""

    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return arg
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
        return '"' + escaped.replace("$", "\\$") + '"'

    return " ".join(quote(arg) for arg in [*command, *extra])


def with_command(desktop_text: str, command: list[str]) -> str:
    """The shipped desktop file with every ``Exec=acutimer ...`` line pointing at ``command``."""
    lines = []
    for line in desktop_text.splitlines():
        if line.startswith("Exec="):
            args = shlex.split(line.removeprefix("Exec="))
            if args and args[0] == APP_NAME:
                line = "Exec=" + exec_line(command, *args[1:])
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Placement:
    """One shipped file and where it goes under the data folder."""

    source: Path
    target: Path


def placements(data: Path) -> list[Placement]:
    icons = paths.resource("icons")
    found = [
        Placement(paths.resource("desktop", DESKTOP_FILE), data / "applications" / DESKTOP_FILE),
        Placement(paths.resource("desktop", METAINFO_FILE), data / "metainfo" / METAINFO_FILE),
        Placement(
            icons / f"{APP_ID}.svg",
            data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        ),
        Placement(
            icons / f"{APP_ID}-symbolic.svg",
            data / "icons" / "hicolor" / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg",
        ),
    ]
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        found.append(Placement(png, data / "icons" / png.relative_to(icons)))
    return found


def install(env: Mapping[str, str] = os.environ, command: list[str] | None = None) -> list[str]:
    """Copy the launcher, icons and metainfo into the data folder; what was done, as lines."""
    data = data_home(env)
    command = command or launch_command()
    report = []
    for place in placements(data):
        place.target.parent.mkdir(parents=True, exist_ok=True)
        if place.target.name == DESKTOP_FILE:
            text = with_command(place.source.read_text(encoding="utf-8"), command)
            place.target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(place.source, place.target)
        report.append(fill(translate("DesktopFiles", "installed {file}"), file=place.target))
    report.extend(refresh_caches(data, env))
    return report


def uninstall(env: Mapping[str, str] = os.environ) -> list[str]:
    """Remove what ``install`` put there (and nothing else); what was done, as lines."""
    data = data_home(env)
    report = []
    for place in placements(data):
        if place.target.exists():
            place.target.unlink()
            report.append(fill(translate("DesktopFiles", "removed {file}"), file=place.target))
    if not report:
        report.append(
            fill(
                translate(
                    "DesktopFiles", "nothing to remove: acutimer's launcher is not in {folder}"
                ),
                folder=data,
            )
        )
    else:
        report.extend(refresh_caches(data, env))
    return report


def refresh_caches(data: Path, env: Mapping[str, str] = os.environ) -> list[str]:
    """Tell the desktop: the menu database and the icon cache, where those tools exist.

    A missing tool is normal (many desktops watch the folders themselves); a tool
    that fails is reported, not fatal: the files are in place either way.
    """
    jobs = [
        ("update-desktop-database", ["-q", str(data / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(data / "icons" / "hicolor")]),
    ]
    report = []
    for tool, args in jobs:
        found = shutil.which(tool, path=env.get("PATH"))
        if found is None:
            continue
        try:
            result = subprocess.run(
                [found, *args],
                capture_output=True,
                text=True,
                timeout=CACHE_TIMEOUT_S,
                env=dict(env),
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            words = translate(
                "DesktopFiles", "{tool} did not finish ({problem}); the files are in place"
            )
            report.append(fill(words, tool=tool, problem=exc))
            continue
        if result.returncode == 0:
            report.append(fill(translate("DesktopFiles", "refreshed with {tool}"), tool=tool))
        else:
            reason = (result.stderr or result.stdout).strip().splitlines()
            problem = reason[-1] if reason else result.returncode
            report.append(
                fill(
                    translate("DesktopFiles", "{tool} failed: {problem}"),
                    tool=tool,
                    problem=problem,
                )
            )
    return report
