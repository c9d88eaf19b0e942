"""Het verslag (full minutes): the record of the meeting, per case in BOB order.

The closing line "De voorzitter sluit de vergadering om hh.mm uur." is the last sentence of the
minutes; adopted minutes get the signature block ("Aldus vastgesteld in de vergadering van …")
underneath, with a field for the minute taker (opgesteld) and one for the chair (vastgesteld).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents import sections
from casusoverleg_desktop.documents.data import BuiltDocument, CaseSection, GeneralItem, MinutesData
from casusoverleg_desktop.documents.layout import (
    Heading,
    Metadata,
    PageInfo,
    ProgressCallback,
    file_name,
    gap,
    key_values,
    long_date,
    render,
    short_date,
    styles,
    text,
)
from casusoverleg_desktop.domain.agenda import AGENDA_ADOPTED_UNCHANGED, OPENING_REMINDER, closing_line
from casusoverleg_desktop.domain.enums import BobPhase, MinutesStatus

SECRETARY_FIELD = "opgesteld"
CHAIR_FIELD = "vastgesteld"
NO_BALANCE_SHEET = "Er is voor deze bespreking geen balansblad vastgelegd."


def minutes_title(data: MinutesData) -> str:
    return f"Verslag {data.meeting.type_label.split(' (')[0]} {short_date(data.meeting.held_on)}"


def suggested_name(data: MinutesData) -> str:
    return file_name("verslag", f"{data.meeting.held_on:%Y-%m-%d}", *data.case_codes[:4])


def adoption_sentence(data: MinutesData) -> str | None:
    """'Aldus vastgesteld in de vergadering van 9 april 2025.' once the minutes are adopted."""
    if data.state is None or data.state.status is MinutesStatus.CONCEPT or data.state.adopted_on is None:
        return None
    return f"Aldus vastgesteld in de vergadering van {long_date(data.state.adopted_on)}."


def build_minutes(data: MinutesData, *, signature_fields: bool | None = None,
                  progress: ProgressCallback | None = None) -> BuiltDocument:
    """The full minutes as a PDF in memory.

    ``signature_fields`` reserves the two signature areas (default: when the minutes are adopted).
    """
    s = styles()
    adoption = adoption_sentence(data)
    concept = adoption is None
    story: list[Flowable] = [
        Paragraph("Verslag casusoverleg", s.title),
        Paragraph(text(f"{data.meeting.type_label} · {long_date(data.meeting.held_on)}"), s.subtitle),
        _state_block(data),
        gap(2),
        sections.meeting_block(data.meeting),
        gap(3),
        Paragraph("Aanwezigheid", s.h2),
        sections.attendance_table(data.attendance),
    ]
    story += _general(data.opening, OPENING_REMINDER, always=True)
    story += _general(data.agenda_item, AGENDA_ADOPTED_UNCHANGED)
    story += _previous(data)
    story += _general(data.announcements, "Er zijn geen mededelingen of ingekomen stukken.")
    if data.cases:
        story.append(Heading(f"{data.case_number}. Casusbespreking", s.h1,
                             f"{data.case_number}. Casusbespreking"))
        for index, case in enumerate(data.cases, start=1):
            story += _case(f"{data.case_number}.{index}", case)
    story += _general(data.any_other_business, "Er zijn geen punten voor de rondvraag.")
    story += _closing(data)
    if signature_fields if signature_fields is not None else not concept:
        intro = adoption or "Aldus vastgesteld in de vergadering van ______________________."
        story += [gap(6), Heading("Ondertekening", s.h2, "Ondertekening"),
                  sections.signature_block(text(intro), [
                      (SECRETARY_FIELD, "Opgesteld (notulist)"),
                      (CHAIR_FIELD, "Vastgesteld (voorzitter)")])]
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
    s = styles()
    state = data.state
    if state is None:
        return Paragraph("<b>Concept</b> — dit verslag is nog niet vastgesteld.", s.body)
    pairs = [("Versie", str(state.version))]
    if state.status is MinutesStatus.CONCEPT:
        pairs.append(("Status", "<b>Concept</b> — nog niet vastgesteld"))
    else:
        where = f" ({text(state.adopted_in)})" if state.adopted_in else ""
        pairs.append(("Status", f"<b>{text(state.status.label)}</b> in de vergadering van "
                                f"{text(long_date(state.adopted_on))}{where}"
                      if state.adopted_on else f"<b>{text(state.status.label)}</b>"))
        if state.adoption_corrections:
            pairs.append(("Correcties bij vaststelling", text(state.adoption_corrections)))
    if state.correction_note:
        pairs.append(("Correctie t.o.v. vorige versie", text(state.correction_note)))
    return key_values(pairs)


def _general(item: GeneralItem, default: str, *, always: bool = False) -> list[Flowable]:
    """A standard agenda point: its minuted text, else (or, with ``always``, first) ``default``."""
    s = styles()
    heading = f"{item.number}. {item.title}"
    parts: list[Flowable] = [Heading(text(heading), s.h1, heading)]
    if default and (always or not item.text):
        parts.append(Paragraph(text(default), s.body))
    if item.text:
        parts.append(Paragraph(text(item.text), s.body))
    return parts


def _previous(data: MinutesData) -> list[Flowable]:
    s = styles()
    parts = _general(data.previous, "")
    if data.previous_minutes:
        parts += [Paragraph(text(sentence), s.body) for sentence in data.previous_minutes]
    elif not data.previous.text:
        parts.append(Paragraph("Er is geen verslag ter vaststelling.", s.body))
    parts.append(Paragraph("Actielijst", s.h3))
    if data.reviewed_actions:
        parts.append(sections.actions_table(data.reviewed_actions, show_case=True, carried=True,
                                            show_review=True))
    else:
        parts.append(Paragraph("Er staan geen open actiepunten uit eerdere vergaderingen.", s.body))
    return parts


def _case(number: str, case: CaseSection) -> list[Flowable]:
    s = styles()
    heading = f"{number} Casus {case.code}"
    parts: list[Flowable] = [Heading(text(heading), s.h2, heading, level=1)]
    joined = [a.partner + ("" if a.status.value == "aanwezig" else f" ({a.status.label.lower()})")
              for a in case.attendance] or list(case.invited)
    pairs = [("Grondslag", text(case.legal_basis)),
             ("Betrokkenen", text("; ".join(f"{p.pseudonym} ({p.description})" for p in case.subjects)
                                  or "—")),
             ("Aan tafel", text(", ".join(joined) or "—"))]
    if case.slot_minutes:
        pairs.append(("Tijdsblok", f"{case.slot_minutes} minuten"))
    parts.append(key_values(pairs))
    if case.question:
        parts += [Paragraph("Vraag aan het overleg", s.h3), Paragraph(text(case.question), s.body)]
    if case.reviewed_actions:
        parts += [Paragraph("Stand van eerdere actiepunten", s.h3),
                  sections.actions_table(case.reviewed_actions, carried=True, show_review=True)]
    parts += _phase(case, BobPhase.BEELDVORMING, "Beeldvorming")
    if case.notes:
        parts.append(Paragraph(text(case.notes), s.body))
    parts += _phase(case, BobPhase.OORDEELSVORMING, "Oordeelsvorming", always=True)
    parts += _balance_hook(case)
    parts += _phase(case, BobPhase.BESLUITVORMING, "Besluitvorming", always=True)
    parts += [Paragraph("Besluiten", s.h3), sections.decisions_table(case.decisions, show_sharing=True),
              Paragraph("Actiepunten", s.h3), sections.actions_table(case.actions)]
    return parts


def _phase(case: CaseSection, phase: BobPhase, title: str, always: bool = False) -> list[Flowable]:
    s = styles()
    items = sections.contributions_by_phase(case.contributions, phase)
    if not items and not always:
        return [Paragraph(title, s.h3), Paragraph("Geen inbreng vastgelegd.", s.body)]
    if not items:
        return [Paragraph(title, s.h3)]
    return [Paragraph(title, s.h3), sections.contributions_table(items)]


def _balance_hook(case: CaseSection) -> list[Flowable]:
    """BALANCE-SHEET HOOK: prints the weighing when the service's provider returned one."""
    if case.balance is None:
        return [Paragraph(NO_BALANCE_SHEET, styles().small)]
    return sections.balance_block(case.balance)


def _closing(data: MinutesData) -> list[Flowable]:
    s = styles()
    heading = f"{data.closing.number}. {data.closing.title}"
    parts: list[Flowable] = [Heading(text(heading), s.h1, heading)]
    if data.closing.text:
        parts.append(Paragraph(text(data.closing.text), s.body))
    if data.meeting.next_meeting_on:
        parts.append(Paragraph(
            f"De volgende vergadering is op {text(long_date(data.meeting.next_meeting_on))}.", s.body))
    last = (closing_line(data.closed_at) if data.closed_at
            else "De voorzitter sluit de vergadering.")
    parts.append(Paragraph(text(last), s.closing))
    return parts

