"""The signing services on a real encrypted vault: CA, credentials, signing, verify_file."""

from __future__ import annotations

from pathlib import Path

import pytest
from other_users import as_user
from signing_testkit import MINUTES_FIELDS, ORGANISATION, P12_PASSWORD, OrganisationPki, minutes_pdf
from vault_admin_kit import admin_of

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.signing import prepare_signature_fields
from casusoverleg_desktop.domain.accounts import Role, User
from casusoverleg_desktop.errors import NotFound, SigningError, UnknownUser
from casusoverleg_desktop.services import audit
from casusoverleg_desktop.services import signing as service
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.pki_models import CredentialSource
from casusoverleg_desktop.vault.vault import OpenVault, create_vault

SECOND_PASSPHRASE = "notulist schrijft alles op"


@pytest.fixture
def zvh(vault: OpenVault, ctx: ServiceContext) -> ServiceContext:
    """What the lead's create_vault/add_user hooks do: a CA, a secretary, both users certified."""
    service.ensure_vault_ca(ctx, ORGANISATION, vault.vault_id)
    admin_of(vault).add_user("notulist", Role.SECRETARY, SECOND_PASSPHRASE, display_name="K. Brinkhorst",
                   organisation=ORGANISATION)
    service.ensure_user_credential(ctx, "voorzitter")
    service.ensure_user_credential(as_user(ctx, "notulist"), "notulist")
    return ctx


def signed_minutes(zvh: ServiceContext) -> bytes:
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    first = service.sign_document(as_user(zvh, "notulist"), prepared, "opgesteld",
                                  reason="opgesteld", location="Lindeveld")
    return service.sign_document(zvh, first, "vastgesteld", reason="vastgesteld",
                                 location="Lindeveld")


def test_ca_and_credentials_are_made_once(zvh, vault):
    again = service.ensure_vault_ca(zvh, "Iets anders")
    assert again.name == f"Casusoverleg kluis-CA {vault.vault_id.replace('-', '')[:8].upper()}"
    assert again.organisation == ORGANISATION
    first = service.credential_for(zvh, "notulist")
    assert service.ensure_user_credential(as_user(zvh, "notulist"), "notulist") == first
    assert first.source is CredentialSource.VAULT_CA
    assert (first.name, first.role, first.organisation) == ("K. Brinkhorst", "notulist", ORGANISATION)
    chair = service.credential_for(zvh, "voorzitter")
    assert (chair.name, chair.role) == ("Marloes Dekkers", "voorzitter")
    assert chair.organisation == ORGANISATION  # the account has none: the CA's organisation
    assert [pki.describe_certificate(c).name for c in service.trust_roots(zvh)] == [again.name]


def test_unknown_user_has_no_credential(zvh):
    with pytest.raises(UnknownUser, match="Er is geen gebruiker 'niemand'"):
        service.ensure_user_credential(zvh, "niemand")


def test_private_keys_are_not_readable_in_the_vault_file(zvh, vault):
    with zvh.unit_of_work() as session:
        from casusoverleg_desktop.store.pki_models import SigningCredential

        key_der = session.query(SigningCredential).first().private_key_der
    vault.close()
    raw = b"".join(p.read_bytes() for p in vault.paths.root.glob("*.db*"))
    assert key_der[-32:] not in raw
    assert b"BEGIN CERTIFICATE" not in raw


def test_sign_minutes_as_secretary_then_chair_and_verify(zvh, tmp_path: Path):
    signed = signed_minutes(zvh)
    report = service.verify_document(zvh, signed)
    assert report.ok, report.verdict
    assert report.verdict == ("Geldig ondertekend door K. Brinkhorst (opgesteld) en Marloes Dekkers "
                              "(vastgesteld); niets gewijzigd na ondertekening.")
    entries = [(e.actor, e.action, e.entity_type) for e in audit.recent_entries(zvh, 50)]
    assert ("notulist", "aangemaakt", "signature_record") in entries
    assert ("voorzitter", "aangemaakt", "signature_record") in entries


