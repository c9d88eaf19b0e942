"""Overleggen: the meetings, preparing one (agenda builder, invitations, attendance), starting
meeting mode, and where a held meeting's minutes stand — with their written adoption
(schriftelijke vaststelling) when the next meeting is too far away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QHeaderView, QPushButton, QTableView, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import AgendaItemKind, CaseStatus, MeetingStatus, MinutesStatus
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meeting_mode, meeting_views, meetings, minutes
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meeting_mode import CaseLabel
from casusoverleg_desktop.services.meeting_views import MeetingDetailView, MeetingsPageView
from casusoverleg_desktop.services.meetings import MeetingInfo
from casusoverleg_desktop.services.minutes import MinutesInfo
from casusoverleg_desktop.services.partners import PartnerInfo

from casusoverleg_desktop.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from casusoverleg_desktop.ui.dialogs.written_adoption_dialog import WrittenAdoptionDialog
from casusoverleg_desktop.ui.forms.ui_meetings_page import Ui_MeetingsPage
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.meeting.delegates import AttendanceDelegate
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.models.base import ID_ROLE
from casusoverleg_desktop.ui.models.meeting_models import (
    AgendaModel,
    AttendanceModel,
    MeetingListModel,
    minutes_text,
)
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.theme import set_style_property
from casusoverleg_desktop.ui.widgets.minutes_state import minutes_state_html
from casusoverleg_desktop.ui.widgets.modal import open_modal

if TYPE_CHECKING:
    from casusoverleg_desktop.ui.dialogs.export_dialog import ExportDialog

_LOCKED = (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)
_CLOSED_CASES = (CaseStatus.AFGESLOTEN, CaseStatus.BEWAARTERMIJN_LOOPT, CaseStatus.VERNIETIGD)


class MeetingsPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        self.error_label = self.ui.error_label
        self._meeting: MeetingInfo | None = None
        self.minutes_info: MinutesInfo | None = None  # the selected meeting's minutes, latest version
        self._cases: dict[int, CaseLabel] = {}
        self._partners: list[PartnerInfo] = []
        self.mode_window: MeetingModeWindow | None = None
        self.export_dialog: ExportDialog | None = None
        self.documents_button = QPushButton(self.tr("&Documenten…"), self.ui.detail_panel)
        self.documents_button.setObjectName("documents_button")
        self.documents_button.setAccessibleName(self.tr("Documenten van dit overleg"))
        self.documents_button.setToolTip(self.tr("Agenda, verslag, besluiten- en actielijst en uittreksels "
                                                 "als PDF; het verslag ondertekenen"))
        self.ui.detail_header_layout.insertWidget(
            self.ui.detail_header_layout.indexOf(self.ui.start_mode_button), self.documents_button)
        self.setTabOrder(self.ui.new_meeting_button, self.documents_button)
        self.setTabOrder(self.documents_button, self.ui.start_mode_button)

        self.meeting_model = MeetingListModel(self)
        self.agenda_model = AgendaModel(ctx, self)
        self.item_partners_model = AttendanceModel(ctx, self)
        self.attendance_model = AttendanceModel(ctx, self)
        self._setup_view(self.ui.meeting_view, self.meeting_model, MeetingListModel.CHAIR)
        self._setup_view(self.ui.agenda_view, self.agenda_model, AgendaModel.ITEM)
        self._setup_view(self.ui.item_partners_view, self.item_partners_model, AttendanceModel.PARTNER)
        self._setup_view(self.ui.attendance_view, self.attendance_model, AttendanceModel.PARTNER)
        self.ui.agenda_view.horizontalHeader().setSectionResizeMode(
            AgendaModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        self.ui.agenda_view.horizontalHeader().setSectionResizeMode(
            AgendaModel.ITEM, QHeaderView.ResizeMode.ResizeToContents)
        for view in (self.ui.item_partners_view, self.ui.attendance_view):
            view.setItemDelegateForColumn(AttendanceModel.STATUS, AttendanceDelegate(view))
            view.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)

        self.ui.meeting_view.selectionModel().selectionChanged.connect(self._meeting_selected)
        self.ui.agenda_view.selectionModel().selectionChanged.connect(self._item_selected)
        self.ui.new_meeting_button.clicked.connect(self.new_meeting)
        self.ui.written_adoption_button.clicked.connect(self.adopt_in_writing)
        self.ui.start_mode_button.clicked.connect(self._start_mode)
        self.documents_button.clicked.connect(self.open_documents)
        self.ui.add_case_button.clicked.connect(self.add_case)
        self.ui.case_code_edit.returnPressed.connect(self.add_case)
        self.ui.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.ui.move_down_button.clicked.connect(lambda: self.move_selected(1))
        for model in (self.agenda_model, self.item_partners_model, self.attendance_model):
            model.error.connect(self.show_error)
        self.agenda_model.timing_changed.connect(self._update_timing)
        QShortcut(QKeySequence("Alt+Up"), self.ui.agenda_view, activated=lambda: self.move_selected(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Alt+Down"), self.ui.agenda_view, activated=lambda: self.move_selected(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("F5"), self, activated=self._start_mode,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.case_code_edit.setCompleter(self._completer)
        self.ui.splitter.setSizes([480, 820])
        self.ui.meeting_details_label.setWordWrap(False)
        self.ui.minutes_label.setObjectName("minutes_label")
        self.clear_error()
        self._show_meeting(None)

    @staticmethod
    def _setup_view(view: QTableView, model, stretch: int) -> None:
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setHighlightSections(False)

    # -- Page ------------------------------------------------------------------------------------
    def load(self) -> None:
        """The list and the selected meeting (the newest when none is), read in one unit of work."""
        self._show_page(self._read_page())

    def open_meeting(self, meeting_id: int) -> None:
        if self.meeting_model.row_of(meeting_id) is None:  # made since the list was read
            self._show_page(self._read_page(meeting_id))
        elif self._meeting is None or self._meeting.id != meeting_id:
            self._show_detail(meeting_views.meeting_detail_view(self.ctx, meeting_id))
            self._select_meeting_row(meeting_id)

    def open_meeting_mode(self, meeting_id: int) -> MeetingModeWindow:
        if self.mode_window is not None:
            if self.mode_window.meeting_id == meeting_id:
                self.mode_window.raise_()
                self.mode_window.activateWindow()
                return self.mode_window
            self.mode_window.close()
        window = MeetingModeWindow(self.ctx, meeting_id, parent=self, role=self.role())
        window.lock_requested.connect(self._request_lock)
        window.closed.connect(self._mode_closed)
        self.mode_window = window
        window.show()
        return window

    def role(self) -> Role | None:
        """The logged-in user's role, as the main window knows it (None when not known)."""
        return getattr(getattr(self.navigator, "user", None), "role", None)

    def save_pending(self) -> None:
        """Before locking: the meeting-mode window writes what is being typed to the vault."""
        if self.mode_window is not None:
            self.mode_window.save_pending()

    # -- meetings --------------------------------------------------------------------------------
    def _read_page(self, meeting_id: int | None = None) -> MeetingsPageView:
        """The page as it stands, showing ``meeting_id`` (default: the meeting shown now)."""
        if meeting_id is None and self._meeting is not None:
            meeting_id = self._meeting.id
        return meeting_views.meetings_page_view(self.ctx, meeting_id)

    def _show_page(self, view: MeetingsPageView) -> None:
        self._partners = list(view.partners)
        self._cases = dict(view.cases)
        self._completer.model().setStringList(
            [c.text for c in self._cases.values() if c.status not in _CLOSED_CASES])
        self._show_detail(view.selected)  # first: selecting its row then reads nothing more
        self._show_list(view)

    def _show_list(self, view: MeetingsPageView) -> None:
        """The list, with where each meeting's minutes stand, and the shown meeting selected."""
        self.meeting_model.set_rows(view.meetings)
        if self._meeting is not None:
            self._select_meeting_row(self._meeting.id)

    def new_meeting(self) -> NewMeetingDialog:
        dialog = NewMeetingDialog(self.ctx, self)

        def created() -> None:
            if dialog.meeting is not None:
                self._show_page(self._read_page(dialog.meeting.id))
                self.ui.case_code_edit.setFocus()

        return open_modal(dialog, created)

    def _meeting_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            meeting_id = indexes[0].data(ID_ROLE)
            if self._meeting is None or self._meeting.id != meeting_id:
                self._show_detail(meeting_views.meeting_detail_view(self.ctx, meeting_id))

    def _show_meeting(self, meeting: MeetingInfo | None) -> None:
        """Show ``meeting`` as it stands now (read afresh), or nothing."""
        self._show_detail(meeting_views.meeting_detail_view(self.ctx, meeting.id)
                          if meeting is not None else None)

    def _show_detail(self, detail: MeetingDetailView | None) -> None:
        meeting = self._meeting = detail.meeting if detail is not None else None
        self.minutes_info = detail.minutes if detail is not None else None
        self.clear_error()
        has = meeting is not None
        editable = has and meeting.status not in _LOCKED
        for widget in (self.ui.case_code_edit, self.ui.slot_spin, self.ui.add_case_button,
                       self.ui.move_up_button, self.ui.move_down_button):
            widget.setEnabled(editable)
        self.ui.start_mode_button.setEnabled(has)
        self.documents_button.setEnabled(has)
        self._show_minutes()
        if detail is None:
            self.ui.meeting_title_label.setText(self.tr("Kies een overleg of maak een nieuw overleg"))
            self.ui.meeting_details_label.clear()
            self.agenda_model.load(None, [], None, {})
            self.attendance_model.clear()
            self.item_partners_model.clear()
            return
        meeting = detail.meeting
        self.ui.meeting_title_label.setText(f"{label(meeting.meeting_type)} · {meeting.held_on:%d-%m-%Y}")
        names = detail.professional_names
        details = []
        if meeting.start_time and meeting.end_time:
            details.append(f"{meeting.start_time:%H:%M}–{meeting.end_time:%H:%M}")
        if meeting.location:
            details.append(meeting.location)
        people = [self.tr("voorzitter: %1").replace("%1", names.get(meeting.chair_id, "—")),
                  self.tr("notulist: %1").replace("%1", names.get(meeting.minute_taker_id, "—")),
                  label(meeting.status)]
        self.ui.meeting_details_label.setText(" · ".join(details) + "\n" + " · ".join(people))
        self.agenda_model.load(meeting.id, detail.agenda, meeting.start_time, self._cases, editable)
        self.attendance_model.load_meeting(meeting.id, self._partners, detail.attendance, editable)
        self.item_partners_model.clear()
        self.ui.item_partners_label.setText(self.tr("Kies een casus in de agenda om partners uit te nodigen"))

    # -- minutes ---------------------------------------------------------------------------------
    def _show_minutes(self) -> None:
        """Where the selected meeting's minutes stand (``minutes_info``, as read with the meeting);
        written adoption when they are a concept."""
        meeting = self._meeting
        held = meeting is not None and meeting.status is MeetingStatus.GEHOUDEN
        if meeting is None or meeting.status is MeetingStatus.GEANNULEERD:
            self.ui.minutes_label.clear()
        elif held:
            self.ui.minutes_label.setText(self.tr("Verslag: %1").replace(
                "%1", minutes_state_html(self.minutes_info)))
        else:
            self.ui.minutes_label.setText(self.tr("Verslag: het concept ontstaat bij de sluiting van de "
                                                  "vergadering (vergadermodus, Sluiting)."))
        self.ui.minutes_label.setVisible(bool(self.ui.minutes_label.text()))
        concept = self.minutes_info is not None and self.minutes_info.status is MinutesStatus.CONCEPT
        chair = self.role() in (None, Role.CHAIR)
        button = self.ui.written_adoption_button
        button.setVisible(held)
        button.setEnabled(concept and chair)
        button.setToolTip(
            self.tr("Vaststellen doet de voorzitter.") if concept and not chair
            else self.tr("Het verslag is rondgestuurd en de leden hebben ingestemd: leg de vaststelling "
                         "vast zonder vergadering.") if concept
            else self.tr("Alleen een verslag dat nog concept is, wordt vastgesteld."))

    def adopt_in_writing(self) -> WrittenAdoptionDialog | None:
        """Verslag schriftelijk vaststellen…: the dialog for the selected meeting's concept minutes."""
        info = self.minutes_info
        if (self._meeting is None or info is None or info.status is not MinutesStatus.CONCEPT
                or not self.ui.written_adoption_button.isEnabled()):
            return None
        try:
            sections = minutes.minutes_sections(self.ctx, self._meeting.id)
        except CasusoverlegError as exc:
            self.show_error(exc)
            return None
        dialog = WrittenAdoptionDialog(self.ctx, self._meeting, info, sections, self)

        def adopted() -> None:
            self._show_page(self._read_page(dialog.meeting.id))

        return open_modal(dialog, adopted)

    # -- agenda ----------------------------------------------------------------------------------
    def add_case(self) -> None:
        if self._meeting is None:
            return
        typed = self.ui.case_code_edit.text().split("·")[0].strip()
        case = self._find_case(typed)
        if case is None:
            self.show_error(self.tr("Geen casus met code '%1'.").replace("%1", typed))
            return
        try:
            item = meetings.add_case_item(self.ctx, self._meeting.id, case.case_id,
                                          slot_minutes=self.ui.slot_spin.value())
        except CasusoverlegError as exc:
            self.show_error(exc)
            return
        self.clear_error()
        self.ui.case_code_edit.clear()
        self.agenda_model.load(self._meeting.id, meetings.agenda(self.ctx, self._meeting.id),
                               self._meeting.start_time, self._cases)
        self._select_agenda_row(item.id)
        self.ui.case_code_edit.setFocus()

    def _find_case(self, typed: str) -> CaseLabel | None:
        """The case with this code, or the one case whose pseudonym was typed."""
        wanted = typed.casefold()
        if not wanted:
            return None
        by_code = [c for c in self._cases.values() if c.code.casefold() == wanted]
        by_name = [c for c in self._cases.values() if any(wanted in p.casefold() for p in c.pseudonyms)]
        return by_code[0] if by_code else by_name[0] if len(by_name) == 1 else None

    def selected_row(self) -> int:
        rows = self.ui.agenda_view.selectionModel().selectedRows()
        return rows[0].row() if rows else self.ui.agenda_view.currentIndex().row()

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        item_id = self.agenda_model.row(row).id
        if self.agenda_model.move_row(row, delta):
            self.clear_error()
            self._select_agenda_row(item_id)

    def _select_meeting_row(self, meeting_id: int) -> None:
        row = self.meeting_model.row_of(meeting_id)
        if row is not None:
            self.ui.meeting_view.selectRow(row)

    def _select_agenda_row(self, item_id: int) -> None:
        row = self.agenda_model.row_of(item_id)
        if row is not None:
            self.ui.agenda_view.selectRow(row)

    def _item_selected(self, *_args: object) -> None:
        row = self.selected_row()
        if row < 0 or self._meeting is None:
            return
        item = self.agenda_model.row(row)
        if item.kind is not AgendaItemKind.CASUS:
            self.item_partners_model.clear()
            self.ui.item_partners_label.setText(
                self.tr("Kies een casus in de agenda om partners uit te nodigen"))
            return
        self.ui.item_partners_label.setText(
            self.tr("Uitgenodigd voor %1 (alleen wie het moet weten)").replace(
                "%1", self.agenda_model.case_text(item)))
        self.item_partners_model.load_case_item(
            item, self._partners, meeting_mode.case_item_attendance(self.ctx, item.id),
            self._meeting.status not in _LOCKED)

    def _update_timing(self) -> None:
        total = self.agenda_model.total_minutes()
        if self._meeting is None or not total:
            self.ui.timing_label.setText(self.tr("Nog geen tijd gepland") if self._meeting else "")
            set_style_property(self.ui.timing_label, "over", False)
            return
        text = self.tr("Casussen samen %1").replace("%1", minutes_text(total))
        end = self.agenda_model.planned_end()
        over = False
        if end is not None:
            text += self.tr(" · geplande eindtijd %1").replace("%1", f"{end:%H:%M}")
            if self._meeting.end_time is not None:
                text += self.tr(" (overleg tot %1)").replace("%1", f"{self._meeting.end_time:%H:%M}")
                over = end > self._meeting.end_time
        if over:
            text += self.tr(" — loopt uit")
        self.ui.timing_label.setText(text)
        set_style_property(self.ui.timing_label, "over", over)

    # -- documents ---------------------------------------------------------------------------------
    def open_documents(self) -> ExportDialog | None:
        from casusoverleg_desktop.ui.dialogs.export_dialog import ExportDialog  # documents: slow import

        """The export dialog for the selected meeting (PDFs, and signing the minutes)."""
        if self._meeting is None:
            return None
        if self.export_dialog is not None:
            self.export_dialog.close()
        user = getattr(self.navigator, "user", None)
        self.export_dialog = ExportDialog(self.ctx, self._meeting.id, getattr(user, "role", None), self)
        self.export_dialog.resize(1280, 820)
        self.export_dialog.finished.connect(self._documents_closed)
        self.export_dialog.open()
        return self.export_dialog

    def _documents_closed(self) -> None:
        """Signing in the export dialog moves the minutes on: show where they stand now."""
        if self.isVisible():
            view = self._read_page()
            self._show_list(view)
            if view.selected is not None and self._meeting is not None \
                    and view.selected.meeting.id == self._meeting.id:
                self.minutes_info = view.selected.minutes
            self._show_minutes()

    # -- meeting mode ----------------------------------------------------------------------------
    def _start_mode(self) -> None:
        if self._meeting is None:
            return
        if self.navigator is not None:
            self.navigator.open_meeting_mode(self._meeting.id)
        else:
            self.open_meeting_mode(self._meeting.id)

    def _mode_closed(self) -> None:
        """Back from meeting mode: show what changed (notes, invitations, a meeting closed and its
        concept minutes, minutes adopted there) while the vault is open."""
        self.mode_window = None
        if self.isVisible():
            self._show_page(self._read_page())

    def _request_lock(self) -> None:
        signal = getattr(self.navigator, "lock_requested", None)
        if signal is not None:
            signal.emit()



def create_meetings_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return MeetingsPage(ctx, navigator)

