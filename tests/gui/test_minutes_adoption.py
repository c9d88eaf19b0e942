"""Minutes as the legal record, in the GUI: closing a meeting (Sluiting), adopting its minutes in the
next meeting of the table (Verslag vorige vergadering) or in writing (Overleggen), the two
signatures in the export dialog, and what a closed meeting shows.

The first test walks the whole path on a fresh vault, through the widgets only (the partners and the
case are set up through the services): meeting N is held and closed in meeting mode, its minutes are
adopted with one correction in meeting N+1, signed by the minute taker and then by the chair, saved,
and verified — and later work in N+1 leaves the stored minutes of N byte for byte as they were.
Meeting dates lie in the past, so every "not in the future" check passes on any day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
import shiboken6
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from meeting_testkit import start_meeting_mode_anyway
from other_users import as_user
from pdf_checks import pdfa_problems, pdfsig
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from vault_admin_kit import admin_of

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    PartnerDomain,
    PartnerTier,
    SubjectRole,
)
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.services import actions, cases, meetings, minutes, partners, signing

from casusoverleg_desktop.ui.dialogs.export_dialog import DocumentKind, ExportDialog
from casusoverleg_desktop.ui.dialogs.written_adoption_dialog import WrittenAdoptionDialog
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage

TIMEOUT_MS = 60_000
SECRETARY_PASSPHRASE = "notulist schrijft alles op"
ORGANISATION = "Zorg- en Veiligheidshuis Wadmeer"
CODE = "WM-2025-031"
HELD_ON, NEXT_ON = dt.date(2025, 10, 2), dt.date(2025, 10, 30)
CASE_SECTION = f"5.1 Casus {CODE}"
CORRECTION = "niet de wijkagent maar de jeugdagent voert het gesprek"
ADOPTED_HERE = "Verslag van 02-10-2025: Vastgesteld in de vergadering van 30 oktober 2025"
VERSLAG_ROW = 2  # Opening, Vaststellen agenda, Verslag vorige vergadering en actielijst


@dataclass(frozen=True)
class Team:
    partner_ids: dict[str, int]
    chair_id: int
    minute_taker_id: int
    case_id: int


@pytest.fixture
def team(vault, ctx) -> Team:
    """The set-up a ZVH does once (through the services): a minute taker with a login of their own,
    the partners and their people, and the case."""
    admin_of(vault).add_user("notulist", Role.SECRETARY, SECRETARY_PASSPHRASE, display_name="Kees Brinkhorst",
             organisation=ORGANISATION)
    ids = {short: partners.create_partner(ctx, name, domain, PartnerTier.KERNPARTIJ, covenant_signed=True,
                                          short_name=short).id
           for name, short, domain in (("Gemeente Wadmeer", "Gemeente", PartnerDomain.SOCIAAL),
                                       ("Politie Wadmeer", "Politie", PartnerDomain.VEILIGHEID),
                                       ("Jeugdteam Wadmeer", "Jeugdteam", PartnerDomain.SOCIAAL))}
    chair = partners.add_professional(ctx, ids["Gemeente"], "M. Dekkers", function="procesregisseur")
    taker = partners.add_professional(ctx, ids["Gemeente"], "K. Brinkhorst", function="notulist")
    case = cases.create_case(ctx, CODE, LegalBasis.PGA, dt.date(2025, 9, 1))
    cases.add_subject(ctx, case.id, "Sem W.", SubjectRole.PRIMAIR)
    return Team(ids, chair.id, taker.id, case.id)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# -- through the widgets ------------------------------------------------------------------------------
def new_meeting(page: MeetingsPage, team: Team, day: dt.date) -> int:
    """Nieuw overleg… (an ICO), then the case on its agenda with the police and the youth team invited."""
    dialog = page.new_meeting()
    dialog.ui.type_combo.setCurrentIndex(dialog.ui.type_combo.findData(MeetingType.ICO_MDO))
    dialog.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.ui.start_edit.setTime(QTime(13, 30))
    dialog.ui.end_edit.setTime(QTime(16, 0))
    dialog.ui.location_edit.setText("ZVH Wadmeer, zaal 1")
    dialog.ui.chair_combo.setCurrentIndex(dialog.ui.chair_combo.findData(team.chair_id))
    dialog.ui.minute_taker_combo.setCurrentIndex(dialog.ui.minute_taker_combo.findData(team.minute_taker_id))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.meeting is not None, dialog.ui.error_label.text()
    meeting_id = dialog.meeting.id
    assert page._meeting.id == meeting_id
    page.ui.case_code_edit.setText(CODE)
    page.ui.add_case_button.click()
    row = next(r for r, item in enumerate(page.agenda_model.rows()) if item.case_id == team.case_id)
    page.ui.agenda_view.selectRow(row)
    invited = page.item_partners_model
    rows = {invited.index(r, 0).data(): r for r in range(invited.rowCount())}
    for name in ("Politie Wadmeer", "Jeugdteam Wadmeer"):
        assert invited.setData(invited.index(rows[name], 0), Qt.CheckState.Checked.value,
                               Qt.ItemDataRole.CheckStateRole)
    return meeting_id


def start_meeting_mode(qtbot, page: MeetingsPage, meeting_id: int) -> MeetingModeWindow:
    page.open_meeting(meeting_id)
    start_meeting_mode_anyway(page)
    window = page.mode_window
    assert window is not None and window.meeting_id == meeting_id
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def case_row(window: MeetingModeWindow) -> int:
    return next(r for r, item in enumerate(window.session.agenda) if item.kind is AgendaItemKind.CASUS)


def enter(qtbot, widget: QWidget, text: str) -> None:
    """Type ASCII into a line and press Enter."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def hold_meeting(qtbot, window: MeetingModeWindow) -> CaseItemScreen:
    """The case item: an inbreng, a decision and two actions, by keyboard."""
    window.show_item(case_row(window))
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    enter(qtbot, screen.capture.partner_edit, "Politie")
    enter(qtbot, screen.capture.text_edit, "Sem is twee keer aangehouden na een vechtpartij bij de school.")
    screen.focus_part("decision")
    enter(qtbot, screen.decisions.edit, "Gezinsaanpak; regie bij het jeugdteam")
    for what, owner, when in (("Gesprek met Sem en moeder", "Jeugdteam", "16-10-2025"),
                              ("Huisbezoek met de jeugdagent", "Politie", "doorlopend")):
        screen.focus_part("action")
        screen.actions.description_edit.setText(what)
        screen.actions.owner_edit.setText(owner)
        enter(qtbot, screen.actions.when_edit, when)
        assert not screen.actions.error.text(), screen.actions.error.text()
    assert screen.actions.model.rowCount() == 2
    return screen


