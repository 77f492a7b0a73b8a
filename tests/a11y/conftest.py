"""A private desktop a screen reader could use: Xvfb, a session bus and the AT-SPI bus.

Qt exposes its accessibility tree on Linux only on a real window system (the
offscreen platform sends nothing), so the app runs under a private Xvfb. The tree is
read with the system Python's pyatspi (tests/a11y/atspi_probe.py). Without those
tools the tests skip, unless ACUTIMER_REQUIRE_ACCESSIBILITY is set (CI sets it).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WAIT_S = 90.0


def _need_tools() -> None:
    missing = [tool for tool in ("Xvfb", "dbus-launch") if shutil.which(tool) is None]
    missing += [path for path in (BUS_LAUNCHER, SYSTEM_PYTHON) if not os.path.exists(path)]
    if not missing:
        found = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60
        )
        if found.returncode != 0:
            missing.append("pyatspi for /usr/bin/python3")
    if missing:
        reason = (
            f"screen-reader test: {', '.join(missing)} missing "
            "(apt install at-spi2-core python3-pyatspi xvfb dbus-x11)"
        )
        if os.environ.get("ACUTIMER_REQUIRE_ACCESSIBILITY"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_ACCESSIBILITY is set")
        pytest.skip(reason)


@dataclass
class Heard:
    """What the probe read: every showing (role, name, description), the announcements,
    each table's column headers and each combo box's labels (by the combo's name)."""

    seen: list[tuple[str, str, str]]
    announcements: list[str]
    found: bool
    headers: dict[str, list[str]]
    labels: dict[str, list[str]]

    def named(self, name: str) -> list[tuple[str, str, str]]:
        return [node for node in self.seen if node[1] == name]


@dataclass
class ScreenReaderDesktop:
    """Xvfb, a session bus and the AT-SPI bus (with its registry) in ``home``."""

    home: Path
    env: dict[str, str] = field(default_factory=dict)
    said: str = ""
    """What the app last wrote to stderr."""
    _xvfb: subprocess.Popen[bytes] | None = None
    _launcher: subprocess.Popen[bytes] | None = None
    _bus_pid: int = 0

    def start(self) -> None:
        self._xvfb, display = _start_xvfb()
        self.env = {
            **os.environ,
            "DISPLAY": f":{display}",
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "XDG_RUNTIME_DIR": str(self.home),
            "ACUTIMER_SPEECH_ENGINE": "none",
            "PYTHONPATH": str(ROOT),
            "NO_AT_BRIDGE": "0",
        }
        launched = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True, timeout=60
        )
        for line in launched.stdout.splitlines():
            key, _, value = line.rstrip(";").partition("=")
            if key == "DBUS_SESSION_BUS_ADDRESS":
                self.env[key] = value.strip("'")
            elif key == "DBUS_SESSION_BUS_PID":
                self._bus_pid = int(value)
        self._launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert self.env.get("DBUS_SESSION_BUS_ADDRESS"), launched.stderr

    def stop(self) -> None:
        if self._launcher is not None:
            _stop(self._launcher)
        # The registry daemon and the a11y bus were started by the launcher; they
        # leave with the session bus.
        if self._bus_pid:
            _stop(self._bus_pid)
        if self._xvfb is not None:
            _stop(self._xvfb)
        self._launcher, self._bus_pid, self._xvfb = None, 0, None

    @property
    def data_dir(self) -> Path:
        """acutimer's data folder (history.sqlite3) on this desktop."""
        return Path(self.env["XDG_DATA_HOME"]) / "acutimer"

    def run(self, *args: str, until: str, pause: bool = False) -> Heard:
        """Run acutimer with ``args`` and read it until ``until`` is showing."""
        return self._read(["acutimer", *args], until, pause)

    def show(self, window: str, until: str) -> Heard:
        """Show one of the app's windows on its own (tests/a11y/windows.py: "history",
        "settings", "editor") and read it until ``until`` is showing."""
        return self._read(["tests.a11y.windows", window], until, pause=False)

    def _read(self, module: list[str], until: str, pause: bool) -> Heard:
        heard = self._read_once(module, until, pause)
        if heard is None:
            # Nothing at all was read: on this shared machine the X server or the AT-SPI
            # registry went away under the app (other test runs' clean-ups; the app's
            # words say which). Once more on a new desktop; then the failure stands.
            self.stop()
            self.start()
            heard = self._read_once(module, until, pause, last=True)
        assert heard is not None
        return heard

    def _read_once(
        self, module: list[str], until: str, pause: bool, *, last: bool = False
    ) -> Heard | None:
        log = Path(self.env["XDG_RUNTIME_DIR"]) / f"{module[-1]}.stderr"
        with log.open("wb") as stderr:
            app = subprocess.Popen(
                [sys.executable, "-m", *module],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        try:
            probe = subprocess.run(
                [SYSTEM_PYTHON, str(PROBE), until, str(WAIT_S), *(["--pause"] if pause else [])],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=WAIT_S + 30,
            )
        finally:
            gone = app.poll()
            app.terminate()
            app.wait(timeout=30)
        assert probe.returncode == 0, probe.stderr
        data = json.loads(probe.stdout.strip().splitlines()[-1])
        said = self.said = log.read_text(errors="replace")
        if not data["seen"] and not last:
            sys.stderr.write(f"read nothing, once more; the app said:\n{said}\n")
            return None
        # Nothing read at all: say why (the app's own words), not just "not found".
        assert data["seen"], (
            f"the app never showed on the AT-SPI bus (exit status {gone}); it said:\n"
            + said[-2000:]
            + f"\nthe probe said:\n{probe.stderr[-2000:]}"
        )
        seen = [tuple(x) for x in data["seen"]]
        return Heard(seen, data["announcements"], data["found"], data["headers"], data["labels"])


def _stop(process: subprocess.Popen[bytes] | int) -> None:
    if isinstance(process, int):
        with contextlib.suppress(ProcessLookupError):
            os.kill(process, signal.SIGTERM)
        return
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=30)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb on a display of its own. Not the first free one (-displayfd alone): other
    test runs on this machine take :0 and :1 at the same moment, and an app here was seen
    to lose its display to them; a random number far from those, tried until one is free.
    """
    for _ in range(20):
        number = random.randrange(100, 30000)
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            [
                *("Xvfb", f":{number}", "-displayfd", str(write)),
                *("-screen", "0", "1366x768x24", "-nolisten", "tcp"),
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as displayfd:
            display = displayfd.readline().strip()  # empty: the display was taken
        if display:
            return xvfb, display
        _stop(xvfb)
    raise AssertionError("no free X display for Xvfb")


@pytest.fixture
def screen_reader_desktop(tmp_path: Path) -> Iterator[ScreenReaderDesktop]:
    _need_tools()
    config = tmp_path / "config" / "acutimer"
    config.mkdir(parents=True)
    (config / "acutimer.conf").write_text("[app]\nsafety_seen=true\n")
    tmp_path.chmod(0o700)
    desktop = ScreenReaderDesktop(tmp_path)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()
