"""Content coverage of the audit trail: rows changed, added or removed with SQL outside the app
are named by ``check_trail``; everything the app does itself, database cascades included, is not."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from vault_admin_kit import work_on

from casusoverleg_desktop.domain.enums import BobPhase, MeetingType, PartnerDomain, PartnerTier, StatementType
from casusoverleg_desktop.services import audit, balance, cases, contributions, meetings, partners
from casusoverleg_desktop.services.audit import (
    ADDED_OUTSIDE,
    CHANGED_OUTSIDE,
    REMOVED_OUTSIDE,
    ContentFinding,
    check_trail,
)
from casusoverleg_desktop.store.models import AuditEntry, Case


@pytest.fixture
def item(ctx, case, region):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    return meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[region.politie.id])


@pytest.fixture
def contribution(ctx, item, region):
    return contributions.add_contribution(ctx, item.id, region.politie.id, "Score 6.",
                                          bob_phase=BobPhase.OORDEELSVORMING,
                                          statement_type=StatementType.MENING)


def outside(vault, sql: str, **params: object) -> None:
    """SQL straight on the vault's SQLCipher database, past the app's sessions and listener."""
    with vault.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_app_use_from_a_fresh_vault_leaves_an_intact_trail(ctx, contribution, region):
    partner = partners.create_partner(ctx, "Tijdelijk", PartnerDomain.VOORVELD,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    partners.update_partner(ctx, partner.id, short_name="Tijd")
    partners.delete_partner(ctx, partner.id)
    report = check_trail(ctx)
    assert report.intact, report
    assert report.broken_at is None and report.findings == ()


def test_a_contribution_edited_with_sql_is_named(ctx, vault, contribution):
    outside(vault, "UPDATE contribution SET text = 'Score 2.' WHERE id = :id", id=contribution.id)
    report = check_trail(ctx)
    assert report.findings == (ContentFinding("contribution", contribution.id, CHANGED_OUTSIDE),)
    assert report.broken_at is None and not report.intact


def test_a_flag_flipped_with_sql_is_named(ctx, vault, contribution):
    outside(vault, "UPDATE contribution SET diagnosis_flag = 1 WHERE id = :id", id=contribution.id)
    assert [f.row_id for f in check_trail(ctx).findings] == [contribution.id]


def test_a_row_inserted_with_sql_is_named(ctx, vault, contribution, region):
    outside(vault, "INSERT INTO contribution (agenda_item_id, partner_id, bob_phase, statement_type,"
                   " data_category, text, diagnosis_flag) SELECT agenda_item_id, partner_id, bob_phase,"
                   " statement_type, data_category, 'Verzonnen.', 0 FROM contribution WHERE id = :id",
            id=contribution.id)
    assert check_trail(ctx).findings == (
        ContentFinding("contribution", contribution.id + 1, ADDED_OUTSIDE),)


def test_a_row_deleted_with_sql_is_named(ctx, vault, contribution):
    outside(vault, "DELETE FROM contribution WHERE id = :id", id=contribution.id)
    assert check_trail(ctx).findings == (
        ContentFinding("contribution", contribution.id, REMOVED_OUTSIDE),)


def test_a_row_put_back_after_the_app_deleted_it_is_named(ctx, vault):
    partner = partners.create_partner(ctx, "Tijdelijk", PartnerDomain.VOORVELD,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    partners.delete_partner(ctx, partner.id)
    outside(vault, "INSERT INTO partner (id, name, domain, tier, covenant_signed) "
                   "VALUES (:id, 'Tijdelijk', 'voorveld', 'externe_casuspartner', 0)", id=partner.id)
    assert check_trail(ctx).findings == (ContentFinding("partner", partner.id, ADDED_OUTSIDE),)


def test_a_value_the_app_cannot_read_is_still_named(ctx, vault, contribution):
    """Hashing the stored values, not the mapped ones: an impossible enum value does not crash."""
    outside(vault, "UPDATE contribution SET bob_phase = 'onzin' WHERE id = :id", id=contribution.id)
    assert [f.what for f in check_trail(ctx).findings] == [CHANGED_OUTSIDE]


def test_rows_the_database_nulls_on_delete_are_recorded(ctx, case, region):
    """Deleting a partner deletes its professionals; the case manager link goes to NULL in SQLite."""
    partner = partners.create_partner(ctx, "Tijdelijk", PartnerDomain.ZORG,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    manager = partners.add_professional(ctx, partner.id, "T. Tijdelijk")
    cases.set_case_manager(ctx, case.id, manager.id)
    partners.delete_partner(ctx, partner.id)
    assert check_trail(ctx).intact
    last = audit.recent_entries(ctx, 3)
    assert ("gewijzigd", "case_file", "gewijzigd: case_manager_id") in [
        (e.action, e.entity_type, e.summary) for e in last]


def test_rows_the_database_cascades_away_are_recorded(ctx, vault, item, contribution, case):
    """Removing a whole case (as its destruction will) takes its rows along without false alarms."""
    balance.open_sheet(ctx, case.id, item.meeting_id)
    with work_on(vault) as session:
        session.delete(session.get(Case, case.id))
    report = check_trail(ctx)
    assert report.intact, report
    with work_on(vault) as session:
        removed = set(session.scalars(select(AuditEntry.entity_type).where(
            AuditEntry.action == audit.DELETED)))
    assert {"case_file", "case_transition", "agenda_item", "contribution", "balance_sheet"} <= removed


def test_entries_from_before_content_hashing_raise_no_alarm(ctx, vault, contribution):
    """A vault migrated from before this change: its entries carry no content hash."""
    _rechain(vault)
    outside(vault, "UPDATE contribution SET text = 'Score 2.' WHERE id = :id", id=contribution.id)
    report = check_trail(ctx)
    assert report.intact, report  # not judged: nothing says what was written
    newer = contributions.add_contribution(ctx, contribution.agenda_item_id, contribution.partner_id,
                                           "Nog een.", bob_phase=BobPhase.BEELDVORMING,
                                           statement_type=StatementType.FEIT)
    assert check_trail(ctx).intact
    outside(vault, "UPDATE contribution SET text = 'Score 3.' WHERE id = :id", id=contribution.id)
    assert check_trail(ctx).intact
    outside(vault, "UPDATE contribution SET text = 'Anders.' WHERE id = :id", id=newer.id)
    assert check_trail(ctx).findings == (ContentFinding("contribution", newer.id, CHANGED_OUTSIDE),)


def _rechain(vault) -> None:
    """Recompute every entry's hash as the program before content hashing (and seals) wrote it."""
    previous = audit.GENESIS_HASH
    with vault.engine.begin() as conn:
        rows = conn.execute(select(AuditEntry.__table__).order_by(AuditEntry.id)).mappings().all()
        for row in rows:
            fields = audit._fields(row["id"], row["at"], row["actor"], row["action"],
                                   row["entity_type"], row["entity_id"], row["summary"], previous,
                                   None)
            previous = audit._digest(fields)
            conn.execute(text("UPDATE audit_entry SET content_sha256 = NULL, actor_seal = NULL, "
                              "prev_hash = :p, hash = :h WHERE id = :id"),
                         {"p": fields["prev_hash"], "h": previous, "id": row["id"]})
