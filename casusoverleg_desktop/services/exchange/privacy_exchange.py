"""The privacy duties in the exchange format (version 2): legal bases, retention, holds, families,
persons named by statements, destruction records and requests through the contact point.

Export, the reference and rule checks, and the import live here; ``export.py``, ``consistency.py``
and ``importer.py`` call in. A request is keyed ``V-<year received>-<NNN>`` (numbered per year in
order of receipt). A redaction decision names its item by document keys (``redaction_item``), never
by the database ids in the vault's own ``item_key``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain import balance as b
from casusoverleg_desktop.domain.enums import (
    LegalBasis,
    PersonRelation,
    RedactionChoice,
    Requester,
    RequestKind,
    RequestStatus,
    StatementRole,
)
from casusoverleg_desktop.domain.labels import action_label, decision_label, signal_label
from casusoverleg_desktop.services.exchange.document import (
    compact,
    date_text,
    label_number,
    moment_text,
    parse_date,
    parse_moment,
)
from casusoverleg_desktop.store import balance_models as bm
from casusoverleg_desktop.store import models as m
from casusoverleg_desktop.store import privacy_models as pm

Doc = dict[str, Any]

PRIVACY_TABLES = frozenset({
    "case_legal_basis", "retention_period", "case_retention", "legal_hold", "destruction_record",
    "person_link", "gezag_holder", "statement_person", "subject_request", "request_subject",
    "redaction_decision",
})
ENTITY_LABELS = {
    "case_legal_basis": "verdere grondslagen", "retention_period": "bewaartermijnen",
    "case_retention": "vastgestelde bewaartermijnen", "legal_hold": "bewaarblokkades",
    "destruction_record": "vernietigingsverklaringen", "person_link": "relaties",
    "gezag_holder": "gezagsdragers", "statement_person": "genoemde personen",
    "subject_request": "verzoeken", "request_subject": "betrokkenen bij verzoeken",
    "redaction_decision": "beoordelingsbesluiten",
}
# The kinds of items an inzage dossier reviews (``services.inzage``), as named in its item keys.
_CASE_LISTS: dict[str, Any] = {
    "aantekening": m.CaseNote, "informed": m.InformedRecord, "reporter": m.Reporter}
_DOCUMENT_LISTS = {"aantekening": "notes", "informed": "informed", "reporter": "reporters"}


# --- Export -----------------------------------------------------------------------------------


class PrivacyKeys:
    """What the export needs besides the document's keys: request keys and statement persons."""

    def __init__(self, session: Session, keys: Any) -> None:
        self.keys = keys
        self.request: dict[int, str] = {}
        counters: dict[int, int] = defaultdict(int)
        for request_id, received_on in session.execute(
                select(pm.SubjectRequest.id, pm.SubjectRequest.received_on)
                .order_by(pm.SubjectRequest.received_on, pm.SubjectRequest.id)):
            counters[received_on.year] += 1
            self.request[request_id] = f"V-{received_on.year}-{counters[received_on.year]:03d}"
        self.subject_case = {subject_id: case_id for subject_id, case_id
                             in session.execute(select(m.Subject.id, m.Subject.case_id))}
        self.statements: dict[tuple[str, int], dict[StatementRole, list[str]]] = defaultdict(
            lambda: defaultdict(list))
        for row in session.scalars(select(pm.StatementPerson)):
            owner = (("signal", row.signal_id) if row.signal_id is not None
                     else ("contribution", row.contribution_id))
            self.statements[owner][row.role].append(keys.subject[row.subject_id])  # type: ignore[index]

    def subject_ref(self, subject_id: int | None) -> Doc | None:
        if subject_id is None:
            return None
        return {"case": self.keys.case[self.subject_case[subject_id]],
                "subject": self.keys.subject[subject_id]}

    def statement_fields(self, owner: str, row_id: int) -> Doc:
        """``concerns`` and ``source_person`` of a signal or contribution."""
        named = self.statements.get((owner, row_id))
        if not named:
            return {}
        sources = sorted(named.get(StatementRole.BRON, []))
        return compact(concerns=sorted(named.get(StatementRole.BETREFT, [])),
                       source_person=sources[0] if sources else None)


