"""Signing use cases: the vault CA, users' signing credentials, signing and verifying documents.

``ensure_vault_ca`` runs when a vault is created; ``ensure_user_credential`` gives the acting user
a credential when they first sign (or when theirs expires). Both are idempotent and take the
certificate terms from ``ctx.certificates``. A user's signing key is stored sealed with that user's
own key (``ctx.own_keys``), so only their own unlock can sign with it: a context for another actor,
or without own keys, signs nothing.
The vault CA's revocation list is made when it is needed (signing, verifying) from the
credentials marked revoked. ``verify_file`` needs no vault at all: it is what a recipient runs.
Signing and verifying call pyHanko, which runs ``asyncio.run`` inside: not from an event loop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.minutes import CHAIR_FIELD, SECRETARY_FIELD
from casusoverleg_desktop.documents.signing import (
    SignatureCheck,
    VerificationReport,
    sign_pdf,
    verify_pdf,
)
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.moments import local_time, stored_moment
from casusoverleg_desktop.errors import InputError, NotFound, SigningError, UnknownUser
from casusoverleg_desktop.services.context import OwnKeys, ServiceContext
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.exchange_models import Peer
from casusoverleg_desktop.store.pki_models import (
    CredentialSource,
    SignatureRecord,
    SigningCredential,
    VaultAuthority,
)

__all__ = [
    "CredentialInfo",
    "acting_key",
    "card_authorities",
    "EXIT_INPUT",
    "EXIT_NOT_OK",
    "EXIT_OK",
    "credential_for",
    "end_of_day",
    "ensure_user_credential",
    "ensure_vault_ca",
    "export_ca_certificate",
    "import_pkcs12",
    "own_roots",
    "report_text",
    "revocation_lists",
    "revoke_credential",
    "sign_document",
    "trust_roots",
    "verify_document",
    "verify_file",
]

EXIT_OK, EXIT_NOT_OK, EXIT_INPUT = 0, 1, 2
# Whose signature field is whose, to name an empty one in the verdict.
FIELD_ROLES = {SECRETARY_FIELD: Role.SECRETARY.label, CHAIR_FIELD: Role.CHAIR.label}
MAX_PKCS12_BYTES = 1_000_000
SEALED_KEY_MARK = b"own-key/1:"  # a signing key sealed with its user's own key; else PKCS#8 DER (before 0.2)


@dataclass(frozen=True)
class CredentialInfo:
    """A user's active signing certificate, without its key."""

    login: str
    source: CredentialSource
    name: str
    organisation: str
    role: str
    issuer: str
    fingerprint: str
    valid_until: dt.datetime
    created_at: dt.datetime


# -- the vault CA and users' credentials ------------------------------------------------------------


def ensure_vault_ca(ctx: ServiceContext, organisation: str, vault_id: str = "") -> pki.CertificateInfo:
    """Make the vault's certificate authority unless it has one; returns its certificate's details."""
    with ctx.unit_of_work() as session:
        return pki.describe_certificate(_ensure_authority(session, ctx, organisation, vault_id)
                                        .certificate)


def ensure_user_credential(ctx: ServiceContext, login: str) -> CredentialInfo:
    """Give ``login`` a key and certificate from the vault CA unless a usable one exists.

    A credential that expired (or expires within a day) is replaced and marked revoked. Only the
    user's own unlock makes one (their key is sealed with their own key).
    """
    with ctx.unit_of_work() as session:
        account = _account(session, login)
        now = ctx.clock()
        current = _active(session, account.login)
        if current is not None and stored_moment(current.valid_until) > now + dt.timedelta(days=1):
            return _info(current)
        own_keys = _own_keys(ctx, account.login)
        authority = _ensure_authority(session, ctx, account.organisation)
        organisation = account.organisation or pki.describe_certificate(
            authority.certificate).organisation
        issued = pki.issue_user_certificate(authority, account.display_name, organisation,
                                            account.role.label, now=now, policy=ctx.certificates)
        return _info(_store_credential(session, account.login, issued,
                                       CredentialSource.VAULT_CA, now, own_keys))


def revoke_credential(ctx: ServiceContext, login: str) -> None:
    """Revoke ``login``'s credential: its key was sealed with an own key that is gone (the user was
    recovered with the recovery code). Their next signature gets a new one."""
    with ctx.unit_of_work() as session:
        current = _active(session, _account(session, login).login)
        if current is not None:
            current.revoked_at = ctx.clock()


