"""One time plan: the Overleggen page, the invitation PDF, the minutes and meeting mode's timer give
every agenda item the same number, minutes and start time (``domain.agenda.agenda_plan``)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from vault_admin_kit import new_vault

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.agenda import STANDARD_MINUTES, agenda_numbers, agenda_plan
from casusoverleg_desktop.domain.enums import AgendaItemKind, LegalBasis, MeetingType
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import cases, meeting_mode, meetings
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.document_data import agenda_data, minutes_data
from casusoverleg_desktop.services.document_export import export_agenda
from casusoverleg_desktop.services.exchange import export_vault, import_document
from casusoverleg_desktop.services.meetings import MeetingInfo

from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.models.meeting_models import AgendaModel

K = AgendaItemKind

# (number, start, minutes) with Verslag vorige set to 15 minutes by the chair, cases of 40 and 30
EXPECTED = [
    ("1", "13:30", 5), ("2", "13:35", 2), ("3", "13:37", 15), ("4", "13:52", 5),
    ("5.1", "13:57", 40), ("5.2", "14:37", 30), ("6", "15:07", 5), ("7", "15:12", 3),
]


@dataclass(frozen=True)
class Planned:
    meeting: MeetingInfo
    item_ids: list[int]


@pytest.fixture
def planned(ctx) -> Planned:
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 23),
                                      start_time=dt.time(13, 30), end_time=dt.time(16))
    for code, minutes in (("LV-2025-014", 40), ("LV-2025-021", 30)):
        case = cases.create_case(ctx, code, LegalBasis.PGA, dt.date(2025, 1, 10))
        meetings.add_case_item(ctx, meeting.id, case.id, slot_minutes=minutes)
    items = meetings.agenda(ctx, meeting.id)
    meetings.update_agenda_item(ctx, items[2].id, slot_minutes=15)
    return Planned(meeting, [i.id for i in items])


def _screen(qtbot, ctx, planned: Planned) -> list[tuple[str, str, int]]:
    model = AgendaModel(ctx)
    model.load(planned.meeting.id, meetings.agenda(ctx, planned.meeting.id), planned.meeting.start_time,
               meeting_mode.case_labels(ctx))
    return [(model.index(r, AgendaModel.NUMBER).data(), model.index(r, AgendaModel.START).data(),
             int(model.index(r, AgendaModel.SLOT).data())) for r in range(model.rowCount())]


def _invitation(ctx, planned: Planned) -> list[tuple[str, str]]:
    """(number, start) per row of the real agenda PDF, read back from its text."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(
        export_agenda(ctx, planned.meeting.id).pdf)).pages)
    lines = text.splitlines()
    return [(lines[i + 1], lines[i].replace(".", ":")) for i, line in enumerate(lines[:-1])
            if re.fullmatch(r"\d\d\.\d\d", line) and re.fullmatch(r"\d+(\.\d+)?", lines[i + 1])]


def _meeting_mode(qtbot, ctx, planned: Planned) -> list[tuple[str, str, int]]:
    window = MeetingModeWindow(ctx, planned.meeting.id)
    qtbot.addWidget(window)
    seen = []
    for row in range(len(planned.item_ids)):
        window.show_item(row)
        number = window.ui.item_title_label.text().split(" ")[0].rstrip(".")
        minutes = re.fullmatch(r"00:0\d / (\d\d):00", window.ui.timer_label.text())
        start = re.search(r"dit punt (\d\d:\d\d)–", window.ui.clock_label.text())
        assert minutes and start, (window.ui.timer_label.text(), window.ui.clock_label.text())
        seen.append((number, start.group(1), int(minutes.group(1))))
    return seen


def test_screen_invitation_minutes_and_meeting_mode_agree_to_the_minute(qtbot, ctx, planned):
    assert _screen(qtbot, ctx, planned) == EXPECTED
    assert _invitation(ctx, planned) == [(number, start) for number, start, _ in EXPECTED]
    slots = agenda_data(ctx, planned.meeting.id).slots
    assert [(s.number, f"{s.start_time:%H:%M}", s.minutes) for s in slots] == EXPECTED
    assert _meeting_mode(qtbot, ctx, planned) == EXPECTED

    record = minutes_data(ctx, planned.meeting.id).record
    assert [(c.number, f"{c.start_time:%H:%M}") for c in record.cases] == [
        ("5.1", "13:57"), ("5.2", "14:37")]
    assert (record.previous.number, record.any_other_business.number, record.closing.number) == (
        "3", "6", "7")