def close_in_meeting_mode(qtbot, window: MeetingModeWindow, end: QTime,
                          next_on: dt.date) -> GeneralItemScreen:
    window.show_item(len(window.session.agenda) - 1)
    screen = window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.closing is not None
    screen.notes_edit.setPlainText("Volgende vergadering op de gebruikelijke plek.")
    screen.closing.end_edit.setTime(end)
    screen.closing.next_meeting_edit.setText(f"{next_on:%d-%m-%Y}")
    screen.closing.create_next_check.setChecked(False)  # this test makes it on the Overleggen page
    qtbot.mouseClick(screen.closing.close_button, Qt.MouseButton.LeftButton)
    assert not screen.closing.error.text(), screen.closing.error.text()
    if screen.closing.unfinished_dialog is not None:  # what is unfinished first: close anyway
        qtbot.mouseClick(screen.closing.unfinished_dialog.close_anyway_button, Qt.MouseButton.LeftButton)
    return screen


def settle(qtbot, dialog: ExportDialog) -> None:
    qtbot.wait(5)
    qtbot.waitUntil(lambda: not dialog.busy() and not dialog._rebuild, timeout=TIMEOUT_MS)


def save_to(monkeypatch, dialog: ExportDialog, target: Path) -> Path | None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args: (str(target), "PDF-document (*.pdf)")))
    return dialog.save_as()


def first_page_text(pdf: bytes) -> str:
    return flat(PdfReader(BytesIO(pdf)).pages[0].extract_text())


