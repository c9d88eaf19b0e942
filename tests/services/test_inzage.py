"""The inzage dossier: what it holds, the redaction review, and a release without third parties."""

from __future__ import annotations

import json
import re
from io import BytesIO

import pytest
from inzage_family import THIRD_PARTY_WORDS, TODAY, at, family_case
from other_users import PASSPHRASES, as_user
from pypdf import PdfReader
from sqlalchemy import select
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import RedactionChoice, Requester, RequestKind
from casusoverleg_desktop.errors import NotFound, NotPermitted, ValidationError
from casusoverleg_desktop.services import inzage
from casusoverleg_desktop.services import subject_requests as requests
from casusoverleg_desktop.store.document_models import DocumentExport
from casusoverleg_desktop.store.models import AuditEntry
from casusoverleg_desktop.store.privacy_models import ExportedItem

T, W, A = RedactionChoice.TONEN, RedactionChoice.WEGLAKKEN, RedactionChoice.ACHTERHOUDEN
MIRJAM_REVIEW = {"persoon:2", "persoon:3", "reporter:1", "signal:1", "signal:2", "signal:3", "action:1"}


@pytest.fixture
def family(ctx):
    return family_case(ctx)


@pytest.fixture
def chair(ctx):
    return at(ctx, TODAY)


def request_for(chair, pseudonym: str, subject_id: int, requester=Requester.BETROKKENE, **kw) -> int:
    return requests.register_request(chair, RequestKind.INZAGE, pseudonym, [subject_id], requester, TODAY,
                                     **kw).id


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_the_dossier_of_the_primary_person_holds_her_case(chair, family):
    dossier = inzage.build_dossier(chair, request_for(chair, "Mirjam K.", family.mirjam))
    [case] = dossier.cases
    assert case.code == family.code and case.role == "betrokkene (hoofdpersoon)"
    assert case.legal_bases == ("Wet gegevensverwerking PGA (vanaf 12-01-2026)",)
    assert case.purpose == "Veiligheid van het gezin herstellen"
    assert "bewaartermijn gaat in bij de afsluiting" in case.retention
    assert case.sources == ("Jeugdteam Lindeveld", "Lindeveld College", "Politie Lindeveld")
    [recipient] = case.recipients
    assert recipient.partner == "Jeugdteam Lindeveld"
    assert recipient.carried == "uittreksel: de casus, 1 besluit, 1 actie"
    kinds = {i.key.split(":")[0] for i in case.items}
    assert kinds == {"persoon", "reporter", "signal", "contribution", "decision", "action", "informed"}
    review = {i.key: i for i in dossier.review_items}
    assert set(review) == MIRJAM_REVIEW
    assert review["signal:2"].ask_source and not review["signal:2"].third_party
    assert "verklaring van Sara K. (familielid of naaste als bron)" in review["signal:3"].third_party
    assert "naam van een professional: R. Pinas, casusregisseur" in review["signal:1"].third_party
    assert review["reporter:1"].third_party[0] == "identiteit van de melder"


def test_a_related_minor_sees_what_names_her(chair, family):
    request_id = request_for(chair, "Sara K.", family.sara)
    [case] = inzage.build_dossier(chair, request_id).cases
    assert case.role == "gerelateerde persoon (anders)"
    assert {i.key for i in case.items} == {"persoon:3", "signal:3", "action:1"}
    assert not any(i.needs_review for i in case.items if i.key == "signal:3")  # her own statement


