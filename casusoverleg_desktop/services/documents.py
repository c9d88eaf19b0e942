"""Documents: cut a meeting's content for its reader, build the PDF, sign it, log the export.

Minutes, decision list and extracts of a closed meeting come from its frozen record
(``services.meeting_record``): later work never changes them. Each ``*_data`` function reads in
one unit of work and returns frozen values (``documents.data``),
so a GUI can show a preview and call a builder with a progress callback. The ``export_*``
functions do the whole action: build in memory, add signature fields and signatures when asked,
record the export, and return a ``BuiltDocument``; ``save_pdf`` writes it atomically to the file
the user chose. Nothing is written anywhere else, and nothing at all before the vault is open.

Minutes: once a version is adopted, its first export is stored in the vault (with both signature
fields) and every later export or signature starts from that stored PDF, so the adopted text stays
frozen and the chair can sign after the minute taker. Signing needs an adopted version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.acrobat_instructions import build_acrobat_instructions
from casusoverleg_desktop.documents.agenda import build_agenda
from casusoverleg_desktop.documents.data import (
    ActionListData,
    AgendaData,
    AgendaSlot,
    BuiltDocument,
    CaInstructionData,
    CaseSection,
    ExportStamp,
    ExtractData,
    FeedbackLetterData,
    MinutesData,
    MinutesState,
    PartnerRef,
    RecoverySheetData,
)
from casusoverleg_desktop.documents.extract import build_extract
from casusoverleg_desktop.documents.fields import field_specs, invisible_field, signature_fields
from casusoverleg_desktop.documents.layout import ProgressCallback, file_name
from casusoverleg_desktop.documents.letters import build_feedback_letter
from casusoverleg_desktop.documents.lists import build_action_list
from casusoverleg_desktop.documents.minutes import CHAIR_FIELD, SECRETARY_FIELD, build_minutes
from casusoverleg_desktop.documents.recovery_sheet import build_recovery_sheet
from casusoverleg_desktop.documents.signing import prepare_signature_fields
from casusoverleg_desktop.domain.agenda import case_item_title
from casusoverleg_desktop.domain.enums import MinutesStatus
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import CasusoverlegError, InputError, NotFound, SigningError
from casusoverleg_desktop.services import minutes as minutes_service
from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.audit import record_opened, unit_of_work
from casusoverleg_desktop.services.balance import minutes_balance_summary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.meeting_record import (
    STANDARD_ITEM_MINUTES,
    BalanceProvider,
    Names,
    case_items,
    cases_of,
    header,
    invited,
    legal_basis,
    meeting_attendance,
    numbering,
    record_of,
    start_times,
)
from casusoverleg_desktop.services.minutes import MinutesInfo
from casusoverleg_desktop.store.accounts import Role, UserAccount
from casusoverleg_desktop.store.document_models import DocumentExport, MinutesDocument
from casusoverleg_desktop.store.models import (
    Case,
    Meeting,
    MinutesVersion,
    Partner,
    Reporter,
    ReporterFeedback,
)
from casusoverleg_desktop.store.pki_models import VaultAuthority

DEFAULT_ORGANISATION = "Zorg- en Veiligheidshuis"
SIGNED_FIELD = "ondertekend"

class SensitiveDataNotAcknowledged(CasusoverlegError):
    """An extract holds special-category or criminal data and the user has not confirmed it."""

    exit_code = 1

    def __init__(self, message: str, case_codes: tuple[str, ...]) -> None:
        super().__init__(message)
        self.case_codes = case_codes


class AmbiguousPartner(InputError):
    def __init__(self, message: str, candidates: tuple[str, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str


# -- who and what -----------------------------------------------------------------------------------


def find_partner(ctx: ServiceContext, fragment: str) -> PartnerChoice:
    """The one partner whose name contains ``fragment`` (case-insensitive); else a listing error."""
    wanted = fragment.strip().casefold()
    if not wanted:
        raise InputError("Geef (een deel van) de naam van de partner op.")
    with unit_of_work(ctx) as session:
        everyone = [PartnerChoice(p.id, p.name)
                    for p in session.scalars(select(Partner).order_by(Partner.name))]
    exact = [p for p in everyone if p.name.casefold() == wanted]
    found = exact or [p for p in everyone if wanted in p.name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        names = tuple(p.name for p in everyone)
        raise AmbiguousPartner(
            f"Geen partner heeft '{fragment}' in de naam. Partners: {', '.join(names) or 'geen'}.", names)
    names = tuple(p.name for p in found)
    raise AmbiguousPartner(
        f"'{fragment}' past bij meer dan één partner: {', '.join(names)}. Geef een uniek deel van de "
        "naam.", names)


def _stamp(session: Session, ctx: ServiceContext) -> ExportStamp:
    account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
    organisation = account.organisation if account and account.organisation else ""
    if not organisation:
        authority = session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)).first()
        if authority is not None:
            cert = pki.load_certificates_pem(authority.certificate_pem)[0]
            organisation = pki.describe_certificate(cert).organisation
    return ExportStamp(local_time(ctx.clock()).date(),
                       account.display_name if account else ctx.actor,
                       organisation or DEFAULT_ORGANISATION)


def _account_role(session: Session, login: str) -> Role | None:
    return session.scalar(select(UserAccount.role).where(UserAccount.login == login))


# -- gathering -------------------------------------------------------------------------------------


def agenda_data(ctx: ServiceContext, meeting_id: int, *, with_questions: bool = False) -> AgendaData:
    """The invitation: slots and invited partners. Case questions only when asked for (they go to
    every invitee, also those not invited for that case)."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        names = Names(session)
        items = case_items(meeting)
        cases = cases_of(session, items)
        numbers, _ = numbering(meeting)
        times = start_times(meeting)
        slots = []
        invited_all: dict[str, None] = {}
        for item in meeting.agenda:
            guests = tuple(names.partner(p) for p in invited(session, item.id))
            invited_all.update(dict.fromkeys(guests))
            case = cases.get(item.id)
            slots.append(AgendaSlot(
                number=numbers[item.id], title=case_item_title(case.code) if case else item.title,
                start_time=times[item.id],
                minutes=item.slot_minutes if case else STANDARD_ITEM_MINUTES.get(item.kind),
                case_code=case.code if case else None,
                question=item.question if with_questions else None, invited=guests))
        present = [a.partner for a in meeting_attendance(session, meeting.id, names)]
        return AgendaData(header(meeting, names, list(cases.values())), tuple(slots),
                          tuple(dict.fromkeys([*present, *invited_all])), _stamp(session, ctx))


