import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from casusoverleg_desktop.domain.enums import (
    BobPhase,
    ClosureReason,
    LegalBasis,
    MeetingType,
    PersonRelation,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import cases, contributions, families, meetings, signals
from casusoverleg_desktop.services.cases import SubjectInfo
from casusoverleg_desktop.services.families import age_on, is_minor
from casusoverleg_desktop.store.privacy_models import GezagHolder, PersonLink

K = PersonRelation


@dataclass(frozen=True)
class Family:
    sara: SubjectInfo
    mirjam: SubjectInfo
    johan: SubjectInfo
    milan: SubjectInfo


@pytest.fixture
def family(ctx, case) -> Family:
    """Sara (8, primary), her mother Mirjam, Mirjam's partner Johan, and Johan's son Milan (14),
    entered as a new user would: each with the legacy relation to Sara."""
    def add(name, role=SubjectRole.GERELATEERD, **kw):
        return cases.add_subject(ctx, case.id, name, role, **kw)

    return Family(sara=add("Sara K.", SubjectRole.PRIMAIR, age=8),
                  mirjam=add("Mirjam K.", relation=Relation.MOEDER, age=38),
                  johan=add("Johan K.", relation=Relation.ANDERS),
                  milan=add("Milan K.", relation=Relation.ANDERS, age=14))


def test_kind_van_is_stored_as_the_parents_ouder_van(ctx, vault, family):
    link = families.link_persons(ctx, family.sara.id, K.KIND_VAN, family.mirjam.id, detail="dochter")
    assert (link.subject, link.kind, link.related, link.detail) == ("Mirjam K.", K.OUDER_VAN, "Sara K.",
                                                                    "dochter")
    with ctx.unit_of_work() as session:
        stored = session.scalars(select(PersonLink)).one()
        assert (stored.subject_id, stored.kind, stored.related_subject_id) == (
            family.mirjam.id, K.OUDER_VAN, family.sara.id)


def test_the_family_view_shows_relations_both_ways_and_gezag(ctx, case, family):
    families.link_persons(ctx, family.sara.id, K.KIND_VAN, family.mirjam.id, detail="dochter")
    families.link_persons(ctx, family.johan.id, K.OUDER_VAN, family.sara.id, detail="stiefvader")
    families.link_persons(ctx, family.milan.id, K.KIND_VAN, family.johan.id)
    families.link_persons(ctx, family.mirjam.id, K.PARTNER, family.johan.id)
    families.link_persons(ctx, family.milan.id, K.BROER_ZUS, family.sara.id, detail="stiefbroer")
    families.set_gezag(ctx, family.sara.id, [family.mirjam.id, family.johan.id])
    families.set_gezag(ctx, family.milan.id, [], guardian="GI Jeugdbescherming")
    view = families.family_view(ctx, case.id)
    sara, mirjam, johan, milan = (view.member(p.id) for p in
                                  (family.sara, family.mirjam, family.johan, family.milan))
    assert [m.pseudonym for m in view.members][0] == "Sara K."
    assert sara.relations == ("dochter van Mirjam K.", "kind van Johan K.", "broer of zus van Milan K.")
    assert sara.gezag == ("onder gezag van Mirjam K. en Johan K.",)
    assert sara.label.startswith("Sara K. (dochter van Mirjam K., ") and (sara.age, sara.minor) == (8, True)
    assert mirjam.relations == ("ouder van Sara K.", "partner van Johan K.")
    assert mirjam.label == "Mirjam K. (ouder van Sara K., partner van Johan K.)"
    assert mirjam.gezag == ("gezag over Sara K.",)
    assert johan.relations == ("stiefvader van Sara K.", "ouder van Milan K.", "partner van Mirjam K.")
    assert johan.gezag == ("gezag over Sara K.",)
    assert milan.relations == ("kind van Johan K.", "stiefbroer van Sara K.")
    assert milan.gezag == ("voogd: GI Jeugdbescherming",)
    assert {g.minor_subject_id: (g.holder_subject_ids, g.guardian) for g in view.gezag} == {
        family.sara.id: ((family.mirjam.id, family.johan.id), None),
        family.milan.id: ((), "GI Jeugdbescherming")}
    # Holding gezag over a child of the case marks the holder.
    by_id = {s.id: s for s in cases.open_case(ctx, case.id).subjects}
    assert by_id[family.johan.id].has_gezag is True


def test_legacy_relation_counts_until_a_link_joins_the_two(ctx, case, family):
    view = families.family_view(ctx, case.id)
    assert view.member(family.mirjam.id).relations == ("moeder van Sara K.",)
    assert view.member(family.sara.id).relations == ("kind van Mirjam K.", "relatie met Johan K. en Milan K.")
    assert view.member(family.johan.id).label == "Johan K. (relatie met Sara K.)"
    families.link_persons(ctx, family.mirjam.id, K.OUDER_VAN, family.sara.id, detail="stiefmoeder")
    view = families.family_view(ctx, case.id)
    assert view.member(family.mirjam.id).relations == ("stiefmoeder van Sara K.",)
    assert view.member(family.mirjam.id).label == "Mirjam K. (stiefmoeder van Sara K.)"
    assert view.member(family.sara.id).relations[0] == "kind van Mirjam K."


def test_changing_gezag_replaces_the_holders(ctx, vault, family):
    families.set_gezag(ctx, family.sara.id, [family.mirjam.id, family.johan.id])
    info = families.set_gezag(ctx, family.sara.id, [family.mirjam.id], guardian="  ")
    assert (info.holder_subject_ids, info.guardian) == ((family.mirjam.id,), None)
    with ctx.unit_of_work() as session:
        assert families.gezag_holders(session, family.sara.id) == info
        assert len(session.scalars(select(GezagHolder)).all()) == 1


def test_ages_from_a_date_of_birth_or_the_recorded_age(ctx, case):
    born = cases.add_subject(ctx, case.id, "Noor K.", SubjectRole.PRIMAIR,
                             date_of_birth=dt.date(2008, 6, 15))
    assert age_on(born, dt.date(2026, 6, 14)) == 17 and is_minor(born, dt.date(2026, 6, 14))
    assert age_on(born, dt.date(2026, 6, 15)) == 18 and is_minor(born, dt.date(2026, 6, 15)) is False
    unknown = cases.add_subject(ctx, case.id, "Piet K.", SubjectRole.GERELATEERD, relation=Relation.VADER)
    assert age_on(unknown, dt.date(2026, 1, 1)) is None and is_minor(unknown, dt.date(2026, 1, 1)) is None


def test_signals_and_contributions_name_whom_they_concern_and_their_source(ctx, vault, case, region,
                                                                          family):
    signal = signals.record_signal(ctx, case.id, "Moeder vertelt dat Sara niet slaapt.",
                                   StatementType.MENING, partner_id=region.jeugdteam.id,
                                   concerns=[family.sara.id], source_person=family.mirjam.id)
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[region.school.id])
    contribution = contributions.add_contribution(
        ctx, item.id, region.school.id, "Sara en Milan zijn vaak afwezig.", bob_phase=BobPhase.BEELDVORMING,
        statement_type=StatementType.FEIT, concerns=[family.sara.id, family.milan.id, family.sara.id])
    with ctx.unit_of_work() as session:
        named = families.statement_persons(session, signal_id=signal.id)
        assert (named.concerns, named.source) == ((family.sara.id,), family.mirjam.id)
        named = families.statement_persons(session, contribution_id=contribution.id)
        assert (set(named.concerns), named.source) == ({family.sara.id, family.milan.id}, None)


