"""Sharing with a partner that has not signed the covenant (issue 14, point 9): inviting it to a case,
marking a decision for it and making its extract each warn first and name the partner; cancelling
changes nothing. The services say which partners lack the covenant, so the rule is testable there.

The vault is the fresh test template; the partners (one without the covenant) and the case are made
through the services. The warning is asked through each widget's ``ask`` (the real Qt box in one
test, answered by a timer; a recorder elsewhere, as the user would answer).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from answers import Answers

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    SubjectRole,
)
from casusoverleg_desktop.services import cases, decisions, meetings, partners

from casusoverleg_desktop.ui.dialogs.export_dialog import DocumentKind, ExportDialog
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.models.meeting_models import AttendanceModel
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage

YOUTH_WORK = "Jongerenwerk Wadmeer"
MEETING_DAY = dt.date(2025, 11, 12)
BUILD_TIMEOUT_MS = 60_000


@dataclasses.dataclass(frozen=True)
class Setting:
    police: int
    youth_work: int  # has not signed the covenant
    case_id: int
    meeting_id: int
    item_id: int


@pytest.fixture
def setting(ctx) -> Setting:
    police = partners.create_partner(ctx, "Politie Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ,
                                     covenant_signed=True)
    youth = partners.create_partner(ctx, YOUTH_WORK, PartnerDomain.VOORVELD, PartnerTier.EXTERNE_CASUSPARTNER)
    case = cases.create_case(ctx, "WM-2025-041", LegalBasis.PGA, dt.date(2025, 9, 1))
    cases.add_subject(ctx, case.id, "Lars T.", SubjectRole.PRIMAIR)
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, MEETING_DAY, start_time=dt.time(13, 30),
                                      end_time=dt.time(16))
    item = meetings.add_case_item(ctx, meeting.id, case.id, slot_minutes=30, invited_partner_ids=[police.id])
    return Setting(police.id, youth.id, case.id, meeting.id, item.id)


# -- the rule, in the services -------------------------------------------------------------------------
def test_the_services_name_the_partners_without_the_covenant(ctx, setting):
    lacking = decisions.partners_without_covenant(ctx, [setting.police, setting.youth_work])
    assert [(p.id, p.name) for p in lacking] == [(setting.youth_work, YOUTH_WORK)]
    assert decisions.partners_without_covenant(ctx, [setting.police]) == []
    assert decisions.partners_without_covenant(ctx, []) == []


# -- an invitation to a case item ------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, ctx, setting, navigator) -> MeetingsPage:
    page = MeetingsPage(ctx, navigator)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    page.open_meeting(setting.meeting_id)
    row = next(r for r, i in enumerate(page.agenda_model.rows()) if i.kind is AgendaItemKind.CASUS)
    page.ui.agenda_view.selectRow(row)
    return page


def check(model: AttendanceModel, partner_id: int, checked: bool = True) -> bool:
    row = next(r for r, p in enumerate(model.rows()) if p.id == partner_id)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    return model.setData(model.index(row, AttendanceModel.PARTNER), state.value,
                         Qt.ItemDataRole.CheckStateRole)


def agenda_invited(ctx, setting: Setting) -> tuple[int, ...]:
    item = next(i for i in meetings.agenda(ctx, setting.meeting_id) if i.id == setting.item_id)
    return item.invited_partner_ids


def test_inviting_a_partner_without_the_covenant_warns_with_its_name_and_cancel_changes_nothing(
        qtbot, ctx, setting, page):
    model = page.item_partners_model
    row = next(r for r, p in enumerate(model.rows()) if p.id == setting.youth_work)
    assert "niet getekend" in model.index(row, AttendanceModel.PARTNER).data(Qt.ItemDataRole.ToolTipRole)
    seen: list[tuple[str, str, str]] = []

    def cancel_the_real_box() -> None:  # the user presses Enter: the default button
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        proceed = box.button(QMessageBox.StandardButton.Yes).text()
        seen.append((box.text(), box.defaultButton().text(), proceed))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, cancel_the_real_box)
    assert not check(model, setting.youth_work)
    text, default, proceed = seen[0]
    assert (default, proceed) == ("Annuleren", "Toch uitnodigen")
    assert text.startswith(f"{YOUTH_WORK} heeft het convenant niet getekend.")
    assert f"Toch {YOUTH_WORK} uitnodigen voor deze casus?" in text
    assert agenda_invited(ctx, setting) == (setting.police,)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    page.ask = Answers(True)  # the chair decides knowingly
    assert check(model, setting.youth_work)
    assert set(agenda_invited(ctx, setting)) == {setting.police, setting.youth_work}
    assert page.ask.asked[0][0] == "Uitnodigen zonder convenant"


def test_a_partner_with_the_covenant_is_invited_without_a_question(qtbot, ctx, setting, page):
    page.ask = Answers(False)
    assert check(page.item_partners_model, setting.police, checked=False)
    assert check(page.item_partners_model, setting.police)
    assert page.ask.asked == [] and agenda_invited(ctx, setting) == (setting.police,)


# -- a decision's share mark, in meeting mode ----------------------------------------------------------
def test_marking_a_decision_for_a_partner_without_the_covenant_warns_and_cancel_keeps_it_unshared(
        qtbot, ctx, setting):
    meetings.set_invitations(ctx, setting.item_id, [setting.police, setting.youth_work])
    decision = decisions.record_decision(ctx, setting.meeting_id, "Opschalen naar de gezinsaanpak",
                                         agenda_item_id=setting.item_id)
    window = MeetingModeWindow(ctx, setting.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_item(next(r for r, i in enumerate(window.session.agenda) if i.id == setting.item_id))
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    shares = screen.shares
    assert shares.current() is not None and shares.current().id == decision.id
    button = next(b for b in shares.buttons if b.accessibleName() == f"Delen met {YOUTH_WORK}")

    shares.ask = Answers(False)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    title, text, proceed = shares.ask.asked[0]
    assert title == "Delen zonder convenant" and proceed == "Toch delen"
    assert text.startswith(f"{YOUTH_WORK} heeft het convenant niet getekend.")
    assert f"Besluit B1 toch delen met {YOUTH_WORK}?" in text
    assert decisions.decisions(ctx, setting.meeting_id)[0].shared_with == ()
    assert not button.isChecked()

    police = next(b for b in shares.buttons if b is not button)
    qtbot.mouseClick(police, Qt.MouseButton.LeftButton)  # a partner with the covenant: no question
    assert len(shares.ask.asked) == 1
    assert decisions.decisions(ctx, setting.meeting_id)[0].shared_with == (setting.police,)

    shares.ask = Answers(True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert set(decisions.decisions(ctx, setting.meeting_id)[0].shared_with) == {setting.police,
                                                                                setting.youth_work}
    window.close()


# -- an extract for the partner --------------------------------------------------------------------------
def settle(qtbot, dialog: ExportDialog) -> None:
    qtbot.wait(5)
    qtbot.waitUntil(lambda: not dialog.busy() and not dialog._rebuild, timeout=BUILD_TIMEOUT_MS)


def test_an_extract_for_a_partner_without_the_covenant_warns_and_cancel_builds_nothing(qtbot, ctx, setting):
    meetings.set_invitations(ctx, setting.item_id, [setting.police, setting.youth_work])
    meetings.close_meeting(ctx, setting.meeting_id, dt.time(15, 30))
    dialog = ExportDialog(ctx, setting.meeting_id, Role.CHAIR, initial=DocumentKind.EXTRACT)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 820)
    dialog.show()
    settle(qtbot, dialog)
    combo = dialog.ui.partner_combo
    assert combo.itemText(combo.findData(setting.youth_work)) == f"{YOUTH_WORK} (geen convenant)"
    assert combo.itemText(combo.findData(setting.police)) == "Politie Wadmeer"

    dialog.ask = Answers(False)
    dialog.choose_partner(setting.youth_work)
    title, text, proceed = dialog.ask.asked[0]
    assert title == "Uittreksel zonder convenant" and proceed == "Toch maken"
    assert f"Toch een uittreksel maken voor {YOUTH_WORK}?" in text and "niet getekend" in text
    settle(qtbot, dialog)
    assert combo.currentData() is None and dialog.result is None  # nothing made for it

    dialog.choose_partner(setting.police)  # signed: no question, built
    settle(qtbot, dialog)
    assert len(dialog.ask.asked) == 1
    assert dialog.result is not None and dialog.result.request.partner_id == setting.police

    dialog.ask = Answers(False)
    dialog.choose_partner(setting.youth_work)
    settle(qtbot, dialog)
    assert combo.currentData() == setting.police  # back to the partner chosen before
    assert dialog.result.request.partner_id == setting.police

    dialog.ask = Answers(True)
    dialog.choose_partner(setting.youth_work)
    settle(qtbot, dialog)
    assert dialog.error_text() == ""
    assert dialog.result is not None and dialog.result.request.partner_id == setting.youth_work
    dialog.close()
