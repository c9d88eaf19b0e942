"""Every page, window, meeting-mode screen and dialog of the app, opened one after another on a
real vault, for the geometry checks of issue 14 (tests/gui/test_dialogs_fit.py,
tests/gui/test_scaled_screens.py).

``ScreenWalk.everything`` shows each in turn and hands it to ``check(name, window, must_see)``:
``window`` is the top-level widget on screen, ``must_see`` the controls that have to lie inside it
(the buttons of a dialog, the header and the Vorige/Volgende/Sluiten bar of meeting mode).
``DIALOG_OPENERS`` names the walk step that opens each dialog class: a dialog class added to the
app without one fails ``test_every_dialog_class_is_walked``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from meeting_testkit import MeetingWorld

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import AgendaItemKind, BobPhase
from casusoverleg_desktop.services import balance, cases, families, meetings, partners
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings

from casusoverleg_desktop.composition import PAGES
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.models.base import ROW_ROLE

Check = Callable[[str, QWidget, Sequence[QWidget]], None]

DIALOG_OPENERS = {  # dialog class name → the walk step that opens it
    "UnlockDialog": "start", "RecoveryDialog": "start", "FirstRunWizard": "start",
    "HelpDialog": "main_window", "AboutDialog": "main_window", "SearchDialog": "main_window",
    "VerifyDialog": "main_window", "NewCaseDialog": "main_window", "PartnerDialog": "main_window",
    "ProfessionalDialog": "main_window", "NewMeetingDialog": "main_window", "ExportDialog": "main_window",
    "WrittenAdoptionDialog": "main_window", "ActionChangeDialog": "main_window",
    "RecoveryCodeDialog": "main_window",
    "RegisterRequestDialog": "main_window", "ExtendRequestDialog": "main_window",
    "MinorPositionDialog": "main_window", "HandleRequestDialog": "main_window",
    "InzageReviewDialog": "main_window",
    "TransitionDialog": "case_window", "CloseCaseDialog": "case_window", "CaseSettingsDialog": "case_window",
    "SubjectDialog": "case_window", "SignalDialog": "case_window", "VerifySignalDialog": "case_window",
    "EscalationDialog": "case_window", "ReporterDialog": "case_window", "FeedbackDialog": "case_window",
    "InformedDialog": "case_window", "BalanceEntryDialog": "case_window",
    "LegalBasisDialog": "case_window", "PlaceHoldDialog": "case_window", "LiftHoldDialog": "case_window",
    "DestroyCaseDialog": "case_window",
    "RelationDialog": "case_window", "GezagDialog": "case_window",
    "RouteStepPassedDialog": "case_window", "PlaceRouteDialog": "case_window",
    "MunicipalityDialog": "main_window", "VersionDialog": "main_window", "MemberDialog": "main_window",
    "RouteDialog": "main_window", "StepDialog": "main_window", "LinkDialog": "main_window",
    "UnlinkDialog": "main_window",
    "PairingDialog": "main_window", "OutgoingPackageDialog": "main_window",
    "IncomingPackageDialog": "main_window", "ConflictDialog": "main_window",
    "PostponeDialog": "meeting_mode", "UnfinishedDialog": "meeting_mode",
    "StatementPersonsDialog": "meeting_mode",
}
ABSTRACT_DIALOGS = {"ServiceDialog", "_StepDialog"}  # base classes, never shown themselves


def settle(ms: int = 5) -> None:
    QApplication.processEvents()
    QTest.qWait(ms)


def buttons_of(dialog: QWidget) -> list[QWidget]:
    """What a dialog is closed with: its button boxes, else its push buttons."""
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisibleTo(dialog)]
    return boxes or [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]


def visible_dialogs() -> set[QDialog]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


class ScreenWalk:
    """The walk over one vault with ``MeetingWorld`` content (``meeting_testkit.build_world``)."""

    def __init__(self, ctx: ServiceContext, root: Path, world: MeetingWorld, check: Check,
                 size: tuple[int, int] | None = None) -> None:
        """``size``: resize the main, case and meeting windows to it (a screen's room); None: keep
        the size the app gives them when shown."""
        self.ctx, self.root, self.world, self.check, self.size = ctx, root, world, check, size
        self.opened: set[str] = set()  # dialog class names shown

    # -- helpers -----------------------------------------------------------------------------------
    def _show_window(self, window: QWidget) -> QWidget:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if self.size is not None:
            window.resize(*self.size)
        window.show()
        settle()
        return window

    def dialog(self, name: str, dialog: QDialog, *, owned: bool = False) -> None:
        """``dialog`` shown (if the app did not), checked, closed; deleted unless the window that
        opened it keeps it (``owned``)."""
        if not dialog.isVisible():
            dialog.show()
        settle()
        self.opened.add(type(dialog).__name__)
        self.check(name, dialog, buttons_of(dialog))
        dialog.reject()
        dialog.close()
        if not owned:
            dialog.deleteLater()
        settle()

    @contextmanager
    def _opened_by(self, name: str) -> Iterator[None]:
        """The dialog a user action inside the block opens (window-modal, ``open_modal``)."""
        before = visible_dialogs()
        yield
        settle()
        [dialog] = visible_dialogs() - before
        self.dialog(name, dialog)

    def everything(self, main_window: MainWindow, *, large_letters: Sequence[bool] = (False, True)) -> None:
        self.start()
        self.main_window(main_window)
        self.case_window()
        for large in large_letters:
            self.meeting_mode(large)

    # -- before the vault is open ----------------------------------------------------------------
    def start(self) -> None:
        from casusoverleg_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
        from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
        from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

        unlock = UnlockDialog(self.root, "voorzitter").bind(VaultAccess(self.root, Settings(), None))
        self.dialog("Ontgrendelen", unlock)

        def refuse(*_args: object):
            raise AssertionError("not created in a geometry walk")

        self.dialog("Herstelcode gebruiken", RecoveryDialog(refuse, "voorzitter"))
        wizard = FirstRunWizard(refuse, self.root.parent / "nieuwe-kluis")
        wizard.show()
        for page_id in wizard.pageIds():  # every page as it is shown, sized as the wizard is
            wizard.page(page_id).initializePage()
        self.dialog("Eerste start", wizard)

    # -- the main window, its pages and their dialogs ------------------------------------------------
    def main_window(self, window: MainWindow) -> None:
        from casusoverleg_desktop.ui.dialogs.action_dialogs import ActionChange
        from casusoverleg_desktop.ui.dialogs.partner_dialogs import ProfessionalDialog
        from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoveryCodeDialog, RecoverySheet

        self._show_window(window)
        for spec in PAGES:
            window.show_page(spec.key)
            settle()
            self.check(f"Hoofdvenster: {spec.title}", window, ())
        self.dialog("Sneltoetsen (F1)", window.open_help(), owned=True)
        self.dialog("Over", window.open_about())
        self.dialog("Zoeken", window.open_search(), owned=True)
        self.dialog("Handtekeningen controleren", window.open_verify(), owned=True)
        self._package_dialogs(window)

        cases_page = window.page("casussen")
        self.dialog("Nieuwe casus", cases_page.new_case_dialog())
        partners_page = window.page("ketenpartners")
        self.dialog("Ketenpartner", partners_page.partner_dialog())
        partner = partners.list_partners(self.ctx)[0]
        self.dialog("Professional", ProfessionalDialog(self.ctx, partner, None, partners_page))

        actions_page = window.page("actiepunten")
        window.show_page("actiepunten")
        rows = actions_page.visible_rows()[:2]
        for change in ActionChange:
            self.dialog(f"Actiepunten: {change.value}", actions_page.change_dialog(change, rows))

        meetings_page = window.page("overleggen")
        window.show_page("overleggen")
        self.dialog("Nieuw overleg", meetings_page.new_meeting())
        meetings_page.open_meeting(self.world.meeting_id)
        settle()
        self.dialog("Documenten (in voorbereiding)", meetings_page.open_documents(), owned=True)
        self.dialog("Pakket maken", meetings_page.make_package())
        previous = self.world.previous_meeting_id
        meetings.close_meeting(self.ctx, previous, dt.time(16))  # held: its concept minutes
        meetings_page.open_meeting(previous)
        settle()
        written = meetings_page.adopt_in_writing()
        assert written is not None, "the previous meeting has concept minutes to adopt in writing"
        self.dialog("Verslag schriftelijk vaststellen", written)
        self.dialog("Documenten (gehouden)", meetings_page.open_documents(), owned=True)

        settings_page = window.page("instellingen")
        sheet = RecoverySheet("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", "voorzitter", self.root,
                              dt.date(2025, 3, 26))
        self.dialog("Nieuwe herstelcode", RecoveryCodeDialog(sheet, settings_page))
        self._request_dialogs(window)
        self._chain_dialogs(window)

    def _package_dialogs(self, window: MainWindow) -> None:
        from casusoverleg_desktop.services.packages.package import Conflict, ConflictKind

        from casusoverleg_desktop.ui.dialogs.conflict_dialog import ConflictDialog

        self.dialog("Koppelen", window.open_pairing())
        self.dialog("Pakket inlezen", window.open_incoming_package())
        question = "Is een gezamenlijk plan van aanpak nodig, en wie neemt de regie bij school en thuis? " * 3
        conflicts = [Conflict(f"uid-{n}/question", ConflictKind.FIELD, f"Agendapunt {n}: Casusbespreking "
                              f"LV-2025-0{n}", "vraag", question, question.upper(), True) for n in (14, 21)]
        conflicts.append(Conflict("uid-b3", ConflictKind.DELETED_HERE, "Besluit B3", "", "verwijderd",
                                  "gewijzigd", False))
        self.dialog("Conflicten beslissen", ConflictDialog(conflicts, "Laptop notulist", window))

    def _chain_dialogs(self, window: MainWindow) -> None:
        from tests.chain_kit import build_chain

        from casusoverleg_desktop.ui.dialogs.chain_dialogs import VersionDialog
        from casusoverleg_desktop.ui.widgets.combos import select_data

        kit = build_chain(self.ctx, municipality="Wandeldorp")  # a concept: every edit dialog opens
        window.show_page("keten")
        page = window.page("keten")
        page.refresh()
        select_data(page.ui.municipality_combo, kit.municipality_id)
        settle()
        page.select_route(kit.worry_route)
        page.select_step(kit.steps["weigh"])
        page.ui.tabs.setCurrentWidget(page.ui.members_tab)
        page.select_member(kit.members["meldpunt"])
        settle()
        for name, action in (("gemeente", page.new_municipality), ("route", page.new_route),
                             ("route wijzigen", page.edit_route), ("stap", page.add_step),
                             ("stap wijzigen", page.edit_step), ("stappen verbinden", page.link_step),
                             ("verbinding weghalen", page.unlink_step), ("organisatie", page.add_member),
                             ("organisatie wijzigen", page.edit_member)):
            self.dialog(f"Keten: {name}", action())
        self.dialog("Keten: nieuwe versie", VersionDialog(self.ctx, kit.municipality_id, False, page))
        page.ui.tabs.setCurrentIndex(0)

    def _request_dialogs(self, window: MainWindow) -> None:
        from casusoverleg_desktop.domain.enums import Requester, RequestKind
        from casusoverleg_desktop.services import subject_requests

        from casusoverleg_desktop.ui.dialogs.request_dialogs import MinorPositionDialog

        found = subject_requests.find_persons(self.ctx, "Sara K.")
        request = subject_requests.register_request(
            self.ctx, RequestKind.INZAGE, "Sara K.", [p.subject_id for p in found], Requester.BETROKKENE,
            self.ctx.clock().date())
        window.show_page("verzoeken")
        page = window.page("verzoeken")
        page.open_request(request.id)
        settle()
        self.dialog("Verzoek registreren", page.new_request())
        self.dialog("Verzoek: termijn verlengen", page.extend())
        self.dialog("Verzoek: standpunt minderjarige", MinorPositionDialog(self.ctx, page.current(), page))
        self.dialog("Verzoek: afhandelen", page.handle())
        self.dialog("Verzoek: inzage beoordelen", page.review())

    # -- the case window, its tabs and its dialogs ----------------------------------------------------
    def case_window(self) -> None:
        from casusoverleg_desktop.ui.balance.entry_dialog import BalanceEntryDialog
        from casusoverleg_desktop.ui.windows.case_window import CaseWindow

        case_id = next(iter(self.world.case_ids.values()))
        routed = self._reporter_on_a_route(case_id)
        window = self._show_window(CaseWindow(self.ctx, case_id))
        for number in range(window.ui.tabs.count()):
            window.ui.tabs.setCurrentIndex(number)
            settle()
            self.check(f"Casusvenster: {window.ui.tabs.tabText(number)}", window, ())
        window.ui.tabs.setCurrentIndex(0)
        self.dialog("Casus: stap in de levensloop", window.transition_dialog())
        self.dialog("Casus: afsluiten", window.close_dialog())
        self.dialog("Casus: signaal", window.signal_dialog())
        self.dialog("Casus: contra-signaal", window.signal_dialog(contra=True))
        for name, action in (("instellingen", window.edit_settings), ("betrokkene", window.add_subject),
                             ("op- of afschalen", window.add_escalation), ("melder", window.add_reporter),
                             ("terugkoppeling", window.add_feedback), ("geïnformeerd", window.add_informed)):
            with self._opened_by(f"Casus: {name}"):
                action()
        window.ui.signals_view.selectRow(0)
        with self._opened_by("Casus: signaal verifiëren"):
            window.verify_signal()
        self._route_dialogs(window, routed)
        self.dialog("Casus: relaties", window.family.relation_dialog())
        self.dialog("Casus: gezag", window.family.gezag_dialog())
        self._retention_dialogs(window)
        sheet = balance.open_sheet(self.ctx, case_id, self.world.meeting_id)
        entry = balance.add_entry(self.ctx, sheet.id, BalanceSide.ZORG_ONTWIKKELING,
                                  "Schoolverzuim neemt toe sinds de verhuizing")
        self.dialog("Balans: regel", BalanceEntryDialog(self.ctx, entry, balance.partners_for(self.ctx),
                                                       window))
        window.close()
        window.deleteLater()

    def _reporter_on_a_route(self, case_id: int) -> int:
        from tests.chain_kit import build_chain

        kit = build_chain(self.ctx, adopt=True, in_force_from=dt.date(2020, 1, 1))
        return cases.add_reporter(self.ctx, case_id, self.ctx.clock().date(), person="mentor",
                                  chain_route_id=kit.worry_route).id

    def _route_dialogs(self, window, reporter_id: int) -> None:
        from casusoverleg_desktop.ui.dialogs.route_dialogs import PlaceRouteDialog

        window.ui.tabs.setCurrentWidget(window.ui.reporter_tab)
        row = next(r for r in range(window.reporters.rowCount())
                   if window.reporters.index(r, 0).data(ROW_ROLE).id == reporter_id)
        window.ui.reporters_view.selectRow(row)
        with self._opened_by("Casus: volgende stap van de route"):
            window.next_step()
        self.dialog("Casus: route kiezen", PlaceRouteDialog(self.ctx, reporter_id, "mentor",
                                                            self.ctx.clock().date(), window))
        window.ui.tabs.setCurrentIndex(0)

    def _retention_dialogs(self, window) -> None:
        from casusoverleg_desktop.ui.dialogs.retention_dialogs import DestroyCaseDialog, LiftHoldDialog

        with self._opened_by("Casus: grondslag toevoegen"):
            window.add_legal_basis()
        with self._opened_by("Casus: bewaarplicht opleggen"):
            window.place_hold()
        self.dialog("Casus: bewaarplicht opheffen", LiftHoldDialog(self.ctx, window.kept.holds, window))
        # an open case: the dialog lists why it cannot be destroyed; nothing is destroyed in the walk
        self.dialog("Casus: vernietigen", DestroyCaseDialog(self.ctx, window.kept, None, window))

    # -- meeting mode: every item, every phase ----------------------------------------------------------
    def meeting_mode(self, large: bool) -> None:
        from casusoverleg_desktop.ui.meeting.closing import UnfinishedDialog
        from casusoverleg_desktop.ui.meeting.item_parts import PostponeDialog
        from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
        from casusoverleg_desktop.ui.widgets.statement_persons import StatementPersonsDialog

        window = MeetingModeWindow(self.ctx, self.world.meeting_id)
        self._show_window(window)
        window.ui.large_check.setChecked(large)
        letters = "grote letters" if large else "gewone letters"
        ui = window.ui
        navigation = (ui.header_frame, ui.footer_frame, ui.previous_button, ui.next_button, ui.close_button)
        for row, item in enumerate(window.session.agenda):
            window.show_item(row)
            settle()
            title = f"Vergadermodus ({letters}): {item.kind.value} {row + 1}"
            if item.kind is AgendaItemKind.CASUS:
                for phase in BobPhase:
                    window.current_screen().set_phase(phase)
                    settle()
                    self.check(f"{title}, {phase.value}", window, navigation)
            else:
                self.check(title, window, navigation)
        if not large:
            review = window.session.reviews[0]
            self.dialog("Vergadermodus: actiepunt uitstellen", PostponeDialog(review.action, window))
            self.dialog("Vergadermodus: nog niet afgerond",
                        UnfinishedDialog(["Casus LV-2025-014: geen besluit"] * 6, window))
            persons = families.family_view(self.ctx, next(iter(self.world.case_ids.values()))).members
            self.dialog("Vergadermodus: personen bij de inbreng",
                        StatementPersonsDialog(persons, (), None, window))
        window.close()
        window.deleteLater()
        settle()