# -- the whole path -----------------------------------------------------------------------------------
def test_hold_close_adopt_sign_and_save_through_the_gui(qtbot, ctx, vault, team, main_window, tmp_path,
                                                       monkeypatch):
    main_window.show_page("overleggen")
    page = main_window.page("overleggen")

    # meeting N: prepared, held and closed in meeting mode
    held = new_meeting(page, team, HELD_ON)
    window = start_meeting_mode(qtbot, page, held)
    case_screen = hold_meeting(qtbot, window)
    closing_screen = close_in_meeting_mode(qtbot, window, QTime(15, 40), NEXT_ON)
    meeting = meetings.get_meeting(ctx, held)
    assert (meeting.status, meeting.end_time, meeting.next_meeting_on) == (
        MeetingStatus.GEHOUDEN, dt.time(15, 40), NEXT_ON)
    assert minutes.minutes_status(ctx, held).status is MinutesStatus.CONCEPT
    # the notes typed on Sluiting were recorded before it closed, and nothing is open to input now
    assert meetings.agenda(ctx, held)[-1].notes == "Volgende vergadering op de gebruikelijke plek."
    assert window.ui.closed_label.isVisible() and "Gesloten" in window.ui.closed_label.text()
    assert closing_screen.notes_edit.isReadOnly() and not closing_screen.closing.close_button.isEnabled()
    assert closing_screen.closing.sentence.text() == "De voorzitter sluit de vergadering om 15.40 uur."
    window.show_item(case_row(window))
    assert not case_screen.capture.text_edit.isEnabled() and not case_screen.decisions.edit.isEnabled()
    window.close()
    assert "concept" in page.ui.minutes_label.text().lower()
    assert page.meeting_model.index(page.meeting_model.row_of(held), page.meeting_model.MINUTES).data() \
        == "concept"

    # meeting N+1: Verslag vorige vergadering → one correction → Vaststellen
    following = new_meeting(page, team, NEXT_ON)
    window = start_meeting_mode(qtbot, page, following)
    window.show_item(VERSLAG_ROW)
    screen = window.current_screen()
    panel = screen.adoption
    assert panel is not None and [p.meeting_id for p in panel.pending] == [held]
    combo = panel.corrections.section_combo
    assert CASE_SECTION in [combo.itemText(i) for i in range(combo.count())]  # read for the one chosen
    assert panel.corrections.section_combo.hasFocus()  # corrections come first under this item
    editor = panel.corrections
    editor.section_combo.setCurrentIndex(editor.section_combo.findText(CASE_SECTION))
    qtbot.keyClick(editor.section_combo.lineEdit(), Qt.Key.Key_Return)  # Enter moves on to the text
    assert editor.text_edit.hasFocus()
    enter(qtbot, editor.text_edit, CORRECTION)  # Enter adds it to the list
    assert editor.corrections() == (Correction(CASE_SECTION, CORRECTION),)
    assert editor.list.count() == 1 and editor.section_combo.currentText() == ""
    statement = panel.statement_label.text()
    assert "Vastgesteld in de vergadering van 30 oktober 2025" in statement and CORRECTION in statement
    assert panel.adopt_button.isEnabled()
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    assert not panel.error.text(), panel.error.text()
    adopted = minutes.minutes_status(ctx, held)
    assert adopted.status is MinutesStatus.VASTGESTELD and adopted.adopted_in_meeting_id == following
    assert adopted.corrections == (Correction(CASE_SECTION, CORRECTION),)
    assert panel.pending == [] and panel.empty_label.isVisible() and not panel.adopt_button.isVisible()
    assert ADOPTED_HERE in panel.done_label.text()

    # the minute taker signs 'opgesteld' in the export dialog (role from their account) …
    secretary = ExportDialog(as_user(ctx, "notulist"), held)
    qtbot.addWidget(secretary)
    secretary.show()
    settle(qtbot, secretary)
    assert secretary.role is Role.SECRETARY and "Nog niet ondertekend" in secretary.ui.state_label.text()
    qtbot.mouseClick(secretary.ui.sign_secretary_button, Qt.MouseButton.LeftButton)
    settle(qtbot, secretary)
    assert secretary.error_text() == "" and "de voorzitter ondertekent nog" in secretary.ui.state_label.text()
    assert not secretary.result.signed and "getekend door de notulist" in secretary.ui.status_label.text()
    secretary.close()

    # … then the chair signs 'vastgesteld' in the dialog the Overleggen page opens, and saves
    page.open_meeting(held)
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    chair = page.export_dialog
    settle(qtbot, chair)
    assert chair.role is Role.CHAIR and chair.ui.sign_chair_button.isEnabled()
    qtbot.mouseClick(chair.ui.sign_chair_button, Qt.MouseButton.LeftButton)
    settle(qtbot, chair)
    state = chair.ui.state_label.text()
    assert chair.error_text() == "" and "Ondertekend" in state
    assert "Kees Brinkhorst (opgesteld) op" in state and "Marloes Dekkers (vastgesteld) op" in state
    assert chair.result.signed
    assert chair.ui.status_label.text().endswith(", ondertekend. Nog niet opgeslagen.")
    saved = save_to(monkeypatch, chair, tmp_path / "verslag ICO")
    assert saved == tmp_path / "verslag ICO.pdf"
    chair.close()

    # the saved file verifies with both signatures, and its first page says how it was adopted
    ca = tmp_path / "ca.pem"
    ca.write_bytes(signing.export_ca_certificate(ctx))
    exit_code, report_text = signing.verify_file(saved, [ca])
    assert exit_code == 0, report_text
    report = signing.verify_document(ctx, saved.read_bytes())
    assert report.ok and [(s.field, s.signer) for s in report.signatures] == [
        ("opgesteld", "Kees Brinkhorst"), ("vastgesteld", "Marloes Dekkers")]
    pdf = saved.read_bytes()
    assert pdfa_problems(pdf) == []  # PDF/A-2b by structure, after both signatures
    roots = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in signing.trust_roots(ctx)]
    for embedded in PdfFileReader(BytesIO(pdf)).embedded_signatures:  # pyHanko on its own
        status = validate_pdf_signature(embedded, ValidationContext(trust_roots=roots, allow_fetching=False))
        assert (status.intact, status.valid, status.trusted) == (True, True, True)
    poppler = pdfsig(saved, ca, tmp_path)  # poppler, with the exported CA trusted
    assert poppler.count("Signature is Valid.") == 2 and poppler.count("Certificate is Trusted.") == 2
    eight_years_on = dt.datetime.now(dt.UTC) + dt.timedelta(days=8 * 366)  # certificates have expired
    exit_code, report_text = signing.verify_file(saved, [ca], at=eight_years_on)
    assert exit_code == 0, report_text
    assert "op het moment van ondertekening" in report_text
    first = first_page_text(pdf)
    assert "Vastgesteld in de vergadering van 30 oktober 2025" in first
    assert CORRECTION in first and CASE_SECTION in first
    assert minutes.minutes_status(ctx, held).status is MinutesStatus.ONDERTEKEND
    # the page caught up when the dialog closed
    assert "Ondertekend</b> door Kees Brinkhorst (opgesteld)" in page.ui.minutes_label.text()
    assert not page.ui.written_adoption_button.isEnabled()
    assert page.meeting_model.index(page.meeting_model.row_of(held), page.meeting_model.MINUTES).data() \
        == "ondertekend"

    # later work in N+1 (one of N's actions completed in its review) leaves N's minutes as they are
    window.show_item(case_row(window))
    review = window.current_screen().review
    row = next(r for r in range(review.model.rowCount())
               if review.model.row(r).action.description == "Gesprek met Sem en moeder")
    review.view.selectRow(row)
    review.view.setFocus()
    qtbot.keyClick(review.view, Qt.Key.Key_A)
    assert not review.error.text(), review.error.text()
    done = next(a for a in actions.action_list(ctx, include_closed=True)
                if a.description == "Gesprek met Sem en moeder")
    assert done.status is ActionStatus.AFGEROND
    window.close()
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    again = page.export_dialog
    settle(qtbot, again)
    assert again.kind() is DocumentKind.ACTIONS  # signed minutes: the list for the partners comes next
    again.choose(DocumentKind.MINUTES)
    settle(qtbot, again)
    assert again.result.built.pdf == saved.read_bytes()
    again.close()