def test_the_screen_shows_the_planned_end_and_the_cases_minutes(qtbot, ctx, planned):
    model = AgendaModel(ctx)
    model.load(planned.meeting.id, meetings.agenda(ctx, planned.meeting.id), planned.meeting.start_time, {})
    assert model.planned_end() == dt.time(15, 15)
    assert model.total_minutes() == 70  # "Casussen samen"


def test_a_fixed_point_keeps_its_standard_minutes_until_the_chair_sets_its_own(ctx, planned):
    opening = meetings.agenda(ctx, planned.meeting.id)[0]
    assert opening.slot_minutes is None  # stored as "standard"
    plan = agenda_plan(meetings.agenda(ctx, planned.meeting.id), planned.meeting.start_time)
    assert plan.items[0].minutes == STANDARD_MINUTES[K.OPENING] == 5
    changed = meetings.update_agenda_item(ctx, opening.id, slot_minutes=10)
    assert changed.slot_minutes == 10
    slots = agenda_data(ctx, planned.meeting.id).slots
    assert (slots[0].minutes, f"{slots[1].start_time:%H:%M}", f"{slots[4].start_time:%H:%M}") == (
        10, "13:40", "14:02")


@pytest.mark.parametrize("minutes", [0, -5])
def test_no_slot_of_zero_or_negative_minutes_and_nothing_is_lost(ctx, planned, minutes):
    before = meetings.agenda(ctx, planned.meeting.id)
    for item in (before[0], before[2], before[4]):  # standard, chair's own, a case
        with pytest.raises(ValidationError, match="tijdsblok van minstens één minuut"):
            meetings.update_agenda_item(ctx, item.id, slot_minutes=minutes)
    assert meetings.agenda(ctx, planned.meeting.id) == before


def test_a_fixed_point_still_has_no_question(ctx, planned):
    before = meetings.agenda(ctx, planned.meeting.id)
    with pytest.raises(ValidationError, match="Alleen een casusbespreking heeft een vraag"):
        meetings.update_agenda_item(ctx, before[1].id, slot_minutes=4, question="Mag dit?")
    assert meetings.agenda(ctx, planned.meeting.id) == before  # the slot of the refused change neither


def test_the_plan_without_a_start_or_after_a_case_without_a_slot():
    @dataclass(frozen=True)
    class Item:
        kind: AgendaItemKind
        slot_minutes: int | None

    items = [Item(K.OPENING, None), Item(K.CASUS, None), Item(K.CASUS, 20), Item(K.SLUITING, None)]
    plan = agenda_plan(items, dt.time(9))
    assert [(i.number, i.minutes, i.start) for i in plan.items] == [
        ("1", 5, dt.time(9)), ("2.1", None, dt.time(9, 5)), ("2.2", 20, None), ("3", 3, None)]
    assert plan.end is None and plan.case_minutes == 20
    assert all(i.start is None for i in agenda_plan(items, None).items)


def test_numbers_keep_the_fixed_points_in_place_however_many_cases():
    kinds = [K.OPENING, K.VASTSTELLEN_AGENDA, K.VERSLAG_VORIGE, K.MEDEDELINGEN, *[K.CASUS] * 3,
             K.RONDVRAAG, K.SLUITING]
    assert agenda_numbers(kinds) == (("1", "2", "3", "4", "5.1", "5.2", "5.3", "6", "7"), "5")
    assert agenda_numbers([K.OPENING, K.RONDVRAAG, K.SLUITING]) == (("1", "2", "3"), "4")


def test_a_fixed_point_s_minutes_go_out_and_come_back_with_the_exchange(ctx, planned, tmp_path):
    document = export_vault(ctx)
    agenda = next(m for m in document["meetings"] if m["held_on"] == "2025-04-23")["agenda"]
    assert [item.get("slot_minutes") for item in agenda] == [None, None, 15, None, 40, 30, None, None]

    vault, _code = new_vault(tmp_path / "tweede-kluis", "voorzitter", Role.CHAIR, "een tweede kluis hier")
    try:
        target = VaultSession(vault).context()
        import_document(target, json.dumps(document).encode("utf-8"))
        meeting = meetings.list_meetings(target)[0]
        slots = agenda_data(target, meeting.id).slots
        assert [(s.number, f"{s.start_time:%H:%M}", s.minutes) for s in slots] == EXPECTED
    finally:
        vault.close()
