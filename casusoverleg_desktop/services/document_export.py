"""Exporting documents: build the PDF in memory, sign it when asked, log the export, save it.

The ``export_*`` functions do the whole action: gather (``services.document_data``), build in
memory, add signature fields and signatures when asked (``services.document_signatures``), record
the export, and return a ``BuiltDocument``; ``save_export`` writes it atomically to the file the user
chose. Nothing is written anywhere else, and nothing at all before the vault is open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.acrobat_instructions import build_acrobat_instructions
from casusoverleg_desktop.documents.agenda import build_agenda
from casusoverleg_desktop.documents.data import (
    BuiltDocument,
    CaInstructionData,
    ExtractData,
    MinutesData,
    RecoverySheetData,
)
from casusoverleg_desktop.documents.extract import build_extract
from casusoverleg_desktop.documents.fields import field_specs
from casusoverleg_desktop.documents.layout import ProgressCallback, file_name
from casusoverleg_desktop.documents.letters import build_feedback_letter
from casusoverleg_desktop.documents.lists import build_action_list
from casusoverleg_desktop.documents.minutes import build_minutes
from casusoverleg_desktop.documents.recovery_sheet import build_recovery_sheet
from casusoverleg_desktop.documents.signing import prepare_signature_fields
from casusoverleg_desktop.domain.enums import MinutesStatus
from casusoverleg_desktop.errors import CasusoverlegError, InputError, SigningError
from casusoverleg_desktop.services import minutes as minutes_service
from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.balance import minutes_balance_summary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_data import (
    account_role,
    action_list_data,
    agenda_data,
    export_stamp,
    extract_data,
    feedback_letter_data,
    minutes_state_of,
)
from casusoverleg_desktop.services.document_signatures import (
    latest_stored_minutes,
    minutes_signature_field,
    sign_built,
    sign_minutes_pdf,
    signature_request,
    store_minutes_revision,
)
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.meeting_record import BalanceProvider, record_of
from casusoverleg_desktop.store.document_models import DocumentExport
from casusoverleg_desktop.store.models import ActionItem, Case, Decision, Meeting
from casusoverleg_desktop.store.privacy_models import ExportedItem


class SensitiveDataNotAcknowledged(CasusoverlegError):
    """An extract holds special-category or criminal data and the user has not confirmed it."""

    exit_code = 1

    def __init__(self, message: str, case_codes: tuple[str, ...]) -> None:
        super().__init__(message)
        self.case_codes = case_codes


def _log_export(ctx: ServiceContext, kind: str, built: BuiltDocument, *, meeting_id: int | None,
                partner_id: int | None = None, signed: bool = False,
                extract: ExtractData | None = None) -> None:
    with ctx.unit_of_work() as session:
        export = DocumentExport(
            kind=kind, meeting_id=meeting_id, partner_id=partner_id, signed=signed,
            sha256=hashlib.sha256(built.pdf).hexdigest(), page_count=built.page_count,
            exported_at=ctx.clock(), exported_by=ctx.actor)
        session.add(export)
        if extract is not None and meeting_id is not None:
            session.flush()
            session.add_all(_carried_items(session, export.id, meeting_id, extract))


def _carried_items(session: Session, export_id: int, meeting_id: int,
                   data: ExtractData) -> list[ExportedItem]:
    """Each case, decision and action an extract carried: the recipients in a later inzage."""
    def number(label: str) -> int:
        found = re.match(r"[AB](\d+)", label)
        return int(found.group(1)) if found else -1

    items: list[ExportedItem] = []
    for section in data.cases:
        case_id = session.scalar(select(Case.id).where(Case.code == section.code))
        if case_id is None:
            continue
        items.append(ExportedItem(export_id=export_id, item_kind="case", case_id=case_id, item_id=case_id))
        for decision in section.decisions:
            decision_id = session.scalar(select(Decision.id).where(
                Decision.meeting_id == meeting_id, Decision.number == number(decision.label)))
            if decision_id is not None:
                items.append(ExportedItem(export_id=export_id, item_kind="decision", case_id=case_id,
                                          item_id=decision_id))
        action_ids = {session.scalar(
            select(ActionItem.id).join(Meeting, Meeting.id == ActionItem.origin_meeting_id).where(
                ActionItem.case_id == case_id, Meeting.held_on == action.origin_date,
                ActionItem.number == number(action.label)))
            for action in (*section.actions, *section.reviewed_actions)}
        items += [ExportedItem(export_id=export_id, item_kind="action", case_id=case_id, item_id=action_id)
                  for action_id in sorted(a for a in action_ids if a is not None)]
    return items


# -- meeting documents -----------------------------------------------------------------------------


def export_agenda(ctx: ServiceContext, meeting_id: int, *, sign: bool = False, with_questions: bool = False,
                  progress: ProgressCallback | None = None) -> BuiltDocument:
    data = agenda_data(ctx, meeting_id, with_questions=with_questions)
    built = build_agenda(data, signature_fields=signature_request(ctx, sign), progress=progress)
    if sign:
        built = sign_built(ctx, built)
    _log_export(ctx, "agenda", built, meeting_id=meeting_id, signed=sign)
    return built


def export_action_list(ctx: ServiceContext, meeting_id: int, *, sign: bool = False,
                       progress: ProgressCallback | None = None) -> BuiltDocument:
    data = action_list_data(ctx, meeting_id)
    built = build_action_list(data, signature_fields=signature_request(ctx, sign), progress=progress)
    if sign:
        built = sign_built(ctx, built)
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
    built = build_extract(data, signature_fields=signature_request(ctx, sign), progress=progress,
                          partner_key=str(partner_id))
    if sign:
        built = sign_built(ctx, built, reason="verstrekt")
    _log_export(ctx, "uittreksel", built, meeting_id=meeting_id, partner_id=partner_id, signed=sign,
                extract=data)
    return built


def export_feedback_letter(ctx: ServiceContext, feedback_id: int) -> BuiltDocument:
    built = build_feedback_letter(feedback_letter_data(ctx, feedback_id))
    _log_export(ctx, "terugkoppeling", built, meeting_id=None)
    return built


def export_minutes(ctx: ServiceContext, meeting_id: int, *, sign: bool = False,
                   balance: BalanceProvider = minutes_balance_summary,
                   progress: ProgressCallback | None = None) -> BuiltDocument:
    """The full minutes; with ``sign`` the acting user's signature (notulist or voorzitter) is added.

    A concept is built fresh each time (marked CONCEPT, no fields). An adopted version is built
    once, stored with both signature fields, and from then on taken from the vault.
    """
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "verslag samengesteld")
        version = minutes_service.current_version(session, meeting.id)
        adopted_id = (version.id if version is not None and version.status is not MinutesStatus.CONCEPT
                      else None)
        stored = latest_stored_minutes(session, adopted_id) if adopted_id is not None else None
        data = (MinutesData(record_of(session, ctx, meeting, balance), minutes_state_of(version),
                            export_stamp(session, ctx)) if stored is None else None)
        role = account_role(session, ctx.actor)
    if sign and adopted_id is None:
        raise SigningError("Alleen een vastgesteld verslag wordt ondertekend. Stel het verslag eerst vast: "
                           "in een volgende vergadering of schriftelijk.")
    if stored is not None:
        title, name = _stored_names(meeting)
        built = BuiltDocument(stored.pdf, stored.page_count, title, name)
        if progress is not None:
            progress(1, 1)
    else:
        assert data is not None  # read above whenever nothing was stored
        built = build_minutes(data, progress=progress)
        if adopted_id is not None:
            prepared = prepare_signature_fields(built.pdf, field_specs(built.signature_areas))
            built = BuiltDocument(prepared, built.page_count, built.title, built.suggested_name,
                                  built.signature_areas)
            with ctx.unit_of_work() as session:
                store_minutes_revision(session, ctx, adopted_id, prepared, built.page_count,
                                       "velden aangemaakt")
    if sign:
        assert adopted_id is not None  # refused above
        field, reason = minutes_signature_field(role)
        built = BuiltDocument(sign_minutes_pdf(ctx, adopted_id, built.pdf, built.page_count, field,
                                               reason, meeting.location or ""),
                              built.page_count, built.title, built.suggested_name)
    _log_export(ctx, "verslag", built, meeting_id=meeting_id, signed=sign)
    return built


def _stored_names(meeting: Meeting) -> tuple[str, str]:
    title = f"Verslag {meeting.meeting_type.short_label} {meeting.held_on:%d-%m-%Y}"
    return title, file_name("verslag", f"{meeting.held_on:%Y-%m-%d}", "ondertekend")


# -- the CA for recipients, and the recovery sheet -------------------------------------------------


def ca_for_recipients(ctx: ServiceContext, pem_file_name: str = "ca.pem") -> tuple[bytes, BuiltDocument]:
    """The vault CA's certificate (PEM) and the one-page Acrobat instruction that goes with it."""
    pem = signing.export_ca_certificate(ctx)
    cert = pki.load_certificates_pem(pem)[0]
    info = pki.describe_certificate(cert)
    with ctx.unit_of_work() as session:
        stamp = export_stamp(session, ctx)
    sha1 = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA1()))  # what Acrobat shows
    built = build_acrobat_instructions(CaInstructionData(
        ca_name=info.name, organisation=info.organisation or stamp.organisation, sha256=info.fingerprint,
        sha1=sha1, valid_until=info.valid_until.date(), file_name=pem_file_name, stamp=stamp))
    return pem, built


def recovery_sheet(recovery_code: str, vault_id: str, user: str, created_on: dt.date, *,
                   organisation: str = "", vault_location: str = "") -> BuiltDocument:
    """The paper recovery sheet for the first-run wizard (no vault session needed)."""
    return build_recovery_sheet(RecoverySheetData(recovery_code, vault_id, created_on, user, organisation,
                                                  vault_location))


# -- writing the file ------------------------------------------------------------------------------


def save_export(path: Path | str, content: bytes) -> Path:
    """Write an export (a PDF, the signaleringskaart as SVG or PNG, the monitor's JSON) atomically
    where the user chose: a temporary file beside it, then a rename.

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
            out.write(content)
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
