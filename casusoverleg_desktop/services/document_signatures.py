"""Signatures on exported documents, and the adopted minutes' revisions stored in the vault.

Once a minutes version is adopted, its first export is stored in the vault (with both signature
fields) and every later export or signature starts from that stored PDF, so the adopted text stays
frozen and the chair can sign after the minute taker: the notulist signs 'opgesteld' first, then
the voorzitter 'vastgesteld'. Signing needs an adopted version. Other documents get one signature
of the acting user when asked for.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.data import BuiltDocument
from casusoverleg_desktop.documents.fields import field_specs, invisible_field, signature_fields
from casusoverleg_desktop.documents.minutes import CHAIR_FIELD, SECRETARY_FIELD
from casusoverleg_desktop.documents.signing import prepare_signature_fields
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import MinutesStatus
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import SigningError
from casusoverleg_desktop.services import minutes as minutes_service
from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_data import account_role
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.document_models import MinutesDocument
from casusoverleg_desktop.store.models import MinutesVersion

__all__ = [
    "CHAIR_FIELD",
    "SECRETARY_FIELD",
    "SIGNED_FIELD",
    "check_signing_order",
    "latest_stored_minutes",
    "minutes_signature_field",
    "sign_built",
    "sign_existing_pdf",
    "sign_minutes_pdf",
    "signature_fields",
    "signature_request",
    "signing_role",
    "store_minutes_revision",
]

SIGNED_FIELD = "ondertekend"


# -- one signature of the acting user --------------------------------------------------------------


def _signer_label(session: Session, ctx: ServiceContext) -> tuple[str, str]:
    account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
    name = account.display_name if account else ctx.actor
    role = account.role.label if account else ""
    return SIGNED_FIELD, f"Ondertekend: {name}" + (f", {role}" if role else "")


def signature_request(ctx: ServiceContext, sign: bool) -> tuple[tuple[str, str], ...]:
    """The signature field a builder lays out for the acting user, when signing is asked for."""
    if not sign:
        return ()
    with ctx.unit_of_work() as session:
        return (_signer_label(session, ctx),)


def sign_built(ctx: ServiceContext, built: BuiltDocument, reason: str = "ondertekend") -> BuiltDocument:
    prepared = prepare_signature_fields(built.pdf, field_specs(built.signature_areas))
    signed = signing.sign_document(ctx, prepared, SIGNED_FIELD, reason=reason)
    return BuiltDocument(signed, built.page_count, built.title, built.suggested_name, built.signature_areas)


# -- minutes: stored revisions and the two signatures ----------------------------------------------


def signing_role(ctx: ServiceContext) -> Role | None:
    """The role the acting user signs minutes in: the one ``export_minutes(sign=True)`` and
    ``sign_existing_pdf`` sign with (None for a login without an account)."""
    with ctx.unit_of_work() as session:
        return account_role(session, ctx.actor)


def minutes_signature_field(role: Role | None) -> tuple[str, str]:
    """The field and reason a role signs minutes in: notulist 'opgesteld', voorzitter 'vastgesteld'."""
    if role is Role.SECRETARY:
        return SECRETARY_FIELD, "opgesteld"
    if role is Role.CHAIR:
        return CHAIR_FIELD, "vastgesteld"
    raise SigningError("Alleen de notulist en de voorzitter ondertekenen een verslag.")


def latest_stored_minutes(session: Session, version_id: int) -> MinutesDocument | None:
    return session.scalars(select(MinutesDocument).where(MinutesDocument.minutes_version_id == version_id)
                           .order_by(MinutesDocument.revision.desc())).first()


def store_minutes_revision(session: Session, ctx: ServiceContext, version_id: int, pdf: bytes, pages: int,
                           step: str) -> None:
    """Keep ``pdf`` as the next revision of the adopted minutes (``step``: what was done to it)."""
    revision = 1 + (session.scalar(select(func.max(MinutesDocument.revision)).where(
        MinutesDocument.minutes_version_id == version_id)) or 0)
    session.add(MinutesDocument(minutes_version_id=version_id, revision=revision, pdf=pdf,
                                sha256=hashlib.sha256(pdf).hexdigest(), page_count=pages, step=step,
                                created_at=ctx.clock(), created_by=ctx.actor))


def check_signing_order(fields: dict[str, bool], field: str) -> None:
    if field not in fields:
        raise SigningError(f"Dit document heeft geen handtekeningveld '{field}'.")
    if fields[field]:
        raise SigningError(f"Het veld '{field}' is al ondertekend.")
    if field == CHAIR_FIELD and not fields.get(SECRETARY_FIELD, True):
        raise SigningError("De notulist ondertekent eerst (opgesteld); daarna de voorzitter (vastgesteld).")


def sign_minutes_pdf(ctx: ServiceContext, version_id: int, pdf: bytes, pages: int, field: str,
                     reason: str, location: str) -> bytes:
    """Sign a stored minutes revision in ``field`` and store the result; with both signatures in,
    the minutes version becomes 'ondertekend'."""
    fields = signature_fields(pdf)
    check_signing_order(fields, field)
    signed = signing.sign_document(ctx, pdf, field, reason=reason, location=location)
    with ctx.unit_of_work() as session:
        store_minutes_revision(session, ctx, version_id, signed, pages, reason)
    fields[field] = True
    if fields.get(SECRETARY_FIELD) and fields.get(CHAIR_FIELD):
        _mark_signed(ctx, version_id)
    return signed


def _mark_signed(ctx: ServiceContext, version_id: int) -> None:
    """Both signatures are in: the minutes version becomes 'ondertekend', by whom actually signed."""
    with ctx.unit_of_work() as session:
        version = fetch(session, MinutesVersion, version_id)
        if version.status is not MinutesStatus.VASTGESTELD:
            return
        current = minutes_service.current_version(session, version.meeting_id)
        if current is None:  # pragma: no cover - the meeting has this version, so a current one
            return
        signatures = current.signatures
    by_capacity = {s.capacity: s for s in signatures}
    chair, taker = by_capacity.get(CHAIR_FIELD), by_capacity.get(SECRETARY_FIELD)  # reason = field
    if chair is None or taker is None:
        return
    signed_on = local_time(chair.signed_at).date()
    if version.adopted_on is not None:  # always, once vastgesteld
        signed_on = max(signed_on, version.adopted_on)
    minutes_service.sign_minutes(ctx, version_id, chair.signer, taker.signer, signed_on)


def sign_existing_pdf(ctx: ServiceContext, pdf_bytes: bytes) -> bytes:
    """Add the acting user's signature to a PDF (``casusoverleg sign``).

    The field follows the user's role (notulist: 'opgesteld', voorzitter: 'vastgesteld'); a PDF with
    exactly one empty field gets that one; an unsigned PDF without fields gets an invisible one. A
    stored minutes revision signed this way is stored again, so the next signer can continue.
    """
    fields = signature_fields(pdf_bytes)
    with ctx.unit_of_work() as session:
        role = account_role(session, ctx.actor)
        stored = session.scalars(select(MinutesDocument).where(
            MinutesDocument.sha256 == hashlib.sha256(pdf_bytes).hexdigest())
            .order_by(MinutesDocument.id.desc())).first()
        stored_version, stored_pages = (stored.minutes_version_id, stored.page_count) if stored else (None, 0)
    by_role = {Role.SECRETARY: SECRETARY_FIELD, Role.CHAIR: CHAIR_FIELD}
    preferred = by_role.get(role, SIGNED_FIELD) if role is not None else SIGNED_FIELD
    reason = {SECRETARY_FIELD: "opgesteld", CHAIR_FIELD: "vastgesteld"}.get(preferred, "ondertekend")
    empty = [name for name, filled in fields.items() if not filled]
    if preferred in fields:
        field = preferred
    elif len(empty) == 1:
        field, reason = empty[0], "ondertekend"
    elif not fields:
        pdf_bytes = prepare_signature_fields(pdf_bytes, [invisible_field(preferred)])
        field = preferred
    elif not empty:
        raise SigningError("Alle handtekeningvelden van dit document zijn al ondertekend; een nieuw veld "
                           "toevoegen zou de bestaande handtekeningen ongeldig maken.")
    else:
        raise SigningError("Dit document heeft meerdere lege handtekeningvelden ("
                           f"{', '.join(empty)}) en geen veld voor uw rol.")
    if stored_version is not None:
        return sign_minutes_pdf(ctx, stored_version, pdf_bytes, stored_pages, field, reason, "")
    check_signing_order(signature_fields(pdf_bytes), field)
    return signing.sign_document(ctx, pdf_bytes, field, reason=reason)
