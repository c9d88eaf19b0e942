"""The balance sheet with the mouse too: pickers that stay when their popup opens, letters that reach
the right domain, Enter in a picker, a layout that does not jump, columns that use the room, and the
"niet opgeslagen" mark of the chair's weighing (pytest-qt, offscreen, on a fresh vault)."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from casusoverleg_desktop.domain.balance import BalanceDomain, BalanceSide, Priority, Weight
from casusoverleg_desktop.domain.enums import (
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
)
from casusoverleg_desktop.services import balance, cases, meetings, partners

from casusoverleg_desktop.ui.balance import BalanceSheetWidget
from casusoverleg_desktop.ui.balance.side_panel import SidePanel

A, B, C = BalanceSide.VEILIGHEID, BalanceSide.ZORG_ONTWIKKELING, BalanceSide.WAT_GAAT_GOED
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def sheet(qtbot, ctx) -> BalanceSheetWidget:
    """A new case's first sheet on a fresh vault with one partner, at a laptop's size."""
    partners.create_partner(ctx, "Jeugdteam Lindeveld", PartnerDomain.SOCIAAL,
                            PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True, short_name="Jeugdteam")
    case = cases.create_case(ctx, "LV-2025-001", LegalBasis.PGA, dt.date(2025, 1, 10))
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 7, 10))
    widget = BalanceSheetWidget(ctx, case.id, meeting.id, confirm_removal=False)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stored(ctx, widget: BalanceSheetWidget, side: BalanceSide):
    return balance.get_sheet(ctx, widget.sheet().id, record_opening=False).side(side)


def _geometry(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("picker", ["type_combo", "weight_combo", "domain_combo", "partner_combo"])
def test_a_picker_stays_while_its_popup_is_open_and_a_clicked_choice_lands(qtbot, sheet, picker):
    panel = sheet.panels[B]
    combo = getattr(panel, picker)
    assert combo.isVisible(), "the pickers show before the column has the focus"
    qtbot.mouseClick(combo, LEFT)
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # Qt ignores a release that quick: a person is slower
    assert combo.isVisible() and combo.view().isVisible(), "the popup and its combo stay open"
    row = combo.count() - 1
    view = combo.view()
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(view.model().index(row, 0)).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == row and combo.currentData() is not None
    assert combo.isVisible()


def test_letters_reach_the_domain_meant_not_the_first_with_that_letter(qtbot, sheet):
    care = sheet.panels[B].domain_combo
    care.setFocus()
    qtbot.keyClicks(care, "g")
    assert care.currentData() == BalanceDomain.GEZIN_OPVOEDING
    hint = QToolTip.text()
    assert "Gezin/opvoeding" in hint and "Gezondheid/GGZ" in hint and "typ verder" in hint
    qtbot.keyClicks(care, "ezo")
    assert care.currentData() == BalanceDomain.GEZONDHEID_GGZ
    qtbot.keyClick(care, Qt.Key.Key_Backspace)
    qtbot.keyClick(care, Qt.Key.Key_Backspace)
    assert care.currentData() == BalanceDomain.GEZIN_OPVOEDING, "Backspace takes a letter back"

    care.setCurrentIndex(0)
    care.clearFocus()
    care.setFocus()
    qtbot.keyClicks(care, "ggz")
    assert care.currentData() == BalanceDomain.GEZONDHEID_GGZ, "a later word counts too"
    care.clearFocus()
    care.setFocus()
    qtbot.keyClicks(care, "financien")
    assert care.currentData() == BalanceDomain.WONEN_FINANCIEN, "typed without the accent"

    strengths = sheet.panels[C].domain_combo  # every domain: "g" alone fits three
    strengths.setFocus()
    qtbot.keyClicks(strengths, "g")
    assert {"Gedrag/incidenten", "Gezin/opvoeding", "Gezondheid/GGZ"} <= set(
        QToolTip.text().split(": ", 1)[1].split(" — ")[0].split(", "))
    qtbot.keyClicks(strengths, "ezi")
    assert strengths.currentData() == BalanceDomain.GEZIN_OPVOEDING


def test_letters_that_fit_nothing_change_nothing(qtbot, sheet):
    safety = sheet.panels[A].domain_combo
    safety.setFocus()
    qtbot.keyClicks(safety, "x")
    assert safety.currentData() is None, "still 'domein —'"
    qtbot.keyClicks(safety, "ca")
    assert safety.currentData() == BalanceDomain.CAPACITEIT_MIDDELEN
    qtbot.keyClicks(safety, "q")  # no "caq": the q starts anew and fits nothing either
    assert safety.currentData() == BalanceDomain.CAPACITEIT_MIDDELEN
    weight = sheet.panels[A].weight_combo
    weight.setFocus()
    qtbot.keyClicks(weight, "h")
    assert weight.currentData() == Weight.HOOG


def test_enter_in_a_picker_adds_the_line_with_its_choices(qtbot, ctx, sheet):
    panel = sheet.panels[B]
    qtbot.mouseClick(panel.entry_edit, LEFT)
    qtbot.keyClicks(panel.entry_edit, "Zoekt een stage")
    qtbot.keyClick(panel.entry_edit, Qt.Key.Key_Tab)
    assert panel.type_combo.hasFocus()
    qtbot.keyClicks(panel.type_combo, "m")
    qtbot.keyClick(panel.type_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.weight_combo, "h")
    qtbot.keyClick(panel.weight_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.domain_combo, "sch")
    qtbot.keyClick(panel.domain_combo, Qt.Key.Key_Return)

    [entry] = _stored(ctx, sheet, B)
    assert (entry.text, entry.statement_type, entry.weight, entry.domain) == (
        "Zoekt een stage", StatementType.MENING, Weight.HOOG, BalanceDomain.SCHOOL_WERK)
    assert panel.entry_edit.text() == "" and panel.entry_edit.hasFocus()
    assert panel.model.rowCount() == 1


def test_enter_in_a_picker_without_text_asks_for_it_and_keeps_the_choices(qtbot, ctx, sheet):
    panel = sheet.panels[A]
    panel.weight_combo.setFocus()
    qtbot.keyClicks(panel.weight_combo, "m")
    qtbot.keyClick(panel.weight_combo, Qt.Key.Key_Enter)
    assert _stored(ctx, sheet, A) == ()
    assert "Typ eerst de tekst van de regel" in panel.message.text() and panel.message.isVisible()
    assert panel.entry_edit.hasFocus() and panel.weight_combo.currentData() == Weight.MIDDEN
    qtbot.keyClicks(panel.entry_edit, "Zoekt contact met ronselaar")
    assert not panel.message.isVisible(), "typing clears the message"
    qtbot.keyClick(panel.entry_edit, Qt.Key.Key_Return)
    assert [e.weight for e in _stored(ctx, sheet, A)] == [Weight.MIDDEN]


def test_an_open_picker_does_not_make_anything_below_it_jump(qtbot, sheet):
    ui = sheet.ui
    watched: list[QWidget] = [ui.weighing_group, ui.details_tabs, ui.save_weighing_button]
    for panel in sheet.panels.values():
        watched += [panel.view, panel.entry_edit, panel.type_combo, panel.partner_combo]
    before = [_geometry(w, sheet) for w in watched]
    for panel in sheet.panels.values():
        qtbot.mouseClick(panel.entry_edit, LEFT)
        qtbot.wait(20)
        assert [_geometry(w, sheet) for w in watched] == before
        qtbot.mouseClick(panel.domain_combo, LEFT)
        qtbot.waitUntil(panel.domain_combo.view().isVisible)
        assert [_geometry(w, sheet) for w in watched] == before
        qtbot.keyClick(panel.domain_combo.view(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda panel=panel: not panel.domain_combo.view().isVisible())


def _card_fits(panel: SidePanel) -> bool:
    rect = panel.view.visualRect(panel.model.index(0, 0))
    return panel.view.viewport().rect().contains(rect)


def test_the_columns_use_the_room_beside_an_empty_one(qtbot, ctx, sheet):
    sheet_id = sheet.sheet().id
    balance.add_entry(ctx, sheet_id, B, "Heeft hulp nodig bij het vinden van een stage")
    balance.add_entry(ctx, sheet_id, C, "Speelt weer wekelijks voetbal bij de club")
    sheet.reload()
    qtbot.wait(20)
    a, b, c = (sheet.panels[side] for side in (A, B, C))
    assert a.height() == b.height() == c.height(), "B and C are as high as A, not half of it"
    assert _card_fits(b) and _card_fits(c), "each card shows whole, without scrolling"
    assert a.width() < b.width() and b.width() == pytest.approx(c.width(), abs=2), "the empty A gives room"
    assert a.width() >= a.minimumSizeHint().width() and a.type_combo.isVisible()

    for number in range(6):
        balance.add_entry(ctx, sheet_id, A, f"Zorg {number}")
    sheet.reload()
    qtbot.wait(20)
    assert a.width() > b.width(), "the full column gets the room"
    sheet.columns.setSizes([400, 400, 400])  # the user's choice stays until the counts change
    sheet.ui.priority_balance.setChecked(True)
    sheet.reload()
    assert sheet.columns.sizes()[0] == pytest.approx(sheet.columns.sizes()[1], abs=2)


@pytest.mark.parametrize(("numbers", "expected"), [
    ((1, 0, 1), "1 zorg · 0 behoeften · 1 sterk punt"),
    ((2, 1, 2), "2 zorgen · 1 behoefte · 2 sterke punten"),
])
def test_counts_are_in_the_right_form(qtbot, ctx, sheet, numbers, expected):
    for side, number in zip((A, B, C), numbers, strict=True):
        for n in range(number):
            balance.add_entry(ctx, sheet.sheet().id, side, f"Regel {n}")
    sheet.reload()
    assert sheet.ui.counts_label.text() == f"Ter informatie: {expected}"


def test_the_weighing_says_niet_opgeslagen_until_it_is_recorded(qtbot, ctx, sheet):
    ui = sheet.ui
    mark = ui.weighing_state_label
    assert not mark.isVisible() and not sheet.weighing_unsaved()
    qtbot.mouseClick(ui.priority_care, LEFT, pos=QPoint(8, ui.priority_care.height() // 2))  # on its circle
    assert mark.isVisible() and mark.text() == "niet opgeslagen" and sheet.weighing_unsaved()

    qtbot.mouseClick(ui.save_weighing_button, LEFT)  # no rationale: refused, the mark stays
    assert "Onderbouw de keuze" in ui.weighing_error_label.text()
    assert mark.isVisible() and ui.priority_care.isChecked()
    assert balance.get_sheet(ctx, sheet.sheet().id, record_opening=False).priority is None

    qtbot.mouseClick(ui.rationale_edit, LEFT)
    qtbot.keyClicks(ui.rationale_edit, "Ontwikkeling weegt nu zwaarder")
    sheet.reload()  # e.g. an entry added meanwhile: the chair's unsaved choice and its mark stay
    assert mark.isVisible() and ui.priority_care.isChecked()
    qtbot.mouseClick(ui.save_weighing_button, LEFT)
    assert not mark.isVisible() and not sheet.weighing_unsaved()
    stored = balance.get_sheet(ctx, sheet.sheet().id, record_opening=False)
    assert (stored.priority, stored.rationale) == (Priority.ZORG_VOOROP, "Ontwikkeling weegt nu zwaarder")

    qtbot.keyClicks(ui.rationale_edit, ".")
    assert mark.isVisible(), "a later change is unsaved again"
    qtbot.keyClick(ui.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not mark.isVisible()
