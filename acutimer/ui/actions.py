"""Every command of the window as a QAction: menu entry, toolbar button, shortcut,
tooltip and accessible name declared in one place."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from acutimer.core.i18n import QT_TRANSLATE_NOOP


class Spec(NamedTuple):  # not a dataclass: dataclasses adds 3 ms to start-up
    text: str
    keys: tuple[str, ...]
    tip: str


SPECS: dict[str, Spec] = {
    "start_pause": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Start"),
        ("Space",),
        QT_TRANSLATE_NOOP("Actions", "Start, pause or resume"),
    ),
    "back": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        ("Left", "P"),
        QT_TRANSLATE_NOOP("Actions", "Back: restart this step, or the previous step if just begun"),
    ),
    "skip": Spec(
        QT_TRANSLATE_NOOP("Actions", "S&kip step"),
        ("Right", "N"),
        QT_TRANSLATE_NOOP("Actions", "Skip this step and go to the next one"),
    ),
    "restart": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Restart step"),
        ("R",),
        QT_TRANSLATE_NOOP("Actions", "Start this step again"),
    ),
    "extend": Spec(
        QT_TRANSLATE_NOOP("Actions", "+15 s"),
        ("+", "="),
        QT_TRANSLATE_NOOP("Actions", "Hold 15 seconds longer"),
    ),
    "stop": Spec(
        QT_TRANSLATE_NOOP("Actions", "S&top"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Actions", "Stop the session (it asks first)"),
    ),
    "lying_down": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Lying-down mode"),
        ("F11",),
        QT_TRANSLATE_NOOP("Actions", "Full screen: just the countdown, huge"),
    ),
    "reload": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Reload routines"),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Read the routine files again"),
    ),
    "open_folder": Spec(
        QT_TRANSLATE_NOOP("Actions", "Open &my routines folder"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Where your own routine files go"),
    ),
    "history": Spec(
        QT_TRANSLATE_NOOP("Actions", "&History"),
        ("Ctrl+H",),
        QT_TRANSLATE_NOOP("Actions", "Past sessions, pain ratings and the plan"),
    ),
    "export": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Export history…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Save your history as a CSV file"),
    ),
    "settings": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Actions", "Sound, voice, sides and more"),
    ),
    "quit": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Quit acutimer"),
    ),
    "safety": Spec(
        QT_TRANSLATE_NOOP("Actions", "&Safety"),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "When to see a doctor, and pressing safely"),
    ),
    "about": Spec(
        QT_TRANSLATE_NOOP("Actions", "&About acutimer"),
        (),
        QT_TRANSLATE_NOOP("Actions", "What acutimer is, and what the evidence says"),
    ),
}


def shortcut_words(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    if len(keys) == 2:
        return (
            QCoreApplication.translate("Actions", "{key} or {other}")
            .replace("{key}", keys[0])
            .replace("{other}", keys[1])
        )
    return keys[0] if keys else ""


def make_actions(parent: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for name, spec in SPECS.items():
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(name)
        sequences = [QKeySequence(k) for k in spec.keys]
        action.setShortcuts(sequences)
        # The context is Qt's default, WindowShortcut; not setting it keeps the Qt
        # namespace (45 ms to build its enums) out of the window's first paint.
        set_tip(action, QCoreApplication.translate("Actions", spec.tip))
        actions[name] = action
    actions["lying_down"].setCheckable(True)
    return actions


def set_tip(action: QAction, tip: str) -> None:
    """Tooltip with the shortcut, and the same words for screen readers."""
    keys = shortcut_words(action)
    with_keys = QCoreApplication.translate("Actions", "{tip} ({keys})")
    action.setToolTip(with_keys.replace("{tip}", tip).replace("{keys}", keys) if keys else tip)
    action.setStatusTip(tip)
    action.setWhatsThis(tip)
