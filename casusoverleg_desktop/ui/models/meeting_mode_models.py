"""Item models of meeting mode: contributions, decisions, and actions (new ones and for review).

Every row answers ``ID_ROLE`` with the id of its contribution, decision, action or review; the type
and category cells of a contribution carry their badge (``BADGES_ROLE``).
"""

from __future__ import annotations

from collections.abc import Callable

from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo
from casusoverleg_desktop.services.contributions import ContributionInfo
from casusoverleg_desktop.services.decisions import DecisionInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import Column, TableModel, tr
from casusoverleg_desktop.ui.widgets.markers import DIAGNOSIS_FLAG, category_badge, statement_badge

CONTEXT = "MeetingModeModels"


class _MeetingModeModel(TableModel):
    tr_context = CONTEXT


def _text_with_flag(c: ContributionInfo) -> str:
    return f"{c.text}  [{DIAGNOSIS_FLAG.text}]" if c.diagnosis_flag else c.text


def _category_badges(c: ContributionInfo) -> tuple:
    badge = category_badge(c.data_category)
    return (badge,) if badge is not None else ()


class ContributionsModel(_MeetingModeModel):
    """The inbreng of one case item."""

    PHASE, PARTNER, TYPE, CATEGORY, TEXT = range(5)

    def __init__(self, partner_name: Callable[[int], str], parent=None) -> None:
        self._partner_name = partner_name
        super().__init__(parent)

    def make_columns(self) -> tuple[Column[ContributionInfo], ...]:
        return (
            Column("Fase", lambda c: label(c.bob_phase)),
            Column("Partner", lambda c: self._partner_name(c.partner_id)),
            Column("Soort", lambda c: label(c.statement_type),
                   badges=lambda c: (statement_badge(c.statement_type),)),
            Column("Gegeven", lambda c: label(c.data_category) if c.data_category.is_marked else "",
                   badges=_category_badges),
            Column("Inbreng", _text_with_flag, tooltip=lambda c: c.text),
        )


class DecisionsModel(_MeetingModeModel):
    LABEL, TEXT = range(2)
    columns: tuple[Column[DecisionInfo], ...] = (
        Column("Nr.", lambda d: d.label),
        Column("Besluit", lambda d: d.text),
    )


def action_of(row: ActionInfo | ReviewInfo) -> ActionInfo:
    return row.action if isinstance(row, ReviewInfo) else row


def _status(row: ActionInfo | ReviewInfo) -> str:
    if isinstance(row, ReviewInfo) and row.status_after is None:
        return tr("te bespreken", CONTEXT)
    return label(action_of(row).status)


def _postponed(row: ActionInfo | ReviewInfo) -> str:
    count = action_of(row).postponement_count
    return f"{count}×" if count else ""


class ActionsModel(_MeetingModeModel):
    """Actions: new ones of this item, or (``ReviewInfo`` rows) earlier ones up for review."""

    LABEL, DESCRIPTION, OWNER, WHEN, STATUS, POSTPONED = range(6)

    def __init__(self, owner_name: Callable[[ActionInfo], str], parent=None) -> None:
        self._owner_name = owner_name
        super().__init__(parent)

    def make_columns(self) -> tuple[Column[ActionInfo | ReviewInfo], ...]:
        return (
            Column("Nr.", lambda r: action_of(r).label),
            Column("Actiepunt", lambda r: action_of(r).description,
                   tooltip=lambda r: action_of(r).description),
            Column("Wie", lambda r: self._owner_name(action_of(r))),
            Column("Wanneer", lambda r: action_of(r).timing.text),
            Column("Status", _status),
            Column("Uitgesteld", _postponed),
        )
