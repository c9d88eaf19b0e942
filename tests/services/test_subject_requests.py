"""Requests through the contact point: deadlines, extension, holds, and the rules for minors."""

from __future__ import annotations

import datetime as dt

import pytest
from inzage_family import TODAY, at, family_case
from other_users import PASSPHRASES, as_user
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    ClosureReason,
    Relation,
    Requester,
    RequestKind,
    RequestStatus,
    SubjectRole,
)
from casusoverleg_desktop.domain.moments import add_months
from casusoverleg_desktop.errors import NotPermitted, ValidationError
from casusoverleg_desktop.services import cases, retention
from casusoverleg_desktop.services import subject_requests as requests


def close_family_case(ctx, family) -> None:
    for status in (CaseStatus.SCREENING, CaseStatus.WEGING, CaseStatus.GEEN_ACTIE_NODIG):
        cases.transition_case(at(ctx, TODAY), family.case_id, status, "Stap in de test.")
    cases.close_case(at(ctx, TODAY), family.case_id, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt.",
                     dt.date(2026, 2, 25))


@pytest.fixture
def family(ctx):
    return family_case(ctx)


def inzage(ctx, pseudonym: str, subject_ids, requester=Requester.BETROKKENE, received=TODAY, **kw):
    return requests.register_request(at(ctx, TODAY), RequestKind.INZAGE, pseudonym, subject_ids, requester,
                                     received, **kw)


@pytest.mark.parametrize(("received", "deadline"), [
    (dt.date(2026, 3, 2), dt.date(2026, 4, 2)), (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
    (dt.date(2024, 1, 31), dt.date(2024, 2, 29)), (dt.date(2026, 12, 15), dt.date(2027, 1, 15)),
])
def test_the_deadline_is_one_calendar_month(received, deadline):
    assert add_months(received, 1) == deadline


def test_register_finds_the_person_and_holds_the_closed_case_until_handled(ctx, family):
    close_family_case(ctx, family)
    found = requests.find_persons(ctx, "mirjam k.")
    assert [(p.case_code, p.subject_id) for p in found] == [(family.code, family.mirjam)]
    view = inzage(ctx, "Mirjam K.", [family.mirjam])
    assert (view.deadline, view.due) == (dt.date(2026, 4, 2), dt.date(2026, 4, 2))
    assert view.status is RequestStatus.ONTVANGEN
    assert view.refusal is None and not view.needs_minor_position
    [line] = retention.retention_lines(ctx)
    assert [h.request_id for h in line.holds] == [view.id]

    closed = requests.handle_request(at(ctx, TODAY), view.id, RequestStatus.AFGEHANDELD,
                                     "Inzage verstrekt.", TODAY)
    assert closed.handled_on == TODAY
    assert not retention.retention_lines(ctx)[0].holds
    with pytest.raises(ValidationError, match="al afgehandeld"):
        requests.handle_request(at(ctx, TODAY), view.id, RequestStatus.INGETROKKEN, "nogmaals", TODAY)


def test_extension_once_by_at_most_two_months_with_a_reason(ctx, family):
    view = inzage(ctx, "Mirjam K.", [family.mirjam])
    chair = at(ctx, TODAY)
    with pytest.raises(ValidationError, match="uiterlijk 02-06-2026"):
        requests.extend_request(chair, view.id, dt.date(2026, 6, 3), "Veel verzoeken tegelijk.")
    with pytest.raises(ValidationError, match="reden"):
        requests.extend_request(chair, view.id, dt.date(2026, 5, 2), "  ")
    extended = requests.extend_request(chair, view.id, dt.date(2026, 6, 2), "Veel verzoeken tegelijk.")
    assert extended.due == dt.date(2026, 6, 2)
    with pytest.raises(ValidationError, match="maar één keer"):
        requests.extend_request(chair, view.id, dt.date(2026, 5, 2), "Nog eens.")


def test_requests_nearing_their_deadline(ctx, family):
    soon = inzage(ctx, "Mirjam K.", [family.mirjam], received=dt.date(2026, 2, 5))
    later = inzage(ctx, "Mirjam K.", [family.mirjam], received=dt.date(2026, 3, 1))
    assert [v.id for v in requests.requests_nearing_deadline(ctx, TODAY)] == [soon.id]
    later_on = dt.date(2026, 3, 30)
    assert [v.id for v in requests.requests_nearing_deadline(ctx, later_on)] == [soon.id, later.id]
    requests.handle_request(at(ctx, TODAY), soon.id, RequestStatus.INGETROKKEN, "Ingetrokken.", TODAY)
    assert requests.requests_nearing_deadline(ctx, TODAY) == []


def test_bad_registrations_are_refused_and_store_nothing(ctx, family):
    with pytest.raises(ValidationError, match="Kies de persoon"):
        inzage(ctx, "Mirjam K.", [])
    with pytest.raises(ValidationError, match="niet Mirjam K."):
        inzage(ctx, "Mirjam K.", [family.ruben])
    with pytest.raises(ValidationError, match="toekomst"):
        inzage(ctx, "Mirjam K.", [family.mirjam], received=TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="Noem wie het verzoek deed"):
        inzage(ctx, "Mirjam K.", [family.mirjam], requester=Requester.ADVOCAAT)
    assert requests.list_requests(ctx) == []


def test_a_parent_without_gezag_is_refused_and_one_with_gezag_waits_for_the_minor(ctx, family):
    by_ruben = inzage(ctx, "Sara K.", [family.sara], Requester.OUDER, requester_subject_id=family.ruben)
    assert "geen gezag over Sara K." in by_ruben.refusal
    by_mirjam = inzage(ctx, "Sara K.", [family.sara], Requester.OUDER, requester_subject_id=family.mirjam)
    assert by_mirjam.refusal is None and by_mirjam.needs_minor_position  # Sara is 13
    recorded = requests.record_minor_position(at(ctx, TODAY), by_mirjam.id, "Sara vindt het goed.")
    assert not recorded.needs_minor_position


def test_from_sixteen_the_minor_decides_alone(ctx, family):
    older = cases.add_subject(ctx, family.case_id, "Sara K.", SubjectRole.GERELATEERD,
                              relation=Relation.ANDERS, age=16)
    view = inzage(ctx, "Sara K.", [older.id], Requester.OUDER, requester_subject_id=family.mirjam)
    assert "vanaf 16 jaar beslist de minderjarige zelf" in view.refusal
    own = inzage(ctx, "Sara K.", [older.id])
    assert own.refusal is None and not own.needs_minor_position


def test_only_the_chair_extends_and_handles(ctx, vault, family):
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    secretary = at(as_user(ctx, "notulist"), TODAY)
    view = requests.register_request(secretary, RequestKind.INZAGE, "Mirjam K.", [family.mirjam],
                                     Requester.BETROKKENE, TODAY)  # the contact point registers
    with pytest.raises(NotPermitted, match="Alleen de voorzitter"):
        requests.extend_request(secretary, view.id, dt.date(2026, 5, 2), "Veel verzoeken.")
    with pytest.raises(NotPermitted, match="Alleen de voorzitter"):
        requests.handle_request(secretary, view.id, RequestStatus.AFGEWEZEN, "Nee.", TODAY)
    assert requests.get_request(ctx, view.id).status is RequestStatus.ONTVANGEN