# -- refusals ------------------------------------------------------------------------------------
def test_a_person_cannot_be_linked_to_themselves(ctx, family):
    with pytest.raises(ValidationError, match="met zichzelf"):
        families.link_persons(ctx, family.sara.id, K.PARTNER, family.sara.id)


def test_a_relation_between_the_same_two_persons_is_recorded_once(ctx, vault, family):
    families.link_persons(ctx, family.mirjam.id, K.PARTNER, family.johan.id)
    for kind, a, b in ((K.PARTNER, family.mirjam, family.johan), (K.EX_PARTNER, family.johan, family.mirjam)):
        with pytest.raises(ValidationError) as refused:
            families.link_persons(ctx, a.id, kind, b.id)
        assert "Johan K." in str(refused.value) and "Mirjam K." in str(refused.value)
        assert "al een relatie" in str(refused.value)
    with ctx.unit_of_work() as session:
        assert len(session.scalars(select(PersonLink)).all()) == 1


def test_persons_of_another_case_are_refused_everywhere(ctx, case, region, family):
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    stranger = cases.add_subject(ctx, other.id, "Bas D.", SubjectRole.PRIMAIR, age=40)
    with pytest.raises(ValidationError, match="niet bij dezelfde casus"):
        families.link_persons(ctx, family.sara.id, K.KIND_VAN, stranger.id)
    with pytest.raises(ValidationError, match="niet bij dezelfde casus"):
        families.set_gezag(ctx, family.sara.id, [stranger.id])
    with pytest.raises(ValidationError, match="Bas D. hoort niet bij deze casus"):
        signals.record_signal(ctx, case.id, "Tekst.", StatementType.FEIT,
                              partner_id=region.school.id, source_person=stranger.id)
    # Nothing of the refused signal was kept.
    assert cases.open_case(ctx, case.id).signals == ()


def test_gezag_is_refused_over_an_adult_and_over_oneself(ctx, vault, family):
    with pytest.raises(ValidationError, match="Mirjam K. is 38 jaar: gezag geldt alleen over een minder"):
        families.set_gezag(ctx, family.mirjam.id, [family.johan.id])
    with pytest.raises(ValidationError, match="over zichzelf"):
        families.set_gezag(ctx, family.sara.id, [family.sara.id])
    with pytest.raises(ValidationError, match="hoogstens 200 tekens"):
        families.set_gezag(ctx, family.sara.id, [], guardian="x" * 201)
    with ctx.unit_of_work() as session:
        assert session.scalars(select(GezagHolder)).all() == []


def test_the_detail_word_must_fit_the_side_it_describes(ctx, family):
    with pytest.raises(ValidationError, match="beschrijft de omschrijving het kind"):
        families.link_persons(ctx, family.sara.id, K.KIND_VAN, family.mirjam.id, detail="moeder")
    with pytest.raises(ValidationError, match="Kies 'kind van'"):
        families.link_persons(ctx, family.mirjam.id, K.OUDER_VAN, family.sara.id, detail="dochter")


def test_a_closed_case_takes_no_new_relations(ctx, admitted_case, family):
    cases.close_case(ctx, admitted_case.id, ClosureReason.VERHUISD, "Gezin verhuisd", dt.date(2025, 9, 1))
    with pytest.raises(ValidationError, match="er kan niets meer bij"):
        families.link_persons(ctx, family.mirjam.id, K.PARTNER, family.johan.id)
    with pytest.raises(ValidationError, match="er kan niets meer bij"):
        families.set_gezag(ctx, family.sara.id, [family.mirjam.id])