def _minutes_state(info: MinutesInfo | None) -> MinutesState | None:
    if info is None:
        return None
    return MinutesState(
        info.version, info.status, info.adopted_on, info.adopted_in, info.written_procedure,
        info.corrections if isinstance(info.corrections, tuple) else
        ((Correction("—", info.corrections),) if info.corrections else ()),
        info.correction_note)


def minutes_data(ctx: ServiceContext, meeting_id: int, *,
                 balance: BalanceProvider = minutes_balance_summary) -> MinutesData:
    """Everything the full minutes print: the meeting's record (frozen when it closed) and where the
    minutes stand; reading it is recorded in the audit trail."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "verslag samengesteld")
        return MinutesData(record_of(session, ctx, meeting, balance),
                           _minutes_state(minutes_service.current_version(session, meeting.id)),
                           _stamp(session, ctx))


def action_list_data(ctx: ServiceContext, meeting_id: int) -> ActionListData:
    """This meeting's decisions and actions, and the open actions of earlier meetings, as they stood
    when the meeting closed."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "besluiten- en actielijst samengesteld")
        record = record_of(session, ctx, meeting, minutes_balance_summary)
        codes = [*record.case_codes, *(a.case_code for a in record.carried if a.case_code)]
        return ActionListData(
            meeting=record.meeting, attendance=record.attendance, decisions=record.decisions,
            actions=record.actions, carried=record.carried, case_codes=tuple(dict.fromkeys(codes)),
            stamp=_stamp(session, ctx))


