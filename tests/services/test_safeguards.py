"""Sharing safeguards: a decision or an action goes to a partner only after a knowing decision when
a person was not informed, the case holds marked data, or the partner has not signed the covenant."""

import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import (
    DataCategory,
    InformedStatus,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import actions, cases, decisions, meetings, partners, safeguards, signals
from casusoverleg_desktop.services.safeguards import SharingNotAcknowledged

DAY = dt.date(2025, 3, 12)


@pytest.fixture
def meeting(ctx):
    return meetings.create_meeting(ctx, MeetingType.ICO_MDO, DAY)


@pytest.fixture
def decision(ctx, meeting, case):
    return decisions.record_decision(ctx, meeting.id, "Mentor houdt wekelijks contact met Daan.",
                                     case_id=case.id)


def test_a_plain_case_and_a_signed_partner_share_without_asking(ctx, decision, region):
    preview = safeguards.sharing_warnings(ctx, region.school.id, decision_id=decision.id)
    assert not preview.needs_acknowledgement
    assert (preview.partner, preview.case_code, preview.item) == ("Lindeveld College", "LV-2025-014",
                                                                  "Besluit B1")
    assert preview.text == "Mentor houdt wekelijks contact met Daan."
    assert decisions.share_decision(ctx, decision.id, [region.school.id]).shared_with == (region.school.id,)


def test_postponed_informing_needs_an_acknowledgement_and_shows_what_is_shared(ctx, case, decision, region):
    daan = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    cases.record_informed(ctx, case.id, daan.id, InformedStatus.UITGESTELD,
                          postponement_reason="Lopend onderzoek Veilig Thuis",
                          review_date=dt.date(2025, 4, 1))
    preview = safeguards.sharing_warnings(ctx, region.school.id, decision_id=decision.id)
    assert preview.reasons == ("Het informeren van Daan V. is uitgesteld (heroverwegen op 01-04-2025): "
                               "Lopend onderzoek Veilig Thuis.",)
    with pytest.raises(SharingNotAcknowledged, match="Delen van besluit B1 met Lindeveld College"):
        decisions.share_decision(ctx, decision.id, [region.school.id])
    assert decisions.decisions(ctx, decision.meeting_id)[0].shared_with == ()  # nothing was shared
    shared = decisions.share_decision(ctx, decision.id, [region.school.id], acknowledge=True)
    assert shared.shared_with == (region.school.id,)
    # already shared partners are not asked again when another mark changes
    decisions.share_decision(ctx, decision.id, [region.school.id])


def test_not_informed_is_a_reason_too_but_informed_is_not(ctx, case, decision, region):
    daan = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    cases.record_informed(ctx, case.id, daan.id, InformedStatus.NEE, postponement_reason="Gevaar voor moeder")
    assert safeguards.sharing_warnings(ctx, region.school.id, decision_id=decision.id).reasons == (
        "Daan V. wordt niet geïnformeerd: Gevaar voor moeder.",)
    cases.record_informed(ctx, case.id, daan.id, InformedStatus.JA, informed_on=DAY, informed_by="jeugdteam")
    assert safeguards.sharing_warnings(ctx, region.school.id, decision_id=decision.id).reasons == ()


@pytest.mark.parametrize("category", [DataCategory.BIJZONDER, DataCategory.STRAFRECHTELIJK])
def test_marked_data_refuse_addressing_an_action_without_acknowledgement(ctx, case, meeting, region,
                                                                         category):
    signals.record_signal(ctx, case.id, "Gegeven uit het dossier.", StatementType.FEIT,
                          partner_id=region.politie.id, data_category=category)
    with pytest.raises(SharingNotAcknowledged, match=category.label.lower()):
        actions.create_action(ctx, meeting.id, "Gesprek met Daan.", region.jeugdteam.id, case_id=case.id,
                              due_date=DAY, addressed_to=[region.school.id])
    assert actions.action_list(ctx, case_id=case.id) == []
    action = actions.create_action(ctx, meeting.id, "Gesprek met Daan.", region.jeugdteam.id, case_id=case.id,
                                   due_date=DAY, addressed_to=[region.school.id], acknowledge=True)
    preview = safeguards.sharing_warnings(ctx, region.school.id, action_id=action.id)
    assert preview.item == "Actiepunt A1" and preview.text == "Gesprek met Daan. (wie: Jeugdteam Lindeveld)"
    assert preview.reasons == (f"De casus bevat gemarkeerde gegevens ({category.label.lower()}).",)


def test_a_partner_without_covenant_is_a_reason_even_without_a_case(ctx, meeting):
    outsider = partners.create_partner(ctx, "Woningcorporatie Thuis", PartnerDomain.SOCIAAL,
                                       PartnerTier.EXTERNE_CASUSPARTNER)
    with pytest.raises(SharingNotAcknowledged, match="heeft het convenant niet ondertekend"):
        decisions.record_decision(ctx, meeting.id, "Algemene afspraak.", shared_with=[outsider.id])
    shared = decisions.record_decision(ctx, meeting.id, "Algemene afspraak.", shared_with=[outsider.id],
                                       acknowledge=True)
    assert shared.shared_with == (outsider.id,)


def test_informed_reasons_distinguish_postponed_and_not_informed(ctx, case):
    daan = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    with pytest.raises(ValidationError, match="waarom de betrokkene niet wordt geïnformeerd"):
        cases.record_informed(ctx, case.id, daan.id, InformedStatus.NEE)
    with pytest.raises(ValidationError, match="alleen bij 'uitgesteld'"):
        cases.record_informed(ctx, case.id, daan.id, InformedStatus.NEE, postponement_reason="Gevaar",
                              review_date=DAY)
    with pytest.raises(ValidationError, match="Een reden hoort alleen bij"):
        cases.record_informed(ctx, case.id, daan.id, InformedStatus.JA, informed_on=DAY,
                              postponement_reason="Gevaar")
    assert cases.open_case(ctx, case.id).informed == ()
    record = cases.record_informed(ctx, case.id, daan.id, InformedStatus.NEE, postponement_reason="Gevaar")
    assert (record.postponement_reason, record.review_date) == ("Gevaar", None)


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def test_every_export_names_every_legal_basis_of_the_case(ctx, case, meeting, region):
    from casusoverleg_desktop.domain.enums import LegalBasis
    from casusoverleg_desktop.services import document_export, retention

    retention.add_legal_basis(ctx, case.id, LegalBasis.ZVH_WGS, dt.date(2025, 3, 1))
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[region.school.id])
    decisions.record_decision(ctx, meeting.id, "Mentor houdt contact.", agenda_item_id=item.id,
                              shared_with=[region.school.id])
    bases = ("Wet gegevensverwerking PGA (vanaf 10-02-2025); WGS (Zorg- en Veiligheidshuis) "
             "(vanaf 01-03-2025)")
    for pdf in (document_export.export_agenda(ctx, meeting.id).pdf,
                document_export.export_action_list(ctx, meeting.id).pdf,
                document_export.export_extract(ctx, meeting.id, region.school.id).pdf):
        text = _pdf_text(pdf)
        assert f"Grondslag {bases}" in text, text