# -- who adopts, and what is refused ----------------------------------------------------------------
@pytest.fixture
def two_meetings(ctx, team) -> tuple[int, int]:
    """Meeting N held and closed, with concept minutes; meeting N+1 of the same table being held."""
    held = meetings.create_meeting(ctx, MeetingType.ICO_MDO, HELD_ON, start_time=dt.time(13, 30),
                                   end_time=dt.time(16), chair_id=team.chair_id,
                                   minute_taker_id=team.minute_taker_id).id
    meetings.add_case_item(ctx, held, team.case_id, slot_minutes=30)
    meetings.close_meeting(ctx, held, dt.time(15, 40), next_meeting_on=NEXT_ON)
    following = meetings.create_meeting(ctx, MeetingType.ICO_MDO, NEXT_ON, start_time=dt.time(13, 30),
                                        end_time=dt.time(16), chair_id=team.chair_id,
                                        minute_taker_id=team.minute_taker_id).id
    return held, following


def open_window(qtbot, ctx, meeting_id: int, role: Role | None) -> MeetingModeWindow:
    window = MeetingModeWindow(ctx, meeting_id, role=role)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def verslag_panel(window: MeetingModeWindow):
    window.show_item(VERSLAG_ROW)
    return window.current_screen().adoption


def test_the_minute_taker_cannot_adopt(qtbot, ctx, two_meetings):
    held, following = two_meetings
    secretary = as_user(ctx, "notulist")
    panel = verslag_panel(open_window(qtbot, secretary, following, Role.SECRETARY))
    assert [p.meeting_id for p in panel.pending] == [held]
    assert not panel.adopt_button.isEnabled()
    assert panel.button_hint.text() == "Vaststellen doet de voorzitter."

    # when the window does not know the role, the service refuses, in Dutch, and nothing is lost
    panel = verslag_panel(open_window(qtbot, secretary, following, None))
    assert panel.adopt_button.isEnabled()
    panel.corrections.section_combo.setEditText("Aanwezigheid")
    panel.corrections.text_edit.setText("Politie afwezig met kennisgeving")
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    assert "Alleen de voorzitter stelt een verslag vast" in panel.error.text()
    assert panel.corrections.corrections() == (
        Correction("Aanwezigheid", "Politie afwezig met kennisgeving"),)
    assert minutes.minutes_status(ctx, held).status is MinutesStatus.CONCEPT
    assert panel.pending and panel.adopt_button.isEnabled()


