"""Overzicht: "Verslagen vast te stellen of te ondertekenen" for the logged-in user's role (issue 14,
point 11). The chair sees concepts to adopt and adopted minutes without the chair's signature; the
minute taker sees adopted minutes without theirs; signed minutes wait for no one. A line opens its
meeting on the Overleggen page.

Meeting dates lie in the past, so the "not in the future" checks pass on any day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from other_users import as_user
from vault_admin_kit import admin_of

from PySide6.QtCore import Qt

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import LegalBasis, MeetingType, PartnerDomain, PartnerTier, SubjectRole
from casusoverleg_desktop.services import cases, meetings, minutes, partners
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.overview import MinutesStep, chair_overview

from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage

SECRETARY = "notulist"
HELD_ON, AGREED_ON = dt.date(2025, 10, 2), dt.date(2025, 10, 20)


def held_meeting(ctx: ServiceContext, held_on: dt.date = HELD_ON) -> int:
    """An ICO with one case on its agenda (through the services), held and closed."""
    gemeente = partners.create_partner(ctx, "Gemeente Wadmeer", PartnerDomain.SOCIAAL, PartnerTier.KERNPARTIJ,
                                       covenant_signed=True)
    chair = partners.add_professional(ctx, gemeente.id, "M. Dekkers", function="procesregisseur")
    case = cases.create_case(ctx, f"WM-{held_on:%Y}-031", LegalBasis.PGA, held_on - dt.timedelta(days=30))
    cases.add_subject(ctx, case.id, "Sem W.", SubjectRole.PRIMAIR)
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, held_on, start_time=dt.time(13, 30),
                                      end_time=dt.time(16), location="ZVH Wadmeer", chair_id=chair.id)
    meetings.add_case_item(ctx, meeting.id, case.id, slot_minutes=30)
    meetings.close_meeting(ctx, meeting.id, dt.time(15, 40))
    return meeting.id


def todo(ctx: ServiceContext, login: str) -> list[tuple[int, MinutesStep, bool]]:
    return [(m.meeting_id, m.step, m.secretary_signed)
            for m in chair_overview(as_user(ctx, login), HELD_ON).minutes_to_handle]


def minutes_lines(page: OverviewPage) -> list[str]:
    model = page.minutes
    return [" | ".join(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


@pytest.fixture
def secretary(vault) -> str:
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, "notulist schrijft alles op",
                             display_name="Kees Brinkhorst", organisation="ZVH Wadmeer")
    return SECRETARY


# -- through the main window, from a fresh vault --------------------------------------------------------
def test_the_chair_finds_the_concept_on_the_overview_and_opens_its_meeting(qtbot, ctx, main_window):
    main_window.show_page("overzicht")
    page = main_window.current_page()
    assert isinstance(page, OverviewPage)
    assert page.ui.minutes_title_label.text().endswith("(0)") and page.ui.minutes_empty_label.isVisible()

    meeting_id = held_meeting(ctx)
    qtbot.keyClick(page, Qt.Key.Key_F5)
    assert page.ui.minutes_title_label.text() == "Verslagen vast te stellen of te ondertekenen  (1)"
    assert minutes_lines(page) == [
        "do 2 okt 2025 | ICO/MDO | Vaststellen (in de volgende vergadering of schriftelijk)"]
    assert page.ui.minutes_view.isVisible() and not page.ui.minutes_empty_label.isVisible()

    view = page.ui.minutes_view
    view.setFocus()
    view.setCurrentIndex(page.minutes.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert main_window.current_page_key() == "overleggen"
    meetings_page = main_window.current_page()
    assert isinstance(meetings_page, MeetingsPage) and meetings_page._meeting.id == meeting_id


def test_the_section_fits_a_laptop_beside_the_others(qtbot, ctx, main_window):
    held_meeting(ctx)
    main_window.resize(1366, 768)
    main_window.show_page("overzicht")
    page = main_window.current_page()
    view = page.ui.minutes_view
    assert view.isVisible()
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert main_window.width() <= 1366 and main_window.height() <= 768


# -- the states, per role ---------------------------------------------------------------------------------
def test_adopted_minutes_wait_for_the_minute_taker_then_the_chair(qtbot, ctx, secretary):
    from casusoverleg_desktop.services import document_export  # ReportLab and pyHanko: slow imports

    meeting_id = held_meeting(ctx)
    assert todo(ctx, "voorzitter") == [(meeting_id, MinutesStep.ADOPT, False)]
    assert todo(ctx, secretary) == []  # a concept is the chair's to adopt

    minutes.adopt_in_writing(ctx, meeting_id, AGREED_ON, "per e-mail rondgestuurd, geen bezwaren")
    assert todo(ctx, "voorzitter") == [(meeting_id, MinutesStep.SIGN_AS_CHAIR, False)]
    assert todo(ctx, secretary) == [(meeting_id, MinutesStep.SIGN_AS_SECRETARY, False)]

    document_export.export_minutes(as_user(ctx, secretary), meeting_id, sign=True)
    assert todo(ctx, secretary) == []
    assert todo(ctx, "voorzitter") == [(meeting_id, MinutesStep.SIGN_AS_CHAIR, True)]

    document_export.export_minutes(ctx, meeting_id, sign=True)
    assert todo(ctx, "voorzitter") == [] and todo(ctx, secretary) == []


def test_the_minute_taker_sees_what_to_sign_on_the_overview(qtbot, ctx, secretary, navigator):
    meeting_id = held_meeting(ctx)
    minutes.adopt_in_writing(ctx, meeting_id, AGREED_ON, "per e-mail rondgestuurd, geen bezwaren")
    page = OverviewPage(as_user(ctx, secretary), navigator, today=lambda: HELD_ON)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert minutes_lines(page) == ["do 2 okt 2025 | ICO/MDO | Ondertekenen als notulist (opgesteld)"]
    page.open_index(page.minutes, page.minutes.index(0, 2))
    assert navigator.calls == [("open_meeting", meeting_id)]

    chair_page = OverviewPage(ctx, navigator, today=lambda: HELD_ON)
    qtbot.addWidget(chair_page)
    chair_page.refresh()
    assert minutes_lines(chair_page) == [
        "do 2 okt 2025 | ICO/MDO | Ondertekenen als voorzitter, na de notulist"]


def test_a_meeting_still_open_or_cancelled_asks_for_no_minutes(ctx):
    gemeente = partners.create_partner(ctx, "Gemeente Wadmeer", PartnerDomain.SOCIAAL, PartnerTier.KERNPARTIJ)
    chair = partners.add_professional(ctx, gemeente.id, "M. Dekkers")
    meetings.create_meeting(ctx, MeetingType.ICO_MDO, HELD_ON, start_time=dt.time(13, 30),
                            end_time=dt.time(16), chair_id=chair.id)
    assert todo(ctx, "voorzitter") == []


def test_a_login_without_an_account_is_shown_no_minutes(ctx):
    held_meeting(ctx)
    assert todo(ctx, "onbekend") == []
