"""The first-start safety note and Help > About: plain words, no promises."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from acutimer import __version__
from acutimer.core.safety import RED_FLAGS, SEE_A_DOCTOR
from acutimer.ui.fit import fit_window, scrolling
from acutimer.ui.words import window_title

SAFETY_HTML = (
    "<h2>Before you start</h2>"
    "<p>acutimer is a timer and a guide, not medical advice.</p>"
    f"<p>{html.escape(SEE_A_DOCTOR)}</p>"
    "<p><b>Get medical help at once if you have:</b></p><ul>"
    + "".join(f"<li>{html.escape(flag)}</li>" for flag in RED_FLAGS)
    + "</ul>"
    "<p>Press firmly and steadily, but never so hard that it hurts. Never press on broken, "
    "bruised or irritated skin, or on the spine itself. Stop if anything feels wrong.</p>"
    "<p>If you are pregnant, turn on <b>pregnancy-safe mode</b> before you start, and ask "
    "your midwife or doctor first.</p>"
)

ABOUT_HTML = (
    f"<h2>acutimer {__version__}</h2>"
    "<p>A calm guide through self-acupressure routines for ordinary back pain.</p>"
    "<h3>What the evidence says</h3>"
    "<p>Small studies suggest that acupressure may modestly ease long-lasting low back pain. "
    "In one trial of 129 people (BMJ, 2006), six acupressure sessions given by a practitioner "
    "over a month reduced disability more than physical therapy did, and the difference "
    "lasted six months. A 2021 review of 23 trials (about 2,400 people, mostly treated by "
    "practitioners) found less pain than with physical therapy or usual care, with low to "
    "moderate certainty. A small pilot of self-given acupressure (67 people, Pain Medicine, "
    "2019) found about a third less pain than usual care, with few side effects, mostly "
    "from pressing too hard.</p>"
    "<p>The evidence is of low to moderate quality, the routines in this app have not been "
    "tested as such, and acupressure does not replace medical care.</p>"
    "<p>Point locations follow the WHO Standard Acupuncture Point Locations in the Western "
    "Pacific Region (2008). acutimer keeps everything on your computer and makes no network "
    "connections.</p>"
)


class TextDialog(QDialog):
    """A short, readable page of text with one button."""

    def __init__(
        self, title: str, body_html: str, button: str = "OK", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(title))
        self.text = QLabel(body_html)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(button)
        buttons.accepted.connect(self.accept)
        self.text.setMargin(8)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.text), 1)  # long text scrolls; the button stays
        layout.addWidget(buttons)
        fit_window(self, QSize(640, 640))


def safety_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog("Safety", SAFETY_HTML, "I understand", parent)


def about_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog("About", ABOUT_HTML, "Close", parent)
