"""An entry of the balance sheet drawn as a small card: badges, the text, and where it comes from.

Badges come from ``ui/widgets/markers.py`` (statement type, bijzonder/strafrechtelijk), so an entry
looks like the signal it came from. Opinions and hypotheses are set in italics.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from casusoverleg_desktop.services.balance import EntryInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import ROW_ROLE
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.markers import (
    Badge,
    category_badge,
    statement_badge,
    statement_font,
    verification_badge,
)

_PAD = 8
_GAP = 6
_WEIGHT = {"laag": (Palette.INK, Palette.WEIGHT_LOW_BG), "midden": (Palette.INK, Palette.WEIGHT_MEDIUM_BG),
           "hoog": (Palette.ON_DARK, Palette.WEIGHT_HIGH_BG)}


def entry_badges(entry: EntryInfo) -> list[Badge]:
    badges = [statement_badge(entry.statement_type)]
    marker = category_badge(entry.data_category)
    if marker is not None:
        badges.append(marker)
    if entry.weight is not None:
        foreground, background = _WEIGHT[entry.weight.value]
        badges.append(Badge(label(entry.weight).upper(), foreground, background))
    checked = verification_badge(entry.verification)
    if checked is not None:
        badges.append(checked)
    return badges


def entry_meta(entry: EntryInfo) -> str:
    parts = [label(entry.domain) if entry.domain else None, entry.source_partner,
             entry.observed_on.strftime("%d-%m-%Y") if entry.observed_on else None,
             f"uit {entry.source_label}" if entry.source_label else None,
             label(entry.persistence).lower() if entry.persistence else None]
    return " · ".join(p for p in parts if p)


class EntryCardDelegate(QStyledItemDelegate):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem, entry: EntryInfo) -> tuple[QFont, QFont, QFont]:
        text_font = statement_font(option.font, entry.statement_type)
        text_font.setPointSizeF(option.font.pointSizeF() * 1.15)
        badge_font = QFont(option.font)
        badge_font.setBold(True)
        badge_font.setPointSizeF(option.font.pointSizeF() * 0.85)
        meta_font = QFont(option.font)
        meta_font.setPointSizeF(option.font.pointSizeF() * 0.92)
        return text_font, badge_font, meta_font

    def _width(self, option: QStyleOptionViewItem) -> int:
        viewport = getattr(self._view, "viewport", None)
        width = viewport().width() if viewport else option.rect.width()
        return max(120, width - 2 * _PAD - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        entry = index.data(ROW_ROLE)
        if entry is None:
            return super().sizeHint(option, index)
        text_font, badge_font, _meta_font = self._fonts(option, entry)
        width = self._width(option)
        text_height = QFontMetrics(text_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, entry.text).height()
        badge_height = QFontMetrics(badge_font).height() + 4
        return QSize(width, _PAD + badge_height + _GAP + text_height + _PAD)

    def helpEvent(self, event, view, option, index):  # Qt API
        """The tooltip shows the full source line, which may be elided on the card."""
        entry = index.data(ROW_ROLE)
        if entry is not None and event.type() == event.Type.ToolTip:
            QToolTip.showText(event.globalPos(), f"{entry.text}\n{entry_meta(entry)}", view)
            return True
        return super().helpEvent(event, view, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry = index.data(ROW_ROLE)
        if entry is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(QColor(Palette.CARD_SELECTED if selected else Palette.CARD_BORDER),
                            3 if focused else 1.5))
        painter.setBrush(QColor(Palette.CARD_SELECTED_BG if selected else Palette.SURFACE))
        painter.drawRoundedRect(rect, 6, 6)
        text_font, badge_font, meta_font = self._fonts(option, entry)
        x, y = rect.left() + _PAD, rect.top() + _PAD
        badge_metrics = QFontMetrics(badge_font)
        badge_height = badge_metrics.height() + 4
        painter.setFont(badge_font)
        for badge in entry_badges(entry):
            width = badge_metrics.horizontalAdvance(badge.text) + 12
            box = QRectF(x, y, width, badge_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(badge.background))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor(badge.foreground))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge.text)
            x += width + 5
        meta = entry_meta(entry)
        if meta:
            painter.setFont(meta_font)
            painter.setPen(QColor(Palette.SECONDARY))
            room = int(rect.right() - _PAD - x)
            shown = QFontMetrics(meta_font).elidedText(meta, Qt.TextElideMode.ElideRight, max(room, 0))
            painter.drawText(QRectF(x + 4, y, max(room, 0), badge_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        y += badge_height + _GAP
        width = self._width(option)
        painter.setFont(text_font)
        painter.setPen(QColor(Palette.INK_STRONG))
        text_rect = QFontMetrics(text_font).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                                         entry.text)
        painter.drawText(QRectF(rect.left() + _PAD, y, width, text_rect.height()),
                         int(Qt.TextFlag.TextWordWrap), entry.text)
        painter.restore()
