"""``acutimer`` run as a person runs it: a fresh process with its own home folders and
the desktop's language variables as given (the language is chosen once per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Home:
    """Temporary data, config and cache folders; the cache (where a checkout compiles its
    translations) is shared by the tests that pass the same one."""

    def __init__(self, folder: Path, cache: Path) -> None:
        self.data = folder / "data"
        self.config = folder / "config"
        self.cache = cache

    def settings(self, text: str) -> None:
        """The app's settings file (QSettings' INI, as the window writes it)."""
        (self.config / "acutimer").mkdir(parents=True, exist_ok=True)
        (self.config / "acutimer" / "acutimer.conf").write_text(text, encoding="utf-8")

    def run(self, *argv: str, language: str = "en") -> subprocess.CompletedProcess[str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
        }
        env |= {
            "LANGUAGE": language,
            "LANG": "C.UTF-8",
            "PYTHONPATH": str(ROOT),
            "XDG_DATA_HOME": str(self.data),
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_CACHE_HOME": str(self.cache),
            "XDG_CONFIG_DIRS": str(self.config / "none"),
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/acutimer-tests",
        }
        return subprocess.run(
            [sys.executable, "-m", "acutimer", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
