"""The real app, with a session under way, for the fault tests to kill (test_interrupted.py).

    python -m tests.faults.app_child ROUTINE SPEED [PAIN_BEFORE]

Runs ``acutimer --routine ROUTINE --start --speed SPEED`` as the command does, with
the pain-before rating set first (PAIN_BEFORE, "-" for none; a person would click it).
Prints ``step N`` as each step starts and ``notice: ...`` with the status bar's
message once the window has loaded, so the parent knows when to strike. With
ROUTINE "-", opens the window, prints the notice and quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from acutimer import app
from acutimer.core.events import StepStarted
from acutimer.ui.main_window import MainWindow


def main(routine: str, speed: float, pain: str) -> int:
    load = MainWindow.load
    start_selected = MainWindow.start_selected

    def loaded(self: MainWindow, *args: object, **kwargs: object) -> None:
        load(self, *args, **kwargs)  # type: ignore[arg-type]
        print(f"notice: {self.statusBar().currentMessage()}", flush=True)
        self.runner_changed.connect(follow)
        if routine == "-":
            QTimer.singleShot(0, self.close)

    def started(self: MainWindow) -> None:
        if pain != "-":
            self.picker.rating.button(int(pain)).click()
        start_selected(self)

    def follow(runner: object) -> None:
        def on_events(events: list[object]) -> None:
            for event in events:
                if isinstance(event, StepStarted):
                    print(f"step {event.step.index + 1}", flush=True)

        runner.events_happened.connect(on_events)  # type: ignore[attr-defined]

    MainWindow.load = loaded  # type: ignore[method-assign]
    MainWindow.start_selected = started  # type: ignore[method-assign]
    if routine == "-":
        return app.run()
    return app.run(routine=routine, start=True, speed=speed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "-"))
