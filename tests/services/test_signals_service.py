import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import cases, signals


def test_scenario_s6_is_flagged_and_s3_is_an_opinion(ctx, case, region):
    s3 = signals.record_signal(ctx, case.id, "Lijkt zich terug te trekken; mogelijk gepest.",
                               StatementType.MENING, observed_on=dt.date(2025, 2, 5),
                               partner_id=region.school.id, professional_id=region.mentor.id)
    s6 = signals.record_signal(ctx, case.id, "Mogelijk autisme (niet gediagnosticeerd).",
                               StatementType.HYPOTHESE, observed_on=dt.date(2025, 2, 7),
                               partner_id=region.school.id, professional_id=region.mentor.id)
    assert s3.statement_type is StatementType.MENING and not s3.diagnosis_flag
    assert s6.diagnosis_flag


def test_diagnosis_from_a_qualified_professional_is_not_flagged(ctx, case, region):
    signal = signals.record_signal(ctx, case.id, "Gediagnosticeerd met een depressie.",
                                   StatementType.FEIT, partner_id=region.ggz.id,
                                   professional_id=region.psychiater.id,
                                   data_category=DataCategory.BIJZONDER)
    assert not signal.diagnosis_flag


def test_diagnosis_via_a_source_description_only_is_flagged(ctx, case, region):
    signal = signals.record_signal(ctx, case.id, "Moeder zegt dat hij ADHD heeft.",
                                   StatementType.MENING, partner_id=region.school.id,
                                   source_detail="moeder via zorgcoördinator")
    assert signal.diagnosis_flag and signal.source_detail == "moeder via zorgcoördinator"


def test_signals_and_contra_signals_are_numbered_separately(ctx, case, region):
    for text in ("S-een", "S-twee"):
        signals.record_signal(ctx, case.id, text, StatementType.FEIT, partner_id=region.school.id)
    signals.record_signal(ctx, case.id, "Niet bekend bij politie m.b.t. geweld of wapens.",
                          StatementType.FEIT, partner_id=region.politie.id, is_contra=True)
    labels = [s.label for s in cases.open_case(ctx, case.id).signals]
    assert labels == ["S1", "S2", "C1"]


def test_a_signal_needs_a_source_and_no_future_date(ctx, case, region):
    with pytest.raises(ValidationError, match="Noem de bron van het signaal"):
        signals.record_signal(ctx, case.id, "Iets gezien.", StatementType.FEIT)
    with pytest.raises(ValidationError, match="niet in de toekomst"):
        signals.record_signal(ctx, case.id, "Iets gezien.", StatementType.FEIT,
                              partner_id=region.school.id, observed_on=dt.date(2999, 1, 1))


def test_confirm_and_refute(ctx, case, region):
    signal = signals.record_signal(ctx, case.id, "Mogelijk wapenbezit.", StatementType.HYPOTHESE,
                                   partner_id=region.school.id)
    with pytest.raises(ValidationError, match="waardoor het signaal is weerlegd"):
        signals.verify_signal(ctx, signal.id, Verification.WEERLEGD, dt.date(2025, 2, 20))
    refuted = signals.verify_signal(ctx, signal.id, Verification.WEERLEGD, dt.date(2025, 2, 20),
                                    "Politie: geen aanwijzingen.")
    assert refuted.verification is Verification.WEERLEGD and refuted.verified_by == "voorzitter"
    with pytest.raises(ValidationError, match="al weerlegd"):
        signals.verify_signal(ctx, signal.id, Verification.WEERLEGD, dt.date(2025, 2, 21), "x")
