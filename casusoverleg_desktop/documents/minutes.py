"""Het verslag (full minutes): the record of the meeting as it stood when it closed, per case in BOB
order, each thing once.

The first page states where the minutes stand (concept, or adopted: when, where, with which
corrections) and, for adopted minutes, holds the two signature fields: the minute taker's
(opgesteld) and the chair's (vastgesteld). Their stamps say who signed and when; the printed text
never says 'ondertekend', since it is printed before anyone signs. The closing line "De voorzitter
sluit de vergadering om hh.mm uur." is the last sentence of the minutes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents import sections
from casusoverleg_desktop.documents.data import (
    ActionLine,
    BuiltDocument,
    CaseSection,
    DecisionLine,
    GeneralItem,
    MinutesData,
    MinutesState,
)
from casusoverleg_desktop.documents.layout import (
    Heading,
    Metadata,
    PageInfo,
    ProgressCallback,
    file_name,
    gap,
    keep,
    key_values,
    render,
    short_date,
    styles,
    text,
)
from casusoverleg_desktop.domain.agenda import AGENDA_ADOPTED_UNCHANGED, OPENING_REMINDER, closing_line
from casusoverleg_desktop.domain.enums import BobPhase, MinutesStatus
from casusoverleg_desktop.domain.labels import long_date
from casusoverleg_desktop.domain.minutes import Correction, adoption_place
from casusoverleg_desktop.domain.moments import local_time

SECRETARY_FIELD = "opgesteld"
CHAIR_FIELD = "vastgesteld"
NO_BALANCE_SHEET = "Er is voor deze bespreking geen balansblad vastgelegd."
_CLOSING_SENTENCE = re.compile(r"\s*De voorzitter sluit de vergadering[^.]*\.?\s*", re.IGNORECASE)


def minutes_title(data: MinutesData) -> str:
    return f"Verslag {data.meeting.type_label.split(' (')[0]} {short_date(data.meeting.held_on)}"


def suggested_name(data: MinutesData) -> str:
    return file_name("verslag", f"{data.meeting.held_on:%Y-%m-%d}", *data.case_codes[:4])


def _adopted_on(state: MinutesState | None) -> dt.date | None:
    """The day the minutes were adopted; None while they are not."""
    if state is None or state.status is MinutesStatus.CONCEPT:
        return None
    return state.adopted_on


def adoption_sentence(data: MinutesData) -> str | None:
    """'Aldus vastgesteld in de vergadering van 9 april 2025.' once the minutes are adopted."""
    state = data.state
    adopted_on = _adopted_on(state)
    if state is None or adopted_on is None:
        return None
    if state.written_procedure:
        return f"Aldus schriftelijk vastgesteld op {long_date(adopted_on)}."
    return f"Aldus vastgesteld in de vergadering van {long_date(adopted_on)}."


def build_minutes(data: MinutesData, *, signature_fields: bool | None = None,
                  progress: ProgressCallback | None = None) -> BuiltDocument:
    """The full minutes as a PDF in memory.

    ``signature_fields`` reserves the two signature areas (default: when the minutes are adopted).
    """
    s = styles()
    record = data.record
    adoption = adoption_sentence(data)
    concept = adoption is None
    corrections = data.state.corrections if data.state else ()
    story: list[Flowable] = [
        Paragraph("Verslag casusoverleg", s.title),
        Paragraph(text(f"{data.meeting.type_label} · {long_date(data.meeting.held_on)}"), s.subtitle),
        _state_block(data),
    ]
    if signature_fields if signature_fields is not None else not concept:
        intro = adoption or "Aldus vastgesteld in de vergadering van ______________________."
        story += [Heading("Ondertekening", s.h2, "Ondertekening"),
                  sections.signature_block(text(intro), [
                      (SECRETARY_FIELD, "Opgesteld (notulist)"),
                      (CHAIR_FIELD, "Vastgesteld (voorzitter)")])]
    story += [
        gap(2),
        sections.meeting_block(data.meeting),
        gap(3),
        Heading("Aanwezigheid", s.h2, "Aanwezigheid"),
        *_corrected("Aanwezigheid", corrections),
        sections.attendance_table(record.attendance),
    ]
    story += _general(record.opening, OPENING_REMINDER, corrections)
    story += _general(record.agenda_item, AGENDA_ADOPTED_UNCHANGED, corrections)
    story += _previous(data, corrections)
    story += _general(record.announcements, "Er zijn geen mededelingen of ingekomen stukken.", corrections)
    if record.cases:
        heading = f"{record.case_number}. Casusbespreking"
        story.append(Heading(text(heading), s.h1, heading))
        for case in record.cases:
            story += _case(case, corrections)
    story += _general(record.any_other_business, "Er zijn geen punten voor de rondvraag.", corrections)
    if record.other_decisions or record.other_actions:
        story += [Paragraph("Overige besluiten en actiepunten", s.h2),
                  *_taken(record.other_decisions, record.other_actions)]
    story += _closing(data, corrections)
    title = minutes_title(data)
    rendered = render(
        story,
        Metadata(title=title, subject=f"Verslag van het casusoverleg van "
                 f"{long_date(data.meeting.held_on)}; casussen {', '.join(data.case_codes) or '—'}",
                 author=f"{data.stamp.exporter}, {data.stamp.organisation}",
                 keywords=("verslag", "vertrouwelijk", *data.case_codes)),
        PageInfo(document=title, legal_basis=sections.legal_basis_phrase(data.meeting.legal_bases),
                 case_codes=data.case_codes, stamp=data.stamp,
                 watermark="CONCEPT" if concept else None),
        progress=progress,
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title, suggested_name(data),
                         rendered.signature_areas)


def _state_block(data: MinutesData) -> Flowable:
    """Where these minutes stand, truthfully: a preview, a concept, or adopted (and how)."""
    state, record = data.state, data.record
    adopted_on = _adopted_on(state)
    pairs: list[tuple[str, str]] = []
    if record.frozen_at is None:
        pairs.append(("Status", "<b>Voorlopig</b> — de vergadering is nog niet gesloten; dit is een "
                                "weergave van wat tot nu toe is vastgelegd."))
    elif state is None or adopted_on is None:
        pairs.append(("Status", f"<b>Concept</b>{f' (versie {state.version})' if state else ''} — nog niet "
                                "vastgesteld."))
    else:
        place = adoption_place(adopted_on, state.adopted_in, state.written_procedure)
        pairs.append(("Status", f"<b>{text(place)}.</b>"))
    if record.frozen_at is not None:
        moment = local_time(record.frozen_at)
        how = "Bij de sluiting van de vergadering" if record.at_closing else "Na de sluiting"
        pairs.append(("Vastgelegd", f"{how} op {moment:%d-%m-%Y} om {moment:%H.%M} uur; latere "
                                    "wijzigingen in de kluis veranderen dit verslag niet."))
    if state and state.corrections:
        listed = "<br/>".join(f"{n}. Bij {text(c.section)}: {text(c.text)}"
                              for n, c in enumerate(state.corrections, start=1))
        pairs.append(("Correcties bij vaststelling", listed))
    elif adopted_on is not None:
        pairs.append(("Correcties bij vaststelling", "geen"))
    if state and state.correction_note:
        pairs.append(("Correctie t.o.v. vorige versie", text(state.correction_note)))
    return key_values(pairs)


def _corrected(heading: str, corrections: Sequence[Correction]) -> list[Flowable]:
    """The corrections made at adoption that concern this section, printed right under it."""
    number = heading.split(" ")[0].rstrip(".")
    wanted = [c for c in corrections
              if c.section == heading or c.section.split(" ")[0].rstrip(".") == number]
    return [Paragraph(f'<font color="#8A1C1C"><b>Correctie bij vaststelling:</b></font> {text(c.text)}',
                      styles().body) for c in wanted]


def _general(item: GeneralItem, default: str, corrections: Sequence[Correction]) -> list[Flowable]:
    """A standard agenda point: its minuted text (else ``default``), then what was decided under it."""
    s = styles()
    heading = f"{item.number}. {item.title}"
    parts: list[Flowable] = [Heading(text(heading), s.h1, heading), *_corrected(heading, corrections)]
    if item.text:
        parts.append(Paragraph(text(item.text), s.body))
    elif default:
        parts.append(Paragraph(text(default), s.body))
    return parts + _taken(item.decisions, item.actions)


def _taken(decisions: Sequence[DecisionLine], actions: Sequence[ActionLine]) -> list[Flowable]:
    s = styles()
    parts: list[Flowable] = []
    if decisions:
        parts += [Paragraph("Besluiten", s.h3), sections.decisions_table(decisions, show_sharing=True)]
    if actions:
        parts += [Paragraph("Actiepunten", s.h3), sections.actions_table(actions)]
    return parts


def _previous(data: MinutesData, corrections: Sequence[Correction]) -> list[Flowable]:
    """Verslag vorige vergadering: each adoption once, the notes, then the review of earlier actions
    as it went in this meeting."""
    s = styles()
    record = data.record
    item = record.previous
    heading = f"{item.number}. {item.title}"
    parts: list[Flowable] = [Heading(text(heading), s.h1, heading), *_corrected(heading, corrections)]
    parts += [Paragraph(text(sentence), s.body) for sentence in record.previous_minutes]
    if item.text:
        parts.append(Paragraph(text(item.text), s.body))
    if not record.previous_minutes and not item.text:
        parts.append(Paragraph("Er is in deze vergadering geen verslag vastgesteld.", s.body))
    parts += _taken(item.decisions, item.actions)
    parts.append(Paragraph("Actielijst", s.h3))
    if record.reviewed_actions:
        parts.append(sections.actions_table(record.reviewed_actions, show_case=True, carried=True,
                                            show_review=True))
    else:
        parts.append(Paragraph("Er stonden geen algemene actiepunten uit eerdere vergaderingen open.",
                               s.body))
    return parts


def _case(case: CaseSection, corrections: Sequence[Correction]) -> list[Flowable]:
    s = styles()
    heading = f"{case.number} Casus {case.code}"
    parts: list[Flowable] = [Heading(text(heading), s.h2, heading, level=1),
                             *_corrected(heading, corrections)]
    joined = [a.partner + ("" if a.status.value == "aanwezig" else f" ({a.status.label.lower()})")
              for a in case.attendance] or list(case.invited)
    pairs = [("Doel", text(case.purpose or "—")), ("Grondslag", text(case.legal_basis)),
             ("Betrokkenen", text("; ".join(f"{p.pseudonym} ({p.description})" for p in case.subjects)
                                  or "—")),
             ("Aan tafel", text(", ".join(joined) or "—"))]
    if case.previous_discussion:
        pairs.append(("Vorige bespreking", text(long_date(case.previous_discussion))))
    if case.slot_minutes:
        pairs.append(("Tijdsblok", f"{case.slot_minutes} minuten"))
    parts.append(key_values(pairs))
    if case.question:
        parts += [Paragraph("Vraag aan het overleg", s.h3), Paragraph(text(case.question), s.body)]
    if case.reviewed_actions:
        parts += [Paragraph("Stand van eerdere actiepunten", s.h3),
                  sections.actions_table(case.reviewed_actions, carried=True, show_review=True)]
    parts += _picture(case)
    parts += _judgement(case)
    parts += _decision(case)
    return parts


def _contributions(case: CaseSection, phase: BobPhase) -> list[Flowable]:
    items = sections.contributions_by_phase(case.contributions, phase)
    return [sections.contributions_table(items)] if items else []


def _picture(case: CaseSection) -> list[Flowable]:
    """Beeldvorming: the signals new since the last discussion, then each partner's inbreng."""
    s = styles()
    parts: list[Flowable] = [Paragraph("Beeldvorming", s.h3)]
    if case.signals:
        since = (f"sinds de bespreking van {short_date(case.previous_discussion)}"
                 if case.previous_discussion else "bij de eerste bespreking")
        parts += [Paragraph(text(f"Besproken signalen ({since})"), s.small),
                  sections.signals_table(case.signals), gap(2)]
    parts += _contributions(case, BobPhase.BEELDVORMING)
    if case.notes:
        parts.append(Paragraph(text(case.notes), s.body))
    if len(parts) == 1:
        parts.append(Paragraph("Geen nieuwe signalen en geen inbreng vastgelegd.", s.body))
    return parts


