"""A demo vault: an invented region with cases in every stage, entered through the services only.

``create_demo(root, passphrase)`` makes a new vault (it refuses a folder that already holds one) with
two accounts on the same passphrase, ``voorzitter`` (chair) and ``notulist`` (secretary), and tells
a story of a few months in the fictional Zorg- en Veiligheidshuis Wadmeer (see ``demo.data``):

- WM-…-007, Ayoub M. (16); closed last meeting and handed over to the youth team;
- WM-…-031, Dylan K. (20), after detention; signal refuted, escalated and de-escalated, monitoring;
  two balance-sheet versions (veiligheid voorop → in balans) with dissent (politie vs reclassering);
- WM-…-034, Sem R. (14), reported by his school; in execution, on the next meeting's agenda;
- WM-…-038, Noa B. (9) and her family; informing the father postponed, review date passed;
- WM-…-041, Lars T. (16); a fresh signal in weging, the reporter still waiting for feedback.

The region's two municipalities, Wadmeer and Bremerdijk, adopted their chains (``demo.data.CHAINS``)
before the story starts; the reporters' signals follow its routes, step by step as the story goes.

Dates are counted from ``today``, so the chair's overview always shows upcoming meetings, overdue
actions, an action due this week, a waiting reporter and a postponed "informed" past its review.
The story runs on a story clock: each change is made (and recorded in the audit trail) on the day
it happens in the story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from casusoverleg_desktop.demo.data import (
    CHAINS,
    CHAIR_LOGIN,
    CHAIR_NAME,
    CODE_PREFIX,
    HUISELIJK_GEWELD,
    LOCATION,
    MINDERJARIGE,
    PARTNERS,
    PROFESSIONALS,
    RADICALISERING,
    REGION,
    SECRETARY_LOGIN,
    SECRETARY_NAME,
)
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.balance import BalanceDomain, BalanceSide, MeasureKind, Priority, Weight
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AssessmentOutcome,
    Attendance,
    BobPhase,
    CaseNoteKind,
    CaseStatus,
    ClosureReason,
    DataCategory,
    EscalationDirection,
    InformedStatus,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    Relation,
    StatementType,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.services import (
    actions,
    assessments,
    balance,
    cases,
    chain,
    contributions,
    decisions,
    document_export,
    meetings,
    minutes,
    partners,
    signal_routes,
    signals,
)
from casusoverleg_desktop.services.access import VaultAccess, VaultSession, create_new_vault
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.chain import StepFields
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings

__all__ = ["DemoVault", "create_demo"]

S, F, M, H = CaseStatus, StatementType.FEIT, StatementType.MENING, StatementType.HYPOTHESE
BEELD, OORDEEL, BESLUIT = BobPhase.BEELDVORMING, BobPhase.OORDEELSVORMING, BobPhase.BESLUITVORMING
BIJZONDER, STRAFRECHTELIJK = DataCategory.BIJZONDER, DataCategory.STRAFRECHTELIJK
TUESDAY, THURSDAY = 1, 3


@dataclass(frozen=True)
class DemoVault:
    root: Path
    recovery_code: str
    today: dt.date
    case_codes: tuple[str, ...]


VAULT_AGE = dt.timedelta(days=400)


def create_demo(root: Path, passphrase: str, *, settings: Settings,
                today: dt.date | None = None) -> DemoVault:
    """Create the demo vault at ``root``; show the returned recovery code to the user once."""
    today = today or dt.date.today()
    clock = _StoryClock(today - VAULT_AGE)  # the ZVH began using its vault before the story starts
    vault, recovery_code = create_new_vault(root, CHAIR_LOGIN, Role.CHAIR, passphrase,
                                            display_name=CHAIR_NAME, organisation=REGION,
                                            settings=settings, clock=clock)
    try:
        access = VaultAccess(root, settings, None)
        VaultAdministration(lambda: vault, access).add_user(
            SECRETARY_LOGIN, Role.SECRETARY, passphrase, display_name=SECRETARY_NAME,
            organisation=REGION)
        secretary = access.unlock(SECRETARY_LOGIN, passphrase)  # she signs in her own name only
        try:
            story = _Story(vault, secretary, today, clock)
            story.tell()
        finally:
            secretary.close()
    finally:
        vault.close()
    return DemoVault(root, recovery_code, today, tuple(story.codes))


class _StoryClock:
    """The clock of the story: the day (and, when it matters, the hour) is set as the story goes;
    seconds tick from there. Dutch time: what the users' screens and documents show."""

    def __init__(self, day: dt.date) -> None:
        self.start = dt.datetime.combine(day, dt.time(9, 0), tzinfo=ZoneInfo("Europe/Amsterdam"))
        self._tick = 0

    def set(self, day: dt.date, at: dt.time = dt.time(9, 0)) -> None:
        start = dt.datetime.combine(day, at, tzinfo=ZoneInfo("Europe/Amsterdam"))
        if start != self.start:
            self.start, self._tick = start, 0

    def __call__(self) -> dt.datetime:
        self._tick += 1
        return (self.start + dt.timedelta(seconds=self._tick)).astimezone(dt.UTC)


def _on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _dmy(day: dt.date) -> str:
    return f"{day:%d-%m-%Y}"


