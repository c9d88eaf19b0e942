"""The main window: the areas, who is logged in, global search (Ctrl+K), and unexpected errors."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casusoverleg_desktop.domain.enums import LegalBasis, StatementType
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import cases, signals

from casusoverleg_desktop.app import ExceptionReporter
from casusoverleg_desktop.composition import PAGES
from casusoverleg_desktop.ui.dialogs.search_dialog import SearchDialog
from casusoverleg_desktop.ui.models.base import ROW_ROLE
from casusoverleg_desktop.ui.models.search_results_model import (
    COL_CASE,
    COL_SNIPPET,
    COL_WHERE,
    HTML_ROLE,
    SearchResultsModel,
)

AREAS = ["overzicht", "casussen", "overleggen", "actiepunten", "ketenpartners", "keten", "verzoeken",
         "instellingen"]


@pytest.fixture
def searchable(ctx):
    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10))
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    signals.record_signal(ctx, case.id, "Was op de reünie van de gamegroep in Zeist.",
                          StatementType.FEIT, source_detail="school, via moeder",
                          observed_on=dt.date(2025, 2, 1))
    signals.record_signal(ctx, other.id, "Zit veel op de gamegroep, volgens zijn broer.",
                          StatementType.MENING, source_detail="jongerenwerk",
                          observed_on=dt.date(2025, 3, 2))
    return case, other


def test_the_areas_are_registered_in_order():
    keys = [spec.key for spec in PAGES]
    assert keys == [key for key in AREAS if key in keys]
    assert keys[0] == "overzicht" and keys[-1] == "instellingen"


def test_the_window_shows_user_role_and_the_overview_first(main_window):
    assert main_window.ui.user_label.text() == "Marloes Dekkers · voorzitter"
    assert main_window.current_page_key() == "overzicht"
    titles = [main_window.ui.nav_list.item(i).text() for i in range(main_window.ui.nav_list.count())]
    assert titles[0] == "Overzicht" and titles[-1] == "Instellingen"
    main_window.show_page("instellingen")
    assert main_window.current_page_key() == "instellingen"


def test_ctrl_k_opens_search_with_results(qtbot, main_window, searchable):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.query_edit, "reunie")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    assert dialog.model.index(0, COL_CASE).data() == "LV-2025-014"
    assert dialog.model.index(0, COL_WHERE).data() == "Signaal S1"
    assert "<b>reünie</b>" in dialog.model.index(0, COL_SNIPPET).data(HTML_ROLE)


def test_enter_and_double_click_open_the_case_of_the_hit(qtbot, ctx, searchable, navigator):
    case, other = searchable
    dialog = SearchDialog(ctx, navigator, initial_query="gamegroep")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    assert "2 resultaten" in dialog.ui.status_label.text()
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Down)
    second = dialog.model.row(1).case_id
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("open_case", second)] and not dialog.isVisible()

    dialog = SearchDialog(ctx, navigator, initial_query="zeist")
    qtbot.addWidget(dialog)
    dialog.show()
    rect = dialog.ui.results_view.visualRect(dialog.model.index(0, COL_WHERE))
    qtbot.mouseDClick(dialog.ui.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert navigator.calls[-1] == ("open_case", case.id)


def test_nothing_found_is_said_plainly(qtbot, ctx, searchable, navigator):
    dialog = SearchDialog(ctx, navigator, initial_query="onvindbaar")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "Niets gevonden" in dialog.ui.status_label.text()
    dialog.open_current()
    assert navigator.calls == []


def test_search_results_model(qtmodeltester, ctx, searchable):
    from casusoverleg_desktop.services import search

    model = SearchResultsModel()
    model.set_rows(search.search(ctx, "gamegroep"))
    qtmodeltester.check(model)
    assert model.index(0, COL_CASE).data(ROW_ROLE).case_code in {"LV-2025-014", "LV-2025-021"}


def test_an_unexpected_error_shows_a_dutch_message_without_traceback(qtbot, capsys):
    reporter = ExceptionReporter()
    try:
        raise KeyError("Daan V. woont in Zeist")  # content that must not be printed anywhere
    except KeyError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    box = reporter.box
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("Er ging iets mis")
    assert "Traceback" not in box.text() + box.informativeText()
    assert "Daan" not in box.text() + box.informativeText()
    err = capsys.readouterr().err
    assert "KeyError" in err and "Daan" not in err and "Zeist" not in err


def test_an_escaped_project_error_shows_its_own_message(qtbot):
    reporter = ExceptionReporter()
    error = ValidationError("Vul in wanneer de betrokkene is geïnformeerd.")
    reporter(type(error), error, None)
    qtbot.addWidget(reporter.box)
    assert reporter.box.text() == error.message


def test_preferences_live_in_the_given_store_and_are_bounded(preferences):
    assert preferences.idle_minutes() == 5
    preferences.set_idle_minutes(500)
    assert preferences.idle_minutes() == 120


def test_the_folder_chosen_at_first_run_is_found_again(preferences, vault, tmp_path):
    from casusoverleg_desktop.settings import Settings

    from casusoverleg_desktop.app import resolve_vault_dir

    default = Settings.default_vault_dir()
    elsewhere = tmp_path / "ergens"
    assert resolve_vault_dir(elsewhere, preferences) == elsewhere
    preferences.set_vault_dir(vault.paths.root)
    if not (default / "keyslots.json").exists():  # never look at a real vault on this machine
        assert resolve_vault_dir(default, preferences) == vault.paths.root
    assert resolve_vault_dir(elsewhere, preferences) == elsewhere  # an explicit --vault wins


def test_every_input_has_an_accessible_name(qtbot, main_window, vault_access, tmp_path):
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QRadioButton,
    )

    from casusoverleg_desktop.settings import Settings

    from casusoverleg_desktop.composition import run_first_run
    from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
    from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

    main_window.show_page("instellingen")
    widgets = [main_window, main_window.open_search(), run_first_run(tmp_path / "k", Settings()),
               UnlockDialog(vault_access.root, "voorzitter").bind(vault_access, lambda *a: None),
               RecoveryDialog(lambda *a: None)]
    for widget in widgets[1:]:
        qtbot.addWidget(widget)
    own_pages = [main_window.page("overzicht"), main_window.page("instellingen"), *widgets[1:]]
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton, QAbstractItemView)
    checked = [w for root in [main_window.ui.header_frame, main_window.ui.nav_list, *own_pages]
               for w in [root, *root.findChildren(QWidget)]
               if isinstance(w, inputs) and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))
               and w.objectName()]
    assert len(checked) >= 40
    assert [w.objectName() for w in checked if not w.accessibleName()] == []
