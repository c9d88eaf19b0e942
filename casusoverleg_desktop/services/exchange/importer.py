"""Import: check everything, then write everything in one transaction — or nothing at all.

Order of checks: readable JSON and the right ``format``/``version`` (refused at once), the JSON
Schema, references and domain rules, and finally conflicts with what the vault already holds (a
case code, partner name or municipality that exists). Only a document without any problem is
written, in one unit of work: every inserted row is recorded in the audit trail by the session's
audit listener.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.data import MeetingRecord
from casusoverleg_desktop.documents.data_codec import decode
from casusoverleg_desktop.domain import enums as e
from casusoverleg_desktop.domain.diagnosis import needs_diagnosis_flag
from casusoverleg_desktop.domain.workdays import default_respond_by
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange.balance_exchange import ENTITY_LABELS as BALANCE_LABELS
from casusoverleg_desktop.services.exchange.balance_exchange import write_balance_sheets
from casusoverleg_desktop.services.exchange.chain_exchange import ENTITY_LABELS as CHAIN_LABELS
from casusoverleg_desktop.services.exchange.chain_exchange import (
    chain_conflicts,
    write_chain,
    write_reporter_chains,
)
from casusoverleg_desktop.services.exchange.consistency import consistency_problems
from casusoverleg_desktop.services.exchange.document import (
    label_number,
    parse_date,
    parse_moment,
    parse_time,
)
from casusoverleg_desktop.services.exchange.privacy_exchange import ENTITY_LABELS as PRIVACY_LABELS
from casusoverleg_desktop.services.exchange.privacy_exchange import (
    privacy_conflicts,
    write_case_privacy,
    write_privacy,
    write_statement_persons,
)
from casusoverleg_desktop.services.exchange.validation import (
    Source,
    read_document,
    rejected,
    schema_problems,
)
from casusoverleg_desktop.services.meeting_record import store
from casusoverleg_desktop.store import models as m

Doc = dict[str, Any]

_ENTITY_LABELS = {
    "partner": "partners", "professional": "professionals", "case_file": "casussen",
    "subject": "betrokkenen", "case_transition": "statusovergangen", "reporter": "melders",
    "reporter_feedback": "terugkoppelingen", "informed_record": "informeren-registraties",
    "signal": "signalen", "case_note": "notities", "consultation": "consultaties",
    "assessment": "wegingen", "assessment_panel_member": "wegingspanelleden",
    "escalation_event": "op-/afschalingen", "meeting": "vergaderingen",
    "meeting_attendance": "aanwezigheden", "agenda_item": "agendapunten",
    "agenda_item_invitation": "uitnodigingen", "case_item_attendance": "aanwezigheden per casus",
    "contribution": "inbrengen", "decision": "besluiten", "decision_share": "besluitdelingen",
    "action_item": "actiepunten", "action_addressee": "actie-geadresseerden",
    "action_postponement": "uitstellen", "action_review": "actiepuntbesprekingen",
    "minutes_version": "verslagversies", "minutes_correction": "correcties bij vaststelling",
    "meeting_record": "vastgelegde vergaderingen", **BALANCE_LABELS, **PRIVACY_LABELS,
    **CHAIN_LABELS,
}


@dataclass(frozen=True)
class ImportSummary:
    """How many rows of each table were written (table name → count)."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        """One Dutch line for the CLI or a dialog."""
        parts = [f"{count} {_ENTITY_LABELS.get(table, table)}"
                 for table, count in self.counts.items() if count]
        return "Geïmporteerd: " + (", ".join(parts) if parts else "niets (leeg document)") + "."


def validate_document(source: Source) -> Doc:
    """The document, checked against schema, references and domain rules (not yet the vault)."""
    document = read_document(source)
    problems = schema_problems(document)
    if problems:
        raise rejected(problems)
    problems = consistency_problems(document)
    if problems:
        raise rejected(problems)
    return document


def import_document(ctx: ServiceContext, source: Source) -> ImportSummary:
    """Import a document (dict, JSON bytes, or a path given as ``str``/``PathLike``).

    Raises ``ImportRejected`` with every problem found; then nothing has been written.
    """
    document = validate_document(source)
    with ctx.unit_of_work() as session:
        conflicts = _conflicts_with_vault(session, document)
        if conflicts:
            raise rejected(conflicts)
        writer = _Writer(session, ctx)
        writer.write(document)
        return ImportSummary(dict(writer.counts))


def import_file(ctx: ServiceContext, path: str | os.PathLike[str]) -> ImportSummary:
    return import_document(ctx, os.fspath(path))


def _conflicts_with_vault(session: Session, document: Doc) -> list[str]:
    codes = set(session.scalars(select(m.Case.code)))
    names = set(session.scalars(select(m.Partner.name)))
    problems = [f"partners[{i}].name: partner '{p['name']}' bestaat al in deze kluis"
                for i, p in enumerate(document["partners"]) if p["name"] in names]
    problems += [f"cases[{i}].code: casus '{c['code']}' bestaat al in deze kluis"
                 for i, c in enumerate(document["cases"]) if c["code"] in codes]
    return problems + privacy_conflicts(session, document, codes) + chain_conflicts(session, document)


def _enum(enum: type[e.LabelledEnum], value: str | None) -> Any:
    return None if value is None else enum(value)


class _Writer:
    """Turns a checked document into rows; keys are resolved to the ids of the new rows."""

    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self.session = session
        self.ctx = ctx
        self.counts: Counter[str] = Counter()
        self.partner_ids: dict[str, int] = {}
        self.professionals: dict[str, m.Professional] = {}
        self.meetings: dict[str, m.Meeting] = {}
        self.cases: dict[str, m.Case] = {}
        self.subject_ids: dict[tuple[str, str], int] = {}
        self.agenda_item_ids: dict[tuple[str, int], int] = {}
        self.decision_ids: dict[tuple[str, str], int] = {}

    def add(self, row: Any) -> Any:
        self.session.add(row)
        self.counts[row.__tablename__] += 1
        return row

    def flush(self) -> None:
        self.session.flush()

    # The rows' ids by their keys in the document; an absent key is no row.
    @overload
    def partner(self, key: str) -> int: ...
    @overload
    def partner(self, key: str | None) -> int | None: ...
    def partner(self, key: str | None) -> int | None:
        return None if key is None else self.partner_ids[key]

    @overload
    def professional(self, key: str) -> int: ...
    @overload
    def professional(self, key: str | None) -> int | None: ...
    def professional(self, key: str | None) -> int | None:
        return None if key is None else self.professionals[key].id

    @overload
    def meeting(self, key: str) -> int: ...
    @overload
    def meeting(self, key: str | None) -> int | None: ...
    def meeting(self, key: str | None) -> int | None:
        return None if key is None else self.meetings[key].id

    @overload
    def case(self, code: str) -> int: ...
    @overload
    def case(self, code: str | None) -> int | None: ...
    def case(self, code: str | None) -> int | None:
        return None if code is None else self.cases[code].id

    def decision(self, ref: Doc | None) -> int | None:
        return None if ref is None else self.decision_ids[(ref["meeting"], ref["number"])]

    def write(self, document: Doc) -> None:
        self._partners(document["partners"])
        for meeting in document["meetings"]:
            self._meeting(meeting)
        for case in document["cases"]:
            self._case(case)
        self.flush()
        for meeting in document["meetings"]:
            self._agenda_and_decisions(meeting)
        for case in document["cases"]:
            self._case_content(case)
        for meeting in document["meetings"]:
            self._actions_and_minutes(meeting)
        self.flush()
        for case in document["cases"]:
            write_balance_sheets(self, case)
        self.flush()
        for case in document["cases"]:
            write_case_privacy(self, case)
        write_privacy(self, document)
        write_reporter_chains(self, document, write_chain(self, document))

    # --- Partners -----------------------------------------------------------------------------

    def _partners(self, partners: list[Doc]) -> None:
        for p in partners:
            partner = self.add(m.Partner(
                name=p["name"], short_name=p.get("short_name"), domain=e.PartnerDomain(p["domain"]),
                tier=e.PartnerTier(p["tier"]), covenant_signed=p.get("covenant_signed", False)))
            self.flush()
            self.partner_ids[p["key"]] = partner.id
            for pro in p.get("professionals", []):
                self.professionals[pro["key"]] = self.add(m.Professional(
                    partner_id=partner.id, name=pro["name"], function=pro.get("function"),
                    qualified_for_diagnosis=pro.get("qualified_for_diagnosis", False),
                    active=pro.get("active", True)))
        self.flush()

    def _qualified(self, professional_key: str | None) -> bool:
        return professional_key is not None and self.professionals[professional_key].qualified_for_diagnosis

    def _diagnosis_flag(self, row: Doc) -> bool:
        """Kept when given; a diagnosis-like text without a qualified source is always flagged."""
        computed = needs_diagnosis_flag(row["text"], self._qualified(row.get("professional")))
        return row.get("diagnosis_flag", False) or computed

    # --- Cases --------------------------------------------------------------------------------

    def _case(self, c: Doc) -> None:
        self.cases[c["code"]] = self.add(m.Case(
            code=c["code"], legal_basis=e.LegalBasis(c["legal_basis"]),
            covenant_name=c.get("covenant_name"), purpose=c.get("purpose"),
            status=e.CaseStatus(c["status"]), opened_on=parse_date(c["opened_on"]),
            case_manager_id=self.professional(c.get("case_manager")),
            next_review_date=parse_date(c.get("next_review_date")),
            closure_reason=_enum(e.ClosureReason, c.get("closure_reason")),
            closed_on=parse_date(c.get("closed_on"))))
        self.flush()
        for s in c.get("subjects", []):
            subject = self.add(m.Subject(
                case_id=self.case(c["code"]), pseudonym=s["pseudonym"], role=e.SubjectRole(s["role"]),
                relation=_enum(e.Relation, s.get("relation")), age=s.get("age"),
                date_of_birth=parse_date(s.get("date_of_birth")), has_gezag=s.get("has_gezag"),
                living_situation=s.get("living_situation"), note=s.get("note")))
            self.flush()
            self.subject_ids[(c["code"], s["key"])] = subject.id

    def _case_content(self, c: Doc) -> None:
        case_id = self.case(c["code"])
        previous: e.CaseStatus | None = None
        for t in c["transitions"]:
            to_status = e.CaseStatus(t["to_status"])
            self.add(m.CaseTransition(
                case_id=case_id, from_status=previous, to_status=to_status,
                at=parse_moment(t["at"]), by=t["by"], rationale=t.get("rationale"),
                meeting_id=self.meeting(t.get("meeting"))))
            previous = to_status
        for r in c.get("reporters", []):
            self._reporter(case_id, r)
        for i in c.get("informed", []):
            self.add(m.InformedRecord(
                case_id=case_id, subject_id=self.subject_ids[(c["code"], i["subject"])],
                decision_moment=i.get("decision_moment"), meeting_id=self.meeting(i.get("meeting")),
                decision_id=self.decision(i.get("decision")), status=e.InformedStatus(i["status"]),
                informed_by=i.get("informed_by"), informed_on=parse_date(i.get("informed_on")),
                postponement_reason=i.get("postponement_reason"),
                review_date=parse_date(i.get("review_date")), superseded=i.get("superseded", False)))
        for s in c.get("signals", []):
            self._signal(case_id, s)
        for n in c.get("notes", []):
            self.add(m.CaseNote(
                case_id=case_id, kind=e.CaseNoteKind(n["kind"]), label=n.get("label"),
                text=n["text"], noted_on=parse_date(n.get("noted_on")),
                statement_type=_enum(e.StatementType, n.get("statement_type")),
                data_category=e.DataCategory(n.get("data_category", e.DataCategory.GEWOON)),
                source_partner_id=self.partner(n.get("source_partner")),
                source_detail=n.get("source_detail")))
        for k in c.get("consultations", []):
            self.add(m.Consultation(
                case_id=case_id, partner_id=self.partner(k["partner"]), kind=k["kind"],
                consulted_on=parse_date(k.get("consulted_on")),
                meeting_id=self.meeting(k.get("meeting"))))
        for a in c.get("assessments", []):
            self._assessment(case_id, a)
        for x in c.get("escalations", []):
            self.add(m.EscalationEvent(
                case_id=case_id, direction=e.EscalationDirection(x["direction"]),
                occurred_on=parse_date(x["occurred_on"]), reason=x["reason"],
                decision_id=self.decision(x.get("decision")),
                recorded_by=x.get("recorded_by", self.ctx.actor)))

    def _reporter(self, case_id: int, r: Doc) -> None:
        reported_on = parse_date(r["reported_on"])
        reporter = self.add(m.Reporter(
            case_id=case_id, partner_id=self.partner(r.get("partner")),
            professional_id=self.professional(r.get("professional")), person=r.get("person"),
            route=r.get("route"), reported_on=reported_on,
            respond_by=parse_date(r.get("respond_by")) or default_respond_by(reported_on)))
        self.flush()
        for f in r.get("feedback", []):
            self.add(m.ReporterFeedback(
                reporter_id=reporter.id, given_on=parse_date(f["given_on"]), given_to=f["given_to"],
                content=f["content"], given_by=f.get("given_by", self.ctx.actor),
                meeting_id=self.meeting(f.get("meeting"))))

    def _signal(self, case_id: int, s: Doc) -> None:
        self.add(m.Signal(
            case_id=case_id, number=label_number(s["key"]), is_contra=s["key"].startswith("C"),
            observed_on=parse_date(s.get("observed_on")), partner_id=self.partner(s.get("partner")),
            professional_id=self.professional(s.get("professional")),
            source_detail=s.get("source_detail"), statement_type=e.StatementType(s["statement_type"]),
            data_category=e.DataCategory(s.get("data_category", e.DataCategory.GEWOON)),
            text=s["text"], diagnosis_flag=self._diagnosis_flag(s),
            verification=e.Verification(s.get("verification", e.Verification.ONBEVESTIGD)),
            verified_on=parse_date(s.get("verified_on")), verified_by=s.get("verified_by"),
            verification_note=s.get("verification_note"),
            recorded_at=parse_moment(s.get("recorded_at")) or self.ctx.clock()))

    def _assessment(self, case_id: int, a: Doc) -> None:
        assessment = self.add(m.Assessment(
            case_id=case_id, assessed_on=parse_date(a["assessed_on"]),
            outcome=e.AssessmentOutcome(a["outcome"]), outcome_detail=a.get("outcome_detail"),
            rationale=a["rationale"], meeting_id=self.meeting(a.get("meeting"))))
        self.flush()
        for p in a["panel"]:
            self.add(m.AssessmentPanelMember(
                assessment_id=assessment.id, partner_id=self.partner(p["partner"]),
                professional_id=self.professional(p.get("professional")),
                panel_role=p.get("panel_role")))

    # --- Meetings -----------------------------------------------------------------------------

    def _meeting(self, g: Doc) -> None:
        self.meetings[g["key"]] = self.add(m.Meeting(
            meeting_type=e.MeetingType(g["meeting_type"]), title=g.get("title"),
            held_on=parse_date(g["held_on"]), start_time=parse_time(g.get("start_time")),
            end_time=parse_time(g.get("end_time")), location=g.get("location"),
            chair_id=self.professional(g.get("chair")),
            minute_taker_id=self.professional(g.get("minute_taker")),
            status=e.MeetingStatus(g.get("status", e.MeetingStatus.IN_VOORBEREIDING)),
            next_meeting_on=parse_date(g.get("next_meeting_on"))))

    def _attendance(self, model: type, owner: dict[str, int], rows: list[Doc]) -> None:
        for a in rows:
            self.add(model(**owner, partner_id=self.partner(a["partner"]),
                           professional_id=self.professional(a.get("professional")),
                           status=e.Attendance(a["status"]), note=a.get("note")))

    def _agenda_and_decisions(self, g: Doc) -> None:
        meeting_id = self.meeting(g["key"])
        self._attendance(m.MeetingAttendance, {"meeting_id": meeting_id}, g.get("attendance", []))
        for item in g.get("agenda", []):
            row = self.add(m.AgendaItem(
                meeting_id=meeting_id, position=item["position"], kind=e.AgendaItemKind(item["kind"]),
                title=item["title"], case_id=self.case(item.get("case")),
                slot_minutes=item.get("slot_minutes"), question=item.get("question"),
                notes=item.get("notes")))
            self.flush()
            self.agenda_item_ids[(g["key"], item["position"])] = row.id
            for partner in item.get("invited", []):
                self.add(m.AgendaItemInvitation(agenda_item_id=row.id, partner_id=self.partner(partner)))
            self._attendance(m.CaseItemAttendance, {"agenda_item_id": row.id},
                             item.get("attendance", []))
            for c in item.get("contributions", []):
                contribution = self.add(m.Contribution(
                    agenda_item_id=row.id, partner_id=self.partner(c["partner"]),
                    professional_id=self.professional(c.get("professional")),
                    bob_phase=e.BobPhase(c["bob_phase"]),
                    statement_type=e.StatementType(c["statement_type"]),
                    data_category=e.DataCategory(c.get("data_category", e.DataCategory.GEWOON)),
                    text=c["text"], diagnosis_flag=self._diagnosis_flag(c)))
                if "concerns" in c or "source_person" in c:
                    self.flush()
                    write_statement_persons(self, item.get("case"), c, contribution_id=contribution.id)
        for d in g.get("decisions", []):
            decision = self.add(m.Decision(
                meeting_id=meeting_id, number=label_number(d["number"]),
                agenda_item_id=self._agenda_item(g["key"], d.get("agenda_item")),
                case_id=self.case(d.get("case") or self._case_of_item(g, d.get("agenda_item"))),
                text=d["text"]))
            self.flush()
            self.decision_ids[(g["key"], d["number"])] = decision.id
            for partner in d.get("shared_with", []):
                self.add(m.DecisionShare(decision_id=decision.id, partner_id=self.partner(partner)))

    def _agenda_item(self, meeting_key: str, position: int | None) -> int | None:
        return None if position is None else self.agenda_item_ids[(meeting_key, position)]

    @staticmethod
    def _case_of_item(g: Doc, position: int | None) -> str | None:
        """A decision or action on a case item concerns that item's case (as in the services)."""
        for item in g.get("agenda", []):
            if position is not None and item["position"] == position:
                case: str | None = item.get("case")
                return case
        return None

    def _actions_and_minutes(self, g: Doc) -> None:
        meeting_id = self.meeting(g["key"])
        for a in g.get("actions", []):
            case_code = a.get("case") or self._case_of_item(g, a.get("agenda_item"))
            concerned = a.get("concerned_subject")
            postponements = a.get("postponements", [])
            action = self.add(m.ActionItem(
                origin_meeting_id=meeting_id, number=label_number(a["number"]),
                agenda_item_id=self._agenda_item(g["key"], a.get("agenda_item")),
                case_id=self.case(case_code), description=a["description"],
                owner_partner_id=self.partner(a["owner"]),
                owner_professional_id=self.professional(a.get("owner_professional")),
                owner_detail=a.get("owner_detail"),
                concerned_subject_id=(None if concerned is None or case_code is None
                                      else self.subject_ids[(case_code, concerned)]),
                due_date=parse_date(a.get("due_date")), condition=a.get("condition"),
                ongoing=a.get("ongoing", False), status=e.ActionStatus(a.get("status", e.ActionStatus.OPEN)),
                postponement_count=a.get("postponement_count", len(postponements)),
                closed_on=parse_date(a.get("closed_on")), closed_by=a.get("closed_by"),
                status_note=a.get("status_note")))
            self.flush()
            for partner in a.get("addressed_to", []):
                self.add(m.ActionAddressee(action_item_id=action.id, partner_id=self.partner(partner)))
            for p in postponements:
                self.add(m.ActionPostponement(
                    action_item_id=action.id, previous_due_date=parse_date(p["previous_due_date"]),
                    new_due_date=parse_date(p["new_due_date"]), reason=p.get("reason"),
                    meeting_id=self.meeting(p.get("meeting")),
                    at=parse_moment(p.get("at")) or self.ctx.clock(), by=p.get("by", self.ctx.actor)))
            for r in a.get("reviews", []):
                self.add(m.ActionReview(
                    action_item_id=action.id, meeting_id=self.meeting(r["meeting"]),
                    status_after=_enum(e.ActionStatus, r.get("status_after")), note=r.get("note")))
        if (record := g.get("record")) is not None:
            content = decode(MeetingRecord, record["content"],
                             partner=lambda key: self.partner_ids.get(key, 0))
            store(self.session, meeting_id, replace(
                content, at_closing=record.get("at_closing", True),
                frozen_at=parse_moment(record.get("frozen_at")) or self.ctx.clock()),
                record.get("frozen_by", self.ctx.actor))
            self.counts[m.FrozenRecord.__tablename__] += 1
        for v in g.get("minutes", []):
            version = self.add(m.MinutesVersion(
                meeting_id=meeting_id, version=v["version"],
                status=e.MinutesStatus(v.get("status", e.MinutesStatus.CONCEPT)), body=v["body"],
                correction_note=v.get("correction_note"),
                adopted_in_meeting_id=self.meeting(v.get("adopted_in")),
                adopted_on=parse_date(v.get("adopted_on")),
                adoption_corrections=v.get("adoption_corrections"),
                written_procedure=v.get("written_procedure"), adopted_by=v.get("adopted_by"),
                signed_on=parse_date(v.get("signed_on")), signed_by_chair=v.get("signed_by_chair"),
                signed_by_minute_taker=v.get("signed_by_minute_taker"),
                created_at=parse_moment(v.get("created_at")) or self.ctx.clock(),
                created_by=v.get("created_by", self.ctx.actor)))
            self.flush()
            for position, c in enumerate(v.get("corrections", []), start=1):
                self.add(m.MinutesCorrection(minutes_version_id=version.id, position=position,
                                             section=c["section"], text=c["text"]))
