"""Private desktop services for tests: a session bus, an X server, a notification server.

Each is started by the test that needs it and stopped after it, so no test touches
the developer's own desktop. Without the programs the tests skip, unless
ACUTIMER_REQUIRE_DESKTOP is set (CI sets it): then a missing program is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 20.0

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
"""No <servicedir>: nothing is started on demand (Debian's dunst would be, by its
.service file), so a test decides exactly which services exist."""


def need(*programs: str, package: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if not missing:
        return
    reason = f"desktop-service test: {', '.join(missing)} not installed (apt install {package})"
    if os.environ.get("ACUTIMER_REQUIRE_DESKTOP"):
        pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_DESKTOP is set")
    pytest.skip(reason)


def wait_until(condition: Callable[[], Any], what: str, timeout: float = STARTUP_TIMEOUT_S) -> Any:
    """Poll ``condition`` (a service coming up: no app timing is waited on this way)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class PrivateBus:
    """A dbus-daemon of our own; ``address`` is its DBUS_SESSION_BUS_ADDRESS."""

    def __init__(self, folder: Path) -> None:
        need("dbus-daemon", package="dbus-daemon")
        config = folder / "bus.conf"
        config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
        self.process = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # "Failed to set fd limit" when not root: harmless
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        self.process.stdout.close()
        assert self.address.startswith("unix:"), "dbus-daemon printed no address"

    def env(self, **extra: str) -> dict[str, str]:
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address, **extra}

    def stop(self) -> None:
        stop(self.process)


class PrivateX:
    """Xvfb on a display it picks itself (``-displayfd``), so tests never collide."""

    def __init__(self) -> None:
        need("Xvfb", package="xvfb")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb printed no display"
        self.display = f":{number}"

    def stop(self) -> None:
        stop(self.process)


class FakeNotificationServer:
    """tests/dbus/notification_server.py on ``bus``: logs each Notify, clicks on request."""

    def __init__(self, bus: PrivateBus, folder: Path) -> None:
        self.log = folder / "notifications.jsonl"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.dbus.notification_server", str(self.log)],
            cwd=ROOT,
            env=bus.env(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        )
        wait_until(lambda: self.log.exists(), "the notification server to own its name")

    def received(self) -> list[dict[str, Any]]:
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def stop(self) -> None:
        stop(self.process)


class Dunst:
    """The real notification server Debian ships, on ``bus`` and ``x``."""

    def __init__(self, bus: PrivateBus, x: PrivateX, connection_check: Callable[[], bool]) -> None:
        need("dunst", "dunstctl", package="dunst")
        self.env = bus.env(DISPLAY=x.display)
        self.process = subprocess.Popen(
            ["dunst"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_until(connection_check, "dunst to own org.freedesktop.Notifications")

    def ctl(self, *args: str) -> str:
        return subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=15
        ).stdout.strip()

    def stop(self) -> None:
        stop(self.process)
