"""Table models of the case list and the case window. Subjects appear by display pseudonym only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    InformedStatus,
    LegalBasis,
    Relation,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.services.actions import ActionInfo
from casusoverleg_desktop.services.case_views import CaseRow, TimelineEntry
from casusoverleg_desktop.services.cases import FeedbackInfo, InformedInfo, ReporterInfo, SubjectInfo
from casusoverleg_desktop.services.signal_routes import SignalRoute
from casusoverleg_desktop.services.signals import SignalInfo

from casusoverleg_desktop.ui.balance.mime import MIME_TYPE, SIGNAL, draggable, rows_mime_data
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.action_models import when_text
from casusoverleg_desktop.ui.models.base import ROW_ROLE, Column, TableModel, dutch_date, tr
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets import markers
from casusoverleg_desktop.ui.widgets.statement_persons import with_source_person

_MAY_HOLD_GEZAG = frozenset({Relation.MOEDER, Relation.VADER, Relation.VOOGD})


def _muted() -> QBrush:
    return QBrush(QColor(Palette.SUBDUED))


def _overdue() -> QBrush:
    return QBrush(QColor(Palette.ERROR))


@dataclass
class Names:
    """Names the case screens show for ids in service records (partners, professionals, people)."""

    partners: dict[int, str] = field(default_factory=dict)
    professionals: dict[int, str] = field(default_factory=dict)
    subjects: dict[int, str] = field(default_factory=dict)

    def partner(self, partner_id: int | None) -> str:
        return self.partners.get(partner_id, "") if partner_id is not None else ""

    def professional(self, professional_id: int | None) -> str:
        return self.professionals.get(professional_id, "") if professional_id is not None else ""

    def source(self, partner_id: int | None, professional_id: int | None,
               detail: str | None = None) -> str:
        parts = [p for p in (self.partner(partner_id), self.professional(professional_id)) if p]
        text = " / ".join(parts)
        if detail:
            text = f"{text} ({detail})" if text else detail
        return text


# -- the case list -------------------------------------------------------------------------------
class CaseListModel(TableModel[CaseRow]):
    CODE, STATUS, LEGAL_BASIS, CASE_MANAGER, NEXT_REVIEW, PRIMARY = range(6)
    columns = (
        Column("Code", lambda r: r.code),
        Column("Status", lambda r: label(r.status)),
        Column("Grondslag", lambda r: label(r.legal_basis)),
        Column("Casusregisseur", lambda r: r.case_manager_name or ""),
        Column("Volgende bespreking", lambda r: dutch_date(r.next_review_date),
               sort=lambda r: r.next_review_date or dt.date.max),
        Column("Betrokkene", lambda r: r.primary_pseudonym or ""),
    )

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()

    def extra_data(self, record: CaseRow, column: int, role: int) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.NEXT_REVIEW
                and record.next_review_date and record.next_review_date < self.today):
            return _overdue()
        if role == Qt.ItemDataRole.FontRole and column == self.CODE:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        return None


OPEN_CASES = "open"


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters on status (a status or ``OPEN_CASES``), partner, legal basis, case manager, text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: CaseStatus | str | None = None
        self.open_statuses: frozenset[CaseStatus] = frozenset()
        self.partner_id: int | None = None
        self.legal_basis: LegalBasis | None = None
        self.case_manager_id: int | None = None
        self.text = ""

    def set_filters(self, *, status: CaseStatus | str | None, open_statuses: frozenset[CaseStatus],
                    partner_id: int | None, legal_basis: LegalBasis | None,
                    case_manager_id: int | None, text: str) -> None:
        self.beginFilterChange()
        self.status, self.open_statuses = status, open_statuses
        self.partner_id, self.legal_basis = partner_id, legal_basis
        self.case_manager_id, self.text = case_manager_id, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row: CaseRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.status == OPEN_CASES and row.status not in self.open_statuses:
            return False
        if isinstance(self.status, CaseStatus) and row.status is not self.status:
            return False
        if self.partner_id is not None and self.partner_id not in row.partner_ids:
            return False
        if self.legal_basis is not None and row.legal_basis is not self.legal_basis:
            return False
        if self.case_manager_id is not None and row.case_manager_id != self.case_manager_id:
            return False
        if self.text:
            haystack = f"{row.code} {row.primary_pseudonym or ''}".casefold()
            return self.text in haystack
        return True


# -- the case window ------------------------------------------------------------------------------
class NamedModel(TableModel):
    """A model of the case window: shows ids by the names in ``names``; ``today`` marks what is late."""

    def __init__(self, names: Names | None = None, parent=None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.names = names or Names()
        self.today = today or dt.date.today()


def _years_between(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class SubjectModel(NamedModel):
    """The family view: the primary subject first, then the related people with their relation."""

    PSEUDONYM, ROLE, AGE, GEZAG, LIVING, NOTE = range(6)

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("Pseudoniem", lambda s: s.pseudonym),
            Column("Rol / relatie", self._role),
            Column("Leeftijd", self._age, sort=lambda s: s.age if s.age is not None else -1),
            Column("Gezag", self._gezag, badges=lambda s: (markers.GEZAG,) if s.has_gezag else ()),
            Column("Woonsituatie", lambda s: s.living_situation or ""),
            Column("Notitie", lambda s: s.note or ""),
        )

    def set_rows(self, rows) -> None:
        primary_first = sorted(rows, key=lambda s: (s.role is not SubjectRole.PRIMAIR, s.id))
        super().set_rows(primary_first)

    @staticmethod
    def _role(s: SubjectInfo) -> str:
        if s.role is SubjectRole.PRIMAIR:
            return label(s.role)
        return label(s.relation) if s.relation else label(s.role)

    def _age(self, s: SubjectInfo) -> str:
        if s.date_of_birth is not None:
            years = _years_between(s.date_of_birth, self.today)
            return tr("%1 (%2 jaar)").replace("%1", dutch_date(s.date_of_birth)).replace("%2", str(years))
        return tr("%1 jaar").replace("%1", str(s.age)) if s.age is not None else "—"

    @staticmethod
    def _gezag(s: SubjectInfo) -> str:
        """Parental authority matters for parents and guardians; others show it only when recorded."""
        if s.role is SubjectRole.PRIMAIR:
            return ""
        if s.has_gezag is None:
            return tr("onbekend") if s.relation in _MAY_HOLD_GEZAG else ""
        return tr("gezag") if s.has_gezag else tr("geen gezag")

    def extra_data(self, record: SubjectInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.role is SubjectRole.PRIMAIR:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        return None


class SignalModel(NamedModel):
    """Signals and contra-signals; statement type, data category and flags as badges."""

    LABEL, OBSERVED, TYPE, MARKS, SOURCE, TEXT, VERIFICATION = range(7)

    # Signals can be dragged onto the balance sheet, which links the entry to the signal.
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return draggable(super().flags(index), index)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData | None:
        return rows_mime_data(indexes, SIGNAL, self.row, lambda s: f"{s.label}: {s.text}")

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("Nr", lambda s: s.label, sort=lambda s: (s.is_contra, int(s.label[1:]))),
            Column("Datum", lambda s: dutch_date(s.observed_on), sort=lambda s: s.observed_on),
            Column("Soort", lambda s: label(s.statement_type),
                   badges=lambda s: (markers.statement_badge(s.statement_type),)),
            Column("Markeringen", self._marks_text, badges=self.marks),
            Column("Bron", self._source, tooltip=self._source),
            Column("Signaal", lambda s: s.text, tooltip=lambda s: s.text),
            Column("Toetsing", self._verification,
                   badges=lambda s: tuple(b for b in (markers.verification_badge(s.verification),) if b),
                   tooltip=lambda s: s.verification_note),
        )

    @staticmethod
    def marks(s: SignalInfo) -> tuple[markers.Badge, ...]:
        badges = []
        if s.is_contra:
            badges.append(markers.CONTRA)
        category = markers.category_badge(s.data_category)
        if category is not None:
            badges.append(category)
        if s.diagnosis_flag:
            badges.append(markers.DIAGNOSIS_FLAG)
        return tuple(badges)

    def _source(self, s: SignalInfo) -> str:
        return with_source_person(self.names.source(s.partner_id, s.professional_id, s.source_detail),
                                  s.source_person)

    def _marks_text(self, s: SignalInfo) -> str:
        return ", ".join(b.text.lower() for b in self.marks(s))

    @staticmethod
    def _verification(s: SignalInfo) -> str:
        if s.verification is Verification.ONBEVESTIGD:
            return ""
        return f"{label(s.verification)} {dutch_date(s.verified_on)}"

    def extra_data(self, record: SignalInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.TEXT:
            return markers.statement_font(QGuiApplication.font(), record.statement_type)
        if (role == Qt.ItemDataRole.ForegroundRole
                and record.verification is Verification.WEERLEGD):
            return _muted()
        return None


class TimelineModel(NamedModel):
    DATE, KIND, WHAT, DETAIL, BY = range(5)
    columns = (
        Column("Datum", lambda e: dutch_date(e.on), sort=lambda e: (e.on, e.at or dt.datetime.min)),
        Column("Soort", lambda e: e.kind.capitalize()),
        Column("Wat", lambda e: e.title),
        Column("Onderbouwing / toelichting", lambda e: e.detail or "", tooltip=lambda e: e.detail),
        Column("Door", lambda e: e.by or ""),
    )

    def extra_data(self, record: TimelineEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.WHAT:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHAT and record.attention:
            return _overdue()
        return None


class ActionModel(NamedModel):
    LABEL, DESCRIPTION, OWNER, WHEN, STATUS, POSTPONED = range(6)

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("Nr", lambda a: a.reference()),
            Column("Actie", lambda a: a.description, tooltip=lambda a: a.description),
            Column("Eigenaar", lambda a: self.names.source(a.owner_partner_id, a.owner_professional_id,
                                                           a.owner_detail)),
            Column("Termijn of voorwaarde", lambda a: when_text(a.due_date, a.condition),
                   sort=lambda a: a.due_date or dt.date.max),
            Column("Status", lambda a: label(a.status)),
            Column("Uitgesteld", lambda a: f"{a.postponement_count}×" if a.postponement_count else ""),
        )


    def extra_data(self, record: ActionInfo, column: int, role: int) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.WHEN and record.due_date
                and record.due_date < self.today and not record.status.is_closed):
            return _overdue()
        return None


class DecisionModel(NamedModel):
    LABEL, MEETING, TEXT = range(3)
    columns = (
        Column("Nr", lambda d: d.label),
        Column("Overleg", lambda d: f"{dutch_date(d.held_on)} · {label(d.meeting_type)}",
               sort=lambda d: d.held_on),
        Column("Besluit", lambda d: d.text, tooltip=lambda d: d.text),
    )


class ReporterModel(NamedModel):
    """Reporters with the route their signal follows in the chain (``routes``, by reporter id) and the
    step it reached; a reporter registered without one shows the free-text route."""

    WHO, ROUTE, STEP, REPORTED, RESPOND_BY, FEEDBACK = range(6)

    def __init__(self, names: Names | None = None, parent=None, today: dt.date | None = None) -> None:
        self.routes: dict[int, SignalRoute] = {}
        super().__init__(names, parent, today)

    def show(self, reporters: list[ReporterInfo], routes: dict[int, SignalRoute]) -> None:
        self.routes = routes
        self.set_rows(reporters)

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("Melder", self.who),
            Column("Route", self._route, tooltip=self._route_tip),
            Column("Huidige stap", self._step),
            Column("Gemeld op", lambda r: dutch_date(r.reported_on), sort=lambda r: r.reported_on),
            Column("Terugkoppelen vóór", lambda r: dutch_date(r.respond_by), sort=lambda r: r.respond_by),
            Column("Terugkoppeling", self._feedback),
        )

    def who(self, r: ReporterInfo) -> str:
        return self.names.source(r.partner_id, r.professional_id, r.person) or "—"

    def _route(self, r: ReporterInfo) -> str:
        route = self.routes.get(r.id)
        return route.route.name if route is not None else (r.route or "")

    def _route_tip(self, r: ReporterInfo) -> str | None:
        route = self.routes.get(r.id)
        if route is None:
            return r.route
        return tr("%1, versie %2 van de keten").replace("%1", route.municipality).replace(
            "%2", str(route.version_number))

    def _step(self, r: ReporterInfo) -> str:
        route = self.routes.get(r.id)
        if route is None:
            return tr("geen route in de keten")
        return route.current.action if route.current is not None else ""

    def _feedback(self, r: ReporterInfo) -> str:
        if r.feedback:
            last = r.feedback[-1].given_on
            return (tr("%1× gegeven, laatst %2").replace("%1", str(len(r.feedback)))
                    .replace("%2", dutch_date(last)))
        if r.respond_by < self.today:
            return tr("nog niet gegeven — termijn verstreken")
        return tr("nog niet gegeven")

    def extra_data(self, record: ReporterInfo, column: int, role: int) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and column in (self.RESPOND_BY, self.FEEDBACK)
                and not record.feedback and record.respond_by < self.today):
            return _overdue()
        return None


@dataclass(frozen=True)
class FeedbackRow:
    """A feedback record together with the reporter it went to (for one table of all feedback)."""

    id: int
    reporter: str
    feedback: FeedbackInfo


class FeedbackModel(NamedModel):
    REPORTER, GIVEN_ON, TO, CONTENT, BY = range(5)
    columns = (
        Column("Melder", lambda f: f.reporter),
        Column("Datum", lambda f: dutch_date(f.feedback.given_on), sort=lambda f: f.feedback.given_on),
        Column("Aan", lambda f: f.feedback.given_to),
        Column("Wat", lambda f: f.feedback.content, tooltip=lambda f: f.feedback.content),
        Column("Door", lambda f: f.feedback.given_by),
    )


class InformedModel(NamedModel):
    SUBJECT, STATUS, BY, ON, REASON, REVIEW, MOMENT = range(7)

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("Betrokkene", lambda r: self.names.subjects.get(r.subject_id, "")),
            Column("Geïnformeerd", self._status),
            Column("Door", lambda r: r.informed_by or ""),
            Column("Op", lambda r: dutch_date(r.informed_on), sort=lambda r: r.informed_on),
            Column("Reden uitstel", lambda r: r.postponement_reason or ""),
            Column("Heroverwegen op", lambda r: dutch_date(r.review_date), sort=lambda r: r.review_date),
            Column("Beslismoment", lambda r: r.decision_moment or ""),
        )

    @staticmethod
    def _status(r: InformedInfo) -> str:
        text = label(r.status)
        return tr("%1 (vervangen)").replace("%1", text) if r.superseded else text

    def extra_data(self, record: InformedInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.superseded:
                return _muted()
            if (column == self.REVIEW and record.status is InformedStatus.UITGESTELD
                    and record.review_date and record.review_date < self.today):
                return _overdue()
        return None


__all__ = [
    "OPEN_CASES", "ActionModel", "CaseFilterProxy", "CaseListModel", "DecisionModel", "FeedbackModel",
    "FeedbackRow", "InformedModel", "Names", "ReporterModel", "SignalModel",
    "SubjectModel", "TimelineModel",
]
