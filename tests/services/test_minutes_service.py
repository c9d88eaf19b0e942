"""Minutes from the closing of a meeting to adoption: the chair's act, refused where it must be, in the
audit trail, and the record frozen at the closing whatever happens later."""

import dataclasses
import datetime as dt

import pytest
from vault_admin_kit import admin_of, work_on

from casusoverleg_desktop.documents.data_codec import dumps_record
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Attendance,
    BobPhase,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    PartnerDomain,
    PartnerTier,
    StatementType,
)
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services import (
    actions,
    audit,
    cases,
    contributions,
    decisions,
    document_data,
    meeting_mode,
    meetings,
    minutes,
    partners,
)
from casusoverleg_desktop.services.context import ServiceContext

FIRST, SECOND = dt.date(2025, 2, 26), dt.date(2025, 4, 9)


def at(ctx: ServiceContext, day: dt.date, hour: int = 12) -> ServiceContext:
    return dataclasses.replace(ctx, clock=lambda: dt.datetime(day.year, day.month, day.day, hour,
                                                               tzinfo=dt.UTC))


@pytest.fixture
def table(ctx):
    """Two ICO meetings of one table; the first has a case, a decision and an action."""
    school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True).id
    case = cases.create_case(ctx, "LV-2025-014", "pga", dt.date(2025, 2, 10), purpose="PGA").id
    first = meetings.create_meeting(ctx, MeetingType.ICO_MDO, FIRST, start_time=dt.time(13, 30)).id
    second = meetings.create_meeting(ctx, MeetingType.ICO_MDO, SECOND, start_time=dt.time(9, 30)).id
    item = meetings.add_case_item(ctx, first, case, slot_minutes=20, invited_partner_ids=[school]).id
    meetings.set_attendance(ctx, first, school, Attendance.AANWEZIG)
    contributions.add_contribution(ctx, item, school, "Mentor heeft goede band.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    decisions.record_decision(ctx, first, "Plan van aanpak vastgesteld.", agenda_item_id=item,
                              shared_with=[school])
    action = actions.create_action(ctx, first, "Normstellend gesprek.", school, agenda_item_id=item,
                                   due_date=dt.date(2025, 3, 12)).id
    return dataclasses.make_dataclass("Table", ["first", "second", "case", "item", "school", "action"])(
        first, second, case, item, school, action)


def close(ctx, meeting_id: int, day: dt.date, end: dt.time = dt.time(16)) -> None:
    meetings.close_meeting(at(ctx, day, 15), meeting_id, end)


