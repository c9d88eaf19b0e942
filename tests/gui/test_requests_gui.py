"""The Verzoeken page, its dialogs and the inzage review (issue 16 point 3), on a real vault."""

from __future__ import annotations

import datetime as dt
import json
from io import BytesIO
from types import SimpleNamespace

import pytest
from inzage_family import THIRD_PARTY_WORDS, TODAY, at, family_case
from other_users import PASSPHRASES, as_user
from pypdf import PdfReader
from vault_admin_kit import admin_of

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import RedactionChoice, Requester, RequestKind, RequestStatus
from casusoverleg_desktop.services import inzage
from casusoverleg_desktop.services import subject_requests as requests

from casusoverleg_desktop.ui.dialogs.inzage_review_dialog import InzageReviewDialog
from casusoverleg_desktop.ui.models.request_models import RequestListModel
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage
from casusoverleg_desktop.ui.pages.requests_page import RequestsPage
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.combos import select_data

T, W, A = RedactionChoice.TONEN, RedactionChoice.WEGLAKKEN, RedactionChoice.ACHTERHOUDEN


@pytest.fixture
def family(ctx):
    return family_case(ctx)


@pytest.fixture
def chair(ctx):
    return at(ctx, TODAY)


@pytest.fixture
def page(qtbot, chair, navigator):
    widget = RequestsPage(chair, navigator)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def register_inzage(qtbot, page: RequestsPage, pseudonym: str):
    dialog = page.new_request()
    qtbot.keyClicks(dialog.ui.pseudonym_edit, pseudonym)
    qtbot.mouseClick(dialog.ui.find_button, Qt.MouseButton.LeftButton)
    return dialog


def decide_row(row, choice: RedactionChoice, reason: str, *, source_checked: bool = False) -> None:
    select_data(row.choice_combo, choice)
    row.reason_edit.setText(reason)
    row.source_check.setChecked(source_checked)


def test_a_chair_answers_an_inzage_request_through_the_gui(qtbot, tmp_path, page, family):
    dialog = register_inzage(qtbot, page, "Mirjam K.")
    persons = dialog.ui.persons_list
    assert persons.count() == 1 and family.code in persons.item(0).text()
    assert "09-04-2026" not in dialog.ui.deadline_label.text()
    assert "02-04-2026" in dialog.ui.deadline_label.text()  # one month after 2 March
    assert dialog.try_accept()
    [row] = page.model.rows()
    assert (row.kind, row.person_pseudonym, row.status) == (RequestKind.INZAGE, "Mirjam K.",
                                                            RequestStatus.ONTVANGEN)
    assert "Verzoek geregistreerd" in page.ui.message_label.text()
    assert page.ui.review_button.isEnabled() and not page.ui.position_button.isVisible()

    review = page.review()
    assert isinstance(review, InzageReviewDialog)
    rows = {r.item.key: r for r in review.rows}
    assert set(rows) == {"persoon:2", "persoon:3", "reporter:1", "signal:1", "signal:2", "signal:3",
                         "action:1"}
    unredacted = [label.text() for label in rows["signal:1"].frame.findChildren(QLabel)]
    assert any("Ruben K." in text for text in unredacted)  # the chair sees the item as it stands
    assert rows["signal:2"].source_check.isVisibleTo(review)
    assert not rows["signal:1"].source_check.isVisibleTo(review)
    assert not review.ui.release_button.isEnabled()
    for key, r in rows.items():
        if key == "signal:2":
            decide_row(r, T, "Politie stemde in.", source_checked=True)
        elif key == "signal:3":
            decide_row(r, A, "Verklaring van de dochter; haar belang gaat voor.")
        else:
            decide_row(r, W, "Beschermt een ander (AVG art. 15 lid 4).")
    assert len(review.save_choices()) == 7
    assert review.ui.release_button.isEnabled()

    released = review.release(tmp_path / "inzage-mirjam.pdf")
    assert released is not None
    pdf = (tmp_path / "inzage-mirjam.pdf").read_bytes()
    text = pdf_text(pdf)
    assert "Mirjam K." in text and "Melding huiselijk geweld" in text and "[weggelakt]" in text
    data = json.loads((tmp_path / "inzage-mirjam.json").read_text("utf-8"))
    for word in THIRD_PARTY_WORDS:
        assert word not in text and word not in json.dumps(data)
    assert "1 getoond, 5 weggelakt, 1 achtergehouden" in review.ui.message_label.text()
    assert not review.ui.release_button.isEnabled()  # released once
    review.accept()

    handle = page.handle()
    handle.ui.text_edit.setPlainText("Inzage verstrekt, derden weggelakt.")
    assert handle.try_accept()
    [row] = page.model.rows()
    assert row.status is RequestStatus.AFGEHANDELD and row.handled_on == TODAY
    assert not any(b.isEnabled() for b in page.step_buttons())


