"""Real D-Bus: each test gets its own session bus (dbus-daemon --session) and, where it
needs one, a real acutimer process on it, driven by playerctl and `acutimer pause`.

Without dbus-daemon or playerctl these tests skip, unless ACUTIMER_REQUIRE_DBUS is set
(CI sets it): then a missing tool is a failure, so CI always drives the real thing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60.0
"""How long a busy CI machine may take to show the window and answer on the bus."""


def need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        reason = f"real D-Bus test: {', '.join(missing)} not installed (apt install dbus playerctl)"
        if os.environ.get("ACUTIMER_REQUIRE_DBUS"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_DBUS is set")
        pytest.skip(reason)


class PrivateBus:
    """A session bus of our own, listening on a socket file in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[str] | None = None
        self.address = ""

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        # Readable by anyone, like /tmp: only dbus-daemon's own check keeps others out.
        self.folder.chmod(0o755)
        self.process = subprocess.Popen(
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                "--print-address=1",
                f"--address=unix:path={self.folder / 'bus'}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address.startswith("unix:"), "dbus-daemon printed no address"

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            if self.process.stdout is not None:
                self.process.stdout.close()


class App:
    """The real `python -m acutimer`, offscreen, on a private bus and private folders."""

    def __init__(self, bus: PrivateBus, home: Path) -> None:
        self.bus = bus
        self.home = home
        self.process: subprocess.Popen[bytes] | None = None
        config = home / "config" / "acutimer"
        config.mkdir(parents=True, exist_ok=True)
        # Seen the safety notice already: it is modal and would wait for a click.
        (config / "acutimer.conf").write_text("[app]\nsafety_seen=true\n")
        self.env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": bus.address,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_RUNTIME_DIR": str(home),
            "HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "PULSE_SERVER": "unix:/nonexistent/acutimer-tests",
            "ACUTIMER_SPEECH_ENGINE": "mock",
            "PYTHONPATH": str(ROOT),
        }
        home.chmod(0o700)

    @property
    def history(self) -> Path:
        return self.home / "data" / "acutimer" / "history.sqlite3"

    def start(self, *args: str) -> None:
        self.log = (self.home / "app.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "acutimer", *args],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        until(lambda: self.command("status").returncode == 0, STARTUP_SECONDS, self.output)

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
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None:
            self.log.close()


def run_acutimer(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acutimer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )


def until(condition: Callable[[], bool], seconds: float, why: Callable[[], str]) -> None:
    """Wait for something the app does on its own (start-up), up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not ready within {seconds} s:\n{why()}")
        time.sleep(0.2)


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[PrivateBus]:
    need("dbus-daemon")
    server = PrivateBus(tmp_path / "bus")
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def app(bus: PrivateBus, tmp_path: Path) -> Iterator[App]:
    """acutimer open with "Hand (LI4)" selected and nothing running yet."""
    need("playerctl")
    running = App(bus, tmp_path / "home")
    try:
        running.start("--routine", "hand-li4")
        yield running
    finally:
        running.stop()