def _by_id(session: Session, model: Any, *where: Any, order: tuple[Any, ...] = ()) -> list[Any]:
    return list(session.scalars(select(model).where(*where).order_by(*order, model.id)))


def export_case_privacy(session: Session, privacy: PrivacyKeys, case_id: int) -> Doc:
    keys = privacy.keys
    retention = session.scalar(select(pm.CaseRetention).where(pm.CaseRetention.case_id == case_id))
    return compact(
        legal_bases=[
            compact(basis=r.basis.value, covenant_name=r.covenant_name, started_on=date_text(r.started_on))
            for r in _by_id(session, pm.CaseLegalBasis, pm.CaseLegalBasis.case_id == case_id,
                            order=(pm.CaseLegalBasis.started_on, pm.CaseLegalBasis.basis))
        ],
        retention=None if retention is None else {
            "closed_on": date_text(retention.closed_on),
            "retention_until": date_text(retention.retention_until), "years": retention.years},
        legal_holds=[
            compact(reason=h.reason, request=privacy.request.get(h.request_id) if h.request_id else None,
                    placed_on=date_text(h.placed_on), placed_by=h.placed_by, lifted_on=date_text(h.lifted_on),
                    lifted_by=h.lifted_by, lift_note=h.lift_note)
            for h in _by_id(session, pm.LegalHold, pm.LegalHold.case_id == case_id,
                            order=(pm.LegalHold.placed_on,))
        ],
        person_links=[
            compact(subject=keys.subject[k.subject_id], kind=k.kind.value,
                    related_subject=keys.subject[k.related_subject_id], detail=k.detail)
            for k in _by_id(session, pm.PersonLink, pm.PersonLink.case_id == case_id)
        ],
        gezag=[
            compact(minor=keys.subject[g.minor_subject_id], holder=keys.of(keys.subject, g.holder_subject_id),
                    guardian=g.holder_detail)
            for g in _by_id(session, pm.GezagHolder, pm.GezagHolder.case_id == case_id)
        ],
    )


def export_privacy(session: Session, privacy: PrivacyKeys) -> Doc:
    """The top-level parts: retention periods, destruction records, subject requests."""
    return {
        "retention_periods": [
            compact(basis=p.basis.value, years=p.years, source=p.source, set_by=p.set_by,
                    set_on=date_text(p.set_on))
            for p in sorted(session.scalars(select(pm.RetentionPeriod)), key=lambda p: p.basis.value)
        ],
        "destruction_records": [
            compact(case_code=d.case_code, legal_bases=d.legal_bases, opened_on=date_text(d.opened_on),
                    closed_on=date_text(d.closed_on), retention_until=date_text(d.retention_until),
                    destroyed_at=moment_text(d.destroyed_at), destroyed_by=d.destroyed_by,
                    record_count=d.record_count, counts=json.loads(d.counts or "{}"),
                    documents_removed=d.documents_removed, backups_rewritten=d.backups_rewritten,
                    audit_head=d.audit_head)
            for d in _by_id(session, pm.DestructionRecord, order=(pm.DestructionRecord.case_code,))
        ],
        "subject_requests": [_request(session, privacy, r) for r in _by_id(
            session, pm.SubjectRequest, order=(pm.SubjectRequest.received_on,))],
    }


def _request(session: Session, privacy: PrivacyKeys, r: pm.SubjectRequest) -> Doc:
    persons = [privacy.subject_ref(s) for s in session.scalars(
        select(pm.RequestSubject.subject_id).where(pm.RequestSubject.request_id == r.id))]
    redactions = []
    for d in _by_id(session, pm.RedactionDecision, pm.RedactionDecision.request_id == r.id,
                    order=(pm.RedactionDecision.decided_at,)):
        item = _item_ref(session, privacy, d.item_key)
        if item is not None:  # a decision on an item that no longer exists has nothing to apply to
            redactions.append(compact(item=item, choice=d.choice.value, reason=d.reason,
                                      source_checked=d.source_checked, decided_by=d.decided_by,
                                      decided_at=moment_text(d.decided_at)))
    return compact(
        key=privacy.request[r.id], kind=r.kind.value, person_pseudonym=r.person_pseudonym,
        requester=r.requester.value, requester_subject=privacy.subject_ref(r.requester_subject_id),
        requester_detail=r.requester_detail, received_on=date_text(r.received_on),
        deadline=date_text(r.deadline), extended_until=date_text(r.extended_until),
        extension_reason=r.extension_reason, status=r.status.value, outcome=r.outcome,
        handled_on=date_text(r.handled_on), minor_position=r.minor_position, registered_by=r.registered_by,
        persons=sorted(persons, key=lambda ref: (ref["case"], ref["subject"]) if ref else ("", "")),
        redactions=redactions,
    )