def extract_data(ctx: ServiceContext, meeting_id: int, partner_id: int) -> ExtractData:
    """What ``partner_id`` may receive of this meeting (need to know), cut from its record: the cases
    it was invited for, its own contributions and actions, the decisions marked for it."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        partner = fetch(session, Partner, partner_id)
        record_opened(session, Meeting.__tablename__, meeting.id, f"uittreksel voor partner {partner.id}")
        record = record_of(session, ctx, meeting, minutes_balance_summary)
        ref = PartnerRef(partner.id)
        cases = tuple(_for_partner(case, ref) for case in record.cases if ref in case.invited_refs)
        head = replace(record.meeting, legal_bases=tuple(dict.fromkeys(c.legal_basis for c in cases)))
        return ExtractData(head, partner.name, cases, _stamp(session, ctx))


def _for_partner(case: CaseSection, partner: PartnerRef) -> CaseSection:
    return replace(
        case, attendance=(), balance=None, notes=None, signals=(), consultations=(), escalations=(),
        informed=(), feedback=(),
        contributions=tuple(c for c in case.contributions if c.partner_ref == partner),
        decisions=tuple(d for d in case.decisions if partner in d.shared_with_refs),
        actions=tuple(a for a in case.actions if a.visible_to(partner)),
        reviewed_actions=tuple(a for a in case.reviewed_actions if a.visible_to(partner)))


def feedback_letter_data(ctx: ServiceContext, feedback_id: int) -> FeedbackLetterData:
    """A letter from a recorded terugkoppeling: only its content goes to the reporter."""
    with unit_of_work(ctx) as session:
        feedback = session.get(ReporterFeedback, feedback_id)
        if feedback is None:
            raise NotFound(f"De terugkoppeling met nummer {feedback_id} bestaat niet (meer).")
        reporter = fetch(session, Reporter, feedback.reporter_id)
        case = fetch(session, Case, reporter.case_id)
        record_opened(session, Case.__tablename__, case.id, "terugkoppelingsbrief samengesteld")
        names = Names(session)
        stamp = _stamp(session, ctx)
        role = _account_role(session, ctx.actor)
        addressee = reporter.person or names.person(reporter.professional_id) or feedback.given_to
        return FeedbackLetterData(
            case_code=case.code, legal_basis=legal_basis(case), addressee=addressee,
            addressee_organisation=names.partner(reporter.partner_id) if reporter.partner_id else None,
            reported_on=reporter.reported_on, given_on=feedback.given_on, content=feedback.content,
            sender=stamp.exporter, sender_role=role.label if role else "procesregisseur", stamp=stamp)


# -- exporting ---------------------------------------------------------------------------------------


def _signer_label(session: Session, ctx: ServiceContext) -> tuple[str, str]:
    account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
    name = account.display_name if account else ctx.actor
    role = account.role.label if account else ""
    return SIGNED_FIELD, f"Ondertekend: {name}" + (f", {role}" if role else "")


def _sign_built(ctx: ServiceContext, built: BuiltDocument, reason: str = "ondertekend") -> BuiltDocument:
    prepared = prepare_signature_fields(built.pdf, field_specs(built.signature_areas))
    signed = signing.sign_document(ctx, prepared, SIGNED_FIELD, reason=reason)
    return BuiltDocument(signed, built.page_count, built.title, built.suggested_name, built.signature_areas)


def _log_export(ctx: ServiceContext, kind: str, built: BuiltDocument, *, meeting_id: int | None,
                partner_id: int | None = None, signed: bool = False) -> None:
    with unit_of_work(ctx) as session:
        session.add(DocumentExport(
            kind=kind, meeting_id=meeting_id, partner_id=partner_id, signed=signed,
            sha256=hashlib.sha256(built.pdf).hexdigest(), page_count=built.page_count,
            exported_at=ctx.clock(), exported_by=ctx.actor))


def _signature_request(ctx: ServiceContext, sign: bool) -> tuple[tuple[str, str], ...]:
    if not sign:
        return ()
    with unit_of_work(ctx) as session:
        return (_signer_label(session, ctx),)


def export_agenda(ctx: ServiceContext, meeting_id: int, *, sign: bool = False, with_questions: bool = False,
                  progress: ProgressCallback | None = None) -> BuiltDocument:
    data = agenda_data(ctx, meeting_id, with_questions=with_questions)
    built = build_agenda(data, signature_fields=_signature_request(ctx, sign), progress=progress)
    if sign:
        built = _sign_built(ctx, built)
    _log_export(ctx, "agenda", built, meeting_id=meeting_id, signed=sign)
    return built


def export_action_list(ctx: ServiceContext, meeting_id: int, *, sign: bool = False,
                       progress: ProgressCallback | None = None) -> BuiltDocument:
    data = action_list_data(ctx, meeting_id)
    built = build_action_list(data, signature_fields=_signature_request(ctx, sign), progress=progress)
    if sign:
        built = _sign_built(ctx, built)
    _log_export(ctx, "besluiten- en actielijst", built, meeting_id=meeting_id, signed=sign)
    return built


def check_extract_acknowledged(data: ExtractData, acknowledge_sensitive: bool) -> None:
    """Special-category or criminal data leave the vault only after an explicit confirmation."""
    if not data.has_marked_data or acknowledge_sensitive:
        return
    marked = tuple(c.code for c in data.cases if c.has_marked_data)
    kinds = sorted({c.data_category.label.lower() for case in data.cases for c in case.contributions
                    if c.data_category.is_marked})
    raise SensitiveDataNotAcknowledged(
        f"Het uittreksel voor {data.partner} bevat gemarkeerde gegevens ({', '.join(kinds)}) in "
        f"casus {', '.join(marked)}. Exporteer het alleen als {data.partner} deze gegevens nodig heeft, "
        "en bevestig dat uitdrukkelijk.", marked)


def export_extract(ctx: ServiceContext, meeting_id: int, partner_id: int, *,
                   acknowledge_sensitive: bool = False, sign: bool = False,
                   progress: ProgressCallback | None = None) -> BuiltDocument:
    """The partner's extract; raises ``SensitiveDataNotAcknowledged`` unless confirmed when needed."""
    data = extract_data(ctx, meeting_id, partner_id)
    check_extract_acknowledged(data, acknowledge_sensitive)
    built = build_extract(data, signature_fields=_signature_request(ctx, sign), progress=progress,
                          partner_key=str(partner_id))
    if sign:
        built = _sign_built(ctx, built, reason="verstrekt")
    _log_export(ctx, "uittreksel", built, meeting_id=meeting_id, partner_id=partner_id, signed=sign)
    return built


