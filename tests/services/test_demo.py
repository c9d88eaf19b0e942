"""The demo vault: what issue item 7 asks for is there, counted by query, on a real vault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from vault_admin_kit import admin_of, work_on

from casusoverleg_desktop.demo.data import PARTNERS, PROFESSIONALS
from casusoverleg_desktop.demo.story import create_demo
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    CaseNoteKind,
    CaseStatus,
    DataCategory,
    InformedStatus,
    MeetingStatus,
    MinutesStatus,
    PartnerDomain,
    StatementType,
)
from casusoverleg_desktop.errors import VaultExists
from casusoverleg_desktop.services import chain, chain_monitor, signal_routes
from casusoverleg_desktop.services import search as search_service
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.audit import verify_chain
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.overview import chair_overview
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import models as m
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()

TODAY = dt.date(2026, 3, 4)  # a Wednesday
PASSPHRASE = "demo kluis van de voorzitter"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("demo") / "kluis"
    made = create_demo(root, PASSPHRASE, today=TODAY, settings=SETTINGS)
    vault = unlock(root, "voorzitter", PASSPHRASE, settings=SETTINGS)
    yield made, vault
    vault.close()


@pytest.fixture
def session(demo):
    _, vault = demo
    with work_on(vault) as session:
        yield session


def _count(session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery()))


def test_two_accounts_on_the_same_passphrase(demo):
    made, vault = demo
    assert {(u.login, u.role) for u in admin_of(vault).users()} == {
        ("voorzitter", Role.CHAIR), ("notulist", Role.SECRETARY)}
    unlock(made.root, "notulist", PASSPHRASE, settings=SETTINGS).close()
    assert made.recovery_code


def test_an_existing_vault_is_refused(demo):
    made, _ = demo
    with pytest.raises(VaultExists):
        create_demo(made.root, PASSPHRASE, today=TODAY, settings=SETTINGS)


def test_partners_across_all_domains_with_professionals(session):
    domains = session.scalars(select(m.Partner.domain).distinct()).all()
    assert set(domains) == set(PartnerDomain)
    assert _count(session, select(m.Partner.id)) == len(PARTNERS) >= 6
    assert _count(session, select(m.Professional.id)) == len(PROFESSIONALS)
    partners_with_people = select(m.Professional.partner_id).distinct()
    assert _count(session, partners_with_people) == len(PARTNERS)


def test_cases_in_different_lifecycle_states(session):
    statuses = session.scalars(select(m.Case.status)).all()
    assert len(statuses) >= 4 and len(set(statuses)) == len(statuses)
    closed = session.scalars(select(m.Case).where(m.Case.status == CaseStatus.AFGESLOTEN)).one()
    assert closed.closure_reason is not None and closed.closed_on is not None
    assert closed.transitions[-1].rationale

    school_case_minor = (
        select(m.Case.id).join(m.Reporter, m.Reporter.case_id == m.Case.id)
        .join(m.Partner, m.Partner.id == m.Reporter.partner_id)
        .join(m.Subject, m.Subject.case_id == m.Case.id)
        .where(m.Partner.domain == PartnerDomain.ONDERWIJS, m.Subject.age < 18)
    )
    assert _count(session, school_case_minor) >= 1
    after_detention = (
        select(m.Case.id).join(m.CaseNote, m.CaseNote.case_id == m.Case.id)
        .join(m.Subject, m.Subject.case_id == m.Case.id)
        .where(m.CaseNote.kind == CaseNoteKind.INVRIJHEIDSTELLING, m.Subject.age.between(18, 25))
    )
    assert _count(session, after_detention) >= 1
    postponed = session.scalars(select(m.InformedRecord).where(
        m.InformedRecord.status == InformedStatus.UITGESTELD)).one()
    assert postponed.postponement_reason and postponed.review_date < TODAY
    family = session.scalars(select(m.Subject).where(m.Subject.case_id == postponed.case_id)).all()
    assert len(family) >= 3 and any(s.age is not None and s.age < 18 for s in family)


def test_reporters_feedback_and_one_waiting_past_due(session):
    assert _count(session, select(m.ReporterFeedback.id)) >= 4
    waiting = select(m.Reporter.id).where(
        m.Reporter.respond_by < TODAY,
        ~select(m.ReporterFeedback.id).where(
            m.ReporterFeedback.reporter_id == m.Reporter.id).exists())
    assert _count(session, waiting) == 1


def test_signals_of_every_kind(session):
    signals = session.scalars(select(m.Signal)).all()
    assert {s.statement_type for s in signals} == set(StatementType)
    assert {s.data_category for s in signals} == set(DataCategory)
    assert any(s.is_contra for s in signals)
    assert [s.text for s in signals if s.diagnosis_flag] == [
        "Mogelijk ADHD: hij kan zich in geen enkele les concentreren (niet onderzocht)."]
    assert {s.verification.value for s in signals} == {"onbevestigd", "bevestigd", "weerlegd"}
    assert _count(session, select(m.Assessment.id)) >= 4
    assert _count(session, select(m.EscalationEvent.id)) >= 2


def test_meetings_held_adopted_and_in_preparation(session):
    meetings = session.scalars(select(m.Meeting).order_by(m.Meeting.held_on)).all()
    assert len(meetings) >= 3
    adopted = session.scalars(select(m.MinutesVersion).where(
        m.MinutesVersion.status != MinutesStatus.CONCEPT)).one()
    held = session.get(m.Meeting, adopted.meeting_id)
    adopting = session.get(m.Meeting, adopted.adopted_in_meeting_id)
    assert held.status is MeetingStatus.GEHOUDEN and adopting.held_on > held.held_on
    assert adopted.status is MinutesStatus.ONDERTEKEND and adopted.version == 2
    assert _count(session, select(m.MinutesCorrection.id)) == 1
    closed = [g for g in meetings if g.status is MeetingStatus.GEHOUDEN]
    assert _count(session, select(m.FrozenRecord.id)) == len(closed) >= 3

    preparing = [g for g in meetings if g.status is MeetingStatus.IN_VOORBEREIDING]
    assert len(preparing) == 1 and preparing[0].held_on > TODAY
    case_items = [i for i in preparing[0].agenda if i.case_id is not None]
    assert len(case_items) >= 3 and all(i.slot_minutes and i.question for i in case_items)
    invited = select(m.AgendaItemInvitation.id).where(
        m.AgendaItemInvitation.agenda_item_id.in_([i.id for i in case_items]))
    assert _count(session, invited) >= 9
    statuses = set(session.scalars(select(m.MeetingAttendance.status)))
    assert statuses == set(Attendance)


def test_contributions_decisions_and_actions(session):
    contributing = select(m.Contribution.partner_id).distinct()
    assert _count(session, contributing) >= 6
    domains = session.scalars(select(m.Partner.domain).distinct().join(
        m.Contribution, m.Contribution.partner_id == m.Partner.id)).all()
    assert len(domains) >= 4
    assert _count(session, select(m.DecisionShare.id)) >= 10
    numbers = session.execute(select(m.Decision.meeting_id, func.max(m.Decision.number),
                                     func.count()).group_by(m.Decision.meeting_id)).all()
    assert all(highest == count for _, highest, count in numbers)

    acts = session.scalars(select(m.ActionItem)).all()
    open_ = [a for a in acts if not a.status.is_closed]
    assert any(a.status is ActionStatus.AFGEROND for a in acts)
    assert any(a.due_date and a.due_date < TODAY for a in open_)  # overdue
    assert any(a.postponement_count and a.due_date >= TODAY for a in open_)  # postponed
    assert any(a.condition for a in open_) and any(a.ongoing for a in open_)
    assert _count(session, select(m.ActionReview.id).where(m.ActionReview.note.is_not(None))) >= 5


def test_the_overview_has_something_in_every_category(demo):
    _, vault = demo
    overview = chair_overview(ServiceContext(VaultSession(vault), "voorzitter"), TODAY)
    assert len(overview.upcoming_meetings) >= 2
    for category in ("overdue_actions", "actions_due_this_week", "case_reviews",
                     "reporters_waiting", "postponed_informing_due"):
        assert getattr(overview, category), category
    assert any(r.overdue for r in overview.case_reviews)


@pytest.mark.parametrize("today", [dt.date(2027, 1, 3), dt.date(2026, 7, 10)])  # Sunday, Friday
def test_the_overview_is_full_on_any_day(tmp_path: Path, today: dt.date):
    root = tmp_path / "kluis"
    create_demo(root, PASSPHRASE, today=today, settings=SETTINGS)
    vault = unlock(root, "voorzitter", PASSPHRASE, settings=SETTINGS)
    try:
        overview = chair_overview(ServiceContext(VaultSession(vault), "voorzitter"), today)
        assert all((overview.upcoming_meetings, overview.overdue_actions,
                    overview.actions_due_this_week, overview.reporters_waiting,
                    overview.postponed_informing_due))
    finally:
        vault.close()


def test_audit_trail_verifies_and_names_both_users(demo, session):
    assert verify_chain(session) is None
    actors = set(session.scalars(select(m.AuditEntry.actor).distinct()))
    assert actors == {"voorzitter", "notulist"}
    times = session.scalars(select(m.AuditEntry.at).order_by(m.AuditEntry.id)).all()
    assert times == sorted(times) and times[-1].date() == TODAY  # the story runs forward


def test_demo_content_is_searchable(demo):
    _, vault = demo
    ctx = ServiceContext(VaultSession(vault), "voorzitter")
    hits = search_service.search(ctx, "locatieverbod")
    assert {h.entity_type for h in hits} >= {"signal", "contribution", "decision", "case_note"}
    assert search_service.search(ctx, "zorgcoordinator")  # diacritics folded


def test_nothing_from_the_scenarios_region(demo):
    _, vault = demo
    with ServiceContext(VaultSession(vault), "voorzitter").unit_of_work() as session:
        texts = [t for model, column in ((m.Signal, m.Signal.text), (m.Partner, m.Partner.name),
                                         (m.Professional, m.Professional.name),
                                         (m.Contribution, m.Contribution.text))
                 for t in session.scalars(select(column))]
    for name in ("Lindeveld", "Dekkers", "Brinkhorst", "Daan", "Milan"):
        assert not any(name in t for t in texts)


def test_both_municipalities_have_an_adopted_chain_and_the_signals_follow_it(demo):
    made, vault = demo
    ctx = ServiceContext(VaultSession(vault), "voorzitter")
    views = {municipality.name: chain.chain_view(ctx, chain.list_versions(ctx, municipality.id)[0].id)
             for municipality in chain.list_municipalities(ctx)}
    assert sorted(views) == ["Bremerdijk", "Wadmeer"]
    assert all(view.version.is_adopted and not view.problems for view in views.values())
    assert len({member.partner_id for view in views.values() for member in view.members}) >= 10
    for view in views.values():
        assert len(view.routes) >= 3 and sum(route.is_acute for route in view.routes) == 1
        assert {"Zorgen over radicalisering", "Acute dreiging"} <= {route.name for route in view.routes}
        assert all(member.contact for member in view.members)
    with ctx.unit_of_work() as session:
        reporters = session.scalars(select(m.Reporter)).all()
        routes = signal_routes.read_signal_routes(session, reporters)
        first_feedback = dict(session.execute(select(m.ReporterFeedback.reporter_id,
                                                     func.min(m.ReporterFeedback.given_on))
                                              .group_by(m.ReporterFeedback.reporter_id)).all())
        on_route = [r for r in reporters if r.id in routes]
    assert len(on_route) == 4 and max(len(routes[r.id].passages) for r in on_route) == 4
    kept = [r for r in on_route if r.id in first_feedback and first_feedback[r.id] <= r.respond_by]
    late = [r for r in on_route if r.id in first_feedback and first_feedback[r.id] > r.respond_by]
    waiting = [r for r in on_route if r.id not in first_feedback and r.respond_by < made.today]
    assert kept and late and waiting
    report = chain_monitor.monitor(ctx, made.today - dt.timedelta(days=400), made.today, made.today)
    assert set(report.municipalities) == {"Bremerdijk", "Wadmeer"}
