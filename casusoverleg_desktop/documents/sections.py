"""Building blocks several documents share: header data, attendance, contributions, decisions,
actions, the balance-sheet summary and the signature block."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents.data import (
    ActionLine,
    AttendanceLine,
    BalanceSummary,
    ContributionLine,
    DecisionLine,
    MeetingHeader,
    SignalLine,
)
from casusoverleg_desktop.documents.layout import (
    CONTENT_WIDTH,
    FONT_BOLD,
    SignatureArea,
    category_tag,
    cells,
    clock,
    gap,
    keep,
    key_values,
    short_date,
    statement_tag,
    styles,
    table,
    text,
)
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    BobPhase,
    DataCategory,
    StatementType,
    Verification,
)
from casusoverleg_desktop.domain.labels import long_date

_ATTENDANCE_WORDS = {
    Attendance.AANWEZIG: "aanwezig",
    Attendance.AFWEZIG_MK: "afwezig m.k.",
    Attendance.AFWEZIG_ZK: "afwezig z.k.",
}


def meeting_times(meeting: MeetingHeader) -> str:
    if meeting.start_time and meeting.end_time:
        return f"{clock(meeting.start_time)}–{clock(meeting.end_time)} uur"
    if meeting.start_time:
        return f"vanaf {clock(meeting.start_time)} uur"
    return "—"


def legal_basis_phrase(bases: Sequence[str]) -> str:
    return "; ".join(dict.fromkeys(bases)) if bases else "—"


def meeting_block(meeting: MeetingHeader, *, with_people: bool = True) -> Flowable:
    pairs = [
        ("Soort overleg", text(meeting.type_label + (f" — {meeting.title}" if meeting.title else ""))),
        ("Datum", text(long_date(meeting.held_on))),
        ("Tijd", text(meeting_times(meeting))),
        ("Plaats", text(meeting.location or "—")),
    ]
    if with_people:
        pairs += [("Voorzitter", text(meeting.chair or "—")),
                  ("Notulist", text(meeting.minute_taker or "—"))]
    pairs.append(("Grondslag", text(legal_basis_phrase(meeting.legal_bases))))
    return key_values(pairs)


def attendance_table(lines: Sequence[AttendanceLine]) -> Flowable:
    s = styles()
    if not lines:
        return Paragraph("De aanwezigheid is niet vastgelegd.", s.body)
    ordered = sorted(lines, key=lambda a: list(_ATTENDANCE_WORDS).index(a.status))
    rows: list[Sequence[object]] = [cells(["Partner", "Vertegenwoordigd door", "Aanwezigheid", "Opmerking"],
                                      s.cell_head)]
    for line in ordered:
        rows.append(cells([text(line.partner), text(line.person or "—"),
                           text(_ATTENDANCE_WORDS[line.status]), text(line.note or "")]))
    return table(rows, [54 * mm, 46 * mm, 27 * mm, CONTENT_WIDTH - 127 * mm])


DIAGNOSIS_WARNING = ('<br/><font size="7.5" color="#7A4B00">Let op: diagnose-achtige uitspraak zonder '
                     'bron met de juiste kwalificatie.</font>')


def tagged(statement_type: StatementType, category: DataCategory, body: str, *, prefix: str = "") -> str:
    """User text after its statement-type and data-category tags ('FEIT BIJZONDER …  text')."""
    tags = " ".join(t for t in (prefix, statement_tag(statement_type), category_tag(category)) if t)
    return f"{tags}&nbsp; {text(body)}"


def muted(markup: str) -> str:
    """A small grey line under a cell's text."""
    return f'<br/><font size="7.5" color="#5B6675">{markup}</font>'


def contribution_markup(c: ContributionLine) -> str:
    return tagged(c.statement_type, c.data_category, c.text) + (DIAGNOSIS_WARNING if c.diagnosis_flag else "")


def contributions_table(items: Sequence[ContributionLine]) -> Flowable:
    s = styles()
    rows: list[Sequence[object]] = [cells(["Partner", "Inbreng"], s.cell_head)]
    for c in items:
        who = text(c.partner) + (f'<br/><font color="#5B6675">{text(c.professional)}</font>'
                                 if c.professional else "")
        rows.append(cells([who, contribution_markup(c)]))
    return table(rows, [42 * mm, CONTENT_WIDTH - 42 * mm])


def signals_table(items: Sequence[SignalLine]) -> Flowable:
    """Signals as discussed: S3/C1, when and from whom, with feit/mening/hypothese and the markers."""
    s = styles()
    rows: list[Sequence[object]] = [cells(["Nr.", "Signaal", "Bron"], s.cell_head)]
    for signal in items:
        body = tagged(signal.statement_type, signal.data_category, signal.text,
                      prefix='<font color="#1F6F43"><b>CONTRA</b></font>' if signal.is_contra else "")
        if signal.diagnosis_flag:
            body += DIAGNOSIS_WARNING
        if signal.verification is not Verification.ONBEVESTIGD:
            body += muted(text(signal.verification.label))
        source = text(signal.source)
        if signal.observed_on:
            source += f"<br/>{short_date(signal.observed_on)}"
        rows.append(cells([f"<b>{text(signal.label)}</b>", body, source]))
    return table(rows, [12 * mm, CONTENT_WIDTH - 12 * mm - 44 * mm, 44 * mm])


def contributions_by_phase(items: Sequence[ContributionLine], phase: BobPhase) -> list[ContributionLine]:
    return [c for c in items if c.phase is phase]


