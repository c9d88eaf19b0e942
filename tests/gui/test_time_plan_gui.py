"""One time plan on the Overleggen page: the fixed points have minutes, the chair changes them in the
Minuten cell, and meeting mode's timer counts against the same minutes and start times."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialogButtonBox

from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.services import cases, meetings

from casusoverleg_desktop.ui.models.meeting_models import AgendaModel
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage


@pytest.fixture
def page(qtbot, ctx, main_window) -> MeetingsPage:
    """A fresh vault with one case: the chair makes today's meeting through the dialog on the
    Overleggen page."""
    cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 1, 10))
    main_window.show_page("overleggen")
    page = main_window.page("overleggen")
    dialog = page.new_meeting()
    qtbot.waitUntil(dialog.isVisible)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()  # today, 13:30–16:00
    qtbot.waitUntil(lambda: page._meeting is not None)
    return page


def _column(model: AgendaModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _type_minutes(qtbot, page: MeetingsPage, row: int, text: str) -> None:
    """Double-click the Minuten cell, type over it and press Enter, as the chair does."""
    view = page.ui.agenda_view
    index = page.agenda_model.index(row, AgendaModel.SLOT)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.indexWidget(index)
    assert isinstance(editor, QAbstractSpinBox), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)  # the delegate commits in a queued call


def test_the_chair_changes_a_fixed_point_s_minutes_and_every_time_follows(qtbot, ctx, page):
    model = page.agenda_model
    assert _column(model, AgendaModel.SLOT) == ["5", "2", "10", "5", "5", "3"]
    assert _column(model, AgendaModel.START) == ["13:30", "13:35", "13:37", "13:47", "13:52", "13:57"]
    page.ui.slot_spin.setValue(40)
    qtbot.keyClicks(page.ui.case_code_edit, "LV-2025-014")
    page.ui.add_case_button.click()
    assert _column(model, AgendaModel.NUMBER) == ["1", "2", "3", "4", "5.1", "6", "7"]
    assert model.index(4, AgendaModel.START).data() == "13:52"  # partners are invited for this too

    _type_minutes(qtbot, page, 0, "10")
    item = meetings.agenda(ctx, page._meeting.id)[0]
    assert item.slot_minutes == 10 and model.index(0, AgendaModel.SLOT).data() == "10"
    assert _column(model, AgendaModel.START) == [
        "13:30", "13:40", "13:42", "13:52", "13:57", "14:37", "14:42"]
    assert "geplande eindtijd 14:45" in page.ui.timing_label.text()
    assert page.ui.error_label.text() == ""

    window = page.open_meeting_mode(page._meeting.id)
    qtbot.addWidget(window)
    assert window.ui.item_title_label.text() == "1. Opening"
    assert window.ui.timer_label.text() == "00:00 / 10:00"
    assert "dit punt 13:30–13:40" in window.ui.clock_label.text()
    window.show_item(4)
    assert window.ui.item_title_label.text().startswith("5.1 Casusbespreking LV-2025-014")
    assert window.ui.timer_label.text() == "00:00 / 40:00"
    assert "dit punt 13:57–14:37" in window.ui.clock_label.text()
    window.close()


@pytest.mark.parametrize("typed", ["0", "-5"])
def test_zero_or_negative_minutes_get_a_dutch_message_and_nothing_is_lost(qtbot, ctx, page, typed):
    model = page.agenda_model
    _type_minutes(qtbot, page, 2, "15")
    before = meetings.agenda(ctx, page._meeting.id)
    starts = _column(model, AgendaModel.START)

    for row in (0, 2):  # a standard time and the chair's own
        page.clear_error()
        _type_minutes(qtbot, page, row, typed)
        assert "minstens één minuut" in page.ui.error_label.text()
    assert meetings.agenda(ctx, page._meeting.id) == before
    assert _column(model, AgendaModel.SLOT)[:3] == ["5", "2", "15"]
    assert _column(model, AgendaModel.START) == starts