def _index_of(session: Session, model: Any, owner: Any, row_id: int) -> int:
    return [row.id for row in _by_id(session, model, owner)].index(row_id)


def _item_ref(session: Session, privacy: PrivacyKeys, item_key: str) -> Doc | None:
    """``signal:12`` → ``{"kind": "signal", "case": …, "signal": "S2"}``; None when the row is gone."""
    kind, _, number = item_key.partition(":")
    keys = privacy.keys
    row_id = int(number) if number.isdigit() else 0
    if kind == "persoon" and (subject := session.get(m.Subject, row_id)) is not None:
        return {"kind": kind, **(privacy.subject_ref(subject.id) or {})}
    if kind == "signal" and (signal := session.get(m.Signal, row_id)) is not None:
        return {"kind": kind, "case": keys.case[signal.case_id],
                "signal": signal_label(signal.number, signal.is_contra)}
    if kind in _CASE_LISTS and (row := session.get(_CASE_LISTS[kind], row_id)) is not None:
        model = _CASE_LISTS[kind]
        return {"kind": kind, "case": keys.case[row.case_id],
                "index": _index_of(session, model, model.case_id == row.case_id, row.id)}
    if kind == "contribution" and (con := session.get(m.Contribution, row_id)) is not None:
        item = session.get(m.AgendaItem, con.agenda_item_id)
        assert item is not None
        return {"kind": kind, "meeting": keys.meeting[item.meeting_id], "agenda_item": item.position,
                "index": _index_of(session, m.Contribution, m.Contribution.agenda_item_id == item.id, con.id)}
    if kind == "decision" and (dec := session.get(m.Decision, row_id)) is not None:
        return {"kind": kind, "meeting": keys.meeting[dec.meeting_id], "number": decision_label(dec.number)}
    if kind == "action" and (act := session.get(m.ActionItem, row_id)) is not None:
        return {"kind": kind, "meeting": keys.meeting[act.origin_meeting_id],
                "number": action_label(act.number)}
    if kind == "balance" and (entry := session.get(bm.BalanceEntry, row_id)) is not None:
        sheet = session.get(bm.BalanceSheet, entry.sheet_id)
        assert sheet is not None
        return {"kind": kind, "case": keys.case[sheet.case_id], "version": sheet.version,
                "index": [e.id for e in _entries(session, sheet.id)].index(entry.id)}
    return None


def _entries(session: Session, sheet_id: int) -> list[bm.BalanceEntry]:
    """A sheet's entries in the order of the document's ``entries``."""
    rows = session.scalars(select(bm.BalanceEntry).where(bm.BalanceEntry.sheet_id == sheet_id))
    return sorted(rows, key=lambda e: (list(b.BalanceSide).index(e.side), e.position, e.id))


# --- Checks -----------------------------------------------------------------------------------


