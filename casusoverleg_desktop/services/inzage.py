"""The inzage dossier for one person across the cases, its redaction review, and its release.

For the primary person of a case the dossier holds all of that case; for a related person what
names them: their own record, the signals and contributions that concern them (``StatementPerson``),
the actions about them and their informed records. Every item that would reveal a third party
(another person's data, a reporter, a family member's statement, a professional's name) is a
review item; the chair decides TONEN, WEGLAKKEN or ACHTERHOUDEN with a reason. Items from police
or OM are released only after they were checked with that source; until then they are withheld.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.data import BuiltDocument
from casusoverleg_desktop.documents.inzage import (
    REDACTED,
    CaseDossier,
    Dossier,
    DossierItem,
    RecipientLine,
    build_inzage,
    burn,
    dossier_json,
)
from casusoverleg_desktop.domain.enums import (
    RedactionChoice,
    RequestKind,
    StatementRole,
    SubjectRole,
)
from casusoverleg_desktop.domain.labels import action_label, decision_label, qualified_label
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services.audit import record_event
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_data import export_stamp
from casusoverleg_desktop.services.meeting_record import Names
from casusoverleg_desktop.services.retention import case_legal_bases, retention_line
from casusoverleg_desktop.services.roles import require_chair
from casusoverleg_desktop.services.subject_requests import load_request, release_refusal, request_persons
from casusoverleg_desktop.store.balance_models import BalanceEntry, BalanceSheet
from casusoverleg_desktop.store.document_models import DocumentExport
from casusoverleg_desktop.store.models import (
    ActionItem,
    AgendaItem,
    Case,
    CaseNote,
    Contribution,
    Decision,
    InformedRecord,
    Meeting,
    Partner,
    Reporter,
    Signal,
    Subject,
)
from casusoverleg_desktop.store.privacy_models import (
    ExportedItem,
    RedactionDecision,
    StatementPerson,
    SubjectRequest,
)

POLICE_OR_OM = re.compile(r"\bpolitie\b|\bopenbaar ministerie\b|^om\b", re.IGNORECASE)
ASK_SOURCE = "navragen bij de bron"
AUDIT_SUMMARY = 400
CLI_DEFAULT_REASON = "Standaardkeuze bij de opdrachtregel: weglakken."


@dataclass(frozen=True)
class ReviewDecisionView:
    item_key: str
    choice: RedactionChoice
    reason: str | None
    source_checked: bool
    decided_by: str


@dataclass(frozen=True)
class SheetLine:
    """One line of the review sheet: the item, why it reveals a third party, and what goes out."""

    key: str
    case_code: str
    item: str
    why: str
    choice: RedactionChoice
    note: str


@dataclass(frozen=True)
class Released:
    pdf: BuiltDocument
    json_text: str
    sheet: tuple[SheetLine, ...]


# -- the dossier ---------------------------------------------------------------------------------


def build_dossier(ctx: ServiceContext, request_id: int, case_code: str | None = None) -> Dossier:
    """The full dossier of the request's person (before review), optionally for one case only."""
    with ctx.unit_of_work() as session:
        return _dossier(session, load_request(session, request_id), case_code, local_time(ctx.clock()).date())


def _dossier(session: Session, request: SubjectRequest, case_code: str | None, today: dt.date) -> Dossier:
    persons = request_persons(session, request.id)
    if case_code is not None:
        persons = [(s, c) for s, c in persons if c.code.lower() == case_code.strip().lower()]
        if not persons:
            raise NotFound(f"Het verzoek gaat niet over een persoon in casus {case_code}.")
    lookup = _Lookup(session)
    detail = f" ({request.requester_detail})" if request.requester_detail else ""
    requester = request.requester.label + detail
    return Dossier(request.id, request.person_pseudonym, request.kind.label, requester, request.received_on,
                   request.extended_until or request.deadline, today,
                   tuple(_case_dossier(session, lookup, subject, case) for subject, case in persons))


class _Lookup:
    """Names of partners and professionals, read once per dossier."""

    def __init__(self, session: Session) -> None:
        self.names = Names(session)
        self.asks_source = {p.id for p in session.scalars(select(Partner))
                            if POLICE_OR_OM.search(p.name) or POLICE_OR_OM.search(p.short_name or "")}
        self.professional_names = [p.name for p in self.names.professionals.values()]