def export_feedback_letter(ctx: ServiceContext, feedback_id: int) -> BuiltDocument:
    built = build_feedback_letter(feedback_letter_data(ctx, feedback_id))
    _log_export(ctx, "terugkoppeling", built, meeting_id=None)
    return built


def latest_feedback(ctx: ServiceContext, case_code: str) -> int:
    """The most recent terugkoppeling recorded for the case with this code (for its letter)."""
    with unit_of_work(ctx) as session:
        case = session.scalar(select(Case).where(Case.code == case_code.strip().upper()))
        if case is None:
            raise NotFound(f"Er is geen casus met code {case_code.strip()}.")
        feedback = session.scalar(
            select(ReporterFeedback.id).join(Reporter, Reporter.id == ReporterFeedback.reporter_id)
            .where(Reporter.case_id == case.id)
            .order_by(ReporterFeedback.given_on.desc(), ReporterFeedback.id.desc()).limit(1))
        if feedback is None:
            raise NotFound(f"Voor casus {case.code} is nog geen terugkoppeling aan een melder vastgelegd; "
                           "leg die eerst vast op het tabblad 'Melder en terugkoppeling'.")
        return feedback


# -- minutes: stored revisions and the two signatures -------------------------------------------------


def _role_field(role: Role | None) -> tuple[str, str]:
    if role is Role.SECRETARY:
        return SECRETARY_FIELD, "opgesteld"
    if role is Role.CHAIR:
        return CHAIR_FIELD, "vastgesteld"
    raise SigningError("Alleen de notulist en de voorzitter ondertekenen een verslag.")


