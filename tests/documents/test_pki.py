"""The vault CA, user certificates and PKCS#12 imports (documents.pki)."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from signing_testkit import ORGANISATION, P12_PASSWORD, POLICY, OrganisationPki, _usage, now

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.errors import SigningError


@pytest.fixture(scope="module")
def vault_ca() -> pki.CertifiedKey:
    return pki.make_vault_ca(ORGANISATION, "3f9a2c7e-1b", now=now(), policy=POLICY)


@pytest.fixture(scope="module")
def org_pki() -> OrganisationPki:
    return OrganisationPki()


def test_vault_ca_is_a_self_signed_p256_authority(vault_ca):
    cert = vault_ca.certificate
    assert isinstance(vault_ca.private_key, ec.EllipticCurvePrivateKey)
    assert vault_ca.private_key.curve.name == "secp256r1"
    assert cert.subject == cert.issuer
    cert.verify_directly_issued_by(cert)
    info = pki.describe_certificate(cert)
    assert info.name == "Casusoverleg kluis-CA 3F9A2C7E"
    assert info.organisation == ORGANISATION
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 16.9 < years < 17.1  # five years' retention, two of margin, ten of issuing


def test_user_certificate_names_person_role_and_organisation(vault_ca):
    user = pki.issue_user_certificate(vault_ca, "K. Brinkhorst", ORGANISATION, "notulist", now=now(),
                                      policy=POLICY)
    cert = user.certificate
    cert.verify_directly_issued_by(vault_ca.certificate)
    assert user.chain == (vault_ca.certificate,)
    info = pki.describe_certificate(cert)
    assert (info.name, info.organisation, info.role) == ("K. Brinkhorst", ORGANISATION, "notulist")
    assert info.issuer == "Casusoverleg kluis-CA 3F9A2C7E"
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert not usage.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 6.99 < years < 7.01  # five years' retention and two of margin
    pki.check_signing_certificate(cert, now=now())


def test_long_names_are_cut_to_the_x500_limit(vault_ca):
    user = pki.issue_user_certificate(vault_ca, "Mr. drs. " + "Van " * 30 + "Dijk", "", "voorzitter",
                                      now=now(), policy=POLICY)
    cn = user.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert len(cn) == 64
    assert not user.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)


def test_keys_and_certificates_round_trip(vault_ca):
    key = pki.load_private_key_der(pki.private_key_der(vault_ca.private_key))
    assert key.private_numbers() == vault_ca.private_key.private_numbers()
    pem = pki.certificate_pem(vault_ca.certificate, vault_ca.certificate)
    assert pki.load_certificates_pem(pem) == [vault_ca.certificate] * 2
    assert pki.fingerprint(vault_ca.certificate).count(":") == 31


def test_pkcs12_from_own_pki_is_accepted_with_its_chain_in_order(org_pki):
    imported = pki.load_pkcs12(org_pki.pkcs12(), P12_PASSWORD, now=now())
    assert pki.describe_certificate(imported.certificate).name == "M. Dekkers"
    assert imported.chain == (org_pki.sub, org_pki.root)


def test_pkcs12_with_wrong_password_is_refused_plainly(org_pki):
    with pytest.raises(SigningError) as caught:
        pki.load_pkcs12(org_pki.pkcs12(), "verkeerd wachtwoord", now=now())
    assert caught.value.message == (
        "Het wachtwoord van het PKCS#12-bestand klopt niet (of het bestand is beschadigd).")


def test_a_file_that_is_not_pkcs12_is_named_so():
    with pytest.raises(SigningError, match="Dit is geen PKCS#12-bestand"):
        pki.load_pkcs12(b"%PDF-1.7 ...", P12_PASSWORD, now=now())


def test_pkcs12_without_private_key_is_refused(org_pki):
    with pytest.raises(SigningError, match="bevat geen privésleutel"):
        pki.load_pkcs12(org_pki.pkcs12(with_key=False), P12_PASSWORD, now=now())


def test_certificate_without_non_repudiation_is_refused_on_import(org_pki):
    data = org_pki.pkcs12(usage=_usage(digital_signature=True, key_encipherment=True))
    with pytest.raises(SigningError) as caught:
        pki.load_pkcs12(data, P12_PASSWORD, now=now())
    assert "niet geschikt om documenten te ondertekenen" in caught.value.message
    assert "‘nonRepudiation’" in caught.value.message
    assert "digitalSignature" not in caught.value.message


def test_expired_certificate_is_refused_on_import(org_pki):
    data = org_pki.pkcs12(start=now() - dt.timedelta(days=400), days=365)
    with pytest.raises(SigningError, match="is verlopen op"):
        pki.load_pkcs12(data, P12_PASSWORD, now=now())