def import_pkcs12(ctx: ServiceContext, login: str, data: bytes, password: str) -> CredentialInfo:
    """Use a key and certificate from the organisation's own PKI (a .p12/.pfx file) for ``login``.

    The file is checked first (password, key present, key usage fit for signing); only then is
    the previous credential revoked and the new one stored.
    """
    if len(data) > MAX_PKCS12_BYTES:
        raise SigningError("Dit bestand is te groot voor een PKCS#12-bestand.")
    now = ctx.clock()
    imported = pki.load_pkcs12(data, password, now=now)
    with ctx.unit_of_work() as session:
        account = _account(session, login)
        return _info(_store_credential(session, account.login, imported,
                                       CredentialSource.PKCS12_IMPORT, now,
                                       _own_keys(ctx, account.login)))


def credential_for(ctx: ServiceContext, login: str) -> CredentialInfo | None:
    """The active credential of ``login``, or None when the user has none."""
    with ctx.unit_of_work() as session:
        current = _active(session, _account(session, login).login)
        return _info(current) if current is not None else None


def trust_roots(ctx: ServiceContext) -> list[x509.Certificate]:
    """Certificates this vault trusts: its own, and those of every paired vault (from its card)."""
    with ctx.unit_of_work() as session:
        roots = {pki.fingerprint(cert): cert for cert in own_roots(session)}
        for card in session.scalars(select(Peer.card).where(Peer.removed_at.is_(None)).order_by(Peer.id)):
            for cert in card_authorities(card):
                roots.setdefault(pki.fingerprint(cert), cert)
    return list(roots.values())


def card_authorities(card: str) -> list[x509.Certificate]:
    """The certificates a paired vault's card (``services.packages.peers``) says its signatures
    chain to."""
    return pki.load_certificates_pem("\n".join(json.loads(card)["authorities"]))


def own_roots(session: Session) -> list[x509.Certificate]:
    """The vault's own CA and the top of every imported chain."""
    roots: dict[str, x509.Certificate] = {}
    for authority in session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)):
        for cert in pki.load_certificates_pem(authority.certificate_pem):
            roots.setdefault(pki.fingerprint(cert), cert)
    imported = select(SigningCredential).where(
        SigningCredential.source == CredentialSource.PKCS12_IMPORT)
    for credential in session.scalars(imported.order_by(SigningCredential.id)):
        top = _top_of_chain(pki.load_certificates_pem(credential.certificate_pem)[0],
                            pki.load_certificates_pem(credential.chain_pem))
        roots.setdefault(pki.fingerprint(top), top)
    return list(roots.values())


def acting_key(ctx: ServiceContext) -> pki.CertifiedKey:
    """The acting user's own signing key and certificate (made when they have none): to sign
    what they send. Only their own unlock opens it."""
    own_keys = _ready_to_sign(ctx)
    with ctx.unit_of_work() as session:
        return _acting_credential(session, ctx, own_keys)[1]


def revocation_lists(ctx: ServiceContext) -> list[x509.CertificateRevocationList]:
    """The vault CA's revocation list as of now (none for a vault without a CA)."""
    with ctx.unit_of_work() as session:
        crl = _revocation_list(session, ctx.clock())
    return [crl] if crl is not None else []


def export_ca_certificate(ctx: ServiceContext) -> bytes:
    """The vault CA's certificate as PEM, for partners who want to check signatures."""
    with ctx.unit_of_work() as session:
        authority = session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)).first()
        if authority is None:
            raise NotFound("Deze kluis heeft nog geen eigen certificaatautoriteit.")
        return authority.certificate_pem.encode("ascii")


# -- signing and verifying documents -------------------------------------------------------------


