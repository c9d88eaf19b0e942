#!/usr/bin/env python3
"""Screenshots of every screen, with the demo vault, on a real X screen of a 1366×768 laptop.

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/screenshots/make_screenshots.py
    ... make_screenshots.py --only overzicht zoeken     # just these steps

Windows fill the screen (as maximised on the laptop); dialogs keep the size the app gives them,
which the app's screen-fit helper keeps within the screen (``ui.widgets.screen_fit``).

Each screen is one step in ``STEPS``: a name (the PNG's file name) and a function that gets a
``Shots`` object, puts the screen in the state to show, and returns. The script then grabs the whole
screen (``QGuiApplication.primaryScreen().grabWindow(0)``) into ``docs/screenshots/<name>.png``.
To add a screen: write ``def shot_<thing>(shots: Shots) -> None`` and add it to ``STEPS``.
Nothing here touches the user's real vault, keyring or settings: all lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from casusoverleg_desktop.services.access import VaultAccess, VaultSession, create_new_vault
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings

from casusoverleg_desktop.app import create_application
from casusoverleg_desktop.composition import build_main_window, run_first_run
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.preferences import Preferences
from casusoverleg_desktop.ui.session import LiveVault
from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

OUT = Path(__file__).resolve().parent
WIDTH, HEIGHT = 1366, 768
PASSPHRASE = "demo wachtwoord voor de schermafdrukken"
SETTLE_MS = 400


class Shots:
    """The demo vault opened in the real main window, and helpers for the steps."""

    def __init__(self, app: QApplication, workdir: Path) -> None:
        self.app = app
        self.workdir = workdir
        self.settings = Settings()
        self.root = workdir / "demo-kluis"
        self.today = make_demo_vault(self.root, self.settings)
        self.access = VaultAccess(self.root, self.settings, None)
        self.preferences = Preferences(QSettings(str(workdir / "voorkeuren.ini"), QSettings.Format.IniFormat))
        self.vault: VaultSession = self.access.unlock("voorzitter", PASSPHRASE)
        self.window: MainWindow = build_main_window(LiveVault(self.vault), self.access, self.preferences)
        self.window.setGeometry(0, 0, WIDTH, HEIGHT)
        self.backdrop = Backdrop()
        self.extra: list[QWidget] = []  # windows a step opened; closed before the next step

    @property
    def ctx(self) -> ServiceContext:
        return self.window.ctx

    def show_main(self, page_key: str) -> MainWindow:
        self.window.show()
        self.window.setGeometry(0, 0, WIDTH, HEIGHT)
        self.window.show_page(page_key)
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def show_dialog(self, dialog: QWidget, over_main: str | None = None) -> QWidget:
        """A dialog centred on the screen, over the main window or over a quiet backdrop."""
        if over_main is None:
            self.window.hide()
            self.backdrop.show()
        else:
            self.backdrop.hide()
            self.show_main(over_main)
        dialog.adjustSize()
        dialog.show()  # the screen-fit helper keeps it within the screen
        size = dialog.frameGeometry().size()
        dialog.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)
        dialog.raise_()
        dialog.activateWindow()
        self.extra.append(dialog)
        return dialog

    def settle(self, ms: int = SETTLE_MS) -> None:
        QTest.qWait(ms)

    def grab(self, name: str) -> Path:
        self.settle()
        out = OUT / f"{name}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out))
        return out

    def reset(self) -> None:
        for widget in self.extra:
            widget.close()
        self.extra.clear()
        self.backdrop.hide()

    def close(self) -> None:
        self.reset()
        self.window.closing_for_lock = True
        self.window.close()
        self.vault.close()
        laptop = getattr(self, "secretary_laptop", None)
        if laptop is not None:
            laptop.close()


class Backdrop(QWidget):
    """A calm, empty screen behind dialogs that are shown before the main window exists."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setGeometry(0, 0, WIDTH, HEIGHT)
        self.setStyleSheet("background: #eef1f5;")
        layout = QVBoxLayout(self)
        title = QLabel("Casusoverleg")
        title.setObjectName("app_title_label")
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def make_demo_vault(root: Path, settings: Settings) -> dt.date:
    """The colleague's demo story when it exists; otherwise an empty vault with one chair."""
    try:
        from casusoverleg_desktop.demo.story import create_demo
    except ImportError:
        vault, _ = create_new_vault(root, "voorzitter", _chair_role(), PASSPHRASE,
                                    display_name="Ingrid Postma", organisation="ZVH Wadmeer",
                                    settings=settings)
        vault.close()
        return dt.date.today()
    return create_demo(root, PASSPHRASE, settings=settings).today


