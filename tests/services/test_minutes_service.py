import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import MeetingType, MinutesStatus
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import meetings, minutes

TEXT = "Verslag ICO 26 februari 2025 ... De voorzitter sluit de vergadering om 16.00 uur."


@pytest.fixture
def two_meetings(ctx):
    first = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    second = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9))
    return first, second


def test_concept_adopted_in_the_next_meeting_then_signed(ctx, two_meetings):
    first, second = two_meetings
    concept = minutes.create_concept(ctx, first.id, TEXT)
    minutes.update_concept(ctx, concept.id, TEXT + " (aangevuld)")
    adopted = minutes.adopt_minutes(ctx, concept.id, second.id,
                                    corrections="Naam jongerenwerker gecorrigeerd.")
    assert adopted.status is MinutesStatus.VASTGESTELD
    assert (adopted.adopted_in_meeting_id, adopted.adopted_on) == (second.id, dt.date(2025, 4, 9))
    signed = minutes.sign_minutes(ctx, concept.id, "M. Dekkers", "K. Brinkhorst",
                                  dt.date(2025, 4, 9))
    assert signed.status is MinutesStatus.ONDERTEKEND


def test_adopted_text_is_frozen_and_a_change_is_a_new_version(ctx, two_meetings):
    first, second = two_meetings
    concept = minutes.create_concept(ctx, first.id, TEXT)
    minutes.adopt_minutes(ctx, concept.id, second.id)
    with pytest.raises(ValidationError, match="de tekst ligt vast"):
        minutes.update_concept(ctx, concept.id, "anders")
    with pytest.raises(ValidationError, match="correctienotitie"):
        minutes.correct_minutes(ctx, concept.id, TEXT + " gecorrigeerd", " ")
    corrected = minutes.correct_minutes(ctx, concept.id, TEXT + " gecorrigeerd",
                                        "Besluit B2 verkeerd weergegeven.")
    assert (corrected.version, corrected.status) == (2, MinutesStatus.CONCEPT)
    versions = minutes.minutes_versions(ctx, first.id)
    assert [v.body for v in versions] == [TEXT, TEXT + " gecorrigeerd"]
    with pytest.raises(ValidationError, match="nieuwere versie"):
        minutes.correct_minutes(ctx, concept.id, "x", "y")


def test_minutes_are_adopted_in_a_later_meeting_only(ctx, two_meetings):
    first, second = two_meetings
    concept = minutes.create_concept(ctx, second.id, TEXT)
    with pytest.raises(ValidationError, match="latere vergadering"):
        minutes.adopt_minutes(ctx, concept.id, first.id)


def test_signing_needs_adoption_and_a_second_concept_is_refused(ctx, two_meetings):
    first, _ = two_meetings
    concept = minutes.create_concept(ctx, first.id, TEXT)
    with pytest.raises(ValidationError, match="Alleen een vastgesteld verslag"):
        minutes.sign_minutes(ctx, concept.id, "M. Dekkers", "K. Brinkhorst", dt.date(2025, 4, 9))
    with pytest.raises(ValidationError, match="al een verslag"):
        minutes.create_concept(ctx, first.id, TEXT)
    with pytest.raises(ValidationError, match="correctie is niet nodig"):
        minutes.correct_minutes(ctx, concept.id, TEXT, "x")
