"""Opening the window (built in the desktop-window issue)."""

from __future__ import annotations


def run(*, routine: str | None = None, start: bool = False, speed: float = 1.0) -> int:
    print("The window is not built yet; try `acutimer list` or `acutimer timeline hand-li4`.")
    return 0
