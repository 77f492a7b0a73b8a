"""The routine picker: the list of routines, the chosen one's details, and Start."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.catalogue import Entry, Origin
from acutimer.core.i18n import Context, translate
from acutimer.core.loader import ResolvedRoutine
from acutimer.core.points import CODES_LEGEND, Flag, PointLibrary
from acutimer.core.sides import Side
from acutimer.core.timeline import LIE_ON_SIDE, Timeline, build_timeline, clock_text
from acutimer.qt.settings import Settings
from acutimer.ui.broken_routine import FixBar, problems_html
from acutimer.ui.details_parts import cautions_once, footer_html, steps_html
from acutimer.ui.pain_rating import PainRating
from acutimer.ui.point_info import point_html
from acutimer.ui.routine_list import area_words, heading, list_title, ordered
from acutimer.ui.routine_picture import routine_picture
from acutimer.ui.words import START, say
from acutimer.ui.wrapped_items import WrappedItems

ENTRY_ROLE = Qt.ItemDataRole.UserRole
PICKER = Context("PICKER")
"""The list's counted words (acutimer/core/i18n.py: plural forms, English ones too)."""
PICTURE_URL = "acutimer:routine-points"


def _heading_item(text: str, font: QFont) -> QListWidgetItem:
    """A section heading in the list: bold, neither selectable nor a routine."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    bold = QFont(font)
    bold.setBold(True)
    item.setFont(bold)
    return item


def has_each_side(routine: ResolvedRoutine) -> bool:
    return any(block.each_side for block in routine.blocks)


def pregnancy_warning(routine: ResolvedRoutine, points: PointLibrary) -> bool:
    return any(
        (p := points.get(code)) is not None and p.flagged(Flag.PREGNANCY_FORBIDDEN)
        for code in routine.point_codes()
    )


def usable(timeline: Timeline, routine: ResolvedRoutine) -> bool:
    """False when pregnancy mode left out every point of a routine that had some."""
    if not routine.point_codes():
        return True
    return any(phase.point for phase in timeline.phases)


class RoutinePicker(QWidget):
    """Choose a routine and press Start.

    Signals:
        start_requested(ResolvedRoutine, Side, bool): the routine, the side that hurts
            more (Side.LEFT or Side.RIGHT), and whether pregnancy mode is on (whether it
            also leaves out the points with a pregnancy caution is in the settings).
        selection_changed(): another routine is selected (the Start action re-checks).
        open_folder_requested(), reload_requested(): a broken routine's Open folder and
            Reload buttons.
    """

    start_requested = Signal(object, object, bool)
    selection_changed = Signal()
    open_folder_requested = Signal()
    reload_requested = Signal()

    def __init__(
        self, points: PointLibrary, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.points = points
        self.settings = settings
        self.entries: list[Entry] = []
        # Timelines by routine and the choices that shape them: each is built once per
        # list, and a reload (the same routine objects, from the routine cache) reuses them.
        self._timelines: dict[tuple[int, str, bool, bool], tuple[ResolvedRoutine, Timeline]] = {}

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setWordWrap(True)
        # Laid out again when its width changes, each item as tall as its wrapped text.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(WrappedItems(self.list))
        self.list.setSpacing(4)
        self.list.setMinimumWidth(220)
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.list.setFont(font)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Routine details"))
        self.details.setOpenExternalLinks(False)
        self.fix_bar = FixBar()
        self.fix_bar.setVisible(False)
        self.details.setMinimumHeight(100)  # on a short screen the page scrolls instead

        self.side_label = QLabel(self.tr("Which side hurts more? It goes first."))
        self.left = QRadioButton(self.tr("&Left"))
        self.right = QRadioButton(self.tr("&Right"))
        self.left.setAccessibleName(self.tr("Left side first"))
        self.right.setAccessibleName(self.tr("Right side first"))
        self.sides = QButtonGroup(self)
        self.sides.addButton(self.left)
        self.sides.addButton(self.right)
        self._show_first_side(settings.first_side)

        self.pregnancy = QCheckBox(
            self.tr("&Pregnancy mode: leave out points never pressed in pregnancy (LI4, KI1)")
        )
        self.pregnancy.setAccessibleName(self.tr("Pregnancy mode"))
        self.pregnancy.setChecked(settings.pregnancy_safe)
        self.cautions_out = QCheckBox(self.tr("Also leave &out points with a pregnancy caution"))
        self.cautions_out.setAccessibleName(
            self.tr("Also leave out points with a pregnancy caution")
        )
        self.cautions_out.setChecked(settings.pregnancy_cautions_out)
        self.cautions_out.setVisible(settings.pregnancy_safe)

        self.rating = PainRating(
            self.tr("Before you start: how much does your back hurt? (optional)"), with_note=False
        )

        self.start_button = QPushButton(say(START))
        self.start_button.setAccessibleName(self.tr("Start the routine"))
        self.start_button.setToolTip(self.tr("Start the routine (Space)"))
        big = QFont(self.start_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.start_button.setFont(big)
        self.start_button.setMinimumHeight(48)

        side_row = QHBoxLayout()
        side_row.addWidget(self.side_label)
        side_row.addWidget(self.left)
        side_row.addWidget(self.right)
        side_row.addStretch()
        right_pane = QWidget()
        right_layout = QVBoxLayout(right_pane)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.fix_bar)
        right_layout.addLayout(side_row)
        right_layout.addWidget(self.pregnancy)
        right_layout.addWidget(self.cautions_out)
        right_layout.addWidget(self.rating)
        right_layout.addWidget(self.start_button)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right_pane)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self.on_selection)
        self.list.itemActivated.connect(lambda _item: self.request_start())
        self.left.toggled.connect(self.on_side_chosen)
        self.pregnancy.toggled.connect(self.on_pregnancy_chosen)
        self.cautions_out.toggled.connect(self.on_pregnancy_chosen)
        self.start_button.clicked.connect(self.request_start)
        self.fix_bar.open_folder_requested.connect(self.open_folder_requested)
        self.fix_bar.reload_requested.connect(self.reload_requested)
        self.settings.changed.connect(self.on_settings_changed)

    # -- content ----------------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        """List the routines by purpose under headings; select the one selected before,
        else the one last started, else the first."""
        current = self.selected_id()
        self.entries = entries
        alive = {id(e.routine): e.routine for e in entries if e.routine is not None}
        self._timelines = {k: v for k, v in self._timelines.items() if alive.get(k[0]) is v[0]}
        self.list.clear()
        seconds = {
            e.id: self._timeline_for(e.routine).seconds for e in entries if e.routine is not None
        }
        for section, members in ordered(entries, seconds, self.points):
            self.list.addItem(_heading_item(heading(section), self.list.font()))
            for entry in members:
                item = QListWidgetItem(self._item_text(entry))
                item.setData(ENTRY_ROLE, entry)
                if entry.routine is None:
                    # Selectable and clear: its details list every problem and the fix.
                    item.setToolTip("\n".join(str(p) for p in entry.problems))
                else:
                    available = usable(self._timeline_for(entry.routine), entry.routine)
                    self._set_available(item, available)
                self.list.addItem(item)
        for wanted in (current, self.settings.last_routine):
            if wanted and self.select(wanted):
                return
        self._select_first()

    def _select_first(self) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ENTRY_ROLE) is not None:
                self.list.setCurrentRow(row)
                return

    def _item_text(self, entry: Entry) -> str:
        if entry.routine is None:
            count = len(entry.problems)
            fixing = PICKER.tr("⚠ Needs fixing: %n problem(s)", "", count)
            return f"{entry.title}\n{fixing}"
        timeline = self._timeline_for(entry.routine)
        title = list_title(entry.title)
        if entry.source is Origin.USER:
            title = self.tr("{title} (yours)").replace("{title}", title)
        gone = ", ".join(dict.fromkeys(x.point for x in timeline.left_out))
        if not usable(timeline, entry.routine):
            missing = self.tr("Not available in pregnancy mode (leaves out {points})")
            return f"{title}\n{missing.replace('{points}', gone)}"
        kept = {p.point for p in timeline.phases if p.point}
        codes = [c for c in entry.routine.point_codes() if c in kept]
        # Where on the body, in words; the codes are in the details.
        shown = area_words(entry.routine, self.points, codes)
        if self.pregnancy.isChecked():
            badge = self.tr("(leaves out {points})").replace("{points}", gone) if gone else ""
        elif pregnancy_warning(entry.routine, self.points):
            badge = self.tr("⚠ not in pregnancy")
        else:
            badge = ""
        line = f"{clock_text(timeline.seconds)} · {shown}" + (f"   {badge}" if badge else "")
        return f"{title}\n{line}"

    def _timeline_for(self, routine: ResolvedRoutine) -> Timeline:
        """The routine as it would run now: the chosen side first, pregnancy mode applied."""
        pregnancy = self.pregnancy.isChecked()
        cautions_out = pregnancy and self.cautions_out.isChecked()
        key = (id(routine), self.first_side(), pregnancy, cautions_out)
        kept = self._timelines.get(key)
        if kept is not None and kept[0] is routine:
            return kept[1]
        timeline = build_timeline(
            routine,
            self.points,
            first_side=self.first_side(),
            pregnancy_safe=pregnancy,
            leave_out_cautions=cautions_out,
        )
        self._timelines[key] = (routine, timeline)
        return timeline

    def _refresh_items(self) -> None:
        """Pregnancy mode changes what is left of each routine: say so in the list."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            entry: Entry | None = item.data(ENTRY_ROLE)
            if entry is None:
                continue  # a heading
            item.setText(self._item_text(entry))
            if entry.routine is not None:
                self._set_available(item, usable(self._timeline_for(entry.routine), entry.routine))

    @staticmethod
    def _set_available(item: QListWidgetItem, available: bool) -> None:
        # Still selectable, so its details say why it cannot be started.
        flags = item.flags() | Qt.ItemFlag.ItemIsSelectable
        if available:
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
        else:
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)

    def _display(self, code: str) -> str:
        point = self.points.get(code)
        return point.display_code if point else code

    def select(self, routine_id: str) -> bool:
        for row in range(self.list.count()):
            entry: Entry | None = self.list.item(row).data(ENTRY_ROLE)
            if entry is not None and entry.id == routine_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def selected_entry(self) -> Entry | None:
        item = self.list.currentItem()
        return item.data(ENTRY_ROLE) if item else None

    def selected_id(self) -> str | None:
        entry = self.selected_entry()
        return entry.id if entry else None

    def first_side(self) -> Side:
        return Side.RIGHT if self.right.isChecked() else Side.LEFT

    def _show_first_side(self, side: Side) -> None:
        (self.right if side is Side.RIGHT else self.left).setChecked(True)

    def timeline(self) -> Timeline | None:
        entry = self.selected_entry()
        if entry is None or entry.routine is None:
            return None
        return self._timeline_for(entry.routine)

    def can_start(self) -> bool:
        entry = self.selected_entry()
        timeline = self.timeline()
        return bool(entry and entry.routine and timeline and usable(timeline, entry.routine))

    # -- reactions --------------------------------------------------------------

    def on_selection(self, *_args: object) -> None:
        self._show_details()
        self.selection_changed.emit()

    def on_side_chosen(self, *_args: object) -> None:
        self.settings.first_side = self.first_side()
        self._options_changed()

    def on_pregnancy_chosen(self, *_args: object) -> None:
        self.settings.pregnancy_safe = self.pregnancy.isChecked()
        self.settings.pregnancy_cautions_out = self.cautions_out.isChecked()
        self.cautions_out.setVisible(self.pregnancy.isChecked())
        self._refresh_items()
        self._options_changed()

    def on_settings_changed(self, key: str) -> None:
        """The Settings dialog changed a default this page shows: follow it."""
        if key == "picker/last_routine":
            return  # the picker wrote it itself
        widgets = (self.left, self.right, self.pregnancy, self.cautions_out)
        for widget in widgets:
            widget.blockSignals(True)
        self.pregnancy.setChecked(self.settings.pregnancy_safe)
        self.cautions_out.setChecked(self.settings.pregnancy_cautions_out)
        self.cautions_out.setVisible(self.settings.pregnancy_safe)
        self._show_first_side(self.settings.first_side)
        for widget in widgets:
            widget.blockSignals(False)
        self._refresh_items()
        self._options_changed()

    def _options_changed(self) -> None:
        self._show_details()
        self.selection_changed.emit()

    def request_start(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.routine is None or not self.can_start():
            return
        self.settings.last_routine = entry.id  # selected first next time
        self.start_requested.emit(entry.routine, self.first_side(), self.pregnancy.isChecked())

    def _show_details(self) -> None:
        entry = self.selected_entry()
        self.start_button.setEnabled(self.can_start())
        if entry is None:
            self.fix_bar.setVisible(False)
            self.details.setHtml("<p>" + self.tr("Choose a routine on the left.") + "</p>")
            return
        self.fix_bar.setVisible(entry.routine is None)
        if entry.routine is None:
            self.details.setHtml(problems_html(entry))
            for widget in (self.side_label, self.left, self.right):
                widget.setVisible(False)
            return
        routine = entry.routine
        sided = has_each_side(routine)
        for widget in (self.side_label, self.left, self.right):
            widget.setVisible(sided)
        timeline = self.timeline()
        assert timeline is not None
        self.details.setHtml(
            details_html(
                routine,
                timeline,
                self.points,
                pregnancy=self.pregnancy.isChecked(),
                cautions_out=self.cautions_out.isChecked(),
                picture=self._add_picture(routine),
            )
        )

    def _add_picture(self, routine: ResolvedRoutine) -> bool:
        """Put the routine's points picture in the details' resources; False if none."""
        picture = routine_picture(routine, self.points, self.palette(), self.devicePixelRatioF())
        if picture is None:
            return False
        self.details.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(PICTURE_URL), picture
        )
        return True


