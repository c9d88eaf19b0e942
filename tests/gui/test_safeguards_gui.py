"""Safeguards in the GUI, on the fresh test vault (partners, a case and a meeting made through the
services as a new user would): marking a decision for a partner while informing is postponed shows
what is shared and asks "Toch delen?"; closing a case asks what happens to its open action."""

from __future__ import annotations

import datetime as dt

import pytest
from answers import Answers

from PySide6.QtCore import Qt

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AssessmentOutcome,
    CaseStatus,
    ClosureReason,
    InformedStatus,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    SubjectRole,
)
from casusoverleg_desktop.services import actions, assessments, cases, decisions, meetings, partners
from casusoverleg_desktop.services.assessments import PanelMember

from casusoverleg_desktop.ui.dialogs.case_dialogs import CloseCaseDialog
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

DAY = dt.date(2025, 11, 12)
SCHOOL = "Lyceum Wadmeer"


@pytest.fixture
def setting(ctx):
    police = partners.create_partner(ctx, "Politie Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ,
                                     covenant_signed=True)
    school = partners.create_partner(ctx, SCHOOL, PartnerDomain.ONDERWIJS, PartnerTier.EXTERNE_CASUSPARTNER,
                                     covenant_signed=True)
    case = cases.create_case(ctx, "WM-2025-041", LegalBasis.PGA, dt.date(2025, 9, 1))
    lars = cases.add_subject(ctx, case.id, "Lars T.", SubjectRole.PRIMAIR, age=16)
    cases.record_informed(ctx, case.id, lars.id, InformedStatus.UITGESTELD,
                          postponement_reason="Politieonderzoek loopt", review_date=dt.date(2025, 12, 1))
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, DAY, start_time=dt.time(13, 30),
                                      end_time=dt.time(16))
    item = meetings.add_case_item(ctx, meeting.id, case.id, slot_minutes=30,
                                  invited_partner_ids=[police.id, school.id])
    return police, school, case, meeting, item


def test_sharing_a_decision_while_informing_is_postponed_shows_what_and_asks(qtbot, ctx, setting):
    police, school, case, meeting, item = setting
    decision = decisions.record_decision(ctx, meeting.id, "Mentor houdt wekelijks contact met Lars.",
                                         agenda_item_id=item.id)
    window = MeetingModeWindow(ctx, meeting.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_item(next(r for r, i in enumerate(window.session.agenda) if i.id == item.id))
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    shares = screen.shares
    button = next(b for b in shares.buttons if b.accessibleName() == f"Delen met {SCHOOL}")

    shares.ask = Answers(False)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    title, text, proceed = shares.ask.asked[0]
    assert (title, proceed) == ("Toch delen?", "Toch delen")
    assert ("Het informeren van Lars T. is uitgesteld (heroverwegen op 01-12-2025): "
            "Politieonderzoek loopt.") in text
    assert (f"Wat {SCHOOL} krijgt (casus WM-2025-041):\n"
            "Besluit B1: Mentor houdt wekelijks contact met Lars.") in text
    assert decisions.decisions(ctx, meeting.id)[0].shared_with == ()
    assert not button.isChecked()

    shares.ask = Answers(True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert decisions.decisions(ctx, meeting.id)[0].shared_with == (school.id,)
    assert decision.id == decisions.decisions(ctx, meeting.id)[0].id
    window.close()


def test_closing_a_case_asks_what_happens_to_its_open_action(qtbot, ctx, setting):
    police, school, case, meeting, item = setting
    action = actions.create_action(ctx, meeting.id, "Gesprek met Lars en moeder.", police.id, case_id=case.id,
                                   due_date=dt.date(2025, 11, 26))
    cases.transition_case(ctx, case.id, CaseStatus.SCREENING, "Screening gestart")
    cases.transition_case(ctx, case.id, CaseStatus.WEGING, "Screening compleet")
    assessments.record_assessment(ctx, case.id, dt.date(2025, 9, 10), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
                                  "Zorgen op meerdere leefgebieden.", [PanelMember(police.id)])
    dialog = CloseCaseDialog(ctx, cases.open_case(ctx, case.id).case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= 768 and dialog.width() <= 1366
    panel = dialog.open_ends
    assert panel.isVisible() and len(panel.action_rows) == 1 and len(panel.informing_rows) == 1
    dialog.ui.reason_combo.setCurrentIndex(dialog.ui.reason_combo.findData(ClosureReason.DOELEN_BEREIKT))
    qtbot.keyClicks(dialog.ui.rationale_edit, "Doelen bereikt; overdracht aan de school.")

    assert not dialog.try_accept()  # nothing chosen yet for the action and the informing
    assert "actiepunt A1" in dialog.error_text() and "Lars T." in dialog.error_text()
    assert cases.open_case(ctx, case.id).case.status is not CaseStatus.AFGESLOTEN

    _action_id, choice, partner, note = panel.action_rows[0]
    choice.setCurrentIndex(choice.findData("overdragen"))
    assert partner.isEnabled()
    partner.setCurrentIndex(partner.findData(school.id))
    qtbot.keyClicks(note, "School zet de gesprekken voort")
    _record_id, informed, informed_note = panel.informing_rows[0]
    informed.setCurrentIndex(informed.findData(False))
    qtbot.keyClicks(informed_note, "Onderzoek loopt nog")
    assert dialog.try_accept(), dialog.error_text()

    assert cases.open_case(ctx, case.id).case.status is CaseStatus.AFGESLOTEN
    handed = actions.action_list(ctx, case_id=case.id, include_closed=True)[0]
    assert (handed.id, handed.status, handed.status_note) == (
        action.id, ActionStatus.OVERGEDRAGEN, f"Overgedragen aan {SCHOOL}: School zet de gesprekken voort")
