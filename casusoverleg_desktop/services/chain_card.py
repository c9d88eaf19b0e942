"""Exporting a municipality's chain as a signaleringskaart (PDF, SVG or PNG) for front-line partners.

The card carries organisational contacts and the routes only, never case data, so exporting it is
not logged as a document export of case data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from casusoverleg_desktop.documents.chain_card import (
    PAPERS,
    CardContact,
    CardData,
    CardPromise,
    CardRoute,
    CardStep,
    build_card,
    card_pdf,
    card_png,
    card_svg,
)
from casusoverleg_desktop.domain.flowchart import longest_path_ranks
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services import chain
from casusoverleg_desktop.services.chain import RouteInfo, StepInfo
from casusoverleg_desktop.services.chain_chart import flow_of
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_export import save_export

__all__ = ["CARD_FORMATS", "card_data", "card_format", "check_paper", "export_card", "version_for_card"]

CARD_FORMATS = (".pdf", ".svg", ".png")


def card_format(target: Path) -> str:
    """The file's format from its suffix: '.pdf', '.svg' or '.png'."""
    suffix = target.suffix.lower()
    if suffix not in CARD_FORMATS:
        raise ValidationError(f"Een signaleringskaart kan een PDF, SVG of PNG zijn: laat de bestandsnaam "
                              f"eindigen op .pdf, .svg of .png (niet '{target.name}').")
    return suffix


def check_paper(paper: str) -> str:
    if paper.upper() not in PAPERS:
        raise ValidationError(f"Papierformaat '{paper}' ken ik niet; kies A4 of A3.")
    return paper.upper()


def version_for_card(ctx: ServiceContext, municipality: str | None, on: dt.date) -> int:
    """The version to print for ``municipality`` (needed when there are several): the adopted
    version in force on ``on``, else the newest adopted one, else the newest concept."""
    known = chain.list_municipalities(ctx)
    names = ", ".join(m.name for m in known)
    if not known:
        raise NotFound("Er is nog geen keten vastgelegd: voeg eerst een gemeente met haar routes toe "
                       "(pagina Keten).")
    if municipality is None:
        if len(known) > 1:
            raise ValidationError(f"Deze kluis heeft de keten van meer gemeenten; kies er één: {names}.")
        chosen = known[0]
    else:
        wanted = municipality.strip().casefold()
        found = [m for m in known if m.name.casefold() == wanted]
        if not found:
            raise NotFound(f"Gemeente '{municipality.strip()}' staat niet in de kluis. Gemeenten: {names}.")
        chosen = found[0]
    versions = chain.list_versions(ctx, chosen.id)  # newest first
    if not versions:
        raise NotFound(f"Gemeente {chosen.name} heeft nog geen versie van de keten.")
    adopted = [v for v in versions if v.is_adopted]
    in_force = [v for v in adopted if v.in_force_from <= on]
    return (in_force or adopted or versions)[0].id


def card_data(ctx: ServiceContext, version_id: int) -> CardData:
    view = chain.chain_view(ctx, version_id)
    if not view.routes:
        raise ValidationError(f"Versie {view.version.number} van de keten van {view.version.municipality} "
                              "heeft nog geen routes: er valt nog niets op de signaleringskaart te zetten.")
    version = view.version
    return CardData(version.municipality, version.number, version.in_force_from, version.adopted_on,
                    local_time(ctx.clock()).date(), tuple(_card_route(route) for route in view.routes),
                    flow_of(view, compact=True))


def export_card(ctx: ServiceContext, version_id: int, target: Path, paper: str = "A4") -> Path:
    """Write the card to ``target`` (atomically, owner-only) in the format its suffix names."""
    suffix = card_format(target)
    card = build_card(card_data(ctx, version_id), check_paper(paper))
    if suffix == ".pdf":
        content = card_pdf(card)
    elif suffix == ".svg":
        content = card_svg(card).encode("utf-8")
    else:
        content = card_png(card)
    return save_export(target, content)


def _card_route(route: RouteInfo) -> CardRoute:
    contacts: dict[int, CardContact] = {}
    for step in route.contact_steps:
        member = step.member
        contacts.setdefault(member.id, CardContact(member.organisation, member.contact_function,
                                                   member.contact_phone, member.contact_email))
    return CardRoute(route.name, route.worry, route.is_acute, tuple(contacts.values()),
                     tuple(_card_step(route, step) for step in _in_order(route)),
                     tuple(CardPromise(step.promise, step.promise_days) for step in route.promises
                           if step.promise and step.promise_days is not None))


def _card_step(route: RouteInfo, step: StepInfo) -> CardStep:
    labels = [link.label for link in route.links if link.to_step_id == step.id and link.label]
    return CardStep(step.member.name, step.action, step.within_days, step.information, step.person_informed,
                    " of ".join(labels) or None)


def _in_order(route: RouteInfo) -> list[StepInfo]:
    """The steps as they follow each other: by longest path from the entry, then by position."""
    successors: dict[int, list[int]] = {}
    for source, target in route.link_pairs:
        successors.setdefault(source, []).append(target)
    rank = longest_path_ranks((step.id for step in route.steps), successors)
    return sorted(route.steps, key=lambda s: (rank[s.id], s.position))
