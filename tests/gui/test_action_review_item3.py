"""Item 3 ('verslag vorige en actielijst') in meeting mode reviews the whole action list, from a fresh
vault: an action typed at a case of an earlier meeting, after today's meeting was planned and with
its case not on today's agenda, is reviewed there with one key; the case item shows the same review;
the Actiepunten page tells every meeting's A1 and A2 apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from meeting_testkit import open_meeting_mode

from PySide6.QtCore import Qt

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    SubjectRole,
)
from casusoverleg_desktop.services import actions, cases, meetings, partners

from casusoverleg_desktop.ui.meeting.item_screens import GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.models.action_models import ActionListModel
from casusoverleg_desktop.ui.pages.actions_page import ActionsPage
from casusoverleg_desktop.ui.widgets.combos import select_data

ALT = Qt.KeyboardModifier.AltModifier
EARLIER, TODAY = dt.date(2025, 2, 26), dt.date(2025, 3, 26)


@dataclass(frozen=True)
class Planned:
    earlier: int
    today: int
    daan: int
    sara: int


@pytest.fixture
def planned(ctx) -> Planned:
    """A fresh vault with two partners and two cases; last month's meeting discussed both, today's
    (planned already) only Daan. No actions yet: they are typed in meeting mode."""
    for name, short, domain in (("Jeugdteam Lindeveld", "Jeugdteam", PartnerDomain.SOCIAAL),
                                ("Politie Lindeveld", "Politie", PartnerDomain.VEILIGHEID)):
        partners.create_partner(ctx, name, domain, PartnerTier.KERNPARTIJ, covenant_signed=True,
                                short_name=short)
    ids = {}
    for code, pseudonym in (("LV-2025-014", "Daan V."), ("LV-2025-021", "Sara K.")):
        ids[code] = cases.create_case(ctx, code, LegalBasis.PGA, dt.date(2025, 1, 10)).id
        cases.add_subject(ctx, ids[code], pseudonym, SubjectRole.PRIMAIR)
    earlier = meetings.create_meeting(ctx, MeetingType.ICO_MDO, EARLIER, start_time=dt.time(13, 30)).id
    for case_id in ids.values():
        meetings.add_case_item(ctx, earlier, case_id, slot_minutes=30)
    today = meetings.create_meeting(ctx, MeetingType.ICO_MDO, TODAY, start_time=dt.time(13, 30)).id
    meetings.add_case_item(ctx, today, ids["LV-2025-014"], slot_minutes=30)
    return Planned(earlier, today, ids["LV-2025-014"], ids["LV-2025-021"])




def _row(window: MeetingModeWindow, *, kind: AgendaItemKind, case_id: int | None = None) -> int:
    return next(i for i, item in enumerate(window.session.agenda)
                if item.kind is kind and item.case_id == case_id)


def _type_action(qtbot, window: MeetingModeWindow, what: str, owner: str, when: str) -> None:
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_A, ALT)
    editor = window.current_screen().actions
    assert editor.description_edit.hasFocus()
    qtbot.keyClicks(editor.description_edit, what)
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.owner_edit, owner)
    qtbot.keyClick(editor.owner_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.person_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.when_edit, when)
    qtbot.keyClick(editor.when_edit, Qt.Key.Key_Return)
    assert not editor.error.text(), editor.error.text()


def test_item_3_reviews_an_action_of_a_case_not_on_todays_agenda_with_one_key(qtbot, qtmodeltester, ctx,
                                                                              planned):
    earlier = open_meeting_mode(qtbot, ctx, planned.earlier)
    for case_id, what, owner, when in (
            (planned.sara, "Sara aanmelden bij het jongerenwerk", "Jeugdteam", "14-3"),
            (planned.sara, "Direct melden bij zorgen over thuis", "Politie", "bij zorgen over thuis"),
            (planned.daan, "Huisbezoek wijkagent", "Politie", "20-3"),
            (planned.daan, "Gesprek met ouders", "Jeugdteam", "21-3")):
        earlier.show_item(_row(earlier, kind=AgendaItemKind.CASUS, case_id=case_id))
        _type_action(qtbot, earlier, what, owner, when)
    earlier.close()

    window = open_meeting_mode(qtbot, ctx, planned.today)
    item_3 = _row(window, kind=AgendaItemKind.VERSLAG_VORIGE)
    daan_item = _row(window, kind=AgendaItemKind.CASUS, case_id=planned.daan)
    window.show_item(item_3)
    screen = window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.review is not None
    panel, model = screen.review, screen.review.model

    def column(number: int) -> list[str]:
        return [model.index(r, number).data() for r in range(model.rowCount())]

    assert column(model.LABEL) == ["A1 (26-02)", "A2 (26-02)", "A3 (26-02)", "A4 (26-02)"]
    assert column(model.CASE) == ["LV-2025-021 · Sara K."] * 2 + ["LV-2025-014 · Daan V."] * 2
    assert column(model.STATUS) == ["te bespreken"] * 2 + ["bij de casus"] * 2  # Daan's: at his item
    assert "bij hun casus" in panel.hint.text() and not panel.view.isColumnHidden(model.CASE)
    qtmodeltester.check(model)

    window.show_item(daan_item)  # Daan's first action is reviewed at his case item ...
    case_panel = window.current_screen().review
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_R, ALT)
    assert case_panel.view.hasFocus() and case_panel.view.isColumnHidden(model.CASE)
    qtbot.keyClick(case_panel.view, Qt.Key.Key_A)
    window.show_item(item_3)  # ... and item 3 shows it: one review per action
    assert column(model.STATUS) == ["te bespreken", "te bespreken", "Afgerond", "bij de casus"]

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_R, ALT)
    assert panel.view.hasFocus() and panel.current_row() == 0
    qtbot.keyClick(panel.view, Qt.Key.Key_A)  # Sara's A1 afgerond, with one key
    [sara] = [r for r in actions.review_list(ctx, planned.today) if r.action.label == "A1"]
    assert (sara.action.status, sara.status_after) == (ActionStatus.AFGEROND, ActionStatus.AFGEROND)
    assert panel.current_row() == 1
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_A):  # Daan's second, here this time
        qtbot.keyClick(panel.view, key)
    assert column(model.STATUS) == ["Afgerond", "te bespreken", "Afgerond", "Afgerond"]

    window.show_item(daan_item)
    assert [case_panel.model.index(r, model.STATUS).data() for r in range(2)] == ["Afgerond", "Afgerond"]
    assert {r.action.label: r.action.status for r in actions.review_list(ctx, planned.today)} == {
        "A1": ActionStatus.AFGEROND, "A2": ActionStatus.OPEN, "A3": ActionStatus.AFGEROND,
        "A4": ActionStatus.AFGEROND}


def test_a_key_the_rules_refuse_in_item_3_says_why_and_records_nothing(qtbot, ctx, planned):
    earlier = meetings.agenda(ctx, planned.earlier)
    sara_item = next(i for i in earlier if i.case_id == planned.sara)
    conditional = actions.create_action(ctx, planned.earlier, "Direct melden bij zorgen over thuis",
                                        _partner(ctx),
                                        agenda_item_id=sara_item.id, condition="bij zorgen over thuis")
    window = open_meeting_mode(qtbot, ctx, planned.today)
    window.show_item(_row(window, kind=AgendaItemKind.VERSLAG_VORIGE))
    panel = window.current_screen().review
    panel.view.setFocus()
    panel.ask_postponement = lambda action, parent, answer: answer(dt.date(2025, 4, 30), None)
    qtbot.keyClick(panel.view, Qt.Key.Key_U)  # a condition has no date to postpone
    assert "voorwaarde" in panel.error.text()
    assert panel.model.index(0, panel.model.STATUS).data() == "te bespreken"
    [review] = actions.review_list(ctx, planned.today)
    assert (review.action.id, review.status_after, review.action.postponement_count) == (
        conditional.id, None, 0)


def _partner(ctx) -> int:
    return partners.list_partners(ctx)[0].id


def test_the_actiepunten_page_tells_every_meetings_numbers_apart(qtbot, ctx, planned):
    owner = _partner(ctx)
    for meeting_id, case_id in ((planned.earlier, planned.sara), (planned.earlier, planned.daan),
                                (planned.today, planned.daan), (planned.today, None)):
        actions.create_action(ctx, meeting_id, "Iets doen", owner, case_id=case_id, ongoing=True)
    page = ActionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    numbers = [page.proxy.index(r, ActionListModel.LABEL).data() for r in range(page.proxy.rowCount())]
    assert sorted(numbers) == ["A1 (26-02-2025)", "A1 (26-03-2025)", "A2 (26-02-2025)", "A2 (26-03-2025)"]
    qtbot.keyClicks(page.ui.text_filter_edit, "A2 (26-03")
    assert page.visible_labels() == ["A2 (26-03-2025)"]
    select_data(page.ui.status_filter_combo, ActionStatus.AFGEROND)
    assert page.visible_labels() == []
