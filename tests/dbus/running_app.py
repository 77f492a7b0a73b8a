"""A real acutimer on a private session bus, as media keys and shortcuts reach it: the
app (`python -m acutimer`, offscreen, private folders), `acutimer VERB` and playerctl."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.dbus.services import PrivateBus, stop, wait_until

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60.0
"""How long a busy CI machine may take to show the window and answer on the bus."""


class App:
    """The real `python -m acutimer`, offscreen, on ``bus`` and private folders in ``home``."""

    def __init__(self, bus: PrivateBus, home: Path) -> None:
        self.bus = bus
        self.home = home
        self.process: subprocess.Popen[bytes] | None = None
        config = home / "config" / "acutimer"
        config.mkdir(parents=True, exist_ok=True)
        # Seen the safety notice already: it is modal and would wait for a click.
        (config / "acutimer.conf").write_text("[app]\nsafety_seen=true\n")
        home.chmod(0o700)
        self.env = bus.env(
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_RUNTIME_DIR=str(home),
            HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            PULSE_SERVER="unix:/nonexistent/acutimer-tests",
            ACUTIMER_SPEECH_ENGINE="mock",
            PYTHONPATH=str(ROOT),
        )

    @property
    def history(self) -> Path:
        return self.home / "data" / "acutimer" / "history.sqlite3"

    def start(self, *args: str, playable: bool = False) -> None:
        """Start the app and wait until it answers; with ``playable``, until its media
        player can play (the routines are listed in the background, then selected)."""
        with (self.home / "app.log").open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "acutimer", *args], env=self.env, stdout=log, stderr=log
            )

        def ready() -> bool:
            if playable:  # playerctl prints metadata only for a player whose CanPlay is true
                return self.playerctl("metadata").returncode == 0
            return self.command("status").returncode == 0

        try:
            wait_until(ready, "acutimer", STARTUP_SECONDS)
        except AssertionError:
            raise AssertionError(f"acutimer did not get ready:\n{self.output()}") from None

    def output(self) -> str:
        return (self.home / "app.log").read_text(errors="replace")[-3000:]

    def command(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`acutimer ARGS` as a user's shortcut runs it, beside the app."""
        return run_acutimer(self.env, *args)

    def playerctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["playerctl", "--player=acutimer", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        )

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)


def run_acutimer(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acutimer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )


def open_folder() -> Path:
    """A folder for a bus socket that every user may reach, like /tmp itself: pytest's
    own folders are private to root, which would keep another user out for the wrong
    reason (the test wants dbus-daemon to refuse them)."""
    folder = Path(tempfile.mkdtemp(prefix="acutimer-bus-", dir="/tmp"))
    folder.chmod(0o755)
    return folder