def _judgement(case: CaseSection) -> list[Flowable]:
    """Oordeelsvorming: inbreng, consultations, and the balance sheet in brief."""
    s = styles()
    parts: list[Flowable] = [Paragraph("Oordeelsvorming", s.h3),
                             *_contributions(case, BobPhase.OORDEELSVORMING)]
    if case.consultations:
        lines = [f"{text(c.partner)}: {text(c.kind)}"
                 + (f" ({short_date(c.consulted_on)})" if c.consulted_on else "")
                 for c in case.consultations]
        parts.append(key_values([("Geraadpleegd", "<br/>".join(lines))]))
    if case.balance is None:
        parts.append(Paragraph(NO_BALANCE_SHEET, s.small))
    else:
        parts += sections.balance_block(case.balance)
    return parts


def _decision(case: CaseSection) -> list[Flowable]:
    """Besluitvorming: inbreng, decisions, actions, escalation, informing, feedback, next review."""
    s = styles()
    parts: list[Flowable] = [Paragraph("Besluitvorming", s.h3),
                             *_contributions(case, BobPhase.BESLUITVORMING)]
    parts += [Paragraph("Besluiten", s.h3), sections.decisions_table(case.decisions, show_sharing=True),
              Paragraph("Actiepunten", s.h3), sections.actions_table(case.actions)]
    pairs = []
    for e in case.escalations:
        pairs.append((e.direction, f"{text(e.reason)} ({short_date(e.occurred_on)}"
                                   + (f", besluit {e.decision})" if e.decision else ")")))
    for i in case.informed:
        status = i.status.label.lower()
        if i.reason:
            status += f": {text(i.reason.rstrip('.'))}"
        if i.review_date:
            status += f"; opnieuw bekijken op {short_date(i.review_date)}"
        pairs.append((f"Geïnformeerd: {text(i.pseudonym)}", status))
    for f in case.feedback:
        pairs.append(("Terugkoppeling melder",
                      f"{text(f.given_to)} ({short_date(f.given_on)}): {text(f.content)}"))
    if case.next_review:
        pairs.append(("Volgende bespreking", f"uiterlijk {text(long_date(case.next_review))}"))
    if pairs:
        parts += [gap(1.5), key_values(pairs)]
    return parts


def _closing(data: MinutesData, corrections: Sequence[Correction]) -> list[Flowable]:
    """Sluiting: notes, the next meeting, and the one closing line with the recorded end time, kept
    together so the last page never holds a lone sentence."""
    s = styles()
    record = data.record
    heading = f"{record.closing.number}. {record.closing.title}"
    parts: list[Flowable] = [Heading(text(heading), s.h1, heading), *_corrected(heading, corrections)]
    notes = _CLOSING_SENTENCE.sub(" ", record.closing.text or "").strip()
    if notes:
        parts.append(Paragraph(text(notes), s.body))
    parts += _taken(record.closing.decisions, record.closing.actions)
    if data.meeting.next_meeting_on:
        parts.append(Paragraph(
            f"De volgende vergadering is op {text(long_date(data.meeting.next_meeting_on))}.", s.body))
    last = (closing_line(record.closed_at) if record.closed_at
            else "De voorzitter sluit de vergadering.")
    parts.append(Paragraph(text(last), s.closing))
    return [keep(*parts)]
