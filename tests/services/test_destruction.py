"""Destroying a case after its retention date: refusals change nothing; afterwards no text of the
case is left in the vault or its automatic backups, other cases and the audit trail stay sound."""

from __future__ import annotations

import dataclasses
import datetime as dt
from io import BytesIO

import pytest
from nothing_left import found_in_backups, found_in_database
from other_users import PASSPHRASES, as_user
from pypdf import PdfReader
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import (
    BobPhase,
    CaseNoteKind,
    CaseStatus,
    ClosureReason,
    MeetingType,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.errors import NotFound, NotPermitted, ValidationError
from casusoverleg_desktop.services import (
    actions,
    audit,
    balance,
    cases,
    contributions,
    decisions,
    destruction,
    meetings,
    minutes,
    retention,
    search,
    signals,
)
from casusoverleg_desktop.services.document_signatures import store_minutes_revision
from casusoverleg_desktop.services.meeting_record import stored_record

MARKERS = ("Quirijnzoon", "Zwartkoekoek", "Ijsbeerfluit", "Klompenzager", "Doedelzakker",
           "Vlindermoeras", "Hooibergvink", "Stoomwalsje")
LATER = dt.date(2031, 6, 1)


def at(ctx, day: dt.date):
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return dataclasses.replace(ctx, clock=lambda: moment)


@pytest.fixture
def table(ctx, vault, region, admitted_case):
    """The case with a marker word in each kind of content, discussed with a second case in a
    meeting that was closed, adopted (a correction on its section) and stored as PDF; then closed."""
    code, school = admitted_case.code, region.school.id
    basis = retention.legal_bases(ctx, admitted_case.id)[0].basis
    kept = cases.create_case(ctx, "LV-2025-020", basis, dt.date(2025, 2, 11))
    person = cases.add_subject(ctx, admitted_case.id, "Quirijnzoon D.", SubjectRole.PRIMAIR).id
    signals.record_signal(ctx, admitted_case.id, "Zwartkoekoek op de schoolmuur.", StatementType.FEIT,
                          partner_id=school)
    cases.add_case_note(ctx, admitted_case.id, CaseNoteKind.VOORGESCHIEDENIS, "Vroeger Ijsbeerfluit.")
    meeting = meetings.create_meeting(ctx, _ico(), dt.date(2025, 3, 5), start_time=dt.time(14)).id
    item = meetings.add_case_item(ctx, meeting, admitted_case.id, invited_partner_ids=[school]).id
    other = meetings.add_case_item(ctx, meeting, kept.id, invited_partner_ids=[school]).id
    contributions.add_contribution(ctx, item, school, "Mentor ziet Klompenzager.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    contributions.add_contribution(ctx, other, school, "Andere casus blijft bewaard.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    decisions.record_decision(ctx, meeting, "Besluit Doedelzakker.", agenda_item_id=item,
                              case_id=admitted_case.id)
    actions.create_action(ctx, meeting, "Actie Vlindermoeras.", school, agenda_item_id=item,
                          case_id=admitted_case.id, concerned_subject_id=person,
                          due_date=dt.date(2025, 3, 20))
    sheet = balance.open_sheet(ctx, admitted_case.id, meeting).id
    balance.add_entry(ctx, sheet, BalanceSide.VEILIGHEID, "Balans Hooibergvink.")
    meetings.close_meeting(ctx, meeting, dt.time(15))
    section = next(s for s in minutes.minutes_sections(ctx, meeting) if code in s)
    adopted = minutes.adopt_in_writing(ctx, meeting, dt.date(2025, 3, 12), "rondgestuurd",
                                       [Correction(section, "Lees Stoomwalsje.")])
    with ctx.unit_of_work() as session:
        store_minutes_revision(session, ctx, adopted.id, b"%PDF-1.7 Stoomwalsje", 1, "velden")
    cases.close_case(ctx, admitted_case.id, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt.",
                     dt.date(2025, 4, 1))
    vault.renew_automatic_backups("test")  # the automatic backups now hold the case
    return admitted_case, kept, meeting


def _ico():
    return MeetingType.ICO_MDO


def markers_left(vault) -> list[str]:
    key = vault._data_keys[max(vault._data_keys)]
    return (found_in_database(vault.paths.db, key, vault.cipher, MARKERS)
            + found_in_backups(vault.paths.backups, key, vault.cipher, MARKERS))


def test_the_markers_are_found_before_destruction(vault, table):
    left = markers_left(vault)
    assert {m for m in MARKERS if any(m in line for line in left)} == set(MARKERS)


def test_destroying_leaves_no_text_of_the_case_anywhere(ctx, vault, table):
    case, kept, meeting = table
    later = at(ctx, dt.date(2031, 6, 1))
    assert destruction.check_destruction(later, case.id) == []
    report = destruction.destroy_case(later, case.id, case.code, backups=admin_of(vault))

    assert report.case_code == case.code and report.documents_removed == 1
    assert report.backups_rewritten >= 1 and report.record_count >= 10
    assert report.removed["case_file"] == 1 and report.removed["signal"] == 1
    assert report.removed["balance_entry"] == 1 and report.removed["minutes_correction"] == 1
    assert report.rewritten == {"meeting_record": 1, "minutes_version": 1}
    assert markers_left(vault) == []
    assert len(list(vault.paths.backups.glob("auto-*-na-vernietiging.cobak"))) == 1

    with ctx.unit_of_work() as session:
        record = stored_record(session, meeting)
    assert [c.code for c in record.cases] == ["(vernietigd)", kept.code]
    assert "01-06-2031 vernietigd" in record.cases[0].notes
    assert search.search(ctx, "bewaard")  # the other case is still indexed
    assert [c.code for c in cases.list_cases(ctx)] == [kept.code]

    trail = admin_of(vault).check_audit_trail()
    assert trail.intact, trail.problems()
    [info] = destruction.destruction_records(ctx)
    assert (info.case_code, info.closed_on, info.destroyed_by) == (
        case.code, dt.date(2025, 4, 1), "voorzitter")
    assert info.audit_head and info.retention_until == dt.date(2030, 4, 1)
    built = destruction.proces_verbaal(ctx, info.id)
    words = "".join(page.extract_text() for page in PdfReader(BytesIO(built.pdf)).pages)
    assert "Proces-verbaal van vernietiging" in words and case.code in words
    assert "buiten het bereik" in words and not any(m in words for m in MARKERS)
    with pytest.raises(NotFound, match="al vernietigd op 01-06-2031"):
        destruction.find_case(ctx, case.code)


def _unchanged(ctx, vault, before):
    assert [c.code for c in cases.list_cases(ctx)] == before
    assert audit.check_trail(ctx).intact


@pytest.mark.parametrize("confirm", ["", "LV-2025-015", "verkeerd"])
def test_a_wrong_confirmation_destroys_nothing(ctx, vault, table, confirm):
    case = table[0]
    with pytest.raises(ValidationError, match=f"Typ ter bevestiging de casuscode {case.code}"):
        destruction.destroy_case(at(ctx, LATER), case.id, confirm, backups=admin_of(vault))
    _unchanged(ctx, vault, ["LV-2025-014", "LV-2025-020"])


def test_refusals_before_the_date_under_a_hold_for_an_open_case_and_for_the_secretary(ctx, vault, table):
    case, kept, _ = table
    early = at(ctx, dt.date(2030, 3, 31))
    assert destruction.check_destruction(early, case.id) == [
        f"De bewaartermijn van casus {case.code} loopt tot 01-04-2030."]
    with pytest.raises(ValidationError, match="loopt tot 01-04-2030"):
        destruction.destroy_case(early, case.id, case.code, backups=admin_of(vault))
    hold = retention.hold_case(ctx, case.id, "Procedure bij de rechtbank loopt")
    with pytest.raises(ValidationError, match="bewaarplicht op casus LV-2025-014: Procedure bij"):
        destruction.destroy_case(at(ctx, LATER), case.id, case.code, backups=admin_of(vault))
    retention.lift_hold(ctx, hold.id, "Uitspraak gedaan")
    assert "niet afgesloten" in destruction.check_destruction(at(ctx, LATER), kept.id)[0]
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"])
    with pytest.raises(NotPermitted, match="Alleen de voorzitter vernietigt"):
        destruction.destroy_case(as_user(at(ctx, LATER), "notulist"), case.id, case.code,
                                 backups=admin_of(vault))
    _unchanged(ctx, vault, ["LV-2025-014", "LV-2025-020"])
    assert destruction.check_destruction(at(ctx, LATER), case.id) == []


def test_the_status_vernietigd_is_not_set_by_hand(ctx, table):
    case = table[0]
    with pytest.raises(ValidationError, match="Vernietigen"):
        cases.transition_case(ctx, case.id, CaseStatus.VERNIETIGD, "weg ermee")
    assert [c.status for c in cases.list_cases(ctx) if c.id == case.id] == [CaseStatus.AFGESLOTEN]


def test_a_reporter_on_a_route_goes_with_its_passages_and_the_chain_stays(ctx, vault, region, admitted_case):
    from chain_kit import build_chain
    from sqlalchemy import func, select

    from casusoverleg_desktop.services import chain, signal_routes
    from casusoverleg_desktop.store.chain_models import ReporterRoute, RoutePassage

    kit = build_chain(ctx, adopt=True, in_force_from=dt.date(2025, 1, 1))
    reporter = cases.add_reporter(ctx, admitted_case.id, dt.date(2025, 2, 10), partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date(2025, 2, 12))
    cases.close_case(ctx, admitted_case.id, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt.",
                     dt.date(2025, 4, 1))
    report = destruction.destroy_case(at(ctx, LATER), admitted_case.id, admitted_case.code,
                                      backups=admin_of(vault))
    removed = report.removed
    assert (removed["reporter"], removed["reporter_route"], removed["route_passage"]) == (1, 1, 2)
    with ctx.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(ReporterRoute)) == 0
        assert session.scalar(select(func.count()).select_from(RoutePassage)) == 0
    assert len(chain.chain_view(ctx, kit.version_id).routes) == 2  # the chain itself is no case content
    trail = admin_of(vault).check_audit_trail()
    assert trail.intact, trail.problems()
    [info] = destruction.destruction_records(ctx)
    built = destruction.proces_verbaal(ctx, info.id)
    words = "".join(page.extract_text() for page in PdfReader(BytesIO(built.pdf)).pages)
    assert "Routes van meldingen" in words and "Doorlopen routestappen" in words
