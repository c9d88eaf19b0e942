"""A realistic meeting on a real vault for the Overleggen and Vergadermodus tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import (
    DataCategory,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import actions, cases, meetings, partners, signals
from casusoverleg_desktop.services.context import ServiceContext

D, T = PartnerDomain, PartnerTier
PREVIOUS_DAY = dt.date(2025, 2, 26)
MEETING_DAY = dt.date(2025, 3, 26)


@dataclass(frozen=True)
class MeetingWorld:
    partner_ids: dict[str, int]
    case_ids: dict[str, int]
    chair_id: int
    minute_taker_id: int
    previous_meeting_id: int
    meeting_id: int | None


PARTNERS = (
    ("Gemeente Lindeveld (OOV)", "Gemeente", D.SOCIAAL, T.KERNPARTIJ),
    ("Politie Lindeveld", "Politie", D.VEILIGHEID, T.KERNPARTIJ),
    ("Openbaar Ministerie", "OM", D.VEILIGHEID, T.KERNPARTIJ),
    ("Jeugdteam Lindeveld", "Jeugdteam", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
    ("Lindeveld College", "School", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
    ("GGZ Lindeveld", "GGZ", D.ZORG, T.EXTERNE_CASUSPARTNER),
    ("Reclassering", "Reclassering", D.VEILIGHEID, T.CASUSPARTIJ),
)
CASES = (("LV-2025-014", "Daan V."), ("LV-2025-021", "Sara K."), ("LV-2025-030", "Milan B."))


def build_world(ctx: ServiceContext, *, with_meeting: bool = True, extra_cases: int = 0) -> MeetingWorld:
    """Partners, cases with pseudonyms and signals, a previous meeting with open actions, and
    (optionally) this month's meeting with the three cases on its agenda."""
    ids = {short: partners.create_partner(ctx, name, domain, tier, covenant_signed=True,
                                          short_name=short).id
           for name, short, domain, tier in PARTNERS}
    chair = partners.add_professional(ctx, ids["Gemeente"], "M. Dekkers", function="procesregisseur")
    minute_taker = partners.add_professional(ctx, ids["Gemeente"], "L. Bakker", function="notulist")
    partners.add_professional(ctx, ids["Jeugdteam"], "R. Pinas", function="casusregisseur")
    case_ids = {}
    for code, pseudonym in CASES + tuple((f"LV-2025-{100 + n:03d}", f"Kind {n}.")
                                         for n in range(extra_cases)):
        case = cases.create_case(ctx, code, LegalBasis.PGA, dt.date(2025, 1, 10))
        cases.add_subject(ctx, case.id, pseudonym, SubjectRole.PRIMAIR)
        case_ids[code] = case.id
    daan = case_ids["LV-2025-014"]
    cases.add_subject(ctx, daan, "Moeder V.", SubjectRole.GERELATEERD, relation=Relation.MOEDER,
                      has_gezag=True)
    signals.record_signal(ctx, daan, "Deelt filmpjes van een extremistische prediker in de klassenapp",
                          StatementType.FEIT, observed_on=dt.date(2025, 3, 3), partner_id=ids["School"],
                          data_category=DataCategory.BIJZONDER)
    signals.record_signal(ctx, daan, "Mentor denkt dat Daan zich steeds meer terugtrekt",
                          StatementType.MENING, observed_on=dt.date(2025, 3, 12), partner_id=ids["School"])
    signals.record_signal(ctx, daan, "Speelt weer wekelijks voetbal bij de club", StatementType.FEIT,
                          observed_on=dt.date(2025, 3, 15), partner_id=ids["Jeugdteam"], is_contra=True)
    previous = meetings.create_meeting(ctx, MeetingType.ICO_MDO, PREVIOUS_DAY, start_time=dt.time(13, 30),
                                       end_time=dt.time(16), location="ZVH Lindeveld, zaal 2",
                                       chair_id=chair.id)
    meetings.add_case_item(ctx, previous.id, daan, slot_minutes=30)
    actions.create_action(ctx, previous.id, "Gesprek met ouders over schoolverzuim", ids["Jeugdteam"],
                          due_date=dt.date(2025, 3, 20), case_id=daan)
    actions.create_action(ctx, previous.id, "Huisbezoek wijkagent", ids["Politie"],
                          due_date=dt.date(2025, 3, 14), case_id=daan)
    actions.create_action(ctx, previous.id, "Bij uitingen met concrete dreiging: direct melden bij politie",
                          ids["School"], condition="bij uitingen met concrete dreiging", case_id=daan)
    actions.create_action(ctx, previous.id, "Convenant aanvullen met GGZ", ids["Gemeente"],
                          due_date=dt.date(2025, 3, 25))
    meeting_id = None
    if with_meeting:
        meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, MEETING_DAY, start_time=dt.time(13, 30),
                                          end_time=dt.time(16), location="ZVH Lindeveld, zaal 2",
                                          chair_id=chair.id, minute_taker_id=minute_taker.id)
        meeting_id = meeting.id
        invited = {"LV-2025-014": ["Gemeente", "Politie", "Jeugdteam", "School"],
                   "LV-2025-021": ["Gemeente", "Politie", "GGZ"],
                   "LV-2025-030": ["Gemeente", "Reclassering", "OM"]}
        questions = {"LV-2025-014": "Is opschalen naar een gezinsaanpak nodig, en wie neemt de regie?",
                     "LV-2025-021": "Plan van aanpak vaststellen.",
                     "LV-2025-030": "Voorbereiding invrijheidstelling: wie doet wat?"}
        for code, slot in (("LV-2025-014", 40), ("LV-2025-021", 30), ("LV-2025-030", 25)):
            meetings.add_case_item(ctx, meeting.id, case_ids[code], slot_minutes=slot,
                                   question=questions[code],
                                   invited_partner_ids=[ids[s] for s in invited[code]])
    return MeetingWorld(ids, case_ids, chair.id, minute_taker.id, previous.id, meeting_id)


def start_meeting_mode_anyway(page) -> None:
    """Click "Start vergadermodus" and, for a meeting that is not today, answer the question yes."""
    from PySide6.QtWidgets import QMessageBox

    page.ui.start_mode_button.click()
    if page.question_box is not None:
        page.question_box.button(QMessageBox.StandardButton.Yes).click()


def open_meeting_mode(qtbot, ctx: ServiceContext, meeting_id: int, width: int = 1366, height: int = 768):
    """Meeting mode for ``meeting_id`` shown, active, and kept (not deleted on close) for the test."""
    from PySide6.QtCore import Qt

    from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

    window = MeetingModeWindow(ctx, meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)

    def active() -> bool:  # offscreen Qt now and then drops a request to activate: ask again
        if not window.isActiveWindow():
            window.activateWindow()
        return window.isActiveWindow()

    qtbot.waitUntil(active)
    return window
