"""When minutes may be adopted, and the sentences that say so."""

import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import MeetingStatus, MeetingType, MinutesStatus
from casusoverleg_desktop.domain.minutes import (
    Correction,
    MeetingFacts,
    adopted_here_sentence,
    adoption_statement,
    check_adoptable,
    check_adopting_meeting,
    check_corrections,
    check_minutes_signing,
    check_written_adoption,
)
from casusoverleg_desktop.errors import ValidationError

ICO = MeetingType.ICO_MDO
HELD = MeetingFacts(1, dt.date(2026, 10, 22), ICO, MeetingStatus.GEHOUDEN)
TODAY = dt.date(2026, 11, 19)


def next_meeting(**changes) -> MeetingFacts:
    values = {"id": 2, "held_on": TODAY, "meeting_type": ICO, "status": MeetingStatus.GEPLAND} | changes
    return MeetingFacts(**values)


def test_minutes_of_a_held_meeting_in_concept_can_be_adopted_in_the_next_meeting_being_held():
    check_adoptable(HELD, MinutesStatus.CONCEPT)
    check_adopting_meeting(HELD, next_meeting(), TODAY)
    check_adopting_meeting(HELD, next_meeting(status=MeetingStatus.IN_VOORBEREIDING), TODAY)


@pytest.mark.parametrize(("minutes_of", "status", "message"), [
    (MeetingFacts(1, HELD.held_on, ICO, MeetingStatus.GEPLAND), None, "nog niet gehouden en gesloten"),
    (HELD, None, "nog niet gehouden en gesloten"),
    (HELD, MinutesStatus.VASTGESTELD, "is al vastgesteld"),
    (HELD, MinutesStatus.ONDERTEKEND, "is al ondertekend"),
])
def test_what_cannot_be_adopted(minutes_of, status, message):
    with pytest.raises(ValidationError, match=message):
        check_adoptable(minutes_of, status)


@pytest.mark.parametrize(("adopting", "message"), [
    (next_meeting(id=1), "niet in de eigen"),
    (next_meeting(held_on=dt.date(2026, 10, 1)), "ligt niet na de vergadering van 22-10-2026"),
    (next_meeting(held_on=HELD.held_on), "ligt niet na"),
    (next_meeting(held_on=dt.date(2026, 12, 17)), "ligt in de toekomst"),
    (next_meeting(status=MeetingStatus.GEHOUDEN), "is al gesloten"),
    (next_meeting(status=MeetingStatus.GEANNULEERD), "is geannuleerd"),
    (next_meeting(meeting_type=MeetingType.WEEGPLOEG), "in een volgende ICO/MDO"),
])
def test_where_minutes_cannot_be_adopted(adopting, message):
    with pytest.raises(ValidationError, match=message):
        check_adopting_meeting(HELD, adopting, TODAY)


def test_written_adoption_needs_a_date_after_the_meeting_not_in_the_future_and_how():
    assert check_written_adoption(HELD, TODAY, "  rondgestuurd; geen bezwaren ", TODAY) == \
        "rondgestuurd; geen bezwaren"
    with pytest.raises(ValidationError, match="hoe de leden"):
        check_written_adoption(HELD, TODAY, " ", TODAY)
    with pytest.raises(ValidationError, match="moet na de vergadering van 22-10-2026 liggen"):
        check_written_adoption(HELD, HELD.held_on, "akkoord", TODAY)
    with pytest.raises(ValidationError, match="ligt in de toekomst"):
        check_written_adoption(HELD, TODAY + dt.timedelta(days=1), "akkoord", TODAY)


def test_corrections_name_their_section_and_stay_short():
    checked = check_corrections([Correction(" 5.2 Casus X-1 ", " typfout ")])
    assert checked == (Correction("5.2 Casus X-1", "typfout"),)
    with pytest.raises(ValidationError, match="onderdeel waar correctie 2"):
        check_corrections([Correction("1. Opening", "a"), Correction("", "b")])
    with pytest.raises(ValidationError, match="Correctie 1 is te lang"):
        check_corrections([Correction("1. Opening", "x" * 1001)])


def test_sentences_say_where_and_with_which_corrections():
    corrections = [Correction("5.2 Casus WM-1", "'locatieverbod' in plaats van 'gebiedsverbod'.")]
    assert adopted_here_sentence(HELD.held_on, corrections) == (
        "Het verslag van de vergadering van 22 oktober 2026 wordt vastgesteld, met de volgende "
        "correcties: (1) bij 5.2 Casus WM-1: 'locatieverbod' in plaats van 'gebiedsverbod'.")
    assert adopted_here_sentence(HELD.held_on, ()) == (
        "Het verslag van de vergadering van 22 oktober 2026 wordt vastgesteld zonder correcties.")
    assert adoption_statement(TODAY, "ICO Wadmeer", None, ()) == (
        "Vastgesteld in de vergadering van 19 november 2026 (ICO Wadmeer) zonder correcties.")
    assert adoption_statement(TODAY, None, "rondgestuurd; geen bezwaren.", corrections).startswith(
        "Schriftelijk vastgesteld op 19 november 2026 (rondgestuurd; geen bezwaren), met de volgende")


def test_only_adopted_minutes_are_signed():
    check_minutes_signing(MinutesStatus.VASTGESTELD)
    with pytest.raises(ValidationError, match="Alleen een vastgesteld verslag"):
        check_minutes_signing(MinutesStatus.CONCEPT)