def test_an_empty_reason_keeps_the_choice_unrecorded_with_a_dutch_message(qtbot, page, chair, family):
    request = requests.register_request(chair, RequestKind.INZAGE, "Mirjam K.", [family.mirjam],
                                        Requester.BETROKKENE, TODAY)
    page.refresh()
    review = page.review()
    assert review.save_choices() == [] and "Kies per onderdeel" in review.ui.message_label.text()
    first = review.rows[0]
    decide_row(first, W, "  ")
    assert review.save_choices() == []
    message = review.ui.message_label.text()
    assert "reden van de keuze" in message and first.item.kind in message
    police = next(r for r in review.rows if r.item.key == "signal:2")
    decide_row(police, T, "Lijkt onschuldig.")  # not checked with the source
    review.save_choices()
    assert "navragen bij de bron" in review.ui.message_label.text()
    assert inzage.review_decisions(chair, request.id) == {}
    assert first.reason_edit.text() == "  " and not review.ui.release_button.isEnabled()


def test_an_extension_without_a_reason_keeps_the_dialog(qtbot, page, chair, family):
    requests.register_request(chair, RequestKind.INZAGE, "Mirjam K.", [family.mirjam], Requester.BETROKKENE,
                              TODAY)
    page.refresh()
    dialog = page.extend()
    assert dialog.ui.date_edit.date().toPython() == dt.date(2026, 6, 2)
    assert not dialog.try_accept() and dialog.isVisible()
    assert "reden van de verlenging" in dialog.error_text()
    qtbot.keyClicks(dialog.ui.text_edit, "Veel stukken van vier partners.")
    assert dialog.try_accept()
    [row] = page.model.rows()
    assert row.extended_until == dt.date(2026, 6, 2) and "(verlengd)" in page.model.index(
        0, RequestListModel.COL_DUE).data()


def test_a_parent_without_gezag_is_refused_and_a_minor_needs_her_position(qtbot, page, chair, family):
    dialog = register_inzage(qtbot, page, "Sara K.")
    select_data(dialog.ui.requester_combo, Requester.OUDER)
    assert dialog.ui.requester_person_combo.isEnabled()
    assert not dialog.try_accept() and "Noem wie het verzoek deed" in dialog.error_text()  # nobody named
    select_data(dialog.ui.requester_person_combo, family.ruben)
    assert dialog.try_accept()
    review = page.review()
    assert "geen gezag over Sara K." in review.ui.refusal_label.text()
    assert not review.ui.release_button.isEnabled()
    review.reject()

    by_mirjam = requests.register_request(chair, RequestKind.INZAGE, "Sara K.", [family.sara],
                                          Requester.OUDER, TODAY, requester_subject_id=family.mirjam)
    page.refresh()
    page.open_request(by_mirjam.id)
    assert page.ui.position_button.isVisible() and page.ui.position_button.isEnabled()
    assert "standpunt van de minderjarige" in page.ui.detail_label.text()
    position = page.record_position()
    assert not position.try_accept() and "leeg" in position.error_text()
    position.ui.text_edit.setPlainText("Sara wil dat haar moeder meekijkt.")
    assert position.try_accept()
    assert not page.ui.position_button.isVisible()
    assert requests.get_request(chair, by_mirjam.id).minor_position == "Sara wil dat haar moeder meekijkt."


