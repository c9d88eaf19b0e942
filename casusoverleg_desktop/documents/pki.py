"""Signing keys and certificates: the vault's own certificate authority and PKCS#12 imports.

At vault creation a small certificate authority (EC P-256, self-signed) is made; it issues each
user an EC P-256 signing certificate naming the user, the role and the organisation, and a
certificate revocation list of the credentials it replaced. How long they last follows a
``CertificatePolicy`` (the retention period of the signed records). An organisation with its own
PKI may import a PKCS#12 file instead. Everything here works on ``cryptography`` objects in
memory; storing them is the service layer's job.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from casusoverleg_desktop.domain.retention import CertificatePolicy
from casusoverleg_desktop.errors import SigningError

__all__ = [
    "CertificateInfo",
    "CertifiedKey",
    "certificate_pem",
    "check_signing_certificate",
    "describe_certificate",
    "fingerprint",
    "issue_user_certificate",
    "load_certificates_pem",
    "load_pkcs12",
    "load_private_key_der",
    "make_crl",
    "make_vault_ca",
    "private_key_der",
]

CRL_VALIDITY = dt.timedelta(days=30)
CLOCK_SKEW = dt.timedelta(minutes=5)
NAME_LIMIT = 64  # X.520 upper bound for CN, O, OU and title

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


@dataclass(frozen=True, eq=False)
class CertifiedKey:
    """A private key with its certificate and the certificates above it (issuer first)."""

    certificate: x509.Certificate
    private_key: SigningKey
    chain: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True)
class CertificateInfo:
    """What a person wants to know about a certificate, in plain values."""

    name: str
    organisation: str
    role: str
    issuer: str
    fingerprint: str
    valid_from: dt.datetime
    valid_until: dt.datetime


# -- making certificates ----------------------------------------------------------------------


def make_vault_ca(organisation: str, vault_id: str = "", *, now: dt.datetime,
                  policy: CertificatePolicy) -> CertifiedKey:
    """A self-signed EC P-256 certificate authority for one vault, valid ``policy.ca_validity``."""
    key = ec.generate_private_key(ec.SECP256R1())
    short_id = (vault_id.replace("-", "")[:8] or secrets.token_hex(4)).upper()
    subject = _name(f"Casusoverleg kluis-CA {short_id}", organisation)
    public = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(now + policy.ca_validity)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )
    return CertifiedKey(builder.sign(key, hashes.SHA256()), key)


def issue_user_certificate(ca: CertifiedKey, display_name: str, organisation: str, role: str, *,
                           now: dt.datetime, policy: CertificatePolicy) -> CertifiedKey:
    """A new EC P-256 key and a signing certificate for it from ``ca``, valid
    ``policy.user_validity`` (never beyond the CA itself).

    The subject holds the user's name (CN), organisation (O) and role (title). Key usage is
    digitalSignature and contentCommitment (non-repudiation), as PAdES validators expect.
    """
    if not display_name.strip():
        raise SigningError("Een certificaat heeft de naam van de ondertekenaar nodig.")
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key()
    ca_public = ca.private_key.public_key()
    not_after = min(now + policy.user_validity, ca.certificate.not_valid_after_utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(display_name, organisation, title=role))
        .issuer_name(ca.certificate.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, content_commitment=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public), critical=False)
    )
    return CertifiedKey(builder.sign(ca.private_key, hashes.SHA256()), key, (ca.certificate,))


def make_crl(ca: CertifiedKey, revoked: Iterable[tuple[x509.Certificate, dt.datetime]], *,
             now: dt.datetime) -> x509.CertificateRevocationList:
    """A CRL from ``ca`` listing each (certificate, revoked at), valid ``CRL_VALIDITY`` from now.

    Only certificates ``ca`` issued are listed; its CRL number is the time in seconds, so a later
    list always has a higher number.
    """
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.certificate.subject)
        .last_update(now)
        .next_update(now + CRL_VALIDITY)
        .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            ca.private_key.public_key()), critical=False)
    )
    for certificate, revoked_at in revoked:
        if certificate.issuer != ca.certificate.subject:
            continue
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(certificate.serial_number)
            .revocation_date(revoked_at)
            .build())
    return builder.sign(ca.private_key, hashes.SHA256())


def _name(common_name: str, organisation: str, title: str = "") -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, _limit(common_name))]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _limit(organisation)))
    if title.strip():
        attributes.append(x509.NameAttribute(NameOID.TITLE, _limit(title)))
    return x509.Name(attributes)


def _limit(text: str) -> str:
    return " ".join(text.split())[:NAME_LIMIT]


def _key_usage(*, digital_signature: bool = False, content_commitment: bool = False,
               key_cert_sign: bool = False, crl_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature, content_commitment=content_commitment,
        key_encipherment=False, data_encipherment=False, key_agreement=False,
        key_cert_sign=key_cert_sign, crl_sign=crl_sign, encipher_only=False, decipher_only=False,
    )


# -- importing a PKCS#12 from an organisation's own PKI ------------------------------------------


def load_pkcs12(data: bytes, password: str, *, now: dt.datetime) -> CertifiedKey:
    """Open a PKCS#12 file (.p12/.pfx) and check that it can sign documents.

    Raises ``SigningError`` with a Dutch message for a wrong password, a file without private
    key or certificate, a key that does not belong to the certificate, or a certificate that is
    expired or not meant for signing (it needs digitalSignature and nonRepudiation).
    """
    if not data or data[0] != 0x30:
        raise SigningError("Dit is geen PKCS#12-bestand (.p12 of .pfx).")
    bundle = None
    for secret in _password_candidates(password):
        try:
            bundle = pkcs12.load_pkcs12(data, secret)
            break
        except ValueError:
            continue
    if bundle is None:
        raise SigningError(
            "Het wachtwoord van het PKCS#12-bestand klopt niet (of het bestand is beschadigd).")
    if bundle.key is None:
        raise SigningError(
            "Het PKCS#12-bestand bevat geen privésleutel, alleen certificaten. Vraag uw "
            "organisatie om een bestand mét de sleutel om mee te ondertekenen.")
    if bundle.cert is None:
        raise SigningError("Het PKCS#12-bestand bevat geen certificaat bij de sleutel.")
    key, certificate = bundle.key, bundle.cert.certificate
    if not isinstance(key, SigningKey):
        raise SigningError(
            "De sleutel in het PKCS#12-bestand is van een soort waarmee dit programma niet kan "
            "ondertekenen; gebruik een RSA- of EC-sleutel.")
    if _public_der(key.public_key()) != _public_der(certificate.public_key()):
        raise SigningError("De sleutel in het PKCS#12-bestand hoort niet bij het certificaat.")
    check_signing_certificate(certificate, now=now)
    chain = tuple(c.certificate for c in bundle.additional_certs)
    return CertifiedKey(certificate, key, _order_chain(certificate, chain))


def _password_candidates(password: str) -> list[bytes | None]:
    return [password.encode("utf-8")] if password else [None, b""]


def _public_der(public_key: CertificatePublicKeyTypes) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _order_chain(leaf: x509.Certificate,
                 others: tuple[x509.Certificate, ...]) -> tuple[x509.Certificate, ...]:
    """The other certificates, issuer of the leaf first, then its issuer, and so on."""
    remaining, ordered, current = list(others), [], leaf
    while remaining:
        issuer = next((c for c in remaining if c.subject == current.issuer), None)
        if issuer is None or issuer is current:
            break
        ordered.append(issuer)
        remaining.remove(issuer)
        if issuer.subject == issuer.issuer:
            break
        current = issuer
    return tuple(ordered + remaining)


def check_signing_certificate(certificate: x509.Certificate, *, now: dt.datetime) -> None:
    """Refuse a certificate that is not (or no longer) fit for signing documents."""
    name = describe_certificate(certificate).name
    if now < certificate.not_valid_before_utc:
        raise SigningError(f"Het certificaat van '{name}' is nog niet geldig.")
    if now > certificate.not_valid_after_utc:
        raise SigningError(f"Het certificaat van '{name}' is verlopen op "
                           f"{certificate.not_valid_after_utc:%d-%m-%Y}.")
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise SigningError(
            f"Het certificaat van '{name}' zegt niet waarvoor het mag worden gebruikt "
            "(geen KeyUsage); voor ondertekenen is ‘digitalSignature’ en ‘nonRepudiation’ "
            "nodig.") from None
    missing = [label for label, present in (("digitalSignature", usage.digital_signature),
                                            ("nonRepudiation", usage.content_commitment))
               if not present]
    if missing:
        raise SigningError(
            f"Het certificaat van '{name}' is niet geschikt om documenten te ondertekenen: het "
            f"mist het sleutelgebruik {' en '.join(f'‘{m}’' for m in missing)}. Vraag uw "
            "organisatie om een ondertekencertificaat.")


# -- describing and (de)serialising -----------------------------------------------------------------


def describe_certificate(certificate: x509.Certificate) -> CertificateInfo:
    subject = certificate.subject

    def first(oid: x509.ObjectIdentifier, name: x509.Name = subject) -> str:
        values = name.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return CertificateInfo(
        name=first(NameOID.COMMON_NAME) or subject.rfc4514_string(),
        organisation=first(NameOID.ORGANIZATION_NAME),
        role=first(NameOID.TITLE) or first(NameOID.ORGANIZATIONAL_UNIT_NAME),
        issuer=first(NameOID.COMMON_NAME, certificate.issuer) or certificate.issuer.rfc4514_string(),
        fingerprint=fingerprint(certificate),
        valid_from=certificate.not_valid_before_utc,
        valid_until=certificate.not_valid_after_utc,
    )


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 fingerprint as upper-case hex pairs joined by colons (as viewers show it)."""
    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def certificate_pem(*certificates: x509.Certificate) -> str:
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in certificates)


def load_certificates_pem(text: str | bytes) -> list[x509.Certificate]:
    """Certificates from PEM text (several may follow each other) or from one DER blob."""
    data = text.encode("ascii") if isinstance(text, str) else text
    if not data.strip():
        return []
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def private_key_der(key: SigningKey) -> bytes:
    """PKCS#8 DER. Not encrypted here: it is only ever stored inside the encrypted vault."""
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_private_key_der(data: bytes) -> SigningKey:
    key = serialization.load_der_private_key(data, password=None)
    if not isinstance(key, SigningKey):
        raise SigningError("De opgeslagen sleutel is van een onbekende soort.")
    return key
