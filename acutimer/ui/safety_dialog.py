"""The first-start safety note and Help > About: plain words, no promises."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acutimer import __version__
from acutimer.core.i18n import translate
from acutimer.core.points import CODES_LEGEND
from acutimer.core.safety import CHECK_FIRST, SEE_A_DOCTOR
from acutimer.ui.fit import fit_window
from acutimer.ui.red_flags import red_flags_html
from acutimer.ui.words import window_title


def safety_html() -> str:
    """The first-start safety note, in the user interface's language."""
    pregnancy = QCoreApplication.translate(
        "SafetyNote",
        "If you are pregnant, ask your midwife or doctor before you start, and turn on "
        "<b>Pregnancy mode</b>. It leaves out the points traditionally never pressed in "
        "pregnancy (LI4 on the hand, KI1 on the sole), shows the points some guides advise "
        "care with, and can leave those out too. In later pregnancy, lie on your side rather "
        "than flat on your back.",
    )
    return (
        "<h2>"
        + QCoreApplication.translate("SafetyNote", "Before you start")
        + "</h2><p>"
        + QCoreApplication.translate(
            "SafetyNote", "acutimer is a timer and a guide, not medical advice."
        )
        + "</p>"
        f"<p><b>{html.escape(translate('Safety', CHECK_FIRST))}</b></p>"
        f"<p>{html.escape(translate('Safety', SEE_A_DOCTOR))}</p>"
        + red_flags_html()
        + "<p>"
        + QCoreApplication.translate(
            "SafetyNote",
            "Press firmly and steadily, but never so hard that it hurts. Never press on "
            "broken, bruised or irritated skin, or on the spine itself. Stop if anything "
            "feels wrong.",
        )
        + f"</p><p>{pregnancy}</p>"
    )


def about_html() -> str:
    """Help > About: what acutimer is and what the evidence says."""
    return (
        f"<h2>acutimer {__version__}</h2>"
        + "<p>"
        + QCoreApplication.translate(
            "About", "A calm guide through self-acupressure routines for ordinary back pain."
        )
        + "</p><h3>"
        + QCoreApplication.translate("About", "What the evidence says")
        + "</h3>"
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Small studies suggest that acupressure may modestly ease long-lasting low back "
            "pain. None of them tested the routines in this app.",
        )
        + "</p><ul><li>"
        + QCoreApplication.translate(
            "About",
            "Hsieh and colleagues (BMJ, 2006): 129 people at clinics in one city. Six "
            "sessions of acupressure given by trained practitioners over a month reduced "
            "disability more than physical therapy did, and the difference lasted six months. "
            "This was acupressure from a practitioner, not self-acupressure.",
        )
        + "</li><li>"
        + QCoreApplication.translate(
            "About",
            "Li and colleagues (2021): a systematic review of 23 trials, about 2,400 people, "
            "mostly treated by practitioners. Acupressure eased pain more than physical therapy "
            "or usual care, but the evidence is of low to moderate quality.",
        )
        + "</li><li>"
        + QCoreApplication.translate(
            "About",
            "Murphy and colleagues (Pain Medicine, 2019): a small pilot trial of "
            "self-acupressure, 67 people. In the acupressure groups pain fell by about a third "
            "from where it started over six weeks. Compared with usual care the results "
            "favoured acupressure, but a pilot this small cannot say by how much. Side effects "
            "were few, mostly from pressing too hard.",
        )
        + "</li></ul><p>"
        + QCoreApplication.translate(
            "About",
            "The evidence is of low to moderate quality and acupressure does not replace "
            "medical care.",
        )
        + f" {html.escape(translate('Safety', CHECK_FIRST))}</p>"
        f"<p>{html.escape(translate('Points', CODES_LEGEND))}</p>"
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Point locations follow the WHO Standard Acupuncture Point Locations in the "
            "Western Pacific Region (2008). acutimer keeps everything on your computer and "
            "makes no network connections.",
        )
        + "</p>"
    )


class TextDialog(QDialog):
    """A short, readable page of text with one button."""

    def __init__(
        self, title: str, body_html: str, button: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(title))
        self.text = QLabel(body_html)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.text.setContentsMargins(8, 0, 8, 0)
        # The red flags make the safety note long: it scrolls on a 768-pixel-high screen.
        scroll = QScrollArea()
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The first Tab stop, to scroll by keys: a screen reader reads the whole text.
        scroll.setAccessibleName(title)
        scroll.setAccessibleDescription(QTextDocumentFragment.fromHtml(body_html).toPlainText())
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(button)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self._fit(scroll)

    def _fit(self, scroll: QScrollArea) -> None:
        """As tall as the text needs, within the screen (acutimer.ui.fit); the text
        scrolls and the button stays on screen when it is taller."""
        width = 680
        self.text.setFixedWidth(width - 40)
        wanted = self.text.heightForWidth(width - 40) + 80
        self.text.setMinimumWidth(0)
        self.text.setMaximumWidth(16777215)
        self.setMinimumWidth(0)
        fit_window(self, QSize(width, wanted))


def safety_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(
        QCoreApplication.translate("SafetyNote", "Safety"),
        safety_html(),
        QCoreApplication.translate("SafetyNote", "I understand"),
        parent,
    )


def about_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(
        QCoreApplication.translate("About", "About"),
        about_html(),
        QCoreApplication.translate("About", "Close"),
        parent,
    )