def check_case_privacy(checker: Any, path: str, case: Doc) -> None:
    code = case["code"]
    seen_bases: dict[Any, str] = {}
    for b_path, basis in _enumerate(case.get("legal_bases", []), f"{path}.legal_bases"):
        checker._unique(seen_bases, (basis["basis"], basis.get("covenant_name")), f"{b_path}.basis",
                        "grondslag")
        if basis["basis"] == LegalBasis.CONVENANT and not (basis.get("covenant_name") or "").strip():
            checker.problem(f"{b_path}.covenant_name", "een convenant als grondslag noemt het convenant")
    if (retention := case.get("retention")) is not None:
        checker.not_before(f"{path}.retention.retention_until", retention["retention_until"],
                           retention["closed_on"], "de afsluiting")
    for h_path, hold in _enumerate(case.get("legal_holds", []), f"{path}.legal_holds"):
        if ("lifted_on" in hold) != ("lifted_by" in hold):
            checker.problem(f"{h_path}.lifted_by", "een opgeheven blokkade noemt wanneer en door wie")
        checker.not_before(f"{h_path}.lifted_on", hold.get("lifted_on"), hold["placed_on"], "het plaatsen")
        if "request" in hold and hold["request"] not in checker.requests:
            checker.problem(f"{h_path}.request", f"onbekend verzoek '{hold['request']}'")
    seen_links: dict[Any, str] = {}
    for k_path, link in _enumerate(case.get("person_links", []), f"{path}.person_links"):
        checker.subject(f"{k_path}.subject", code, link["subject"])
        checker.subject(f"{k_path}.related_subject", code, link["related_subject"])
        if link["subject"] == link["related_subject"]:
            checker.problem(f"{k_path}.related_subject", "een relatie verbindt twee verschillende personen")
        stored = stored_link(link)
        checker._unique(seen_links, (stored["subject"], stored["kind"], stored["related_subject"]),
                        f"{k_path}.kind", "relatie")
    seen_holders: dict[Any, str] = {}
    for g_path, gezag in _enumerate(case.get("gezag", []), f"{path}.gezag"):
        checker.subject(f"{g_path}.minor", code, gezag["minor"])
        checker.subject(f"{g_path}.holder", code, gezag.get("holder"))
        if ("holder" in gezag) == ("guardian" in gezag):
            checker.problem(f"{g_path}.holder", "noem de gezagsdrager: een persoon van de casus of een voogd "
                                                "(guardian), niet allebei")
        if gezag.get("holder") == gezag["minor"]:
            checker.problem(f"{g_path}.holder", "een minderjarige heeft geen gezag over zichzelf")
        if "holder" in gezag:
            checker._unique(seen_holders, (gezag["minor"], gezag["holder"]), f"{g_path}.holder",
                            "gezagsdrager")
    for s_path, signal in _enumerate(case.get("signals", []), f"{path}.signals"):
        check_statement_persons(checker, s_path, code, signal)


def check_statement_persons(checker: Any, path: str, code: str | None, row: Doc) -> None:
    for c_path, key in _enumerate(row.get("concerns", []), f"{path}.concerns"):
        checker.subject(c_path, code, key)
    if len(set(row.get("concerns", []))) != len(row.get("concerns", [])):
        checker.problem(f"{path}.concerns", "een persoon staat er twee keer in")
    checker.subject(f"{path}.source_person", code, row.get("source_person"))


def stored_link(link: Doc) -> Doc:
    """'kind van' is stored as the other person's 'ouder van' (one form per relation)."""
    if link["kind"] == PersonRelation.KIND_VAN:
        return {**link, "subject": link["related_subject"], "kind": PersonRelation.OUDER_VAN.value,
                "related_subject": link["subject"]}
    return link


def index_requests(checker: Any) -> None:
    keys: dict[Any, str] = {}
    for path, request in _enumerate(checker.document.get("subject_requests", []), "subject_requests"):
        checker._unique(keys, request["key"], f"{path}.key", "sleutel")
    checker.requests = set(keys)


def check_privacy(checker: Any) -> None:
    """The top-level parts (run after the cases and meetings are indexed)."""
    bases: dict[Any, str] = {}
    for path, period in _enumerate(checker.document.get("retention_periods", []), "retention_periods"):
        checker._unique(bases, period["basis"], f"{path}.basis", "grondslag")
    codes: dict[Any, str] = {}
    for path, record in _enumerate(checker.document.get("destruction_records", []), "destruction_records"):
        checker._unique(codes, record["case_code"], f"{path}.case_code", "casuscode")
        if record["case_code"] in checker.cases:
            checker.problem(f"{path}.case_code", f"casus {record['case_code']} is vernietigd maar staat ook "
                                                 "in cases")
        checker.not_before(f"{path}.retention_until", record.get("retention_until"), record.get("closed_on"),
                           "de afsluiting")
    for path, request in _enumerate(checker.document.get("subject_requests", []), "subject_requests"):
        _check_request(checker, path, request)


