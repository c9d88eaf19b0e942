import datetime as dt

import pytest
from sqlalchemy import func, select, text, update
from vault_admin_kit import work_on

from casusoverleg_desktop.domain.enums import LegalBasis, PartnerDomain, PartnerTier, StatementType
from casusoverleg_desktop.services import audit, cases, partners, signals
from casusoverleg_desktop.services.access import SESSION_HOOKS, VaultSession
from casusoverleg_desktop.services.audit import UnauditedChange, verify_chain
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.database import Database
from casusoverleg_desktop.store.models import AuditEntry, Partner

# A new vault starts with its certificate authority and the first user's signing credential.
VAULT_CREATION_ENTITIES = {"vault", "user_account", "vault_authority", "signing_credential"}


def _entries(vault):
    with work_on(vault) as session:
        return session.execute(
            select(AuditEntry.id, AuditEntry.actor, AuditEntry.action, AuditEntry.entity_type,
                   AuditEntry.summary).order_by(AuditEntry.id)).all()


def _verify(vault):
    with work_on(vault) as session:
        return verify_chain(session)


def test_changes_and_openings_are_recorded_with_user_action_and_entity(ctx, vault, case):
    cases.set_review_date(ctx, case.id, dt.date(2025, 4, 9))
    cases.open_case(ctx, case.id)
    rows = [(actor, action, entity, summary) for _, actor, action, entity, summary
            in _entries(vault) if entity not in VAULT_CREATION_ENTITIES]
    assert rows == [
        ("voorzitter", "aangemaakt", "case_file", "aangemaakt"),
        ("voorzitter", "aangemaakt", "case_transition", "aangemaakt"),
        ("voorzitter", "gewijzigd", "case_file", "gewijzigd: next_review_date"),
        ("voorzitter", "geopend", "case_file", "casusdossier geopend"),
    ]
    assert _verify(vault) is None


def test_a_window_reading_its_open_case_again_records_no_second_opening(ctx, vault, case):
    cases.open_case(ctx, case.id)
    cases.set_review_date(ctx, case.id, dt.date(2025, 4, 9))
    cases.open_case(ctx, case.id, already_open=True)
    actions = [action for _, _, action, entity, _ in _entries(vault) if entity == "case_file"]
    assert actions == ["aangemaakt", "geopend", "gewijzigd"]


def test_summaries_are_content_free(ctx, vault, case, region):
    signals.record_signal(ctx, case.id, "Noemde de dader van een aanslag 'een held'.",
                          StatementType.FEIT, partner_id=region.school.id)
    assert not any("held" in summary for *_, summary in _entries(vault))


def test_deletions_are_recorded(ctx, vault):
    partner = partners.create_partner(ctx, "Tijdelijk", PartnerDomain.VOORVELD,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    partners.delete_partner(ctx, partner.id)
    assert [(a, e) for _, _, a, e, _ in _entries(vault)][-1] == ("verwijderd", "partner")
    assert _verify(vault) is None


def test_a_row_changed_directly_with_sql_is_named(ctx, vault, case):
    cases.set_review_date(ctx, case.id, dt.date(2025, 4, 9))
    cases.open_case(ctx, case.id)
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 2"))
    assert _verify(vault) == 2


def test_a_recomputed_hash_breaks_the_link_to_the_next_entry(ctx, vault, case):
    cases.open_case(ctx, case.id)
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET hash = :h WHERE id = 1"), {"h": "f" * 64})
    assert _verify(vault) == 1
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET prev_hash = :h WHERE id = 2"), {"h": "f" * 64})
    # entry 1 is now wrong in itself; entry 2 would chain to it: the first break is reported.
    assert _verify(vault) == 1


def test_a_removed_entry_is_detected_at_its_successor(ctx, vault, case):
    cases.open_case(ctx, case.id)
    with vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = 2"))
    assert _verify(vault) == 3


def test_a_change_without_an_actor_cannot_be_committed(vault):
    """Units of work always carry their actor; a session made around them still cannot write."""
    database = Database(vault.engine, SESSION_HOOKS)
    with pytest.raises(UnauditedChange), database._sessions() as session, session.begin():
        session.add(Partner(name="Stiekem", domain=PartnerDomain.ZORG,
                            tier=PartnerTier.CASUSPARTIJ, covenant_signed=False))
    with work_on(vault) as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == 0


def test_bulk_updates_that_would_bypass_the_trail_are_refused(ctx, region):
    with pytest.raises(UnauditedChange), ctx.unit_of_work() as session:
        session.execute(update(Partner).values(covenant_signed=False))


def test_recent_entries_newest_first(ctx, case):
    cases.open_case(ctx, case.id)
    newest = audit.recent_entries(ctx, limit=2)
    assert [e.action for e in newest] == ["geopend", "aangemaakt"]


def test_chain_holds_for_a_clock_outside_utc(vault):
    summer = dt.timezone(dt.timedelta(hours=2))
    local = ServiceContext(VaultSession(vault), "notulist",
                           clock=lambda: dt.datetime(2025, 5, 15, 16, 0, tzinfo=summer))
    cases.create_case(local, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    assert _verify(vault) is None
    assert audit.recent_entries(local, 1)[0].at == dt.datetime(2025, 5, 15, 14, 0)