class _ThirdParties:
    """The names in one case that are someone else's: found in a text and replaced by REDACTED."""

    def __init__(self, own: str, names: Iterable[str]) -> None:
        own_first = own.split()[0].lower() if own.split() else ""
        spans: set[str] = set()
        for name in names:
            name = name.strip()
            if not name or name.lower() == own.lower():
                continue
            spans.add(name)
            first = name.split()[0]
            if len(name.split()) > 1 and len(first) >= 3 and first.lower() != own_first:
                spans.add(first)
        ordered = sorted(spans, key=len, reverse=True)
        self.pattern = (re.compile("|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in ordered), re.IGNORECASE)
                        if ordered else None)

    def found_in(self, text: str) -> list[str]:
        return list(dict.fromkeys(m.group(0) for m in self.pattern.finditer(text))) if self.pattern else []

    def redact(self, text: str) -> str:
        return self.pattern.sub(REDACTED, text) if self.pattern else text


def _case_dossier(session: Session, lookup: _Lookup, subject: Subject, case: Case) -> CaseDossier:
    primary = subject.role is SubjectRole.PRIMAIR
    others = [s for s in case.subjects if s.id != subject.id]
    reporters = session.scalars(select(Reporter).where(Reporter.case_id == case.id)
                                .order_by(Reporter.id)).all()
    third = _ThirdParties(subject.pseudonym, [s.pseudonym for s in others] + lookup.professional_names
                          + [r.person for r in reporters if r.person])
    pseudonyms = {s.id: s.pseudonym for s in case.subjects}
    made = _ItemMaker(lookup, third)
    items = [made.item(f"persoon:{subject.id}", "Persoonsgegevens", subject.pseudonym, None,
                       _person_text(subject), None)]
    if primary:
        items += [made.item(f"persoon:{o.id}", "Andere persoon", o.pseudonym, None, _person_text(o), None,
                            reasons=("gegevens van een andere persoon in de casus",),
                            redacted="Gegevens van een andere persoon in de casus.",
                            redacted_label="andere persoon") for o in others]
        items += [made.reporter(r) for r in reporters]
        items += [made.item(f"aantekening:{n.id}", "Aantekening", n.label or n.kind.label, n.noted_on, n.text,
                            n.source_partner_id, detail=n.source_detail)
                  for n in session.scalars(select(CaseNote).where(CaseNote.case_id == case.id)
                                           .order_by(CaseNote.id))]
    named = session.execute(select(StatementPerson).where(
        StatementPerson.subject_id.in_([s.id for s in case.subjects]))).scalars().all()
    sources: dict[tuple[str, int], list[str]] = {}
    concerning: set[tuple[str, int]] = set()
    for link in named:
        key = ("signal", link.signal_id) if link.signal_id else ("contribution", link.contribution_id or 0)
        if link.subject_id == subject.id:
            concerning.add(key)
        elif link.role is StatementRole.BRON:
            sources.setdefault(key, []).append(pseudonyms.get(link.subject_id, "?"))
    signals = session.scalars(select(Signal).where(Signal.case_id == case.id)
                              .order_by(Signal.is_contra, Signal.number)).all()
    for sig in signals:
        if primary or ("signal", sig.id) in concerning:
            label = f"{'C' if sig.is_contra else 'S'}{sig.number}"
            items.append(made.item(f"signal:{sig.id}", "Contrasignaal" if sig.is_contra else "Signaal", label,
                                   sig.observed_on, sig.text, sig.partner_id,
                                   professional_id=sig.professional_id, detail=sig.source_detail,
                                   statement_sources=sources.get(("signal", sig.id))))
    contributions = session.execute(
        select(Contribution, Meeting.held_on).join(AgendaItem, AgendaItem.id == Contribution.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id).where(AgendaItem.case_id == case.id)
        .order_by(Meeting.held_on, Contribution.id)).all()
    for con, held_on in contributions:
        if primary or ("contribution", con.id) in concerning:
            items.append(made.item(f"contribution:{con.id}", "Inbreng", con.bob_phase.label, held_on,
                                   con.text, con.partner_id, professional_id=con.professional_id,
                                   statement_sources=sources.get(("contribution", con.id))))
    if primary:
        for dec, held_on in session.execute(
                select(Decision, Meeting.held_on).join(Meeting, Meeting.id == Decision.meeting_id)
                .where(Decision.case_id == case.id).order_by(Meeting.held_on, Decision.number)):
            label = qualified_label(decision_label(dec.number), held_on)
            items.append(made.item(f"decision:{dec.id}", "Besluit", label, held_on, dec.text, None))
    action_filter = ((ActionItem.case_id == case.id) if primary
                     else (ActionItem.concerned_subject_id == subject.id))
    for act, held_on in session.execute(
            select(ActionItem, Meeting.held_on).join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
            .where(action_filter).order_by(Meeting.held_on, ActionItem.number)):
        label = qualified_label(action_label(act.number), held_on)
        items.append(made.item(f"action:{act.id}", "Actie", label, act.due_date or held_on,
                               f"{act.description} ({act.status.label.lower()})",
                               act.owner_partner_id, professional_id=act.owner_professional_id,
                               detail=act.owner_detail))
    if primary:
        sheet = session.scalars(select(BalanceSheet).where(BalanceSheet.case_id == case.id)
                                .order_by(BalanceSheet.version.desc())).first()
        if sheet is not None:
            for entry in session.scalars(select(BalanceEntry).where(BalanceEntry.sheet_id == sheet.id)
                                         .order_by(BalanceEntry.side, BalanceEntry.position)):
                items.append(made.item(f"balance:{entry.id}", f"Balans {entry.side.label}",
                                       f"versie {sheet.version}", entry.observed_on, entry.text,
                                       entry.source_partner_id))
    for rec in session.scalars(select(InformedRecord).where(InformedRecord.subject_id == subject.id)
                               .order_by(InformedRecord.id)):
        about = rec.decision_moment or "besluitmoment"
        detail = f": {rec.postponement_reason}" if rec.postponement_reason else ""
        items.append(made.item(f"informed:{rec.id}", "Geïnformeerd", about,
                               rec.informed_on or rec.review_date, f"{rec.status.label}{detail}", None,
                               name_reason=rec.informed_by))
    relation = subject.relation.label.lower() if subject.relation else "anders"
    return CaseDossier(
        code=case.code, status=case.status.label, opened_on=case.opened_on, closed_on=case.closed_on,
        role=("betrokkene (hoofdpersoon)" if primary
              else f"gerelateerde persoon ({relation})"),
        legal_bases=tuple(b.label for b in case_legal_bases(session, case)), purpose=case.purpose,
        retention=_retention(session, case),
        sources=tuple(sorted(made.organisations)), recipients=_recipients(session, lookup, case.id),
        items=tuple(items))


class _ItemMaker:
    def __init__(self, lookup: _Lookup, third: _ThirdParties) -> None:
        self.lookup, self.third = lookup, third
        self.organisations: set[str] = set()

    def item(self, key: str, kind: str, label: str, day: dt.date | None, body: str, partner_id: int | None, *,
             professional_id: int | None = None, detail: str | None = None,
             statement_sources: list[str] | None = None, reasons: tuple[str, ...] = (),
             redacted: str | None = None, name_reason: str | None = None,
             redacted_label: str | None = None) -> DossierItem:
        organisation = self.lookup.names.partner(partner_id) if partner_id else None
        if organisation:
            self.organisations.add(organisation)
        person = self.lookup.names.person(professional_id)
        why = list(reasons)
        found = self.third.found_in(body)
        if found:
            why.append(f"noemt iemand anders: {', '.join(found)}")
        if person:
            why.append(f"naam van een professional: {person}")
        if detail:
            why.append(f"bronomschrijving kan iemand herleidbaar maken: {detail}")
        if name_reason:
            why.append(f"naam van wie informeerde: {name_reason}")
        for source in statement_sources or ():
            why.append(f"verklaring van {source} (familielid of naaste als bron)")
        shown_source = ", ".join(p for p in (organisation, person, detail,
                                              *(f"verklaring van {s}" for s in statement_sources or ())) if p)
        ask = partner_id in self.lookup.asks_source
        found_in_label = [n for n in self.third.found_in(label) if n not in found]
        if found_in_label and redacted_label is None:
            why.append(f"noemt iemand anders: {', '.join(found_in_label)}")
        return DossierItem(key, kind, label, day, body, shown_source or None, tuple(why), ask,
                           redacted if redacted is not None else self.third.redact(body), organisation,
                           redacted_label if redacted_label is not None else self.third.redact(label))

    def reporter(self, r: Reporter) -> DossierItem:
        organisation = self.lookup.names.partner(r.partner_id) if r.partner_id else None
        who = r.person or self.lookup.names.person(r.professional_id)
        route = f" via {r.route}" if r.route else ""
        body = f"Melding{route}" + (f" door {who}" if who else "")
        return self.item(f"reporter:{r.id}", "Melding", "melder", r.reported_on, body, r.partner_id,
                         reasons=("identiteit van de melder",) if who else (),
                         redacted=f"Melding{route}" + (f" door {organisation}" if organisation else ""))


def _person_text(s: Subject) -> str:
    parts = [s.role.label + (f", {s.relation.label.lower()}" if s.relation else "")]
    if s.date_of_birth:
        parts.append(f"geboren {s.date_of_birth:%d-%m-%Y}")
    elif s.age is not None:
        parts.append(f"{s.age} jaar")
    if s.has_gezag is not None:
        parts.append("heeft gezag" if s.has_gezag else "heeft geen gezag")
    parts += [p for p in (s.living_situation, s.note) if p]
    return "; ".join(parts)


def _retention(session: Session, case: Case) -> str:
    line = retention_line(session, case)
    if line is None:
        return "de casus loopt nog; de bewaartermijn gaat in bij de afsluiting"
    return (f"bewaard tot {line.retention_until:%d-%m-%Y} ({line.years} jaar na de afsluiting op "
            f"{line.closed_on:%d-%m-%Y}); daarna vernietigd")


def _recipients(session: Session, lookup: _Lookup, case_id: int) -> tuple[RecipientLine, ...]:
    rows = session.execute(
        select(DocumentExport.id, DocumentExport.partner_id, DocumentExport.exported_at,
               ExportedItem.item_kind, func.count(ExportedItem.id))
        .join(DocumentExport, DocumentExport.id == ExportedItem.export_id)
        .where(ExportedItem.case_id == case_id, ExportedItem.request_id.is_(None))
        .group_by(DocumentExport.id, ExportedItem.item_kind).order_by(DocumentExport.exported_at)).all()
    carried: dict[int, tuple[int | None, dt.datetime, Counter[str]]] = {}
    for export_id, partner_id, at, kind, count in rows:
        carried.setdefault(export_id, (partner_id, at, Counter()))[2][kind] += count
    words = {"case": ("de casus", "de casus"), "decision": ("besluit", "besluiten"),
             "action": ("actie", "acties")}
    lines = []
    for partner_id, at, counts in carried.values():
        parts = [words[k][0] if k == "case" else f"{counts[k]} {words[k][counts[k] != 1]}"
                 for k in words if counts[k]]
        lines.append(RecipientLine(lookup.names.partner(partner_id), at.date(),
                                   "uittreksel: " + ", ".join(parts)))
    return tuple(lines)


# -- the review ----------------------------------------------------------------------------------


def decide(ctx: ServiceContext, request_id: int, item_key: str, choice: RedactionChoice, reason: str, *,
           source_checked: bool = False) -> ReviewDecisionView:
    """The chair's decision on one review item (replaces an earlier one)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("Geef de reden van de keuze (bijv. 'beschermt de melder', AVG art. 15 lid 4).")
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor,
                      "Alleen de voorzitter beoordeelt wat een betrokkene te zien krijgt.")
        request = _inzage_request(session, request_id)
        dossier = _dossier(session, request, None, local_time(ctx.clock()).date())
        items = {i.key: i for i in dossier.review_items}
        item = items.get(item_key)
        if item is None:
            raise NotFound(f"Onderdeel {item_key} staat niet (meer) ter beoordeling in dit dossier.")
        if item.ask_source and choice is not RedactionChoice.ACHTERHOUDEN and not source_checked:
            raise ValidationError(f"Onderdeel {item.kind} {item.label} komt van politie of OM: {ASK_SOURCE} "
                                  "voordat het wordt verstrekt, en vink aan dat dat is gebeurd.")
        return _store_decision(session, ctx, request.id, item_key, choice, reason, source_checked)


def review_decisions(ctx: ServiceContext, request_id: int) -> dict[str, ReviewDecisionView]:
    with ctx.unit_of_work() as session:
        return _decisions(session, request_id)


def review_sheet(dossier: Dossier, decisions: Mapping[str, ReviewDecisionView],
                 default_choice: RedactionChoice | None = None) -> tuple[SheetLine, ...]:
    """Every review item with the reason it is one and what goes out (``None``: not decided yet)."""
    lines = []
    for case in dossier.cases:
        for item in case.items:
            if not item.needs_review:
                continue
            choice, note = _effective(item, decisions.get(item.key), default_choice)
            why = list(item.third_party) + ([f"van politie of OM: {ASK_SOURCE}"] if item.ask_source else [])
            lines.append(SheetLine(item.key, case.code, f"{item.kind} {item.label}", "; ".join(why),
                                   choice or RedactionChoice.ACHTERHOUDEN, note))
    return tuple(lines)


def _effective(item: DossierItem, decided: ReviewDecisionView | None,
               default: RedactionChoice | None) -> tuple[RedactionChoice | None, str]:
    if decided is not None and (decided.source_checked or not item.ask_source
                                or decided.choice is RedactionChoice.ACHTERHOUDEN):
        return decided.choice, decided.reason or ""
    if item.ask_source:
        return RedactionChoice.ACHTERHOUDEN, f"achtergehouden: nog niet nagevraagd bij de bron ({ASK_SOURCE})"
    if default is not None:
        return default, CLI_DEFAULT_REASON
    return None, "nog niet beoordeeld"


# -- release -------------------------------------------------------------------------------------


def release(ctx: ServiceContext, request_id: int, case_code: str | None = None, *,
            default_choice: RedactionChoice | None = None) -> Released:
    """The dossier as the person receives it (PDF and JSON), with the review decisions burned in.

    Without ``default_choice`` every review item needs the chair's decision first; with it, items
    not decided get that choice (the CLI: WEGLAKKEN). Police or OM items not checked with the source
    are withheld either way. The export is logged, with an audit event naming each decision."""
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Alleen de voorzitter geeft een inzage vrij.")
        request = _inzage_request(session, request_id)
        refusal = release_refusal(session, request)
        if refusal is not None:
            raise ValidationError(refusal)
        dossier = _dossier(session, request, case_code, local_time(ctx.clock()).date())
        sheet = review_sheet(dossier, _decisions(session, request.id), default_choice)
        undecided = [line.key for line in sheet if line.note == "nog niet beoordeeld"]
        if undecided:
            what = ("het onderdeel dat iets over een ander onthult" if len(undecided) == 1
                    else f"de {len(undecided)} onderdelen die iets over een ander onthullen")
            more = ", …" if len(undecided) > 5 else ""
            raise ValidationError(f"Beoordeel eerst {what}: "
                                  f"{', '.join(undecided[:5])}{more}.")
        for line in sheet:
            if line.note == CLI_DEFAULT_REASON:
                _store_decision(session, ctx, request.id, line.key, line.choice, CLI_DEFAULT_REASON, False)
        stamp = export_stamp(session, ctx)
    burned = burn(dossier, {line.key: line.choice for line in sheet})
    built = build_inzage(burned, stamp)
    json_text = dossier_json(burned)
    with ctx.unit_of_work() as session:
        export = DocumentExport(kind="inzage", meeting_id=None, partner_id=None, signed=False,
                                sha256=hashlib.sha256(built.pdf).hexdigest(), page_count=built.page_count,
                                exported_at=ctx.clock(), exported_by=ctx.actor)
        session.add(export)
        session.flush()
        session.add(ExportedItem(export_id=export.id, item_kind="inzage", request_id=request_id))
        for summary in _decision_summaries(request_id, sheet):
            record_event(session, "inzage verstrekt", SubjectRequest.__tablename__, request_id, summary)
    return Released(built, json_text, sheet)


def _decision_summaries(request_id: int, sheet: tuple[SheetLine, ...]) -> list[str]:
    """Content-free: the item keys and choices, in as many audit lines as the summary length needs."""
    head = f"inzage verzoek {request_id}; keuzes: "
    pairs = [f"{line.key}={line.choice.value}" for line in sheet] or ["geen te beoordelen onderdelen"]
    summaries, current = [], head
    for pair in pairs:
        if len(current) + len(pair) + 2 > AUDIT_SUMMARY:
            summaries.append(current.rstrip(", "))
            current = head
        current += pair + ", "
    summaries.append(current.rstrip(", "))
    return summaries


def _inzage_request(session: Session, request_id: int) -> SubjectRequest:
    request = load_request(session, request_id)
    if request.kind is not RequestKind.INZAGE:
        raise ValidationError(f"Dit is een verzoek om {request.kind.label.lower()}, geen inzageverzoek.")
    if not request.status.is_open:
        raise ValidationError(f"Het verzoek is al {request.status.label.lower()}.")
    return request


def _decisions(session: Session, request_id: int) -> dict[str, ReviewDecisionView]:
    return {d.item_key: ReviewDecisionView(d.item_key, d.choice, d.reason, d.source_checked, d.decided_by)
            for d in session.scalars(select(RedactionDecision)
                                     .where(RedactionDecision.request_id == request_id))}


def _store_decision(session: Session, ctx: ServiceContext, request_id: int, key: str, choice: RedactionChoice,
                    reason: str, source_checked: bool) -> ReviewDecisionView:
    row = session.scalar(select(RedactionDecision).where(RedactionDecision.request_id == request_id,
                                                         RedactionDecision.item_key == key))
    if row is None:
        row = RedactionDecision(request_id=request_id, item_key=key)
        session.add(row)
    row.choice, row.reason, row.source_checked = choice, reason, source_checked
    row.decided_by, row.decided_at = ctx.actor, ctx.clock()
    session.flush()
    return ReviewDecisionView(key, choice, reason, source_checked, ctx.actor)
