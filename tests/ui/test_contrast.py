"""Every phase colour pair of every palette meets WCAG AA: 4.5:1 for the words on the
phase banner, 3:1 for the large countdown digits (4.5:1 in high contrast)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from acutimer.core.routine import PhaseKind
from acutimer.ui.contrast import (
    LARGE_MINIMUM,
    TEXT_MINIMUM,
    contrast_ratio,
    dimmed,
    high_contrast_palette,
)
from acutimer.ui.phases import SPOKEN, WORDS, phase_palette

# Window colours of common desktops: Fusion, Adwaita, Breeze, plain white and black.
LIGHT_WINDOWS = ("#ffffff", "#efefef", "#f6f5f4", "#eff0f1")
DARK_WINDOWS = ("#000000", "#1e1e1e", "#242424", "#2b2b2b", "#31363b", "#353535")


def test_the_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("high", [False, True], ids=["normal", "high-contrast"])
def test_every_phase_colour_pair_meets_wcag_aa(dark: bool, high: bool) -> None:
    colours = phase_palette(dark=dark, high_contrast=high)
    if high:  # the app's own palette: the window is exactly white or black
        windows = [high_contrast_palette(dark).color(QPalette.ColorRole.Window)]
    else:
        windows = [QColor(name) for name in (DARK_WINDOWS if dark else LIGHT_WINDOWS)]
    digits_minimum = TEXT_MINIMUM if high else LARGE_MINIMUM
    low = []
    for kind in PhaseKind:
        banner = contrast_ratio(colours.banner_text, colours.banners[kind])
        if banner < TEXT_MINIMUM:
            low.append(f"{kind} word on its banner: {banner:.2f}")
        for window in windows:
            digits = contrast_ratio(colours.digits[kind], window)
            if digits < digits_minimum:
                low.append(f"{kind} digits on {window.name()}: {digits:.2f}")
    paused = contrast_ratio(colours.banner_text, colours.paused)
    if paused < TEXT_MINIMUM:
        low.append(f"PAUSED banner: {paused:.2f}")
    assert low == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_high_contrast_text_and_paused_digits_stay_readable(dark: bool) -> None:
    palette = high_contrast_palette(dark)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert contrast_ratio(text, window) == pytest.approx(21.0)
    hint = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert contrast_ratio(hint, window) >= TEXT_MINIMUM
    selected = contrast_ratio(
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.Highlight),
    )
    assert selected >= TEXT_MINIMUM
    assert contrast_ratio(dimmed(text, window, TEXT_MINIMUM), window) >= TEXT_MINIMUM
    for edge in (QPalette.ColorRole.Mid, QPalette.ColorRole.Dark):
        assert contrast_ratio(palette.color(edge), window) >= LARGE_MINIMUM


@pytest.mark.parametrize("window", LIGHT_WINDOWS + DARK_WINDOWS)
def test_paused_digits_are_dimmed_yet_readable(window: str) -> None:
    background = QColor(window)
    text = QColor("#000000" if background.lightness() >= 128 else "#ffffff")
    grey = dimmed(text, background)
    assert LARGE_MINIMUM <= contrast_ratio(grey, background) < contrast_ratio(text, background)


def test_every_phase_has_its_word_beside_its_colour() -> None:
    """Colour never carries the meaning alone: each phase has a word and a spoken word."""
    assert set(WORDS) == set(SPOKEN) == set(PhaseKind)
