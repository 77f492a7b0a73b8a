"""Refresh and compile the user interface's translations.

    python tools/translations.py update          # re-extract every .ts from the sources
    python tools/translations.py update de       # only German
    python tools/translations.py release OUTDIR  # compile to OUTDIR/acutimer_<lang>.qm

The sources are split into areas, one Qt Linguist file per area and language:
resources/translations/<lang>/<area>.ts. Areas keep a translator's file to one part of
the app (and let people work on parts side by side); `release` merges a language's areas
into one acutimer_<lang>.qm, which is what the app loads. A new language is a new folder
(`mkdir resources/translations/fr && python tools/translations.py update fr`).

Strings are extracted from `self.tr(...)`, `QCoreApplication.translate(...)`, the core's
`translate(...)` (acutimer/core/i18n.py) and `QT_TRANSLATE_NOOP(...)`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# Which sources feed which area. A file belongs to the first area whose pattern it
# matches; every .py file in acutimer/ belongs to exactly one area.
AREAS: dict[str, list[str]] = {
    "cli": [
        "acutimer/cli.py",
        "acutimer/cli_language.py",
        "acutimer/commands.py",
        "acutimer/reports/commands.py",
        "acutimer/desktop/*.py",
        "acutimer/dbus/client.py",
        "acutimer/dbus/status_text.py",
    ],
    "editor": ["acutimer/ui/editor/*.py"],
    "history": [
        "acutimer/ui/history_window.py",
        "acutimer/ui/pain_chart.py",
        "acutimer/ui/session_table.py",
        "acutimer/ui/outcome_questions.py",
        "acutimer/ui/pain_rating.py",
        "acutimer/ui/reminder_settings.py",
        "acutimer/ui/printables.py",
        "acutimer/ui/due_banner.py",
        "acutimer/reports/*.py",
        "acutimer/history/*.py",
        "acutimer/dbus/notifications.py",
        "acutimer/qt/reminder_service.py",
        "acutimer/qt/reminder_prefs.py",
        "acutimer/core/reminders.py",
    ],
    "core": ["acutimer/core/*.py"],
    "window": [
        "acutimer/*.py",
        "acutimer/ui/*.py",
        "acutimer/qt/*.py",
        "acutimer/dbus/*.py",
        "acutimer/desktop/*.py",
    ],
}


def area_files() -> dict[str, list[Path]]:
    """Every source file, under the first area that claims it."""
    claimed: set[Path] = set()
    files: dict[str, list[Path]] = {}
    for area, patterns in AREAS.items():
        mine: list[Path] = []
        for pattern in patterns:
            for path in sorted(ROOT.glob(pattern)):
                if path not in claimed:
                    claimed.add(path)
                    mine.append(path)
        files[area] = mine
    return files


def languages() -> list[str]:
    return sorted(p.name for p in TRANSLATIONS.iterdir() if p.is_dir())


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def update(langs: list[str]) -> None:
    for lang in langs:
        for area, sources in area_files().items():
            ts = TRANSLATIONS / lang / f"{area}.ts"
            subprocess.run(
                [
                    tool("lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "relative",
                    "-target-language",
                    lang,
                    *map(str, sources),
                    "-ts",
                    str(ts),
                ],
                check=True,
                cwd=ROOT,
            )


def release(outdir: Path, langs: list[str]) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in langs:
        sources = sorted((TRANSLATIONS / lang).glob("*.ts"))
        qm = outdir / f"acutimer_{lang}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", *map(str, sources), "-qm", str(qm)], check=True
        )
        made.append(qm)
    return made


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"update", "release"}:
        raise SystemExit(__doc__)
    if argv[0] == "update":
        update(argv[1:] or languages())
    else:
        if len(argv) < 2:
            raise SystemExit(__doc__)
        release(Path(argv[1]), argv[2:] or languages())


if __name__ == "__main__":
    main(sys.argv[1:])
