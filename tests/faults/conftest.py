"""The real app in a child process, with its own data folder, to be killed and restarted.

Tests that need an X server start a private Xvfb; without one (or xdotool) they skip,
unless ACUTIMER_REQUIRE_FAULTS is set (CI sets it): then a missing tool is a failure.
"""

from __future__ import annotations

import os
import selectors
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60.0
"""How long a line from the child may take; generous, for a loaded machine."""


def need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        reason = f"fault test: {', '.join(missing)} not installed"
        if os.environ.get("ACUTIMER_REQUIRE_FAULTS"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_FAULTS is set")
        pytest.skip(reason)


@dataclass
class App:
    """A running ``tests.faults.app_child`` and everything it has printed so far."""

    process: subprocess.Popen[str]
    stderr: Path
    lines: list[str] = field(default_factory=list)

    def wait_for(self, prefix: str) -> str:
        """The first line (already read or still to come) starting with ``prefix``."""
        assert self.process.stdout is not None
        for line in self.lines:
            if line.startswith(prefix):
                return line
        deadline = time.monotonic() + WAIT_S
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not selector.select(timeout=deadline - time.monotonic()):
                    break
                line = self.process.stdout.readline()
                if not line:
                    break
                self.lines.append(line.rstrip("\n"))
                if line.startswith(prefix):
                    return line.rstrip("\n")
        raise AssertionError(f"the app never printed {prefix!r}; it printed {self.lines}")

    def end(self) -> int:
        """Wait for the exit, keep the rest of the output, return the exit code."""
        out, _ = self.process.communicate(timeout=WAIT_S)
        self.lines += out.splitlines()
        return self.process.returncode

    def errors(self) -> str:
        """What the app wrote to stderr, so far."""
        return self.stderr.read_text(errors="replace")

    def steps_started(self) -> int:
        return max((int(x.split()[1]) for x in self.lines if x.startswith("step ")), default=0)


@dataclass
class Home:
    """A user's private folders: settings (safety notice already seen) and history."""

    root: Path
    env: dict[str, str]

    @property
    def history(self) -> Path:
        return self.root / "data" / "acutimer" / "history.sqlite3"

    def rows(self) -> list[sqlite3.Row]:
        return self.rows_at(self.history)

    def rows_at(self, path: Path) -> list[sqlite3.Row]:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        try:
            return connection.execute("SELECT * FROM sessions ORDER BY id").fetchall()
        finally:
            connection.close()

    def start(self, *args: str, **env: str) -> App:
        stderr = self.root / f"stderr-{len(list(self.root.glob('stderr-*')))}.txt"
        with stderr.open("wb") as errors:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.faults.app_child", *args],
                cwd=ROOT,
                env={**self.env, **env},
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
        return App(process, stderr)


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Home]:
    config = tmp_path / "config" / "acutimer"
    config.mkdir(parents=True)
    (config / "acutimer.conf").write_text("[app]\nsafety_seen=true\n")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "ACUTIMER_SPEECH_ENGINE": "none",
        # No session bus: a second acutimer would hand over to the first and leave.
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus",
        "PYTHONPATH": str(ROOT),
    }
    (tmp_path).chmod(0o700)
    yield Home(tmp_path, env)


@dataclass
class XServer:
    """A private Xvfb: ``env`` points a client at it; ``process`` is the server."""

    env: dict[str, str]
    process: subprocess.Popen[bytes]


@pytest.fixture
def xserver() -> Iterator[XServer]:
    """A private Xvfb, stopped after the test (if the test has not killed it)."""
    need("Xvfb", "xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as displayfd:
        number = displayfd.readline().strip()
    assert number, "Xvfb did not start"
    try:
        yield XServer({"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}, server)
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=WAIT_S)


@dataclass
class SmallDisk:
    """A 512 KiB tmpfs of our own, mounted for one test, that can be filled up."""

    root: Path

    def fill(self) -> None:
        with (self.root / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:
                pass  # full

    def free(self) -> None:
        (self.root / "filler").unlink()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A real file system that runs out of space (mounting one needs root)."""
    need("mount", "umount")
    root = tmp_path / "disk"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", str(root)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a full disk needs a tmpfs mount, not allowed here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "--lazy", str(root)], check=False)