def test_a_correction_without_text_is_refused_and_the_section_stays(qtbot, ctx, two_meetings):
    held, following = two_meetings
    panel = verslag_panel(open_window(qtbot, ctx, following, Role.CHAIR))
    editor = panel.corrections
    editor.section_combo.setCurrentIndex(editor.section_combo.findText(CASE_SECTION))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == "Vul de tekst van correctie 1 in."
    assert editor.error.isVisible() and editor.section_combo.currentText() == CASE_SECTION
    assert editor.corrections() == ()
    # Vaststellen with the incomplete correction still in the line: refused the same way, not adopted
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == "Vul de tekst van correctie 1 in."
    assert editor.section_combo.currentText() == CASE_SECTION
    assert minutes.minutes_status(ctx, held).status is MinutesStatus.CONCEPT
    # completed, the correction is added and a second one can be removed again before adopting
    editor.text_edit.setText("Jeugdagent in plaats van wijkagent")
    assert editor.add() and not editor.error.isVisible()
    editor.section_combo.setEditText("Aanwezigheid")
    editor.text_edit.setText("Politie afwezig met kennisgeving")
    assert editor.add() and editor.list.count() == 2
    editor.list.setCurrentRow(1)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.corrections() == (Correction(CASE_SECTION, "Jeugdagent in plaats van wijkagent"),)
    assert panel.adopt()
    assert minutes.minutes_status(ctx, held).corrections == (
        Correction(CASE_SECTION, "Jeugdagent in plaats van wijkagent"),)


