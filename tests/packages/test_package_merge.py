"""The merge rules one by one, between two real vaults: what both added is kept side by side, the
numbers users see stay unique, deletions travel both ways (and clash with a change as a conflict),
the same partner made on both sides becomes one, and the second package carries only what changed."""

from __future__ import annotations

import datetime as dt

import pytest
from chain_kit import build_chain
from package_kit import Laptop, pair, send, shared_content

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import (
    Attendance,
    MeetingType,
    PartnerDomain,
    PartnerTier,
)
from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services import (
    audit,
    balance,
    cases,
    chain,
    decisions,
    meetings,
    partners,
    signal_routes,
)
from casusoverleg_desktop.services.packages import package, peers
from casusoverleg_desktop.services.packages.package import ConflictKind, Keep

TO_SECRETARY, TO_CHAIR = "Laptop notulist", "Laptop voorzitter"


@pytest.fixture
def shared(chair, secretary):
    """A meeting with one case item and its balance sheet, prepared by the chair and sent once."""
    school = partners.create_partner(chair.ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER).id
    case = cases.create_case(chair.ctx, "LV-2026-014", "pga", dt.date(2026, 11, 2), purpose="PGA").id
    meeting = meetings.create_meeting(chair.ctx, MeetingType.ICO_MDO, dt.date(2026, 11, 26)).id
    meetings.add_case_item(chair.ctx, meeting, case, slot_minutes=20, invited_partner_ids=[school])
    sheet = balance.open_sheet(chair.ctx, case, meeting).id
    pair(chair, secretary)
    send(chair, secretary, meeting, TO_SECRETARY)
    [theirs] = meetings.list_meetings(secretary.ctx)
    return meeting, theirs.id, sheet, _only_sheet(secretary, theirs.id)


def _only_sheet(laptop: Laptop, meeting_id: int) -> int:
    [case] = cases.list_cases(laptop.ctx)
    found = balance.find_sheet(laptop.ctx, case.id, meeting_id)
    assert found is not None
    return found.id


def converged(chair: Laptop, secretary: Laptop, meeting: int, theirs: int) -> None:
    """Both vaults hold exactly the same rows with the same content, and intact audit trails."""
    assert shared_content(chair, meeting) == shared_content(secretary, theirs)
    assert audit.first_broken_entry(chair.ctx) is None and audit.first_broken_entry(secretary.ctx) is None


def test_what_both_added_is_kept_side_by_side_and_numbers_stay_unique(chair, secretary, shared):
    meeting, theirs, sheet, their_sheet = shared
    decisions.record_decision(chair.ctx, meeting, "Voorzitter: casus blijft op de agenda.")
    decisions.record_decision(secretary.ctx, theirs, "Notulist: school informeert ouders.")
    balance.add_entry(chair.ctx, sheet, BalanceSide.ZORG_ONTWIKKELING, "Moeder zoekt hulp.")
    balance.add_entry(secretary.ctx, their_sheet, BalanceSide.VEILIGHEID, "Contact met ronselaar.")

    came_in = send(secretary, chair, theirs, TO_CHAIR)
    assert came_in.package.conflicts == () and len(came_in.renumbered) == 1
    send(chair, secretary, meeting, TO_SECRETARY)

    for laptop, meeting_id in ((chair, meeting), (secretary, theirs)):
        numbered = {d.text: d.label for d in decisions.decisions(laptop.ctx, meeting_id)}
        assert sorted(numbered.values()) == ["B1", "B2"]
        assert len(numbered) == 2
    assert ({d.text: d.label for d in decisions.decisions(chair.ctx, meeting)}
            == {d.text: d.label for d in decisions.decisions(secretary.ctx, theirs)})
    assert {e.text for e in balance.get_sheet(chair.ctx, sheet).entries} == {
        "Moeder zoekt hulp.", "Contact met ronselaar."}
    converged(chair, secretary, meeting, theirs)