def _chair_role():
    from casusoverleg_desktop.domain.accounts import Role

    return Role.CHAIR


# -- the steps --------------------------------------------------------------------------------------
def shot_first_run(shots: Shots) -> None:
    wizard = run_first_run(shots.workdir / "nieuwe-kluis", shots.settings)
    shots.show_dialog(wizard)
    shots.grab("01-eerste-start")
    wizard.next()
    wizard.ui.login_edit.setText("ipostma")
    wizard.ui.display_name_edit.setText("Ingrid Postma")
    wizard.ui.organisation_edit.setText("Zorg- en Veiligheidshuis Wadmeer")
    wizard.next()
    wizard.next()
    wizard.ui.passphrase_edit.setText("koffie in de vergaderzaal van Kolkum")
    wizard.ui.repeat_edit.setText("koffie in de vergaderzaal van Kolkum")
    shots.grab("02-eerste-start-wachtwoord")
    wizard.next()  # creates the vault (about a second)
    groups = wizard.recovery_code.split("-")
    wizard.ui.group_a_edit.setText(groups[2])
    wizard.ui.group_b_edit.setText(groups[5][:2])
    shots.grab("03-eerste-start-herstelcode")
    wizard.unlocked.close()
    wizard.unlocked = None
    wizard.hide()


def shot_unlock(shots: Shots) -> None:
    dialog = UnlockDialog(shots.access.root, "voorzitter").bind(shots.access, lambda *a: None)
    shots.show_dialog(dialog)
    shots.grab("04-ontgrendelen")
    dialog.ui.passphrase_edit.setText("verkeerd")
    dialog.ui.button_box.accepted.emit()
    shots.grab("05-ontgrendelen-fout")


def shot_overview(shots: Shots) -> None:
    shots.show_main("overzicht")
    shots.grab("06-overzicht")


def shot_search(shots: Shots) -> None:
    shots.show_main("overzicht")
    dialog = shots.window.open_search()
    shots.extra.append(dialog)
    dialog.ui.query_edit.setText("school")
    dialog.run_search()
    dialog.move(shots.window.geometry().center() - dialog.rect().center())
    shots.grab("07-zoeken")


def shot_settings(shots: Shots) -> None:
    shots.show_main("instellingen")
    shots.grab("20-instellingen")
    page = shots.window.page("instellingen")
    page.ui.audit_button.click()  # the check's verdict, with the mark to note
    QApplication.processEvents()
    bar = page.ui.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shots.grab("20-instellingen-onder")
    bar.setValue(0)


def shot_locked(shots: Shots) -> None:
    dialog = UnlockDialog(shots.access.root, "voorzitter").bind(shots.access, lambda *a: None)
    dialog.show_locked()
    shots.show_dialog(dialog)
    shots.grab("21-vergrendeld")


def _next_meeting_with_cases(shots: Shots) -> int:
    from casusoverleg_desktop.domain.enums import MeetingStatus
    from casusoverleg_desktop.services import meeting_mode

    ahead = [m for m in meeting_mode.meeting_list(shots.ctx)
             if m.case_count and m.status not in (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)]
    return min(ahead, key=lambda m: m.held_on).id


def shot_meetings(shots: Shots) -> None:
    meeting_id = _next_meeting_with_cases(shots)
    shots.show_main("overleggen")
    page = shots.window.page("overleggen")
    page.open_meeting(meeting_id)
    first_case = next(row for row, item in enumerate(page.agenda_model.rows()) if item.case_id)
    page.ui.agenda_view.selectRow(first_case)
    shots.grab("10-overleggen")


