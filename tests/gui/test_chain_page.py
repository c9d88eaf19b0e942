"""The Keten page (issue 17, point 2): a coordinator draws up a municipality's chain from a fresh vault
— municipality, version, organisations, routes, steps and links — and adopts it; refusals (a personal
mailbox, a cycle, a step without a time limit, adoption by the minute taker or of an incomplete
version) come back in Dutch and lose nothing typed."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from answers import Answers
from chain_kit import build_chain
from other_users import PASSPHRASES, as_user
from vault_admin_kit import admin_of

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import ChainLane, ChainRole, PartnerDomain, PartnerTier
from casusoverleg_desktop.services import chain, partners

from casusoverleg_desktop.ui.dialogs.help_dialog import HelpDialog
from casusoverleg_desktop.ui.pages.chain_page import ChainPage
from casusoverleg_desktop.ui.shortcuts import CHAIN_PAGE
from casusoverleg_desktop.ui.widgets.combos import select_data

CTRL = Qt.KeyboardModifier.ControlModifier


def open_page(qtbot, main_window) -> ChainPage:
    main_window.show_page("keten")
    page = main_window.current_page()
    assert isinstance(page, ChainPage)
    page.ask = Answers(True)
    return page


def modal():
    dialog = QApplication.activeModalWidget()
    assert dialog is not None, "no dialog opened"
    return dialog


def accept(dialog) -> None:
    assert dialog.try_accept(), dialog.error_text()


@pytest.fixture
def partners_made(ctx) -> dict[str, int]:
    """Partners exist before the chain (the Ketenpartners page makes them)."""
    made = {
        "gemeente": ("Gemeente Wadmeer-Noord", PartnerDomain.SOCIAAL, PartnerTier.KERNPARTIJ),
        "school": ("Ludgercollege", PartnerDomain.ONDERWIJS, PartnerTier.EXTERNE_CASUSPARTNER),
        "zvh": ("Zorg- en Veiligheidshuis Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ),
    }
    return {key: partners.create_partner(ctx, name, domain, tier).id
            for key, (name, domain, tier) in made.items()}


def add_member(qtbot, page: ChainPage, partner_id: int, role: ChainRole, function: str, email: str):
    page.ui.tabs.setCurrentWidget(page.ui.members_tab)
    dialog = page.add_member()
    select_data(dialog.ui.partner_combo, partner_id)
    select_data(dialog.ui.role_combo, role)
    qtbot.keyClicks(dialog.ui.function_edit, function)
    qtbot.keyClicks(dialog.ui.email_edit, email)
    return dialog


def add_step(qtbot, page: ChainPage, member_id: int, action: str, days: int, *, promise: str | None = None,
             promise_days: int | None = None, after: int | None = None, condition: str = ""):
    dialog = page.add_step()
    select_data(dialog.ui.member_combo, member_id)
    qtbot.keyClicks(dialog.ui.action_edit, action)
    dialog.ui.within_spin.setValue(days)
    if promise is not None:
        dialog.ui.promise_check.setChecked(True)
        dialog.ui.promise_edit.setPlainText(promise)
        dialog.ui.promise_days_spin.setValue(promise_days)
    select_data(dialog.ui.after_combo, after)
    qtbot.keyClicks(dialog.ui.condition_edit, condition)
    return dialog


# -- the coordinator's path, from a fresh vault -------------------------------------------------------------
def test_the_chair_draws_up_a_chain_and_adopts_it(qtbot, ctx, main_window, partners_made):
    page = open_page(qtbot, main_window)
    assert "Nog geen gemeente" in page.ui.state_label.text()
    assert not page.ui.new_version_button.isEnabled()

    qtbot.mouseClick(page.ui.new_municipality_button, Qt.MouseButton.LeftButton)
    dialog = modal()
    qtbot.keyClicks(dialog.ui.name_edit, "Wadmeer-Noord")
    accept(dialog)
    assert page.ui.municipality_combo.currentText() == "Wadmeer-Noord"

    dialog = page.new_version()
    assert "eerste versie" in dialog.ui.hint_label.text().lower()
    accept(dialog)
    assert page.view is not None and page.view.version.number == 1 and not page.view.version.is_adopted
    assert page.ui.version_combo.currentText().startswith("Versie 1")
    assert "Deze versie heeft nog geen routes." in page.ui.problems_label.text()

    dialog = add_member(qtbot, page, partners_made["gemeente"], ChainRole.MELDPUNT, "Meldpunt radicalisering",
                        "meldpunt@wadmeer.nl")
    accept(dialog)
    dialog = add_member(qtbot, page, partners_made["zvh"], ChainRole.WEGING, "Weegploeg", "weegploeg@zvh.nl")
    assert dialog.ui.lane_combo.currentData() == ChainLane.VEILIGHEID  # from the partner's domain
    accept(dialog)
    assert page.member_model.rowCount() == 2
    meldpunt, weging = (next(m.id for m in page.view.members if m.role is role)
                        for role in (ChainRole.MELDPUNT, ChainRole.WEGING))

    page.ui.tabs.setCurrentWidget(page.ui.routes_tab)
    page.ui.routes_view.setFocus()
    qtbot.keyClick(page.ui.routes_view, Qt.Key.Key_N, CTRL)
    dialog = modal()
    qtbot.keyClicks(dialog.ui.name_edit, "Zorgen over radicalisering")
    dialog.ui.worry_edit.setPlainText("U maakt zich zorgen over iemand die radicaliseert.")
    accept(dialog)
    assert page.current_route().name == "Zorgen over radicalisering"

    accept(add_step(qtbot, page, meldpunt, "Meldpunt neemt de melding aan", 1,
                    promise="Ontvangst bevestigd en wie het oppakt", promise_days=5))
    first = page.current_step()
    accept(add_step(qtbot, page, weging, "Weegploeg weegt de melding", 10, after=first.id,
                    condition="bij zorgen"))
    route = page.current_route()
    assert [s.action for s in route.steps] == ["Meldpunt neemt de melding aan", "Weegploeg weegt de melding"]
    assert [(link.from_step_id, link.label) for link in route.links] == [(first.id, "bij zorgen")]
    assert page.step_model.index(0, page.step_model.NEXT).data() == "2 (bij zorgen)"
    assert "binnen 5 werkdagen" in page.step_model.index(0, page.step_model.PROMISE).data()
    assert page.ui.problems_label.isHidden()

    assert page.ui.adopt_button.isEnabled()
    qtbot.mouseClick(page.ui.adopt_button, Qt.MouseButton.LeftButton)
    assert page.ask.asked and page.ask.asked[0][0] == "Versie vaststellen"
    assert page.view.version.is_adopted
    assert "Vastgesteld op" in page.ui.state_label.text()
    assert "maak een nieuwe versie om te wijzigen" in page.ui.state_label.text()
    assert page.ui.version_combo.currentText().endswith("(vastgesteld)")
    for button in page.edit_buttons():
        assert not button.isEnabled(), button.objectName()
    assert not page.ui.adopt_button.isEnabled()
    assert page.add_step() is None  # the keys do nothing either
    assert page.ui.new_version_button.isEnabled()

    dialog = page.new_version()
    accept(dialog)
    assert page.view.version.number == 2 and not page.view.version.is_adopted
    assert [r.name for r in page.view.routes] == ["Zorgen over radicalisering"]  # a copy
    assert page.ui.add_step_button.isEnabled()


def test_keys_in_the_lists_edit_move_and_remove(qtbot, ctx, main_window):
    kit = build_chain(ctx)
    page = open_page(qtbot, main_window)
    assert [r.name for r in page.view.routes] == ["Zorgen over radicalisering", "Acute dreiging"]
    page.select_route(kit.acute_route)
    page.ui.routes_view.setFocus()
    qtbot.keyClick(page.ui.routes_view, Qt.Key.Key_Up, CTRL)
    assert [r.name for r in page.view.routes] == ["Acute dreiging", "Zorgen over radicalisering"]
    assert page.current_route().id == kit.acute_route

    qtbot.keyClick(page.ui.routes_view, Qt.Key.Key_Return)
    dialog = modal()
    assert dialog.ui.acute_check.isChecked()
    dialog.reject()

    page.select_route(kit.worry_route)
    page.select_step(kit.steps["care"])
    page.ui.steps_view.setFocus()
    qtbot.keyClick(page.ui.steps_view, Qt.Key.Key_Delete)
    assert kit.steps["care"] not in {s.id for s in page.current_route().steps}
    assert "Stap verwijderd." in page.ui.message_label.text()


# -- refusals ---------------------------------------------------------------------------------------------
def test_a_personal_mailbox_is_refused_and_the_dialog_keeps_the_input(qtbot, ctx, main_window, partners_made):
    municipality = chain.create_municipality(ctx, "Wadmeer-Zuid")
    chain.new_version(ctx, municipality.id, ctx.clock().date())
    page = open_page(qtbot, main_window)
    dialog = add_member(qtbot, page, partners_made["school"], ChainRole.VOORVELD, "Zorgcoordinator",
                        "j.devries@ludger.nl")
    assert not dialog.try_accept()
    assert "niet van een persoon" in dialog.error_text()
    assert dialog.isVisible()
    assert dialog.ui.function_edit.text() == "Zorgcoordinator"
    assert dialog.ui.email_edit.text() == "j.devries@ludger.nl"
    dialog.ui.email_edit.setText("zorgteam@ludger.nl")
    accept(dialog)
    assert [m.contact_email for m in page.view.members] == ["zorgteam@ludger.nl"]


def test_a_step_without_a_time_limit_is_refused(qtbot, ctx, main_window):
    kit = build_chain(ctx)
    page = open_page(qtbot, main_window)
    page.select_route(kit.worry_route)
    dialog = page.add_step()
    assert dialog.ui.within_spin.text() == "—"  # nothing chosen until the chair chooses
    select_data(dialog.ui.member_combo, kit.members["ggz"])
    qtbot.keyClicks(dialog.ui.action_edit, "Nazorg")
    assert not dialog.try_accept()
    assert "binnen hoeveel werkdagen" in dialog.error_text()
    assert dialog.ui.action_edit.text() == "Nazorg"
    dialog.ui.promise_check.setChecked(True)
    dialog.ui.within_spin.setValue(5)
    dialog.ui.promise_edit.setPlainText("Dat de zorg is gestart")
    assert not dialog.try_accept()  # a promise without its days
    assert "werkdagen na de melding" in dialog.error_text()
    dialog.ui.promise_days_spin.setValue(20)
    accept(dialog)
    assert page.current_step().promise_days == 20


def test_a_cycle_is_refused(qtbot, ctx, main_window):
    kit = build_chain(ctx)
    page = open_page(qtbot, main_window)
    page.select_route(kit.worry_route)
    page.select_step(kit.steps["meet"])
    links_before = page.current_route().links
    dialog = page.link_step()
    select_data(dialog.ui.to_combo, kit.steps["receive"])
    qtbot.keyClicks(dialog.ui.condition_edit, "opnieuw")
    assert not dialog.try_accept()
    assert "kring" in dialog.error_text()
    assert dialog.ui.condition_edit.text() == "opnieuw"
    dialog.reject()
    assert page.current_route().links == links_before


def test_a_step_links_to_several_next_steps_and_a_link_is_taken_away(qtbot, ctx, main_window):
    kit = build_chain(ctx)
    page = open_page(qtbot, main_window)
    page.select_route(kit.worry_route)
    page.select_step(kit.steps["weigh"])
    assert page.step_model.index(1, page.step_model.NEXT).data() == (
        "3 (bij zorgen), 4 (geen zorgen over radicalisering)")
    dialog = page.unlink_step()
    select_data(dialog.ui.to_combo, next(link.id for link in page.current_route().links
                                         if link.to_step_id == kit.steps["care"]))
    accept(dialog)
    assert {link.to_step_id for link in page.current_route().links
            if link.from_step_id == kit.steps["weigh"]} == {kit.steps["meet"]}


def test_adoption_of_an_incomplete_version_shows_the_problems(qtbot, ctx, main_window, partners_made):
    municipality = chain.create_municipality(ctx, "Wadmeer-Oost")
    version = chain.new_version(ctx, municipality.id, ctx.clock().date())
    chain.add_route(ctx, version.id, "Huiselijk geweld")
    page = open_page(qtbot, main_window)
    assert "Route 'Huiselijk geweld' heeft nog geen stappen." in page.ui.problems_label.text()
    qtbot.mouseClick(page.ui.adopt_button, Qt.MouseButton.LeftButton)
    assert "kan nog niet worden vastgesteld" in page.ui.message_label.text()
    assert "Huiselijk geweld" in page.ui.message_label.text()
    assert not page.view.version.is_adopted and page.ui.add_step_button.isEnabled()


def test_the_secretary_cannot_adopt_and_sees_why(qtbot, ctx, vault, navigator):
    kit = build_chain(ctx)
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    navigator.user = SimpleNamespace(role=Role.SECRETARY)
    page = ChainPage(as_user(ctx, "notulist"), navigator, ask=Answers(True))
    qtbot.addWidget(page)
    assert page.view.version.id == kit.version_id
    assert not page.ui.adopt_button.isEnabled()
    assert page.ui.adopt_button.toolTip() == "Dit doet de voorzitter."
    assert "Vaststellen doet de voorzitter." in page.ui.state_label.text()
    assert page.ui.add_step_button.isEnabled()  # a concept the minute taker may help to write


def test_the_page_fits_a_laptop_screen(qtbot, ctx, main_window, tmp_path):
    build_chain(ctx)
    main_window.resize(1366, 728)
    page = open_page(qtbot, main_window)
    qtbot.wait(10)
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728, hint
    assert (main_window.width(), main_window.height()) == (1366, 728)
    for button in (page.ui.adopt_button, page.ui.unlink_button, page.ui.add_step_button):
        assert button.width() >= button.sizeHint().width()
    main_window.grab().save(str(tmp_path / "keten.png"))


def test_the_flowchart_follows_the_chosen_route_or_the_whole_chain(qtbot, ctx, main_window):
    kit = build_chain(ctx)
    page = open_page(qtbot, main_window)
    page.select_route(kit.acute_route)
    assert "Acute dreiging" in page.flowchart.describe()
    assert "Zorgen over radicalisering" not in page.flowchart.describe()
    page.ui.whole_chain_check.setChecked(True)
    assert "Zorgen over radicalisering" in page.flowchart.describe()


def test_the_signaleringskaart_is_saved_and_a_refusal_shows_on_the_page(qtbot, ctx, main_window, tmp_path):
    build_chain(ctx)
    page = open_page(qtbot, main_window)
    written = page.save_card(tmp_path / "kaart.pdf", "A3")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert "Signaleringskaart opgeslagen" in page.ui.message_label.text()
    assert page.save_card(tmp_path / "kaart.docx", "A4") is None
    assert page.ui.message_label.text() and not (tmp_path / "kaart.docx").exists()


def test_the_monitor_tab_shows_the_monitor(qtbot, ctx, main_window):
    build_chain(ctx, adopt=True)
    page = open_page(qtbot, main_window)
    page.ui.tabs.setCurrentWidget(page.ui.monitor_tab)
    assert page.monitor.isVisible()
    assert page.monitor.municipality_combo.findText("Wadmeer-Noord") >= 0


def test_a_concepts_date_in_force_is_changed_and_an_adopted_version_cannot_be(qtbot, ctx, main_window):
    kit = build_chain(ctx)
    page = open_page(qtbot, main_window)
    assert page.ui.edit_version_button.isEnabled()
    qtbot.mouseClick(page.ui.edit_version_button, Qt.MouseButton.LeftButton)
    dialog = modal()
    assert dialog.ui.in_force_date.date() == QDate(2026, 1, 1)  # the concept's own date
    dialog.ui.in_force_date.setDate(QDate(2026, 3, 1))
    accept(dialog)
    assert chain.chain_view(ctx, kit.version_id).version.in_force_from == dt.date(2026, 3, 1)
    assert "01-03-2026" in page.ui.version_combo.currentText()
    assert "Versie 1 gewijzigd." in page.ui.message_label.text()

    chain.adopt_version(ctx, kit.version_id)
    page.refresh()
    assert not page.ui.edit_version_button.isEnabled()
    assert page.edit_version() is None


def test_f1_on_the_keten_page_shows_its_keys(qtbot, main_window):
    page = open_page(qtbot, main_window)
    page.ui.routes_view.setFocus()
    qtbot.keyClick(page.ui.routes_view, Qt.Key.Key_F1)
    dialog = main_window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.tree.currentItem() is dialog.sections[CHAIN_PAGE.key]
    rows = dict(dialog.rows(CHAIN_PAGE.key))
    assert any("nieuw" in text for text in rows.values())
    assert any("stroomschema" in text for text in rows.values())
    dialog.close()