def test_a_secretary_registers_but_cannot_decide(qtbot, ctx, vault, chair, family, navigator):
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    secretary = at(as_user(ctx, "notulist"), TODAY)
    navigator.user = SimpleNamespace(role=Role.SECRETARY)
    page = RequestsPage(secretary, navigator)
    qtbot.addWidget(page)
    dialog = register_inzage(qtbot, page, "Mirjam K.")
    assert dialog.try_accept()
    assert page.ui.new_button.isEnabled() and page.ui.start_button.isEnabled()
    for button in (page.ui.review_button, page.ui.extend_button, page.ui.handle_button):
        assert not button.isEnabled() and button.toolTip() == "Dit doet de voorzitter."
    assert "doet de voorzitter" in page.ui.role_label.text()

    review = InzageReviewDialog(secretary, page.current().id, chair=False)
    qtbot.addWidget(review)
    assert not review.ui.save_button.isEnabled() and not review.ui.release_button.isEnabled()
    assert not any(r.choice_combo.isEnabled() or r.reason_edit.isEnabled() for r in review.rows)
    assert "Alleen de voorzitter" in review.ui.message_label.text()


def test_the_list_puts_open_requests_first_and_marks_the_deadline(qtbot, qtmodeltester, ctx, family):
    early = at(ctx, dt.date(2026, 1, 20))
    overdue = requests.register_request(early, RequestKind.BEZWAAR, "Mirjam K.", [family.mirjam],
                                        Requester.ADVOCAAT, dt.date(2026, 1, 20), requester_detail="mr. Smit")
    soon = requests.register_request(at(ctx, dt.date(2026, 2, 5)), RequestKind.INZAGE, "Ruben K.",
                                     [family.ruben], Requester.BETROKKENE, dt.date(2026, 2, 5))
    closed = requests.register_request(early, RequestKind.RECTIFICATIE, "Mirjam K.", [family.mirjam],
                                       Requester.BETROKKENE, dt.date(2026, 1, 20))
    requests.handle_request(at(ctx, TODAY), closed.id, RequestStatus.INGETROKKEN, "Ingetrokken.", TODAY)
    model = RequestListModel(lambda: TODAY)
    model.set_rows(requests.list_requests(at(ctx, TODAY)))
    qtmodeltester.check(model)
    assert [r.id for r in model.rows()] == [overdue.id, soon.id, closed.id]
    due = model.index(0, RequestListModel.COL_DUE)
    assert due.data(Qt.ItemDataRole.ForegroundRole) == QColor(Palette.ERROR)
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor(Palette.WARNING_BG)
    assert model.index(0, RequestListModel.COL_REQUESTER).data() == "Een advocaat (mr. Smit)"
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_overview_lists_requests_nearing_their_deadline(qtbot, ctx, family, navigator):
    requests.register_request(at(ctx, dt.date(2026, 2, 5)), RequestKind.INZAGE, "Mirjam K.", [family.mirjam],
                              Requester.BETROKKENE, dt.date(2026, 2, 5))
    requests.register_request(at(ctx, TODAY), RequestKind.INZAGE, "Ruben K.", [family.ruben],
                              Requester.BETROKKENE, TODAY)  # due in a month: not yet
    overview = OverviewPage(at(ctx, TODAY), navigator, today=lambda: TODAY)
    qtbot.addWidget(overview)
    overview.refresh()
    assert overview.requests.rowCount() == 1
    assert "(1)" in overview.ui.requests_title_label.text()
    overview.open_index(overview.requests, overview.requests.index(0, 0))
    assert navigator.calls[-1][0] == "open_request"


def test_the_main_window_opens_a_request_on_the_verzoeken_page(main_window, chair, family):
    view = requests.register_request(chair, RequestKind.INZAGE, "Mirjam K.", [family.mirjam],
                                     Requester.BETROKKENE, TODAY)
    main_window.open_request(view.id)
    assert main_window.current_page_key() == "verzoeken"
    assert main_window.page("verzoeken").current().id == view.id
