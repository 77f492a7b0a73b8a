"""Windows that fit the screen they open on: sized from its available geometry.

A 1366x768 laptop, or a 1080p screen at 2x scaling (960x540 logical pixels), has
less room than the 1100x760 a window would like. Every top-level window asks here for
its size; a saved geometry is used only if it still fits the screen it lands on.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

SCREEN_SHARE = 0.92
"""A window takes at most this share of the available width and height."""
FRAME_ALLOWANCE = QSize(16, 40)
"""Room for the window manager's frame and title bar, before the window is shown
(until then Qt does not know the frame)."""


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable part of the screen ``widget`` is on (panels and docks excluded)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, area: QRect, minimum: QSize | None = None) -> QSize:
    """``wanted``, shrunk to fit ``area`` with its frame; never below ``minimum`` unless
    the screen itself is smaller."""
    room = QSize(
        int(area.width() * SCREEN_SHARE) - FRAME_ALLOWANCE.width(),
        int(area.height() * SCREEN_SHARE) - FRAME_ALLOWANCE.height(),
    )
    if area.height() < 800:  # small screens: use nearly all of the height
        room.setHeight(area.height() - FRAME_ALLOWANCE.height())
    size = wanted.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    return size


def fit_window(window: QWidget, wanted: QSize, *, area: QRect | None = None) -> None:
    """Size ``window`` for its screen and centre it there."""
    area = area or available_geometry(window)
    size = fitted_size(wanted, area, window.minimumSizeHint())
    window.resize(size)
    top_left = area.center() - QPoint(size.width() // 2, (size.height() + 24) // 2)
    window.move(
        max(top_left.x(), area.left()),
        max(top_left.y(), area.top()),
    )


def restore_or_fit(
    window: QWidget, saved: QByteArray | None, wanted: QSize, *, area: QRect | None = None
) -> bool:
    """Restore ``saved`` if it still fits the screen, else fit ``wanted``; True if restored."""
    area = area or available_geometry(window)
    restored = saved is not None and window.restoreGeometry(saved)
    if restored and (window.isMaximized() or fits(window.geometry(), area)):
        return True
    fit_window(window, wanted, area=area)
    return False


def fits(rect: QRect, area: QRect) -> bool:
    """Whether a window's client rectangle, with room for its frame, lies on ``area``."""
    framed = rect.adjusted(0, -(FRAME_ALLOWANCE.height() - 8), 0, 0)
    return area.contains(framed)


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: on a small screen it scrolls instead of
    pushing the window past the screen's edge."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class _FullHeight(QObject):
    """Keeps a word-wrapped label as tall as its text at its present width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            wanted = watched.heightForWidth(watched.width())
            if wanted > 0 and watched.minimumHeight() != wanted:
                watched.setMinimumHeight(wanted)
        return False


def full_height(label: QLabel) -> QLabel:
    """Never cut off the end of ``label``'s wrapped text.

    A layout inside a splitter or a scroll area gives a word-wrapped label the height
    it would need at some other width, so the last lines of a long text (the last
    warning sign) were cut off; this sets its minimum height from its real width.
    """
    keeper = _FullHeight(label)
    label.installEventFilter(keeper)
    return label