def details_html(
    routine: ResolvedRoutine,
    timeline: Timeline,
    points: PointLibrary,
    *,
    pregnancy: bool = False,
    cautions_out: bool = False,
    picture: bool = False,
) -> str:
    """The chosen routine in full; with ``picture``, the image resource PICTURE_URL (the
    routine's points) stands under its title."""
    e = html.escape
    r = routine.routine
    parts = [
        f"<h2>{e(r.title)}</h2>",
        f"<p>{e(r.summary)}</p>",
        "<p>"
        + QCoreApplication.translate("RoutineDetails", "<b>For:</b> {audience}").replace(
            "{audience}", e(r.audience)
        )
        + "<br>"
        + QCoreApplication.translate("RoutineDetails", "<b>Time:</b> {time}").replace(
            "{time}", clock_text(timeline.seconds)
        )
        + "</p>",
    ]
    if picture:
        parts.append(f"<p align='center'><img src='{PICTURE_URL}'></p>")
    if pregnancy:
        parts.append(_pregnancy_html(routine, timeline, points, cautions_out))
    parts.append("<h3>" + QCoreApplication.translate("RoutineDetails", "Steps") + "</h3>")
    codes = [p.display_code for c in routine.point_codes() if (p := points.get(c))]
    if any("(" in code for code in codes):
        # Here, where the bracketed codes first appear: "BL39 (B-53)" is not BL53.
        parts.append(f"<p><i>{e(translate('Points', CODES_LEGEND))}</i></p>")
    parts.append(steps_html(timeline, points))
    cautions = cautions_once(routine, points)
    if cautions:
        parts.append(
            "<h3>"
            + QCoreApplication.translate("RoutineDetails", "Cautions")
            + "</h3><ul>"
            + "".join(f"<li>{e(c)}</li>" for c in cautions)
            + "</ul>"
        )
    kept = dict.fromkeys(step.point for step in timeline.steps if step.point)
    if kept:
        points_heading = QCoreApplication.translate("RoutineDetails", "The points")
        parts.append(f"<h3>{points_heading}</h3>")
        # Their cautions are in the list above already.
        parts.extend(
            point_html(p, "h4", cautions=False) for code in kept if (p := points.get(code))
        )
    parts.append(footer_html(routine))
    return "".join(parts)