def decisions_table(items: Sequence[DecisionLine], *, show_case: bool = False,
                    show_sharing: bool = False) -> Flowable:
    s = styles()
    if not items:
        return Paragraph("Geen besluiten.", s.body)
    head = ["Nr.", "Besluit"] + (["Casus"] if show_case else [])
    rows: list[Sequence[object]] = [cells(head, s.cell_head)]
    for d in items:
        body = text(d.text)
        if show_sharing:
            shared = ", ".join(d.shared_with) if d.shared_with else "met geen enkele partner"
            body += muted(f"Gedeeld in uittreksel: {text(shared)}")
        row = [f"<b>{text(d.label)}</b>", body] + ([text(d.case_code or "algemeen")] if show_case else [])
        rows.append(cells(row))
    widths = [12 * mm, CONTENT_WIDTH - 12 * mm - (30 * mm if show_case else 0)]
    if show_case:
        widths.append(30 * mm)
    return table(rows, widths)


def _when_markup(action: ActionLine) -> str:
    when = text(action.when)
    if action.postponements:
        times = "1 keer" if action.postponements == 1 else f"{action.postponements} keer"
        when += f'<br/><font size="7.5" color="#8A1C1C">{times} uitgesteld</font>'
    return when


def _status_word(status: ActionStatus) -> str:
    return status.label.lower()


def _number_width(labels: Sequence[str], least: float) -> float:
    """Room for the longest number on one line ('A12 (17-12-2025)' from a meeting of last year)."""
    widest = max(stringWidth(label, FONT_BOLD, styles().cell.fontSize) for label in labels)
    return max(least, widest + 9)  # the cell's padding, and a little air


def actions_table(items: Sequence[ActionLine], *, show_case: bool = False, carried: bool = False,
                  show_review: bool = False) -> Flowable:
    s = styles()
    if not items:
        return Paragraph("Geen actiepunten.", s.body)
    head = ["Nr.", "Actie", "Wie", "Wanneer", "Status"]
    rows: list[Sequence[object]] = [cells(head, s.cell_head)]
    for a in items:
        label = f"<b>{text(a.label)}</b>"
        what = text(a.description)
        extra = []
        if show_case and a.case_code:
            extra.append(f"casus {a.case_code}")
        if a.concerns:
            extra.append(f"betreft {a.concerns}")
        if extra:
            what += muted(text("; ".join(extra)))
        if show_review and a.review_note:
            what += f'<br/><font size="8" color="#1F3A5F">Bespreking: {text(a.review_note)}</font>'
        who = text(a.owner)
        if a.addressed_to:
            who += muted(f"aan: {text(', '.join(a.addressed_to))}")
        rows.append(cells([label, what, who, _when_markup(a), text(_status_word(a.status))]))
    first = _number_width([a.label for a in items], 21 * mm if carried else 13 * mm)
    widths = [first, CONTENT_WIDTH - first - 40 * mm - 32 * mm - 17 * mm, 40 * mm, 32 * mm, 17 * mm]
    return table(rows, widths)


def balance_block(balance: BalanceSummary) -> list[Flowable]:
    """The balance sheet in brief, as the minutes record it: the lines of each side, the scale, the
    chair's priority with its rationale, dissent, the measures and their proportionality."""
    s = styles()
    parts: list[Flowable] = [Paragraph("Balansblad", s.h3)]
    for side in balance.sides:
        if not side.lines:
            continue
        rows: list[Sequence[object]] = [cells([side.title], s.cell_head)]
        for line in side.lines:
            body = tagged(line.statement_type, line.data_category, line.text)
            rows.append(cells([body + (muted(text(line.detail)) if line.detail else "")]))
        parts += [table(rows, [CONTENT_WIDTH]), gap(1.5)]
    pairs = []
    if balance.scores or balance.consensus_score is not None:
        scores = ", ".join(f"{text(partner)} {score}" for partner, score in balance.scores)
        consensus = (f"<b>consensus {balance.consensus_score}</b>"
                     if balance.consensus_score is not None else "")
        pairs.append(("Schaalvraag (0–10)", "; ".join(p for p in (consensus, scores) if p)))
    pairs += [("Prioriteit", f"<b>{text(balance.priority)}</b>"),
              ("Onderbouwing", text(balance.rationale or "—"))]
    for measure in balance.measures:
        pairs.append((text(measure.kind), text(measure.text) + (" (dwingend)" if measure.coercive else "")))
    if balance.proportionality:
        weighed = [m.text for m in balance.measures if m.coercive]
        label = "Proportionaliteit" + (f" ({'; '.join(weighed)})" if weighed else "")
        pairs.append((text(label), text(balance.proportionality)))
    pairs += [("Formele taxatie", text(f)) for f in balance.formal_assessments]
    if balance.open_questions:
        pairs.append(("Open vragen", "<br/>".join(text(q) for q in balance.open_questions)))
    parts.append(key_values(pairs))
    if balance.dissent:
        rows = [cells(["Afwijkend standpunt", "Positie", "Reden"], s.cell_head)]
        rows += [cells([text(d.partner), text(d.position), text(d.reason)]) for d in balance.dissent]
        parts += [gap(1.5), table(rows, [38 * mm, (CONTENT_WIDTH - 38 * mm) / 2,
                                         (CONTENT_WIDTH - 38 * mm) / 2])]
    return parts


def signature_block(intro: str, boxes: Sequence[tuple[str, str]]) -> Flowable:
    s = styles()
    return keep(Paragraph(intro, s.body), gap(2), SignatureArea(boxes))
