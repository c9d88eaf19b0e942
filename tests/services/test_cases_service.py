import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    CaseNoteKind,
    CaseStatus,
    ClosureReason,
    DataCategory,
    InformedStatus,
    LegalBasis,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import assessments, cases
from casusoverleg_desktop.services.assessments import PanelMember

S = CaseStatus


def test_new_case_starts_with_signal_received(ctx, case):
    assert case.status is S.SIGNAAL_ONTVANGEN
    detail = cases.open_case(ctx, case.id)
    assert [(t.from_status, t.to_status) for t in detail.transitions] == [
        (None, S.SIGNAAL_ONTVANGEN)]


def test_scenario_lifecycle_path_records_who_when_and_why(ctx, admitted_case):
    case = admitted_case
    for status in (S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING):
        cases.transition_case(ctx, case.id, status, f"Naar {status.label}")
    detail = cases.open_case(ctx, case.id)
    assert [t.to_status for t in detail.transitions] == [
        S.SIGNAAL_ONTVANGEN, S.SCREENING, S.WEGING, S.OPGENOMEN_IN_AANPAK,
        S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING]
    assert all(t.by == "voorzitter" and t.at for t in detail.transitions)
    assert detail.transitions[3].rationale.startswith("Meerdere feitelijke uitingen")
    assert detail.case.status is S.UITVOERING


def test_transition_outside_the_lifecycle_is_refused_with_the_reason(ctx, case):
    with pytest.raises(ValidationError, match="niet van 'Signaal ontvangen' naar 'Uitvoering'"):
        cases.transition_case(ctx, case.id, S.UITVOERING, "snel")
    assert cases.open_case(ctx, case.id).case.status is S.SIGNAAL_ONTVANGEN


def test_weging_outcome_without_rationale_is_refused(ctx, case, region):
    cases.transition_case(ctx, case.id, S.SCREENING)
    cases.transition_case(ctx, case.id, S.WEGING)
    with pytest.raises(ValidationError, match="onderbouwing voor de uitkomst van de weging"):
        assessments.record_assessment(ctx, case.id, dt.date(2025, 2, 12),
                                      AssessmentOutcome.GEEN_ACTIE_NODIG, "",
                                      [PanelMember(region.gemeente.id)])
    assert cases.open_case(ctx, case.id).assessment_ids == ()


def test_closing_without_reason_is_refused(ctx, admitted_case):
    case = admitted_case
    with pytest.raises(ValidationError, match="alleen met een reden"):
        cases.close_case(ctx, case.id, None, "Doelen gehaald", dt.date(2025, 9, 1))
    with pytest.raises(ValidationError, match="alleen met een reden"):
        cases.transition_case(ctx, case.id, S.AFGESLOTEN, "Doelen gehaald")


def test_closing_with_reason_and_rationale(ctx, admitted_case):
    case = admitted_case
    cases.set_review_date(ctx, case.id, dt.date(2025, 4, 9))
    closed = cases.close_case(ctx, case.id, ClosureReason.VERHUISD, "Gezin naar buitenland",
                              dt.date(2025, 9, 1))
    assert closed.status is S.AFGESLOTEN and closed.closure_reason is ClosureReason.VERHUISD
    assert closed.next_review_date is None
    with pytest.raises(ValidationError, match="is afgesloten: er kan niets meer bij"):
        cases.add_subject(ctx, case.id, "X.", SubjectRole.PRIMAIR)


def test_duplicate_case_code_and_unnamed_covenant_are_refused(ctx, case):
    with pytest.raises(ValidationError, match="LV-2025-014 is al in gebruik"):
        cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10))
    with pytest.raises(ValidationError, match="Noem het convenant"):
        cases.create_case(ctx, "LV-2025-099", LegalBasis.CONVENANT, dt.date(2025, 2, 10))


def test_subjects_of_the_scenario(ctx, case):
    cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15,
                      living_situation="woont bij moeder")
    cases.add_subject(ctx, case.id, "Monique V.", SubjectRole.GERELATEERD,
                      relation=Relation.MOEDER, has_gezag=True)
    cases.add_subject(ctx, case.id, "Ronald V.", SubjectRole.GERELATEERD, relation=Relation.VADER,
                      has_gezag=True, note="gescheiden, weinig contact")
    subjects = cases.open_case(ctx, case.id).subjects
    assert [(s.pseudonym, s.relation) for s in subjects] == [
        ("Daan V.", None), ("Monique V.", Relation.MOEDER), ("Ronald V.", Relation.VADER)]
    with pytest.raises(ValidationError, match="relatie van deze gerelateerde"):
        cases.add_subject(ctx, case.id, "Anja K.", SubjectRole.GERELATEERD)


