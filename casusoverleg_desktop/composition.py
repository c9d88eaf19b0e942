"""Composition root of the GUI: the only module that knows every layer. It wires; it does no work.

``app.py`` shows the unlock window first and imports this module while it is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import VaultAccess, VaultSession, create_new_vault
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.secret_store import probe_keyring

from casusoverleg_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec
from casusoverleg_desktop.ui.pages.actions_page import actions_page
from casusoverleg_desktop.ui.pages.cases_page import CasesPage, cases_page
from casusoverleg_desktop.ui.pages.chain_page import chain_page
from casusoverleg_desktop.ui.pages.meetings_page import create_meetings_page
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage
from casusoverleg_desktop.ui.pages.partners_page import partners_page
from casusoverleg_desktop.ui.pages.requests_page import requests_page
from casusoverleg_desktop.ui.pages.settings_page import IdleSetting, SettingsPage
from casusoverleg_desktop.ui.preferences import Preferences
from casusoverleg_desktop.ui.session import GuiSession, LiveVault, WindowFactory
from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

# The areas of the main window, in the order of the navigation list. The Instellingen page manages
# the open vault itself: ``page_specs`` gives it the vault's administration.
PAGES: list[PageSpec] = [
    PageSpec("overzicht", "Overzicht", OverviewPage),
    PageSpec("casussen", "Casussen", cases_page),
    PageSpec("overleggen", "Overleggen", create_meetings_page),
    PageSpec("actiepunten", "Actiepunten", actions_page),
    PageSpec("ketenpartners", "Ketenpartners", partners_page),
    PageSpec("keten", "Keten", chain_page),
    PageSpec("verzoeken", "Verzoeken", requests_page),
    PageSpec("instellingen", "Instellingen", lambda ctx, nav: _given_by_page_specs()),
]


def _given_by_page_specs() -> SettingsPage:
    raise RuntimeError("the Instellingen page needs the vault's administration: use page_specs()")


def page_specs(admin: VaultAdministration, idle: IdleSetting,
               pages: Sequence[PageSpec] | None = None) -> list[PageSpec]:
    """``pages`` (default ``PAGES``), the Instellingen page given the vault's administration, and the
    Casussen page its automatic backups (renewed when a case is destroyed)."""
    given = {"instellingen": lambda ctx, nav: SettingsPage(ctx, nav, admin, idle),
             "casussen": lambda ctx, nav: CasesPage(ctx, nav, backups=admin)}
    return [replace(spec, factory=given[spec.key]) if spec.key in given else spec
            for spec in (PAGES if pages is None else pages)]


def build_main_window(live: LiveVault, access: VaultAccess, idle: IdleSetting,
                      pages: Sequence[PageSpec] | None = None) -> MainWindow:
    session = live.current()
    admin = VaultAdministration(live.current, access)
    return MainWindow(session.user, session.root, live.context(), page_specs(admin, idle, pages),
                      vault_id=session.vault_id)


def window_factory(access: VaultAccess, pages: Sequence[PageSpec] | None = None) -> WindowFactory:
    return lambda live, idle: build_main_window(live, access, idle, pages)


def run_first_run(root: Path, settings: Settings) -> FirstRunWizard:
    def create(where: Path, login: str, role: Role, passphrase: str, display_name: str,
               organisation: str) -> tuple[VaultSession, str]:
        return create_new_vault(where, login, role, passphrase, settings=settings,
                                display_name=display_name, organisation=organisation)

    return FirstRunWizard(create, root)


def new_session(root: Path, login: str | None, settings: Settings, preferences: Preferences,
                pages: Sequence[PageSpec] | None = None,
                idle_timeout_ms: int | None = None) -> GuiSession:
    """A session on the vault in ``root``; the OS keyring is probed here (it can take a moment).
    The daily backup is written once the main window shows, not before (``GuiSession``)."""
    store, _ = probe_keyring()
    access = VaultAccess(root, settings, store, backup_after_unlock=True)
    return GuiSession(access, login, preferences, window_factory(access, pages),
                      idle_timeout_ms=idle_timeout_ms)


def open_session(root: Path, login: str | None, settings: Settings, preferences: Preferences,
                 shown: UnlockDialog | None = None) -> GuiSession:
    """The session on the vault in ``root``, started, after the unlock window ``shown`` (if any)
    is on screen."""
    session = new_session(root, login, settings, preferences)
    session.start(shown)
    return session