def _latest_stored(session: Session, version_id: int) -> MinutesDocument | None:
    return session.scalars(select(MinutesDocument).where(MinutesDocument.minutes_version_id == version_id)
                           .order_by(MinutesDocument.revision.desc())).first()


def _store(session: Session, ctx: ServiceContext, version_id: int, pdf: bytes, pages: int,
           step: str) -> None:
    revision = 1 + (session.scalar(select(func.max(MinutesDocument.revision)).where(
        MinutesDocument.minutes_version_id == version_id)) or 0)
    session.add(MinutesDocument(minutes_version_id=version_id, revision=revision, pdf=pdf,
                                sha256=hashlib.sha256(pdf).hexdigest(), page_count=pages, step=step,
                                created_at=ctx.clock(), created_by=ctx.actor))


def _check_order(fields: dict[str, bool], field: str) -> None:
    if field not in fields:
        raise SigningError(f"Dit document heeft geen handtekeningveld '{field}'.")
    if fields[field]:
        raise SigningError(f"Het veld '{field}' is al ondertekend.")
    if field == CHAIR_FIELD and not fields.get(SECRETARY_FIELD, True):
        raise SigningError("De notulist ondertekent eerst (opgesteld); daarna de voorzitter (vastgesteld).")


def export_minutes(ctx: ServiceContext, meeting_id: int, *, sign: bool = False,
                   balance: BalanceProvider = minutes_balance_summary,
                   progress: ProgressCallback | None = None) -> BuiltDocument:
    """The full minutes; with ``sign`` the acting user's signature (notulist or voorzitter) is added.

    A concept is built fresh each time (marked CONCEPT, no fields). An adopted version is built
    once, stored with both signature fields, and from then on taken from the vault.
    """
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "verslag samengesteld")
        version = minutes_service.current_version(session, meeting.id)
        adopted = version is not None and version.status is not MinutesStatus.CONCEPT
        stored = _latest_stored(session, version.id) if adopted else None
        data = (MinutesData(record_of(session, ctx, meeting, balance), _minutes_state(version),
                            _stamp(session, ctx)) if stored is None else None)
        role = _account_role(session, ctx.actor)
        version_id = version.id if version else None
    if sign and not adopted:
        raise SigningError("Alleen een vastgesteld verslag wordt ondertekend. Stel het verslag eerst vast: "
                           "in een volgende vergadering of schriftelijk.")
    if stored is not None:
        title, name = _stored_names(meeting)
        built = BuiltDocument(stored.pdf, stored.page_count, title, name)
        if progress is not None:
            progress(1, 1)
    else:
        built = build_minutes(data, progress=progress)
        if adopted:
            prepared = prepare_signature_fields(built.pdf, field_specs(built.signature_areas))
            built = BuiltDocument(prepared, built.page_count, built.title, built.suggested_name,
                                  built.signature_areas)
            with unit_of_work(ctx) as session:
                _store(session, ctx, version_id, prepared, built.page_count, "velden aangemaakt")
    if sign:
        field, reason = _role_field(role)
        built = BuiltDocument(_sign_minutes_pdf(ctx, version_id, built.pdf, built.page_count, field,
                                                reason, meeting.location or ""),
                              built.page_count, built.title, built.suggested_name)
    _log_export(ctx, "verslag", built, meeting_id=meeting_id, signed=sign)
    return built


def _stored_names(meeting: Meeting) -> tuple[str, str]:
    title = f"Verslag {meeting.meeting_type.short_label} {meeting.held_on:%d-%m-%Y}"
    return title, file_name("verslag", f"{meeting.held_on:%Y-%m-%d}", "ondertekend")


def _sign_minutes_pdf(ctx: ServiceContext, version_id: int, pdf: bytes, pages: int, field: str,
                      reason: str, location: str) -> bytes:
    fields = signature_fields(pdf)
    _check_order(fields, field)
    signed = signing.sign_document(ctx, pdf, field, reason=reason, location=location)
    with unit_of_work(ctx) as session:
        _store(session, ctx, version_id, signed, pages, reason)
    fields[field] = True
    if fields.get(SECRETARY_FIELD) and fields.get(CHAIR_FIELD):
        _mark_signed(ctx, version_id)
    return signed