def shot_meeting_mode(shots: Shots) -> None:
    from casusoverleg_desktop.domain.enums import BobPhase

    meeting_id = _next_meeting_with_cases(shots)
    shots.show_main("overleggen")
    window = shots.window.page("overleggen").open_meeting_mode(meeting_id)
    shots.extra.append(window)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.raise_()
    window.activateWindow()
    shots.grab("11-vergadermodus-opening")
    first_case = next(row for row, item in enumerate(window.session.agenda) if item.case_id)
    window.show_item(first_case)
    _record_inbreng(window)
    shots.grab("11-vergadermodus")
    window.current_screen().set_phase(BobPhase.OORDEELSVORMING)
    shots.grab("12-vergadermodus-oordeelsvorming")
    window.current_screen().set_phase(BobPhase.BESLUITVORMING)
    shots.grab("12-vergadermodus-besluitvorming")
    window.current_screen().set_phase(BobPhase.BEELDVORMING)
    window.ui.large_check.setChecked(True)
    shots.grab("13-vergadermodus-grote-letters")
    window.current_screen().set_phase(BobPhase.BESLUITVORMING)
    shots.grab("13-vergadermodus-grote-letters-besluitvorming")
    window.ui.large_check.setChecked(False)
    window.show_item(len(window.session.agenda) - 1)
    shots.grab("11-vergadermodus-sluiting")


def _adopting_meeting(shots: Shots) -> tuple[int, int]:
    """The next meeting with concept minutes of its table waiting for adoption, and those minutes'
    meeting (in the demo: the ICO ahead, and the ICO held eleven days ago)."""
    from casusoverleg_desktop.domain.enums import MeetingStatus, MeetingType
    from casusoverleg_desktop.services import meeting_mode, minutes

    ahead = sorted((m for m in meeting_mode.meeting_list(shots.ctx)
                    if m.status not in (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)),
                   key=lambda m: (m.meeting_type is not MeetingType.ICO_MDO, m.held_on))
    for meeting in ahead:
        pending = minutes.pending_adoption(shots.ctx, meeting.id)
        if pending:
            return meeting.id, pending[0].meeting_id
    raise LookupError("the demo has no concept minutes waiting for a next meeting")


def shot_adoption(shots: Shots) -> None:
    """Verslag vorige vergadering in meeting mode: the chair records a correction, the sentence
    that will be recorded shows, 'Vaststellen' is next."""
    from casusoverleg_desktop.domain.accounts import Role

    meeting_id, _held = _adopting_meeting(shots)
    shots.show_main("overleggen")
    page = shots.window.page("overleggen")
    window = page.open_meeting_mode(meeting_id)
    shots.extra.append(window)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.raise_()
    window.activateWindow()
    assert window.session.role is Role.CHAIR
    verslag = next(row for row, item in enumerate(window.session.agenda)
                   if item.kind.name == "VERSLAG_VORIGE")
    window.show_item(verslag)
    panel = window.current_screen().adoption
    editor = panel.corrections
    sections = editor_sections(editor)
    case_section = next((s for s in sections if re.match(r"5\.\d+ Casus", s)), sections[-1])
    editor.section_combo.setEditText(case_section)
    editor.text_edit.setText("niet de wijkagent maar de jeugdagent voert het gesprek met Sem")
    editor.add()
    editor.section_combo.setEditText(sections[0])
    editor.text_edit.setText("de leerplichtambtenaar was afwezig met kennisgeving")
    editor.add()
    editor.section_combo.setEditText("")
    editor.text_edit.setFocus()
    shots.grab("14-verslag-vaststellen")


def shot_written_adoption(shots: Shots) -> None:
    """Overleggen: the held ICO's concept minutes adopted in writing (the dialog, filled in)."""
    _meeting_id, held = _adopting_meeting(shots)
    shots.show_main("overleggen")
    page = shots.window.page("overleggen")
    page.open_meeting(held)
    dialog = page.adopt_in_writing()
    today = dt.date.fromisoformat(dialog.ui.agreed_on_date.date().toString("yyyy-MM-dd"))
    circulated = today - dt.timedelta(days=8)
    dialog.ui.how_edit.setPlainText(f"Concept rondgestuurd op {circulated:%d-%m}; geen bezwaren ontvangen "
                                    f"vóór {today - dt.timedelta(days=1):%d-%m}.")
    editor = dialog.corrections
    editor.section_combo.setEditText(next(s for s in editor_sections(editor) if re.match(r"5\.\d+ Casus", s)))
    editor.text_edit.setText("Sem heeft zijn excuses aangeboden aan de klas, niet aan de mentor")
    editor.add()
    shots.show_dialog(dialog, over_main="overleggen")
    dialog.ui.how_edit.setFocus()
    shots.grab("16-schriftelijk-vaststellen")


def editor_sections(editor) -> list[str]:  # CorrectionsEditor
    return [editor.section_combo.itemText(i) for i in range(editor.section_combo.count())]


