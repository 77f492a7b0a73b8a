"""The launcher, icons, AppStream file and autostart entry: valid, installed, removed."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from acutimer import paths
from acutimer.dbus.bus import SessionBus
from acutimer.desktop import files
from acutimer.desktop.autostart import autostart_path, set_autostart
from acutimer.identity import APP_ID, APP_NAME
from acutimer.qt.settings import Settings

DESKTOP = paths.resource("desktop", f"{APP_ID}.desktop")
METAINFO = paths.resource("desktop", f"{APP_ID}.metainfo.xml")


def need(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        reason = f"{tool} not installed (apt install {package})"
        if os.environ.get("ACUTIMER_REQUIRE_DESKTOP"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_DESKTOP is set")
        pytest.skip(reason)


def validate_desktop(path: Path) -> None:
    need("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_shipped_launcher_is_valid_and_names_the_app_id():
    validate_desktop(DESKTOP)
    launcher = entry(DESKTOP)
    assert launcher["Icon"] == APP_ID
    assert launcher["Exec"] == APP_NAME
    assert launcher["StartupWMClass"] == APP_NAME  # Qt's X11 window class (checked: xprop)
    assert "start-last" in launcher["Actions"].split(";")


def test_the_appstream_file_is_valid():
    need("appstreamcli", "appstream")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    # Every screenshot it names is one tools/screenshots.py keeps in the repository.
    images = re.findall(r"<image>[^<]*/main/(docs/screenshots/[^<]+)</image>", text)
    assert len(images) >= 3
    for image in images:
        assert (paths.resources_dir().parent / image).exists(), image


def test_the_launcher_speaks_german_too():
    launcher = entry(DESKTOP)
    assert launcher["GenericName[de]"] == "Akupressur-Timer"
    assert "Rückenschmerzen" in launcher["Comment[de]"]
    assert launcher["Keywords[de]"].startswith("Akupressur;Rückenschmerzen;")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    assert parser["Desktop Action start-last"]["Name[de]"] == "Die letzte Übung starten"


def test_the_appstream_text_has_a_german_version_of_each_paragraph():
    root = ElementTree.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"

    description = root.find("description")  # the app's; the release notes stay English
    assert description is not None

    def texts(tag: str, language: str | None) -> list[str]:
        where = root if tag == "summary" else description
        return [e.text or "" for e in where.iter(tag) if e.get(lang) == language]

    for tag in ("summary", "p", "li"):
        english, german = texts(tag, None), texts(tag, "de")
        assert len(german) == len(english) and all(g.strip() for g in german), tag
    assert "Rückenschmerzen" in texts("summary", "de")[0]
    assert "keine Heilung" in " ".join(texts("p", "de"))  # no promise, in German too


def test_every_png_size_is_the_size_it_claims_and_not_blank():
    pngs = sorted(paths.resource("icons", "hicolor").glob(f"*/apps/{APP_ID}.png"))
    assert {p.parent.parent.name for p in pngs} >= {"16x16", "32x32", "48x48", "128x128", "256x256"}
    for png in pngs:
        size = int(png.parent.parent.name.split("x")[0])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the icon, not a hole
    assert paths.resource("icons", f"{APP_ID}-symbolic.svg").exists()


def test_install_puts_everything_in_the_data_folder_and_uninstall_takes_it_out(tmp_path: Path):
    data = tmp_path / "share"
    env = {"XDG_DATA_HOME": str(data), "PATH": os.environ.get("PATH", "")}
    command = [str(tmp_path / "my venv" / "bin" / "acutimer")]
    report = files.install(env, command)
    launcher = data / "applications" / f"{APP_ID}.desktop"
    assert f"installed {launcher}" in report
    validate_desktop(launcher)
    installed = entry(launcher)
    assert installed["Exec"] == f'"{command[0]}"'  # the space is quoted
    action = configparser.ConfigParser(interpolation=None)
    action.optionxform = str  # type: ignore[assignment, method-assign]
    action.read(launcher, encoding="utf-8")
    assert action["Desktop Action start-last"]["Exec"] == f'"{command[0]}" --start-last'
    icons = data / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert (icons / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").exists()
    assert (icons / "48x48" / "apps" / f"{APP_ID}.png").exists()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    if shutil.which("update-desktop-database"):
        assert "refreshed with update-desktop-database" in report

    removed = files.uninstall(env)
    assert f"removed {launcher}" in removed
    leftovers = [p for p in data.rglob("*") if p.is_file() and APP_ID in p.name]
    assert leftovers == []
    assert files.uninstall(env) == [f"nothing to remove: acutimer's launcher is not in {data}"]


def test_the_command_line_installs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    from acutimer.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["desktop", "install"]) == 0
    assert (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert main(["desktop", "uninstall"]) == 0
    assert not (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert "removed" in capsys.readouterr().out


def test_the_autostart_entry_is_valid_and_starts_the_background_instance(tmp_path: Path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    path = set_autostart(True, env, ["/opt/acutimer/bin/acutimer"])
    assert path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    validate_desktop(path)
    assert entry(path)["Exec"] == "/opt/acutimer/bin/acutimer --background"
    set_autostart(False, env)
    assert not path.exists()
    set_autostart(False, env)  # already gone: nothing to do, no error


def test_turning_reminders_on_and_off_writes_and_removes_the_autostart_entry(qtbot, tmp_path: Path):
    from acutimer.instance import Instance

    settings = Settings.at(tmp_path / "settings.ini")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    instance = Instance(app, settings, SessionBus(QDBusConnection("never-connected")))
    try:
        assert not autostart_path().exists()
        settings.reminders = True
        assert "--background" in autostart_path().read_text(encoding="utf-8")
        settings.reminders = False
        assert not autostart_path().exists()
    finally:
        app.setQuitOnLastWindowClosed(True)
        del instance


def test_after_install_the_desktop_finds_the_icon_by_its_name(tmp_path: Path):
    """The name in Icon= resolves through the hicolor icon theme, as a menu looks it up."""
    import sys

    if not Path("/usr/share/icons/hicolor/index.theme").exists():
        need("/usr/share/icons/hicolor/index.theme", "hicolor-icon-theme")
    data = tmp_path / "share"
    files.install({"XDG_DATA_HOME": str(data), "PATH": ""}, ["/usr/bin/acutimer"])
    probe = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication([])\n"
        "QIcon.setThemeSearchPaths(sys.argv[1:])\n"
        "QIcon.setThemeName('hicolor')\n"
        f"icon = QIcon.fromTheme({APP_ID!r})\n"
        f"print(QIcon.hasThemeIcon({APP_ID!r}), len(icon.availableSizes()))\n"
    )
    for_menu = [str(data / "icons"), "/usr/share/icons"]
    result = subprocess.run(
        [sys.executable, "-c", probe, *for_menu], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["True", "9"], result.stderr  # 8 PNG sizes and the SVG
    result = subprocess.run(
        [sys.executable, "-c", probe, "/usr/share/icons"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split()[0] == "False"  # not found before the install: a real check
