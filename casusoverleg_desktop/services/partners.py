"""Chain partners and the professionals who represent them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import PartnerDomain, PartnerTier
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.models import Partner, Professional


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    short_name: str | None
    domain: PartnerDomain
    tier: PartnerTier
    covenant_signed: bool


@dataclass(frozen=True)
class ProfessionalInfo:
    id: int
    partner_id: int
    name: str
    function: str | None
    qualified_for_diagnosis: bool
    active: bool


def _partner_info(p: Partner) -> PartnerInfo:
    return PartnerInfo(p.id, p.name, p.short_name, p.domain, p.tier, p.covenant_signed)


def _professional_info(p: Professional) -> ProfessionalInfo:
    return ProfessionalInfo(p.id, p.partner_id, p.name, p.function, p.qualified_for_diagnosis,
                            p.active)


def create_partner(
    ctx: ServiceContext, name: str, domain: PartnerDomain, tier: PartnerTier, *,
    covenant_signed: bool = False, short_name: str | None = None,
) -> PartnerInfo:
    name = require_text(name, "de naam van de partner")
    with ctx.unit_of_work() as session:
        if session.scalar(select(Partner.id).where(Partner.name == name)) is not None:
            raise ValidationError(f"Er is al een partner met de naam '{name}'.")
        partner = Partner(name=name, short_name=short_name, domain=domain, tier=tier,
                          covenant_signed=covenant_signed)
        session.add(partner)
        session.flush()
        return _partner_info(partner)


def update_partner(
    ctx: ServiceContext, partner_id: int, *, name: str | None = None,
    short_name: str | None = None, domain: PartnerDomain | None = None,
    tier: PartnerTier | None = None, covenant_signed: bool | None = None,
) -> PartnerInfo:
    """Change the given fields; ``None`` leaves a field as it is."""
    with ctx.unit_of_work() as session:
        partner = fetch(session, Partner, partner_id)
        if name is not None:
            name = require_text(name, "de naam van de partner")
            clash = session.scalar(
                select(Partner.id).where(Partner.name == name, Partner.id != partner_id)
            )
            if clash is not None:
                raise ValidationError(f"Er is al een partner met de naam '{name}'.")
            partner.name = name
        if short_name is not None:
            partner.short_name = short_name or None
        if domain is not None:
            partner.domain = domain
        if tier is not None:
            partner.tier = tier
        if covenant_signed is not None:
            partner.covenant_signed = covenant_signed
        session.flush()
        return _partner_info(partner)


def delete_partner(ctx: ServiceContext, partner_id: int) -> None:
    """Remove a partner that nothing refers to yet (e.g. entered by mistake)."""
    with ctx.unit_of_work() as session:
        partner = fetch(session, Partner, partner_id)
        name = partner.name
        for professional in partner.professionals:
            session.delete(professional)
        session.delete(partner)
        try:
            session.flush()
        except IntegrityError:
            raise ValidationError(
                f"Partner '{name}' komt al voor in casussen of vergaderingen en kan niet "
                "worden verwijderd."
            ) from None


def list_partners(ctx: ServiceContext) -> list[PartnerInfo]:
    with ctx.unit_of_work() as session:
        return read_partners(session)


def read_partners(session: Session) -> list[PartnerInfo]:
    """``list_partners`` in the caller's unit of work."""
    return [_partner_info(p) for p in session.scalars(select(Partner).order_by(Partner.name))]


def add_professional(
    ctx: ServiceContext, partner_id: int, name: str, *, function: str | None = None,
    qualified_for_diagnosis: bool = False,
) -> ProfessionalInfo:
    name = require_text(name, "de naam van de professional")
    with ctx.unit_of_work() as session:
        fetch(session, Partner, partner_id)
        professional = Professional(partner_id=partner_id, name=name, function=function,
                                    qualified_for_diagnosis=qualified_for_diagnosis, active=True)
        session.add(professional)
        session.flush()
        return _professional_info(professional)


def update_professional(
    ctx: ServiceContext, professional_id: int, *, name: str | None = None,
    function: str | None = None, qualified_for_diagnosis: bool | None = None,
    active: bool | None = None,
) -> ProfessionalInfo:
    """Change the given fields; a professional who leaves is made inactive, not deleted."""
    with ctx.unit_of_work() as session:
        professional = fetch(session, Professional, professional_id)
        if name is not None:
            professional.name = require_text(name, "de naam van de professional")
        if function is not None:
            professional.function = function or None
        if qualified_for_diagnosis is not None:
            professional.qualified_for_diagnosis = qualified_for_diagnosis
        if active is not None:
            professional.active = active
        session.flush()
        return _professional_info(professional)


def list_professionals(
    ctx: ServiceContext, partner_id: int | None = None
) -> list[ProfessionalInfo]:
    with ctx.unit_of_work() as session:
        return read_professionals(session, partner_id)


def read_professionals(session: Session, partner_id: int | None = None) -> list[ProfessionalInfo]:
    """``list_professionals`` in the caller's unit of work."""
    query = select(Professional).order_by(Professional.name)
    if partner_id is not None:
        query = query.where(Professional.partner_id == partner_id)
    return [_professional_info(p) for p in session.scalars(query)]