def _mark_signed(ctx: ServiceContext, version_id: int) -> None:
    """Both signatures are in: the minutes version becomes 'ondertekend', by whom actually signed."""
    with unit_of_work(ctx) as session:
        version = fetch(session, MinutesVersion, version_id)
        if version.status is not MinutesStatus.VASTGESTELD:
            return
        signatures = minutes_service.current_version(session, version.meeting_id).signatures
    by_capacity = {s.capacity: s for s in signatures}
    chair, taker = by_capacity.get(CHAIR_FIELD), by_capacity.get(SECRETARY_FIELD)  # reason = field
    if chair is None or taker is None:
        return
    minutes_service.sign_minutes(ctx, version_id, chair.signer, taker.signer,
                                 max(local_time(chair.signed_at).date(), version.adopted_on))


def sign_existing_pdf(ctx: ServiceContext, pdf_bytes: bytes) -> bytes:
    """Add the acting user's signature to a PDF (``casusoverleg sign``).

    The field follows the user's role (notulist: 'opgesteld', voorzitter: 'vastgesteld'); a PDF with
    exactly one empty field gets that one; an unsigned PDF without fields gets an invisible one. A
    stored minutes revision signed this way is stored again, so the next signer can continue.
    """
    fields = signature_fields(pdf_bytes)
    with unit_of_work(ctx) as session:
        role = _account_role(session, ctx.actor)
        stored = session.scalars(select(MinutesDocument).where(
            MinutesDocument.sha256 == hashlib.sha256(pdf_bytes).hexdigest())
            .order_by(MinutesDocument.id.desc())).first()
        stored_version, stored_pages = (stored.minutes_version_id, stored.page_count) if stored else (None, 0)
    preferred = {Role.SECRETARY: SECRETARY_FIELD, Role.CHAIR: CHAIR_FIELD}.get(role, SIGNED_FIELD)
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
        return _sign_minutes_pdf(ctx, stored_version, pdf_bytes, stored_pages, field, reason, "")
    _check_order(signature_fields(pdf_bytes), field)
    return signing.sign_document(ctx, pdf_bytes, field, reason=reason)


# -- the CA for recipients, and the recovery sheet ---------------------------------------------------


def ca_for_recipients(ctx: ServiceContext, pem_file_name: str = "ca.pem") -> tuple[bytes, BuiltDocument]:
    """The vault CA's certificate (PEM) and the one-page Acrobat instruction that goes with it."""
    pem = signing.export_ca_certificate(ctx)
    cert = pki.load_certificates_pem(pem)[0]
    info = pki.describe_certificate(cert)
    with unit_of_work(ctx) as session:
        stamp = _stamp(session, ctx)
    sha1 = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA1()))  # noqa: S303 - what Acrobat shows
    built = build_acrobat_instructions(CaInstructionData(
        ca_name=info.name, organisation=info.organisation or stamp.organisation, sha256=info.fingerprint,
        sha1=sha1, valid_until=info.valid_until.date(), file_name=pem_file_name, stamp=stamp))
    return pem, built


def recovery_sheet(recovery_code: str, vault_id: str, user: str, created_on: dt.date, *,
                   organisation: str = "", vault_location: str = "") -> BuiltDocument:
    """The paper recovery sheet for the first-run wizard (no vault session needed)."""
    return build_recovery_sheet(RecoverySheetData(recovery_code, vault_id, created_on, user, organisation,
                                                  vault_location))


# -- writing the file ---------------------------------------------------------------------------------


def save_pdf(path: Path | str, pdf_bytes: bytes) -> Path:
    """Write atomically where the user chose: a temporary file beside it, then a rename.

    The temporary file is the finished document itself (built in memory); it is removed when
    anything goes wrong, so no partial or extra copy is left behind.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"De map {folder} bestaat niet; kies een bestaande map voor {target.name}.")
    if target.is_dir():
        raise InputError(f"{target} is een map; geef een bestandsnaam op.")
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".deel", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf_bytes)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise InputError(f"{target} kan niet worden geschreven: {exc.strerror or exc}.") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target

