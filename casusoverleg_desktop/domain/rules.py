"""Validation rules for single records, independent of storage."""

from __future__ import annotations

import datetime as dt
import re

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    InformedStatus,
    LegalBasis,
    Relation,
    SubjectRole,
)
from casusoverleg_desktop.errors import ValidationError


def require_text(value: str | None, what: str) -> str:
    """The stripped text, or a ``ValidationError`` naming ``what`` is missing."""
    if value is None or not value.strip():
        raise ValidationError(f"Vul {what} in.")
    return value.strip()


_CASE_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def check_case_code(code: str) -> str:
    """A case code is itself a pseudonym: capitals, digits and hyphens (e.g. LV-2025-014).

    Lower-case letters and spaces are refused so that a name cannot slip in as a code.
    """
    code = require_text(code, "de casuscode")
    if len(code) > 40 or not _CASE_CODE.fullmatch(code) or not any(c.isdigit() for c in code):
        raise ValidationError(
            f"'{code}' is geen geldige casuscode: gebruik hoofdletters, cijfers en streepjes, "
            "zoals LV-2025-014 (nooit een naam)."
        )
    return code


def check_legal_basis(basis: LegalBasis, covenant_name: str | None) -> None:
    if basis is LegalBasis.CONVENANT and not (covenant_name and covenant_name.strip()):
        raise ValidationError("Noem het convenant waarop deze casus rust.")


def check_informed(
    status: InformedStatus, reason: str | None, review_date: dt.date | None
) -> None:
    """'Uitgesteld' needs a reason and a review date; the others have no review date."""
    if status is InformedStatus.UITGESTELD:
        if not (reason and reason.strip()):
            raise ValidationError("Geef aan waarom het informeren van de betrokkene is uitgesteld.")
        if review_date is None:
            raise ValidationError(
                "Kies een datum waarop het uitgestelde informeren opnieuw wordt bekeken."
            )
    elif review_date is not None:
        raise ValidationError(
            f"Een heroverwegingsdatum hoort alleen bij 'uitgesteld', niet bij '{status.label}'."
        )


def check_informed_reason(status: InformedStatus, reason: str | None) -> None:
    """A new record: 'niet geïnformeerd' says why too; 'geïnformeerd' has no reason. (Older records
    and imported ones may lack the reason of 'niet geïnformeerd': ``check_informed`` accepts them.)"""
    given = bool(reason and reason.strip())
    if status is InformedStatus.NEE and not given:
        raise ValidationError("Geef aan waarom de betrokkene niet wordt geïnformeerd.")
    if status is InformedStatus.JA and given:
        raise ValidationError("Een reden hoort alleen bij 'uitgesteld' of 'niet geïnformeerd'.")


def check_subject(
    role: SubjectRole, relation: Relation | None, age: int | None, date_of_birth: dt.date | None
) -> None:
    if role is SubjectRole.GERELATEERD and relation is None:
        raise ValidationError("Geef de relatie van deze gerelateerde tot de betrokkene aan.")
    if role is SubjectRole.PRIMAIR and relation is not None:
        raise ValidationError("De betrokkene zelf heeft geen relatie; die hoort bij gerelateerden.")
    if age is not None and not 0 <= age <= 120:
        raise ValidationError(f"Leeftijd {age} is niet mogelijk.")
    if age is not None and date_of_birth is not None:
        raise ValidationError("Vul een leeftijd of een geboortedatum in, niet allebei.")


def check_action_timing(due_date: dt.date | None, condition: str | None, ongoing: bool) -> None:
    """An action has exactly one 'when': a due date, a condition, or it runs continuously."""
    given = [due_date is not None, bool(condition and condition.strip()), ongoing]
    if sum(given) == 0:
        raise ValidationError(
            "Geef een actiepunt een termijn, een voorwaarde ('bij …') "
            "of markeer het als doorlopend."
        )
    if sum(given) > 1:
        raise ValidationError(
            "Een actiepunt heeft een termijn óf een voorwaarde óf is doorlopend, niet meer dan één."
        )


def check_postponement(
    status: ActionStatus, due_date: dt.date | None, new_due_date: dt.date
) -> None:
    if status.is_closed:
        raise ValidationError(
            f"Een actiepunt met status '{status.label}' kan niet worden uitgesteld."
        )
    if due_date is None:
        raise ValidationError(
            "Alleen een actiepunt met een termijn kan worden uitgesteld; "
            "dit actiepunt heeft een voorwaarde of loopt door."
        )
    if new_due_date <= due_date:
        raise ValidationError(
            f"De nieuwe termijn moet na de huidige termijn ({due_date:%d-%m-%Y}) liggen."
        )


def check_action_status_change(current: ActionStatus, new: ActionStatus, note: str | None) -> None:
    """Closed actions only reopen with a reason; 'vervallen' needs a reason too."""
    if current is new:
        raise ValidationError(f"Het actiepunt heeft al de status '{current.label}'.")
    if current.is_closed and new.is_closed:
        raise ValidationError(
            f"Een actiepunt met status '{current.label}' eerst heropenen voordat het "
            f"'{new.label}' kan worden."
        )
    if current.is_closed and not (note and note.strip()):
        raise ValidationError("Geef aan waarom het afgesloten actiepunt wordt heropend.")
    if new is ActionStatus.VERVALLEN and not (note and note.strip()):
        raise ValidationError("Geef aan waarom het actiepunt vervalt.")


def check_meeting_times(start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            f"De eindtijd ({end:%H.%M}) moet na de begintijd ({start:%H.%M}) liggen."
        )


def check_closing_times(held_on: dt.date, start: dt.time | None, end: dt.time,
                        next_meeting_on: dt.date | None, today: dt.date) -> None:
    """A meeting closes on or after its day, ends after it began, and the next one comes later."""
    if held_on > today:
        raise ValidationError(
            f"De vergadering van {held_on:%d-%m-%Y} ligt in de toekomst en kan nog niet worden gesloten.")
    check_meeting_times(start, end)
    if next_meeting_on is not None and next_meeting_on <= held_on:
        raise ValidationError("De volgende vergadering moet na deze vergadering liggen.")