def _pregnancy_html(
    routine: ResolvedRoutine, timeline: Timeline, points: PointLibrary, cautions_out: bool
) -> str:
    """What pregnancy mode did to this routine, the points it keeps that need care, and
    how to lie."""
    e = html.escape
    parts = []
    if timeline.left_out:
        items = "".join(
            f"<li><b>{e(x.point)}</b> ({e(x.title)}): {e(x.reason)}</li>" for x in timeline.left_out
        )
        heading = QCoreApplication.translate("RoutineDetails", "Pregnancy mode leaves out:")
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    if not usable(timeline, routine):
        parts.append(
            QCoreApplication.translate(
                "RoutineDetails",
                "<p><b>Nothing is left of this routine in pregnancy mode.</b> "
                "Choose another routine.</p>",
            )
        )
        return "".join(parts)
    kept = dict.fromkeys(p.point for p in timeline.phases if p.point)
    careful = [
        (point, caution)
        for code in kept
        if (point := points.get(code))
        for caution in point.flagged(Flag.PREGNANCY_CAUTION)
    ]
    if careful:
        items = "".join(
            f"<li><b>{e(point.display_code)}</b>: {e(caution.text)}</li>"
            for point, caution in careful
        )
        heading = QCoreApplication.translate(
            "RoutineDetails", "Points in this routine with a pregnancy caution:"
        )
        tick = QCoreApplication.translate(
            "RoutineDetails",
            "Tick <i>Also leave out points with a pregnancy caution</i> below to leave them "
            "out too.",
        )
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul><p>{tick}</p>")
    elif not cautions_out:
        none = QCoreApplication.translate(
            "RoutineDetails", "No point in this routine carries a pregnancy caution."
        )
        parts.append(f"<p>{none}</p>")
    parts.append(f"<p><b>{e(translate('Timeline', LIE_ON_SIDE))}</b></p>")
    return "".join(parts)