def test_closing_freezes_the_record_and_begins_the_concept(ctx, table):
    close(ctx, table.first, FIRST)
    info = meetings.get_meeting(ctx, table.first)
    assert (info.status, info.end_time) == (MeetingStatus.GEHOUDEN, dt.time(16))
    [concept] = minutes.minutes_versions(ctx, table.first)
    assert (concept.version, concept.status) == (1, MinutesStatus.CONCEPT)
    assert concept.statement == "Concept (versie 1), nog niet vastgesteld."
    with pytest.raises(ValidationError, match="is gesloten; wat zij heeft vastgelegd ligt vast"):
        contributions.add_contribution(ctx, table.item, table.school, "Later nog iets.",
                                       bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    with pytest.raises(ValidationError, match="is gesloten"):
        decisions.record_decision(ctx, table.first, "Nog een besluit.")
    with pytest.raises(ValidationError, match="is gesloten"):
        meetings.close_meeting(ctx, table.first, dt.time(17))
    with pytest.raises(ValidationError, match="door haar te sluiten"):
        meetings.set_meeting_status(ctx, table.second, MeetingStatus.GEHOUDEN)


def test_a_meeting_in_the_future_cannot_be_closed(ctx, table):
    with pytest.raises(ValidationError, match="ligt in de toekomst en kan nog niet worden gesloten"):
        close(ctx, table.second, FIRST)


def test_a_closed_meeting_gets_no_new_balance_sheet(ctx, table):
    from casusoverleg_desktop.services import balance

    close(ctx, table.first, FIRST)
    with pytest.raises(ValidationError, match="is gesloten"):
        balance.open_sheet(ctx, table.case, table.first)


def test_later_work_never_changes_the_minutes_of_a_closed_meeting(ctx, table):
    close(ctx, table.first, FIRST)
    before = document_data.minutes_data(ctx, table.first).record
    assert before.cases[0].actions[0].status is ActionStatus.OPEN
    # the next meeting completes the action, the partner is renamed, the case gets a new purpose
    [review] = [r for r in actions.review_list(ctx, table.second) if r.action.id == table.action] or [None]
    if review is None:
        meetings.add_case_item(ctx, table.second, table.case, invited_partner_ids=[table.school])
        [review] = actions.review_list(ctx, table.second)
    actions.record_review(ctx, review.id, note="Gesprek gevoerd.", status_after=ActionStatus.AFGEROND)
    partners.update_partner(ctx, table.school, name="Lindeveld College (nieuwe naam)")
    after = document_data.minutes_data(ctx, table.first).record
    assert dumps_record(after) == dumps_record(before)
    assert document_data.action_list_data(ctx, table.first).actions[0].status is ActionStatus.OPEN
    extract = document_data.extract_data(ctx, table.first, table.school)
    assert extract.cases[0].actions[0].status is ActionStatus.OPEN
    assert extract.cases[0].contributions[0].partner == "Lindeveld College"


def test_the_chair_adopts_in_the_next_meeting_with_corrections(ctx, table):
    close(ctx, table.first, FIRST)
    chair = at(ctx, SECOND)
    [pending] = minutes.pending_adoption(chair, table.second)
    assert (pending.meeting_id, pending.held_on) == (table.first, FIRST)
    assert "5.1 Casus LV-2025-014" in minutes.minutes_sections(ctx, pending.meeting_id)
    adopted = minutes.adopt_in_meeting(chair, table.first, table.second, [
        Correction("5.1 Casus LV-2025-014", "'zorgcoördinator' in plaats van 'mentor'.")])
    assert (adopted.version, adopted.status, adopted.adopted_on) == (2, MinutesStatus.VASTGESTELD, SECOND)
    assert adopted.statement == (
        "Vastgesteld in de vergadering van 9 april 2025 (ICO/MDO), met de volgende correcties: (1) bij "
        "5.1 Casus LV-2025-014: 'zorgcoördinator' in plaats van 'mentor'.")
    versions = minutes.minutes_versions(ctx, table.first)
    assert [(v.version, v.status) for v in versions] == [(1, MinutesStatus.CONCEPT),
                                                          (2, MinutesStatus.VASTGESTELD)]
    assert minutes.pending_adoption(chair, table.second) == []
    assert [v.id for v in minutes.adopted_in(ctx, table.second)] == [adopted.id]
    listed = {row.id: row.minutes for row in meeting_mode.meeting_list(ctx)}
    assert listed == {table.first: MinutesStatus.VASTGESTELD, table.second: None}
    with pytest.raises(ValidationError, match="is al vastgesteld op 09-04-2025"):
        minutes.adopt_in_meeting(chair, table.first, table.second)
    # the adopting meeting's own minutes say so once, when it closes
    close(ctx, table.second, SECOND, dt.time(11, 50))
    record = document_data.minutes_data(ctx, table.second).record
    assert record.previous_minutes == (
        "Het verslag van de vergadering van 26 februari 2025 wordt vastgesteld, met de volgende "
        "correcties: (1) bij 5.1 Casus LV-2025-014: 'zorgcoördinator' in plaats van 'mentor'.",)
    trail = [line.entity_type for line in audit.recent_entries(ctx, 500)]
    assert "minutes_correction" in trail and "meeting_record" in trail


@pytest.mark.parametrize(("when", "message"), [
    (FIRST, "ligt niet na de vergadering van 26-02-2025"),
    (SECOND + dt.timedelta(days=30), "ligt in de toekomst"),
])
def test_adopting_in_the_wrong_meeting_is_refused(ctx, table, when, message):
    close(ctx, table.first, FIRST)
    other = meetings.create_meeting(ctx, MeetingType.ICO_MDO, when).id
    with pytest.raises(ValidationError, match=message):
        minutes.adopt_in_meeting(at(ctx, SECOND), table.first, other)
    assert minutes.minutes_status(ctx, table.first).status is MinutesStatus.CONCEPT


def test_adopting_in_a_closed_or_different_meeting_or_before_closing_is_refused(ctx, table):
    with pytest.raises(ValidationError, match="nog niet gehouden en gesloten"):
        minutes.adopt_in_meeting(at(ctx, SECOND), table.first, table.second)
    with pytest.raises(NotFound, match="nog geen verslag"):
        minutes.minutes_status(ctx, table.first)
    close(ctx, table.first, FIRST)
    triage = meetings.create_meeting(ctx, MeetingType.WEEGPLOEG, SECOND).id
    with pytest.raises(ValidationError, match="in een volgende ICO/MDO, of schriftelijk"):
        minutes.adopt_in_meeting(at(ctx, SECOND), table.first, triage)
    close(ctx, table.second, SECOND)
    with pytest.raises(ValidationError, match="is al gesloten"):
        minutes.adopt_in_meeting(at(ctx, SECOND), table.first, table.second)


def test_written_adoption_records_how_the_members_agreed(ctx, table):
    close(ctx, table.first, FIRST)
    day = dt.date(2025, 3, 14)
    adopted = minutes.adopt_in_writing(at(ctx, day), table.first, day,
                                       "Rondgestuurd op 3-3; geen bezwaren vóór 14-3")
    assert adopted.adopted_in_meeting_id is None and adopted.written_procedure.startswith("Rondgestuurd")
    assert adopted.statement == ("Schriftelijk vastgesteld op 14 maart 2025 (Rondgestuurd op 3-3; geen "
                                 "bezwaren vóór 14-3) zonder correcties.")
    with pytest.raises(ValidationError, match="is al vastgesteld"):
        minutes.adopt_in_writing(at(ctx, day), table.first, day, "nogmaals")


def test_only_the_chair_adopts(ctx, vault, table):
    admin_of(vault).add_user("notulist", Role.SECRETARY, "notulist schrijft alles op",
                             display_name="K. Brinkhorst")
    close(ctx, table.first, FIRST)
    secretary = at(dataclasses.replace(ctx, actor="notulist"), SECOND)
    with pytest.raises(ValidationError, match="Alleen de voorzitter stelt een verslag vast"):
        minutes.adopt_in_meeting(secretary, table.first, table.second)
    with pytest.raises(ValidationError, match="Alleen de voorzitter"):
        minutes.adopt_in_writing(secretary, table.first, SECOND, "akkoord")


def test_a_correction_after_adoption_is_a_new_concept_with_its_note(ctx, table):
    close(ctx, table.first, FIRST)
    adopted = minutes.adopt_in_writing(at(ctx, SECOND), table.first, SECOND, "akkoord per mail")
    with pytest.raises(ValidationError, match="correctienotitie"):
        minutes.correct_minutes(ctx, adopted.id, " ")
    corrected = minutes.correct_minutes(ctx, adopted.id, "Besluit B1 verkeerd weergegeven.")
    assert (corrected.version, corrected.status) == (3, MinutesStatus.CONCEPT)
    with pytest.raises(ValidationError, match="nieuwere versie"):
        minutes.correct_minutes(ctx, adopted.id, "nog een")
    again = minutes.adopt_in_writing(at(ctx, SECOND), table.first, SECOND, "akkoord op de correctie")
    assert again.version == 4


def test_general_items_keep_their_decisions_and_nothing_is_printed_twice(ctx, table):
    aob = next(i for i in meetings.agenda(ctx, table.first) if i.kind is AgendaItemKind.RONDVRAAG)
    decisions.record_decision(ctx, table.first, "Themabijeenkomst in juni.", agenda_item_id=aob.id)
    close(ctx, table.first, FIRST)
    record = document_data.minutes_data(ctx, table.first).record
    assert [d.label for d in record.any_other_business.decisions] == ["B2"]
    assert [d.label for d in record.decisions] == ["B1", "B2"]
    assert [d.label for d in record.cases[0].decisions] == ["B1"]


def test_a_meeting_closed_before_records_were_kept_catches_up_when_needed(ctx, vault, table):
    """An older vault: the meeting was made 'gehouden' without a record or a concept."""
    from sqlalchemy import text

    with work_on(vault) as session:  # as version 0006 left it, in plain SQL
        session.connection().execute(text("UPDATE meeting SET status = 'gehouden', end_time = '16:00:00' "
                                          "WHERE id = :id"), {"id": table.first})
    [pending] = minutes.pending_adoption(at(ctx, SECOND), table.second)
    assert pending.meeting_id == table.first
    assert "5.1 Casus LV-2025-014" in minutes.minutes_sections(ctx, pending.meeting_id)
    record = document_data.minutes_data(ctx, table.first).record
    assert record.at_closing is False and record.frozen_at is not None
    adopted = minutes.adopt_in_meeting(at(ctx, SECOND), table.first, table.second)
    assert adopted.version == 2
