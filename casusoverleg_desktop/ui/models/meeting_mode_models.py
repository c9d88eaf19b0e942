"""Item models of meeting mode: contributions, decisions, new actions and earlier ones for review.

Every row answers ``ID_ROLE`` with the id of its contribution, decision, action or review; the type
and category cells of a contribution carry their badge (``BADGES_ROLE``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo
from casusoverleg_desktop.services.contributions import ContributionInfo
from casusoverleg_desktop.services.decisions import DecisionInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import Column, TableModel, tr
from casusoverleg_desktop.ui.widgets.markers import DIAGNOSIS_FLAG, category_badge, statement_badge
from casusoverleg_desktop.ui.widgets.statement_persons import with_source_person

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
            Column("Partner", self._speaker, tooltip=self._speaker),
            Column("Soort", lambda c: label(c.statement_type),
                   badges=lambda c: (statement_badge(c.statement_type),)),
            Column("Gegeven", lambda c: label(c.data_category) if c.data_category.is_marked else "",
                   badges=_category_badges),
            Column("Inbreng", _text_with_flag, tooltip=lambda c: c.text),
        )


    def _speaker(self, c: ContributionInfo) -> str:
        return with_source_person(self._partner_name(c.partner_id), c.source_person)


class DecisionsModel(_MeetingModeModel):
    LABEL, TEXT = range(2)
    columns: tuple[Column[DecisionInfo], ...] = (
        Column("Nr.", lambda d: d.label),
        Column("Besluit", lambda d: d.text),
    )


def _postponed(action: ActionInfo) -> str:
    return f"{action.postponement_count}×" if action.postponement_count else ""


class ActionsModel(_MeetingModeModel):
    """The actions made under one agenda item of this meeting."""

    LABEL, DESCRIPTION, OWNER, WHEN, STATUS, POSTPONED = range(6)

    def __init__(self, owner_name: Callable[[ActionInfo], str], parent=None) -> None:
        self._owner_name = owner_name
        super().__init__(parent)

    def make_columns(self) -> tuple[Column[ActionInfo], ...]:
        return (
            Column("Nr.", lambda a: a.label),
            Column("Actiepunt", lambda a: a.description, tooltip=lambda a: a.description),
            Column("Wie", self._owner_name),
            Column("Wanneer", lambda a: a.timing.text),
            Column("Status", lambda a: label(a.status)),
            Column("Uitgesteld", _postponed),
        )


class ReviewsModel(_MeetingModeModel):
    """Actions of earlier meetings up for review: the number with its meeting's date, the case (code
    and pseudonym, never a name) and the outcome so far.

    An action of a case that is on this agenda and not yet reviewed reads "bij de casus": it comes up
    there too, and it is one review wherever the chair records it.
    """

    LABEL, CASE, DESCRIPTION, OWNER, WHEN, STATUS, POSTPONED = range(7)

    def __init__(self, owner_name: Callable[[ActionInfo], str], case_text: Callable[[int], str],
                 meeting_date: dt.date, agenda_cases: Collection[int] = (), parent=None) -> None:
        self._owner_name, self._case_text = owner_name, case_text
        self._meeting_date, self._agenda_cases = meeting_date, frozenset(agenda_cases)
        super().__init__(parent)

    def at_its_case(self, review: ReviewInfo) -> bool:
        """Not reviewed yet, and its case is discussed in this meeting."""
        return review.status_after is None and review.action.case_id in self._agenda_cases

    def make_columns(self) -> tuple[Column[ReviewInfo], ...]:
        return (
            Column("Nr.", lambda r: r.action.reference(self._meeting_date),
                   tooltip=lambda r: tr("%1 van de vergadering van %2", CONTEXT).replace(
                       "%1", r.action.label).replace("%2", f"{r.action.origin_date:%d-%m-%Y}")),
            Column("Casus", self._case),
            Column("Actiepunt", lambda r: r.action.description, tooltip=lambda r: r.action.description),
            Column("Wie", lambda r: self._owner_name(r.action)),
            Column("Wanneer", lambda r: r.action.timing.text),
            Column("Status", self._status, tooltip=self._status_tip),
            Column("Uitgesteld", lambda r: _postponed(r.action)),
        )

    def _case(self, review: ReviewInfo) -> str:
        case_id = review.action.case_id
        return self._case_text(case_id) if case_id is not None else tr("algemeen", CONTEXT)

    def _status(self, review: ReviewInfo) -> str:
        if review.status_after is not None:
            return label(review.action.status)
        return tr("bij de casus", CONTEXT) if self.at_its_case(review) else tr("te bespreken", CONTEXT)

    def _status_tip(self, review: ReviewInfo) -> str | None:
        if not self.at_its_case(review):
            return None
        return tr("Komt ook aan bod bij de bespreking van %1; hier vastleggen kan ook.", CONTEXT).replace(
            "%1", self._case(review))
