import pytest

from casusoverleg_desktop.domain.enums import PartnerDomain, PartnerTier, StatementType
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services import partners, signals


def test_partner_crud(ctx):
    created = partners.create_partner(ctx, "Veilig Thuis Lindeveld", PartnerDomain.ZORG,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    assert not created.covenant_signed
    changed = partners.update_partner(ctx, created.id, covenant_signed=True, short_name="VT")
    assert changed.covenant_signed and changed.short_name == "VT"
    assert [p.name for p in partners.list_partners(ctx)] == ["Veilig Thuis Lindeveld"]
    partners.delete_partner(ctx, created.id)
    assert partners.list_partners(ctx) == []


def test_duplicate_partner_name_is_refused(ctx, region):
    with pytest.raises(ValidationError, match="al een partner met de naam 'Lindeveld College'"):
        partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                PartnerTier.EXTERNE_CASUSPARTNER)


def test_partner_in_use_cannot_be_deleted(ctx, region, case):
    signals.record_signal(ctx, case.id, "Verzuim.", StatementType.FEIT, partner_id=region.school.id)
    with pytest.raises(ValidationError, match="kan niet worden verwijderd"):
        partners.delete_partner(ctx, region.school.id)
    assert region.school.name in [p.name for p in partners.list_partners(ctx)]


def test_professionals_are_listed_per_partner_and_made_inactive(ctx, region):
    names = [p.name for p in partners.list_professionals(ctx, region.school.id)]
    assert names == ["J. Hekman", "mentor klas 3B"]
    gone = partners.update_professional(ctx, region.mentor.id, active=False)
    assert not gone.active
    assert region.psychiater.qualified_for_diagnosis


def test_unknown_partner_is_reported_in_dutch(ctx):
    with pytest.raises(NotFound, match="De partner met nummer 99 bestaat niet"):
        partners.add_professional(ctx, 99, "Iemand")