def _record_inbreng(window) -> None:  # MeetingModeWindow
    """What a secretary types in the first minutes of a case item, so the inbreng table shows."""
    from casusoverleg_desktop.domain.enums import DataCategory, StatementType

    capture = window.current_screen().capture
    item = window.session.agenda[window.current]
    invited = [window.session.partner_name(p) for p in item.invited_partner_ids]
    for partner, text, statement_type, category in (
        (invited[0], "Sinds de herfstvakantie drie keer niet op school; de mentor heeft de ouders "
                     "twee keer gebeld en een huisbezoek gepland.", StatementType.FEIT, DataCategory.GEWOON),
        (invited[-1], "Lijkt zich terug te trekken uit zijn vriendengroep en zoekt erkenning online.",
         StatementType.MENING, DataCategory.GEWOON),
        (invited[0], "Moeder noemt een eerdere behandeling bij de GGZ.", StatementType.FEIT,
         DataCategory.BIJZONDER),
    ):
        capture.partner_edit.setText(partner)
        capture.text_edit.setText(text)
        capture.set_statement_type(statement_type)
        capture.set_data_category(category)
        capture.add()


def _case_id(shots: Shots, suffix: str) -> int:
    """The demo case whose code ends in ``suffix`` (the first case when there is none)."""
    from casusoverleg_desktop.services import case_views

    rows = case_views.case_rows(shots.ctx)
    return next((r.id for r in rows if r.code.endswith(suffix)), rows[0].id)


def shot_cases(shots: Shots) -> None:
    shots.show_main("casussen")
    shots.grab("08-casussen")


def shot_case_window(shots: Shots) -> None:
    shots.show_main("casussen")
    page = shots.window.page("casussen")
    for name, suffix, tab in (("08-casus-betrokkenen", "-038", "subjects_tab"),
                              ("08-casus-signalen", "-034", "signals_tab"),
                              ("08-casus-tijdlijn", "-031", "timeline_tab"),
                              ("08-casus-acties-besluiten", "-031", "actions_tab"),
                              ("08-casus-melder", "-034", "reporter_tab"),
                              ("08-casus-geinformeerd", "-038", "informed_tab"),
                              ("08-casus-afweging", "-031", "balance_tab")):
        window = page.open_case(_case_id(shots, suffix))
        shots.extra.append(window)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.ui.tabs.setCurrentWidget(getattr(window.ui, tab))
        window.raise_()
        window.activateWindow()
        shots.grab(name)


def shot_case_dialogs(shots: Shots) -> None:
    """A new case (Casussen) and a new signal in the case window: the forms most typed in."""
    shots.show_main("casussen")
    page = shots.window.page("casussen")
    shots.show_dialog(page.new_case_dialog(), over_main="casussen")
    shots.grab("08-nieuwe-casus")
    shots.reset()
    window = page.open_case(_case_id(shots, "-034"))
    shots.extra.append(window)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    dialog = window.signal_dialog()
    dialog.show()
    shots.extra.append(dialog)
    shots.grab("08-casus-nieuw-signaal")


def shot_new_meeting(shots: Shots) -> None:
    page = shots.window.page("overleggen")
    shots.show_main("overleggen")
    dialog = page.new_meeting()
    shots.extra.append(dialog)
    shots.grab("17-nieuw-overleg")


def shot_help(shots: Shots) -> None:
    """F1 (the keys of the screen on display) and Over (version, licence, where the vault is)."""
    window = shots.show_main("overleggen")
    shots.extra.append(window.open_help())
    shots.grab("22-sneltoetsen")
    shots.reset()
    window = shots.show_main("overzicht")
    shots.extra.append(window.open_about())
    shots.grab("23-over")


def shot_actions(shots: Shots) -> None:
    """All open actions, the overdue ones selected for a bulk change, and the postpone dialog."""
    from casusoverleg_desktop.ui.dialogs.action_dialogs import ActionChange

    window = shots.show_main("actiepunten")
    page = window.page("actiepunten")
    today = shots.ctx.clock().date()
    dated = [r.id for r in page.visible_rows() if r.due_date and not r.is_overdue(today)]
    page.select_actions(dated[:3])  # the overdue ones stay unselected, so their red shows
    page.ui.actions_view.setFocus()
    shots.grab("09-actiepunten")
    dialog = page.change_dialog(ActionChange.UITSTELLEN, page.selected_rows())
    shots.show_dialog(dialog, over_main="actiepunten")
    shots.grab("09-actiepunten-uitstellen")


