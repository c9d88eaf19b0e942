"""After the schema: do the references resolve, and does the content follow the domain rules?

Runs on a document that passed the schema, so shapes and value types can be trusted here. Every
problem found is collected (not just the first) as a ``path: reason`` line. The domain's own rule
functions are reused, so an import refuses exactly what the services refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from casusoverleg_desktop.documents.data import MeetingRecord
from casusoverleg_desktop.documents.data_codec import decode
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    CaseStatus,
    InformedStatus,
    LegalBasis,
    MeetingStatus,
    MinutesStatus,
    Relation,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.domain.lifecycle import INITIAL_STATUS, check_transition
from casusoverleg_desktop.domain.rules import (
    check_action_timing,
    check_informed,
    check_legal_basis,
    check_meeting_times,
    check_subject,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.exchange.balance_exchange import check_balance_sheets
from casusoverleg_desktop.services.exchange.chain_exchange import check_case_chain, check_chain
from casusoverleg_desktop.services.exchange.document import parse_date, parse_moment, parse_time
from casusoverleg_desktop.services.exchange.privacy_exchange import (
    check_case_privacy,
    check_privacy,
    check_statement_persons,
    index_requests,
)

Doc = dict[str, Any]

CLOSED_CASE_STATUSES = frozenset({
    CaseStatus.AFGESLOTEN, CaseStatus.BEWAARTERMIJN_LOOPT, CaseStatus.VERNIETIGD})


def consistency_problems(document: Doc) -> list[str]:
    checker = _Checker(document)
    checker.run()
    return checker.problems


def _enumerate(items: list[Doc], path: str) -> Iterable[tuple[str, Doc]]:
    for index, item in enumerate(items):
        yield f"{path}[{index}]", item


class _Checker:
    def __init__(self, document: Doc) -> None:
        self.document = document
        self.problems: list[str] = []
        self.partners: dict[str, Doc] = {}
        self.partner_of_professional: dict[str, str] = {}
        self.meetings: dict[str, Doc] = {}
        self.cases: dict[str, Doc] = {}
        self.subjects: dict[str, set[str]] = {}
        self.decisions: dict[tuple[str, str], Doc] = {}
        self.requests: set[str] = set()
        self.chain_routes: dict[tuple[str, int, str], Any] = {}
        self.adopted_versions: dict[str, list[Doc]] = {}

    def problem(self, path: str, reason: str) -> None:
        self.problems.append(f"{path}: {reason}")

    def rule(self, path: str, check: Callable[..., None], *args: Any) -> None:
        """Run a domain rule; its refusal becomes a problem at ``path``."""
        try:
            check(*args)
        except ValidationError as refusal:
            self.problem(path, refusal.message)

    def run(self) -> None:
        self._index()
        check_chain(self)
        for path, case in _enumerate(self.document["cases"], "cases"):
            self._case(path, case)
        for path, meeting in _enumerate(self.document["meetings"], "meetings"):
            self._meeting(path, meeting)
        check_privacy(self)

    # --- Keys --------------------------------------------------------------------------------

    def _unique(self, seen: dict[Any, str], value: Any, path: str, what: str) -> bool:
        if value in seen:
            self.problem(path, f"{what} {_show(value)} komt al voor in {seen[value]}")
            return False
        seen[value] = path.rsplit(".", 1)[0]
        return True

    def _index(self) -> None:
        partner_keys: dict[Any, str] = {}
        partner_names: dict[Any, str] = {}
        professional_keys: dict[Any, str] = {}
        for path, partner in _enumerate(self.document["partners"], "partners"):
            if self._unique(partner_keys, partner["key"], f"{path}.key", "sleutel"):
                self.partners[partner["key"]] = partner
            self._unique(partner_names, partner["name"], f"{path}.name", "naam")
            for pro_path, pro in _enumerate(partner.get("professionals", []), f"{path}.professionals"):
                if self._unique(professional_keys, pro["key"], f"{pro_path}.key", "sleutel"):
                    self.partner_of_professional[pro["key"]] = partner["key"]
        meeting_keys: dict[Any, str] = {}
        for path, meeting in _enumerate(self.document["meetings"], "meetings"):
            if self._unique(meeting_keys, meeting["key"], f"{path}.key", "sleutel"):
                self.meetings[meeting["key"]] = meeting
            numbers: dict[Any, str] = {}
            for d_path, decision in _enumerate(meeting.get("decisions", []), f"{path}.decisions"):
                if self._unique(numbers, decision["number"], f"{d_path}.number", "besluitnummer"):
                    self.decisions[(meeting["key"], decision["number"])] = decision
        codes: dict[Any, str] = {}
        for path, case in _enumerate(self.document["cases"], "cases"):
            if self._unique(codes, case["code"], f"{path}.code", "casuscode"):
                self.cases[case["code"]] = case
            subject_keys: dict[Any, str] = {}
            for s_path, subject in _enumerate(case.get("subjects", []), f"{path}.subjects"):
                self._unique(subject_keys, subject["key"], f"{s_path}.key", "sleutel")
            self.subjects.setdefault(case["code"], set()).update(subject_keys)
        index_requests(self)

    # --- References --------------------------------------------------------------------------

    def partner(self, path: str, key: str | None) -> bool:
        if key is None or key in self.partners:
            return True
        self.problem(path, f"onbekende partner {_show(key)}")
        return False

    def partners_list(self, path: str, keys: list[str]) -> None:
        seen: dict[Any, str] = {}
        for index, key in enumerate(keys):
            if self.partner(f"{path}[{index}]", key):
                self._unique(seen, key, f"{path}[{index}]", "partner")

    def professional(self, path: str, key: str | None, partner: str | None = None) -> None:
        if key is None:
            return
        works_for = self.partner_of_professional.get(key)
        if works_for is None:
            self.problem(path, f"onbekende professional {_show(key)}")
        elif partner is not None and partner in self.partners and works_for != partner:
            self.problem(path, f"professional {_show(key)} werkt niet bij partner {_show(partner)}")

    def meeting(self, path: str, key: str | None) -> Doc | None:
        if key is None:
            return None
        if key not in self.meetings:
            self.problem(path, f"onbekende vergadering {_show(key)}")
        return self.meetings.get(key)

    def case(self, path: str, code: str | None) -> bool:
        if code is None or code in self.cases:
            return True
        self.problem(path, f"onbekende casus {_show(code)}")
        return False

    def decision(self, path: str, ref: Doc | None) -> Doc | None:
        if ref is None or self.meeting(f"{path}.meeting", ref["meeting"]) is None:
            return None
        found = self.decisions.get((ref["meeting"], ref["number"]))
        if found is None:
            self.problem(f"{path}.number",
                         f"vergadering {_show(ref['meeting'])} heeft geen besluit {ref['number']}")
        return found

    def subject(self, path: str, code: str | None, key: str | None) -> None:
        if key is None:
            return
        if code is None:
            self.problem(path, "een betrokkene kan alleen worden genoemd bij een casus")
        elif code in self.subjects and key not in self.subjects[code]:
            self.problem(path, f"casus {code} heeft geen betrokkene {_show(key)}")

    def not_before(self, path: str, later: str | None, earlier: str | None, what: str) -> None:
        if later is not None and earlier is not None and parse_date(later) < parse_date(earlier):
            self.problem(path, f"{later} ligt vóór {what} ({earlier})")

    # --- Cases -------------------------------------------------------------------------------

    def _case(self, path: str, case: Doc) -> None:
        code = case["code"]
        status = CaseStatus(case["status"])
        self.rule(f"{path}.covenant_name", check_legal_basis, LegalBasis(case["legal_basis"]),
                  case.get("covenant_name"))
        if status in CLOSED_CASE_STATUSES and "closure_reason" not in case:
            self.problem(f"{path}.closure_reason",
                         f"een casus in status '{status.value}' heeft een reden van afsluiting nodig")
        if status not in CLOSED_CASE_STATUSES and "closure_reason" in case:
            self.problem(f"{path}.closure_reason",
                         "alleen een afgesloten casus heeft een reden van afsluiting")
        self.professional(f"{path}.case_manager", case.get("case_manager"))
        self.not_before(f"{path}.next_review_date", case.get("next_review_date"),
                        case["opened_on"], "de start van de casus")
        self._transitions(path, case, status)
        for s_path, subject in _enumerate(case.get("subjects", []), f"{path}.subjects"):
            self.rule(s_path, check_subject, SubjectRole(subject["role"]),
                      _optional(Relation, subject.get("relation")), subject.get("age"),
                      parse_date(subject.get("date_of_birth")))
        for r_path, reporter in _enumerate(case.get("reporters", []), f"{path}.reporters"):
            self._reporter(r_path, reporter)
        for i_path, record in _enumerate(case.get("informed", []), f"{path}.informed"):
            self._informed(i_path, code, record)
        signal_keys: dict[Any, str] = {}
        for s_path, signal in _enumerate(case.get("signals", []), f"{path}.signals"):
            self._unique(signal_keys, signal["key"], f"{s_path}.key", "signaalnummer")
            self._signal(s_path, signal)
        for n_path, note in _enumerate(case.get("notes", []), f"{path}.notes"):
            self.partner(f"{n_path}.source_partner", note.get("source_partner"))
        for c_path, consultation in _enumerate(case.get("consultations", []), f"{path}.consultations"):
            self.partner(f"{c_path}.partner", consultation["partner"])
            self.meeting(f"{c_path}.meeting", consultation.get("meeting"))
        for a_path, assessment in _enumerate(case.get("assessments", []), f"{path}.assessments"):
            self.meeting(f"{a_path}.meeting", assessment.get("meeting"))
            for p_path, member in _enumerate(assessment["panel"], f"{a_path}.panel"):
                self.partner(f"{p_path}.partner", member["partner"])
                self.professional(f"{p_path}.professional", member.get("professional"),
                                  member["partner"])
        for e_path, escalation in _enumerate(case.get("escalations", []), f"{path}.escalations"):
            decision = self.decision(f"{e_path}.decision", escalation.get("decision"))
            if decision is not None and decision.get("case", code) != code:
                self.problem(f"{e_path}.decision",
                             f"dit besluit gaat over casus {decision['case']}, niet over {code}")
        check_balance_sheets(self, path, case)
        check_case_privacy(self, path, case)
        check_case_chain(self, path, case)

    def _transitions(self, path: str, case: Doc, status: CaseStatus) -> None:
        previous: CaseStatus | None = None
        previous_at = None
        for t_path, step in _enumerate(case["transitions"], f"{path}.transitions"):
            to_status = CaseStatus(step["to_status"])
            given_from = _optional(CaseStatus, step.get("from_status"))
            if previous is None:
                if given_from is not None:
                    self.problem(f"{t_path}.from_status", "de eerste stap heeft geen vorige status")
                if to_status is not INITIAL_STATUS:
                    self.problem(f"{t_path}.to_status",
                                 f"de eerste stap is altijd '{INITIAL_STATUS.value}'")
            elif given_from not in (None, previous):
                self.problem(f"{t_path}.from_status",
                             f"'{given_from.value}' sluit niet aan op de vorige stap "
                             f"('{previous.value}')")
            else:
                self.rule(t_path, check_transition, previous, to_status, step.get("rationale"))
            at = parse_moment(step["at"])
            if previous_at is not None and at < previous_at:
                self.problem(f"{t_path}.at", "deze stap ligt in de tijd vóór de vorige stap")
            self.meeting(f"{t_path}.meeting", step.get("meeting"))
            previous, previous_at = to_status, at
        if previous is not None and previous is not status:
            self.problem(f"{path}.status", f"'{status.value}' is niet de status na de laatste stap "
                                           f"van transitions ('{previous.value}')")

    def _reporter(self, path: str, reporter: Doc) -> None:
        if "partner" not in reporter and not (reporter.get("person") or "").strip():
            self.problem(path, "noem de melder: een partner of een persoon")
        self.partner(f"{path}.partner", reporter.get("partner"))
        self.professional(f"{path}.professional", reporter.get("professional"),
                          reporter.get("partner"))
        self.not_before(f"{path}.respond_by", reporter.get("respond_by"), reporter["reported_on"],
                        "de melddatum")
        for f_path, feedback in _enumerate(reporter.get("feedback", []), f"{path}.feedback"):
            self.not_before(f"{f_path}.given_on", feedback["given_on"], reporter["reported_on"],
                            "de melddatum")
            self.meeting(f"{f_path}.meeting", feedback.get("meeting"))

    def _informed(self, path: str, code: str, record: Doc) -> None:
        status = InformedStatus(record["status"])
        self.subject(f"{path}.subject", code, record["subject"])
        self.rule(path, check_informed, status, record.get("postponement_reason"),
                  parse_date(record.get("review_date")))
        if status is InformedStatus.JA and "informed_on" not in record:
            self.problem(f"{path}.informed_on", "vul in wanneer de betrokkene is geïnformeerd")
        self.meeting(f"{path}.meeting", record.get("meeting"))
        self.decision(f"{path}.decision", record.get("decision"))

    def _signal(self, path: str, signal: Doc) -> None:
        partner = signal.get("partner")
        if partner is None and not (signal.get("source_detail") or "").strip():
            self.problem(path, "noem de bron van het signaal: een partner of een bronomschrijving")
        self.partner(f"{path}.partner", partner)
        self.professional(f"{path}.professional", signal.get("professional"), partner)
        verification = Verification(signal.get("verification", Verification.ONBEVESTIGD))
        if verification is not Verification.ONBEVESTIGD and "verified_on" not in signal:
            self.problem(f"{path}.verified_on",
                         f"een {verification.value} signaal heeft een datum van verificatie nodig")
        if verification is Verification.WEERLEGD and not (signal.get("verification_note") or "").strip():
            self.problem(f"{path}.verification_note", "geef aan waardoor het signaal is weerlegd")

    # --- Meetings ----------------------------------------------------------------------------

    def _meeting(self, path: str, meeting: Doc) -> None:
        key = meeting["key"]
        self.professional(f"{path}.chair", meeting.get("chair"))
        self.professional(f"{path}.minute_taker", meeting.get("minute_taker"))
        self.rule(f"{path}.end_time", check_meeting_times, parse_time(meeting.get("start_time")),
                  parse_time(meeting.get("end_time")))
        next_on = meeting.get("next_meeting_on")
        if next_on is not None and parse_date(next_on) <= parse_date(meeting["held_on"]):
            self.problem(f"{path}.next_meeting_on", "de volgende vergadering moet na deze liggen")
        self._attendance(f"{path}.attendance", meeting.get("attendance", []), invited=None)
        items = self._agenda(path, meeting.get("agenda", []))
        for d_path, decision in _enumerate(meeting.get("decisions", []), f"{path}.decisions"):
            self._case_and_item(d_path, decision, items)
            self.partners_list(f"{d_path}.shared_with", decision.get("shared_with", []))
        numbers: dict[Any, str] = {}
        for a_path, action in _enumerate(meeting.get("actions", []), f"{path}.actions"):
            self._unique(numbers, action["number"], f"{a_path}.number", "actienummer")
            self._action(a_path, key, meeting, action, items)
        versions: dict[Any, str] = {}
        for v_path, version in _enumerate(meeting.get("minutes", []), f"{path}.minutes"):
            self._unique(versions, version["version"], f"{v_path}.version", "versie")
            self._minutes(v_path, meeting, version)
        if "record" in meeting:
            self._record(f"{path}.record", meeting)

    def _attendance(self, path: str, rows: list[Doc], invited: set[str] | None) -> None:
        seen: dict[Any, str] = {}
        for a_path, row in _enumerate(rows, path):
            partner = row["partner"]
            if self.partner(f"{a_path}.partner", partner) and invited is not None \
                    and partner not in invited:
                self.problem(f"{a_path}.partner", f"partner {_show(partner)} is niet uitgenodigd voor "
                             "deze casus (alleen wie het moet weten)")
            self.professional(f"{a_path}.professional", row.get("professional"), partner)
            who = partner if invited is not None else (partner, row.get("professional"))
            self._unique(seen, who, f"{a_path}.partner", "aanwezigheid van")

    def _agenda(self, path: str, items: list[Doc]) -> dict[int, Doc]:
        by_position: dict[int, Doc] = {}
        positions: dict[Any, str] = {}
        cases_on_agenda: dict[Any, str] = {}
        for i_path, item in _enumerate(items, f"{path}.agenda"):
            if self._unique(positions, item["position"], f"{i_path}.position", "positie"):
                by_position[item["position"]] = item
            is_case_item = item["kind"] == "casus"
            if is_case_item != ("case" in item):
                self.problem(f"{i_path}.case", "een casusbespreking noemt precies één casus; "
                                               "andere agendapunten noemen geen casus")
            if "case" in item and self.case(f"{i_path}.case", item["case"]):
                self._unique(cases_on_agenda, item["case"], f"{i_path}.case", "casus")
            if not is_case_item:
                for field in ("question", "invited", "attendance", "contributions"):
                    if field in item:
                        self.problem(f"{i_path}.{field}", "hoort alleen bij een casusbespreking")
                continue
            invited = item.get("invited", [])
            self.partners_list(f"{i_path}.invited", invited)
            self._attendance(f"{i_path}.attendance", item.get("attendance", []), set(invited))
            for c_path, contribution in _enumerate(item.get("contributions", []),
                                                   f"{i_path}.contributions"):
                partner = contribution["partner"]
                if self.partner(f"{c_path}.partner", partner) and partner not in invited:
                    self.problem(f"{c_path}.partner", f"partner {_show(partner)} is niet uitgenodigd "
                                                      "voor deze casus (alleen wie het moet weten)")
                self.professional(f"{c_path}.professional", contribution.get("professional"), partner)
                check_statement_persons(self, c_path, item.get("case"), contribution)
        return by_position

    def _case_and_item(self, path: str, row: Doc, items: dict[int, Doc]) -> None:
        """A decision's or action's case and agenda item must exist and agree."""
        self.case(f"{path}.case", row.get("case"))
        position = row.get("agenda_item")
        if position is None:
            return
        item = items.get(position)
        if item is None:
            self.problem(f"{path}.agenda_item", f"deze vergadering heeft geen agendapunt {position}")
        elif "case" in item and row.get("case", item["case"]) != item["case"]:
            self.problem(f"{path}.agenda_item",
                         f"agendapunt {position} gaat over casus {item['case']}, niet over {row['case']}")

    def _action(self, path: str, meeting_key: str, meeting: Doc, action: Doc,
                items: dict[int, Doc]) -> None:
        self._case_and_item(path, action, items)
        position = action.get("agenda_item")
        case = action.get("case") or (items.get(position, {}) if position is not None else {}).get("case")
        self.rule(path, check_action_timing, parse_date(action.get("due_date")),
                  action.get("condition"), action.get("ongoing", False))
        self.partner(f"{path}.owner", action["owner"])
        self.professional(f"{path}.owner_professional", action.get("owner_professional"),
                          action["owner"])
        self.subject(f"{path}.concerned_subject", case, action.get("concerned_subject"))
        self.partners_list(f"{path}.addressed_to", action.get("addressed_to", []))
        status = ActionStatus(action.get("status", ActionStatus.OPEN))
        if status.is_closed != ("closed_on" in action):
            self.problem(f"{path}.closed_on", "een afgerond of vervallen actiepunt heeft een datum "
                                              "van afsluiten, een open actiepunt niet")
        postponements = action.get("postponements", [])
        if postponements and "due_date" not in action:
            self.problem(f"{path}.postponements",
                         "alleen een actiepunt met een termijn kan zijn uitgesteld")
        expected_previous = None
        for p_path, step in _enumerate(postponements, f"{path}.postponements"):
            previous_due, new_due = parse_date(step["previous_due_date"]), parse_date(step["new_due_date"])
            if new_due <= previous_due:
                self.problem(f"{p_path}.new_due_date", "de nieuwe termijn moet na de vorige liggen")
            if expected_previous is not None and previous_due != expected_previous:
                self.problem(f"{p_path}.previous_due_date",
                             f"sluit niet aan op het vorige uitstel ({expected_previous.isoformat()})")
            self.meeting(f"{p_path}.meeting", step.get("meeting"))
            expected_previous = new_due
        if expected_previous is not None and "due_date" in action \
                and parse_date(action["due_date"]) != expected_previous:
            self.problem(f"{path}.due_date",
                         f"moet de termijn van het laatste uitstel zijn ({expected_previous.isoformat()})")
        first_due = postponements[0]["previous_due_date"] if postponements else action.get("due_date")
        self.not_before(f"{path}.due_date", first_due, meeting["held_on"], "de vergadering")
        count = action.get("postponement_count")
        if count is not None and count < len(postponements):
            self.problem(f"{path}.postponement_count",
                         f"{count} is minder dan het aantal vastgelegde uitstellen ({len(postponements)})")
        reviewed_in: dict[Any, str] = {}
        for r_path, review in _enumerate(action.get("reviews", []), f"{path}.reviews"):
            later = self.meeting(f"{r_path}.meeting", review["meeting"])
            self._unique(reviewed_in, review["meeting"], f"{r_path}.meeting", "vergadering")
            if later is not None and parse_date(later["held_on"]) <= parse_date(meeting["held_on"]):
                self.problem(f"{r_path}.meeting", f"een actiepunt van {meeting_key} komt alleen "
                                                  "terug in een latere vergadering")

    def _record(self, path: str, meeting: Doc) -> None:
        """The record a meeting left when it closed: only a held meeting has one, and it must read."""
        if meeting.get("status") != MeetingStatus.GEHOUDEN:
            self.problem(path, "alleen een gehouden vergadering heeft een vastgelegd verslag")
        try:
            decode(MeetingRecord, meeting["record"]["content"], partner=lambda key: 0)
        except (TypeError, ValueError, KeyError) as exc:
            self.problem(f"{path}.content", f"de vastgelegde vergadering is niet te lezen ({exc})")

    def _minutes(self, path: str, meeting: Doc, version: Doc) -> None:
        status = MinutesStatus(version.get("status", MinutesStatus.CONCEPT))
        if status is MinutesStatus.CONCEPT:
            if version["version"] > 1 and not (version.get("correction_note") or "").strip():
                self.problem(f"{path}.correction_note",
                             "een nieuwe conceptversie van een verslag zegt wat er is gecorrigeerd")
            return
        if "adopted_on" not in version:
            self.problem(f"{path}.adopted_on", f"een {status.value} verslag noemt wanneer het is vastgesteld")
        if "adopted_in" not in version and not (version.get("written_procedure") or "").strip():
            self.problem(f"{path}.adopted_in", f"een {status.value} verslag noemt de vergadering waarin het "
                                               "is vastgesteld, of hoe het schriftelijk is vastgesteld")
        adopting = self.meeting(f"{path}.adopted_in", version.get("adopted_in"))
        if adopting is not None and parse_date(adopting["held_on"]) <= parse_date(meeting["held_on"]):
            self.problem(f"{path}.adopted_in", "een verslag wordt vastgesteld in een latere vergadering "
                                               "dan die waarover het gaat")
        if status is MinutesStatus.ONDERTEKEND:
            for field in ("signed_on", "signed_by_chair", "signed_by_minute_taker"):
                if not (version.get(field) or "").strip():
                    self.problem(f"{path}.{field}", "een ondertekend verslag noemt wanneer en door wie")
            self.not_before(f"{path}.signed_on", version.get("signed_on"), version.get("adopted_on"),
                            "het vaststellen")


def _optional(enum: Callable[[str], Any], value: str | None) -> Any:
    return None if value is None else enum(value)


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return " / ".join(_show(part) for part in value if part is not None)
    return f"'{value}'" if isinstance(value, str) else str(value)
