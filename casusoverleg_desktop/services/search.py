"""Searching case content, and keeping the full-text index current without anyone remembering to.

How the index stays current: a listener on the vault's sessions (``after_flush``, like the audit
trail's; ``install``, called where the database is opened in ``services.access``) re-indexes each
inserted or changed row of an indexed model and removes each deleted one, in the same transaction
as the change. Rows that disappear through a database cascade (a case, meeting or agenda item
deleted with its children) are swept up in the same flush. So the services, the JSON import and
anything later write case content without calling the index.

What is indexed is listed once, in ``SOURCES``: adding a kind of content is one line there. Only
case content goes in, and of the people only their display pseudonym: reporters' and
professionals' names are never indexed.

Searching returns frozen ``SearchResult`` rows: the case, a Dutch label of where the hit lies
("Signaal S3", "Inbreng Politie — 26-02-2025"), the entity to open, and a snippet whose hit words
are marked. Searching is not an opening of case content and is not written to the audit trail;
opening a result goes through the service that shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from casusoverleg_desktop.domain.labels import action_label, decision_label, signal_label
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store import search as index
from casusoverleg_desktop.store.balance_models import BalanceChild, BalanceSheet, balance_sources
from casusoverleg_desktop.store.models import (
    ActionItem,
    AgendaItem,
    Assessment,
    Case,
    CaseNote,
    Contribution,
    Decision,
    Meeting,
    Partner,
    Signal,
    Subject,
)

__all__ = ["SOURCES", "SearchResult", "SnippetPart", "IndexedSource", "install", "rebuild_index",
           "search"]

# Marks around hit words inside the snippet as FTS5 returns it; control characters cannot occur
# in what users type, so they never collide with brackets or quotes in the text itself.
_HIT_START, _HIT_END = "\x02", "\x03"
DEFAULT_LIMIT = 50


# The models whose rows carry their case's id.
OwnCaseRow = Signal | Decision | ActionItem | CaseNote | Assessment | Subject
IndexedRow = OwnCaseRow | Contribution | BalanceSheet | BalanceChild
Row = TypeVar("Row", bound=IndexedRow)


def _own_case(_session: Session, row: OwnCaseRow) -> int | None:
    return row.case_id


def _agenda_item_case(session: Session, row: Contribution) -> int | None:
    item = session.identity_map.get(session.identity_key(AgendaItem, row.agenda_item_id))
    if item is not None:  # in the session already (a whole meeting being read in, for one)
        return item.case_id  # type: ignore[no-any-return]
    return session.connection().scalar(
        select(AgendaItem.case_id).where(AgendaItem.id == row.agenda_item_id)
    )


@dataclass(frozen=True)
class IndexedSource(Generic[Row]):
    """One kind of case content in the index: which text columns, and to which case it belongs."""

    model: type[Row]
    fields: tuple[str, ...]
    kind: str  # Dutch, used when no finer label is known
    case_of: Callable[[Session, Row], int | None]

    @property
    def entity_type(self) -> str:
        return self.model.__tablename__


SOURCES: tuple[IndexedSource[Any], ...] = (
    IndexedSource(Signal, ("text", "source_detail", "verification_note"), "Signaal", _own_case),
    IndexedSource(Contribution, ("text",), "Inbreng", _agenda_item_case),
    IndexedSource(Decision, ("text",), "Besluit", _own_case),
    IndexedSource(ActionItem, ("description", "condition", "status_note"), "Actiepunt", _own_case),
    IndexedSource(CaseNote, ("text", "label"), "Notitie", _own_case),
    IndexedSource(Assessment, ("rationale", "outcome_detail"), "Weging", _own_case),
    IndexedSource(Subject, ("pseudonym",), "Betrokkene", _own_case),
    *balance_sources(IndexedSource),
)
_BY_MODEL = {source.model: source for source in SOURCES}
_BY_TYPE = {source.entity_type: source for source in SOURCES}


@dataclass(frozen=True)
class SnippetPart:
    text: str
    is_hit: bool


@dataclass(frozen=True)
class SearchResult:
    case_id: int | None
    case_code: str | None
    where: str
    entity_type: str
    entity_id: int
    field: str
    snippet_parts: tuple[SnippetPart, ...]

    @property
    def snippet(self) -> str:
        """The snippet with each hit between [ and ] (for plain text, logs and tests)."""
        return self.marked("[", "]")

    def marked(self, start: str, end: str) -> str:
        """The snippet with each hit between ``start`` and ``end`` (e.g. ``<b>``/``</b>``
        after escaping the parts for rich text)."""
        return "".join(f"{start}{p.text}{end}" if p.is_hit else p.text for p in self.snippet_parts)


# --- keeping the index current --------------------------------------------------------------------


def _index_row(session: Session, source: IndexedSource[Row], row: Row, new: bool) -> None:
    case_id = source.case_of(session, row)
    row_id = row.id
    for field in source.fields:
        index.index_text(session, source.entity_type, row_id, field, getattr(row, field) or "",
                         case_id=case_id, new=new)


def install(sessions: sessionmaker[Session]) -> None:
    """Keep the index current in every session ``sessions`` makes."""
    event.listen(sessions, "after_flush", _keep_index_current)


def _keep_index_current(session: Session, _flush_context: object) -> None:
    for rows, new in ((session.new, True), (session.dirty, False)):
        for row in rows:
            source = _BY_MODEL.get(type(row))
            if source is not None:
                _index_row(session, source, row, new)
    parents_deleted = False
    for row in session.deleted:
        source = _BY_MODEL.get(type(row))
        if source is not None:
            index.remove(session, source.entity_type, row.id)
        else:
            parents_deleted = True
            if isinstance(row, Case):
                index.remove_case(session, row.id)
    if parents_deleted:  # their indexed children went by database cascade (rare: a purge)
        for source in SOURCES:
            index.remove_orphans(session, source.entity_type, source.entity_type)


def rebuild_index(ctx: ServiceContext) -> int:
    """Index all case content afresh (e.g. after an upgrade); returns the number of rows indexed.

    Writes only the index, so the audit trail is not touched.
    """
    count = 0
    with ctx.unit_of_work() as session:
        index.clear(session)
        for source in SOURCES:
            for row in session.scalars(select(source.model)):
                _index_row(session, source, row, new=True)  # the index was just cleared
                count += 1
    return count


# --- searching --------------------------------------------------------------------------------


def _parts(raw: str) -> tuple[SnippetPart, ...]:
    parts: list[SnippetPart] = []
    rest = raw
    while rest:
        start = rest.find(_HIT_START)
        if start < 0:
            parts.append(SnippetPart(rest, False))
            break
        end = rest.find(_HIT_END, start)
        end = len(rest) if end < 0 else end
        if start:
            parts.append(SnippetPart(rest[:start], False))
        parts.append(SnippetPart(rest[start + 1:end], True))
        rest = rest[end + 1:]
    return tuple(p for p in parts if p.text)


def _date(day: object) -> str:
    return f"{day:%d-%m-%Y}" if day is not None else "zonder datum"


def _labels(session: Session, entity_type: str, ids: Iterable[int]) -> dict[int, str]:
    """The Dutch 'where' of each existing row; rows that no longer exist are left out."""
    ids = list(ids)
    source = _BY_TYPE[entity_type]
    model = source.model
    if model is Signal:
        signals = session.execute(select(Signal.id, Signal.number, Signal.is_contra)
                                  .where(Signal.id.in_(ids)))
        return {i: ("Contrasignaal " if contra else "Signaal ") + signal_label(n, contra)
                for i, n, contra in signals}
    if model is Contribution:
        contributions = session.execute(
            select(Contribution.id, Partner.short_name, Partner.name, Meeting.held_on)
            .join(Partner, Partner.id == Contribution.partner_id)
            .join(AgendaItem, AgendaItem.id == Contribution.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Contribution.id.in_(ids)))
        return {i: f"Inbreng {short or name} — {_date(day)}" for i, short, name, day in contributions}
    if model is Decision:
        decisions = session.execute(select(Decision.id, Decision.number, Meeting.held_on)
                                    .join(Meeting, Meeting.id == Decision.meeting_id)
                                    .where(Decision.id.in_(ids)))
        return {i: f"Besluit {decision_label(n)} — {_date(day)}" for i, n, day in decisions}
    if model is ActionItem:
        actions = session.execute(select(ActionItem.id, ActionItem.number, Meeting.held_on)
                                  .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
                                  .where(ActionItem.id.in_(ids)))
        return {i: f"Actiepunt {action_label(n)} — {_date(day)}" for i, n, day in actions}
    if model is CaseNote:
        notes = session.execute(select(CaseNote.id, CaseNote.kind, CaseNote.label)
                                .where(CaseNote.id.in_(ids)))
        return {i: kind.label + (f": {label}" if label else "") for i, kind, label in notes}
    if model is Assessment:
        assessments = session.execute(select(Assessment.id, Assessment.assessed_on)
                                      .where(Assessment.id.in_(ids)))
        return {i: f"Weging {_date(day)}" for i, day in assessments}
    if model is Subject:
        subjects = session.execute(select(Subject.id, Subject.role, Subject.relation)
                                   .where(Subject.id.in_(ids)))
        return {i: role.label + (f" ({relation.label.lower()})" if relation else "")
                for i, role, relation in subjects}
    present = session.scalars(select(model.id).where(model.id.in_(ids)))
    return {i: source.kind for i in present}


def search(ctx: ServiceContext, query: str, *, case_id: int | None = None,
           limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
    """Case content matching every word of ``query`` (the last one as a prefix), best first.

    Diacritics do not matter ("reunie" finds "reünie"); anything a user types is safe: words are
    taken out of it and quoted. ``case_id`` limits the search to one case.
    """
    with ctx.unit_of_work() as session:
        hits = [hit for hit in index.search(session, query, limit, case_id=case_id,
                                            marks=(_HIT_START, _HIT_END))
                if hit.entity_type in _BY_TYPE]
        by_type: dict[str, set[int]] = {}
        for hit in hits:
            by_type.setdefault(hit.entity_type, set()).add(hit.entity_id)
        labels = {entity_type: _labels(session, entity_type, ids)
                  for entity_type, ids in by_type.items()}
        case_ids = {hit.case_id for hit in hits if hit.case_id is not None}
        codes = dict(session.execute(select(Case.id, Case.code).where(Case.id.in_(case_ids))).all())
        return [
            SearchResult(hit.case_id, codes.get(hit.case_id) if hit.case_id is not None else None,
                         labels[hit.entity_type][hit.entity_id],
                         hit.entity_type, hit.entity_id, hit.field, _parts(hit.snippet))
            for hit in hits
            if hit.entity_id in labels[hit.entity_type]
        ]