def sign_document(ctx: ServiceContext, pdf_bytes: bytes, field_name: str, *, reason: str,
                  location: str = "", stamp_text: str | None = None) -> bytes:
    """Sign ``field_name`` as the acting user; returns the new PDF and records the signature.

    ``reason`` says what the signature means ("opgesteld", "vastgesteld"). Without
    ``stamp_text`` the stamp reads e.g. "Opgesteld door K. Brinkhorst, notulist", the
    organisation, and the date and time of signing. The signing time in the PDF is the one
    recorded here (``ctx.clock()``, whole seconds, as a PDF holds it); a credential from the vault
    CA is signed with the CA's revocation list embedded. Not from a running asyncio loop.
    """
    own_keys = _ready_to_sign(ctx)
    with ctx.unit_of_work() as session:
        credential, key = _acting_credential(session, ctx, own_keys)
        now = ctx.clock().replace(microsecond=0)
        pki.check_signing_certificate(key.certificate, now=now)
        if stamp_text is None:
            stamp_text = default_stamp_text(pki.describe_certificate(key.certificate), reason, now)
        crl = _revocation_list(session, now)
        crls = [crl] if crl is not None and crl.issuer == key.certificate.issuer else []
        signed = sign_pdf(pdf_bytes, field_name, key, reason=reason, location=location,
                          stamp_text=stamp_text, signed_at=now, crls=crls)
        session.add(SignatureRecord(
            credential_id=credential.id, login=credential.login, field_name=field_name[:80],
            reason=reason[:120], document_sha256=hashlib.sha256(pdf_bytes).hexdigest(),
            signed_sha256=hashlib.sha256(signed).hexdigest(), signed_at=now))
        return signed


def default_stamp_text(signer: pki.CertificateInfo, reason: str, when: dt.datetime) -> str:
    """Three short lines: what and who, the organisation, and when."""
    first = f"{reason[:1].upper()}{reason[1:]} door {signer.name}" if reason else signer.name
    if signer.role:
        first += f", {signer.role}"
    moment = local_time(when)
    lines = [first, signer.organisation,
             f"Digitaal ondertekend op {moment:%d-%m-%Y} om {moment:%H.%M} uur"]
    return "\n".join(line for line in lines if line)


def verify_document(ctx: ServiceContext, pdf_bytes: bytes, *,
                    at: dt.datetime | None = None) -> VerificationReport:
    """Verify with this vault's trust roots (its own CA and imported chains) and its current
    revocation list, as of ``at`` (by default ``ctx.clock()``)."""
    return verify_pdf(pdf_bytes, trust_roots(ctx), crls=revocation_lists(ctx), at=at or ctx.clock(),
                      field_roles=FIELD_ROLES)


def verify_file(path: Path | str, trust_root_paths: list[Path | str] | None = None, *,
                extra_roots: list[x509.Certificate] | None = None,
                crls: list[x509.CertificateRevocationList] | None = None,
                at: dt.datetime | None = None) -> tuple[int, str]:
    """Verify a signed PDF without a vault; returns (exit code, report text in Dutch).

    Exit code 0 only when the document is signed, no signature field is empty (a partly signed
    document, or one cut back to before a signature) and every signature is intact, valid, trusted
    (chains to a certificate in ``trust_root_paths`` or ``extra_roots``, not revoked according to
    the document's own revocation lists and ``crls``) and unchanged since; 1 when it is not; 2
    when the PDF or a CA file cannot be read. ``at`` checks as of another moment than now.
    """
    path = Path(path)
    try:
        pdf_bytes = path.read_bytes()
    except OSError:
        return EXIT_INPUT, f"Het bestand {path} kan niet worden gelezen."
    roots = list(extra_roots or [])
    for root_path in trust_root_paths or []:
        try:
            roots.extend(read_certificates(root_path))
        except InputError as exc:
            return EXIT_INPUT, exc.message
    report = verify_pdf(pdf_bytes, roots, crls=crls or [], at=at, field_roles=FIELD_ROLES)
    return (EXIT_OK if report.ok else EXIT_NOT_OK), report_text(report, path.name, roots)


