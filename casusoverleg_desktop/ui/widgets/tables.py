"""One calm look for the record tables: selectable rows, no grid, wrapped long text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from casusoverleg_desktop.ui.widgets.badge_delegate import BadgeDelegate


def setup_table(view: QTableView, model: QAbstractItemModel, *, stretch: int | None = None,
                wrap_rows: bool = False) -> None:
    """Attach ``model``; ``stretch`` takes the spare width, ``wrap_rows`` grows rows to their text."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(48)
    view.setItemDelegate(BadgeDelegate(view))
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(34)
    if wrap_rows:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def fit_columns(view: QTableView, widths: dict[int, int] | None = None) -> None:
    """Columns to their contents (with a little air), then any fixed widths given."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    last = header.count() - 1
    for column in range(header.count()):
        if column == last and header.stretchLastSection():
            continue
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Interactive:
            view.setColumnWidth(column, min(view.columnWidth(column) + 16, 360))
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
