"""The whole cycle on two laptops, from two fresh vaults: the chair prepares, the secretary records
the meeting live, the chair adopts, both sign, and each side ends with the same record — with an
edit on both sides to the same case between exchanges (one conflict decided each way)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from io import BytesIO

import pytest
from package_kit import Laptop, pair, send
from pypdf import PdfReader

from casusoverleg_desktop.domain.enums import (
    Attendance,
    BobPhase,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    PartnerDomain,
    PartnerTier,
    StatementType,
)
from casusoverleg_desktop.services import (
    actions,
    audit,
    cases,
    contributions,
    decisions,
    document_export,
    meetings,
    minutes,
    partners,
    signing,
)
from casusoverleg_desktop.services.packages import package, peers
from casusoverleg_desktop.services.packages.package import Combined, ConflictKind, Keep

HELD_ON = dt.date(2026, 11, 26)
TO_SECRETARY, TO_CHAIR = "Laptop notulist", "Laptop voorzitter"


def on_day(laptop: Laptop, day: dt.date, hour: int = 12) -> Laptop:
    moment = dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)
    return Laptop(laptop.session, dataclasses.replace(laptop.ctx, clock=lambda: moment))


def prepare(ctx) -> tuple[int, int, int, int]:
    """The chair's preparation: two partners, two cases, a meeting with one of them on the agenda."""
    school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True).id
    police = partners.create_partner(ctx, "Politie Lindeveld", PartnerDomain.VEILIGHEID,
                                     PartnerTier.KERNPARTIJ, covenant_signed=True).id
    case = cases.create_case(ctx, "LV-2026-014", "pga", dt.date(2026, 11, 2), purpose="PGA").id
    cases.create_case(ctx, "LV-2026-015", "pga", dt.date(2026, 11, 3), purpose="Niet op de agenda")
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, HELD_ON, start_time=dt.time(13, 30)).id
    item = meetings.add_case_item(ctx, meeting, case, slot_minutes=20,
                                  invited_partner_ids=[school, police]).id
    meetings.update_agenda_item(ctx, item, question="Is er zicht op de thuissituatie?")
    return meeting, item, school, police


def case_item(laptop: Laptop, meeting_id: int) -> meetings.AgendaItemInfo:
    [item] = [i for i in meetings.agenda(laptop.ctx, meeting_id) if i.case_id is not None]
    return item


def fields(item: meetings.AgendaItemInfo) -> tuple:
    return item.slot_minutes, item.question, item.notes


def secretary_ids(laptop: Laptop) -> tuple[int, int, int]:
    """The meeting, its case item and the school as the secretary's vault numbers them."""
    [meeting] = meetings.list_meetings(laptop.ctx)
    school = next(p.id for p in partners.list_partners(laptop.ctx) if p.name == "Lindeveld College")
    return meeting.id, case_item(laptop, meeting.id).id, school


def test_prepare_record_adopt_and_sign_on_two_laptops(chair, secretary):
    meeting, item, school, police = prepare(chair.ctx)
    pair(chair, secretary)

    first = send(chair, secretary, meeting, TO_SECRETARY)
    assert first.package.new["casussen"] == 1 and first.package.conflicts == ()
    s_meeting, s_item, s_school = secretary_ids(secretary)
    assert [c.code for c in cases.list_cases(secretary.ctx)] == ["LV-2026-014"]  # need to know
    assert case_item(secretary, s_meeting).question == "Is er zicht op de thuissituatie?"

    # The meeting, live on the secretary's laptop; meanwhile the chair edits the same case item.
    live = on_day(secretary, HELD_ON, 13)
    meetings.set_attendance(live.ctx, s_meeting, s_school, Attendance.AANWEZIG)
    contributions.add_contribution(live.ctx, s_item, s_school, "Mentor heeft een goede band.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    decisions.record_decision(live.ctx, s_meeting, "Plan van aanpak vastgesteld.", agenda_item_id=s_item)
    actions.create_action(live.ctx, s_meeting, "Normstellend gesprek.", s_school, agenda_item_id=s_item,
                          due_date=dt.date(2026, 12, 10))
    meetings.update_agenda_item(live.ctx, s_item, question="Is er zicht op thuis en school?",
                                notes="Besproken met school en politie.", slot_minutes=30)
    meetings.update_agenda_item(chair.ctx, item, question="Wat weet de school van thuis?",
                                notes="Voorzitter: navragen bij de wijkagent.", slot_minutes=25)

    back = package.make_package(secretary.ctx, secretary.vault_id, TO_CHAIR, s_meeting)
    preview = package.read_package(chair.ctx, chair.vault_id, back.data)
    assert {(c.kind, c.field) for c in preview.conflicts} == {
        (ConflictKind.FIELD, "vraag"), (ConflictKind.FIELD, "aantekeningen"),
        (ConflictKind.FIELD, "tijdsblok")}
    with pytest.raises(package.ConflictsRemain):
        package.import_package(chair.ctx, chair.vault_id, back.data)
    question = next(c for c in preview.conflicts if c.field == "vraag")
    notes = next(c for c in preview.conflicts if c.field == "aantekeningen")
    slot = next(c for c in preview.conflicts if c.field == "tijdsblok")
    assert (question.mine, question.theirs) == ("Wat weet de school van thuis?",
                                                "Is er zicht op thuis en school?")
    combined = "Besproken met school en politie.\nVoorzitter: navragen bij de wijkagent."
    package.import_package(chair.ctx, chair.vault_id, back.data,
                           {question.key: Keep.THEIRS, notes.key: Combined(combined), slot.key: Keep.MINE})
    chair_item = case_item(chair, meeting)
    assert (chair_item.question, chair_item.notes, chair_item.slot_minutes) == (
        "Is er zicht op thuis en school?", combined, 25)
    assert [d.text for d in decisions.decisions(chair.ctx, meeting)] == ["Plan van aanpak vastgesteld."]

    # The chair's choices go back; the secretary closes the meeting; the chair adopts it in
    # writing; the minutes are signed.
    send(chair, secretary, meeting, TO_SECRETARY)
    assert fields(case_item(secretary, s_meeting)) == fields(case_item(chair, meeting))
    meetings.close_meeting(on_day(secretary, HELD_ON, 16).ctx, s_meeting, dt.time(15, 30))
    send(secretary, chair, s_meeting, TO_CHAIR)
    assert meetings.get_meeting(chair.ctx, meeting).status is MeetingStatus.GEHOUDEN
    assert (case_item(chair, meeting).notes, case_item(chair, meeting).slot_minutes) == (combined, 25)

    adopting = on_day(chair, dt.date(2026, 12, 3))
    minutes.adopt_in_writing(adopting.ctx, meeting, dt.date(2026, 12, 2), "per e-mail akkoord")
    document_export.export_minutes(adopting.ctx, meeting)  # the adopted PDF with its two fields
    send(chair, secretary, meeting, TO_SECRETARY)
    document_export.export_minutes(secretary.ctx, s_meeting, sign=True)  # opgesteld
    send(secretary, chair, s_meeting, TO_CHAIR)
    signed = document_export.export_minutes(chair.ctx, meeting, sign=True)  # vastgesteld
    assert minutes.minutes_status(chair.ctx, meeting).status is MinutesStatus.ONDERTEKEND
    send(chair, secretary, meeting, TO_SECRETARY)

    status = minutes.minutes_status(secretary.ctx, s_meeting)
    assert status.status is MinutesStatus.ONDERTEKEND
    assert {line.capacity for line in status.signatures} == {"opgesteld", "vastgesteld"}
    secretary_copy = document_export.export_minutes(secretary.ctx, s_meeting)
    assert secretary_copy.pdf == signed.pdf  # the same bytes on both laptops
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(signed.pdf)).pages)
    assert "navragen bij de wijkagent" in " ".join(text.split())  # the merged text is on record
    for laptop in (chair, secretary):
        report = signing.verify_document(laptop.ctx, signed.pdf)
        assert report.ok, report.verdict
        assert audit.first_broken_entry(laptop.ctx) is None


