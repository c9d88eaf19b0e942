"""A large synthetic vault for the benchmarks, built fast and cached between runs.

The vault is real: ``create_new_vault`` makes it (KDF, migrations, CA, signing credentials), so
the app opens it like any other. The bulk of the content is then written with SQLAlchemy Core
``insert()`` executemany in a few large transactions on the vault's own keyed engine, and the
full-text index is filled the same way. Core inserts bypass the ORM ``after_flush`` listeners, so
these rows have no audit entries and were indexed here instead of by ``services.search``:
acceptable for synthetic data, and the index rows have exactly the shape the listener writes.

The built vault is cached under the temp folder, keyed by ``VAULT_VERSION`` and the sizes;
``prepare_copy`` gives every run its own copy, because a run writes (audit lines, minutes).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import insert, text

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.agenda import STANDARD_AGENDA
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Attendance,
    BobPhase,
    CaseStatus,
    ChainLane,
    ChainRole,
    ClosureReason,
    DataCategory,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.domain.workdays import add_working_days
from casusoverleg_desktop.services.access import VaultAccess, create_new_vault
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.chain_models import (
    ChainMember,
    ChainVersion,
    Municipality,
    ReporterRoute,
    RouteLink,
    RoutePassage,
    RouteStep,
    SignallingRoute,
)
from casusoverleg_desktop.store.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    AgendaItemInvitation,
    Case,
    Contribution,
    Decision,
    Meeting,
    MeetingAttendance,
    Partner,
    Professional,
    Reporter,
    ReporterFeedback,
    Signal,
    Subject,
)

# Bump when the builder or the schema changes: a cached vault of another version is rebuilt.
VAULT_VERSION = 9  # 9: the chain (issue 17): municipalities, routes, reporters on routes
CHAIR, CHAIR_PASSPHRASE = "voorzitter", "benchmark voorzitter wachtwoord"
SECRETARY, SECRETARY_PASSPHRASE = "notulist", "benchmark notulist wachtwoord"
ORGANISATION = "Zorg- en Veiligheidshuis Benchmark"
BIG_MEETING_CASES = 34  # + 6 standard points = 40 agenda items
MINUTES_CASES = 20
CHUNK = 20_000
QUESTION = "Welke ondersteuning en welke begrenzing zijn nodig?"


@dataclass(frozen=True)
class Sizes:
    cases: int
    signals: int
    contributions: int
    meetings: int

    @property
    def key(self) -> str:
        return f"v{VAULT_VERSION}-c{self.cases}-s{self.signals}-k{self.contributions}-m{self.meetings}"


FULL = Sizes(cases=10_000, signals=100_000, contributions=100_000, meetings=1_000)
QUICK = Sizes(cases=500, signals=5_000, contributions=5_000, meetings=50)


@dataclass(frozen=True)
class BuiltVault:
    """Where the vault is and what the benchmarks need to find in it."""

    root: Path
    data_keys: dict[int, bytes]
    big_meeting_id: int
    minutes_meeting_id: int
    adopting_meeting_id: int
    sizes: Sizes
    build_s: float
    db_bytes: int

    def to_json(self) -> dict:
        return {"root": str(self.root), "data_keys": {str(g): k.hex() for g, k in self.data_keys.items()},
                "big_meeting_id": self.big_meeting_id, "minutes_meeting_id": self.minutes_meeting_id,
                "adopting_meeting_id": self.adopting_meeting_id, "sizes": asdict(self.sizes),
                "build_s": self.build_s, "db_bytes": self.db_bytes}

    @classmethod
    def from_json(cls, data: dict) -> BuiltVault:
        return cls(Path(data["root"]), {int(g): bytes.fromhex(k) for g, k in data["data_keys"].items()},
                   data["big_meeting_id"], data["minutes_meeting_id"], data["adopting_meeting_id"],
                   Sizes(**data["sizes"]), data["build_s"], data["db_bytes"])

    def moved_to(self, root: Path) -> BuiltVault:
        return BuiltVault(root, self.data_keys, self.big_meeting_id, self.minutes_meeting_id,
                          self.adopting_meeting_id, self.sizes, self.build_s, self.db_bytes)


# -- text ------------------------------------------------------------------------------------------
# Words a ZVH writes often, most frequent first (Zipf weights), and a long tail of made-up words
# so that rare terms exist too.
COMMON_WORDS = (
    "de", "het", "een", "en", "van", "in", "is", "op", "met", "dat", "niet", "voor", "zijn", "er", "aan",
    "bij", "ook", "door", "naar", "heeft", "moeder", "vader", "school", "politie", "zorgen", "jeugdteam",
    "gemeente", "wijkagent", "huisbezoek", "gesprek", "contact", "thuis", "woning", "schulden", "verzuim",
    "signaal", "melding", "afspraak", "begeleiding", "hulpverlening", "netwerk", "gezin", "kinderen",
    "broer", "zus", "oma", "buren", "vrienden", "straat", "wijk", "club", "werk", "uitkering", "huur",
    "achterstand", "politiecontact", "aanhouding", "overlast", "ruzie", "geweld", "dreiging", "bedreiging",
    "radicalisering", "online", "filmpjes", "prediker", "groepsapp", "klassenapp", "mentor", "leerplicht",
    "schorsing", "reclassering", "toezicht", "meldplicht", "detentie", "vrijlating", "ggz", "behandeling",
    "diagnose", "medicatie", "crisis", "opname", "ambulant", "psychiater", "verslaving", "alcohol", "drugs",
    "cannabis", "schuldhulp", "bewindvoering", "inkomen", "budget", "woningcorporatie", "ontruiming",
    "huisuitzetting", "veiligheidsplan", "regie", "procesregisseur", "casusregisseur", "evaluatie",
    "voortgang", "rustiger", "onrustig", "terugtrekken", "isolement", "weerbaarheid", "ondersteuning",
    "begrenzing", "plan", "aanpak", "reünie", "financiën", "coördinatie", "privacy", "convenant",
    "toestemming", "geïnformeerd"
)
SYLLABLES = (
    "ba", "be", "bo", "da", "de", "do", "ka", "ke", "ko", "la", "le", "lo", "ma", "me", "mo", "na", "ne",
    "no", "pa", "pe", "po", "ra", "re", "ro", "sa", "se", "so", "ta", "te", "to", "va", "ve", "vo", "wa",
    "we", "wo", "za", "ze", "zo", "kr", "st", "tr", "pl", "gr", "br"
)


class TextMaker:
    def __init__(self, rng: random.Random, tail_words: int = 4000) -> None:
        self.rng = rng
        tail = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))) for _ in range(tail_words)}
        self.words = list(COMMON_WORDS) + sorted(tail)
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.words))]
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)

    def sentence(self, low: int = 8, high: int = 28) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cum, k=self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."


# -- building --------------------------------------------------------------------------------------
def _chunks(rows: list[dict]) -> Iterator[list[dict]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


def _insert(conn, model, rows: list[dict]) -> None:  # a Core connection
    for chunk in _chunks(rows):
        conn.execute(insert(model.__table__), chunk)


def _next_id(conn, model) -> int:
    return (conn.execute(text(f"SELECT max(id) FROM {model.__tablename__}")).scalar() or 0) + 1


def build(root: Path, sizes: Sizes, seed: int = 20260101, log=print) -> BuiltVault:
    started = time.perf_counter()
    rng = random.Random(seed)
    words = TextMaker(rng)
    session, _code = create_new_vault(root, CHAIR, Role.CHAIR, CHAIR_PASSPHRASE, settings=Settings(),
                                      display_name="M. Dekkers", organisation=ORGANISATION)
    try:
        VaultAdministration(lambda: session, VaultAccess(root, Settings(), None)).add_user(
            SECRETARY, Role.SECRETARY, SECRETARY_PASSPHRASE, display_name="K. Brinkhorst",
            organisation=ORGANISATION)
        vault = session.vault  # bulk rows straight into the engine: a benchmark's data, not a user's
        keys = vault._data_keys
        with vault.engine.begin() as conn:
            ids = _bulk_content(conn, sizes, rng, words, log)
        with vault.engine.begin() as conn:
            _bulk_index(conn, log)
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("ANALYZE")
    finally:
        vault.close()
    db_bytes = (root / "casusoverleg.db").stat().st_size
    built = BuiltVault(root, keys, ids["big"], ids["minutes"], ids["adopting"], sizes,
                       round(time.perf_counter() - started, 1), db_bytes)
    log(f"synthetic vault built in {built.build_s:.1f} s, {db_bytes / 2**20:.0f} MiB")
    return built


def _bulk_content(conn, sizes: Sizes, rng: random.Random, words: TextMaker, log) -> dict[str, int]:
    now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    first_day = dt.date(2022, 1, 3)
    partner_names = ["Gemeente", "Politie", "Openbaar Ministerie", "Jeugdteam", "School", "GGZ",
                     "Reclassering", "Veilig Thuis", "Woningcorporatie", "Schuldhulp",
                     "Raad voor de Kinderbescherming",
                     "Verslavingszorg"]
    partner_id0 = _next_id(conn, Partner)
    partners = []
    for n, name in enumerate(partner_names):
        partners.append({"id": partner_id0 + n, "name": f"{name} Benchmark", "short_name": name,
                         "domain": list(PartnerDomain)[n % len(PartnerDomain)],
                         "tier": list(PartnerTier)[n % len(PartnerTier)], "covenant_signed": True})
    _insert(conn, Partner, partners)
    partner_ids = [p["id"] for p in partners]
    prof_id0 = _next_id(conn, Professional)
    professionals = [{"id": prof_id0 + n, "partner_id": partner_ids[n % len(partner_ids)],
                      "name": f"Professional {n + 1}", "function": "casusregisseur",
                      "qualified_for_diagnosis": n % 7 == 0, "active": True} for n in range(48)]
    _insert(conn, Professional, professionals)
    prof_ids = [p["id"] for p in professionals]

    # cases: mostly open (case items need open cases), a tenth closed
    open_statuses = [s for s in CaseStatus if s not in (CaseStatus.AFGESLOTEN, CaseStatus.BEWAARTERMIJN_LOOPT,
                                                        CaseStatus.VERNIETIGD)]
    case_id0 = _next_id(conn, Case)
    cases, subjects = [], []
    for n in range(sizes.cases):
        closed = n % 10 == 9
        opened = first_day + dt.timedelta(days=rng.randrange(1400))
        cases.append({
            "id": case_id0 + n, "code": f"BM-{opened.year}-{n + 1:05d}",
            "legal_basis": rng.choice([LegalBasis.PGA, LegalBasis.ZVH_WGS]), "covenant_name": None,
            "purpose": words.sentence(6, 14),
            "status": CaseStatus.AFGESLOTEN if closed else rng.choice(open_statuses),
            "opened_on": opened, "case_manager_id": rng.choice(prof_ids),
            "next_review_date": opened + dt.timedelta(days=rng.randrange(30, 400)),
            "closure_reason": ClosureReason.DOELEN_BEREIKT if closed else None,
            "closed_on": opened + dt.timedelta(days=200) if closed else None,
        })
        subjects.append({"case_id": case_id0 + n, "pseudonym": f"Persoon {n + 1}.",
                         "role": SubjectRole.PRIMAIR, "relation": None, "age": rng.randint(12, 70)})
    _insert(conn, Case, cases)
    _insert(conn, Subject, subjects)
    open_case_ids = [c["id"] for c in cases if c["closure_reason"] is None]
    log(f"  {len(cases)} cases")

    signals = []
    numbers: dict[tuple[int, bool], int] = {}
    for _ in range(sizes.signals):
        case_id = case_id0 + rng.randrange(sizes.cases)
        contra = rng.random() < 0.15
        number = numbers[(case_id, contra)] = numbers.get((case_id, contra), 0) + 1
        signals.append({
            "case_id": case_id, "number": number, "is_contra": contra,
            "observed_on": first_day + dt.timedelta(days=rng.randrange(1450)),
            "partner_id": rng.choice(partner_ids), "professional_id": None, "source_detail": None,
            "statement_type": rng.choice(list(StatementType)),
            "data_category": DataCategory.GEWOON if rng.random() < 0.85 else DataCategory.BIJZONDER,
            "text": words.sentence(), "diagnosis_flag": False, "verification_note": None,
            "recorded_at": now,
        })
    _insert(conn, Signal, signals)
    log(f"  {len(signals)} signals")

    # meetings: one a working day or so; the big one, the minutes one and the adopting one last
    n_meetings = sizes.meetings
    meeting_id0 = _next_id(conn, Meeting)
    meetings = []
    for n in range(n_meetings):
        day = first_day + dt.timedelta(days=int(n * 1460 / n_meetings))
        meetings.append({"id": meeting_id0 + n, "meeting_type": rng.choice(list(MeetingType)), "title": None,
                         "held_on": day, "start_time": dt.time(9, 0), "end_time": dt.time(17, 0),
                         "location": "ZVH, zaal 2", "chair_id": prof_ids[0], "minute_taker_id": prof_ids[1],
                         "status": MeetingStatus.GEHOUDEN, "next_meeting_on": None})
    big, minutes, adopting = meetings[-3], meetings[-2], meetings[-1]
    big["status"] = MeetingStatus.GEPLAND
    minutes["meeting_type"] = adopting["meeting_type"] = MeetingType.ICO_MDO  # adopted at the next one
    minutes["held_on"] = big["held_on"] + dt.timedelta(days=1)
    adopting["held_on"] = big["held_on"] + dt.timedelta(days=14)
    adopting["status"] = MeetingStatus.GEPLAND
    _insert(conn, Meeting, meetings)
    _insert(conn, MeetingAttendance, [
        {"meeting_id": minutes["id"], "partner_id": pid, "status": Attendance.AANWEZIG}
        for pid in partner_ids[:6]])

    # agenda: the standard points, and case items between Mededelingen and Rondvraag
    per_meeting_cases = {m["id"]: 6 for m in meetings}
    per_meeting_cases[big["id"]] = BIG_MEETING_CASES
    per_meeting_cases[minutes["id"]] = MINUTES_CASES
    per_meeting_cases[adopting["id"]] = 0
    item_id0 = _next_id(conn, AgendaItem)
    items, invitations, case_items = [], [], []
    shuffled = open_case_ids[:]
    rng.shuffle(shuffled)
    cursor = 0
    for meeting in meetings:
        closing = (AgendaItemKind.RONDVRAAG, AgendaItemKind.SLUITING)
        before = [k for k in STANDARD_AGENDA if k[0] not in closing]
        after = [k for k in STANDARD_AGENDA if k[0] in closing]
        chosen = []
        for _ in range(per_meeting_cases[meeting["id"]]):
            chosen.append(shuffled[cursor % len(shuffled)])
            cursor += 1
        entries = [(kind, title, None) for kind, title in before]
        entries += [(AgendaItemKind.CASUS, None, case_id) for case_id in dict.fromkeys(chosen)]
        entries += [(kind, title, None) for kind, title in after]
        for position, (kind, title, case_id) in enumerate(entries, start=1):
            item_id = item_id0 + len(items)
            items.append({"id": item_id, "meeting_id": meeting["id"], "position": position, "kind": kind,
                          "title": title or f"Casusbespreking {cases[case_id - case_id0]['code']}",
                          "case_id": case_id, "slot_minutes": 20 if case_id else None,
                          "question": QUESTION if case_id else None,
                          "notes": None})
            if case_id is not None:
                case_items.append((item_id, case_id, meeting["id"]))
                for pid in rng.sample(partner_ids[:8], 4):
                    invitations.append({"agenda_item_id": item_id, "partner_id": pid})
    _insert(conn, AgendaItem, items)
    _insert(conn, AgendaItemInvitation, invitations)
    log(f"  {len(meetings)} meetings, {len(items)} agenda items")

    contributions = []
    minutes_items = [ci for ci in case_items if ci[2] == minutes["id"]]
    for item_id, _case_id, _m in minutes_items:  # four contributions per case in the minutes meeting
        for pid in partner_ids[:4]:
            contributions.append(_contribution(item_id, pid, rng, words))
    while len(contributions) < sizes.contributions:
        item_id, _case_id, _m = case_items[rng.randrange(len(case_items))]
        contributions.append(_contribution(item_id, rng.choice(partner_ids), rng, words))
    _insert(conn, Contribution, contributions)
    log(f"  {len(contributions)} contributions")

    decisions, actions = [], []
    decision_numbers: dict[int, int] = {}
    action_id0 = _next_id(conn, ActionItem)
    for item_id, case_id, meeting_id in case_items:
        number = decision_numbers[meeting_id] = decision_numbers.get(meeting_id, 0) + 1
        decisions.append({"meeting_id": meeting_id, "number": number, "agenda_item_id": item_id,
                          "case_id": case_id, "text": words.sentence(6, 16)})
        done = meeting_id not in (big["id"], minutes["id"]) and rng.random() < 0.7
        actions.append({
            "id": action_id0 + len(actions), "origin_meeting_id": meeting_id, "number": number,
            "agenda_item_id": item_id, "case_id": case_id, "description": words.sentence(5, 12),
            "owner_partner_id": rng.choice(partner_ids), "owner_professional_id": None, "owner_detail": None,
            "concerned_subject_id": None, "due_date": dt.date(2026, 3, 1), "condition": None,
            "ongoing": False,
            "status": ActionStatus.AFGEROND if done else ActionStatus.OPEN, "postponement_count": 0,
            "closed_on": dt.date(2025, 12, 1) if done else None, "closed_by": CHAIR if done else None,
            "status_note": None})
    _insert(conn, Decision, decisions)
    _insert(conn, ActionItem, actions)
    _bulk_chain(conn, cases, partner_ids, rng)
    open_earlier = [a["id"] for a in actions if a["status"] is ActionStatus.OPEN
                    and a["origin_meeting_id"] not in (big["id"], minutes["id"])]
    _insert(conn, ActionReview, [{"action_item_id": a, "meeting_id": big["id"], "status_after": None,
                                  "note": None} for a in open_earlier[-30:]])
    log(f"  {len(decisions)} decisions, {len(actions)} actions")
    return {"big": big["id"], "minutes": minutes["id"], "adopting": adopting["id"]}


def _bulk_chain(conn, cases: list[dict], partner_ids: list[int], rng: random.Random) -> None:
    """Two municipalities, each with an adopted chain (members, a worry route of three steps and an
    acute one); one reporter per case, nine in ten on a route, with the steps they reached and the
    feedback given (for the Ketenmonitor)."""
    role_lanes = [(ChainRole.MELDPUNT, ChainLane.SOCIAAL), (ChainRole.WEGING, ChainLane.VEILIGHEID),
                  (ChainRole.CASUSOVERLEG, ChainLane.VEILIGHEID), (ChainRole.ACUUT, ChainLane.VEILIGHEID)]
    routes: list[tuple[int, list[int]]] = []  # (route id, its step ids in order)
    for m, name in enumerate(("Benchmarkstad", "Benchmarkdorp")):
        municipality_id, version_id = _next_id(conn, Municipality), _next_id(conn, ChainVersion)
        _insert(conn, Municipality, [{"id": municipality_id, "name": name}])
        _insert(conn, ChainVersion, [{"id": version_id, "municipality_id": municipality_id, "number": 1,
                                      "in_force_from": dt.date(2022, 1, 1), "note": None,
                                      "adopted_on": dt.date(2021, 12, 1), "adopted_by": CHAIR}])
        member0 = _next_id(conn, ChainMember)
        _insert(conn, ChainMember, [
            {"id": member0 + n, "version_id": version_id,
             "partner_id": partner_ids[(m + n) % len(partner_ids)], "role": role, "lane": lane,
             "contact_function": f"{role.label} {name}", "contact_phone": "0519-000000",
             "contact_email": None}
            for n, (role, lane) in enumerate(role_lanes)])
        route0, step0 = _next_id(conn, SignallingRoute), _next_id(conn, RouteStep)
        _insert(conn, SignallingRoute, [
            {"id": route0, "version_id": version_id, "name": "Zorgen over radicalisering", "worry": None,
             "is_acute": False, "position": 1},
            {"id": route0 + 1, "version_id": version_id, "name": "Acute dreiging", "worry": None,
             "is_acute": True, "position": 2}])
        steps = [(route0, 0, "Meldpunt neemt aan", 1, 5), (route0, 1, "Weegploeg weegt", 10, None),
                 (route0, 2, "Casusoverleg bespreekt", 15, None), (route0 + 1, 3, "Bel 112", 0, 1)]
        _insert(conn, RouteStep, [
            {"id": step0 + n, "route_id": route_id, "member_id": member0 + member, "position": n + 1,
             "action": action, "within_days": within, "information": None, "person_informed": False,
             "promise": "Ontvangst bevestigd" if promise else None, "promise_days": promise}
            for n, (route_id, member, action, within, promise) in enumerate(steps)])
        _insert(conn, RouteLink, [{"route_id": route0, "from_step_id": step0, "to_step_id": step0 + 1,
                                   "label": None},
                                  {"route_id": route0, "from_step_id": step0 + 1, "to_step_id": step0 + 2,
                                   "label": "bij zorgen"}])
        routes += [(route0, [step0, step0 + 1, step0 + 2]), (route0 + 1, [step0 + 3])]
    reporter0 = _next_id(conn, Reporter)
    reporters, placed, passages, feedback = [], [], [], []
    for n, case in enumerate(cases):
        reporter_id, reported = reporter0 + n, case["opened_on"]
        respond_by = add_working_days(reported, 5)
        reporters.append({"id": reporter_id, "case_id": case["id"], "partner_id": rng.choice(partner_ids),
                          "professional_id": None, "person": None, "route": None, "reported_on": reported,
                          "respond_by": respond_by})
        if rng.random() < 0.85:
            given_on = add_working_days(reported, rng.randint(1, 8))
            feedback.append({"reporter_id": reporter_id, "given_on": given_on, "given_to": "melder",
                             "content": "Ontvangst bevestigd.", "given_by": CHAIR, "meeting_id": None})
        if rng.random() < 0.1:
            continue
        route_id, steps = routes[rng.choice((0, 0, 0, 1, 2, 2, 2, 3))]
        placed.append({"reporter_id": reporter_id, "route_id": route_id})
        day = reported
        for depth, step_id in enumerate(steps):
            if depth and rng.random() < 0.3:
                break
            if depth:
                day = add_working_days(day, rng.randint(1, 12))
            passages.append({"reporter_id": reporter_id, "step_id": step_id, "reached_on": day,
                             "recorded_by": CHAIR, "note": None})
    _insert(conn, Reporter, reporters)
    _insert(conn, ReporterFeedback, feedback)
    _insert(conn, ReporterRoute, placed)
    _insert(conn, RoutePassage, passages)


def _contribution(item_id: int, partner_id: int, rng: random.Random, words: TextMaker) -> dict:
    return {"agenda_item_id": item_id, "partner_id": partner_id, "professional_id": None,
            "bob_phase": rng.choice(list(BobPhase)), "statement_type": rng.choice(list(StatementType)),
            "data_category": DataCategory.GEWOON, "text": words.sentence(), "diagnosis_flag": False}


# What services.search.SOURCES indexes, as SQL over the bulk-loaded rows (same rows as the listener).
_INDEX_SELECTS = (
    "SELECT text, 'signal', id, case_id, 'text' FROM signal",
    "SELECT c.text, 'contribution', c.id, a.case_id, 'text' FROM contribution c "
    "JOIN agenda_item a ON a.id = c.agenda_item_id",
    "SELECT text, 'decision', id, case_id, 'text' FROM decision",
    "SELECT description, 'action_item', id, case_id, 'description' FROM action_item",
    "SELECT pseudonym, 'subject', id, case_id, 'pseudonym' FROM subject",
)


def _bulk_index(conn, log) -> None:
    conn.execute(text("DELETE FROM search_index"))
    for select_sql in _INDEX_SELECTS:
        conn.execute(text("INSERT INTO search_index (body, entity_type, entity_id, case_id, field) "
                          + select_sql))
    count = conn.execute(text("SELECT count(*) FROM search_index")).scalar()
    log(f"  {count} rows in the full-text index")


# -- cache -----------------------------------------------------------------------------------------
def cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "casusoverleg-benchmark-cache"


def cached_vault(sizes: Sizes, log=print) -> BuiltVault:
    """The cached vault of these sizes, built first when missing or of another ``VAULT_VERSION``."""
    folder = cache_dir() / sizes.key
    manifest = folder / "manifest.json"
    if manifest.exists():
        built = BuiltVault.from_json(json.loads(manifest.read_text()))
        if (built.root / "casusoverleg.db").exists():
            log(f"cached synthetic vault: {folder}")
            return built
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"building synthetic vault {sizes.key} in {folder}")
    built = build(folder / "kluis", sizes, log=log)
    manifest.write_text(json.dumps(built.to_json()))
    return built


def prepare_copy(built: BuiltVault, where: Path) -> BuiltVault:
    """A private copy of the cached vault for one run (runs write to it)."""
    target = where / "kluis"
    shutil.copytree(built.root, target, ignore=shutil.ignore_patterns("backups"))
    return built.moved_to(target)
