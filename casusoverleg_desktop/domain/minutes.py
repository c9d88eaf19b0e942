"""Minutes as the legal record: when they may be adopted, and the sentences that say so.

Minutes are adopted (vastgesteld) in a later meeting of the same table while it is being held, or
in writing (schriftelijke vaststelling) when that meeting is weeks away; once, and only when the
meeting they record was held and closed. Corrections made at adoption become part of the adopted
version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import MeetingStatus, MeetingType, MinutesStatus
from casusoverleg_desktop.domain.labels import long_date
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import ValidationError

CORRECTION_LIMIT = 1000
SECTION_LIMIT = 200


@dataclass(frozen=True)
class MeetingFacts:
    """What the adoption rules need to know of a meeting."""

    id: int
    held_on: dt.date
    meeting_type: MeetingType
    status: MeetingStatus

    @property
    def name(self) -> str:
        return f"de vergadering van {self.held_on:%d-%m-%Y}"


@dataclass(frozen=True)
class Correction:
    """A correction made at adoption: the section of the minutes it concerns and what it says."""

    section: str
    text: str


def check_adoptable(minutes_of: MeetingFacts, status: MinutesStatus | None,
                    adopted_on: dt.date | None = None) -> None:
    """The minutes of a held and closed meeting, still in concept."""
    if minutes_of.status is not MeetingStatus.GEHOUDEN or status is None:
        raise ValidationError(
            f"{_first(minutes_of.name)} is nog niet gehouden en gesloten: er is nog geen verslag om "
            "vast te stellen.")
    if status is not MinutesStatus.CONCEPT:
        when = f" op {adopted_on:%d-%m-%Y}" if adopted_on else ""
        raise ValidationError(f"Het verslag van {minutes_of.name} is al {status.label.lower()}{when}.")


def check_adopting_meeting(minutes_of: MeetingFacts, adopting: MeetingFacts, today: dt.date) -> None:
    """A later meeting of the same kind that is being held now."""
    if adopting.id == minutes_of.id:
        raise ValidationError("Een verslag wordt vastgesteld in een volgende vergadering, niet in de eigen.")
    if adopting.held_on <= minutes_of.held_on:
        raise ValidationError(
            f"{_first(adopting.name)} ligt niet na {minutes_of.name}: een verslag wordt vastgesteld in "
            "een latere vergadering.")
    if adopting.meeting_type is not minutes_of.meeting_type:
        raise ValidationError(
            f"Het verslag van een {minutes_of.meeting_type.short_label} wordt vastgesteld in een volgende "
            f"{minutes_of.meeting_type.short_label}, of schriftelijk.")
    if adopting.held_on > today:
        raise ValidationError(
            f"{_first(adopting.name)} ligt in de toekomst; stel het verslag vast wanneer die vergadering "
            "wordt gehouden, of schriftelijk.")
    if adopting.status is MeetingStatus.GEANNULEERD:
        raise ValidationError(f"{_first(adopting.name)} is geannuleerd.")
    if adopting.status is MeetingStatus.GEHOUDEN:
        raise ValidationError(
            f"{_first(adopting.name)} is al gesloten; wat daar is vastgelegd ligt vast. Stel het verslag "
            "vast in een vergadering die nu wordt gehouden, of schriftelijk.")


def check_written_adoption(minutes_of: MeetingFacts, agreed_on: dt.date, how: str | None,
                           today: dt.date) -> str:
    """Schriftelijke vaststelling: a date after the meeting, not in the future, and how the members
    agreed; returns that description."""
    how = require_text(how, "hoe de leden met het verslag hebben ingestemd")
    if agreed_on <= minutes_of.held_on:
        raise ValidationError(
            f"De schriftelijke vaststelling ({agreed_on:%d-%m-%Y}) moet na {minutes_of.name} liggen.")
    if agreed_on > today:
        raise ValidationError(
            f"De datum van vaststelling ({agreed_on:%d-%m-%Y}) ligt in de toekomst; leg de vaststelling "
            "vast wanneer de leden hebben ingestemd.")
    return how


def check_corrections(corrections: Sequence[Correction]) -> tuple[Correction, ...]:
    """Each correction names its section and says what changes, briefly."""
    checked = []
    for number, correction in enumerate(corrections, start=1):
        section = require_text(correction.section, f"het onderdeel waar correctie {number} over gaat")
        text = require_text(correction.text, f"de tekst van correctie {number}")
        if len(section) > SECTION_LIMIT:
            raise ValidationError(f"Het onderdeel van correctie {number} is te lang (ten hoogste "
                                  f"{SECTION_LIMIT} tekens).")
        if len(text) > CORRECTION_LIMIT:
            raise ValidationError(f"Correctie {number} is te lang (ten hoogste {CORRECTION_LIMIT} tekens); "
                                  "houd een correctie kort.")
        checked.append(Correction(section, text))
    return tuple(checked)


def corrections_phrase(corrections: Sequence[Correction] | str | None) -> str:
    """', met de volgende correcties: (1) bij 5.2 …: …' or ' zonder correcties'."""
    if isinstance(corrections, str):  # minutes adopted before corrections were kept one by one
        return f", met de volgende correcties: {corrections.rstrip('.')}"
    if not corrections:
        return " zonder correcties"
    listed = "; ".join(f"({n}) bij {c.section}: {c.text.rstrip('.')}"
                       for n, c in enumerate(corrections, start=1))
    return f", met de volgende correcties: {listed}"


def adopted_here_sentence(earlier: dt.date, corrections: Sequence[Correction] | str | None) -> str:
    """What the adopting meeting's own minutes say under 'verslag vorige vergadering'."""
    return (f"Het verslag van de vergadering van {long_date(earlier)} wordt vastgesteld"
            f"{corrections_phrase(corrections)}.")


def adoption_place(adopted_on: dt.date, adopted_in: str | None, written_procedure: str | None) -> str:
    """'Vastgesteld in de vergadering van 19 november 2026 (ICO Wadmeer)', or 'Schriftelijk
    vastgesteld op … (how the members agreed)'."""
    if written_procedure:
        return f"Schriftelijk vastgesteld op {long_date(adopted_on)} ({written_procedure.rstrip('.')})"
    where = f"Vastgesteld in de vergadering van {long_date(adopted_on)}"
    return f"{where} ({adopted_in})" if adopted_in else where


def adoption_statement(adopted_on: dt.date, adopted_in: str | None, written_procedure: str | None,
                       corrections: Sequence[Correction] | str | None) -> str:
    """How adopted minutes describe their adoption: the place and the corrections."""
    return f"{adoption_place(adopted_on, adopted_in, written_procedure)}{corrections_phrase(corrections)}."


def check_minutes_signing(status: MinutesStatus) -> None:
    if status is not MinutesStatus.VASTGESTELD:
        raise ValidationError(
            f"Alleen een vastgesteld verslag kan worden ondertekend; dit verslag is "
            f"{status.label.lower()}."
        )


def _first(text: str) -> str:
    return text[:1].upper() + text[1:]
