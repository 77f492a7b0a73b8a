"""Print or save as PDF from the window: the report (History) and the routine card
(the picker). Wired into the main window with one line; the History window's
buttons call ``save_report`` and ``print_report`` here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

# Printing and the report's pages are imported when something is printed: the menu
# entries are made while the window starts, and QtPrintSupport with the report modules
# cost ~10 ms there.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from acutimer.history.plan import PlanSettings
    from acutimer.history.records import SessionRecord
    from acutimer.reports.output import Render
    from acutimer.ui.main_window import MainWindow

    ChoosePrinter = Callable[[QPrinter, QWidget | None], bool]
    """Lets the user pick a printer (or a PDF file) for ``printer``; False: cancelled."""


def report_title() -> str:
    """The report's document name (the PDF's title, the print queue's entry)."""
    return QCoreApplication.translate("Printables", "acutimer report")


def card_title() -> str:
    return QCoreApplication.translate("Printables", "acutimer routine card")


def ask_for_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system's print dialog; on Linux it also offers "Print to File (PDF)"."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    title = QCoreApplication.translate("Printables", "Print – {document}")
    dialog.setWindowTitle(title.replace("{document}", printer.docName()))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_with(
    render: Render, title: str, parent: QWidget | None, choose: ChoosePrinter = ask_for_printer
) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    from acutimer.reports.pages import paper_for, set_paper

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    set_paper(printer, paper_for())
    if not choose(printer, parent):
        return False
    render(printer)
    return True


def report_render(
    records: Sequence[SessionRecord], plan: PlanSettings, today: date, tz: tzinfo | None
) -> Render:
    from acutimer.reports.figures import report_figures
    from acutimer.reports.report import render_report

    figures = report_figures(records, plan, today, tz)
    return lambda device: render_report(device, figures, today)


def save_pdf(
    parent: QWidget | None, render: Render, title: str, suggested: Path, path: Path | None
) -> tuple[bool, str]:
    """Save to ``path`` (asking where if None): whether it was saved, and the sentence
    to show ("" if cancelled)."""
    if path is None:
        pdf = QCoreApplication.translate("Printables", "PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf)
        if not chosen:
            return False, ""
        path = Path(chosen)
    from acutimer.reports.output import write_pdf

    try:
        pages = write_pdf(path, render, title)
    except OSError as error:
        failed = QCoreApplication.translate(
            "Printables", "The PDF could not be saved to {path}: {reason}."
        )
        return False, failed.replace("{path}", str(path)).replace(
            "{reason}", str(error.strerror or error)
        )
    # Two texts: lupdate gives plural forms only to self.tr, and a report has 1 or 2 pages.
    if pages == 1:
        saved = QCoreApplication.translate("Printables", "Saved {path} (1 page).")
    else:
        saved = QCoreApplication.translate("Printables", "Saved {path} ({pages} pages).")
    return True, saved.replace("{path}", str(path)).replace("{pages}", str(pages))


class Printables(QObject):
    """The File menu's report entries, and the picker's **Print or save as PDF…** for
    the selected routine's card (also on a right click in the list)."""

    def __init__(
        self, window: MainWindow, menu: QMenu, choose: ChoosePrinter = ask_for_printer
    ) -> None:
        super().__init__(window)
        self.window = window
        self.choose = choose
        # The picker's words on a right click; the File menu names what is printed.
        self.card_action = QAction(self.tr("&Print or save as PDF…"), window)
        self.card_menu_action = QAction(self.tr("Print or save routine &card…"), window)
        for action in (self.card_action, self.card_menu_action):
            action.setStatusTip(self.tr("A one-page card of the routine, with its diagrams"))
            action.triggered.connect(self.print_card)
        self.report_pdf_action = QAction(self.tr("Save &report as PDF…"), window)
        self.report_pdf_action.setStatusTip(self.tr("Your plan and pain ratings, for a clinician"))
        self.print_report_action = QAction(self.tr("Print re&port…"), window)
        before = window.actions_["settings"]
        for action in (self.report_pdf_action, self.print_report_action, self.card_menu_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        window.picker.list.addAction(self.card_action)
        self.report_pdf_action.triggered.connect(lambda: self._history("save_report"))
        self.print_report_action.triggered.connect(lambda: self._history("print_report"))
        window.picker.selection_changed.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        entry = self.window.picker.selected_entry()
        for action in (self.card_action, self.card_menu_action):
            action.setEnabled(entry is not None and entry.routine is not None)
        has_history = self.window.history is not None
        self.report_pdf_action.setEnabled(has_history)
        self.print_report_action.setEnabled(has_history)

    def card_render(self) -> Render | None:
        from acutimer.reports.card import render_cards

        entry = self.window.picker.selected_entry()
        points = self.window.points
        if entry is None or entry.routine is None or points is None:
            return None
        routine, settings = entry.routine, self.window.settings
        pregnancy = settings.pregnancy_safe
        return lambda device: render_cards(device, [routine], points, pregnancy)

    def print_card(self) -> bool:
        render = self.card_render()
        if render is None:
            return False
        return print_with(render, card_title(), self.window, self.choose)

    def _history(self, method: str) -> None:
        window = self.window._history_window()
        if window is not None:
            getattr(window, method)()
