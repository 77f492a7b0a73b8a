"""The main window's menus and tool bars, and the dialogs they open (Safety, About, Settings).

A mixin of ``MainWindow`` (acutimer/ui/main_window.py), which wires the actions to
their handlers; kept apart so the window's module holds its assembly and page flow.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from acutimer.qt.settings import Settings
from acutimer.ui.words import DO_IT, GO_ON, PAUSE, START, say

if TYPE_CHECKING:
    from acutimer.qt.cues import CuePlayer
    from acutimer.ui.contrast import ContrastMode

    _Window = QMainWindow
else:
    _Window = object

SESSION_CONTROLS = ("start_pause", "back", "skip", "restart", "extend", "stop", "lying_down")


class WindowMenus(_Window):
    """The File, Session and Help menus, the two tool bars, and the Help and Settings dialogs."""

    settings: Settings
    actions_: dict[str, QAction]
    cues: CuePlayer | None
    contrast: ContrastMode
    reminders_problem: Callable[[], str | None]
    _user_folder: Callable[[], Path] | None
    _icons: dict[str, Any]
    file_menu: QMenu
    toolbar: QToolBar
    _beside_width: int = 0
    app_bar: QToolBar

    if TYPE_CHECKING:

        @property
        def loaded(self) -> bool: ...

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
        for name in ("reload", "open_folder", "history", "export", "settings"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        session_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Session"))
        for name in ("start_pause", "back", "skip", "restart", "extend", "stop"):
            session_menu.addAction(a[name])
        session_menu.addSeparator()
        session_menu.addAction(a["lying_down"])
        help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
        help_menu.addAction(a["safety"])
        help_menu.addAction(a["about"])

        # Two bars in one row: the session's controls during a session, History and
        # Settings outside one (the picker has its own Start button).
        self.toolbar = self._tool_bar(
            QCoreApplication.translate("WindowMenus", "Controls"), "controls", SESSION_CONTROLS
        )
        self.app_bar = self._tool_bar("acutimer", "app", ("history", "settings"))

    def _tool_bar(self, title: str, name: str, actions: tuple[str, ...]) -> QToolBar:
        from PySide6.QtCore import Qt  # here: building the Qt namespace takes 15 ms

        bar = QToolBar(title)
        bar.setObjectName(name)
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(28, 28))
        font = QFont(bar.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        bar.setFont(font)
        for action_name in actions:
            action = self.actions_[action_name]
            bar.addAction(action)
            button = bar.widgetForAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setAccessibleDescription(action.toolTip())
            button.setMinimumHeight(44)
        self.addToolBar(bar)  # at the top
        return bar

    def _fit_session_bar(self) -> None:
        """The session's labels beside their icons while the bar fits the window, under
        them when it would not (longer words in some languages, a large scale): no
        control hides behind the tool bar's overflow button."""
        from PySide6.QtCore import Qt  # here: after load(), when it is imported anyway

        bar = self.toolbar
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if bar.toolButtonStyle() == beside:
            self._beside_width = bar.sizeHint().width()
        fits = self._beside_width <= self.width()
        style = beside if fits else Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        if bar.toolButtonStyle() != style:
            bar.setToolButtonStyle(style)

    def _set_icons(self) -> None:
        """Icons beside the labels (after the first paint: SVG rendering costs time)."""
        from acutimer.ui.icons import ACTION_ICONS, app_icon, themed_icon

        self.setWindowIcon(app_icon())
        palette = self.palette()
        for name, icon_name in ACTION_ICONS.items():
            self.actions_[name].setIcon(themed_icon(icon_name, palette))
        self._icons = {
            "start": themed_icon("media-playback-start", palette),
            "pause": themed_icon("media-playback-pause", palette),
        }
        # The Pause / Go on / Do it button keeps one width, so the bar never shifts.
        button = self.toolbar.widgetForAction(self.actions_["start_pause"])
        metrics = button.fontMetrics()
        widest = max(metrics.horizontalAdvance(w) for w in (START, PAUSE, GO_ON, DO_IT))
        widest = max(
            widest, *(metrics.horizontalAdvance(say(w)) for w in (START, PAUSE, GO_ON, DO_IT))
        )
        button.setMinimumWidth(widest + self.toolbar.iconSize().width() + 36)

    def show_safety(self) -> None:
        from acutimer.ui.safety_dialog import safety_dialog

        safety_dialog(self).exec()
        self.settings.safety_seen = True

    def on_about(self) -> None:
        from acutimer.ui.safety_dialog import about_dialog

        about_dialog(self).exec()

    def on_open_folder(self) -> None:
        from PySide6.QtCore import QUrl  # here: its enums cost 1 ms at start-up
        from PySide6.QtGui import QDesktopServices

        if self._user_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._user_folder())))

    def on_settings(self) -> None:
        from acutimer.ui.settings_dialog import SettingsDialog

        available = self.cues.voice_available if self.cues is not None else None
        test = self.cues.play_test if self.cues is not None else None
        dialog = SettingsDialog(self.settings, self, voice_available=available, test_cue=test)
        dialog.add_reminders(self.reminders_problem())
        dialog.exec()
        if self.cues is not None:
            self.cues.restore_volume()
        if self.loaded:
            self.contrast.apply()
