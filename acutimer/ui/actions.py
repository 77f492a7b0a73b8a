"""Every command of the window as a QAction: menu entry, toolbar button, shortcut,
tooltip and accessible name declared in one place."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class Spec(NamedTuple):  # not a dataclass: dataclasses adds 3 ms to start-up
    text: str
    keys: tuple[str, ...]
    tip: str


SPECS: dict[str, Spec] = {
    "start_pause": Spec("&Start", ("Space",), "Start, pause or resume"),
    "back": Spec(
        "&Back", ("Left", "P"), "Back: restart this step, or the previous step if just begun"
    ),
    "skip": Spec("S&kip step", ("Right", "N"), "Skip this step and go to the next one"),
    "restart": Spec("&Restart step", ("R",), "Start this step again"),
    "extend": Spec("+15 s", ("+", "="), "Hold 15 seconds longer"),
    "stop": Spec("S&top", ("Esc",), "Stop the session (it asks first)"),
    "lying_down": Spec("&Lying-down mode", ("F11",), "Full screen: just the countdown, huge"),
    "reload": Spec("&Reload routines", ("F5",), "Read the routine files again"),
    "open_folder": Spec("Open &my routines folder", (), "Where your own routine files go"),
    "history": Spec("&History", ("Ctrl+H",), "Past sessions, pain ratings and the plan"),
    "export": Spec("&Export history…", ("Ctrl+E",), "Save your history as a CSV file"),
    "settings": Spec("&Settings…", ("Ctrl+,",), "Sound, voice, sides and more"),
    "quit": Spec("&Quit", ("Ctrl+Q",), "Quit acutimer"),
    "safety": Spec("&Safety", ("F1",), "When to see a doctor, and pressing safely"),
    "about": Spec("&About acutimer", (), "What acutimer is, and what the evidence says"),
}


def shortcut_words(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return " or ".join(keys)


def make_actions(parent: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for name, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setObjectName(name)
        sequences = [QKeySequence(k) for k in spec.keys]
        action.setShortcuts(sequences)
        # The context is Qt's default, WindowShortcut; not setting it keeps the Qt
        # namespace (45 ms to build its enums) out of the window's first paint.
        set_tip(action, spec.tip)
        actions[name] = action
    actions["lying_down"].setCheckable(True)
    return actions


def set_tip(action: QAction, tip: str) -> None:
    """Tooltip with the shortcut, and the same words for screen readers."""
    keys = shortcut_words(action)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.setWhatsThis(tip)
