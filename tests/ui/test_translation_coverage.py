"""No user-facing text escapes translation: every window, under a pseudo-translation.

A pseudo translator answers for every message in the translation sources
(resources/translations/de/*.ts, which ``tools/translations.py update`` extracts from the
code) with each word of the source bracketed, ⟦Start⟧ ⟦the⟧ ⟦routine⟧, and leaves the
placeholders, tags and mnemonics alone. Qt's own words (standard buttons, key names) are
bracketed too: the app installs Qt's translation for them. Then each window is built and
shown, and every text a person sees or hears from it (titles, labels, buttons, menus,
tooltips, accessible names and descriptions, placeholders, list, table and combo items)
is read back. A word outside the brackets is a string that never went through tr() or
translate(), or went through it under a context lupdate did not see, or was added
without running ``tools/translations.py update`` - unless it is data: routine and point
texts from the YAML files, the person's own entries, dates and times from QLocale. That
allow-list is built from the data itself (``Data``), not from a list of words.

One test per window, so the lead sees which windows are clean.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QTranslator,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acutimer import __version__, paths
from acutimer.core import i18n
from acutimer.core.catalogue import scan
from acutimer.core.points import PointLibrary
from acutimer.core.session import State
from acutimer.history.store import HistoryStore
from acutimer.identity import DISPLAY_NAME
from acutimer.qt import language
from acutimer.qt.settings import Settings
from acutimer.ui.end_screen import listed
from acutimer.ui.main_window import MainWindow
from acutimer.ui.routine_list import list_title
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import shipped_points
from tests.helpers.window import wait_for

OPEN, CLOSE = "⟦", "⟧"
# Left alone in a source text: {placeholders}, %n and %1, HTML tags and entities.
_KEEP = re.compile(r"(\{\w+\}|%n|%\d|<[^>]*>|&\w+;)")
_WORD = re.compile(r"[^\W\d_]+")
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_KEY = re.compile(r"(?<![^\W\d_])[A-Z]\d{0,2}(?![^\W\d_])")
"""A single key in a shortcut ("Ctrl+H", "F5"): Qt writes key names, acutimer does not."""
_FILE_WORDS = re.compile(r"\b\w+(?:\[\d+\])+|'[^'\n]*'")


def pseudo(source: str) -> str:
    """Each word bracketed; placeholders, tags and entities kept as they are."""
    parts = _KEEP.split(source)
    return "".join(
        part if _KEEP.fullmatch(part) else _WORD.sub(lambda m: f"{OPEN}{m[0]}{CLOSE}", part)
        for part in parts
    )


def extracted() -> set[tuple[str, str]]:
    """(context, source) of every message in the translation sources."""
    keys = set()
    for ts in sorted((paths.translation_sources_dir() / "de").glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                keys.add((name, message.findtext("source") or ""))
    return keys


class PseudoTranslator(QTranslator):
    """Brackets every word of what the translation sources hold, and of Qt's own text."""

    def __init__(self, keys: set[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) in self.keys or (context.startswith("Q") and context[1:2].isupper()):
            return pseudo(source)
        return None  # not extracted: Qt shows the source as it is, unbracketed

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    """The pseudo translation, installed as acutimer.qt.language installs a language:
    before any window is built, and for the core's translate() too."""
    translator = PseudoTranslator(extracted())
    QCoreApplication.installTranslator(translator)
    i18n.use(lambda c, text, d, n: QCoreApplication.translate(c, text, d, n))
    yield
    i18n.use(None)
    QCoreApplication.removeTranslator(translator)


@dataclass
class Data:
    """Text that is data, not user interface, and so never translated by tr()."""

    strings: set[str] = field(default_factory=set)

    def add(self, *texts: str | None) -> None:
        for text in texts:
            if text:
                self.strings.add(text)
                # Shown in part: the diagram's first sentence, a list's title without codes.
                self.strings.update(re.split(r"(?<=[.!?])\s+", text))

    def remove_from(self, text: str) -> str:
        """``text`` without the data in it (whole words only: "Mon" is no part of "Money")."""
        for item in sorted(self.strings, key=len, reverse=True):
            if item in text:
                text = re.sub(rf"(?<!\w){re.escape(item)}(?!\w)", " ", text)
        return text


def data_of(points: PointLibrary, window: MainWindow | None = None) -> Data:
    data = Data()
    # The app's name and version, and what QLocale words itself (day and month names).
    data.add(DISPLAY_NAME, __version__)
    locale = QLocale()
    for i in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            data.add(locale.monthName(i, form), locale.standaloneMonthName(i, form))
            if i <= 7:
                data.add(locale.dayName(i, form), locale.standaloneDayName(i, form))
    # Each language in Settings, by its own name.
    data.add(*(language.native_name(lang) for lang in language.available()))
    # The point library (routines/points.yaml and its translations).
    for point in points.points:
        data.add(point.code, point.display_code, point.english, point.pinyin)
        data.add(point.location, point.finding, point.technique, point.notes, point.region)
        data.add(*(caution.text for caution in point.cautions))
    # Every routine in the picker, as its file says it.
    if window is not None:
        for entry in window.picker.entries:
            data.add(entry.title, list_title(entry.title), entry.path.name, entry.id)
            data.add(str(entry.path))  # where a broken file's problems are
            routine = entry.routine
            if routine is None:
                continue
            r = routine.routine
            data.add(r.title, r.summary, r.audience, *routine.cautions)
            for block in routine.blocks:
                for step in block.steps:
                    data.add(step.title, step.instruction)
                    data.add(*(phase.text for phase in step.phases))
    return data


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a person sees or hears from ``top``."""
    found: list[tuple[str, str]] = []

    def add(where: str, *texts: str | None) -> None:
        for text in texts:
            if isinstance(text, str) and text.strip():
                found.append((where, text))

    def plain(text: str) -> str:
        if "<" not in text:
            return text
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()

    def actions(where: str, widget: QWidget) -> None:
        for action in widget.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            add(f"{where} action", action.text(), action.toolTip(), action.statusTip())
            if action.menu() is not None:
                actions(f"{where} > {action.text()}", action.menu())

    add("window title", top.windowTitle())
    if isinstance(top, QMainWindow):
        actions("menu bar", top.menuBar())
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        where = widget.objectName() or type(widget).__name__
        add(f"{where} tooltip", widget.toolTip())
        add(f"{where} accessible name", widget.accessibleName())
        add(f"{where} accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(where, plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(where, widget.text())
        elif isinstance(widget, QGroupBox):
            add(where, widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QTextEdit):
            add(where, widget.toPlainText(), widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(where, *(widget.itemText(i) for i in range(widget.count())))
        elif isinstance(widget, QSpinBox):
            add(where, widget.prefix(), widget.suffix(), widget.specialValueText())
        elif isinstance(widget, QTabWidget):
            add(where, *(widget.tabText(i) for i in range(widget.count())))
        elif isinstance(widget, QToolBar):
            add(where, widget.windowTitle())
            actions(where, widget)
        elif isinstance(widget, QMenu):
            actions(where, widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for column in range(columns):
                add(f"{where} header", model.headerData(column, _horizontal()))
                for row in range(min(model.rowCount(root), 200)):
                    index = model.index(row, column)
                    add(f"{where} item", index.data(), index.data(_tooltip_role()))
    return found


def _horizontal() -> object:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _tooltip_role() -> object:
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole


def list_separators() -> set[str]:
    """What QLocale puts between the items of a list (as the window joins them):
    ", ", " and ", ", and "."""
    separators = set()
    for count in (2, 3):
        joined = listed([chr(1 + i) for i in range(count)])
        separators.update(re.split(r"[\x01-\x03]", joined)[1:-1])
    return separators


def unmarked(text: str, data: Data) -> str:
    """What of ``text`` is worded but went through no translation ("" if nothing)."""
    rest = text.replace("&", "")
    # QLocale joins translated words into a list ("⟦pressing⟧ and ⟦resting⟧"): its words
    # are the locale's, between two translated items.
    for separator in list_separators():
        rest = rest.replace(f"{CLOSE}{separator}{OPEN}", f"{CLOSE} {OPEN}")
    while (inner := _MARKED.sub(" ", rest)) != rest:
        rest = inner
    rest = data.remove_from(rest)
    rest = _KEY.sub(" ", rest)
    # A routine file's problem names the file's own keys and quotes what it holds, as
    # written: "steps[0]: missing required key 'instruction'", "unknown point 'LI44'".
    rest = _FILE_WORDS.sub(" ", rest)
    return " ".join(rest.split()) if _WORD.search(rest) else ""


def escaped(top: QWidget, data: Data) -> list[str]:
    return sorted(
        {
            f"{where}: {text!r} (unmarked: {left!r})"
            for where, text in shown_texts(top)
            if (left := unmarked(str(text), data))
        }
    )


# -- the windows ------------------------------------------------------------------------


@dataclass
class Scene:
    qtbot: QtBot
    tmp_path: Path
    points: PointLibrary
    clock: FakeClock = field(default_factory=FakeClock)

    def main_window(self) -> MainWindow:
        settings = Settings.at(self.tmp_path / "settings.ini")
        settings.safety_seen = True
        user = self.tmp_path / "mine"
        user.mkdir(exist_ok=True)
        (user / "my-evening.yaml").write_text(BROKEN_ROUTINE, encoding="utf-8")
        window = MainWindow(
            settings, clock=self.clock, confirm=Answers(True), user_folder=lambda: user
        )
        window.load(
            self.points,
            lambda: scan(self.points, paths.routines_dir(), user),
            history=HistoryStore(self.tmp_path / "history.sqlite3"),
        )
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        window.select_routine("hand-li4")
        return window


BROKEN_ROUTINE = """\
format: 1
id: my-evening
title: My evening routine
summary: Hand and knees before bed.
audience: Me.
steps:
  - title: Union Valley
    point: LI44
    side: each
    phases:
      - {kind: press, seconds: 10}
"""


def picker(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    window.picker.pregnancy.setChecked(True)  # its details and badges too
    return [window]


def broken_routine(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    assert window.select_routine("my-evening")
    return [window]


def running_session(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    window.start_selected()
    wait_for(window, scene.clock, 12.5)  # into the first press
    return [window]


def paused_session(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    window.start_selected()
    wait_for(window, scene.clock, 3)
    assert window.runner is not None
    window.runner.pause()
    assert window.runner.session.state is State.PAUSED
    return [window]


def optional_step(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    window.select_routine("forearm-lu6")
    window.start_selected()
    assert window.runner is not None
    steps = window.runner.session.timeline.steps
    window.runner.jump(len(steps) - 2)
    window.runner.skip()  # to the optional ice: it waits for a choice
    assert window.runner.session.waiting_for_choice
    return [window]


def end_screen(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    window.start_selected()
    wait_for(window, scene.clock, 1000)
    return [window]


def settings_dialog(scene: Scene) -> list[QWidget]:
    from acutimer.ui.settings_dialog import SettingsDialog

    window = scene.main_window()
    dialog = SettingsDialog(
        window.settings, window, voice_available=False, test_cue=lambda *_: None
    )
    dialog.add_reminders(None)
    dialog.show()
    return [dialog]


def safety_and_about(scene: Scene) -> list[QWidget]:
    from acutimer.ui.safety_dialog import about_dialog, safety_dialog

    shown = [safety_dialog(), about_dialog()]
    for dialog in shown:
        scene.qtbot.addWidget(dialog)
        dialog.show()
    return shown


def point_info(scene: Scene) -> list[QWidget]:
    from acutimer.ui.point_info import point_dialog

    point = scene.points.get("BL40")
    assert point is not None
    dialog = point_dialog(point)
    scene.qtbot.addWidget(dialog)
    dialog.show()
    return [dialog]


def history_window(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    window.start_selected()
    wait_for(window, scene.clock, 1000)  # one session in the history
    window.on_done()
    from acutimer.history.plan import PlanSettings
    from acutimer.ui.history_window import HistoryWindow

    assert window.history is not None
    shown = HistoryWindow(window.history, PlanSettings(window.settings.plan_per_week))
    scene.qtbot.addWidget(shown)
    shown.show()
    return [shown]


def editor(scene: Scene) -> list[QWidget]:
    window = scene.main_window()
    editing = window.routine_menu.customise_selected()
    assert editing is not None
    scene.qtbot.addWidget(editing)
    editing.show()
    return [editing]


WINDOWS: dict[str, Callable[[Scene], list[QWidget]]] = {
    "picker": picker,
    "broken routine": broken_routine,
    "running session": running_session,
    "paused session": paused_session,
    "optional step": optional_step,
    "end screen": end_screen,
    "settings": settings_dialog,
    "safety and about": safety_and_about,
    "point info": point_info,
    "history": history_window,
    "editor": editor,
}


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_text_in_the_window_is_translated(
    name: str, pseudo_locale: None, qtbot: QtBot, tmp_path: Path
) -> None:
    points = shipped_points()
    scene = Scene(qtbot, tmp_path, points)
    tops = WINDOWS[name](scene)
    data = data_of(points, next((t for t in tops if isinstance(t, MainWindow)), None))
    if not isinstance(tops[0], MainWindow):
        data = data_of(points, scene_window(tops[0]))
    problems = [line for top in tops for line in escaped(top, data)]
    assert not problems, "\n".join(problems)


def scene_window(widget: QWidget) -> MainWindow | None:
    """The main window a dialog belongs to, for its routines' texts."""
    for top in QApplication.topLevelWidgets():
        if isinstance(top, MainWindow) and top.loaded:
            return top
    return None


# -- the check itself ----------------------------------------------------------------


def test_the_pseudo_translation_brackets_words_and_keeps_placeholders() -> None:
    assert pseudo("Step {number} of {steps}: <b>{title}</b>") == (
        "⟦Step⟧ {number} ⟦of⟧ {steps}: <b>{title}</b>"
    )
    assert pseudo("%n session(s) a week") == "%n ⟦session⟧(⟦s⟧) ⟦a⟧ ⟦week⟧"


def test_a_string_that_skipped_translation_is_found(pseudo_locale: None, qtbot: QtBot) -> None:
    translated = QCoreApplication.translate("SessionView", "Time left in all")
    assert translated == "⟦Time⟧ ⟦left⟧ ⟦in⟧ ⟦all⟧"
    data = Data()
    data.add("Union Valley")
    label = QLabel()
    qtbot.addWidget(label)
    label.setAccessibleName(translated)
    label.setText(f"{translated}: Union Valley, left hand")  # data, then English
    assert escaped(label, data) == [
        "QLabel: '⟦Time⟧ ⟦left⟧ ⟦in⟧ ⟦all⟧: Union Valley, left hand' (unmarked: ': , left hand')"
    ]
    # A context lupdate never saw is not translated either.
    assert QCoreApplication.translate("NoSuchContext", "Time left in all") == "Time left in all"