def shot_partners(shots: Shots) -> None:
    shots.show_main("ketenpartners")
    shots.grab("15-ketenpartners")


def shot_chain(shots: Shots) -> None:
    """The Keten page on Wadmeer's chain: a route with its flowchart, the whole chain, the
    organisations, the monitor over the last year, and the signaleringskaart as printed."""
    from casusoverleg_desktop.services import chain, chain_card, chain_monitor

    from casusoverleg_desktop.ui.widgets.combos import select_data

    window = shots.show_main("keten")
    page = window.page("keten")
    wadmeer = next(m for m in chain.list_municipalities(shots.ctx) if m.name == "Wadmeer")
    select_data(page.ui.municipality_combo, wadmeer.id)
    shots.settle()
    route = next(r for r in page.view.routes if r.name.startswith("Zorgen over radicalisering"))
    page.select_route(route.id)
    shots.grab("26-keten-route")
    page.ui.whole_chain_check.setChecked(True)
    page.flowchart.zoom_to_fit()
    shots.grab("26-keten-hele-keten")
    page.ui.whole_chain_check.setChecked(False)
    page.ui.tabs.setCurrentWidget(page.ui.members_tab)
    shots.grab("26-keten-organisaties")
    page.ui.tabs.setCurrentWidget(page.ui.monitor_tab)
    monitor = page.monitor
    today = QDate(shots.today.year, shots.today.month, shots.today.day)
    monitor.to_date.setDate(today)  # the demo's signals came in these last months
    monitor.from_date.setDate(today.addDays(-364))
    monitor.recompute()
    shots.grab("27-ketenmonitor")
    monitor.tabs.setCurrentIndex(1)
    shots.grab("27-ketenmonitor-grafieken")
    page.ui.tabs.setCurrentIndex(0)

    card = shots.workdir / "signaleringskaart.pdf"
    chain_card.export_card(shots.ctx, page.view.version.id, card, "A4")
    _page_png(card.read_bytes(), 0, "document-signaleringskaart")
    start, end = monitor.period()
    report = chain_monitor.monitor(shots.ctx, start, end)
    _page_png(chain_monitor.export_monitor_pdf(shots.ctx, report).pdf, 0, "document-ketenmonitor")


def shot_requests(shots: Shots) -> None:
    """An inzage request of the first case's primary person: the list, the review, the release."""
    from casusoverleg_desktop.domain.enums import RedactionChoice, Requester, RequestKind, SubjectRole
    from casusoverleg_desktop.services import families
    from casusoverleg_desktop.services import subject_requests as requests

    case_id = _case_id(shots, "-031")
    members = families.family_view(shots.ctx, case_id).members
    person = next(m for m in members if m.role is SubjectRole.PRIMAIR)
    found = requests.find_persons(shots.ctx, person.pseudonym)
    received = shots.ctx.clock().date() - dt.timedelta(days=24)
    requests.register_request(shots.ctx, RequestKind.INZAGE, person.pseudonym, [p.subject_id for p in found],
                              Requester.BETROKKENE, received)
    window = shots.show_main("verzoeken")
    page = window.page("verzoeken")
    page.refresh()
    shots.grab("24-verzoeken")
    review = page.review()
    shots.show_dialog(review, over_main="verzoeken")
    for number, row in enumerate(review.rows):
        if number < 2:  # two decided, the rest still open: the screen as the chair works through it
            choice = RedactionChoice.ACHTERHOUDEN if row.item.ask_source else RedactionChoice.WEGLAKKEN
            row.choice_combo.setCurrentIndex(row.choice_combo.findData(choice))
            row.reason_edit.setText("Beschermt een ander (AVG art. 15 lid 4).")
    review.save_choices()
    shots.grab("24-verzoek-inzage-beoordelen")
    for row in review.rows:
        if row.choice() is None:
            row.choice_combo.setCurrentIndex(row.choice_combo.findData(RedactionChoice.ACHTERHOUDEN))
            row.reason_edit.setText("Gegevens van een ander; weglakken laat te weinig over.")
    review.save_choices()
    review.release(shots.workdir / "inzage.pdf")
    shots.grab("24-verzoek-inzage-vrijgegeven")