def test_only_what_changed_travels_the_second_time(chair, secretary, shared):
    meeting, theirs, sheet, _ = shared
    unacknowledged = package.outgoing_summary(chair.ctx, TO_SECRETARY, meeting)
    assert unacknowledged.total == 13  # sent once, not yet acknowledged: it all goes again
    send(secretary, chair, theirs, TO_CHAIR)  # acknowledges the chair's first package
    assert package.outgoing_summary(chair.ctx, TO_SECRETARY, meeting).total == 0
    balance.add_entry(chair.ctx, sheet, BalanceSide.ZORG_ONTWIKKELING, "Moeder zoekt hulp.")
    summary = package.outgoing_summary(chair.ctx, TO_SECRETARY, meeting)
    assert summary.records == {"balansregels": 1}
    send(chair, secretary, meeting, TO_SECRETARY)
    converged(chair, secretary, meeting, theirs)


def test_a_lost_package_is_caught_up_by_the_next(chair, secretary, shared):
    meeting, theirs, sheet, _ = shared
    send(secretary, chair, theirs, TO_CHAIR)
    balance.add_entry(chair.ctx, sheet, BalanceSide.ZORG_ONTWIKKELING, "Moeder zoekt hulp.")
    package.make_package(chair.ctx, chair.vault_id, TO_SECRETARY, meeting)  # lost on the way
    balance.add_entry(chair.ctx, sheet, BalanceSide.ZORG_ONTWIKKELING, "Vader werkt mee.")
    assert package.outgoing_summary(chair.ctx, TO_SECRETARY, meeting).records == {"balansregels": 2}
    send(chair, secretary, meeting, TO_SECRETARY)
    converged(chair, secretary, meeting, theirs)


def test_a_deletion_travels_and_a_change_to_a_deleted_row_is_a_conflict(chair, secretary, shared):
    meeting, theirs, sheet, their_sheet = shared
    kept = balance.add_entry(chair.ctx, sheet, BalanceSide.ZORG_ONTWIKKELING, "Moeder zoekt hulp.").id
    gone = balance.add_entry(chair.ctx, sheet, BalanceSide.ZORG_ONTWIKKELING, "Oude informatie.").id
    send(chair, secretary, meeting, TO_SECRETARY)
    send(secretary, chair, theirs, TO_CHAIR)
    their_kept = next(e.id for e in balance.get_sheet(secretary.ctx, their_sheet).entries
                      if e.text == "Moeder zoekt hulp.")

    balance.remove_entry(chair.ctx, gone)
    balance.remove_entry(chair.ctx, kept)
    balance.update_entry(secretary.ctx, their_kept, text="Moeder zoekt hulp bij het wijkteam.")
    came = send(chair, secretary, meeting, TO_SECRETARY, keep=Keep.MINE)
    assert [(c.kind, c.record) for c in came.package.conflicts] == [
        (ConflictKind.DELETED_THERE, "Balansregel: Moeder zoekt hulp bij het wijkteam.")]
    assert [e.text for e in balance.get_sheet(secretary.ctx, their_sheet).entries] == [
        "Moeder zoekt hulp bij het wijkteam."]  # the other deletion came in; the changed row stays

    back = package.make_package(secretary.ctx, secretary.vault_id, TO_CHAIR, theirs).data
    [conflict] = package.read_package(chair.ctx, chair.vault_id, back).conflicts
    assert conflict.kind is ConflictKind.DELETED_HERE
    package.import_package(chair.ctx, chair.vault_id, back, {conflict.key: Keep.THEIRS})  # restore
    assert [e.text for e in balance.get_sheet(chair.ctx, sheet).entries] == [
        "Moeder zoekt hulp bij het wijkteam."]
    send(chair, secretary, meeting, TO_SECRETARY)
    converged(chair, secretary, meeting, theirs)


def test_the_same_partner_made_on_both_sides_becomes_one(chair, secretary):
    for laptop in (chair, secretary):
        partners.create_partner(laptop.ctx, "Politie Lindeveld", PartnerDomain.VEILIGHEID,
                                PartnerTier.KERNPARTIJ)
    police = partners.list_partners(secretary.ctx)[0].id
    meeting = meetings.create_meeting(secretary.ctx, MeetingType.ICO_MDO, dt.date(2026, 11, 26)).id
    meetings.set_attendance(secretary.ctx, meeting, police, Attendance.AANWEZIG)
    pair(chair, secretary)
    send(secretary, chair, meeting, TO_CHAIR)
    assert [p.name for p in partners.list_partners(chair.ctx)] == ["Politie Lindeveld"]
    [mine] = meetings.list_meetings(chair.ctx)
    [present] = meetings.attendance(chair.ctx, mine.id)
    assert present.partner_id == partners.list_partners(chair.ctx)[0].id
    send(chair, secretary, mine.id, TO_SECRETARY)
    send(secretary, chair, meeting, TO_CHAIR)
    converged(chair, secretary, mine.id, meeting)