def test_corrections_being_made_survive_a_crash(qtbot, ctx, two_meetings):
    """Autosave keeps the added corrections and the half-typed one, as it does every other input."""
    held, following = two_meetings
    window = open_window(qtbot, ctx, following, Role.CHAIR)
    panel = verslag_panel(window)
    panel.corrections.section_combo.setEditText(CASE_SECTION)
    panel.corrections.text_edit.setText("Jeugdagent in plaats van wijkagent")
    assert panel.corrections.add()
    panel.corrections.section_combo.setEditText("Aanwezigheid")
    panel.corrections.text_edit.setText("Politie afwezig met kenn")
    window.save_drafts()
    window._autosave.stop()
    window.hide()
    shiboken6.delete(window)  # the crash: no close, no save_pending
    QApplication.processEvents()

    panel = verslag_panel(open_window(qtbot, ctx, following, Role.CHAIR))
    assert panel.corrections.corrections() == (
        Correction(CASE_SECTION, "Jeugdagent in plaats van wijkagent"),)
    assert panel.corrections.section_combo.currentText() == "Aanwezigheid"
    assert panel.corrections.text_edit.text() == "Politie afwezig met kenn"
    assert "Jeugdagent in plaats van wijkagent" in panel.statement_label.text()
    panel.corrections.text_edit.setText("Politie afwezig met kennisgeving")
    assert panel.adopt()
    assert len(minutes.minutes_status(ctx, held).corrections) == 2


def test_the_panel_is_reached_with_tab_in_a_sensible_order(qtbot, ctx, two_meetings):
    _held, following = two_meetings
    window = open_window(qtbot, ctx, following, Role.CHAIR)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = verslag_panel(window)
    editor = panel.corrections
    editor.section_combo.setEditText(CASE_SECTION)
    editor.text_edit.setText("x")
    editor.add()
    editor.list.setCurrentRow(0)
    order = [panel.minutes_combo, editor.section_combo, editor.text_edit, editor.add_button, editor.list,
             editor.remove_button, panel.adopt_button]

    def focused() -> QWidget | None:
        widget = QApplication.focusWidget()
        while widget is not None and widget not in order:
            widget = widget.parentWidget()
        return widget

    panel.minutes_combo.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert focused() is expected, (focused(), expected)


def test_adoption_fits_a_1366_by_768_screen(qtbot, ctx, two_meetings):
    """Three long corrections and the sentence: everything on screen, nothing squeezed."""
    _held, following = two_meetings
    window = open_window(qtbot, ctx, following, Role.CHAIR)
    panel = verslag_panel(window)
    for number in range(3):
        panel.corrections.section_combo.setEditText(CASE_SECTION)
        panel.corrections.text_edit.setText(f"Correctie {number + 1}: " + "de jeugdagent voert het gesprek, "
                                            * 3)
        assert panel.corrections.add()
    for _ in range(5):
        QApplication.processEvents()
    assert window.size().toTuple() == (1366, 768)
    screen = window.current_screen()
    assert screen.minimumSizeHint().height() <= window.ui.item_stack.height()
    bounds = window.rect()
    parts = [panel.minutes_combo, panel.corrections.section_combo, panel.corrections.text_edit,
             panel.corrections.list, panel.statement, panel.adopt_button, panel.button_hint,
             screen.notes_edit, screen.review, screen.decisions.edit]
    for part in parts:
        assert part.isVisible(), part
        top_left = part.mapTo(window, part.rect().topLeft())
        bottom_right = part.mapTo(window, part.rect().bottomRight())
        assert bounds.contains(top_left) and bounds.contains(bottom_right), (part, top_left, bottom_right)
        assert part.height() >= part.minimumSizeHint().height(), part
    # the long sentence scrolls in its box rather than pushing the notes off the screen
    assert panel.statement.is_scrolling() and panel.statement.verticalScrollBar().isVisible()
    label = panel.statement_label
    assert label.height() >= label.heightForWidth(label.width())


