"""The tray's menu and tooltip follow the session; its entries reach the instance."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from acutimer.core.session import State
from acutimer.ui.tray import Tray


class FakeInstance:
    """What the tray asks of the running instance."""

    def __init__(self) -> None:
        self.window = None
        self.calls: list[str] = []

    def show_window(self, *, ready_last: bool = False) -> None:
        self.calls.append("start-last" if ready_last else "show")

    def quit(self) -> None:
        self.calls.append("quit")


# The offscreen platform has no tray window to follow; Qt says so once.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_menu_acts_and_the_tooltip_shows_the_time_left(qtbot: QtBot):
    instance = FakeInstance()
    tray = Tray(instance)  # type: ignore[arg-type]
    try:
        assert not tray.pause.isEnabled() and not tray.skip.isEnabled()
        tray.start_last.trigger()
        tray.show_window.trigger()
        tray.quit.trigger()
        assert instance.calls == ["start-last", "show", "quit"]
        tray.on_state(State.RUNNING)
        tray.on_remaining(12, 425)
        assert tray.icon.toolTip() == "acutimer: 7:05 left"
        assert tray.pause.isEnabled() and tray.pause.text() == "Pause"
        tray.on_state(State.PAUSED)
        assert tray.pause.text() == "Resume"
        tray.on_state(State.FINISHED)
        assert tray.icon.toolTip() == "acutimer" and not tray.skip.isEnabled()
    finally:
        tray.icon.hide()
