"""The real app, with a session under way, for the fault tests to kill (test_interrupted.py).

    python -m tests.faults.app_child ROUTINE SPEED [PAIN_BEFORE [DIALOG]]

Runs ``acutimer --routine ROUTINE --start --speed SPEED`` as the command does (and
ends the process as it does), with the pain-before rating set first (PAIN_BEFORE, "-"
for none; a person would click it).
Prints ``window: ID`` (the main window's X id) and ``notice: ...`` with the status
bar's message once the window has loaded, and ``step N`` as each step starts, so the
parent knows when to strike. With ROUTINE "-", opens the window, prints the notice and
quits.

With DIALOG (a name in ``DIALOGS``), once step 2 has started the window opens that
dialog the way its menu or button does, and prints ``dialog: ID TITLE`` once the dialog
is on screen and holds the window (its own event loop is running).

With ``--background`` first, runs ``acutimer --background`` instead and prints
``serving`` once it answers on D-Bus; the window opens when asked (``acutimer`` again)
and then starts ROUTINE as above. ``ended ENDING`` follows a session's end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from acutimer import app
from acutimer.core.events import SessionEnded, StepStarted
from acutimer.ui.main_window import MainWindow


def _delete_history(window: MainWindow) -> None:
    window.show_history()
    if window.history_window is not None:
        window.history_window.delete_all_data()


DIALOGS: dict[str, Callable[[MainWindow], object]] = {
    "stop": lambda w: w.actions_["stop"].trigger(),  # "Stop the session?"
    "quit": lambda w: w.actions_["quit"].trigger(),  # "A session is running. Stop it and quit?"
    "settings": lambda w: w.actions_["settings"].trigger(),
    "safety": lambda w: w.actions_["safety"].trigger(),
    "delete": _delete_history,  # History's "Delete all my data" QMessageBox.question
    "export": lambda w: w.actions_["export"].trigger(),  # QFileDialog.getSaveFileName
}


def _when_dialog_shown() -> None:
    """Poll (from inside the dialog's own loop) until it is exposed, then say so."""
    dialog = QApplication.activeModalWidget()
    handle = dialog.windowHandle() if dialog is not None else None
    if dialog is None or handle is None or not handle.isExposed():
        QTimer.singleShot(20, _when_dialog_shown)
        return
    print(f"dialog: {int(dialog.winId())} {dialog.windowTitle()}", flush=True)


def main(routine: str, speed: float, pain: str, dialog: str, background: bool) -> int:
    load = MainWindow.load
    start_selected = MainWindow.start_selected

    def loaded(self: MainWindow, *args: object, **kwargs: object) -> None:
        load(self, *args, **kwargs)  # type: ignore[arg-type]
        print(f"window: {int(self.winId())}", flush=True)
        print(f"notice: {self.statusBar().currentMessage()}", flush=True)
        self.runner_changed.connect(lambda runner: follow(self, runner))
        if routine == "-":
            QTimer.singleShot(0, self.close)
        elif background:
            self.when_listed(lambda: self.select_routine(routine) and self.start_selected())

    def started(self: MainWindow) -> None:
        if pain != "-":
            self.picker.rating.button(int(pain)).click()
        start_selected(self)

    def follow(window: MainWindow, runner: object) -> None:
        def on_events(events: list[object]) -> None:
            for event in events:
                if isinstance(event, StepStarted):
                    print(f"step {event.step.index + 1}", flush=True)
                    if event.step.index == 1 and dialog != "-":
                        QTimer.singleShot(0, lambda: open_dialog(window))
                elif isinstance(event, SessionEnded):
                    print(f"ended {event.summary.ending.value}", flush=True)

        runner.events_happened.connect(on_events)  # type: ignore[attr-defined]

    def open_dialog(window: MainWindow) -> None:
        QTimer.singleShot(0, _when_dialog_shown)  # runs once the dialog's loop does
        DIALOGS[dialog](window)

    MainWindow.load = loaded  # type: ignore[method-assign]
    MainWindow.start_selected = started  # type: ignore[method-assign]
    if background:
        from acutimer.instance import Instance

        serve = Instance.__init__

        def serving(self: Instance, *args: object, **kwargs: object) -> None:
            serve(self, *args, **kwargs)  # type: ignore[arg-type]
            # The bus name is held: once the event loop runs, a second start hands over.
            QTimer.singleShot(0, lambda: print("serving", flush=True))

        Instance.__init__ = serving  # type: ignore[method-assign]
        return app.run(background=True, speed=speed)
    if routine == "-":
        return app.run()
    return app.run(routine=routine, start=True, speed=speed)


if __name__ == "__main__":
    args = sys.argv[1:]
    in_background = args[:1] == ["--background"]
    if in_background:
        args = args[1:]
    args += ["-"] * (4 - len(args))
    app.end_process(main(args[0], float(args[1]), args[2], args[3], in_background))
