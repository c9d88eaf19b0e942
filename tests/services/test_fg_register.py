"""The register for the FG: real counts from a real vault, and not a word of case content."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    ClosureReason,
    DataCategory,
    LegalBasis,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import cases, retention, signals
from casusoverleg_desktop.services.fg_register import fg_register
from tests.services.conftest import Region


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def test_the_register_counts_and_holds_no_case_content(ctx, admitted_case, region: Region):
    cases.add_subject(ctx, admitted_case.id, "Zeynep Q.", SubjectRole.PRIMAIR, age=15)
    signals.record_signal(ctx, admitted_case.id, "Kwartelkoning uitspraak in de klas", StatementType.FEIT,
                          partner_id=region.school.id, data_category=DataCategory.BIJZONDER)
    signals.record_signal(ctx, admitted_case.id, "Reigerbos incident", StatementType.MENING,
                          partner_id=region.politie.id, data_category=DataCategory.STRAFRECHTELIJK)
    retention.add_legal_basis(ctx, admitted_case.id, LegalBasis.ZVH_WGS, dt.date(2025, 3, 1))
    other = cases.create_case(ctx, "LV-2025-099", LegalBasis.PGA, dt.date(2025, 1, 5))
    cases.transition_case(ctx, other.id, CaseStatus.SCREENING, "start")
    retention.set_retention_period(ctx, LegalBasis.PGA, 5, "Besluit FG 12-2026")
    cases.close_case(ctx, admitted_case.id, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt.",
                     dt.date(2019, 6, 1))

    built = fg_register(ctx, "kluis-test")
    text = pdf_text(built.pdf)
    assert "Register van verwerkingen" in text and "kluis-test" in text
    assert "Afgesloten 1" in text and "Screening en verrijking 1" in text
    assert "Wet gegevensverwerking PGA 1 1 5 jaar vastgesteld door voorzitter" in text
    assert "WGS (Zorg- en Veiligheidshuis) 0 1 5 jaar vast te stellen door de FG" in text
    assert "Bijzonder persoonsgegeven 1 0 0" in text and "Strafrechtelijk gegeven 1 0 0" in text
    assert "Waarvan minderjarig 1" in text
    assert "Bewaartermijn verstreken, nog niet vernietigd 1" in text
    assert "Politie Lindeveld" in text  # recipients are partners, not case content
    for content in ("Kwartelkoning", "Reigerbos", "Zeynep", "LV-2025-014", "LV-2025-099", "radicalisering"):
        assert content not in text
        assert content.encode() not in built.pdf
