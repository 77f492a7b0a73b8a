"""The routine picker: the list of routines, the chosen one's details, and Start."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
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
from acutimer.core.loader import ResolvedRoutine
from acutimer.core.points import CODES_LEGEND, Flag, PointLibrary
from acutimer.core.sides import Side
from acutimer.core.timeline import LIE_ON_SIDE, Timeline, build_timeline, clock_text
from acutimer.qt.settings import Settings
from acutimer.ui.pain_rating import PainRating
from acutimer.ui.point_info import point_html

ENTRY_ROLE = Qt.ItemDataRole.UserRole


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
    """

    start_requested = Signal(object, object, bool)
    selection_changed = Signal()

    def __init__(
        self, points: PointLibrary, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.points = points
        self.settings = settings
        self.entries: list[Entry] = []

        self.list = QListWidget()
        self.list.setAccessibleName("Routines")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setMinimumWidth(280)
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.list.setFont(font)

        self.details = QTextBrowser()
        self.details.setAccessibleName("Routine details")
        self.details.setOpenExternalLinks(False)

        self.side_label = QLabel("Which side hurts more? It goes first.")
        self.left = QRadioButton("&Left")
        self.right = QRadioButton("&Right")
        self.left.setAccessibleName("Left side first")
        self.right.setAccessibleName("Right side first")
        self.sides = QButtonGroup(self)
        self.sides.addButton(self.left)
        self.sides.addButton(self.right)
        self._show_first_side(settings.first_side)

        self.pregnancy = QCheckBox(
            "&Pregnancy mode: leave out points never pressed in pregnancy (LI4, KI1)"
        )
        self.pregnancy.setAccessibleName("Pregnancy mode")
        self.pregnancy.setChecked(settings.pregnancy_safe)
        self.cautions_out = QCheckBox("Also leave &out points with a pregnancy caution")
        self.cautions_out.setAccessibleName("Also leave out points with a pregnancy caution")
        self.cautions_out.setChecked(settings.pregnancy_cautions_out)
        self.cautions_out.setVisible(settings.pregnancy_safe)

        self.rating = PainRating(
            "Before you start: how much does your back hurt? (optional)", with_note=False
        )

        self.start_button = QPushButton("Start")
        self.start_button.setAccessibleName("Start the routine")
        self.start_button.setToolTip("Start the routine (Space)")
        big = QFont(self.start_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.start_button.setFont(big)
        self.start_button.setMinimumHeight(56)

        side_row = QHBoxLayout()
        side_row.addWidget(self.side_label)
        side_row.addWidget(self.left)
        side_row.addWidget(self.right)
        side_row.addStretch()
        right_pane = QWidget()
        right_layout = QVBoxLayout(right_pane)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
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
        self.settings.changed.connect(self.on_settings_changed)

    # -- content ----------------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        current = self.selected_id()
        self.entries = entries
        self.list.clear()
        for entry in sorted(
            entries, key=lambda e: (e.source is not Origin.BUILTIN, not e.ok, e.title)
        ):
            item = QListWidgetItem(self._item_text(entry))
            item.setData(ENTRY_ROLE, entry)
            if entry.routine is None:
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                item.setToolTip("\n".join(str(p) for p in entry.problems))
            else:
                self._set_available(item, usable(self._timeline_for(entry.routine), entry.routine))
            self.list.addItem(item)
        if not self.select(current or "") and self.list.count():
            self.list.setCurrentRow(0)

    def _item_text(self, entry: Entry) -> str:
        if entry.routine is None:
            return f"{entry.title}\nCannot be used: {entry.problems[0].message}"
        timeline = self._timeline_for(entry.routine)
        mine = " (yours)" if entry.source is Origin.USER else ""
        gone = ", ".join(dict.fromkeys(x.point for x in timeline.left_out))
        if not usable(timeline, entry.routine):
            return f"{entry.title}{mine}\nNot available in pregnancy mode (leaves out {gone})"
        kept = {p.point for p in timeline.phases if p.point}
        codes = [c for c in entry.routine.point_codes() if c in kept]
        shown = ", ".join(self._display(c) for c in codes) or "no points"
        if self.pregnancy.isChecked():
            badge = f"   (leaves out {gone})" if gone else ""
        else:
            badge = "   ⚠ not in pregnancy" if pregnancy_warning(entry.routine, self.points) else ""
        return f"{entry.title}{mine}\n{clock_text(timeline.seconds)} · {shown}{badge}"

    def _timeline_for(self, routine: ResolvedRoutine) -> Timeline:
        """The routine as it would run now: the chosen side first, pregnancy mode applied."""
        pregnancy = self.pregnancy.isChecked()
        return build_timeline(
            routine,
            self.points,
            first_side=self.first_side(),
            pregnancy_safe=pregnancy,
            leave_out_cautions=pregnancy and self.cautions_out.isChecked(),
        )

    def _refresh_items(self) -> None:
        """Pregnancy mode changes what is left of each routine: say so in the list."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            entry: Entry = item.data(ENTRY_ROLE)
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
            entry: Entry = self.list.item(row).data(ENTRY_ROLE)
            if entry.id == routine_id:
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
        self.start_requested.emit(entry.routine, self.first_side(), self.pregnancy.isChecked())

    def _show_details(self) -> None:
        entry = self.selected_entry()
        self.start_button.setEnabled(self.can_start())
        if entry is None:
            self.details.setHtml("<p>Choose a routine on the left.</p>")
            return
        if entry.routine is None:
            problems = "".join(
                f"<li><code>{html.escape(str(p))}</code></li>" for p in entry.problems
            )
            self.details.setHtml(
                f"<h2>{html.escape(entry.path.name)}</h2><p>This routine file cannot be used until "
                f"these problems are fixed:</p><ul>{problems}</ul>"
            )
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
            )
        )


def details_html(
    routine: ResolvedRoutine,
    timeline: Timeline,
    points: PointLibrary,
    *,
    pregnancy: bool = False,
    cautions_out: bool = False,
) -> str:
    e = html.escape
    r = routine.routine
    parts = [
        f"<h2>{e(r.title)}</h2>",
        f"<p>{e(r.summary)}</p>",
        f"<p><b>For:</b> {e(r.audience)}<br><b>Time:</b> {clock_text(timeline.seconds)}</p>",
    ]
    if pregnancy:
        parts.append(_pregnancy_html(routine, timeline, points, cautions_out))
    rows = []
    for step in timeline.steps:
        side = f", {step.side.value}" if step.side else ""
        point = points.get(step.point) if step.point else None
        code = f" — {e(point.display_code)}{side}" if point else ""
        optional = " <i>(optional: Skip leaves it out)</i>" if step.optional else ""
        rows.append(
            f"<tr><td>{clock_text(step.start)}</td><td>{e(step.title)}{code}{optional}</td>"
            f"<td align='right'>{clock_text(step.seconds)}</td></tr>"
        )
    parts.append("<h3>Steps</h3>")
    codes = [p.display_code for c in routine.point_codes() if (p := points.get(c))]
    if any("(" in code for code in codes):
        # Here, where the bracketed codes first appear: "BL39 (B-53)" is not BL53.
        parts.append(f"<p><i>{e(CODES_LEGEND)}</i></p>")
    parts.append("<table cellspacing='4'>" + "".join(rows) + "</table>")
    cautions = list(routine.cautions)
    for code in routine.point_codes():
        point = points.get(code)
        if point is None:
            continue
        for caution in point.cautions:
            text = f"{point.display_code}: {caution.text}"
            if text not in cautions:
                cautions.append(text)
    if cautions:
        parts.append(
            "<h3>Cautions</h3><ul>" + "".join(f"<li>{e(c)}</li>" for c in cautions) + "</ul>"
        )
    kept = dict.fromkeys(step.point for step in timeline.steps if step.point)
    if kept:
        parts.append("<h3>The points</h3>")
        # Their cautions are in the list above already.
        parts.extend(
            point_html(p, "h4", cautions=False) for code in kept if (p := points.get(code))
        )
    parts.append(
        "<p><small>Firm, steady pressure that does not hurt. Never on broken, bruised or "
        "irritated skin. Stop if anything feels wrong.</small></p>"
    )
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
        parts.append(f"<p><b>Pregnancy mode leaves out:</b></p><ul>{items}</ul>")
    if not usable(timeline, routine):
        parts.append(
            "<p><b>Nothing is left of this routine in pregnancy mode.</b> "
            "Choose another routine.</p>"
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
        parts.append(
            "<p><b>Points in this routine with a pregnancy caution:</b></p>"
            f"<ul>{items}</ul><p>Tick <i>Also leave out points with a pregnancy caution</i> "
            "below to leave them out too.</p>"
        )
    elif not cautions_out:
        parts.append("<p>No point in this routine carries a pregnancy caution.</p>")
    parts.append(f"<p><b>{e(LIE_ON_SIDE)}</b></p>")
    return "".join(parts)