def _subject_ref(checker: Any, path: str, ref: Doc | None) -> None:
    if ref is not None and checker.case(f"{path}.case", ref["case"]):
        checker.subject(f"{path}.subject", ref["case"], ref["subject"])


def _check_request(checker: Any, path: str, request: Doc) -> None:
    _subject_ref(checker, f"{path}.requester_subject", request.get("requester_subject"))
    checker.not_before(f"{path}.deadline", request["deadline"], request["received_on"], "de ontvangst")
    if ("extended_until" in request) != bool((request.get("extension_reason") or "").strip()):
        checker.problem(f"{path}.extension_reason", "een verlenging noemt de nieuwe termijn en de reden")
    checker.not_before(f"{path}.extended_until", request.get("extended_until"), request["deadline"],
                       "de termijn")
    if not RequestStatus(request["status"]).is_open and "handled_on" not in request:
        checker.problem(f"{path}.handled_on", "een afgehandeld verzoek noemt de datum van afhandeling")
    persons: dict[Any, str] = {}
    for p_path, ref in _enumerate(request.get("persons", []), f"{path}.persons"):
        _subject_ref(checker, p_path, ref)
        checker._unique(persons, (ref["case"], ref["subject"]), p_path, "betrokkene")
    items: dict[Any, str] = {}
    for r_path, decision in _enumerate(request.get("redactions", []), f"{path}.redactions"):
        _check_item(checker, f"{r_path}.item", decision["item"])
        checker._unique(items, json.dumps(decision["item"], sort_keys=True), f"{r_path}.item", "onderdeel")


_ITEM_FIELDS = {
    "persoon": ("case", "subject"), "signal": ("case", "signal"), "aantekening": ("case", "index"),
    "informed": ("case", "index"), "reporter": ("case", "index"), "balance": ("case", "version", "index"),
    "contribution": ("meeting", "agenda_item", "index"), "decision": ("meeting", "number"),
    "action": ("meeting", "number"),
}


def _check_item(checker: Any, path: str, item: Doc) -> None:
    kind = item["kind"]
    fields = _ITEM_FIELDS[kind]
    wrong = sorted(set(item) - {"kind", *fields}) + [f for f in fields if f not in item]
    if wrong:
        checker.problem(path, f"een onderdeel van soort '{kind}' noemt precies {', '.join(fields)}")
        return
    if "case" in item:
        if not checker.case(f"{path}.case", item["case"]):
            return
        case = checker.cases[item["case"]]
        if kind == "persoon":
            checker.subject(f"{path}.subject", item["case"], item["subject"])
        elif kind == "signal" and item["signal"] not in {s["key"] for s in case.get("signals", [])}:
            checker.problem(f"{path}.signal", f"casus {item['case']} heeft geen signaal {item['signal']}")
        elif kind in _DOCUMENT_LISTS and item["index"] >= len(case.get(_DOCUMENT_LISTS[kind], [])):
            checker.problem(f"{path}.index", f"casus {item['case']} heeft geen {_DOCUMENT_LISTS[kind]}"
                                             f"[{item['index']}]")
        elif kind == "balance":
            sheet = next((s for s in case.get("balance_sheets", []) if s["version"] == item["version"]), None)
            if sheet is None or item["index"] >= len(sheet.get("entries", [])):
                checker.problem(f"{path}.index", f"casus {item['case']} heeft geen balansregel "
                                                 f"{item['index']} in versie {item['version']}")
        return
    meeting = checker.meeting(f"{path}.meeting", item["meeting"])
    if meeting is None:
        return
    if kind == "contribution":
        agenda: Doc = next((a for a in meeting.get("agenda", []) if a["position"] == item["agenda_item"]), {})
        if item["index"] >= len(agenda.get("contributions", [])):
            checker.problem(f"{path}.index", f"agendapunt {item['agenda_item']} van {item['meeting']} "
                                             f"heeft geen inbreng {item['index']}")
    else:
        listed = meeting.get("decisions" if kind == "decision" else "actions", [])
        if item["number"] not in {row["number"] for row in listed}:
            checker.problem(f"{path}.number", f"vergadering '{item['meeting']}' heeft geen {item['number']}")


