import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import (
    BobPhase,
    DataCategory,
    LegalBasis,
    MeetingType,
    StatementType,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import audit, cases, contributions, decisions, meetings


@pytest.fixture
def item(ctx, case, region):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    return meetings.add_case_item(ctx, meeting.id, case.id,
                                  invited_partner_ids=[region.school.id, region.jeugdteam.id,
                                                       region.politie.id])


def test_decisions_are_numbered_per_meeting_and_marked_shareable(ctx, item, case, region):
    b1 = decisions.record_decision(ctx, item.meeting_id, "Casus opgenomen in aanpak.",
                                   agenda_item_id=item.id, shared_with=[region.school.id])
    b2 = decisions.record_decision(ctx, item.meeting_id, "Geen strafrechtelijke maatregel.",
                                   agenda_item_id=item.id)
    b3 = decisions.share_decision(ctx, decisions.record_decision(
        ctx, item.meeting_id, "Terugkombespreking 09-04-2025.", agenda_item_id=item.id).id,
        [region.school.id, region.jeugdteam.id])
    assert [d.label for d in (b1, b2, b3)] == ["B1", "B2", "B3"]
    assert b1.case_id == case.id
    shared = [d.label for d in decisions.decisions(ctx, item.meeting_id)
              if region.school.id in d.shared_with]
    assert shared == ["B1", "B3"]


def test_decision_case_must_match_the_agenda_item(ctx, item):
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    with pytest.raises(ValidationError, match="andere casus"):
        decisions.record_decision(ctx, item.meeting_id, "X.", agenda_item_id=item.id,
                                  case_id=other.id)


def test_contributions_come_in_bob_order_and_are_flagged(ctx, item, region):
    contributions.add_contribution(ctx, item.id, region.politie.id, "Score 6.",
                                   bob_phase=BobPhase.OORDEELSVORMING,
                                   statement_type=StatementType.MENING)
    contributions.add_contribution(ctx, item.id, region.jeugdteam.id,
                                   "Huisbezoek: moeder denkt aan een depressie.",
                                   bob_phase=BobPhase.BEELDVORMING,
                                   statement_type=StatementType.FEIT,
                                   data_category=DataCategory.BIJZONDER)
    rows = contributions.contributions(ctx, item.id)
    assert [c.bob_phase for c in rows] == [BobPhase.BEELDVORMING, BobPhase.OORDEELSVORMING]
    assert rows[0].diagnosis_flag and not rows[1].diagnosis_flag
    assert audit.recent_entries(ctx, 1)[0].action == audit.OPENED


def test_only_invited_partners_contribute(ctx, item, region):
    with pytest.raises(ValidationError, match="Openbaar Ministerie is niet uitgenodigd"):
        contributions.add_contribution(ctx, item.id, region.om.id, "Geen zaak.",
                                       bob_phase=BobPhase.BEELDVORMING,
                                       statement_type=StatementType.FEIT)


def test_contributions_belong_to_case_items(ctx, item, region):
    opening = meetings.agenda(ctx, item.meeting_id)[0]
    with pytest.raises(ValidationError, match="'Opening' is geen casusbespreking"):
        contributions.add_contribution(ctx, opening.id, region.school.id, "X.",
                                       bob_phase=BobPhase.BEELDVORMING,
                                       statement_type=StatementType.FEIT)