def test_a_reporters_route_travels_with_its_whole_chain_version(chair, secretary):
    kit = build_chain(chair.ctx, adopt=True)
    case = cases.create_case(chair.ctx, "LV-2026-020", "pga", dt.date(2026, 11, 2), purpose="PGA").id
    reporter = cases.add_reporter(chair.ctx, case, dt.date(2026, 11, 2), person="Mentor",
                                  chain_route_id=kit.worry_route).id
    signal_routes.advance(chair.ctx, reporter, kit.steps["weigh"], dt.date(2026, 11, 4))
    meeting = meetings.create_meeting(chair.ctx, MeetingType.ICO_MDO, dt.date(2026, 11, 26)).id
    meetings.add_case_item(chair.ctx, meeting, case, slot_minutes=20)
    pair(chair, secretary)
    send(chair, secretary, meeting, TO_SECRETARY)

    [theirs] = meetings.list_meetings(secretary.ctx)
    [their_reporter] = cases.open_case(secretary.ctx, cases.list_cases(secretary.ctx)[0].id).reporters
    route = signal_routes.signal_route(secretary.ctx, their_reporter.id)
    assert route is not None and route.route.name == "Zorgen over radicalisering"
    assert [p.step.action for p in route.passages] == ["Meldpunt neemt de melding aan",
                                                       "Weegploeg weegt de melding"]
    [municipality] = chain.list_municipalities(secretary.ctx)
    [version] = chain.list_versions(secretary.ctx, municipality.id)
    view = chain.chain_view(secretary.ctx, version.id)
    assert [r.name for r in view.routes] == ["Zorgen over radicalisering", "Acute dreiging"]  # whole
    converged(chair, secretary, meeting, theirs.id)


def test_pairing_anew_after_a_restore_catches_up_without_losing_a_word(chair, secretary, shared):
    """A vault restored from a backup numbers its packages from an older point: refused as older,
    with the way out in the message. Unpaired and paired anew, the first package carries everything
    again; what matches is quiet, what differs is put to the user."""
    meeting, theirs, sheet, their_sheet = shared
    send(secretary, chair, theirs, TO_CHAIR)
    balance.add_entry(chair.ctx, sheet, BalanceSide.VEILIGHEID, "Contact met ronselaar.")
    first = package.make_package(chair.ctx, chair.vault_id, TO_SECRETARY, meeting).data
    second = package.make_package(chair.ctx, chair.vault_id, TO_SECRETARY, meeting).data
    package.import_package(secretary.ctx, secretary.vault_id, second)
    with pytest.raises(ImportRejected, match="teruggezet uit een back-up"):
        package.import_package(secretary.ctx, secretary.vault_id, first)

    peers.remove_peer(chair.ctx, TO_SECRETARY)
    peers.remove_peer(secretary.ctx, TO_CHAIR)
    pair(chair, secretary)
    [entry] = [e for e in balance.get_sheet(secretary.ctx, their_sheet).entries]
    balance.update_entry(secretary.ctx, entry.id, text="Contact met ronselaar via sociale media.")
    again = package.make_package(chair.ctx, chair.vault_id, TO_SECRETARY, meeting).data
    [conflict] = package.read_package(secretary.ctx, secretary.vault_id, again).conflicts
    assert (conflict.mine, conflict.theirs) == ("Contact met ronselaar via sociale media.",
                                                "Contact met ronselaar.")
    package.import_package(secretary.ctx, secretary.vault_id, again, {conflict.key: Keep.MINE})
    send(secretary, chair, theirs, TO_CHAIR)
    converged(chair, secretary, meeting, theirs)
