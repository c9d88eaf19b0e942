"""Convert a scenario (tests/acceptance/scenarios, informal YAML) into a `casusoverleg-exchange` document.

The scenarios are written for people, not as a file format: partners are named loosely ("gemeente
OOV (Y. Vos, voorzitter weegploeg)", "school/mentor", "ZVH procesregisseur"), meeting dates sit in
their ids, and the lifecycle path is implied. This converter maps every field to its home in the
exchange format (docs/exchange.md). Where the scenario leaves out something the format requires, it
derives it and says so in ``DERIVED``; what has no home yet is listed in ``NOT_CONVERTED`` with the
reason. ``HANDLED`` lists the top-level fields converted, so a new field in a scenario fails the test.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Doc = dict[str, Any]

HANDLED = frozenset({
    "case_id", "legal_basis", "subjects", "reporter", "signals", "contra_signals", "screening",
    "assessment", "feedback_to_reporter", "subject_informed", "meeting", "meetings", "present",
    "absent", "consulted_outside_meeting", "contributions", "decisions", "actions", "history",
    "release", "basisvoorwaarden", "balance", "formal_assessments",
})
NOT_CONVERTED: dict[str, str] = {}
DERIVED = (
    "case opened_on: the reporter's date, else the first signal's date",
    "lifecycle transitions (who/when/why): derived from reporter, screening, assessment, meetings, "
    "release and decisions; the scenario implies the path but does not list the steps",
    "021: the weging outcome 'opgenomen in aanpak' and its rationale (no assessment in the scenario)",
    "lists of partners: YAML splits '[gemeente OOV (Y. Vos, voorzitter weegploeg), …]' at the "
    "comma inside the parentheses; the converter joins the pieces again",
    "meeting held_on: parsed from the meeting id (M-YYYY-MM-DD); meeting status 'gehouden'",
    "meeting agenda: the standard Dutch agenda with the case as item 5",
    "case item invitations and attendance: the partners present (need to know)",
    "contributions: bob_phase 'beeldvorming' and statement_type 'feit' (not given in the scenario)",
    "decision share marks and action addressees: from the scenario README (014 point 4), the YAML "
    "has no field for them",
    "next_review_date and case manager: read from the decision texts",
    "actions without due date and without condition (021 A3): 'ongoing'",
    "actions of 021: origin meeting M-2025-03-20 (the YAML gives no meeting per action)",
    "balance sheet meeting and version: from the heading 'balance (version N, YYYY-MM-DD)'; a plain "
    "'balance' is version 1 of the case's only meeting",
    "balance sheet version 2 of 021 gives only scale and weighing: like the app, it is pre-filled from "
    "version 1 (entries with the same lineage, measures, formal assessments, proportionality); "
    "ratings, consensus, dissent and priority are the meeting's own and are not carried over",
    "balance entries: lineage '<case>-A1', '-B1', '-C1' … per column (veiligheid, zorg, wat gaat goed)",
    "balance entries citing exactly one signal ('(S5)') are linked to it; entries citing two "
    "('(S1, S4)', '(C1, C2)') keep the citation in their text only: the format links one signal per "
    "entry",
    "021 measure 'Aanvullende bestuurlijke meldplicht (Twbmt)': coercive, rejected; the YAML lists no "
    "measures, but the police dissent proposes it, the proportionality answer and B1 reject it",
    "formal_assessments (case level in the YAML): on the first balance sheet from a meeting on or after "
    "the assessment's date, and carried over to later versions; 'conclusion_summary' → 'summary'",
)

# Balance columns A, B, C: the scenario's key, the format's side, the lineage letter.
SIDES = (("safety", "veiligheid", "A"), ("care_needs", "zorg_ontwikkeling", "B"),
         ("protective", "wat_gaat_goed", "C"))
_BALANCE_FIELDS = frozenset({"safety", "care_needs", "protective", "weighing", "scale", "consensus_score",
                             "proportionality"})
_ENTRY_FIELDS = frozenset({"domain", "type", "weight", "text", "data_category"})
_WEIGHING_FIELDS = frozenset({"priority", "rationale", "dissent"})
_ASSESSMENT_FIELDS = frozenset({"instrument", "organisation", "date", "conclusion_summary"})
# Measures the scenario implies without listing them (see DERIVED), per case and sheet version.
MEASURES: dict[str, dict[int, tuple[Doc, ...]]] = {"LV-2025-021": {1: (
    {"kind": "begrenzend", "text": "Aanvullende bestuurlijke meldplicht (Twbmt) bij politie.",
     "coercive": True, "status": "afgewezen"},)}}

# The chair's share marks and action addressees, from the scenario README (014 point 4).
SHARED_WITH = {"LV-2025-014": {"B1": ("school",), "B3": ("school",)}}
ADDRESSED_TO = {"LV-2025-014": {"A7": ("school",)}}

# Every partner the scenarios mention, with the ways they are written there (lower case).
PARTNERS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("zvh", "Zorg- en Veiligheidshuis Regio Lindeveld", "veiligheid", "kernpartij", ("zvh",)),
    ("gemeente", "Gemeente Lindeveld (OOV)", "sociaal", "kernpartij", ("gemeente oov", "gemeente")),
    ("gemeente-sd", "Gemeente Lindeveld (sociaal domein)", "sociaal", "kernpartij",
     ("gemeente sociaal domein", "gemeente (burgerzaken/sociaal domein)")),
    ("politie", "Politie Lindeveld", "veiligheid", "kernpartij", ("politie",)),
    ("om", "Openbaar Ministerie", "veiligheid", "kernpartij", ("om",)),
    ("reclassering", "Reclassering (TER)", "veiligheid", "casuspartij",
     ("reclassering ter", "reclassering")),
    ("pi", "Penitentiaire Inrichting (casemanager)", "veiligheid", "externe_casuspartner",
     ("pi-casemanager",)),
    ("school", "Lindeveld College", "onderwijs", "externe_casuspartner",
     ("lindeveld college", "school")),
    ("leerplicht", "Leerplicht Lindeveld", "onderwijs", "externe_casuspartner", ("leerplicht",)),
    ("jeugdteam", "Jeugdteam Lindeveld", "sociaal", "externe_casuspartner",
     ("jeugdteam lindeveld", "jeugdteam")),
    ("jongerenwerk", "Jongerenwerk Lindeveld", "voorveld", "externe_casuspartner",
     ("jongerenwerk",)),
    ("lse", "Landelijk Steunpunt Extremisme (Forsa)", "zorg", "externe_casuspartner",
     ("forsa/lse", "forsa (lse)", "forsa", "lse")),
    ("polikliniek", "Forensische polikliniek Lindeveld", "zorg", "externe_casuspartner",
     ("forensische polikliniek", "polikliniek")),
)
_ALIASES = sorted(((alias, key) for key, *_, aliases in PARTNERS for alias in aliases),
                  key=lambda pair: -len(pair[0]))
_PERSON = re.compile(r"^(?:(?:dr|mr|drs)\. )?[A-Z]\. ")
_STATEMENT = {"fact": "feit", "opinion": "mening", "hypothesis": "hypothese"}
_OUTCOME = {"ADMITTED": "opgenomen_in_aanpak"}
_RELATION = {"mother": "moeder", "father": "vader"}
_LIVES_WITH = {"mother": "bij moeder"}
_YES_NO = {True: "ja", False: "nee", "yes": "ja", "no": "nee"}
_BASIS_LABEL = {"id_document": "ID-bewijs", "housing": "wonen", "income": "inkomen",
                "debts": "schulden", "care": "zorg"}
_CHAIR = "M. Dekkers"  # README: the recurring chair and procesregisseur


@dataclass(frozen=True)
class Mention:
    partner: str
    person: str | None = None
    detail: str | None = None


def mention(text: str) -> Mention:
    """'gemeente OOV (Y. Vos, voorzitter weegploeg)' → gemeente, 'Y. Vos', 'voorzitter weegploeg'."""
    lowered = text.strip().lower()
    for alias, key in _ALIASES:
        if lowered == alias or lowered.startswith((alias + " ", alias + "/", alias + " (")):
            rest = text.strip()[len(alias):].strip().lstrip("/").strip()
            rest = rest[1:-1] if rest.startswith("(") and rest.endswith(")") else rest
            parts = [p.strip() for p in rest.split(",") if p.strip()]
            persons = [p for p in parts if _PERSON.match(p)]
            details = [p for p in parts if not _PERSON.match(p)]
            return Mention(key, persons[0] if persons else None, ", ".join(details) or None)
    raise KeyError(f"unknown partner in scenario: {text!r}")


def rejoin(items: Iterable[Any]) -> list[Any]:
    """Undo YAML's split of a flow list at a comma inside parentheses: in
    ``[gemeente OOV (Y. Vos, voorzitter weegploeg), politie]`` YAML sees three items."""
    joined: list[Any] = []
    for item in items:
        if joined and isinstance(item, str) and isinstance(joined[-1], str) \
                and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] = f"{joined[-1]}, {item}"
        else:
            joined.append(item)
    return joined


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _date(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _parse_dutch_or_iso(text: str) -> str | None:
    if match := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        return "-".join(match.groups())
    if match := re.search(r"\b(\d{2})-(\d{2})-(\d{4})\b", text):
        day, month, year = match.groups()
        return f"{year}-{month}-{day}"
    return None


class _Converter:
    def __init__(self, scenario: Doc) -> None:
        self.s = scenario
        self.code: str = scenario["case_id"]
        self.partners: dict[str, Doc] = {}
        self.professionals: dict[tuple[str, str], str] = {}

    # -- partners and professionals, created as they are mentioned ---------------------------
    def partner(self, key: str) -> str:
        if key not in self.partners:
            _, name, domain, tier, _ = next(p for p in PARTNERS if p[0] == key)
            self.partners[key] = {"key": key, "name": name, "domain": domain, "tier": tier,
                                  "covenant_signed": key != "lse", "professionals": []}
        return key

    def professional(self, partner: str, name: str, function: str | None = None) -> str:
        self.partner(partner)
        if (partner, name) not in self.professionals:
            key = _slug(f"{partner} {name}")
            self.professionals[(partner, name)] = key
            self.partners[partner]["professionals"].append(
                {"key": key, "name": name, **({"function": function} if function else {})})
        return self.professionals[(partner, name)]

    def source(self, text: str) -> Doc:
        """Partner and professional of a signal's 'by' (e.g. 'school/mentor')."""
        found = mention(text)
        row: Doc = {"partner": self.partner(found.partner)}
        who = found.person or found.detail
        if who:
            row["professional"] = self.professional(found.partner, who,
                                                    None if found.person else who)
        return row

    # -- the case --------------------------------------------------------------------------------
    def meetings_in(self) -> list[Doc]:
        if "meeting" in self.s:
            return [{**self.s["meeting"], "present": self.s.get("present", []),
                     "absent": self.s.get("absent", [])}]
        return list(self.s.get("meetings", []))

    def convert(self) -> Doc:
        meetings = self.meetings_in()
        self.first_meeting = meetings[0]["id"]
        case = self.case(meetings)
        converted = [self.meeting(g) for g in meetings]  # may mention more partners
        return {"format": "casusoverleg-exchange", "version": 1,
                "partners": list(self.partners.values()), "cases": [case], "meetings": converted}

    def case(self, meetings: list[Doc]) -> Doc:
        s = self.s
        signals = self.signals()
        reporter = s.get("reporter")
        opened = _date(reporter["date"]) if reporter else min(
            x["observed_on"] for x in signals if "observed_on" in x)
        case: Doc = {
            "code": self.code,
            "legal_basis": "pga" if str(s["legal_basis"]).upper().startswith("PGA") else "zvh_wgs",
            "purpose": str(s["legal_basis"]), "opened_on": opened,
            "subjects": [self.subject(x) for x in s["subjects"]],
            "signals": signals, "notes": self.notes(),
            "informed": [{"subject": x["subject"], "status": _YES_NO[x["informed"]],
                          "informed_by": x["by"], "informed_on": _date(x["date"])}
                         for x in s.get("subject_informed", [])],
        }
        if reporter:
            found = mention(reporter["partner"])
            row: Doc = {"partner": self.partner(found.partner), "person": reporter["person"],
                        "reported_on": opened}
            if feedback := s.get("feedback_to_reporter"):
                row["feedback"] = [{"given_on": _date(feedback["date"]),
                                    "given_to": feedback["to"], "content": feedback["content"]}]
            case["reporters"] = [row]
        if assessment := s.get("assessment"):
            case["assessments"] = [self.assessment(assessment)]
        case["consultations"] = [
            {"partner": self.partner(mention(x["partner"]).partner), "kind": x["kind"],
             "meeting": self.first_meeting} for x in s.get("consulted_outside_meeting", [])]
        case["transitions"] = self.transitions(meetings)
        if sheets := self.balance_sheets(meetings):
            case["balance_sheets"] = sheets
        case["status"] = case["transitions"][-1]["to_status"]
        for decision in sorted(self.decisions(), key=lambda d: d["meeting"]):
            if "bespreking" in decision["text"] and (day := _parse_dutch_or_iso(decision["text"])):
                case["next_review_date"] = day
            if match := re.search(r"[Cc]asusregie[^(]*\(([^)]+)\)", decision["text"]):
                owner = mention(re.search(r"bij ([^(]+)\(", decision["text"]).group(1).strip())
                case["case_manager"] = self.professional(owner.partner, match.group(1))
        return case

    def subject(self, x: Doc) -> Doc:
        row: Doc = {"key": x["pseudonym"], "pseudonym": x["pseudonym"],
                    "role": "primair" if x["role"] == "primary" else "gerelateerd"}
        if "relation" in x:
            row["relation"] = _RELATION[x["relation"]]
        for source, target in (("age", "age"), ("gezag", "has_gezag"), ("note", "note")):
            if source in x:
                row[target] = x[source]
        if "lives_with" in x:
            row["living_situation"] = _LIVES_WITH[x["lives_with"]]
        return row

    def signals(self) -> list[Doc]:
        rows = []
        for prefix, items in (("S", self.s.get("signals", [])), ("C", self.s.get("contra_signals", []))):
            for number, x in enumerate(items, start=1):
                row: Doc = {"key": x.get("id", f"{prefix}{number}"),
                            "statement_type": _STATEMENT[x["type"]], "text": x["text"],
                            **self.source(x["by"])}
                if "date" in x:
                    row["observed_on"] = _date(x["date"])
                if "source_detail" in x:
                    row["source_detail"] = x["source_detail"]
                if "data_category" in x:
                    row["data_category"] = x["data_category"]
                rows.append(row)
        return rows

    def notes(self) -> list[Doc]:
        s, rows = self.s, []
        if screening := s.get("screening"):
            known = "; ".join(screening.get("known_at", []))
            rows.append({"kind": "screening", "label": "bekend bij",
                         "text": ("Screening compleet. " if screening.get("complete") else "")
                         + f"Bekend bij: {known}."})
        for x in s.get("history", []):
            rows.append({"kind": "voorgeschiedenis", "text": x["text"],
                         "statement_type": _STATEMENT[x["type"]],
                         "data_category": x.get("data_category", "gewoon"),
                         "source_partner": self.partner(mention(x["source"]).partner)})
        if release := s.get("release"):
            rows.append({"kind": "invrijheidstelling", "label": release["kind"],
                         "text": f"Invrijheidstelling op {_date(release['date'])}: "
                                 f"{release['kind']}.", "noted_on": _date(release["date"])})
            rows.extend({"kind": "bijzondere_voorwaarde", "text": condition,
                         "noted_on": _date(release["date"])}
                        for condition in release.get("special_conditions", []))
        for label, text in s.get("basisvoorwaarden", {}).items():
            rows.append({"kind": "basisvoorwaarde", "label": _BASIS_LABEL[label], "text": text})
        return rows

    def assessment(self, x: Doc) -> Doc:
        panel = []
        for member in rejoin(x["panel"]):
            found = mention(member)
            row: Doc = {"partner": self.partner(found.partner)}
            if found.person:
                row["professional"] = self.professional(found.partner, found.person)
            if found.detail:
                row["panel_role"] = found.detail
            panel.append(row)
        outcome = x["outcome"]
        return {"assessed_on": _date(x["date"]), "outcome": _OUTCOME[outcome],
                "rationale": x["rationale"], "panel": panel}

    def transitions(self, meetings: list[Doc]) -> list[Doc]:
        s = self.s
        first = meetings[0]
        held = _meeting_day(first["id"])
        opened = s["reporter"]["date"] if "reporter" in s else None
        steps: list[tuple[str, str, str, str]] = []
        start = _date(opened) if opened else min(_date(x["date"]) for x in s["signals"])
        source = s["reporter"]["partner"] if opened else "de signalen van de partners"
        steps.append(("signaal_ontvangen", f"{start}T09:00:00Z", _CHAIR,
                      f"Melding ontvangen van {source}."))
        steps.append(("screening", f"{start}T10:00:00Z", _CHAIR, "Melding compleet; screening."))
        if assessment := s.get("assessment"):
            day = _date(assessment["date"])
            who = mention(rejoin(assessment["panel"])[0]).person or _CHAIR
            steps.append(("weging", f"{day}T08:00:00Z", _CHAIR, "Screening compleet; naar de "
                                                                  "weegploeg."))
            steps.append((_OUTCOME[assessment["outcome"]], f"{day}T10:00:00Z", who,
                          assessment["rationale"]))
        else:
            steps.append(("weging", f"{held}T08:00:00Z", _CHAIR, "Screening compleet."))
            steps.append(("opgenomen_in_aanpak", f"{held}T09:00:00Z", _CHAIR,
                          f"Opgenomen in de aanpak via het {first['type']}."))
        labels = ", ".join(d["number"] for d in self.decisions() if d["meeting"] == first["id"])
        steps.append(("beeld_en_oordeelsvorming", f"{held}T10:00:00Z", _CHAIR,
                      f"Besproken in het {first['type']} van {held}."))
        steps.append(("plan_vastgesteld", f"{held}T11:00:00Z", _CHAIR, f"Besluiten {labels}."))
        release = s.get("release")
        begin = _date(release["date"]) if release else held
        steps.append(("uitvoering", f"{begin}T11:30:00Z", _CHAIR,
                      "Invrijheidstelling; plan in uitvoering." if release
                      else "Actiepunten uitgezet."))
        for decision in self.decisions():
            if "monitoring" in decision["text"]:
                day = _meeting_day(decision["meeting"])
                steps.append(("monitoring", f"{day}T11:00:00Z", _CHAIR,
                              f"Besluit {decision['number']}: {decision['text']}"))
        return [{"to_status": to, "at": at, "by": by, "rationale": why}
                for to, at, by, why in steps]

    # -- the balance sheet -------------------------------------------------------------------------
    def balance_headings(self, meetings: list[Doc]) -> list[tuple[int, str, Doc]]:
        """(version, meeting key, body) of every 'balance …' field, in version order."""
        found = []
        for key, body in self.s.items():
            if key.split(" (")[0] != "balance":
                continue
            heading = re.fullmatch(r"balance(?: \(version (\d+), (\d{4}-\d{2}-\d{2})\))?", key)
            if heading is None:
                raise KeyError(f"unrecognised balance heading: {key!r}")
            if heading[1]:
                version, meeting = int(heading[1]), f"M-{heading[2]}"
            elif len(meetings) == 1:
                version, meeting = 1, meetings[0]["id"]
            else:
                raise KeyError(f"{key!r}: which meeting? the case has {len(meetings)}")
            if meeting not in {g["id"] for g in meetings}:
                raise KeyError(f"{key!r}: no meeting {meeting} in the scenario")
            unknown = set(body) - _BALANCE_FIELDS
            if unknown:
                raise KeyError(f"{key!r}: fields without a home: {sorted(unknown)}")
            found.append((version, meeting, body))
        return sorted(found, key=lambda row: row[0])

    def balance_entry(self, side: str, lineage: str, x: Doc, signal_keys: set[str]) -> Doc:
        unknown = set(x) - _ENTRY_FIELDS
        if unknown:
            raise KeyError(f"balance entry {x.get('text')!r}: fields without a home: {sorted(unknown)}")
        row: Doc = {"side": side, "text": x["text"], "statement_type": _STATEMENT[x["type"]],
                    "lineage": lineage}
        for field in ("domain", "weight", "data_category"):
            if field in x:
                row[field] = x[field]
        cited = re.findall(r"\b([SC]\d+)\b", x["text"])
        if len(cited) == 1 and cited[0] in signal_keys:
            row["signal"] = cited[0]
        return row

    def formal_assessment(self, x: Doc) -> Doc:
        unknown = set(x) - _ASSESSMENT_FIELDS
        if unknown:
            raise KeyError(f"formal assessment {x.get('instrument')!r}: fields without a home: "
                           f"{sorted(unknown)} (the format keeps no items or scores)")
        row: Doc = {"instrument": x["instrument"], "organisation": x["organisation"],
                    "summary": x["conclusion_summary"]}
        if x.get("date"):
            row["assessed_on"] = _date(x["date"])
        return row

    def balance_sheets(self, meetings: list[Doc]) -> list[Doc]:
        sheets: list[Doc] = []
        assessments = list(self.s.get("formal_assessments", []))
        signal_keys = {s["key"] for s in self.signals()}
        for version, meeting, body in self.balance_headings(meetings):
            previous = sheets[-1] if sheets else None
            sheet: Doc = {"meeting": meeting, "version": version}
            if previous is not None:
                sheet["prefilled_from"] = previous["version"]
            weighing = body.get("weighing", {})
            unknown = set(weighing) - _WEIGHING_FIELDS
            if unknown:
                raise KeyError(f"weighing of version {version}: fields without a home: {sorted(unknown)}")
            if weighing.get("priority"):
                sheet["priority"] = weighing["priority"]
            if weighing.get("rationale"):
                sheet["rationale"] = weighing["rationale"]
            if "consensus_score" in body:
                sheet["consensus_score"] = body["consensus_score"]
            proportionality = body.get("proportionality") or (previous or {}).get("proportionality")
            if proportionality:
                sheet["proportionality"] = proportionality
            if any(key in body for key, _, _ in SIDES):
                sheet["entries"] = [self.balance_entry(side, f"{self.code}-{letter}{n}", x, signal_keys)
                                    for key, side, letter in SIDES
                                    for n, x in enumerate(body.get(key, []), start=1)]
            elif previous is not None:
                sheet["entries"] = [dict(e) for e in previous.get("entries", [])]
            measures = MEASURES.get(self.code, {}).get(version)
            if measures is not None:
                sheet["measures"] = [dict(x) for x in measures]
            elif previous is not None and previous.get("measures"):
                sheet["measures"] = [dict(x) for x in previous["measures"]]
            held = _meeting_day(meeting)
            due = [x for x in assessments if not x.get("date") or _date(x["date"]) <= held]
            assessments = [x for x in assessments if x not in due]
            carried = (previous or {}).get("formal_assessments", [])
            if carried or due:
                sheet["formal_assessments"] = [dict(x) for x in carried] + [
                    self.formal_assessment(x) for x in due]
            sheet["dissent"] = [
                {"partner": self.partner(mention(d["partner"]).partner), "position": d["position"],
                 "reason": d["reason"]} for d in weighing.get("dissent", [])]
            sheet["ratings"] = [
                {"partner": self.partner(mention(name).partner), "score": score}
                for rating in body.get("scale", []) for name, score in rating.items()]
            sheets.append({k: v for k, v in sheet.items() if v != []})
        if assessments:
            raise KeyError(f"formal assessments after the last balance sheet have no sheet: {assessments}")
        return sheets

    # -- meetings --------------------------------------------------------------------------------
    def decisions(self) -> list[Doc]:
        return [{"number": x["id"], "text": x["text"], "meeting": x.get("meeting", self.first_meeting)}
                for x in self.s.get("decisions", [])]

    def actions(self) -> list[Doc]:
        rows = []
        for x in self.s.get("actions", []):
            found = mention(x["owner"])
            row: Doc = {"number": x["id"], "description": x["text"],
                        "owner": self.partner(found.partner), "case": self.code,
                        "agenda_item": 5}
            if found.detail:
                row["owner_detail"] = found.detail
            if x.get("due"):
                row["due_date"] = _date(x["due"])
            elif x.get("condition"):
                row["condition"] = x["condition"]
            else:
                row["ongoing"] = True
            addressed = ADDRESSED_TO.get(self.code, {}).get(x["id"], ())
            if addressed:
                row["addressed_to"] = [self.partner(k) for k in addressed]
            rows.append(row)
        return rows

    def attendance(self, people: Iterable[Any], status: str) -> list[Doc]:
        rows = []
        for entry in rejoin(people):
            text = entry if isinstance(entry, str) else entry["partner"]
            found = mention(text)
            row: Doc = {"partner": self.partner(found.partner), "status": status}
            if isinstance(entry, dict):
                row["status"] = {"m.k.": "afwezig_mk", "z.k.": "afwezig_zk"}[entry["notice"]]
                if entry.get("note"):
                    row["note"] = entry["note"]
            if found.person:
                row["professional"] = self.professional(found.partner, found.person)
            elif found.detail:
                row["note"] = found.detail
            rows.append(row)
        return rows

    def meeting(self, g: Doc) -> Doc:
        key = g["id"]
        kind = "mar" if "MAR" in g["type"] else "ico_mdo"
        present = self.attendance(g.get("present", []), "aanwezig")
        absent = self.attendance(g.get("absent", []), "afwezig_mk")
        invited = list(dict.fromkeys(row["partner"] for row in present))
        case_item: Doc = {"position": 5, "kind": "casus", "title": f"Casus {self.code}",
                          "case": self.code, "invited": invited,
                          "attendance": [{"partner": p, "status": "aanwezig"} for p in invited]}
        if key == self.first_meeting and self.s.get("contributions"):
            case_item["contributions"] = [
                {"partner": self.partner(mention(x["partner"]).partner),
                 "bob_phase": "beeldvorming", "statement_type": "feit", "text": x["text"]}
                for x in self.s["contributions"]]
        decisions = [d for d in self.decisions() if d["meeting"] == key]
        shares = SHARED_WITH.get(self.code, {})
        row: Doc = {
            "key": key, "meeting_type": kind, "held_on": _meeting_day(key), "title": g["type"],
            "status": "gehouden", "attendance": present + absent,
            "agenda": _standard_agenda(case_item),
            "decisions": [{"number": d["number"], "text": d["text"], "agenda_item": 5,
                           **({"shared_with": [self.partner(k) for k in shares[d["number"]]]}
                              if d["number"] in shares else {})} for d in decisions],
            "actions": self.actions() if key == self.first_meeting else [],
        }
        for field, target in (("chair", "chair"), ("minute_taker", "minute_taker")):
            if g.get(field):
                row[target] = self.professional("zvh", g[field])
        return row


def _meeting_day(meeting_id: str) -> str:
    return re.fullmatch(r"M-(\d{4}-\d{2}-\d{2})", meeting_id).group(1)


def _standard_agenda(case_item: Doc) -> list[Doc]:
    items = [("opening", "Opening"), ("vaststellen_agenda", "Vaststellen agenda"),
             ("verslag_vorige", "Verslag vorige vergadering"), ("mededelingen", "Mededelingen")]
    rows = [{"position": i, "kind": kind, "title": title} for i, (kind, title) in enumerate(items, 1)]
    rows.append(case_item)
    rows += [{"position": 6, "kind": "rondvraag", "title": "Rondvraag"},
             {"position": 7, "kind": "sluiting", "title": "Sluiting"}]
    return rows


def top_level_fields(scenario: Doc) -> set[str]:
    """The scenario's fields, 'balance (version 1, …)' counted as 'balance'."""
    return {key.split(" (")[0] for key in scenario}


def convert(scenario: Doc) -> Doc:
    return _Converter(scenario).convert()


def load(path: Path) -> Doc:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