def test_verify_file_with_the_exported_ca(zvh, tmp_path: Path):
    pdf = tmp_path / "verslag LV-2025-014.pdf"
    pdf.write_bytes(signed_minutes(zvh))
    ca_file = tmp_path / "kluis-ca.pem"
    ca_file.write_bytes(service.export_ca_certificate(zvh))

    code, text = service.verify_file(pdf, [ca_file])
    assert code == 0
    assert "1. Veld 'opgesteld' — opgesteld" in text
    assert "   Ondertekenaar:     K. Brinkhorst, notulist, Zorg- en Veiligheidshuis Lindeveld" in text
    assert "   Vertrouwd:         ja (uitgegeven door Casusoverleg kluis-CA" in text
    assert text.rstrip().endswith("niets gewijzigd na ondertekening.")

    code, text = service.verify_file(pdf)
    assert code == 1
    assert "Er is geen vertrouwd CA-certificaat opgegeven" in text
    assert "   Vertrouwd:         NEE" in text

    stranger = tmp_path / "ander.pem"
    other_ca = pki.make_vault_ca("Ander", now=zvh.clock(), policy=zvh.certificates)
    stranger.write_text(pki.certificate_pem(other_ca.certificate))
    assert service.verify_file(pdf, [stranger])[0] == 1

    tampered = tmp_path / "gewijzigd.pdf"
    data = bytearray(pdf.read_bytes())
    data[data.index(b"Verslag casusoverleg") + 2] ^= 0x20
    tampered.write_bytes(bytes(data))
    code, text = service.verify_file(tampered, [ca_file])
    assert code == 1 and "Oordeel: Niet in orde." in text


def test_verify_file_input_problems_exit_2(tmp_path: Path):
    assert service.verify_file(tmp_path / "weg.pdf") == (2, f"Het bestand {tmp_path / 'weg.pdf'} "
                                                           "kan niet worden gelezen.")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(minutes_pdf(1))
    junk = tmp_path / "ca.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n")
    code, text = service.verify_file(pdf, [junk])
    assert code == 2 and "geen certificaat" in text


def test_export_ca_without_ca_is_not_found(tmp_path: Path):
    bare, _ = create_vault(tmp_path / "zonder-ca", User("voorzitter", "Voorzitter", Role.CHAIR),
                           "een kluis zonder CA", settings=Settings())
    try:
        with pytest.raises(NotFound, match="nog geen eigen certificaatautoriteit"):
            service.export_ca_certificate(ServiceContext(VaultSession(bare), "voorzitter"))
    finally:
        bare.close()


def test_imported_pkcs12_signs_and_its_root_is_trusted(zvh):
    org = OrganisationPki()
    info = service.import_pkcs12(zvh, "voorzitter", org.pkcs12("M. Dekkers"), P12_PASSWORD)
    assert info.source is CredentialSource.PKCS12_IMPORT
    assert (info.name, info.issuer) == ("M. Dekkers", "Gemeente Lindeveld Ondertekening CA")
    assert service.credential_for(zvh, "voorzitter") == info
    assert org.root in service.trust_roots(zvh)
    report = service.verify_document(zvh, signed_minutes(zvh))
    assert report.ok, report.verdict
    assert report.signatures[1].signer == "M. Dekkers"
    assert report.signatures[1].issuer == "Gemeente Lindeveld Ondertekening CA"


def test_failed_import_keeps_the_current_credential(zvh):
    before = service.credential_for(zvh, "voorzitter")
    with pytest.raises(SigningError, match="wachtwoord van het PKCS#12-bestand klopt niet"):
        service.import_pkcs12(zvh, "voorzitter", OrganisationPki().pkcs12(), "fout")
    assert service.credential_for(zvh, "voorzitter") == before


def test_default_stamp_text_is_short_dutch_lines():
    import datetime as dt

    info = pki.CertificateInfo("K. Brinkhorst", ORGANISATION, "notulist", "CA", "AA",
                               dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                               dt.datetime(2028, 1, 1, tzinfo=dt.UTC))
    text = service.default_stamp_text(info, "opgesteld",
                                      dt.datetime(2025, 2, 26, 15, 12, tzinfo=dt.UTC))
    assert text == ("Opgesteld door K. Brinkhorst, notulist\nZorg- en Veiligheidshuis Lindeveld\n"
                    "Digitaal ondertekend op 26-02-2025 om 16.12 uur")