def test_reporter_hears_back_within_five_working_days_by_default(ctx, case, region):
    reporter = cases.add_reporter(ctx, case.id, dt.date(2025, 2, 10), partner_id=region.school.id,
                                  professional_id=region.zorgcoordinator.id,
                                  person="zorgcoördinator J. Hekman", route="telefonisch")
    assert reporter.respond_by == dt.date(2025, 2, 17)
    cases.record_feedback(ctx, reporter.id, dt.date(2025, 2, 13), "school",
                          "Signaal is gewogen; casus wordt besproken in ICO op 26-02.")
    stored = cases.open_case(ctx, case.id).reporters[0]
    assert [f.given_to for f in stored.feedback] == ["school"]


def test_reporter_needs_a_name_and_a_sensible_respond_by(ctx, case, region):
    with pytest.raises(ValidationError, match="Noem de melder"):
        cases.add_reporter(ctx, case.id, dt.date(2025, 2, 10))
    with pytest.raises(ValidationError, match="vóór de melddatum"):
        cases.add_reporter(ctx, case.id, dt.date(2025, 2, 10), partner_id=region.school.id,
                           respond_by=dt.date(2025, 2, 1))
    with pytest.raises(ValidationError, match="werkt niet bij Lindeveld College"):
        cases.add_reporter(ctx, case.id, dt.date(2025, 2, 10), partner_id=region.school.id,
                           professional_id=region.casusregisseur.id)


def test_uitgesteld_without_review_date_is_refused(ctx, case):
    subject = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    with pytest.raises(ValidationError, match="opnieuw wordt bekeken"):
        cases.record_informed(ctx, case.id, subject.id, InformedStatus.UITGESTELD,
                              postponement_reason="Lopend onderzoek Veilig Thuis")
    with pytest.raises(ValidationError, match="waarom het informeren"):
        cases.record_informed(ctx, case.id, subject.id, InformedStatus.UITGESTELD,
                              review_date=dt.date(2025, 4, 1))


def test_a_new_informed_record_supersedes_the_earlier_one(ctx, case):
    subject = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    cases.record_informed(ctx, case.id, subject.id, InformedStatus.UITGESTELD,
                          postponement_reason="Eerst moeder spreken",
                          review_date=dt.date(2025, 2, 20))
    cases.record_informed(ctx, case.id, subject.id, InformedStatus.JA,
                          informed_by="jeugdteam samen met moeder",
                          informed_on=dt.date(2025, 2, 20))
    records = cases.open_case(ctx, case.id).informed
    assert [(r.status, r.superseded) for r in records] == [
        (InformedStatus.UITGESTELD, True), (InformedStatus.JA, False)]


def test_informed_subject_must_belong_to_the_case(ctx, case):
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    milan = cases.add_subject(ctx, other.id, "Milan K.", SubjectRole.PRIMAIR, age=22)
    with pytest.raises(ValidationError, match="Milan K. hoort niet bij deze casus"):
        cases.record_informed(ctx, case.id, milan.id, InformedStatus.NEE)


def test_history_release_conditions_and_consultations_have_a_home(ctx, case, region):
    cases.add_case_note(ctx, case.id, CaseNoteKind.VOORGESCHIEDENIS,
                        "In 2022 veroordeeld voor opruiing.", statement_type=StatementType.FEIT,
                        data_category=DataCategory.STRAFRECHTELIJK, source_partner_id=region.om.id)
    cases.add_case_note(ctx, case.id, CaseNoteKind.BASISVOORWAARDE, "verlopen", label="ID-bewijs")
    cases.add_consultation(ctx, case.id, region.ggz.id, "advies aan school/jeugdteam (telefonisch)")
    detail = cases.open_case(ctx, case.id)
    assert [n.kind for n in detail.notes] == [CaseNoteKind.VOORGESCHIEDENIS,
                                              CaseNoteKind.BASISVOORWAARDE]
    assert detail.notes[0].data_category.is_marked
    assert detail.consultations[0].partner_id == region.ggz.id


def test_review_date_and_case_manager(ctx, case, region):
    cases.set_case_manager(ctx, case.id, region.casusregisseur.id)
    updated = cases.set_review_date(ctx, case.id, dt.date(2025, 4, 9))
    assert updated.case_manager_id == region.casusregisseur.id
    assert updated.next_review_date == dt.date(2025, 4, 9)
    with pytest.raises(ValidationError, match="vóór de start van de casus"):
        cases.set_review_date(ctx, case.id, dt.date(2024, 1, 1))