def _enumerate(items: list[Doc], path: str) -> list[tuple[str, Doc]]:
    return [(f"{path}[{index}]", item) for index, item in enumerate(items)]


# --- Import -----------------------------------------------------------------------------------


def privacy_conflicts(session: Session, document: Doc, codes: set[str]) -> list[str]:
    """A destroyed case stays destroyed: its code comes back neither as a case nor as a second
    record; a retention period the vault has set already is not overwritten."""
    destroyed = set(session.scalars(select(pm.DestructionRecord.case_code)))
    bases = {basis.value for basis in session.scalars(select(pm.RetentionPeriod.basis))}
    problems = [f"cases[{i}].code: casus '{c['code']}' is in deze kluis vernietigd en wordt niet opnieuw "
                "ingelezen" for i, c in enumerate(document["cases"]) if c["code"] in destroyed]
    for i, record in enumerate(document.get("destruction_records", [])):
        if record["case_code"] in destroyed or record["case_code"] in codes:
            problems.append(f"destruction_records[{i}].case_code: casus '{record['case_code']}' staat al in "
                            "deze kluis")
    problems += [f"retention_periods[{i}].basis: deze kluis heeft al een bewaartermijn voor '{p['basis']}'"
                 for i, p in enumerate(document.get("retention_periods", [])) if p["basis"] in bases]
    return problems


def write_case_privacy(writer: Any, case: Doc) -> None:
    """Legal bases, retention, families and statement persons of one case (its signals written)."""
    code = case["code"]
    case_id = writer.case(code)
    for basis in case.get("legal_bases", []):
        writer.add(pm.CaseLegalBasis(case_id=case_id, basis=LegalBasis(basis["basis"]),
                                     covenant_name=basis.get("covenant_name"),
                                     started_on=parse_date(basis["started_on"])))
    if (retention := case.get("retention")) is not None:
        writer.add(pm.CaseRetention(case_id=case_id, closed_on=parse_date(retention["closed_on"]),
                                    retention_until=parse_date(retention["retention_until"]),
                                    years=retention["years"]))
    for link in map(stored_link, case.get("person_links", [])):
        writer.add(pm.PersonLink(case_id=case_id, subject_id=writer.subject_ids[(code, link["subject"])],
                                 kind=PersonRelation(link["kind"]),
                                 related_subject_id=writer.subject_ids[(code, link["related_subject"])],
                                 detail=link.get("detail")))
    for gezag in case.get("gezag", []):
        holder = gezag.get("holder")
        writer.add(pm.GezagHolder(
            case_id=case_id, minor_subject_id=writer.subject_ids[(code, gezag["minor"])],
            holder_subject_id=None if holder is None else writer.subject_ids[(code, holder)],
            holder_detail=gezag.get("guardian")))
    writer.flush()
    for signal in case.get("signals", []):
        if "concerns" not in signal and "source_person" not in signal:
            continue
        key = signal["key"]
        signal_id = writer.session.scalar(select(m.Signal.id).where(
            m.Signal.case_id == case_id, m.Signal.number == label_number(key),
            m.Signal.is_contra == key.startswith("C")))
        write_statement_persons(writer, code, signal, signal_id=signal_id)


def write_statement_persons(writer: Any, code: str | None, row: Doc, **owner: int | None) -> None:
    """The persons a written signal or contribution (``signal_id=``/``contribution_id=``) names."""
    named = [(key, StatementRole.BETREFT) for key in row.get("concerns", [])]
    if "source_person" in row:
        named.append((row["source_person"], StatementRole.BRON))
    for key, role in named:
        writer.add(pm.StatementPerson(subject_id=writer.subject_ids[(code, key)], role=role, **owner))


