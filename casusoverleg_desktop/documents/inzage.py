"""The inzage dossier for one person: what the vault holds about them, for them to read.

``Dossier`` is what the services gather; ``burn`` applies the chair's review decisions to it, so
text that would reveal a third party is gone (replaced, or the item left out) before anything is
printed or serialised. ``build_inzage`` and ``dossier_json`` only ever see a burned dossier.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents.data import BuiltDocument, ExportStamp
from casusoverleg_desktop.documents.layout import (
    CONTENT_WIDTH,
    Heading,
    Metadata,
    PageInfo,
    cells,
    file_name,
    gap,
    key_values,
    render,
    short_date,
    styles,
    table,
    text,
)
from casusoverleg_desktop.domain.enums import RedactionChoice
from casusoverleg_desktop.domain.labels import long_date

REDACTED = "[weggelakt]"


@dataclass(frozen=True)
class DossierItem:
    """One thing the vault holds about the person. ``third_party`` gives the reasons it would
    reveal someone else (empty: no review needed); ``redacted_text``/``redacted_source`` are the
    item with those parts replaced. ``ask_source``: from police or OM, to be checked with them."""

    key: str
    kind: str
    label: str
    day: dt.date | None
    text: str
    source: str | None
    third_party: tuple[str, ...] = ()
    ask_source: bool = False
    redacted_text: str = ""
    redacted_source: str | None = None
    redacted_label: str = ""

    @property
    def needs_review(self) -> bool:
        return bool(self.third_party) or self.ask_source


@dataclass(frozen=True)
class RecipientLine:
    partner: str
    exported_on: dt.date
    carried: str


@dataclass(frozen=True)
class CaseDossier:
    code: str
    status: str
    opened_on: dt.date
    closed_on: dt.date | None
    role: str
    legal_bases: tuple[str, ...]
    purpose: str | None
    retention: str
    sources: tuple[str, ...]
    recipients: tuple[RecipientLine, ...]
    items: tuple[DossierItem, ...]
    withheld: int = 0  # items left out by the review (burned dossiers only)


@dataclass(frozen=True)
class Dossier:
    request_id: int
    person: str
    request_kind: str
    requester: str
    received_on: dt.date
    due: dt.date
    made_on: dt.date
    cases: tuple[CaseDossier, ...]

    @property
    def review_items(self) -> tuple[DossierItem, ...]:
        return tuple(item for case in self.cases for item in case.items if item.needs_review)


def burn(dossier: Dossier, choices: Mapping[str, RedactionChoice]) -> Dossier:
    """The dossier as it may go out: WEGLAKKEN replaces the third-party parts, ACHTERHOUDEN leaves
    the item out; a review item without a choice is left out too."""
    cases = []
    for case in dossier.cases:
        kept: list[DossierItem] = []
        for item in case.items:
            choice = choices.get(item.key) if item.needs_review else RedactionChoice.TONEN
            if choice is RedactionChoice.TONEN:
                kept.append(replace(item, third_party=(), ask_source=False))
            elif choice is RedactionChoice.WEGLAKKEN:
                kept.append(replace(item, text=item.redacted_text, source=item.redacted_source,
                                    label=item.redacted_label, third_party=(), ask_source=False))
        cases.append(replace(case, items=tuple(kept), withheld=len(case.items) - len(kept)))
    return replace(dossier, cases=tuple(cases))


def dossier_json(dossier: Dossier) -> str:
    """The burned dossier as JSON, for the person (machine-readable, AVG art. 15(3))."""
    def item(i: DossierItem) -> dict[str, object]:
        return {"soort": i.kind, "kenmerk": i.label, "datum": i.day.isoformat() if i.day else None,
                "tekst": i.text, "bron": i.source}

    return json.dumps({
        "inzage": {"persoon": dossier.person, "verzoek": dossier.request_kind, "verzoeker": dossier.requester,
                   "ontvangen_op": dossier.received_on.isoformat(),
                   "opgemaakt_op": dossier.made_on.isoformat()},
        "casussen": [{
            "code": c.code, "status": c.status, "geopend_op": c.opened_on.isoformat(),
            "afgesloten_op": c.closed_on.isoformat() if c.closed_on else None, "rol": c.role,
            "grondslagen": list(c.legal_bases), "doel": c.purpose, "bewaartermijn": c.retention,
            "bronnen": list(c.sources),
            "ontvangers": [{"partner": r.partner, "datum": r.exported_on.isoformat(), "verstrekt": r.carried}
                           for r in c.recipients],
            "gegevens": [item(i) for i in c.items], "achtergehouden": c.withheld,
        } for c in dossier.cases],
    }, ensure_ascii=False, indent=2) + "\n"


def build_inzage(dossier: Dossier, stamp: ExportStamp) -> BuiltDocument:
    """The PDF for the person; ``dossier`` must be burned (``burn``)."""
    s = styles()
    story: list[Flowable] = [
        Paragraph(text(stamp.organisation), s.title),
        Paragraph(text(f"Inzage in uw gegevens: {dossier.person}"), s.subtitle),
        key_values([
            ("Verzoek", text(f"{dossier.request_kind}, ontvangen op {long_date(dossier.received_on)}")),
            ("Ingediend door", text(dossier.requester)),
            ("Opgemaakt op", text(long_date(dossier.made_on))),
            ("Casussen", text(", ".join(c.code for c in dossier.cases) or "geen")),
        ]),
        gap(4),
        Paragraph(text(
            "U vroeg welke gegevens het Zorg- en Veiligheidshuis over u verwerkt. Hieronder staat per "
            "casus wat wij over u vastlegden, op welke grondslag en met welk doel, hoe lang wij het "
            "bewaren, van welke organisaties de gegevens komen en aan welke partners wij gegevens "
            "verstrekten. Waar gegevens over anderen gaan, zijn die weggelakt of achtergehouden om hun "
            "privacy te beschermen (AVG artikel 15 lid 4 en artikel 23)."), s.body),
    ]
    if not dossier.cases:
        story.append(Paragraph("Wij verwerken geen gegevens over u.", s.body))
    for case in dossier.cases:
        story += _case(case)
    title = f"Inzage {dossier.person}"
    bases = dict.fromkeys(b for c in dossier.cases for b in c.legal_bases)
    rendered = render(
        story,
        Metadata(title=title, subject="Inzage in persoonsgegevens (AVG artikel 15)",
                 author=stamp.organisation, keywords=("inzage", "AVG", "vertrouwelijk")),
        PageInfo(document="Inzage in persoonsgegevens",
                 legal_basis="; ".join(bases) or "—",
                 case_codes=tuple(c.code for c in dossier.cases), stamp=stamp, audience="de betrokkene"))
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("inzage", f"verzoek-{dossier.request_id}", f"{dossier.made_on:%Y-%m-%d}"))


def _case(case: CaseDossier) -> list[Flowable]:
    s = styles()
    closed = f", afgesloten op {short_date(case.closed_on)}" if case.closed_on else ""
    flow: list[Flowable] = [
        Heading(text(f"Casus {case.code}"), s.h1, f"Casus {case.code}"),
        key_values([
            ("Uw rol", text(case.role)),
            ("Stand", text(f"{case.status}; geopend op {short_date(case.opened_on)}{closed}")),
            ("Grondslagen", text("; ".join(case.legal_bases))),
            ("Doel", text(case.purpose or "—")),
            ("Bewaartermijn", text(case.retention)),
            ("Bronnen", text(", ".join(case.sources) or "—")),
        ]),
        Paragraph("Gegevens", s.h2),
    ]
    if case.items:
        rows = [cells(["Soort", "Kenmerk", "Datum", "Gegevens", "Bron"], s.cell_head)]
        rows += [cells([text(i.kind), text(i.label), short_date(i.day), text(i.text),
                        text(i.source or "—")]) for i in case.items]
        flow.append(table(rows, [24 * mm, 20 * mm, 20 * mm, CONTENT_WIDTH - 104 * mm, 40 * mm], zebra=True))
    if case.withheld:
        flow.append(Paragraph(text(
            f"{case.withheld} {'onderdeel is' if case.withheld == 1 else 'onderdelen zijn'} achtergehouden "
            "ter bescherming van anderen of op verzoek van de bron (AVG artikel 15 lid 4 en artikel 23)."),
            s.small))
    flow.append(Paragraph("Verstrekt aan partners", s.h2))
    if case.recipients:
        rows = [cells(["Partner", "Datum", "Verstrekt"], s.cell_head)]
        rows += [cells([text(r.partner), short_date(r.exported_on), text(r.carried)])
                 for r in case.recipients]
        flow.append(table(rows, [60 * mm, 24 * mm, CONTENT_WIDTH - 84 * mm]))
    else:
        flow.append(Paragraph("Er zijn geen uittreksels van deze casus aan partners verstrekt.", s.body))
    return flow