def test_the_audit_trail_names_the_pairing_and_each_package(chair, secretary):
    meeting, *_ = prepare(chair.ctx)
    pair(chair, secretary)
    send(chair, secretary, meeting, TO_SECRETARY)
    peers.remove_peer(secretary.ctx, TO_CHAIR)
    mine = [(e.action, e.entity_type, e.summary) for e in audit.recent_entries(chair.ctx)]
    theirs = [(e.action, e.entity_type, e.summary) for e in audit.recent_entries(secretary.ctx)]
    assert ("aangemaakt", "peer", "aangemaakt") in mine
    assert any(a == "pakket gemaakt" and s.startswith("voor Laptop notulist, nummer 1") for a, _, s in mine)
    assert any(a == "pakket ingelezen" and s.startswith("van Laptop voorzitter (Marloes Dekkers), nummer 1")
               for a, _, s in theirs)
    assert ("gewijzigd", "peer", "gewijzigd: removed_at, removed_by") in theirs
    assert [p.name for p in peers.list_peers(secretary.ctx)] == []
    assert [p.active for p in peers.list_peers(secretary.ctx, include_removed=True)] == [False]


@pytest.mark.parametrize("choice", [Keep.MINE, Keep.THEIRS])
def test_a_change_to_a_meeting_closed_here_is_put_to_the_user(chair, secretary, choice):
    """The chair changes an item before the secretary's closing reaches her; the secretary has
    closed: the change would not be in the minutes, so it is a question, not a silent write."""
    meeting, item, school, _ = prepare(chair.ctx)
    pair(chair, secretary)
    send(chair, secretary, meeting, TO_SECRETARY)
    s_meeting, s_item, s_school = secretary_ids(secretary)
    contributions.add_contribution(secretary.ctx, s_item, s_school, "School ziet verbetering.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    meetings.close_meeting(on_day(secretary, HELD_ON, 16).ctx, s_meeting, dt.time(15, 30))
    meetings.update_agenda_item(chair.ctx, item, notes="Voorzitter: navragen bij de wijkagent.")

    late = package.make_package(chair.ctx, chair.vault_id, TO_SECRETARY, meeting).data
    [conflict] = package.read_package(secretary.ctx, secretary.vault_id, late).conflicts
    assert conflict.kind is ConflictKind.CLOSED_HERE and conflict.record.startswith("Agendapunt")
    assert (conflict.mine, conflict.theirs) == ("aantekeningen: —",
                                                "aantekeningen: Voorzitter: navragen bij de wijkagent.")
    with pytest.raises(package.ConflictsRemain):
        package.import_package(secretary.ctx, secretary.vault_id, late)
    package.import_package(secretary.ctx, secretary.vault_id, late, {conflict.key: choice})
    taken = case_item(secretary, s_meeting).notes
    assert taken == (None if choice is Keep.MINE else "Voorzitter: navragen bij de wijkagent.")
    concept = document_export.export_minutes(secretary.ctx, s_meeting)  # the record of the closing
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(concept.pdf)).pages).split())
    assert "School ziet verbetering." in text and "wijkagent" not in text