def shot_destruction(shots: Shots) -> None:
    """A case closed in 2019, its five years over: the case window and the typed confirmation."""
    from casusoverleg_desktop.domain.enums import CaseStatus, ClosureReason, LegalBasis
    from casusoverleg_desktop.services import cases

    case = cases.create_case(shots.ctx, "WM-2019-012", LegalBasis.PGA, dt.date(2019, 2, 4),
                             purpose="Weging zorgen rond radicalisering")
    cases.transition_case(shots.ctx, case.id, CaseStatus.SCREENING, "Screening gestart")
    cases.transition_case(shots.ctx, case.id, CaseStatus.WEGING, "Screening compleet")
    cases.transition_case(shots.ctx, case.id, CaseStatus.GEEN_ACTIE_NODIG, "Geen zorgen bevestigd.")
    cases.close_case(shots.ctx, case.id, ClosureReason.GEEN_ACTIE, "Geen actie nodig na weging.",
                     dt.date(2019, 3, 11))
    shots.show_main("casussen")
    window = shots.window.page("casussen").open_case(case.id)
    shots.extra.append(window)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    dialog = window.destroy_case()
    assert dialog is not None, "the chair sees Vernietigen… for a case past its retention date"
    shots.extra.append(dialog)
    dialog.ui.code_edit.setText(case.code)
    size = dialog.frameGeometry().size()
    dialog.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)
    dialog.raise_()
    shots.grab("25-vernietigen-bevestigen")


def _adopted_meeting(shots: Shots) -> int:
    """The latest held meeting whose minutes were adopted (else the latest held one)."""
    from casusoverleg_desktop.domain.enums import MeetingStatus, MinutesStatus
    from casusoverleg_desktop.services import meeting_mode, minutes

    held = sorted((m for m in meeting_mode.meeting_list(shots.ctx)
                   if m.case_count and m.status is MeetingStatus.GEHOUDEN), key=lambda m: m.held_on)
    adopted = [m for m in held if any(v.status is not MinutesStatus.CONCEPT
                                      for v in minutes.minutes_versions(shots.ctx, m.id))]
    return (adopted or held)[-1].id


def _until_idle(dialog: QWidget) -> None:
    for _ in range(600):
        QTest.qWait(50)
        if dialog.task is None:
            return


def shot_documents(shots: Shots) -> None:
    """The export dialog on adopted minutes: the minute taker signed, the chair signs (stamps shown)."""
    from casusoverleg_desktop.demo.data import SECRETARY_LOGIN
    from casusoverleg_desktop.services import document_export, minutes

    meeting_id = _adopted_meeting(shots)
    signed = {s.capacity for s in minutes.minutes_status(shots.ctx, meeting_id).signatures}
    if "opgesteld" not in signed:  # the demo may have signed them already
        secretary = ServiceContext(shots.ctx.database, SECRETARY_LOGIN, shots.ctx.clock)
        document_export.export_minutes(secretary, meeting_id, sign=True)
    shots.show_main("overleggen")
    page = shots.window.page("overleggen")
    page.open_meeting(meeting_id)
    dialog = page.open_documents()
    shots.extra.append(dialog)
    dialog.setGeometry(40, 30, WIDTH - 80, HEIGHT - 60)
    _until_idle(dialog)
    if dialog.ui.sign_chair_button.isEnabled():
        dialog.ui.sign_chair_button.click()
        _until_idle(dialog)
    else:
        dialog.preview.show_signatures()
    shots.documents_pdf = document_export.save_export(shots.workdir / dialog.result.built.suggested_name,
                                                   dialog.result.built.pdf)
    shots.grab("30-documenten-export")


def shot_verify(shots: Shots) -> None:
    """Handtekeningen controleren on the minutes signed in the step before (or a signed agenda)."""
    from casusoverleg_desktop.services import document_export

    path = getattr(shots, "documents_pdf", None)
    if path is None:
        built = document_export.export_agenda(shots.ctx, _adopted_meeting(shots), sign=True)
        path = document_export.save_export(shots.workdir / built.suggested_name, built.pdf)
    window = shots.show_main("overleggen")
    dialog = window.open_verify()
    shots.extra.append(dialog)
    dialog.setGeometry(80, 50, WIDTH - 160, HEIGHT - 100)
    dialog.open_file(path)
    _until_idle(dialog)
    shots.grab("31-handtekeningen-controleren")


