"""Persons named by signals and contributions, from a fresh vault: whom a signal concerns and the
person of the case it comes from ('bron') through the signal dialog and the meeting-mode chooser,
shown in the case window's signals table and in the inbreng list."""

from __future__ import annotations

import datetime as dt

from meeting_testkit import build_world, open_meeting_mode

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.domain.enums import (
    LegalBasis,
    PartnerDomain,
    PartnerTier,
    PersonRelation,
    Relation,
    SubjectRole,
)
from casusoverleg_desktop.services import cases, contributions, families, partners

from casusoverleg_desktop.ui.dialogs.case_dialogs import SignalDialog
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen
from casusoverleg_desktop.ui.models.case_models import SignalModel
from casusoverleg_desktop.ui.models.meeting_mode_models import ContributionsModel
from casusoverleg_desktop.ui.widgets.combos import select_data
from casusoverleg_desktop.ui.widgets.statement_persons import StatementPersonsDialog
from casusoverleg_desktop.ui.windows.case_window import CaseWindow

CTRL = Qt.KeyboardModifier.ControlModifier
DAAN_ROW = 4  # Opening, Vaststellen agenda, Verslag, Mededelingen, then LV-2025-014


def checked(dialog: SignalDialog) -> list[str]:
    items = (dialog.ui.concerns_list.item(r) for r in range(dialog.ui.concerns_list.count()))
    return [i.text() for i in items if i.checkState() is Qt.CheckState.Checked]


def visible(window, cls):
    (dialog,) = [d for d in window.findChildren(cls) if d.isVisible()]
    return dialog


def test_a_mothers_statement_about_her_daughter_is_recorded_through_the_signal_dialog(qtbot, ctx):
    wijkteam = partners.create_partner(ctx, "Wijkteam Lindeveld", PartnerDomain.SOCIAAL,
                                       PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    case = cases.create_case(ctx, "LV-2025-060", LegalBasis.ZVH_WGS, dt.date(2025, 6, 2))
    sara = cases.add_subject(ctx, case.id, "Sara K.", SubjectRole.PRIMAIR, age=8)
    mirjam = cases.add_subject(ctx, case.id, "Mirjam K.", SubjectRole.GERELATEERD,
                               relation=Relation.MOEDER, age=38)
    families.link_persons(ctx, sara.id, PersonRelation.KIND_VAN, mirjam.id, detail="dochter")
    window = CaseWindow(ctx, case.id)
    qtbot.addWidget(window)
    window.show()

    qtbot.mouseClick(window.ui.add_signal_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SignalDialog)
    assert checked(dialog) == ["Sara K. (dochter van Mirjam K.)"]  # the primary person by default
    assert dialog.ui.source_person_combo.currentText() == "—"
    qtbot.keyClicks(dialog.ui.text_edit, "Moeder vertelt dat Sara al weken slecht slaapt")
    select_data(dialog.ui.source_person_combo, mirjam.id)

    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no partner, no description: refused
    assert dialog.isVisible() and "bron van het signaal" in dialog.error_text()
    assert dialog.ui.text_edit.toPlainText() == "Moeder vertelt dat Sara al weken slecht slaapt"
    assert checked(dialog) == ["Sara K. (dochter van Mirjam K.)"]
    assert dialog.ui.source_person_combo.currentData() == mirjam.id

    select_data(dialog.ui.partner_combo, wijkteam.id)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    qtbot.waitUntil(lambda: window.signals.rowCount() == 1)
    assert window.signals.index(0, SignalModel.SOURCE).data() == "Wijkteam Lindeveld · bron: Mirjam K."
    with ctx.unit_of_work() as session:
        named = families.statement_persons(session, signal_id=window.signals.row(0).id)
    assert (named.concerns, named.source) == ((sara.id,), mirjam.id)


def test_the_dialog_without_persons_offers_none_and_records_none(qtbot, ctx):
    case = cases.create_case(ctx, "LV-2025-061", LegalBasis.PGA, dt.date(2025, 6, 2))
    window = CaseWindow(ctx, case.id)
    qtbot.addWidget(window)
    dialog = window.signal_dialog()
    assert dialog.ui.concerns_list.count() == 0 and not dialog.ui.source_person_combo.isEnabled()
    dialog.ui.text_edit.setPlainText("Buren horen 's nachts geschreeuw")
    dialog.ui.source_detail_edit.setText("buren")
    assert dialog.try_accept(), dialog.error_text()
    assert dialog.result_value.source_person is None


def test_meeting_mode_names_a_source_person_without_leaving_the_inbreng_line(qtbot, ctx):
    world = build_world(ctx)
    mother = next(s for s in cases.open_case(ctx, world.case_ids["LV-2025-014"]).subjects
                  if s.pseudonym == "Moeder V.")
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    for _ in range(DAAN_ROW):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    capture = screen.capture
    assert capture.persons_button.text() == "betreft Daan V."  # the primary person by default

    qtbot.keyClicks(capture.partner_edit, "jeugdteam")
    qtbot.keyClick(capture.partner_edit, Qt.Key.Key_Return)
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_7, CTRL)
    chooser = visible(capture, StatementPersonsDialog)
    select_data(chooser.source_combo, mother.id)
    chosen = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert capture.persons_button.text() == "betreft Daan V. · bron: Moeder V."
    qtbot.waitUntil(capture.text_edit.hasFocus)

    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)  # no text yet: refused, the choice stays
    assert "inbreng" in capture.error.text().lower() and capture.model.rowCount() == 0
    assert capture.persons_button.text() == "betreft Daan V. · bron: Moeder V."

    qtbot.keyClicks(capture.text_edit, "Moeder zegt dat Daan weer naar de club gaat")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    assert capture.model.rowCount() == 1
    assert capture.model.index(0, ContributionsModel.PARTNER).data() == "Jeugdteam · bron: Moeder V."
    assert capture.persons_button.text() == "betreft Daan V."  # back to the default for the next one
    (stored,) = contributions.contributions(ctx, screen.item.id)
    assert stored.source_person == "Moeder V."
    with ctx.unit_of_work() as session:
        named = families.statement_persons(session, contribution_id=stored.id)
    daan = next(s for s in cases.open_case(ctx, world.case_ids["LV-2025-014"]).subjects
                if s.role is SubjectRole.PRIMAIR)
    assert (named.concerns, named.source) == ((daan.id,), mother.id)