def test_a_closed_meeting_opens_read_only(qtbot, ctx, two_meetings):
    held, _following = two_meetings
    window = open_window(qtbot, ctx, held, Role.CHAIR)
    assert window.ui.closed_label.isVisible()
    assert "Een wijziging is een correctie bij de vaststelling" in window.ui.closed_label.text()
    window.show_item(VERSLAG_ROW)
    screen = window.current_screen()
    assert screen.notes_edit.isReadOnly() and not screen.decisions.edit.isEnabled()
    assert screen.review.read_only
    window.show_item(case_row(window))
    case_screen = window.current_screen()
    for edit in (case_screen.capture.partner_edit, case_screen.capture.text_edit, case_screen.decisions.edit,
                 case_screen.actions.description_edit, case_screen.actions.when_edit):
        assert not edit.isEnabled()
    assert not case_screen.extras.isEnabled() and not case_screen.attendance.isEnabled()
    QApplication.processEvents()
    assert window.size().toTuple() == (1366, 768)  # the notice sits in the header: no extra height
    case_screen.focus_part("review_date")  # Alt+V: no way into a disabled field
    assert not case_screen.extras.review_edit.hasFocus()
    from casusoverleg_desktop.domain.enums import BobPhase

    case_screen.set_phase(BobPhase.OORDEELSVORMING)  # no balance sheet is begun in a closed meeting
    assert case_screen.balance_sheet is None and case_screen.closed_balance_label.isVisible()
    window.show_item(len(window.session.agenda) - 1)
    closing = window.current_screen().closing
    assert not closing.close_button.isEnabled() and not closing.close_meeting()
    assert closing.sentence.text() == "De voorzitter sluit de vergadering om 15.40 uur."


def test_an_adopting_meeting_that_is_closed_offers_no_adoption(qtbot, ctx, two_meetings):
    held, following = two_meetings
    minutes.adopt_in_meeting(ctx, held, following, [Correction(CASE_SECTION, "Jeugdagent")])
    meetings.close_meeting(ctx, following, dt.time(15, 0))
    panel = verslag_panel(open_window(qtbot, ctx, following, Role.CHAIR))
    assert not panel.pending and panel.empty_label.text() == "Deze vergadering is gesloten."
    # reopened later, the meeting still shows what it adopted
    assert ADOPTED_HERE in panel.done_label.text()


# -- written adoption on the Overleggen page ------------------------------------------------------------
@pytest.fixture
def page(qtbot, ctx, navigator) -> MeetingsPage:
    widget = MeetingsPage(ctx, navigator)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    widget.refresh()
    return widget


def open_written_adoption(page: MeetingsPage, meeting_id: int) -> WrittenAdoptionDialog:
    page.refresh()
    page.open_meeting(meeting_id)
    assert page.ui.written_adoption_button.isVisible() and page.ui.written_adoption_button.isEnabled()
    page.ui.written_adoption_button.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WrittenAdoptionDialog)
    return dialog