# -- two laptops: pairing and packages (issue 18) ---------------------------------------------------
def _secretary_laptop(shots: Shots) -> VaultSession:
    """The minute taker's own laptop: a vault of its own beside the demo vault (made once)."""
    laptop = getattr(shots, "secretary_laptop", None)
    if laptop is None:
        from casusoverleg_desktop.demo.data import REGION, SECRETARY_LOGIN, SECRETARY_NAME
        from casusoverleg_desktop.domain.accounts import Role

        laptop, _code = create_new_vault(shots.workdir / "laptop-notulist", SECRETARY_LOGIN, Role.SECRETARY,
                                         PASSPHRASE, display_name=SECRETARY_NAME, organisation=REGION,
                                         settings=shots.settings)
        shots.secretary_laptop = laptop
    return laptop


def _paired(shots: Shots) -> VaultSession:
    """The secretary's laptop, paired both ways with the demo vault ('Laptop notulist')."""
    from casusoverleg_desktop.services.packages import peers

    laptop = _secretary_laptop(shots)
    other = laptop.context()
    if not peers.list_peers(shots.ctx):
        card = peers.card_for(other, laptop.vault_id)
        peers.add_peer(shots.ctx, shots.vault.vault_id, card.text.encode(), "Laptop notulist",
                       card.fingerprint)
    if not peers.list_peers(other):
        card = peers.card_for(shots.ctx, shots.vault.vault_id)
        peers.add_peer(other, laptop.vault_id, card.text.encode(), "Laptop voorzitter", card.fingerprint)
    return laptop


def shot_pairing(shots: Shots) -> None:
    """Koppelen: the minute taker's card opened, its fingerprint typed as read aloud, then paired."""
    from casusoverleg_desktop.services.packages import peers

    laptop = _secretary_laptop(shots)
    card = peers.card_for(laptop.context(), laptop.vault_id)
    path = shots.workdir / f"notulist{peers.CARD_SUFFIX}"
    path.write_text(card.text, encoding="utf-8")
    window = shots.show_main("overleggen")
    dialog = window.open_pairing()
    shots.extra.append(dialog)
    if not peers.list_peers(shots.ctx):
        dialog.open_card(path)
        dialog.ui.fingerprint_edit.setText(card.fingerprint)
        dialog.ui.name_edit.setText("Laptop notulist")
    size = dialog.frameGeometry().size()
    dialog.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)
    shots.grab("28-koppelen")
    if dialog.other is not None:
        dialog.pair()
    _paired(shots)


def shot_package_make(shots: Shots) -> None:
    """Overleggen › Pakket maken…: the next meeting's work for the minute taker's laptop."""
    _paired(shots)
    meeting_id = _next_meeting_with_cases(shots)
    shots.show_main("overleggen")
    page = shots.window.page("overleggen")
    page.open_meeting(meeting_id)
    dialog = page.make_package()
    shots.extra.append(dialog)
    size = dialog.frameGeometry().size()
    dialog.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)
    shots.grab("28-pakket-maken")


def shot_package_read(shots: Shots) -> None:
    """Pakket inlezen…: the minute taker's package back, after both changed the same case question;
    then the conflicts side by side."""
    from casusoverleg_desktop.services import meetings
    from casusoverleg_desktop.services.packages import package

    laptop = _paired(shots)
    other = laptop.context()
    meeting_id = _next_meeting_with_cases(shots)
    first = package.make_package(shots.ctx, shots.vault.vault_id, "Laptop notulist", meeting_id)
    package.import_package(other, laptop.vault_id, first.data)
    mine = next(i for i in meetings.agenda(shots.ctx, meeting_id) if i.case_id)
    there = next(m for m in meetings.list_meetings(other) if m.held_on == meetings.get_meeting(
        shots.ctx, meeting_id).held_on)
    theirs = next(i for i in meetings.agenda(other, there.id) if i.position == mine.position)
    meetings.update_agenda_item(shots.ctx, mine.id, question="Wie neemt de regie: het jeugdteam of de "
                                "gemeente? Graag een besluit over de casusregisseur.",
                                notes="Vader is nog niet over de bespreking geïnformeerd.")
    meetings.update_agenda_item(other, theirs.id, question="Wie neemt de regie? Het jeugdteam stelt voor de "
                                "casusregie bij school te beleggen.",
                                notes="Moeder heeft ingestemd met bespreking in het overleg.")
    back = package.make_package(other, laptop.vault_id, "Laptop voorzitter", there.id)
    path = shots.workdir / back.file_name
    path.write_bytes(back.data)
    window = shots.show_main("overleggen")
    dialog = window.open_incoming_package()
    shots.extra.append(dialog)
    dialog.open_file(path)
    size = dialog.frameGeometry().size()
    dialog.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)
    shots.grab("28-pakket-inlezen")
    dialog.start_import()
    conflicts = dialog.conflict_dialog
    shots.extra.append(conflicts)
    question = next(card for card in conflicts.cards if card.conflict.field == "vraag")
    for card in conflicts.cards:
        if card is not question:
            card.theirs_radio.click()
    question.combine_radio.click()
    question.combined_edit.setPlainText(
        "Wie neemt de regie: het jeugdteam of de gemeente? Het jeugdteam stelt voor de casusregie bij "
        "school te beleggen; graag een besluit over de casusregisseur.")
    size = conflicts.frameGeometry().size()
    conflicts.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)
    shots.grab("28-conflicten")
    conflicts.reject()


