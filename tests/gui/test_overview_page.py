"""Overzicht: counts per section, and every line opens what it names (through the navigator)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from PySide6.QtCore import Qt

from casusoverleg_desktop.domain.enums import (
    InformedStatus,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    SubjectRole,
)
from casusoverleg_desktop.services import actions, cases, meetings, partners

from casusoverleg_desktop.ui.models.overview_models import (
    TARGET_ROLE,
    ActionsModel,
    InformingModel,
    MeetingsModel,
    ReportersModel,
    ReviewsModel,
    Target,
    short_date,
)
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage

TODAY = dt.date(2025, 5, 14)  # a Wednesday


@dataclass(frozen=True)
class World:
    case_014: int
    case_021: int
    case_later: int
    meeting_next: int
    overdue: int
    this_week: int


@pytest.fixture
def world(ctx) -> World:
    school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    c14 = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10))
    c21 = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    later = cases.create_case(ctx, "LV-2025-030", LegalBasis.PGA, dt.date(2025, 3, 1))
    cases.set_review_date(ctx, c21.id, dt.date(2025, 5, 1))
    cases.set_review_date(ctx, later.id, dt.date(2025, 9, 1))  # far away: not listed
    past = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 3, 20))
    upcoming = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 5, 15),
                                       start_time=dt.time(9, 30))
    overdue = actions.create_action(ctx, past.id, "Gesprek met moeder", school.id, case_id=c14.id,
                                    due_date=dt.date(2025, 5, 1))
    this_week = actions.create_action(ctx, past.id, "Schoolverzuim nagaan", school.id, case_id=c21.id,
                                      due_date=dt.date(2025, 5, 16))
    cases.add_reporter(ctx, c14.id, dt.date(2025, 5, 1), partner_id=school.id, person="J. Hekman")
    daan = cases.add_subject(ctx, c21.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    cases.record_informed(ctx, c21.id, daan.id, InformedStatus.UITGESTELD,
                          postponement_reason="Lopend onderzoek", review_date=dt.date(2025, 5, 10))
    return World(c14.id, c21.id, later.id, upcoming.id, overdue.id, this_week.id)


@pytest.fixture
def page(qtbot, ctx, navigator, world) -> OverviewPage:
    page = OverviewPage(ctx, navigator, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    return page


def test_each_section_counts_its_lines(page):
    counts = {key: section[0].rowCount() for key, section in page._sections.items()}
    assert counts == {"meetings": 1, "reviews": 2, "minutes": 0, "overdue": 1, "this_week": 1,
                      "reporters": 1, "informing": 1, "retention": 0, "requests": 0}
    assert page.ui.meetings_title_label.text().endswith("(1)")
    assert page.ui.reviews_title_label.text().endswith("(2)")
    assert page.ui.today_label.text() == "Vandaag: wo 14 mei 2025"


def test_lines_say_what_they_are(page):
    assert page.meetings.index(0, MeetingsModel.COL_DATE).data() == "do 15 mei 2025"
    assert page.meetings.index(0, MeetingsModel.COL_TIME).data() == "09.30 uur"
    assert page.overdue.index(0, ActionsModel.COL_DESCRIPTION).data() == "Gesprek met moeder"
    assert page.overdue.index(0, ActionsModel.COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.this_week.index(0, ActionsModel.COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    reviews = [page.reviews.index(r, ReviewsModel.COL_REVIEW).data() for r in range(2)]
    assert reviews == ["geen datum gepland", "do 1 mei 2025 — te laat"]
    assert page.informing.index(0, InformingModel.COL_SUBJECT).data() == "Daan V."
    assert page.reporters.index(0, ReportersModel.COL_REPORTER).data() == "Lindeveld College – J. Hekman"


def _activate(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_each_line_opens_what_it_names(qtbot, page, navigator, world):
    _activate(qtbot, page.ui.meetings_view, 0)
    _activate(qtbot, page.ui.overdue_view, 0)
    _activate(qtbot, page.ui.this_week_view, 0)
    _activate(qtbot, page.ui.reviews_view, 1)
    _activate(qtbot, page.ui.reporters_view, 0)
    _activate(qtbot, page.ui.informing_view, 0)
    assert navigator.calls == [
        ("open_meeting", world.meeting_next), ("open_action", world.overdue),
        ("open_action", world.this_week), ("open_case", world.case_021),
        ("open_case", world.case_014), ("open_case", world.case_021),
    ]


def test_enter_opens_the_current_line(qtbot, page, navigator, world):
    view = page.ui.reviews_view
    view.setFocus()
    view.setCurrentIndex(page.reviews.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert navigator.calls == [("open_case", world.case_014)]


def test_empty_sections_say_so(qtbot, ctx, navigator):
    page = OverviewPage(ctx, navigator, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.ui.meetings_empty_label.isVisible() and not page.ui.meetings_view.isVisible()
    assert page.ui.overdue_title_label.text().endswith("(0)")


@pytest.mark.parametrize("key", ["meetings", "reviews", "overdue", "this_week", "reporters", "informing"])
def test_section_models(qtmodeltester, page, key):
    model = page._sections[key][0]
    qtmodeltester.check(model)
    assert isinstance(model.index(0, 0).data(TARGET_ROLE), Target)


def test_short_dates():
    assert short_date(dt.date(2025, 12, 1)) == "ma 1 dec 2025"
    assert short_date(None) == "—"
