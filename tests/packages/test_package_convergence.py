"""Property: whatever non-conflicting edits the chair and the secretary make on their own laptop, in
whatever order, with packages passed (or lost) in between, the two vaults end with the same content
once each has sent the other one more package."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_kit import Laptop, shared_content, two_laptops

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import MeetingType, PartnerDomain, PartnerTier, StatementType
from casusoverleg_desktop.services import audit, balance, cases, decisions, meetings, partners, signals
from casusoverleg_desktop.services.packages import package

NAMES = {0: "Laptop notulist", 1: "Laptop voorzitter"}  # whom each side sends to

side = st.integers(0, 1)
text = st.text(alphabet="abcdefghij ëé", min_size=1, max_size=12).map(str.strip).filter(bool)
operation = st.one_of(
    st.tuples(st.just("entry"), side, text),
    st.tuples(st.just("edit"), side, text),
    st.tuples(st.just("remove"), side),
    st.tuples(st.just("decision"), side, text),
    st.tuples(st.just("signal"), side, text),
    st.tuples(st.just("question" ), side, text),
    st.tuples(st.just("send"), side),
    st.tuples(st.just("lose"), side),
)


@dataclass
class Side:
    laptop: Laptop
    meeting: int
    case: int
    item: int
    sheet: int
    partner: int
    own_entries: list[int] = field(default_factory=list)


def _set_up(chair: Laptop, secretary: Laptop) -> list[Side]:
    school = partners.create_partner(chair.ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER).id
    case = cases.create_case(chair.ctx, "LV-2026-014", "pga", dt.date(2026, 11, 2), purpose="PGA").id
    meeting = meetings.create_meeting(chair.ctx, MeetingType.ICO_MDO, dt.date(2026, 11, 26)).id
    item = meetings.add_case_item(chair.ctx, meeting, case, slot_minutes=20, invited_partner_ids=[school]).id
    sheet = balance.open_sheet(chair.ctx, case, meeting).id
    made = package.make_package(chair.ctx, chair.vault_id, NAMES[0], meeting)
    package.import_package(secretary.ctx, secretary.vault_id, made.data)
    [their_meeting] = meetings.list_meetings(secretary.ctx)
    [their_case] = cases.list_cases(secretary.ctx)
    [their_item] = [i for i in meetings.agenda(secretary.ctx, their_meeting.id) if i.case_id]
    their_sheet = balance.find_sheet(secretary.ctx, their_case.id, their_meeting.id)
    assert their_sheet is not None
    return [Side(chair, meeting, case, item, sheet, school),
            Side(secretary, their_meeting.id, their_case.id, their_item.id, their_sheet.id,
                 partners.list_partners(secretary.ctx)[0].id)]


def _send(sides: list[Side], who: int, lost: bool = False) -> None:
    sender, receiver = sides[who], sides[1 - who]
    made = package.make_package(sender.laptop.ctx, sender.laptop.vault_id, NAMES[who], sender.meeting)
    if not lost:
        package.import_package(receiver.laptop.ctx, receiver.laptop.vault_id, made.data)


def _apply(sides: list[Side], step: tuple) -> None:
    kind, who, *rest = step
    me = sides[who]
    ctx = me.laptop.ctx
    if kind == "entry":
        me.own_entries.append(balance.add_entry(ctx, me.sheet, BalanceSide.VEILIGHEID, rest[0]).id)
    elif kind == "edit" and me.own_entries:
        balance.update_entry(ctx, me.own_entries[-1], text=rest[0])
    elif kind == "remove" and me.own_entries:
        balance.remove_entry(ctx, me.own_entries.pop(0))
    elif kind == "decision":
        decisions.record_decision(ctx, me.meeting, rest[0], agenda_item_id=me.item)
    elif kind == "signal":
        signals.record_signal(ctx, me.case, rest[0], StatementType.FEIT, partner_id=me.partner)
    elif kind == "question" and who == 0:  # only the chair words the question: no conflict
        meetings.update_agenda_item(ctx, me.item, question=rest[0])
    elif kind == "send":
        _send(sides, who)
    elif kind == "lose":
        _send(sides, who, lost=True)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(operation, max_size=14))
def test_any_order_of_non_conflicting_edits_converges(vault_template, secretary_template, steps):
    with tempfile.TemporaryDirectory() as folder, \
            two_laptops(vault_template, secretary_template, Path(folder)) as (chair, secretary):
        sides = _set_up(chair, secretary)
        for step in steps:
            _apply(sides, step)
        for who in (0, 1, 0):
            _send(sides, who)
        assert shared_content(chair, sides[0].meeting) == shared_content(secretary, sides[1].meeting)
        labels = [[d.label for d in decisions.decisions(s.laptop.ctx, s.meeting)] for s in sides]
        assert labels[0] == labels[1] and len(set(labels[0])) == len(labels[0])
        assert audit.first_broken_entry(chair.ctx) is None
        assert audit.first_broken_entry(secretary.ctx) is None