def test_release_burns_the_review_into_pdf_and_json_and_logs_it(chair, family):
    request_id = request_for(chair, "Mirjam K.", family.mirjam)
    for key in MIRJAM_REVIEW - {"signal:2", "signal:3"}:
        inzage.decide(chair, request_id, key, W, "Beschermt een ander (AVG art. 15 lid 4).")
    inzage.decide(chair, request_id, "signal:3", A, "Verklaring van de dochter; haar belang gaat voor.")
    inzage.decide(chair, request_id, "signal:2", T, "Politie stemde in op 1-3.", source_checked=True)
    released = inzage.release(chair, request_id)

    text = pdf_text(released.pdf.pdf)
    assert "Mirjam K." in text and "Melding huiselijk geweld" in text and "[weggelakt]" in text
    assert "ruzie" not in text and "1 onderdeel is achtergehouden" in text
    data = json.loads(released.json_text)
    assert data["casussen"][0]["achtergehouden"] == 1
    for word in THIRD_PARTY_WORDS:
        assert word not in text and word.encode() not in released.pdf.pdf
        assert word not in released.json_text
    assert {line.key: line.choice for line in released.sheet}["signal:3"] is A

    with chair.unit_of_work() as session:
        export = session.scalars(select(DocumentExport).where(DocumentExport.kind == "inzage")).one()
        assert session.scalars(select(ExportedItem.request_id).where(
            ExportedItem.export_id == export.id)).all() == [request_id]
        events = session.scalars(select(AuditEntry.summary)
                                 .where(AuditEntry.action == "inzage verstrekt")).all()
    logged = " ".join(events)
    pairs = set(re.split(r"[ ,;]+", logged))
    assert {"signal:3=achterhouden", "signal:2=tonen", "persoon:2=weglakken"} <= pairs
    assert not any(word in logged for word in (*THIRD_PARTY_WORDS, "Mirjam", "ruzie"))


def test_police_items_wait_for_the_source_and_are_withheld_by_default(chair, family):
    request_id = request_for(chair, "Mirjam K.", family.mirjam)
    with pytest.raises(ValidationError, match="navragen bij de bron"):
        inzage.decide(chair, request_id, "signal:2", T, "Lijkt onschuldig.")
    with pytest.raises(ValidationError, match="Beoordeel eerst de 6 onderdelen"):
        inzage.release(chair, request_id)
    released = inzage.release(chair, request_id, default_choice=W)
    police = {line.key: line for line in released.sheet}["signal:2"]
    assert police.choice is A and "nog niet nagevraagd bij de bron" in police.note
    assert "huiselijk geweld" not in pdf_text(released.pdf.pdf)
    assert inzage.review_decisions(chair, request_id)["signal:1"].choice is W  # the defaults are recorded


def test_review_input_is_checked(chair, family):
    request_id = request_for(chair, "Mirjam K.", family.mirjam)
    with pytest.raises(NotFound, match="signal:99"):
        inzage.decide(chair, request_id, "signal:99", W, "Reden.")
    with pytest.raises(ValidationError, match="reden van de keuze"):
        inzage.decide(chair, request_id, "signal:1", W, " ")
    assert inzage.review_decisions(chair, request_id) == {}


def test_a_minor_of_thirteen_needs_her_position_and_a_parent_needs_gezag(chair, family):
    by_ruben = request_for(chair, "Sara K.", family.sara, Requester.OUDER, requester_subject_id=family.ruben)
    with pytest.raises(ValidationError, match="geen gezag over Sara K."):
        inzage.release(chair, by_ruben, default_choice=W)
    by_mirjam = request_for(chair, "Sara K.", family.sara, Requester.OUDER,
                            requester_subject_id=family.mirjam)
    with pytest.raises(ValidationError, match="standpunt van de minderjarige"):
        inzage.release(chair, by_mirjam, default_choice=W)
    requests.record_minor_position(chair, by_mirjam, "Sara wil dat haar moeder meekijkt.")
    released = inzage.release(chair, by_mirjam, default_choice=W)
    assert "Sara K." in pdf_text(released.pdf.pdf)
    with chair.unit_of_work() as session:
        assert session.scalar(select(DocumentExport.id).where(DocumentExport.kind == "inzage")) is not None


def test_only_the_chair_reviews_and_releases(ctx, vault, family):
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    secretary = at(as_user(ctx, "notulist"), TODAY)
    request_id = request_for(at(ctx, TODAY), "Mirjam K.", family.mirjam)
    with pytest.raises(NotPermitted, match="Alleen de voorzitter"):
        inzage.decide(secretary, request_id, "signal:1", T, "Mag.")
    with pytest.raises(NotPermitted, match="Alleen de voorzitter geeft een inzage vrij"):
        inzage.release(secretary, request_id, default_choice=W)


def test_a_request_of_another_kind_has_no_inzage(chair, family):
    view = requests.register_request(chair, RequestKind.RECTIFICATIE, "Mirjam K.", [family.mirjam],
                                     Requester.BETROKKENE, TODAY)
    with pytest.raises(ValidationError, match="geen inzageverzoek"):
        inzage.release(chair, view.id, default_choice=W)