class _Story:
    def __init__(self, chair: VaultSession, secretary: VaultSession, today: dt.date,
                 clock: _StoryClock) -> None:
        self.today = today
        self.clock = clock
        self.chair = replace(chair.context(), clock=self.clock)
        self.secretary = replace(secretary.context(), clock=self.clock)
        self.p: dict[str, int] = {}
        self.pro: dict[str, int] = {}
        self.codes: list[str] = []
        self.code: dict[int, str] = {}
        self.routes: dict[tuple[str, str], int] = {}  # (municipality, route) → route id
        self.steps: dict[tuple[str, str, int], int] = {}  # (municipality, route, step from 1) → step id
        # Meetings on weekdays around today: two held, two ahead.
        self.m2 = _on_or_before(today - dt.timedelta(days=11), THURSDAY)
        self.m1 = self.m2 - dt.timedelta(days=28)
        self.w1 = self.m1 - dt.timedelta(days=16)
        self.w2 = _on_or_after(today + dt.timedelta(days=1), TUESDAY)
        self.m3 = _on_or_after(today + dt.timedelta(days=9), THURSDAY)

    # -- small helpers ---------------------------------------------------------------------------
    def day(self, n: int, base: dt.date | None = None) -> dt.date:
        return (base or self.today) + dt.timedelta(days=n)

    def on(self, day: dt.date) -> None:
        self.clock.set(day)

    def close(self, meeting_id: int, end: tuple[int, int], next_on: dt.date | None = None) -> None:
        """Sluiting at the end time: what the meeting recorded is frozen then."""
        self.clock.set(self.clock.start.date(), dt.time(*end))
        meetings.close_meeting(self.chair, meeting_id, dt.time(*end), next_meeting_on=next_on)

    def case(self, number: int, opened_on: dt.date, basis: LegalBasis, purpose: str) -> int:
        code = f"{CODE_PREFIX}-{opened_on.year}-{number:03d}"
        self.codes.append(code)
        case_id = cases.create_case(self.chair, code, basis, opened_on, purpose=purpose).id
        self.code[case_id] = code
        return case_id

    def signal(self, case_id: int, day: dt.date, partner: str, kind: StatementType, text: str, *,
               by: str | None = None, **extra: Any) -> int:
        return signals.record_signal(
            self.chair, case_id, text, kind, observed_on=day, partner_id=self.p[partner],
            professional_id=self.pro[by] if by else None, **extra).id

    def step(self, case_id: int, day: dt.date, *steps: tuple[CaseStatus, str],
             meeting_id: int | None = None) -> None:
        self.on(day)
        for status, why in steps:
            cases.transition_case(self.chair, case_id, status, why, meeting_id=meeting_id)

    def assess(self, case_id: int, day: dt.date, rationale: str, panel: Sequence[str],
               meeting_id: int | None = None) -> None:
        self.on(day)
        members = []
        for position, entry in enumerate(panel):  # "partner:professional"
            key, who = entry.split(":")
            members.append(PanelMember(self.p[key], self.pro[who],
                                       "voorzitter weegploeg" if position == 0 else None))
        assessments.record_assessment(self.chair, case_id, day,
                                      AssessmentOutcome.OPGENOMEN_IN_AANPAK, rationale, members,
                                      outcome_detail="aanpak via ZVH – ICO", meeting_id=meeting_id)

    def meeting(self, kind: MeetingType, day: dt.date, start: tuple[int, int],
                end: tuple[int, int], title: str) -> int:
        return meetings.create_meeting(
            self.chair, kind, day, start_time=dt.time(*start), end_time=dt.time(*end),
            location=LOCATION, chair_id=self.pro["chair"], minute_taker_id=self.pro["secretary"],
            title=title).id

    def attend(self, meeting_id: int, rows: Sequence[tuple[str, str | None, Attendance, str | None]]
               ) -> None:
        for partner, who, status, note in rows:
            meetings.set_attendance(self.chair, meeting_id, self.p[partner], status,
                                    professional_id=self.pro[who] if who else None, note=note)

    def item(self, meeting_id: int, case_id: int, slot: int, question: str,
             invited: Sequence[str], absent: dict[str, Attendance] | None = None,
             held: bool = True) -> int:
        item = meetings.add_case_item(self.chair, meeting_id, case_id, slot_minutes=slot,
                                      question=question,
                                      invited_partner_ids=[self.p[k] for k in invited]).id
        if held:
            for key in invited:
                status = (absent or {}).get(key, Attendance.AANWEZIG)
                meetings.set_case_item_attendance(self.chair, item, self.p[key], status)
        return item

    def say(self, item: int, partner: str, who: str | None, phase: BobPhase, kind: StatementType,
            text: str, category: DataCategory = DataCategory.GEWOON) -> None:
        contributions.add_contribution(
            self.secretary, item, self.p[partner], text, bob_phase=phase, statement_type=kind,
            data_category=category, professional_id=self.pro[who] if who else None)

    def decide(self, meeting_id: int, item: int | None, text: str, share: Sequence[str] = (),
               case_id: int | None = None) -> int:
        return decisions.record_decision(self.secretary, meeting_id, text, agenda_item_id=item,
                                         case_id=case_id,
                                         shared_with=[self.p[k] for k in share],
                                         acknowledge=True).id  # weighed by the table in the meeting

    def act(self, meeting_id: int, item: int | None, owner: str, text: str, *,
            who: str | None = None, **timing: Any) -> int:
        return actions.create_action(
            self.secretary, meeting_id, text, self.p[owner], agenda_item_id=item,
            owner_professional_id=self.pro[who] if who else None, **timing).id

    def standard_notes(self, meeting_id: int, notes: dict[AgendaItemKind, str]) -> None:
        for item in meetings.agenda(self.chair, meeting_id):
            if item.kind in notes:
                meetings.update_agenda_item(self.secretary, item.id, notes=notes[item.kind])

    def review(self, meeting_id: int, notes: dict[int, tuple[str, ActionStatus | None]]) -> None:
        for row in actions.review_list(self.chair, meeting_id):
            note, status = notes.get(row.action.id, ("Besproken; loopt door.", None))
            actions.record_review(self.secretary, row.id, note=note, status_after=status)

    def reach(self, reporter_id: int, municipality: str, route: str, step: int, day: dt.date,
              note: str | None = None) -> None:
        """The reporter's signal reached step ``step`` (from 1) of its route on ``day``."""
        signal_routes.advance(self.chair, reporter_id, self.steps[(municipality, route, step)], day, note)

    # -- the story -------------------------------------------------------------------------------
    def tell(self) -> None:
        self.on(self.day(-260, self.m1))
        for partner in PARTNERS:
            self.p[partner.key] = partners.create_partner(
                self.chair, partner.name, partner.domain, partner.tier,
                covenant_signed=partner.covenant_signed, short_name=partner.short_name).id
        for person in PROFESSIONALS:
            self.pro[person.key] = partners.add_professional(
                self.chair, self.p[person.partner], person.name, function=person.function,
                qualified_for_diagnosis=person.qualified_for_diagnosis).id
        self.chains(self.day(-260, self.m1))
        self.ayoub = self.closed_case_history()
        self.dylan = self.detention_case_start()
        self.sem = self.school_case_start()
        self.first_ico()
        self.noa = self.family_case_start()
        self.second_ico()
        self.lars = self.fresh_signal()
        self.meetings_ahead()

    def chains(self, in_force_from: dt.date) -> None:
        """Both municipalities' chains, drawn up and adopted by the chair."""
        for demo in CHAINS:
            municipality = chain.create_municipality(self.chair, demo.municipality).id
            version = chain.new_version(self.chair, municipality, in_force_from,
                                        note="Signaleringsstructuur vastgesteld met de ketenpartners").id
            members = {member.key: chain.add_member(
                self.chair, version, self.p[member.partner], member.role, contact_function=member.function,
                contact_phone=member.phone, contact_email=member.email, lane=member.lane).id
                for member in demo.members}
            for route in demo.routes:
                route_id = chain.add_route(self.chair, version, route.name, worry=route.worry,
                                           is_acute=route.is_acute).id
                self.routes[(demo.municipality, route.name)] = route_id
                for number, step in enumerate(route.steps, start=1):
                    fields = StepFields(members[step.member], step.action, step.within_days, step.information,
                                        step.person_informed, step.promise, step.promise_days)
                    step_id = chain.add_step(self.chair, route_id, fields).id
                    self.steps[(demo.municipality, route.name, number)] = step_id
                    for earlier, label in step.after:
                        chain.link_steps(self.chair, self.steps[(demo.municipality, route.name, earlier)],
                                         step_id, label)
            chain.adopt_version(self.chair, version)

    def closed_case_history(self) -> int:
        """WM-…-007: a 16-year-old drawn towards a recruiter, in aanpak until last meeting."""
        start = self.day(-230, self.m1)
        self.on(start)
        case = self.case(7, start, LegalBasis.PGA, "Persoonsgerichte aanpak radicalisering")
        ayoub = cases.add_subject(self.chair, case, "Ayoub M.", SubjectRole.PRIMAIR, age=16).id
        cases.add_subject(self.chair, case, "Samira M.", SubjectRole.GERELATEERD,
                          relation=Relation.MOEDER, has_gezag=True)
        reporter = cases.add_reporter(self.chair, case, start, partner_id=self.p["jongerenwerk"],
                                      professional_id=self.pro["jongerenwerker"],
                                      route="telefonisch bij de procesregisseur",
                                      chain_route_id=self.routes[("Bremerdijk", RADICALISERING)]).id
        self.signal(case, self.day(-2, start), "jongerenwerk", F, by="jongerenwerker",
                    text="Verspreidde in het jongerencentrum flyers van een groep die jongeren "
                    "oproept zich af te keren van 'ongelovige' vrienden en familie.",
                    data_category=BIJZONDER)
        self.signal(case, self.day(-1, start), "jongerenwerk", H, by="jongerenwerker",
                    text="Lijkt onder invloed te staan van een oudere jongen uit de wijk die hem "
                    "meeneemt naar bijeenkomsten in een woning.")
        self.signal(case, start, "school", F, is_contra=True,
                    text="Haalt voldoendes en heeft zelf een stageplek bij een garage gevonden.")
        self.step(case, self.day(1, start), (S.SCREENING, "Melding compleet; navraag bij school."))
        self.step(case, self.day(4, start), (S.WEGING, "Screening compleet."))
        cases.record_feedback(self.chair, reporter, self.day(4, start), "jongerenwerker D. Kuipers",
                              "Melding is ontvangen en wordt gewogen; u hoort binnen een week "
                              "of het jongerenwerk wordt uitgenodigd.")
        self.assess(case, self.day(5, start),
                    "Eerste signalen van radicalisering bij een minderjarige, met een aanwijsbare "
                    "ronselaar in de wijk; vroeg ingrijpen met zorg en begrenzing via moeder en "
                    "school.", ["gemeente:oov", "politie:politie_zvh", "om:officier"])
        self.reach(reporter, "Bremerdijk", RADICALISERING, 3, self.day(5, start))
        self.on(self.day(10, start))
        cases.record_informed(self.chair, case, ayoub, InformedStatus.JA,
                              informed_by="jeugdteam samen met moeder",
                              informed_on=self.day(10, start))
        self.step(case, self.day(20, start),
                  (S.BEELD_EN_OORDEELSVORMING, "Besproken in het ICO."),
                  (S.PLAN_VASTGESTELD, "Plan van aanpak vastgesteld in het ICO."),
                  (S.UITVOERING, "Acties uitgezet bij jeugdteam, school en jongerenwerk."))
        self.reach(reporter, "Bremerdijk", RADICALISERING, 4, self.day(20, start), "Besproken in het ICO")
        cases.set_case_manager(self.chair, case, self.pro["jeugdprof"])
        self.step(case, self.day(-120, self.m1),
                  (S.MONITORING, "Geen nieuwe signalen in drie maanden."))
        assessments.record_escalation(self.chair, case, EscalationDirection.AFSCHALEN,
                                      "Geen nieuwe signalen; contact met de oudere jongen is "
                                      "verbroken.", self.day(-120, self.m1))
        self.step(case, self.day(-60, self.m1),
                  (S.NAZORG, "Doelen grotendeels bereikt; warme overdracht voorbereid."))
        return case

    def detention_case_start(self) -> int:
        """WM-…-031: a 20-year-old back in Kolkum after prison for an armed robbery."""
        start = self.day(-50, self.m1)
        self.on(start)
        case = self.case(31, start, LegalBasis.ZVH_WGS,
                         "Re-integratie na detentie; voorkomen van terugval")
        dylan = cases.add_subject(self.chair, case, "Dylan K.", SubjectRole.PRIMAIR, age=20,
                                  living_situation="tijdelijk bij zijn oma").id
        cases.add_subject(self.chair, case, "Riet K.", SubjectRole.GERELATEERD,
                          relation=Relation.GROOTOUDER, note="oma; Dylan woont bij haar")
        reporter = cases.add_reporter(
            self.chair, case, start, partner_id=self.p["reclassering"],
            professional_id=self.pro["reclasseerder"],
            route="verwijzing vanuit de PI vóór de invrijheidstelling").id
        note = cases.add_case_note
        note(self.chair, case, CaseNoteKind.VOORGESCHIEDENIS,
             "Veroordeeld tot 18 maanden gevangenisstraf, waarvan 6 voorwaardelijk, voor een "
             "gewapende overval op een snackbar in Bremerdijk. Proeftijd 3 jaar.",
             statement_type=F, data_category=STRAFRECHTELIJK, source_partner_id=self.p["om"])
        self.step(case, self.day(2, start), (S.SCREENING, "Verwijzing compleet."))
        self.step(case, self.day(4, start), (S.WEGING, "Informatie van PI en reclassering binnen."))
        self.assess(case, self.day(5, start),
                    "Terugkeer na detentie voor een geweldsdelict, met een oud netwerk in "
                    "Bremerdijk en geen inkomen of woning: een integrale aanpak is nodig om "
                    "terugval te voorkomen.",
                    ["gemeente:oov", "politie:politie_zvh", "om:officier",
                     "reclassering:reclasseerder"])
        cases.record_feedback(self.chair, reporter, self.day(5, start), "reclassering (M. Terpstra)",
                              "Casus is gewogen en opgenomen; bespreking in het ICO na de "
                              "invrijheidstelling.")
        cases.record_informed(self.chair, case, dylan, InformedStatus.JA,
                              informed_by="reclassering (M. Terpstra)",
                              informed_on=self.day(5, start))
        release = self.day(-35, self.m1)
        self.on(release)
        note(self.chair, case, CaseNoteKind.INVRIJHEIDSTELLING,
             "Voorwaardelijke invrijheidstelling na twee derde van de straf.", noted_on=release,
             source_partner_id=self.p["reclassering"])
        for condition in ("Meldplicht bij de reclassering, eerst wekelijks.",
                          "Locatieverbod voor het centrum van Bremerdijk.",
                          "Contactverbod met de twee medeverdachten.",
                          "Meewerken aan ambulante behandeling bij GGZ Wadmeer."):
            note(self.chair, case, CaseNoteKind.BIJZONDERE_VOORWAARDE, condition,
                 noted_on=release, data_category=STRAFRECHTELIJK,
                 source_partner_id=self.p["reclassering"])
        for label, text in (("ID-bewijs", "ID-kaart opgehaald op de dag van vrijlating."),
                            ("wonen", "Tijdelijk bij zijn oma in Kolkum."),
                            ("inkomen", "Uitkering aangevraagd."),
                            ("schulden", "Ca. € 3.900 bij het CJIB en de zorgverzekeraar.")):
            note(self.chair, case, CaseNoteKind.BASISVOORWAARDE, text, label=label,
                 noted_on=release, source_partner_id=self.p["gemeente"])
        self.step(case, release, (S.BEELD_EN_OORDEELSVORMING, "Besproken in het MAR."),
                  (S.PLAN_VASTGESTELD, "Re-integratieplan vastgesteld in het MAR."),
                  (S.UITVOERING, "Vrijgelaten; plan in uitvoering."))
        cases.set_case_manager(self.chair, case, self.pro["sociaal"])
        return case

    def school_case_start(self) -> int:
        """WM-…-034: a 14-year-old reported by his school."""
        reported = self.day(-7, self.w1)
        self.on(reported)
        case = self.case(34, reported, LegalBasis.PGA,
                         "Persoonsgerichte aanpak: zorgen over geweldsuitingen van een minderjarige")
        sem = cases.add_subject(self.chair, case, "Sem R.", SubjectRole.PRIMAIR, age=14,
                                living_situation="bij moeder").id
        petra = cases.add_subject(self.chair, case, "Petra R.", SubjectRole.GERELATEERD,
                                  relation=Relation.MOEDER, has_gezag=True).id
        cases.add_subject(self.chair, case, "Erwin R.", SubjectRole.GERELATEERD,
                          relation=Relation.VADER, has_gezag=True,
                          note="gescheiden; woont in Bremerdijk, weinig contact")
        self.school_reporter = cases.add_reporter(
            self.chair, case, reported, partner_id=self.p["school"],
            professional_id=self.pro["zoco"], route="meldformulier ZVH",
            chain_route_id=self.routes[("Wadmeer", MINDERJARIGE)]).id
        video = self.signal(case, self.day(-7, reported), "school", F, by="mentor",
                            text="Deelde in de groepsapp van klas 2C een filmpje waarin een mes "
                            "wordt getoond, met de tekst 'wie is de volgende'.")
        self.signal(case, self.day(-3, reported), "school", F, by="zoco",
                    text="In de afgelopen zes weken 11 lesuren ongeoorloofd afwezig; daarvoor "
                    "vrijwel geen verzuim.")
        self.signal(case, self.day(-3, reported), "school", M, by="mentor",
                    text="Maakt een gespannen indruk en zoekt vaker ruzie met klasgenoten; lijkt "
                    "thuis weinig steun te hebben.")
        self.signal(case, self.day(-2, reported), "school", H, by="mentor",
                    text="Mogelijk ADHD: hij kan zich in geen enkele les concentreren (niet "
                    "onderzocht).")
        self.signal(case, self.day(-1, reported), "school", F,
                    source_detail="moeder, via de zorgcoördinator",
                    text="Moeder vertelt dat Sem sinds de scheiding slecht slaapt en 's nachts "
                    "lang gamet.", data_category=BIJZONDER)
        self.step(case, reported, (S.SCREENING, "Melding compleet; navraag bij politie en "
                                   "jongerenwerk."))
        self.on(self.day(4, reported))
        self.signal(case, self.day(4, reported), "politie", F, by="wijkagent", is_contra=True,
                    text="Sem is niet bekend bij de politie; geen meldingen van geweld of "
                    "wapenbezit.")
        self.signal(case, self.day(4, reported), "jongerenwerk", F, is_contra=True,
                    text="Komt wekelijks naar de voetbalinloop in Kolkum en gedraagt zich daar "
                    "sportief en behulpzaam.")
        signals.verify_signal(self.chair, video, Verification.BEVESTIGD, self.day(4, reported),
                              "De school heeft het filmpje bewaard; moeder heeft het gezien.")
        self.step(case, self.day(5, reported), (S.WEGING, "Screening compleet."))

        self.on(self.day(-1, self.w1))
        weegploeg = self.meeting(MeetingType.WEEGPLOEG, self.w1, (10, 0), (11, 0),
                                 "Weegploeg Wadmeer")
        self.on(self.w1)
        self.attend(weegploeg, [("zvh", "chair", Attendance.AANWEZIG, None),
                                ("gemeente", "oov", Attendance.AANWEZIG, "voorzitter weegploeg"),
                                ("politie", "politie_zvh", Attendance.AANWEZIG, None),
                                ("om", "officier", Attendance.AANWEZIG, None)])
        item = self.item(weegploeg, case, 20, "Opnemen in de aanpak of advies aan de school?",
                         ["gemeente", "politie", "om"])
        self.assess(case, self.w1,
                    "Een feitelijke uiting met een wapen, oplopend verzuim en zorgen thuis; geen "
                    "concrete dreiging. Leeftijd 14: zorg en begrenzing via moeder en school "
                    "voorop.", ["gemeente:oov", "politie:politie_zvh", "om:officier"],
                    meeting_id=weegploeg)
        self.decide(weegploeg, item, f"Signaal gewogen: opgenomen in de aanpak, bespreking in het "
                    f"ICO van {_dmy(self.m1)}. De school wordt uitgenodigd.", ["school"])
        self.close(weegploeg, (10, 50))
        self.reach(self.school_reporter, "Wadmeer", MINDERJARIGE, 2, self.w1)
        self.on(self.day(1, self.w1))
        cases.record_feedback(self.chair, self.school_reporter, self.day(1, self.w1),
                              "zorgcoördinator W. de Boer",
                              f"Het signaal is gewogen; de casus wordt besproken in het ICO van "
                              f"{_dmy(self.m1)}. De school wordt daarvoor uitgenodigd.")
        self.on(self.day(6, self.w1))
        for subject, by in ((petra, "jeugdteam (A. Spijkerman)"),
                            (sem, "jeugdteam samen met moeder")):
            cases.record_informed(self.chair, case, subject, InformedStatus.JA, informed_by=by,
                                  informed_on=self.day(6, self.w1))
        return case

    def first_ico(self) -> None:
        self.on(self.day(-7, self.m1))
        ico = self.m1_id = self.meeting(MeetingType.ICO_MDO, self.m1, (13, 30), (16, 0),
                                        "ICO Wadmeer")
        sem_item = self.item(ico, self.sem, 30, "Welke aanpak past: zorg voorop of begrenzen?",
                             ["school", "jeugdteam", "politie", "leerplicht", "jongerenwerk",
                              "gemeente"], absent={"jongerenwerk": Attendance.AFWEZIG_ZK})
        dylan_item = self.item(ico, self.dylan, 30,
                               "Hoe gaan we om met het signaal over het locatieverbod?",
                               ["reclassering", "politie", "gemeente", "ggz", "om"],
                               absent={"om": Attendance.AFWEZIG_MK})
        ayoub_item = self.item(ico, self.ayoub, 15, "Kan de casus worden afgesloten?",
                               ["jeugdteam", "jongerenwerk"],
                               absent={"jongerenwerk": Attendance.AFWEZIG_ZK})
        self.on(self.day(-5, self.m1))
        self.signal(self.dylan, self.day(-5, self.m1), "reclassering", M, by="reclasseerder",
                    text="Houdt zich aan de meldplicht, maar is gesloten over zijn vrienden; lijkt "
                    "oude contacten op te zoeken.")
        self.on(self.day(-3, self.m1))
        self.camera_signal = self.signal(
            self.dylan, self.day(-3, self.m1), "politie", F, by="politie_zvh",
            text=f"Op camerabeelden van {_dmy(self.day(-4, self.m1))} gezien in de Kerkstraat in "
            "Bremerdijk, binnen het gebied van zijn locatieverbod.", data_category=STRAFRECHTELIJK)
        self.signal(self.dylan, self.day(-3, self.m1), "ggz", F, by="psycholoog",
                    text="Bij de intake is een stoornis in het gebruik van cannabis vastgesteld "
                    "(diagnose door de GZ-psycholoog).", data_category=BIJZONDER)
        self.on(self.m1)
        A, MK, ZK = Attendance.AANWEZIG, Attendance.AFWEZIG_MK, Attendance.AFWEZIG_ZK
        self.attend(ico, [("zvh", "chair", A, None), ("zvh", "secretary", A, None),
                          ("gemeente", "oov", A, None), ("gemeente", "sociaal", A, None),
                          ("politie", "wijkagent", A, None), ("politie", "politie_zvh", A, None),
                          ("om", "officier", MK, "zitting; schriftelijke inbreng via politie"),
                          ("reclassering", "reclasseerder", A, None),
                          ("ggz", "psycholoog", A, None), ("jeugdteam", "jeugdprof", A, None),
                          ("school", "mentor", A, None), ("leerplicht", "lpa", A, None),
                          ("jongerenwerk", "jongerenwerker", ZK, None)])
        self.standard_notes(ico, {
            AgendaItemKind.OPENING: "De voorzitter opent de vergadering en wijst op de "
            "geheimhouding en het doel van het overleg.",
            AgendaItemKind.VASTSTELLEN_AGENDA: "De agenda wordt ongewijzigd vastgesteld.",
            AgendaItemKind.MEDEDELINGEN: "Het jongerenwerk heeft zich niet afgemeld.",
            AgendaItemKind.RONDVRAAG: "Geen punten."})

        self.say(sem_item, "school", "mentor", BEELD, F,
                 "Toelichting op S1 en S2: het filmpje is bewaard en met moeder besproken. De mentor "
                 "heeft een goede band met Sem; de school wil hem niet schorsen.")
        self.say(sem_item, "jeugdteam", "jeugdprof", BEELD, F,
                 f"Huisbezoek op {_dmy(self.day(6, self.w1))}: moeder is ongerust en werkt mee. "
                 "Vader heeft sinds de zomer weinig contact met Sem. Sem noemt het filmpje 'een "
                 "grap uit een game'.")
        self.say(sem_item, "politie", "wijkagent", BEELD, F,
                 "Sem is niet bekend bij de politie (C1). Geen aanleiding voor strafrechtelijke "
                 "inzet.")
        self.say(sem_item, "leerplicht", "lpa", BEELD, F,
                 "Het verzuim ligt boven de meldgrens; een verzuimgesprek wordt gepland.")
        self.say(sem_item, "jeugdteam", "jeugdprof", OORDEEL, M,
                 "De zorgen passen bij een jongen die na de scheiding zijn plek zoekt; steun "
                 "helpt hier meer dan begrenzen.")
        self.say(sem_item, "gemeente", "oov", BESLUIT, M,
                 "De gemeente kiest voor zorg voorop, mits de school nieuwe uitingen met geweld "
                 "direct meldt.")
        self.say(dylan_item, "reclassering", "reclasseerder", BEELD, F,
                 "Dylan komt alle meldplichtafspraken na. Over zijn vrienden vertelt hij weinig.")
        self.say(dylan_item, "politie", "politie_zvh", BEELD, F,
                 "Camerabeelden tonen Dylan in de Kerkstraat, binnen het gebied van het "
                 "locatieverbod (S2). Nog niet duidelijk waarom hij daar was.", STRAFRECHTELIJK)
        self.say(dylan_item, "ggz", "psycholoog", BEELD, F,
                 "Intake gedaan; de behandeling voor het cannabisgebruik start over drie weken.",
                 BIJZONDER)
        self.say(dylan_item, "gemeente", "sociaal", BEELD, F,
                 "Uitkering is aangevraagd en de ID-kaart is opgehaald. Wonen blijft voorlopig "
                 "bij oma; een eigen kamer is nog niet in zicht.")
        self.say(ayoub_item, "jeugdteam", "jeugdprof", BEELD, F,
                 "Ayoub volgt zijn opleiding weer en heeft sinds een half jaar geen contact met de "
                 "groep rond de oudere jongen. Hij wil de begeleiding door het jeugdteam "
                 "voortzetten.")

        self.decide(ico, sem_item, "Casus opgenomen in de aanpak; casusregie bij het jeugdteam "
                    "(A. Spijkerman). Plan van aanpak vastgesteld.",
                    ["school", "jeugdteam", "leerplicht"])
        self.decide(ico, sem_item, "Geen strafrechtelijke of bestuurlijke maatregel; de school "
                    "voert een normstellend gesprek, zonder schorsing.", ["school"])
        self.weigh_dylan_first(ico)
        escalate = self.decide(ico, dylan_item, "Opschalen: politie en reclassering stemmen het "
                               "toezicht op het locatieverbod wekelijks af tot de volgende "
                               "bespreking.", ["politie", "reclassering"])
        self.decide(ico, ayoub_item, "De doelen van het plan van aanpak zijn bereikt; de "
                            "casus wordt afgesloten en warm overgedragen aan het jeugdteam.",
                            ["jeugdteam", "jongerenwerk"])

        later = self.day
        self.m1_actions = {
            "gesprek": self.act(ico, sem_item, "school", "Normstellend gesprek met Sem en moeder "
                                "over het filmpje; afspraken over telefoongebruik op school.",
                                who="mentor", due_date=later(7, self.m1)),
            "huisbezoek": self.act(ico, sem_item, "jeugdteam", "Huisbezoek en gesprek met beide "
                                   "ouders; vader betrekken bij de aanpak.", who="jeugdprof",
                                   due_date=later(14, self.m1)),
            "melden": self.act(ico, sem_item, "politie", "Direct melden aan de procesregisseur; "
                               "spoedoverleg binnen 48 uur (opschalen).",
                               condition="Bij signalen van wapenbezit of een concrete dreiging"),
            "toezicht": self.act(ico, dylan_item, "reclassering", "Toezicht op de bijzondere "
                                 "voorwaarden; maandelijks voortgang aan de procesregisseur.",
                                 who="reclasseerder", ongoing=True),
            "schuldhulp": self.act(ico, dylan_item, "gemeente", "Aanmelding schuldhulpverlening "
                                   "en hulp bij het zoeken van een kamer.", who="sociaal",
                                   due_date=later(14, self.m1)),
            "camera": self.act(ico, dylan_item, "politie", "Camerabeelden naast de afspraken van "
                               "Dylan leggen en uitkomst delen met de reclassering.",
                               who="politie_zvh", due_date=later(7, self.m1)),
            "overdracht": self.act(ico, ayoub_item, "jeugdteam", "Warme overdracht afronden en "
                                   "Ayoub en moeder laten weten dat de casus is afgesloten.",
                                   who="jeugdprof", due_date=later(14, self.m1)),
            "terugkoppeling": self.act(ico, None, "zvh", "Terugkoppeling aan de school (melder) "
                                       "over B1 en B2, voor zover de school betreffend.",
                                       who="chair", due_date=later(3, self.m1),
                                       addressed_to=[self.p["school"]], acknowledge=True),
        }
        actions.set_action_status(self.chair, self.m1_actions["toezicht"], ActionStatus.LOOPT)
        self.step(self.sem, self.m1, (S.BEELD_EN_OORDEELSVORMING, "Besproken in het ICO."),
                  (S.PLAN_VASTGESTELD, "Besluit B1: plan van aanpak vastgesteld."),
                  (S.UITVOERING, "Acties uitgezet."), meeting_id=ico)
        cases.set_case_manager(self.chair, self.sem, self.pro["jeugdprof"])
        assessments.record_escalation(self.chair, self.dylan, EscalationDirection.OPSCHALEN,
                                      "Mogelijke overtreding van het locatieverbod (S2).", self.m1,
                                      decision_id=escalate)
        cases.close_case(self.chair, self.ayoub, ClosureReason.OVERGEDRAGEN,
                         "Doelen bereikt; de begeleiding loopt door bij het jeugdteam (besluit "
                         f"B4 van {_dmy(self.m1)}).", self.m1, meeting_id=ico)
        self.close(ico, (15, 55), self.m2)
        self.reach(self.school_reporter, "Wadmeer", MINDERJARIGE, 3, self.m1, "Besproken in het ICO")

        self.on(self.day(2, self.m1))
        actions.set_action_status(self.chair, self.m1_actions["terugkoppeling"],
                                  ActionStatus.AFGEROND, note="Telefonisch met W. de Boer.")
        cases.record_feedback(self.chair, self.school_reporter, self.day(2, self.m1),
                              "zorgcoördinator W. de Boer",
                              "Het plan van aanpak is vastgesteld; de school voert een "
                              "normstellend gesprek en houdt wekelijks contact met Sem.",
                              meeting_id=ico)
        self.on(self.day(7, self.m1))
        actions.set_action_status(self.chair, self.m1_actions["overdracht"], ActionStatus.AFGEROND,
                                  note="Overdracht besproken met Ayoub en moeder.")

    def weigh_dylan_first(self, meeting_id: int) -> None:
        """The first balance sheet of WM-…-031: safety first, with dissent on a measure."""
        sheet = balance.open_sheet(self.chair, self.dylan, meeting_id).id
        V, Z, G = BalanceSide.VEILIGHEID, BalanceSide.ZORG_ONTWIKKELING, BalanceSide.WAT_GAAT_GOED
        balance.add_entry_from_source(self.chair, sheet, V, balance.SOURCE_SIGNAL, self.camera_signal)
        balance.add_entry(self.chair, sheet, V, "Zoekt volgens de reclassering oude contacten op.",
                          statement_type=M, source_partner_id=self.p["reclassering"],
                          domain=BalanceDomain.NETWERK_CONTACTEN, weight=Weight.HOOG)
        balance.add_entry(self.chair, sheet, Z, "Geen eigen woonruimte; woont tijdelijk bij oma.",
                          source_partner_id=self.p["gemeente"], domain=BalanceDomain.WONEN_FINANCIEN,
                          weight=Weight.MIDDEN)
        balance.add_entry(self.chair, sheet, Z, "Cannabisgebruik; behandeling start over drie weken.",
                          source_partner_id=self.p["ggz"], domain=BalanceDomain.GEZONDHEID_GGZ,
                          weight=Weight.MIDDEN, data_category=BIJZONDER)
        balance.add_entry(self.chair, sheet, G, "Komt alle meldplichtafspraken na.",
                          source_partner_id=self.p["reclassering"],
                          domain=BalanceDomain.TOEKOMSTPERSPECTIEF)
        balance.add_entry(self.chair, sheet, G, "Oma is steunend en houdt contact met de reclassering.",
                          source_partner_id=self.p["gemeente"], domain=BalanceDomain.GEZIN_OPVOEDING)
        balance.set_weighing(self.chair, sheet, Priority.VEILIGHEID_VOOROP,
                             "Het signaal over het locatieverbod is nog niet opgehelderd; tot dan "
                             "gaat het toezicht voor, met de woon- en geldzaken er direct naast.")
        balance.add_measure(self.chair, sheet, MeasureKind.BEGRENZEND,
                            "Wekelijkse afstemming politie en reclassering over het locatieverbod.")
        balance.add_measure(self.chair, sheet, MeasureKind.ONDERSTEUNEND,
                            "Aanmelding schuldhulpverlening en zoeken naar een eigen kamer.")
        balance.add_dissent(self.chair, sheet, self.p["politie"],
                            "Een gebiedsverbod van de burgemeester erbij.",
                            "Zo is overtreding sneller te handhaven.")
        balance.add_dissent(self.chair, sheet, self.p["reclassering"],
                            "Geen extra maatregel naast de bijzondere voorwaarden.",
                            "Eerst uitzoeken wat er gebeurde; een tweede verbod belast zijn werk.")
        balance.set_proportionality(self.chair, sheet,
                                    "Een gebiedsverbod nu niet: de bijzondere voorwaarden dekken het "
                                    "toezicht. Herbeoordeling in de volgende bespreking.")
        for partner, score in (("reclassering", 5), ("politie", 3), ("gemeente", 5), ("ggz", 5)):
            balance.set_rating(self.chair, sheet, self.p[partner], score)
        balance.set_consensus(self.chair, sheet, 4)
        balance.add_formal_assessment(self.chair, sheet, "VERA-2R", "Reclassering",
                                      self.day(-40, self.m1), "Risicotaxatie uitgevoerd; zie het "
                                      "reclasseringsadvies.")

    def weigh_dylan_again(self, meeting_id: int) -> None:
        """The second version: the signal refuted, work found, the scale back in balance."""
        sheet = balance.open_sheet(self.chair, self.dylan, meeting_id).id
        balance.add_entry(self.chair, sheet, BalanceSide.WAT_GAAT_GOED,
                          "Werkt 20 uur per week bij een hoveniersbedrijf.",
                          source_partner_id=self.p["gemeente"], domain=BalanceDomain.SCHOOL_WERK)
        balance.set_weighing(self.chair, sheet, Priority.IN_BALANS,
                             "Het signaal over het locatieverbod is weerlegd en hij werkt; toezicht "
                             "en ondersteuning wegen nu even zwaar.")
        for partner, score in (("reclassering", 6), ("politie", 5), ("gemeente", 7), ("ggz", 6)):
            balance.set_rating(self.chair, sheet, self.p[partner], score)
        balance.set_consensus(self.chair, sheet, 6)

    def family_case_start(self) -> int:
        """WM-…-038: Noa (9) in a family with domestic violence; informing father postponed."""
        reported = self.day(-20, self.m2)
        self.on(reported)
        case = self.case(38, reported, LegalBasis.ZVH_WGS,
                         "Veiligheid van moeder en kinderen bij huiselijk geweld")
        noa = cases.add_subject(self.chair, case, "Noa B.", SubjectRole.PRIMAIR, age=9,
                                living_situation="bij moeder en stiefvader").id
        kim = cases.add_subject(self.chair, case, "Kim B.", SubjectRole.GERELATEERD,
                                relation=Relation.MOEDER, has_gezag=True).id
        self.noa_father = cases.add_subject(
            self.chair, case, "Marcel B.", SubjectRole.GERELATEERD, relation=Relation.VADER,
            has_gezag=True, note="woont in Bremerdijk; omgang om het weekend").id
        cases.add_subject(self.chair, case, "Roy H.", SubjectRole.GERELATEERD,
                          relation=Relation.ANDERS, note="stiefvader, partner van moeder")
        self.noa_brother = cases.add_subject(self.chair, case, "Tijn B.", SubjectRole.GERELATEERD,
                                             relation=Relation.BROER_ZUS, age=15).id
        self.vt_reporter = cases.add_reporter(
            self.chair, case, reported, partner_id=self.p["veilig_thuis"],
            professional_id=self.pro["vt"], route="doorverwijzing na politiemelding",
            chain_route_id=self.routes[("Wadmeer", HUISELIJK_GEWELD)]).id
        self.reach(self.vt_reporter, "Wadmeer", HUISELIJK_GEWELD, 2, reported)
        self.signal(case, self.day(-10, reported), "veilig_thuis", F, by="vt",
                    text="Politie is in drie maanden twee keer ter plaatse geweest na meldingen "
                    "van geschreeuw; bij het tweede bezoek had moeder een blauwe plek op haar arm.")
        self.signal(case, self.day(-5, reported), "veilig_thuis", M,
                    source_detail="intern begeleider basisschool, via Veilig Thuis",
                    text="Noa is stil en schrikachtig en wil na schooltijd niet naar huis.")
        self.signal(case, self.day(-2, reported), "jeugdteam", H, by="jeugdprof",
                    text="Mogelijk is er sprake van dwingende controle door de stiefvader; moeder "
                    "durft daar niet vrijuit over te praten.")
        self.signal(case, self.day(-1, reported), "politie", F, by="politie_zvh",
                    text="Tegen de stiefvader loopt een strafzaak wegens bedreiging van een "
                    "buurman.", data_category=STRAFRECHTELIJK)
        self.step(case, reported, (S.SCREENING, "Doorverwijzing compleet."))
        self.on(self.day(5, reported))
        self.signal(case, self.day(5, reported), "jeugdteam", F, by="jeugdprof", is_contra=True,
                    text="Moeder komt alle afspraken met het jeugdteam na en heeft zelf om hulp "
                    "gevraagd.")
        self.step(case, self.day(6, reported), (S.WEGING, "Screening compleet."))
        self.assess(case, self.day(9, reported),
                    "Herhaald huiselijk geweld met een kind van 9 in huis, een lopende strafzaak "
                    "tegen de stiefvader en zorgen over dwingende controle: de veiligheid van "
                    "moeder en kinderen vraagt om afstemming tussen zorg en strafrecht.",
                    ["gemeente:oov", "politie:politie_zvh", "veilig_thuis:vt",
                     "raad:raadsonderzoeker"])
        self.reach(self.vt_reporter, "Wadmeer", HUISELIJK_GEWELD, 3, self.day(9, reported))
        self.on(self.day(-5, self.m2))
        cases.record_informed(self.chair, case, kim, InformedStatus.JA,
                              informed_by="Veilig Thuis (N. Bouzid)",
                              informed_on=self.day(-5, self.m2))
        cases.record_informed(self.chair, case, noa, InformedStatus.JA,
                              informed_by="moeder samen met Veilig Thuis, in kindertaal",
                              informed_on=self.day(-5, self.m2))
        return case

    def second_ico(self) -> None:
        self.on(self.day(-4, self.m2))
        signals.verify_signal(self.chair, self.camera_signal, Verification.WEERLEGD,
                              self.day(-4, self.m2),
                              "Dylan had die dag een afspraak op het gemeentehuis, met toestemming "
                              "van de reclassering; geen overtreding.")
        self.signal(self.dylan, self.day(-4, self.m2), "gemeente", F, by="sociaal", is_contra=True,
                    text="Heeft zich zelf gemeld bij het werkgeversservicepunt en werkt sinds "
                    "kort 20 uur per week bij een hoveniersbedrijf.")
        ico = self.m2_id = self.meeting(MeetingType.ICO_MDO, self.m2, (9, 30), (12, 0),
                                        "ICO Wadmeer")
        sem_item = self.item(ico, self.sem, 20, "Hoe staat het met verzuim en thuissituatie?",
                             ["school", "jeugdteam", "leerplicht", "politie"],
                             absent={"leerplicht": Attendance.AFWEZIG_MK})
        dylan_item = self.item(ico, self.dylan, 20, "Kan er worden afgeschaald naar monitoring?",
                               ["reclassering", "politie", "gemeente", "ggz"])
        noa_item = self.item(ico, self.noa, 40, "Welk plan houdt moeder en kinderen veilig, en "
                             "wie informeert vader wanneer?",
                             ["veilig_thuis", "jeugdteam", "politie", "raad", "om"])
        self.on(self.m2)
        A, MK = Attendance.AANWEZIG, Attendance.AFWEZIG_MK
        self.attend(ico, [("zvh", "chair", A, None), ("zvh", "secretary", A, None),
                          ("gemeente", "oov", A, None), ("gemeente", "sociaal", A, None),
                          ("politie", "politie_zvh", A, None), ("om", "officier", A, None),
                          ("reclassering", "reclasseerder", A, None),
                          ("raad", "raadsonderzoeker", A, None), ("veilig_thuis", "vt", A, None),
                          ("ggz", "spv", A, None), ("jeugdteam", "jeugdprof", A, None),
                          ("school", "zoco", A, None), ("leerplicht", "lpa", MK, "ziek")])
        minutes.adopt_in_meeting(self.chair, self.m1_id, ico, [Correction(
            f"5.2 Casus {self.code[self.dylan]}", "'locatieverbod' in plaats van 'gebiedsverbod'.")])
        self.standard_notes(ico, {
            AgendaItemKind.VASTSTELLEN_AGENDA: "De agenda wordt ongewijzigd vastgesteld.",
            AgendaItemKind.VERSLAG_VORIGE: "De actielijst is doorgenomen.",
            AgendaItemKind.MEDEDELINGEN: "De leerplichtambtenaar heeft zich ziek gemeld."})
        acts = self.m1_actions
        postponed_to = self.day(-4)
        actions.postpone_action(self.chair, acts["huisbezoek"], postponed_to,
                                reason="Vader was niet bereikbaar; huisbezoek verzet.",
                                meeting_id=ico)
        self.review(ico, {
            acts["gesprek"]: ("Gesprek gevoerd; Sem heeft excuses aangeboden aan de klas.",
                              ActionStatus.AFGEROND),
            acts["huisbezoek"]: (f"Uitgesteld tot {_dmy(postponed_to)}.", None),
            acts["melden"]: ("Geen aanleiding geweest; blijft staan.", None),
            acts["schuldhulp"]: ("Aanmelding gedaan; intake gepland.", ActionStatus.AFGEROND),
            acts["camera"]: ("Beelden naast de afspraak op het gemeentehuis gelegd: geen "
                             "overtreding.", ActionStatus.AFGEROND),
        })

        self.say(sem_item, "school", "zoco", BEELD, F,
                 "Na het normstellende gesprek zijn er geen nieuwe uitingen geweest. Het verzuim "
                 "is wel verder opgelopen: 9 lesuren in de afgelopen vier weken.")
        self.say(sem_item, "jeugdteam", "jeugdprof", OORDEEL, M,
                 "Sem ziet zijn vader weer om de week; dat lijkt hem goed te doen.")
        self.say(dylan_item, "politie", "politie_zvh", BEELD, F,
                 "Het signaal over het locatieverbod is nagegaan: Dylan had die dag een afspraak "
                 "op het gemeentehuis, met toestemming van de reclassering.")
        self.say(dylan_item, "reclassering", "reclasseerder", OORDEEL, M,
                 "Wij zien geen reden meer voor extra afstemming; het gewone toezicht volstaat.")
        self.say(dylan_item, "ggz", "spv", BEELD, F,
                 "Dylan is met de behandeling gestart en komt zijn afspraken na.", BIJZONDER)
        self.say(noa_item, "veilig_thuis", "vt", BEELD, F,
                 f"Het onderzoek loopt sinds {_dmy(self.day(-20, self.m2))}. Moeder heeft met "
                 "Veilig Thuis een veiligheidsplan opgesteld.")
        self.say(noa_item, "politie", "politie_zvh", BEELD, F,
                 "Tegen de stiefvader loopt een zaak wegens bedreiging van een buurman; een "
                 "zittingsdatum is er nog niet.", STRAFRECHTELIJK)
        self.say(noa_item, "om", "officier", BEELD, F,
                 "Het OM overweegt een contactverbod met de buurman als bijzondere voorwaarde.",
                 STRAFRECHTELIJK)
        self.say(noa_item, "raad", "raadsonderzoeker", OORDEEL, M,
                 "Zolang het onderzoek van Veilig Thuis loopt, is een raadsonderzoek niet nodig. "
                 "Verbetert de veiligheid thuis niet, dan heroverwegen we dat.")
        self.say(noa_item, "jeugdteam", "jeugdprof", BEELD, H,
                 "Tijn (15) lijkt de zorg voor zijn zus op zich te nemen; dat verdient aandacht.")

        self.decide(ico, sem_item, f"De aanpak wordt voortgezet; het verzuim krijgt voorrang. "
                    f"Terugkombespreking in het ICO van {_dmy(self.m3)}.",
                    ["school", "jeugdteam", "leerplicht"])
        self.weigh_dylan_again(ico)
        deescalate = self.decide(ico, dylan_item, "Het signaal over het locatieverbod is "
                                 "weerlegd; afschalen naar monitoring. De reclassering "
                                 "rapporteert maandelijks.", ["reclassering", "politie",
                                                              "gemeente"])
        self.decide(ico, noa_item, "Casus opgenomen in de aanpak; plan van aanpak vastgesteld. "
                    "Casusregie bij Veilig Thuis (N. Bouzid) tot het onderzoek is afgerond.",
                    ["veilig_thuis", "jeugdteam", "raad"])
        postpone = self.decide(ico, noa_item, f"Vader wordt nog niet geïnformeerd; herbeoordeling "
                               f"uiterlijk {_dmy(self.day(-3))}.", ["raad", "veilig_thuis"])

        today = self.today
        self.m2_actions = {
            "verzuim": self.act(ico, sem_item, "leerplicht", "Verzuimgesprek met Sem en moeder; "
                                "bij verdere toename een proces-verbaal overwegen.", who="lpa",
                                due_date=today),
            "onderzoek": self.act(ico, noa_item, "veilig_thuis", "Onderzoek afronden en de "
                                  "uitkomst delen met de Raad en het jeugdteam.", who="vt",
                                  due_date=self.day(24, self.m2)),
            "strafzaak": self.act(ico, noa_item, "politie", "Stand van zaken van de strafzaak "
                                  "tegen de stiefvader navragen bij het OM.", who="politie_zvh",
                                  due_date=self.day(-7)),
            "contact": self.act(ico, noa_item, "veilig_thuis", "Direct melden aan politie en "
                                "procesregisseur; spoedoverleg binnen 48 uur.", who="vt",
                                condition="Als stiefvader of vader buiten de afspraken om "
                                "contact zoekt met Noa"),
            "behandeling": self.act(ico, dylan_item, "ggz", "Behandelplan opstellen en bespreken "
                                    "met Dylan en de reclassering.", who="spv",
                                    due_date=self.day(28, self.m2)),
            "tijn": self.act(ico, noa_item, "jeugdteam", "Gesprek met Tijn over de situatie "
                             "thuis en wat hij nodig heeft.", who="jeugdprof",
                             due_date=self.day(-2)),
        }
        actions.set_action_status(self.chair, self.m2_actions["onderzoek"], ActionStatus.LOOPT)
        self.step(self.dylan, self.m2, (S.MONITORING, "Besluit B2: afgeschaald naar monitoring."),
                  meeting_id=ico)
        assessments.record_escalation(self.chair, self.dylan, EscalationDirection.AFSCHALEN,
                                      "Signaal over het locatieverbod weerlegd; voorwaarden "
                                      "worden nageleefd.", self.m2, decision_id=deescalate)
        cases.set_review_date(self.chair, self.dylan, self.day(-3))
        cases.set_review_date(self.chair, self.sem, self.m3)
        self.step(self.noa, self.m2, (S.BEELD_EN_OORDEELSVORMING, "Besproken in het ICO."),
                  (S.PLAN_VASTGESTELD, "Besluit B3: plan van aanpak vastgesteld."),
                  meeting_id=ico)
        cases.set_case_manager(self.chair, self.noa, self.pro["vt"])
        cases.set_review_date(self.chair, self.noa, self.m3)
        cases.record_informed(
            self.chair, self.noa, self.noa_father, InformedStatus.UITGESTELD,
            postponement_reason="Vader nu informeren kan de veiligheid van moeder en Noa in "
            "gevaar brengen zolang het onderzoek van Veilig Thuis loopt; afgestemd met de Raad "
            "voor de Kinderbescherming.", review_date=self.day(-3),
            decision_moment="ICO " + _dmy(self.m2), meeting_id=ico, decision_id=postpone)
        self.close(ico, (11, 50), self.m3)
        self.reach(self.vt_reporter, "Wadmeer", HUISELIJK_GEWELD, 4, self.m2, "Besproken in het ICO")

        self.on(self.day(1, self.m2))
        for signer in (self.secretary, self.chair):  # opgesteld, then vastgesteld
            document_export.export_minutes(signer, self.m1_id, sign=True)
        cases.record_feedback(self.chair, self.vt_reporter, self.day(1, self.m2),
                              "Veilig Thuis (N. Bouzid)", "Casus is besproken in het ICO; plan van "
                              "aanpak vastgesteld, casusregie bij Veilig Thuis.", meeting_id=ico)

    def fresh_signal(self) -> int:
        """WM-…-041: a new report by youth work; in weging, the reporter still waits."""
        reported = self.day(-9)
        self.on(reported)
        case = self.case(41, reported, LegalBasis.PGA, "Persoonsgerichte aanpak radicalisering")
        cases.add_subject(self.chair, case, "Lars T.", SubjectRole.PRIMAIR, age=16)
        cases.add_subject(self.chair, case, "Ellen T.", SubjectRole.GERELATEERD,
                          relation=Relation.MOEDER, has_gezag=True)
        cases.add_reporter(self.chair, case, reported, partner_id=self.p["jongerenwerk"],
                           professional_id=self.pro["jongerenwerker"],
                           route="mail aan het meldpunt van het ZVH",
                           chain_route_id=self.routes[("Bremerdijk", RADICALISERING)])
        self.signal(case, self.day(-2, reported), "jongerenwerk", F, by="jongerenwerker",
                    text="Liet in het jongerencentrum een Telegram-kanaal zien met oproepen tot "
                    "geweld tegen 'de elite'; deelde er zelf een afbeelding uit in de groepsapp.")
        self.signal(case, self.day(-1, reported), "jongerenwerk", M, by="jongerenwerker",
                    text="Lijkt vooral erkenning te zoeken bij een oudere groep online; vertelt "
                    "trots dat 'ze hem daar serieus nemen'.")
        self.signal(case, self.day(-1, reported), "jongerenwerk", H,
                    source_detail="klasgenoot, via de jongerenwerker",
                    text="Zou met een vriend naar een demonstratie van die groep willen gaan.")
        self.step(case, self.day(1, reported), (S.SCREENING, "Melding compleet."))
        cases.add_case_note(self.chair, case, CaseNoteKind.SCREENING,
                            "Bekend bij het jongerenwerk; niet bekend bij politie en leerplicht.",
                            label="bekend bij", noted_on=self.day(1, reported))
        self.on(self.day(4, reported))
        self.signal(case, self.day(4, reported), "school", F, by="zoco", is_contra=True,
                    text="Geen zorgen op school; cijfers en aanwezigheid zijn goed.")
        cases.add_consultation(self.chair, case, self.p["politie"],
                               "duiding van het Telegram-kanaal (telefonisch)",
                               consulted_on=self.day(4, reported))
        self.step(case, self.day(6, reported), (S.WEGING, "Screening compleet; naar de "
                                                "weegploeg."))
        return case

    def meetings_ahead(self) -> None:
        self.on(self.day(-2))
        actions.postpone_action(self.chair, self.m2_actions["tijn"], self.day(6),
                                reason="Tijn was ziek; gesprek verzet.")
        self.on(self.today)
        actions.set_action_status(self.chair, self.m2_actions["verzuim"], ActionStatus.LOOPT)
        weegploeg = self.meeting(MeetingType.WEEGPLOEG, self.w2, (10, 0), (11, 0),
                                 "Weegploeg Wadmeer")
        self.item(weegploeg, self.lars, 20, "Opnemen in de aanpak, of advies aan het "
                  "jongerenwerk als melder?", ["gemeente", "politie", "om", "jongerenwerk"],
                  held=False)
        meetings.set_meeting_status(self.chair, weegploeg, MeetingStatus.GEPLAND)

        ico = self.meeting(MeetingType.ICO_MDO, self.m3, (13, 30), (16, 0), "ICO Wadmeer")
        self.item(ico, self.sem, 20, "Het verzuim neemt toe: is extra inzet van leerplicht "
                  "nodig, en kan de aanpak daarna worden afgeschaald?",
                  ["school", "jeugdteam", "leerplicht", "politie"], held=False)
        self.item(ico, self.dylan, 15, "Monitoring: kan de casus over drie maanden naar nazorg?",
                  ["reclassering", "politie", "gemeente", "ggz"], held=False)
        self.item(ico, self.noa, 30, "Uitkomst van het onderzoek van Veilig Thuis; kan vader nu "
                  "worden geïnformeerd?", ["veilig_thuis", "jeugdteam", "politie", "raad", "om"],
                  held=False)
        self.attend(ico, [("om", "officier", Attendance.AFWEZIG_MK,
                           "zitting; schriftelijke inbreng volgt via de politie")])
