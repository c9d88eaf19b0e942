"""The Overleggen page is one read: one unit of work for a refresh (the list, the partners, the
cases and the selected meeting with its agenda, attendance and minutes), one for choosing another
meeting. The page opens no case content, so it records no openings.

Before the page had its read model a first refresh took 7 units of work (partners, case labels,
the list, the meeting, professionals, agenda, attendance), choosing a held meeting 5 (the meeting,
its minutes, professionals, agenda, attendance), a later refresh 3 (without re-reading the shown
meeting at all) and opening another meeting through the navigator 4.
"""

from __future__ import annotations

import datetime as dt

import pytest
from meeting_testkit import MEETING_DAY, PREVIOUS_DAY, build_world
from units_of_work import counted

from casusoverleg_desktop.domain.enums import MeetingStatus, MeetingType, MinutesStatus
from casusoverleg_desktop.services import meetings, partners
from casusoverleg_desktop.services.audit import recent_entries

from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage


def _openings(ctx) -> int:
    return sum(e.action == "geopend" for e in recent_entries(ctx, 500))


@pytest.fixture
def world(ctx):
    world = build_world(ctx)
    meetings.close_meeting(ctx, world.previous_meeting_id, dt.time(15, 50))  # held, concept minutes
    return world


def test_a_refresh_and_choosing_a_meeting_take_one_unit_of_work_each(qtbot, ctx, world, navigator):
    openings = _openings(ctx)
    counting, units = counted(ctx)
    page = MeetingsPage(counting, navigator)
    qtbot.addWidget(page)
    assert units.opened == 0

    page.refresh()  # the newest meeting is shown
    assert units.opened == 1
    assert page._meeting.id == world.meeting_id
    assert page.ui.meeting_title_label.text().endswith(f"{MEETING_DAY:%d-%m-%Y}")
    assert "voorzitter: M. Dekkers" in page.ui.meeting_details_label.text()
    assert page.meeting_model.rowCount() == 2
    assert page.agenda_model.rowCount() == len(meetings.agenda(ctx, world.meeting_id))
    assert page.attendance_model.rowCount() == len(partners.list_partners(ctx))
    assert page._completer.model().rowCount() == 3
    assert page.minutes_info is None

    page.ui.meeting_view.selectRow(page.meeting_model.row_of(world.previous_meeting_id))
    assert units.opened == 2
    assert page._meeting.id == world.previous_meeting_id
    assert page._meeting.status is MeetingStatus.GEHOUDEN
    assert page.ui.meeting_title_label.text().endswith(f"{PREVIOUS_DAY:%d-%m-%Y}")
    assert page.minutes_info is not None and page.minutes_info.status is MinutesStatus.CONCEPT
    assert "Concept" in page.ui.minutes_label.text()
    assert page.ui.written_adoption_button.isEnabled()

    page.refresh()  # the chosen meeting stays shown, read afresh with the list
    assert units.opened == 3
    assert page._meeting.id == world.previous_meeting_id
    assert page.minutes_info is not None and page.minutes_info.status is MinutesStatus.CONCEPT

    page.open_meeting(world.meeting_id)  # as the navigator does
    assert units.opened == 4
    assert page._meeting.id == world.meeting_id
    assert page.ui.meeting_view.selectionModel().selectedRows()[0].row() == \
        page.meeting_model.row_of(world.meeting_id)
    page.open_meeting(world.meeting_id)
    assert units.opened == 4, "the meeting shown is not read again"

    assert _openings(ctx) == openings, "the page shows no case content: nothing is opened"


def test_a_meeting_made_elsewhere_is_opened_with_the_list_in_one_unit_of_work(qtbot, ctx, world, navigator):
    counting, units = counted(ctx)
    page = MeetingsPage(counting, navigator)
    qtbot.addWidget(page)
    page.refresh()
    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 23))
    page.open_meeting(later.id)
    assert units.opened == 2
    assert page._meeting.id == later.id and page.meeting_model.rowCount() == 3
