"""Opening a case window is one read: the case file and everything shown with it in one unit of
work, recorded once as an opening."""

from __future__ import annotations

import datetime as dt

from meeting_testkit import PREVIOUS_DAY, build_world
from units_of_work import counted

from casusoverleg_desktop.domain.enums import MeetingType
from casusoverleg_desktop.services import actions, meetings
from casusoverleg_desktop.services.audit import recent_entries

from casusoverleg_desktop.ui.windows.case_window import CaseWindow

ELSEWHERE_DAY = dt.date(2025, 3, 5)


def test_opening_a_case_window_takes_one_unit_of_work(qtbot, ctx):
    world = build_world(ctx)
    daan = world.case_ids["LV-2025-014"]
    # an action for the case made in a meeting that did not have the case on its agenda
    elsewhere = meetings.create_meeting(ctx, MeetingType.ICO_MDO, ELSEWHERE_DAY)
    actions.create_action(ctx, elsewhere.id, "Dossier opvragen", world.partner_ids["Politie"],
                          case_id=daan, ongoing=True)
    counting, units = counted(ctx)
    window = CaseWindow(counting, daan)
    qtbot.addWidget(window)
    assert units.opened == 1
    assert window.actions.rowCount() == 4
    labels = {window.actions.index(r, 0).data() for r in range(window.actions.rowCount())}
    assert {f"A1 ({PREVIOUS_DAY:%d-%m-%Y})", f"A1 ({ELSEWHERE_DAY:%d-%m-%Y})"} <= labels
    assert window.subjects.rowCount() == 2 and window.signals.rowCount() == 3
    assert window.timeline.rowCount() > 0

    window.reload()  # F5, or after a change made in the window
    assert units.opened == 2
    openings = [e for e in recent_entries(ctx, 20) if e.action == "geopend"
                and e.entity_type == "case_file" and e.entity_id == daan]
    assert len(openings) == 1