def end_of_day(text: str) -> dt.datetime:
    """The last second of day JJJJ-MM-DD in Dutch time: "check as if it were that day"."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2033-02-26.") from None
    return local_time(dt.datetime.combine(day, dt.time(12), dt.UTC)).replace(hour=23, minute=59, second=59)


def read_certificates(path: Path | str) -> list[x509.Certificate]:
    """Certificates from a PEM or DER file; ``InputError`` with the file name when unreadable."""
    path = Path(path)
    try:
        found = pki.load_certificates_pem(path.read_bytes())
    except OSError:
        raise InputError(f"Het certificaatbestand {path} kan niet worden gelezen.") from None
    except ValueError:
        raise InputError(f"{path} is geen certificaat (verwacht: PEM of DER).") from None
    if not found:
        raise InputError(f"In {path} staat geen certificaat.")
    return found


def report_text(report: VerificationReport, document_name: str,
                roots: list[x509.Certificate]) -> str:
    """The verification report as plain Dutch text, one block per signature."""
    lines = [f"Controle van de handtekeningen in {document_name}",
             f"Gecontroleerd per: {local_time(report.checked_at):%d-%m-%Y %H.%M} uur"]
    if roots:
        lines.append("Vertrouwd certificaat: " + "; ".join(
            f"{info.name} (SHA-256 {info.fingerprint[:23]}…)"
            for info in map(pki.describe_certificate, roots)))
    else:
        lines.append("Er is geen vertrouwd CA-certificaat opgegeven: zonder het certificaat van de "
                     "afzender is niet vast te stellen of de ondertekenaars zijn wie ze zeggen.")
    for number, check in enumerate(report.signatures, start=1):
        lines.extend(["", *_signature_lines(number, check)])
    if report.unsigned_fields:
        lines.extend(["", "Leeg (niet ondertekend): " + ", ".join(
            f"veld '{name}'" + (f" ({FIELD_ROLES[name]})" if name in FIELD_ROLES else "")
            for name in report.unsigned_fields)])
    lines.extend(["", f"Oordeel: {report.verdict}"])
    return "\n".join(lines) + "\n"


def _signature_lines(number: int, check: SignatureCheck) -> list[str]:
    def yes_no(value: bool) -> str:
        return "ja" if value else "NEE"

    who = ", ".join(part for part in (check.signer, check.role, check.organisation) if part)
    when = (f"{local_time(check.signed_at):%d-%m-%Y %H.%M} uur (volgens de ondertekenaar)"
            if check.signed_at else "onbekend")
    heading = f"{number}. Veld '{check.field}'" + (f" — {check.reason}" if check.reason else "")
    lines = [
        heading,
        f"   Ondertekenaar:     {who}",
        f"   Tijdstip:          {when}",
        f"   Intact:            {yes_no(check.intact)}",
        f"   Geldig:            {yes_no(check.valid)}",
        f"   Vertrouwd:         {yes_no(check.trusted)}"
        + (f" (uitgegeven door {check.issuer})" if check.issuer else ""),
        f"   Daarna gewijzigd:  {'JA' if check.changed_after else 'nee'}",
    ]
    lines.extend(f"   ! {problem}" for problem in check.problems)
    lines.extend(f"   Let op: {note}" for note in check.notes)
    return lines


# -- internals ----------------------------------------------------------------------------------------


def _account(session: Session, login: str) -> UserAccount:
    account = session.scalar(select(UserAccount).where(
        UserAccount.login == login.strip(), UserAccount.removed_at.is_(None)))
    if account is None:
        raise UnknownUser(f"Er is geen gebruiker '{login}' in deze kluis.")
    return account


def _active(session: Session, login: str) -> SigningCredential | None:
    return session.scalars(
        select(SigningCredential)
        .where(SigningCredential.login == login, SigningCredential.revoked_at.is_(None))
        .order_by(SigningCredential.id.desc())
    ).first()


def _ensure_authority(session: Session, ctx: ServiceContext, organisation: str,
                      vault_id: str = "") -> pki.CertifiedKey:
    authority = _authority(session)
    if authority is not None:
        return authority
    now = ctx.clock()
    authority = pki.make_vault_ca(organisation, vault_id, now=now, policy=ctx.certificates)
    info = pki.describe_certificate(authority.certificate)
    session.add(VaultAuthority(
        subject=info.name, fingerprint=info.fingerprint,
        certificate_pem=pki.certificate_pem(authority.certificate),
        private_key_der=pki.private_key_der(authority.private_key), created_at=now))
    session.flush()
    return authority


def _authority(session: Session) -> pki.CertifiedKey | None:
    row = session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)).first()
    if row is None:
        return None
    return pki.CertifiedKey(pki.load_certificates_pem(row.certificate_pem)[0],
                            pki.load_private_key_der(row.private_key_der))


def _revocation_list(session: Session, now: dt.datetime) -> x509.CertificateRevocationList | None:
    authority = _authority(session)
    if authority is None:
        return None
    revoked = session.scalars(select(SigningCredential).where(SigningCredential.revoked_at.is_not(None))
                              .order_by(SigningCredential.id))
    return pki.make_crl(authority, [(pki.load_certificates_pem(c.certificate_pem)[0],
                                     stored_moment(c.revoked_at)) for c in revoked
                                    if c.revoked_at is not None], now=now)


def _own_keys(ctx: ServiceContext, login: str) -> OwnKeys:
    """The own keys of ``login`` when ``login`` is who unlocked and acts; else ``SigningError``."""
    own = ctx.own_keys
    if own is None or own.login.casefold() != login.casefold() \
            or ctx.actor.casefold() != login.casefold():
        raise SigningError(
            f"Alleen {login} zelf kan als {login} ondertekenen: ontgrendel de kluis met het eigen "
            "wachtwoord van die gebruiker.")
    return own


def _ready_to_sign(ctx: ServiceContext) -> OwnKeys:
    """The acting user's own keys, once they have a usable credential (made when they have none)."""
    own_keys = _own_keys(ctx, ctx.actor)
    ensure_user_credential(ctx, ctx.actor)
    return own_keys