def test_minutes_are_adopted_in_writing_from_the_meetings_page(qtbot, ctx, two_meetings, page):
    held, following = two_meetings
    page.open_meeting(following)
    assert not page.ui.written_adoption_button.isVisible()  # a meeting not held yet has no minutes
    assert "ontstaat bij de sluiting" in page.ui.minutes_label.text()
    dialog = open_written_adoption(page, held)
    today = local_time(ctx.clock()).date()
    assert dialog.ui.agreed_on_date.date().toPython() == today
    assert dialog.ok_button.text() == "Vaststellen"
    dialog.ui.how_edit.setPlainText("Rondgestuurd op 6-10; geen bezwaren vóór 13-10")
    editor = dialog.corrections
    editor.section_combo.setCurrentIndex(editor.section_combo.findText(CASE_SECTION))
    enter(qtbot, editor.text_edit, "Jeugdagent in plaats van wijkagent")  # Enter adds, and adopts nothing
    assert dialog.isVisible() and editor.list.count() == 1
    assert minutes.minutes_status(ctx, held).status is MinutesStatus.CONCEPT
    assert "<b>Wordt vastgelegd:</b> Schriftelijk vastgesteld op" in dialog.statement.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    adopted = minutes.minutes_status(ctx, held)
    assert adopted.status is MinutesStatus.VASTGESTELD and adopted.adopted_on == today
    assert adopted.written_procedure == "Rondgestuurd op 6-10; geen bezwaren vóór 13-10"
    assert adopted.corrections == (Correction(CASE_SECTION, "Jeugdagent in plaats van wijkagent"),)
    assert "Schriftelijk vastgesteld op" in page.ui.minutes_label.text()
    assert "Nog niet ondertekend" in page.ui.minutes_label.text()
    assert not page.ui.written_adoption_button.isEnabled()
    model = page.meeting_model
    assert model.index(model.row_of(held), model.MINUTES).data() == "vastgesteld"
    # the export dialog says the same: how it was adopted, and that nobody has signed yet
    documents = ExportDialog(ctx, held, Role.CHAIR)
    qtbot.addWidget(documents)
    documents.show()
    settle(qtbot, documents)
    state = flat(documents.ui.state_label.text())
    assert "<b>Vastgesteld</b> (versie 2)" in state and "Schriftelijk vastgesteld op" in state
    assert "Rondgestuurd op 6-10; geen bezwaren vóór 13-10" in state and "Nog niet ondertekend" in state
    assert "Ondertekend" not in state
    documents.close()


def test_written_adoption_refuses_a_future_date_and_keeps_the_input(qtbot, ctx, two_meetings, navigator):
    held, _following = two_meetings
    now = [dt.datetime.now(dt.UTC)]
    clocked = dataclasses.replace(ctx, clock=lambda: now[0])
    page = MeetingsPage(clocked, navigator)
    qtbot.addWidget(page)
    page.show()
    dialog = open_written_adoption(page, held)
    today = local_time(now[0]).date()
    dialog.ui.agreed_on_date.setDate(QDate(today.year, today.month, today.day).addDays(1))
    assert dialog.ui.agreed_on_date.date().toPython() == today  # the calendar offers no later day
    dialog.ui.how_edit.setPlainText("Rondgestuurd; geen bezwaren")
    dialog.corrections.section_combo.setEditText("Aanwezigheid")
    dialog.corrections.text_edit.setText("Politie afwezig met kennisgeving")
    assert dialog.corrections.add()
    now[0] -= dt.timedelta(days=2)  # the day chosen is now in the future (e.g. the clock was corrected)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "ligt in de toekomst" in dialog.error_text()
    assert dialog.isVisible() and dialog.ui.how_edit.toPlainText() == "Rondgestuurd; geen bezwaren"
    assert dialog.corrections.list.count() == 1
    assert minutes.minutes_status(ctx, held).status is MinutesStatus.CONCEPT
    # an empty 'how' is refused too
    now[0] += dt.timedelta(days=2)
    dialog.ui.how_edit.setPlainText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "hoe de leden met het verslag hebben ingestemd" in dialog.error_text()
    dialog.reject()


def test_only_the_chair_is_offered_written_adoption(qtbot, ctx, two_meetings, navigator):
    held, _following = two_meetings
    navigator.user = dataclasses.make_dataclass("User", [("role", Role)])(Role.SECRETARY)
    page = MeetingsPage(as_user(ctx, "notulist"), navigator)
    qtbot.addWidget(page)
    page.refresh()
    page.open_meeting(held)
    button = page.ui.written_adoption_button
    assert button.isVisibleTo(page) and not button.isEnabled()
    assert "Vaststellen doet de voorzitter" in button.toolTip()
    assert page.adopt_in_writing() is None or not isinstance(QApplication.activeModalWidget(),
                                                             WrittenAdoptionDialog)


def test_the_page_fits_and_labels_every_new_input(qtbot, ctx, two_meetings, page):
    held, _following = two_meetings
    page.open_meeting(held)
    dialog = open_written_adoption(page, held)
    assert dialog.width() <= 1366 and dialog.height() <= 700, dialog.size()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QPushButton | QLabel) or widget.objectName().startswith("qt_"):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            assert widget.accessibleName() or widget.parent().accessibleName(), widget
    dialog.reject()
