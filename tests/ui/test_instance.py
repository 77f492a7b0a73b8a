"""The running instance brings its one window forward instead of opening another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer.dbus.application import AppAction
from acutimer.dbus.bus import SessionBus
from acutimer.instance import Instance
from acutimer.qt.settings import Settings


@pytest.fixture
def instance(qtbot: QtBot, tmp_path: Path) -> Iterator[Instance]:
    settings = Settings.at(tmp_path / "s.ini")
    settings.safety_seen = True
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    instance = Instance(
        app, settings, SessionBus(QDBusConnection("never-connected")), background=True
    )
    yield instance
    if instance.window is not None:
        instance.window.close()
    app.setQuitOnLastWindowClosed(True)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: no window stacking
def test_a_second_request_brings_the_same_window_forward(qtbot: QtBot, instance: Instance):
    assert instance.window is None  # in the background: no window until asked
    first = instance.show_window()
    qtbot.waitExposed(first)
    first.showMinimized()
    instance.on_request(AppAction.SHOW)
    assert instance.window is first
    assert first.isVisible() and not first.isMinimized()
    first.close()  # closed in the background instance: hidden, not gone
    assert not first.isVisible()
    instance.on_request(AppAction.START_LAST)
    assert instance.window is first and first.isVisible()
