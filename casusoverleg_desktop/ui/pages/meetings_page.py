"""Overleggen: the meetings, preparing one (agenda builder, invitations, attendance), starting
meeting mode, and where a held meeting's minutes stand — with their written adoption
(schriftelijke vaststelling) when the next meeting is too far away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import AgendaItemKind, CaseStatus, MeetingStatus, MinutesStatus
from casusoverleg_desktop.domain.moments import local_time
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
from casusoverleg_desktop.ui.widgets.messages import INFO, show_message
from casusoverleg_desktop.ui.widgets.minutes_state import minutes_state_html
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.questions import Ask, ask, ask_later, without_covenant_text

if TYPE_CHECKING:
    from casusoverleg_desktop.ui.dialogs.export_dialog import DocumentKind, ExportDialog
    from casusoverleg_desktop.ui.dialogs.package_dialogs import OutgoingPackageDialog

_LOCKED = (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)
_CLOSED_CASES = (CaseStatus.AFGESLOTEN, CaseStatus.BEWAARTERMIJN_LOOPT, CaseStatus.VERNIETIGD)
DETAIL_MIN_WIDTH = 600  # the agenda with its question column still readable


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
        self.question_box: QMessageBox | None = None  # "not today: open meeting mode anyway?"
        self.ask: Ask = ask  # the warning before inviting a partner without the covenant
        self.documents_button = QPushButton(self.tr("&Documenten…"), self.ui.detail_panel)
        self.documents_button.setObjectName("documents_button")
        self.documents_button.setAccessibleName(self.tr("Documenten van dit overleg"))
        self.documents_button.setToolTip(self.tr("Agenda, verslag, besluiten- en actielijst en uittreksels "
                                                 "als PDF; het verslag ondertekenen"))
        self.ui.detail_header_layout.insertWidget(
            self.ui.detail_header_layout.indexOf(self.ui.start_mode_button), self.documents_button)
        self.package_button = QPushButton(self.tr("Pa&kket maken…"), self.ui.detail_panel)
        self.package_button.setObjectName("package_button")
        self.package_button.setAccessibleName(self.tr("Pakket maken voor een gekoppelde laptop"))
        self.package_button.setToolTip(self.tr("Wat op deze laptop over dit overleg is vastgelegd, "
                                               "versleuteld naar een gekoppelde laptop brengen"))
        self.ui.detail_header_layout.insertWidget(
            self.ui.detail_header_layout.indexOf(self.documents_button) + 1, self.package_button)
        self.setTabOrder(self.ui.new_meeting_button, self.documents_button)
        self.setTabOrder(self.documents_button, self.package_button)
        self.setTabOrder(self.package_button, self.ui.start_mode_button)
        self.next_step_button = QPushButton(self.tr("Conceptverslag &maken…"), self.ui.detail_panel)
        self.next_step_button.setObjectName("next_step_button")
        self.next_step_button.setAccessibleName(self.tr("Conceptverslag maken"))
        self.next_step_button.setToolTip(self.tr("Open het verslag bij Documenten: bekijk het concept, sla "
                                                 "het op en stuur het rond ter vaststelling"))
        self.ui.minutes_layout.insertWidget(
            self.ui.minutes_layout.indexOf(self.ui.written_adoption_button), self.next_step_button)
        self.setTabOrder(self.ui.start_mode_button, self.next_step_button)
        self.setTabOrder(self.next_step_button, self.ui.written_adoption_button)

        self.meeting_model = MeetingListModel(self)
        self.agenda_model = AgendaModel(ctx, self)
        self.item_partners_model = AttendanceModel(ctx, self)
        self.attendance_model = AttendanceModel(ctx, self)
        self._setup_view(self.ui.meeting_view, self.meeting_model, MeetingListModel.STATUS)
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
            view.setWordWrap(True)  # a long partner name takes two lines rather than being cut off
            rows = view.verticalHeader()
            rows.setMinimumSectionSize(rows.defaultSectionSize())
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.attendance_layout.setStretch(0, 1)  # both lists alike wide: no name cut off in one
        self.ui.attendance_layout.setStretch(1, 1)  # while the other has room to spare
        self.item_partners_model.confirm_without_covenant = self._confirm_invitation

        self.ui.meeting_view.selectionModel().selectionChanged.connect(self._meeting_selected)
        self.ui.agenda_view.selectionModel().selectionChanged.connect(self._item_selected)
        self.ui.new_meeting_button.clicked.connect(self.new_meeting)
        self.ui.written_adoption_button.clicked.connect(self.adopt_in_writing)
        self.ui.start_mode_button.clicked.connect(self._start_mode)
        self.documents_button.clicked.connect(lambda: self.open_documents())
        self.package_button.clicked.connect(lambda: self.make_package())
        self.next_step_button.clicked.connect(lambda: self.open_minutes())
        self.ui.add_case_button.clicked.connect(self.add_case)
        self.ui.case_code_edit.returnPressed.connect(self._return_in_case_field)
        self.ui.slot_spin.installEventFilter(self)
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
        self._completer.activated[str].connect(self._case_chosen)
        self.ui.splitter.setSizes([480, 820])
        self._list_fitted = False  # the list made as wide as its columns, once (or set by the user)
        self.ui.splitter.splitterMoved.connect(lambda *_: setattr(self, "_list_fitted", True))
        self.ui.item_partners_label.setWordWrap(True)  # a long case name must not squeeze the other list
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
        if not self._list_fitted and self.isVisible() and view.meetings:
            self._list_fitted = True
            QTimer.singleShot(0, self._fit_list)  # once the layouts know the texts just set

    def _fit_list(self) -> None:
        """Once, when first shown with meetings: the list as wide as its columns need (no chair's name
        cut off), as long as the meeting's details keep room enough (a 1366 px laptop has it)."""
        view, header = self.ui.meeting_view, self.ui.meeting_view.horizontalHeader()
        needed = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(self.meeting_model.columnCount()))
        needed += view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() \
            + self.ui.list_layout.contentsMargins().right()
        total = sum(self.ui.splitter.sizes())
        room = total - max(DETAIL_MIN_WIDTH, self.ui.detail_panel.minimumSizeHint().width())
        if self.ui.splitter.sizes()[0] < needed <= room:
            self.ui.splitter.setSizes([needed, total - needed])

    def new_meeting(self) -> NewMeetingDialog:
        dialog = NewMeetingDialog(self.ctx, self, user=getattr(self.navigator, "user", None))

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
        self._show_start_mode(meeting)
        self.documents_button.setEnabled(has)
        self.package_button.setEnabled(has)
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
        concept = self.minutes_info is not None and self.minutes_info.status is MinutesStatus.CONCEPT
        if held and concept:
            self.ui.minutes_label.setText(self.ui.minutes_label.text() + "<br>" + self.tr(
                "<b>Volgende stap:</b> maak het conceptverslag en stuur het rond."))
        self.ui.minutes_label.setVisible(bool(self.ui.minutes_label.text()))
        self.next_step_button.setVisible(held and concept)
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
        self._show_page(self._read_page())  # the list counts the cases too
        self._select_agenda_row(item.id)
        self.ui.case_code_edit.setFocus()

    def _return_in_case_field(self) -> None:
        """Enter in the case field adds the case typed; Enter on a case in the completer's list only
        chooses it (``_case_chosen``): it is added once its time slot is set."""
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return
        self.add_case()

    def _case_chosen(self, text: str) -> None:
        self.ui.slot_spin.setFocus()
        self.ui.slot_spin.selectAll()
        show_message(self.error_label, self.tr("Kies het tijdsblok voor %1 en druk op Enter om de casus toe "
                                               "te voegen.").replace("%1", text.split("·")[0].strip()), INFO)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        """Enter in the time-slot field adds the case chosen in the case field."""
        if watched is self.ui.slot_spin and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.ui.case_code_edit.text().strip():
            self.add_case()
            return True
        return super().eventFilter(watched, event)

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
        self.ui.item_partners_view.scrollToTop()

    def _confirm_invitation(self, partner: PartnerInfo) -> bool:
        """Before inviting a partner that has not signed the covenant: the chair decides knowingly."""
        return self.ask(self, self.tr("Uitnodigen zonder convenant"), without_covenant_text(
            [partner.name], self.tr("Toch %1 uitnodigen voor deze casus?")), self.tr("Toch uitnodigen"))

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
    def open_documents(self, kind: DocumentKind | None = None) -> ExportDialog | None:
        """The export dialog for the selected meeting (PDFs, and signing the minutes), on ``kind`` or
        else on the document that fits where the meeting stands."""
        from casusoverleg_desktop.ui.dialogs.export_dialog import ExportDialog, fitting_document  # slow

        if self._meeting is None:
            return None
        if self.export_dialog is not None:
            self.export_dialog.close()
        user = getattr(self.navigator, "user", None)
        self.export_dialog = ExportDialog(self.ctx, self._meeting.id, getattr(user, "role", None), self,
                                          kind or fitting_document(self._meeting.status, self.minutes_info))
        self.export_dialog.resize(1280, 820)
        self.export_dialog.finished.connect(self._documents_closed)
        self.export_dialog.open()
        return self.export_dialog

    def open_minutes(self) -> ExportDialog | None:
        """Conceptverslag maken…: the export dialog on the minutes."""
        from casusoverleg_desktop.ui.dialogs.export_dialog import DocumentKind

        return self.open_documents(DocumentKind.MINUTES)

    def _documents_closed(self) -> None:
        """Signing in the export dialog moves the minutes on: show where they stand now."""
        if self.isVisible():
            view = self._read_page()
            self._show_list(view)
            if view.selected is not None and self._meeting is not None \
                    and view.selected.meeting.id == self._meeting.id:
                self.minutes_info = view.selected.minutes
            self._show_minutes()

    def make_package(self) -> OutgoingPackageDialog | None:
        """Pakket maken…: the selected meeting's work, as a package for a paired laptop."""
        from casusoverleg_desktop.ui.dialogs.package_dialogs import OutgoingPackageDialog  # slow import

        if self._meeting is None:
            return None
        vault_id = getattr(self.navigator, "vault_id", "")
        dialog = OutgoingPackageDialog(self.ctx, vault_id, self._meeting.id, self)
        open_modal(dialog)
        return dialog

    # -- meeting mode ----------------------------------------------------------------------------
    def _show_start_mode(self, meeting: MeetingInfo | None) -> None:
        """Start vergadermodus while the meeting can still be held; a closed one is only looked into."""
        button = self.ui.start_mode_button
        button.setEnabled(meeting is not None)
        if meeting is not None and meeting.status in _LOCKED:
            button.setText(self.tr("Vergadering &inzien"))
            button.setAccessibleName(self.tr("Vergadering inzien"))
            button.setToolTip(self.tr("De vergadering is gesloten: bekijk wat er is vastgelegd, zonder iets "
                                      "te wijzigen (F5)"))
        else:
            button.setText(self.tr("Start &vergadermodus"))
            button.setAccessibleName(self.tr("Start vergadermodus"))
            button.setToolTip(self.tr("Open het overleg schermvullend, één scherm per agendapunt (F5)"))

    def _start_mode(self) -> None:
        """Start vergadermodus (F5); for a meeting that is not today, only after the user says so."""
        meeting = self._meeting
        if meeting is None:
            return
        today = local_time(self.ctx.clock()).date()
        if meeting.status in _LOCKED or meeting.held_on == today:
            self._open_mode(meeting.id)
            return
        text = self.tr("Dit overleg staat op %1, niet vandaag (%2).\n\nToch de vergadermodus openen? Wat u "
                       "daar vastlegt, hoort bij het overleg van %1.")
        self.question_box = ask_later(
            self, self.tr("Vergadermodus openen"),
            text.replace("%1", f"{meeting.held_on:%d-%m-%Y}").replace("%2", f"{today:%d-%m-%Y}"),
            self.tr("Ja, openen"), lambda: self._open_mode(meeting.id), cancel=self.tr("Nee"))

    def _open_mode(self, meeting_id: int) -> None:
        self.question_box = None
        if self.navigator is not None:
            self.navigator.open_meeting_mode(meeting_id)
        else:
            self.open_meeting_mode(meeting_id)

    def _mode_closed(self) -> None:
        """Back from meeting mode: show what changed (notes, invitations, a meeting closed and its
        concept minutes, minutes adopted there) while the vault is open, and what comes next."""
        self.mode_window = None
        if self.isVisible():
            self._show_page(self._read_page())
            if self.next_step_button.isVisible():
                self.next_step_button.setFocus()

    def event(self, event: QEvent) -> bool:  # Qt API
        """Back in the main window while meeting mode is open: show the meetings as they stand now
        (a meeting closed there, cases and invitations changed)."""
        if event.type() == QEvent.Type.WindowActivate and self.mode_window is not None and self.isVisible():
            self._refresh_facts()
        return super().event(event)

    def _refresh_facts(self) -> None:
        """The page read afresh, keeping the chosen agenda item; not while a cell is being edited."""
        views = (self.ui.agenda_view, self.ui.item_partners_view, self.ui.attendance_view)
        if any(view.state() == QAbstractItemView.State.EditingState for view in views):
            return
        row = self.selected_row()
        item_id = self.agenda_model.row(row).id if 0 <= row < self.agenda_model.rowCount() else None
        self.refresh()
        if item_id is not None:
            self._select_agenda_row(item_id)

    def _request_lock(self) -> None:
        signal = getattr(self.navigator, "lock_requested", None)
        if signal is not None:
            signal.emit()



def create_meetings_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return MeetingsPage(ctx, navigator)

