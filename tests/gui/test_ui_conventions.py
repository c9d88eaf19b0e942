"""The shared UI conventions: one table-model base with one table of roles, one page base, one way
to show a message, and one palette with one style sheet."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from meeting_testkit import build_world

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import balance, search

import casusoverleg_desktop.ui as ui_package
from casusoverleg_desktop.ui.balance import BalanceSheetWidget
from casusoverleg_desktop.ui.balance.list_editor import ListEditor
from casusoverleg_desktop.ui.models import base
from casusoverleg_desktop.ui.models.base import (
    ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    VALUE_ROLE,
    Column,
    TableModel,
    dutch_date,
)
from casusoverleg_desktop.ui.models.search_results_model import SearchResultsModel
from casusoverleg_desktop.ui.models.settings_models import BackupsModel, UsersModel
from casusoverleg_desktop.ui.pages.actions_page import ActionsPage
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.pages.cases_page import CasesPage
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage
from casusoverleg_desktop.ui.pages.partners_page import PartnersPage
from casusoverleg_desktop.ui.theme import STYLE_SHEET, Palette
from casusoverleg_desktop.ui.widgets.messages import QuietLabel, clear_message, show_error, show_message

UI = Path(ui_package.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _sources(*, skip: tuple[str, ...] = ()) -> list[Path]:
    return [path for path in sorted(UI.rglob("*.py"))
            if "forms" not in path.relative_to(UI).parts and path.relative_to(UI).parts[0] not in skip]


# -- the model base -------------------------------------------------------------------------------
def test_the_custom_roles_are_distinct_and_defined_only_in_the_base():
    roles = [getattr(base, name) for name in dir(base) if name.endswith("_ROLE")]
    assert len(roles) == len(set(roles)) == 7
    assert min(roles) > Qt.ItemDataRole.UserRole
    defined_elsewhere = [path.name for path in _sources() if path.name != "base.py"
                         and re.search(r"UserRole\s*\+", path.read_text(encoding="utf-8"))]
    assert defined_elsewhere == []


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    picked: dt.date


class FruitModel(TableModel[Fruit]):
    NAME, PICKED = range(2)
    columns = (
        Column("Naam", lambda f: f.name, tooltip=lambda f: f"Vrucht {f.name}"),
        Column("Geplukt", lambda f: dutch_date(f.picked), sort=lambda f: f.picked, value=lambda f: f.picked),
    )


def test_a_table_model_of_plain_dataclasses(qtbot, qtmodeltester):
    model = FruitModel()
    rows = [Fruit(1, "appel", dt.date(2025, 5, 14)), Fruit(2, "peer", dt.date(2025, 4, 2))]
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(rows)
    picked = model.index(1, FruitModel.PICKED)
    assert picked.data() == "02-04-2025" and picked.data(SORT_ROLE) == "2025-04-02"
    assert picked.data(VALUE_ROLE) == dt.date(2025, 4, 2)
    assert picked.data(ROW_ROLE) is rows[1] and picked.data(ID_ROLE) == 2
    assert model.index(0, FruitModel.NAME).data(Qt.ItemDataRole.ToolTipRole) == "Vrucht appel"
    assert model.headerData(FruitModel.PICKED, Qt.Orientation.Horizontal) == "Geplukt"
    assert model.row_of(2) == 1 and model.row_of(99) is None

    with qtbot.waitSignal(model.dataChanged) as changed:
        model.replace_row(0, Fruit(1, "appel", dt.date(2025, 6, 1)))
    assert changed.args[0].row() == 0 and model.index(0, FruitModel.PICKED).data() == "01-06-2025"
    with qtbot.waitSignal(model.rowsInserted):
        model.append(Fruit(3, "kers", dt.date(2025, 6, 20)))
    assert model.rowCount() == 3 and model.row(2).name == "kers"
    qtmodeltester.check(model)


def test_every_model_of_the_pages_and_the_case_window_passes_the_model_tester(qtbot, qtmodeltester, ctx,
                                                                                 navigator):
    world = build_world(ctx)
    pages: list[Page] = [OverviewPage(ctx, navigator), CasesPage(ctx, navigator), ActionsPage(ctx, navigator),
                         PartnersPage(ctx, navigator), MeetingsPage(ctx, navigator)]
    for page in pages:
        qtbot.addWidget(page)
        page.refresh()
    meetings_page = pages[-1]
    meetings_page.open_meeting(world.meeting_id)
    case_row = next(row for row, item in enumerate(meetings_page.agenda_model.rows()) if item.case_id)
    meetings_page.ui.agenda_view.selectRow(case_row)
    window = pages[1].open_case(world.case_ids["LV-2025-014"])
    assert window is not None
    qtbot.addWidget(window)

    models = [model for widget in (*pages, window) for model in widget.findChildren(TableModel)]
    names = {type(model).__name__ for model in models}
    assert {"MeetingsModel", "ReviewsModel", "CaseListModel", "ActionListModel", "PartnerModel",
            "ProfessionalModel", "MeetingListModel", "AgendaModel", "AttendanceModel", "SubjectModel",
            "SignalModel", "TimelineModel"} <= names
    assert all(model.rowCount() for model in models if type(model).__name__ in
               {"CaseListModel", "ActionListModel", "PartnerModel", "MeetingListModel", "AgendaModel",
                "AttendanceModel", "SignalModel"})
    for model in models:
        qtmodeltester.check(model)


def test_the_search_settings_and_balance_models_pass_the_model_tester(qtbot, qtmodeltester, ctx):
    world = build_world(ctx)
    found = SearchResultsModel()
    found.set_rows(search.search(ctx, "Daan"))
    assert found.rowCount()

    @dataclass(frozen=True)
    class User:
        login: str
        display_name: str
        role: object

    @dataclass(frozen=True)
    class Backup:
        path: Path
        made_at: dt.datetime | None
        size: int

    users, backups = UsersModel(), BackupsModel()
    users.set_rows([User("voorzitter", "Ingrid Postma", type("R", (), {"label": "voorzitter"})())])
    backups.set_rows([Backup(Path("/tmp/a.cobak"), dt.datetime(2025, 5, 1, 9, 30, tzinfo=dt.UTC), 4096),
                      Backup(Path("/tmp/b.cobak"), None, 3 * 1024 * 1024)])
    assert backups.index(1, BackupsModel.COL_SIZE).data() == "3,0 MB" and users.row_of("voorzitter") == 0

    sheet = BalanceSheetWidget(ctx, world.case_ids["LV-2025-014"], world.meeting_id, confirm_removal=False)
    qtbot.addWidget(sheet)
    balance.add_entry(ctx, sheet.sheet().id, BalanceSide.VEILIGHEID, "Spijbelt sinds januari.")
    sheet.reload()
    assert sheet.panels[BalanceSide.VEILIGHEID].model.rowCount() == 1
    for model in (found, users, backups, *sheet.findChildren(TableModel)):
        qtmodeltester.check(model)


# -- the page base and messages ------------------------------------------------------------------
class RefusingPage(Page):
    def __init__(self, ctx, with_label: bool) -> None:
        super().__init__(ctx)
        self.loads = 0
        if with_label:
            self.error_label = QuietLabel(name="error_label")
            QVBoxLayout(self).addWidget(self.error_label)

    def load(self) -> None:
        self.loads += 1
        raise CasusoverlegError("De kluis is vergrendeld.")


def test_a_page_shows_what_the_services_refuse_in_its_error_label(qtbot, ctx):
    page = RefusingPage(ctx, with_label=True)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.loads == 1 and page.error_label.text() == "De kluis is vergrendeld."
    assert page.error_label.isVisible() and page.error_label.property("message") == "error"
    page.clear_error()
    assert page.error_label.text() == "" and not page.error_label.isVisible()


def test_a_page_without_an_error_label_shows_a_warning_box(qtbot, ctx):
    page = RefusingPage(ctx, with_label=False)
    qtbot.addWidget(page)
    shown = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    page.refresh()
    assert shown == ["De kluis is vergrendeld."]


def test_a_message_is_plain_text_styled_by_its_tone(qtbot):
    label = QLabel("oud")
    qtbot.addWidget(label)
    label.show()
    show_message(label, "Opgeslagen <b>nu</b>.", "ok")
    assert label.textFormat() is Qt.TextFormat.PlainText and label.property("message") == "ok"
    show_error(label, CasusoverlegError("Dat mag niet."))
    assert label.text() == "Dat mag niet." and label.property("message") == "error" and label.isVisible()
    clear_message(label)
    assert label.text() == "" and label.isVisible()  # a form's message line keeps its place


def test_a_quiet_label_takes_no_room_until_it_has_something_to_say(qtbot):
    host = QLabel()
    layout = QVBoxLayout(host)
    quiet = QuietLabel(host, name="error_label")
    layout.addWidget(quiet)
    qtbot.addWidget(host)
    host.show()
    assert not quiet.isVisible() and quiet.objectName() == "error_label" and quiet.wordWrap()
    show_error(quiet, "Kies eerst de partner.")
    assert quiet.isVisible() and quiet.text() == "Kies eerst de partner."
    clear_message(quiet)
    assert not quiet.isVisible()


# -- the palette and the style sheet ---------------------------------------------------------------
def test_the_style_sheet_is_made_from_the_palette_only():
    assert "$" not in STYLE_SHEET
    names = {name for name in vars(Palette) if name.isupper()}
    colours = [getattr(Palette, name) for name in names if isinstance(getattr(Palette, name), str)]
    assert all(HEX.fullmatch(colour) for colour in colours)
    assert set(HEX.findall(STYLE_SHEET)) <= {getattr(Palette, name) for name in names}


@pytest.mark.parametrize("what, pattern", [("hex colours", HEX),
                                           ("setStyleSheet calls", re.compile(r"setStyleSheet\("))])
def test_colours_and_style_sheets_live_in_the_theme(what, pattern):
    """Outside ``ui/theme`` only the zoom of the balance sheet and of meeting mode sets a style sheet."""
    allowed = {"setStyleSheet calls": {"sheet_widget.py": 1, "meeting_mode_window.py": 1}}.get(what, {})
    found = {path.name: len(pattern.findall(path.read_text(encoding="utf-8")))
             for path in _sources(skip=("theme",))}
    assert {name: count for name, count in found.items() if count} == allowed


# -- the balance sheet's list editor -------------------------------------------------------------------
def test_the_four_lists_of_the_balance_sheet_are_one_list_editor(qtbot, ctx):
    world = build_world(ctx)
    sheet = BalanceSheetWidget(ctx, world.case_ids["LV-2025-014"], world.meeting_id, confirm_removal=False)
    qtbot.addWidget(sheet)
    editors = (sheet.measures, sheet.dissent, sheet.assessments, sheet.questions)
    assert all(isinstance(editor, ListEditor) for editor in editors)

    sheet.ui.question_edit.setText("Wie spreekt de school?")
    qtbot.keyClick(sheet.ui.question_edit, Qt.Key.Key_Return)  # Enter adds, like the button
    sheet.ui.question_edit.setText("Is er een voogd?")
    qtbot.mouseClick(sheet.ui.add_question_button, Qt.MouseButton.LeftButton)
    listing = sheet.ui.questions_list
    assert [listing.item(r).text() for r in range(listing.count())] == ["Wie spreekt de school?",
                                                                      "Is er een voogd?"]
    assert listing.item(0).toolTip() == "Wie spreekt de school?"

    with qtbot.waitSignal(sheet.questions.check_changed) as toggled:
        listing.item(1).setCheckState(Qt.CheckState.Checked)
    assert toggled.args[1] is True and balance.get_sheet(ctx, sheet.sheet().id).questions[1].resolved
    assert sheet.ui.questions_list.item(1).checkState() == Qt.CheckState.Checked  # after the reload

    listing.setCurrentRow(0)
    first = sheet.questions.current_id()
    with qtbot.waitSignal(sheet.questions.remove_requested) as removed:
        qtbot.mouseClick(sheet.ui.remove_question_button, Qt.MouseButton.LeftButton)
    assert removed.args == [first]
    assert [q.text for q in balance.get_sheet(ctx, sheet.sheet().id).questions] == ["Is er een voogd?"]
    tabs = sheet.ui.details_tabs
    assert tabs.tabText(tabs.indexOf(sheet.questions)) == "H. Open vragen (0)"
