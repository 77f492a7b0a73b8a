"""A list delegate that sizes word-wrapped items for the text as it is painted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class WrappedItems(QStyledItemDelegate):
    """Sizes each list item for the text as it is painted, wrapped at the list's width.

    Qt measures a wrapped item's text wider than it then paints it, so a line that
    only just fitted ("1:45 · hand ⚠ not in pregnancy" at 2x scale) was given a row too
    few and painted cut off ("not in …"), with an empty gap under it.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not self._view.wordWrap():
            return size
        view = self._view
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        # The painted text is inset by the margin twice on each side.
        width = view.viewport().width() - 2 * view.spacing() - 4 * margin
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
        flags = Qt.TextFlag.TextWordWrap
        wrapped = metrics.boundingRect(QRect(0, 0, max(width, 1), 1 << 20), flags, text)
        return QSize(size.width(), max(size.height(), wrapped.height()))