def write_privacy(writer: Any, document: Doc) -> None:
    """Top-level parts and the legal holds (which may name a request); run after all cases."""
    for period in document.get("retention_periods", []):
        writer.add(pm.RetentionPeriod(basis=LegalBasis(period["basis"]), years=period["years"],
                                      source=period.get("source"), set_by=period["set_by"],
                                      set_on=parse_date(period["set_on"])))
    for d in document.get("destruction_records", []):
        writer.add(pm.DestructionRecord(
            case_code=d["case_code"], legal_bases=d["legal_bases"], opened_on=parse_date(d["opened_on"]),
            closed_on=parse_date(d.get("closed_on")), retention_until=parse_date(d.get("retention_until")),
            destroyed_at=parse_moment(d["destroyed_at"]), destroyed_by=d["destroyed_by"],
            record_count=d["record_count"],
            counts=json.dumps(d["counts"], ensure_ascii=False, sort_keys=True),
            documents_removed=d.get("documents_removed", 0), backups_rewritten=d.get("backups_rewritten", 0),
            audit_head=d.get("audit_head")))
    request_ids: dict[str, int] = {}
    for r in document.get("subject_requests", []):
        request = writer.add(pm.SubjectRequest(
            kind=RequestKind(r["kind"]), person_pseudonym=r["person_pseudonym"],
            requester=Requester(r["requester"]),
            requester_subject_id=_subject_id(writer, r.get("requester_subject")),
            requester_detail=r.get("requester_detail"), received_on=parse_date(r["received_on"]),
            deadline=parse_date(r["deadline"]), extended_until=parse_date(r.get("extended_until")),
            extension_reason=r.get("extension_reason"), status=RequestStatus(r["status"]),
            outcome=r.get("outcome"), handled_on=parse_date(r.get("handled_on")),
            minor_position=r.get("minor_position"), registered_by=r["registered_by"]))
        writer.flush()
        request_ids[r["key"]] = request.id
        for ref in r.get("persons", []):
            writer.add(pm.RequestSubject(request_id=request.id, subject_id=_subject_id(writer, ref)))
        for d in r.get("redactions", []):
            writer.add(pm.RedactionDecision(
                request_id=request.id, item_key=_item_key(writer, d["item"]),
                choice=RedactionChoice(d["choice"]),
                reason=d.get("reason"), source_checked=d.get("source_checked", False),
                decided_by=d["decided_by"], decided_at=parse_moment(d["decided_at"])))
    for case in document["cases"]:
        for hold in case.get("legal_holds", []):
            writer.add(pm.LegalHold(
                case_id=writer.case(case["code"]), reason=hold["reason"],
                request_id=request_ids[hold["request"]] if "request" in hold else None,
                placed_on=parse_date(hold["placed_on"]), placed_by=hold["placed_by"],
                lifted_on=parse_date(hold.get("lifted_on")), lifted_by=hold.get("lifted_by"),
                lift_note=hold.get("lift_note")))


def _subject_id(writer: Any, ref: Doc | None) -> int | None:
    return None if ref is None else int(writer.subject_ids[(ref["case"], ref["subject"])])


def _item_key(writer: Any, item: Doc) -> str:
    """The vault's own item key (``signal:12``) of an item named by document keys."""
    kind, session = item["kind"], writer.session
    if kind == "persoon":
        row_id = _subject_id(writer, item)
    elif kind == "signal":
        row_id = session.scalar(select(m.Signal.id).where(
            m.Signal.case_id == writer.case(item["case"]), m.Signal.number == label_number(item["signal"]),
            m.Signal.is_contra == item["signal"].startswith("C")))
    elif kind in _CASE_LISTS:
        model = _CASE_LISTS[kind]
        row_id = _by_id(session, model, model.case_id == writer.case(item["case"]))[item["index"]].id
    elif kind == "contribution":
        agenda_item_id = writer.agenda_item_ids[(item["meeting"], item["agenda_item"])]
        contributions = _by_id(session, m.Contribution, m.Contribution.agenda_item_id == agenda_item_id)
        row_id = contributions[item["index"]].id
    elif kind == "decision":
        row_id = writer.decision_ids[(item["meeting"], item["number"])]
    elif kind == "action":
        row_id = session.scalar(select(m.ActionItem.id).where(
            m.ActionItem.origin_meeting_id == writer.meeting(item["meeting"]),
            m.ActionItem.number == label_number(item["number"])))
    else:
        sheet_id = session.scalar(select(bm.BalanceSheet.id).where(
            bm.BalanceSheet.case_id == writer.case(item["case"]), bm.BalanceSheet.version == item["version"]))
        row_id = _entries(session, sheet_id)[item["index"]].id
    return f"{kind}:{row_id}"