def _acting_credential(session: Session, ctx: ServiceContext,
                       own_keys: OwnKeys) -> tuple[SigningCredential, pki.CertifiedKey]:
    credential = _active(session, ctx.actor)
    if credential is None:  # pragma: no cover - _ready_to_sign just made one
        raise SigningError("U heeft geen certificaat om mee te ondertekenen.")
    return credential, _certified_key(credential, own_keys)


def _key_purpose(login: str, fingerprint: str) -> str:
    return f"signing-key/{login}/{fingerprint}"


def _store_credential(session: Session, login: str, key: pki.CertifiedKey,
                      source: CredentialSource, now: dt.datetime,
                      own_keys: OwnKeys) -> SigningCredential:
    current = _active(session, login)
    if current is not None:
        current.revoked_at = now
    info = pki.describe_certificate(key.certificate)
    credential = SigningCredential(
        login=login, source=source, subject=info.name[:200], fingerprint=info.fingerprint,
        certificate_pem=pki.certificate_pem(key.certificate),
        chain_pem=pki.certificate_pem(*key.chain),
        private_key_der=SEALED_KEY_MARK + own_keys.seal(_key_purpose(login, info.fingerprint),
                                                         pki.private_key_der(key.private_key)),
        valid_until=info.valid_until, created_at=now, revoked_at=None)
    session.add(credential)
    session.flush()
    return credential


def _certified_key(credential: SigningCredential, own_keys: OwnKeys) -> pki.CertifiedKey:
    """The credential's key, opened with its user's own key. A key stored before 0.2 (not
    sealed) is sealed now, by its own user's first signature."""
    purpose = _key_purpose(credential.login, credential.fingerprint)
    stored = credential.private_key_der
    if stored.startswith(SEALED_KEY_MARK):
        der = own_keys.open(purpose, stored[len(SEALED_KEY_MARK):])
    else:
        der = stored
        credential.private_key_der = SEALED_KEY_MARK + own_keys.seal(purpose, der)
    return pki.CertifiedKey(
        pki.load_certificates_pem(credential.certificate_pem)[0],
        pki.load_private_key_der(der),
        tuple(pki.load_certificates_pem(credential.chain_pem)))


def _top_of_chain(leaf: x509.Certificate, chain: list[x509.Certificate]) -> x509.Certificate:
    """The root of an imported chain, else the highest certificate above the leaf it came with."""
    top, seen = leaf, {pki.fingerprint(leaf)}
    while top.issuer != top.subject:
        issuer = next((c for c in chain if c.subject == top.issuer
                       and pki.fingerprint(c) not in seen), None)
        if issuer is None:
            break
        top = issuer
        seen.add(pki.fingerprint(top))
    return top


def _info(credential: SigningCredential) -> CredentialInfo:
    info = pki.describe_certificate(pki.load_certificates_pem(credential.certificate_pem)[0])
    return CredentialInfo(
        login=credential.login, source=credential.source, name=info.name,
        organisation=info.organisation, role=info.role, issuer=info.issuer,
        fingerprint=info.fingerprint, valid_until=info.valid_until,
        created_at=stored_moment(credential.created_at))