def _page_png(pdf: bytes, page: int, name: str) -> None:
    """One page of a PDF as the app's preview draws it (pypdfium2, signature stamps included)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        document.init_forms()
        document[page].render(scale=1.6, may_draw_forms=True).to_pil().save(OUT / f"{name}.png")
    finally:
        document.close()


def shot_document_pages(shots: Shots) -> None:
    """The documents themselves: the signed minutes' first page (where they stand, who signed and
    when), a case in the minutes, the decision and action list, an extract and the agenda."""
    from casusoverleg_desktop.services import document_data, document_export, meeting_mode, minutes

    meeting_id = _adopted_meeting(shots)
    signed = {s.capacity for s in minutes.minutes_status(shots.ctx, meeting_id).signatures}
    if "vastgesteld" not in signed:
        shot_documents(shots)
    built = document_export.export_minutes(shots.ctx, meeting_id)
    _page_png(built.pdf, 0, "document-minutes-signed")
    _page_png(built.pdf, 3, "document-minutes-case")
    _page_png(document_export.export_action_list(shots.ctx, meeting_id).pdf, 0, "document-action-list")
    school = document_data.find_partner(shots.ctx, "Scholengemeenschap")
    extract = document_export.export_extract(shots.ctx, meeting_id, school.id, acknowledge_sensitive=True)
    _page_png(extract.pdf, 0, "document-extract")
    upcoming = [m for m in meeting_mode.meeting_list(shots.ctx) if m.minutes is None and m.case_count]
    _page_png(document_export.export_agenda(shots.ctx, upcoming[0].id).pdf, 0, "document-agenda")


STEPS: list[tuple[str, Callable[[Shots], None]]] = [
    ("eerste-start", shot_first_run),
    ("ontgrendelen", shot_unlock),
    ("overzicht", shot_overview),
    ("zoeken", shot_search),
    ("casussen", shot_cases),
    ("casus", shot_case_window),
    ("casus-formulieren", shot_case_dialogs),
    ("actiepunten", shot_actions),
    ("ketenpartners", shot_partners),
    ("keten", shot_chain),
    ("verzoeken", shot_requests),
    ("vernietigen", shot_destruction),
    ("overleggen", shot_meetings),
    ("nieuw-overleg", shot_new_meeting),
    ("vergadermodus", shot_meeting_mode),
    ("verslag-vaststellen", shot_adoption),
    ("schriftelijk-vaststellen", shot_written_adoption),
    ("documenten", shot_documents),
    ("handtekeningen", shot_verify),
    ("documentpaginas", shot_document_pages),
    ("koppelen", shot_pairing),
    ("pakket-maken", shot_package_make),
    ("pakket-inlezen", shot_package_read),
    ("instellingen", shot_settings),
    ("vergrendeld", shot_locked),
    ("hulp", shot_help),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="names of the steps to run (default: all)")
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM", "xcb") == "offscreen" or not os.environ.get("DISPLAY"):
        print("make_screenshots: run under xvfb-run (a real X screen), see the docstring.", file=sys.stderr)
        return 2
    app = create_application(["make_screenshots"])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory(prefix="casusoverleg-shots-") as tmp:
        shots = Shots(app, Path(tmp))
        try:
            for name, step in STEPS:
                if args.only and name not in args.only:
                    continue
                step(shots)
                shots.reset()
                print(f"made {name}")
        finally:
            shots.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
