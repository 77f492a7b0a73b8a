"""High contrast: WCAG contrast ratios, the high-contrast window palette, and whether the
desktop asks for high contrast (Qt 6.10+ reads it from the platform's accessibility hints)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from acutimer.ui.pyside_hints import accessibility_hints

TEXT_MINIMUM = 4.5
"""WCAG AA for ordinary text."""
LARGE_MINIMUM = 3.0
"""WCAG AA for large text (the countdown's digits)."""


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dimmed(text: QColor, window: QColor, minimum: float = LARGE_MINIMUM) -> QColor:
    """Paused digits: as close to the background as they may come and still be read
    (``minimum`` contrast), so they look clearly not live."""
    for share in (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9):
        colour = QColor(
            round(window.red() + (text.red() - window.red()) * share),
            round(window.green() + (text.green() - window.green()) * share),
            round(window.blue() + (text.blue() - window.blue()) * share),
        )
        if contrast_ratio(colour, window) >= minimum:
            return colour
    return QColor(text)


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white (or white on black) for every role, selections in strong blue."""
    black, white = QColor("#000000"), QColor("#ffffff")
    ink, paper = (white, black) if dark else (black, white)
    palette = QPalette(ink, paper)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, paper)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        palette.setColor(role, ink)
    palette.setColor(QPalette.ColorRole.ToolTipBase, paper)
    palette.setColor(QPalette.ColorRole.AlternateBase, paper)
    palette.setColor(QPalette.ColorRole.PlaceholderText, ink)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#7297ff" if dark else "#1a47c4"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000" if dark else "#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#7297ff" if dark else "#1a47c4"))
    # Frames and grooves (the progress bar's, a button's edge) at WCAG's 3:1 for parts
    # of controls; highlights behind them in the paper colour.
    edge = dimmed(ink, paper, LARGE_MINIMUM)
    for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow):
        palette.setColor(role, edge)
    for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight):
        palette.setColor(role, paper)
    # Disabled text (hints, greyed buttons) still reads at 4.5:1.
    quiet = dimmed(ink, paper, TEXT_MINIMUM)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, quiet)
    return palette


def in_high_contrast(palette: QPalette) -> bool:
    """``palette`` is the high-contrast one (ContrastMode puts it on the whole app):
    widgets that choose their own colours take their strongest."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    high = high_contrast_palette(dark)
    return all(
        palette.color(role) == high.color(role)
        for role in (
            QPalette.ColorRole.Window,
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Highlight,
        )
    )


def restyle_sheets() -> None:
    """Style sheets read ``palette(...)`` once, when a widget is polished: after the
    app's palette changed, every widget with a style sheet is polished again, so the end
    screen's card or the chosen pain number take the new colours."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def desktop_wants_high_contrast() -> bool:
    """True when the desktop's accessibility settings ask for high contrast."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    hints = accessibility_hints(app)
    return bool(hints.contrastPreference() == Qt.ContrastPreference.HighContrast)


class ContrastMode(QObject):
    """Puts the whole app in high contrast while Settings or the desktop asks for it,
    and gives the desktop's own palette back when neither does.

    ``changed(bool)``: high contrast was turned on (True) or off.
    """

    changed = Signal(bool)

    def __init__(self, wanted: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = wanted
        self._desktop: QPalette | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            hints = accessibility_hints(app)
            hints.contrastPreferenceChanged.connect(lambda _preference: self.apply())

    @property
    def on(self) -> bool:
        return self._desktop is not None

    def apply(self) -> None:
        """Follow the setting and the desktop as they stand now."""
        want = self._wanted() or desktop_wants_high_contrast()
        if want == self.on:
            return
        if want:
            self._desktop = QPalette(QGuiApplication.palette())
            dark = self._desktop.color(QPalette.ColorRole.Window).lightness() < 128
            QGuiApplication.setPalette(high_contrast_palette(dark))
        else:
            assert self._desktop is not None
            QGuiApplication.setPalette(self._desktop)
            self._desktop = None
        restyle_sheets()
        self.changed.emit(want)
