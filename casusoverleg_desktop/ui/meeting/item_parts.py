"""The parts of an item screen: contribution capture, decisions, actions, and the action review.

Each part is keyboard-first: type, press Enter, and the record is made through the services; a
refused record keeps the typed text and says why in Dutch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import ActionStatus, BobPhase, DataCategory, StatementType
from casusoverleg_desktop.domain.moments import parse_when
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import actions, contributions, decisions, families
from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo
from casusoverleg_desktop.services.contributions import ContributionInfo
from casusoverleg_desktop.services.families import FamilyMember
from casusoverleg_desktop.services.meetings import AgendaItemInfo

from casusoverleg_desktop.ui.balance.mime import CONTRIBUTION, MIME_TYPE, SourceRef, draggable, rows_mime_data
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.models.meeting_mode_models import (
    ActionsModel,
    ContributionsModel,
    DecisionsModel,
    ReviewsModel,
)
from casusoverleg_desktop.ui.widgets.badge_delegate import BadgeDelegate
from casusoverleg_desktop.ui.widgets.markers import category_badge, statement_badge
from casusoverleg_desktop.ui.widgets.messages import INFO, QuietLabel, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.statement_persons import (
    StatementPersonsDialog,
    default_concerns,
    persons_summary,
)

BASE_WIDTHS = "base_column_widths"
EMPHASIS = "emphasis"
"""Dynamic property naming a text size of meeting mode ("title", "question", "section", …);
the window's style sheet sizes each relative to its base font, normal or large."""


def emphasise(widget: QWidget, kind: str) -> QWidget:
    widget.setProperty(EMPHASIS, kind)
    return widget


def section_label(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setObjectName("section_label")
    return emphasise(heading, "section")


def hint(text: str = "") -> QLabel:
    """A quiet line of help or state beside a field."""
    widget = QLabel(text)
    widget.setObjectName("hint_label")
    return widget


def table(model, stretch: int, name: str, kind: type[QTableView] = QTableView,
          widths: dict[int, int] | None = None) -> QTableView:
    """A read-only table; ``widths`` in pixels at normal size (no measuring of every cell, which
    would cost time on each switch)."""
    view = kind()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    header.setHighlightSections(False)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
    view.setProperty(BASE_WIDTHS, ",".join(f"{c}:{w}" for c, w in (widths or {}).items()))
    _fit_rows_to_text(view)
    return view


def _fit_rows_to_text(view: QTableView) -> None:
    """Rows as high as their wrapped text, measured once per change of rows or column widths.

    (``ResizeToContents`` would measure every cell again on every layout pass: three times per
    agenda item switch.)"""
    def fit(*_: object) -> None:
        view.resizeRowsToContents()

    model = view.model()
    for changed in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
        changed.connect(fit)
    view.horizontalHeader().sectionResized.connect(fit)


def scale_columns(root: QWidget, factor: float) -> None:
    """Widen the fixed columns of every table under ``root`` along with the letters."""
    for view in root.findChildren(QTableView):
        for pair in filter(None, str(view.property(BASE_WIDTHS) or "").split(",")):
            column, width = pair.split(":")
            view.setColumnWidth(int(column), round(int(width) * factor))


ACTION_WIDTHS = {ActionsModel.LABEL: 44, ActionsModel.OWNER: 110, ActionsModel.WHEN: 170,
                 ActionsModel.STATUS: 110, ActionsModel.POSTPONED: 90}
REVIEW_WIDTHS = {ReviewsModel.LABEL: 92, ReviewsModel.CASE: 108, ReviewsModel.OWNER: 88,
                 ReviewsModel.WHEN: 118, ReviewsModel.STATUS: 104, ReviewsModel.POSTPONED: 84}


def line_edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


def error_label() -> QuietLabel:
    """Why a record was refused; takes no room while there is nothing to say."""
    return QuietLabel(name="error_label")


CARRY_KEYS = {"a": BalanceSide.VEILIGHEID, "b": BalanceSide.ZORG_ONTWIKKELING, "c": BalanceSide.WAT_GAAT_GOED}
"""The key on a selected inbreng row that carries it onto column A, B or C of the balance sheet."""


class DraggableContributions(ContributionsModel):
    """The inbreng, each row draggable onto a column of the balance sheet (as the case window's
    signals: ``ui/balance/mime.py``)."""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return draggable(super().flags(index), index)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData | None:
        return rows_mime_data(indexes, CONTRIBUTION, self.row, lambda c: c.text)


class ContributionsView(QTableView):
    """The inbreng table; A, B or C on the selected row asks to carry it onto the balance sheet."""

    carry_requested = Signal(object)  # BalanceSide

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        side = CARRY_KEYS.get(event.text().casefold())
        if (side is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self.currentIndex().isValid()):
            self.carry_requested.emit(side)
            return
        super().keyPressEvent(event)


class ContributionCapture(QWidget):
    """Partner (typed, completed over the invited partners) · badges · text; Enter adds.

    Ctrl+1/2/3 set feit/mening/hypothese and Ctrl+4/5/6 gewoon/bijzonder/strafrechtelijk (the
    window routes those keys here); after each contribution the type returns to feit and the
    category to gewoon, so a marked entry is always a deliberate choice. The persons button (Ctrl+7)
    names whom the inbreng concerns (the primary person by default) and a person of the case whose
    statement it is; that choice also returns to the default after each contribution. A row of the
    inbreng goes onto the balance sheet by dragging it to a column, or with A/B/C (``carry_requested``).
    """

    added = Signal(object)
    carry_requested = Signal(object, object)  # SourceRef, BalanceSide

    def __init__(self, session: MeetingSession, phase: Callable[[], BobPhase],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._phase = session, phase
        self._item: AgendaItemInfo | None = None
        self.statement_type = StatementType.FEIT
        self.data_category = DataCategory.GEWOON
        self.model = DraggableContributions(session.partner_name, self)
        self.view = table(self.model, ContributionsModel.TEXT, self.tr("Inbreng bij deze casus"),
                          ContributionsView, {ContributionsModel.PHASE: 150, ContributionsModel.PARTNER: 140,
                                              ContributionsModel.TYPE: 130, ContributionsModel.CATEGORY: 170})
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.carry_requested.connect(self._carry)
        badges = BadgeDelegate(self.view)
        self.view.setItemDelegateForColumn(ContributionsModel.TYPE, badges)
        self.view.setItemDelegateForColumn(ContributionsModel.CATEGORY, badges)
        self.partner_edit = line_edit(self.tr("Partner die inbreng geeft"), self.tr("Partner…"))
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner_edit.setCompleter(self._completer)
        self.partner_edit.setMaximumWidth(260)
        self.type_badge = QLabel()
        self.type_badge.setAccessibleName(self.tr("Soort uitspraak"))
        self.category_badge = QLabel()
        self.category_badge.setAccessibleName(self.tr("Soort gegeven"))
        self.persons: tuple[FamilyMember, ...] = ()
        self.concerns: tuple[int, ...] = ()
        self.source_person: int | None = None
        self.persons_button = QPushButton()
        self.persons_button.setObjectName("persons_button")
        self.persons_button.setAccessibleName(self.tr("Personen bij deze inbreng: betreft en bron"))
        self.persons_button.setToolTip(self.tr("Wie de inbreng betreft en of hij van iemand in de casus "
                                               "komt (Ctrl+7)"))
        self.persons_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.persons_button.setMaximumWidth(260)
        self.persons_button.clicked.connect(self.choose_persons)
        QShortcut(QKeySequence("Ctrl+7"), self, self.choose_persons,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.text_edit = line_edit(self.tr("Tekst van de inbreng"),
                                   self.tr("Inbreng — Enter voegt toe; Ctrl+1/2/3 feit/mening/hypothese"))
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.partner_edit)
        row.addWidget(self.type_badge)
        row.addWidget(self.category_badge)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.persons_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(section_label(self.tr("Inbreng")))
        self.carry_hint = QLabel(self)  # how to carry a row onto the balance sheet, then what was carried
        self.carry_hint.setObjectName("carry_hint")
        self.carry_hint.setToolTip(self._carry_text())
        self.carry_hint.setMinimumWidth(1)  # a hint gives way on a narrow screen
        show_message(self.carry_hint, self._carry_text(), INFO)
        heading.addWidget(self.carry_hint)
        heading.addStretch(1)
        self.invited_label = QLabel()
        self.invited_label.setObjectName("hint_label")
        heading.addWidget(self.invited_label)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.partner_edit.returnPressed.connect(self._partner_entered)
        self.text_edit.returnPressed.connect(self.add)
        self.setTabOrder(self.partner_edit, self.text_edit)
        self._show_markers()

    def bind(self, item: AgendaItemInfo, inbreng: Sequence[ContributionInfo]) -> None:
        """Show this case item's inbreng, read with its briefing (which records the opening)."""
        self._item = item
        invited = [self._session.partner_name(i) for i in item.invited_partner_ids]
        self._completer.model().setStringList(invited)
        self.invited_label.setText(self.tr("Uitgenodigd: %1").replace("%1", ", ".join(invited)) if invited
                                   else self.tr("Nog geen partners uitgenodigd voor deze casus."))
        self.model.set_rows(list(inbreng))
        self.persons = (families.family_view(self._session.ctx, item.case_id).members
                        if item.case_id is not None else ())
        self._reset_persons()
        show_message(self.carry_hint, self._carry_text(), INFO)
        if self.model.rowCount():
            self.view.scrollToBottom()

    def set_statement_type(self, statement_type: StatementType) -> None:
        self.statement_type = statement_type
        self._show_markers()

    def set_data_category(self, category: DataCategory) -> None:
        self.data_category = category
        self._show_markers()

    def _show_markers(self) -> None:
        self.type_badge.setText(statement_badge(self.statement_type).html())
        badge = category_badge(self.data_category)
        self.category_badge.setText(badge.html() if badge else "")
        self.category_badge.setVisible(badge is not None)

    def _carry_text(self) -> str:
        return self.tr("op de balans: kies een regel en druk A, B of C, of sleep hem")

    def _reset_persons(self) -> None:
        self.set_persons(default_concerns(self.persons), None)

    def set_persons(self, concerns: Sequence[int], source: int | None) -> None:
        self.concerns, self.source_person = tuple(concerns), source
        self.persons_button.setEnabled(bool(self.persons))
        self.persons_button.setText(persons_summary(self.persons, self.concerns, self.source_person)
                                    if self.persons else self.tr("geen personen in de casus"))

    def choose_persons(self) -> StatementPersonsDialog | None:
        """The chooser of 'betreft' and 'bron'; the typed inbreng stays, the cursor returns to it."""
        if not self.persons:
            return None
        dialog = StatementPersonsDialog(self.persons, self.concerns, self.source_person, self)

        def chosen() -> None:
            self.set_persons(dialog.picker.concerns(), dialog.picker.source_person())
            self.text_edit.setFocus()

        open_modal(dialog, chosen, self.text_edit.setFocus)
        return dialog

    def _carry(self, side: BalanceSide) -> None:
        contribution: ContributionInfo = self.model.row(self.view.currentIndex().row())
        self.carry_requested.emit(SourceRef(CONTRIBUTION, contribution.id), side)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt API: Tab and Shift+Tab
        """Tab stays in the input row, partner ⇄ text: it never lands where a key changes something
        else (the attendance chips), and what is typed stays where it is."""
        focused = self.focusWidget()
        if focused is self.partner_edit or focused is self.text_edit:
            other = self.text_edit if focused is self.partner_edit else self.partner_edit
            other.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    def _partner_entered(self) -> None:
        partner = self._session.find_partner(self.partner_edit.text(), list(self._item.invited_partner_ids))
        if partner is None:
            show_error(self.error, self.tr("Kies een partner die voor deze casus is uitgenodigd."))
            return
        clear_message(self.error)
        self.partner_edit.setText(self._session.partner_name(partner.id))
        self.text_edit.setFocus()

    def add(self) -> bool:
        partner = self._session.find_partner(self.partner_edit.text(), list(self._item.invited_partner_ids))
        if partner is None:
            show_error(self.error, self.tr("Kies eerst de partner (typ de naam) die deze inbreng geeft."))
            self.partner_edit.setFocus()
            return False
        try:
            info = contributions.add_contribution(
                self._session.ctx, self._item.id, partner.id, self.text_edit.text(),
                bob_phase=self._phase(), statement_type=self.statement_type,
                data_category=self.data_category, concerns=self.concerns,
                source_person=self.source_person)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self.model.append(info)
        self.view.scrollToBottom()
        self.text_edit.clear()
        self.set_statement_type(StatementType.FEIT)
        self.set_data_category(DataCategory.GEWOON)
        self._reset_persons()
        self.added.emit(info)
        return True


class DecisionEditor(QWidget):
    """The decisions of this item (B-numbers of the meeting); Enter records a new one."""

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item: AgendaItemInfo | None = None
        self.model = DecisionsModel(self)
        self.view = table(self.model, DecisionsModel.TEXT, self.tr("Besluiten bij dit agendapunt"),
                          widths={DecisionsModel.LABEL: 50})
        self.edit = line_edit(self.tr("Nieuw besluit"), self.tr("Besluit — Enter legt het vast (Alt+D)"))
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(self.tr("Besluiten")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.returnPressed.connect(self.add)

    def bind(self, item: AgendaItemInfo) -> None:
        self._item = item
        self.model.set_rows([d for d in self._session.decisions if d.agenda_item_id == item.id])

    def add(self) -> bool:
        try:
            info = decisions.record_decision(self._session.ctx, self._item.meeting_id, self.edit.text(),
                                             agenda_item_id=self._item.id)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self._session.decisions.append(info)
        self.model.append(info)
        self.edit.clear()
        return True


class ActionEditor(QWidget):
    """New actions: what · who (partner, person) · when (a date, 'doorlopend' or a condition)."""

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item: AgendaItemInfo | None = None
        self.model = ActionsModel(session.owner_name, self)
        self.view = table(self.model, ActionsModel.DESCRIPTION, self.tr("Actiepunten bij dit agendapunt"),
                          widths=ACTION_WIDTHS)
        for column in (ActionsModel.STATUS, ActionsModel.POSTPONED):
            self.view.hideColumn(column)
        self.description_edit = line_edit(self.tr("Wat moet er gebeuren"),
                                          self.tr("Actiepunt — wat moet er gebeuren (Alt+A)"))
        self.owner_edit = line_edit(self.tr("Eigenaar: partner"), self.tr("Partner"))
        owners = QCompleter(sorted(session.partner_name(i) for i in session.partners), self)
        owners.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        owners.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(owners)
        self.person_edit = line_edit(self.tr("Eigenaar: persoon"), self.tr("Persoon (optioneel)"))
        people = QCompleter(sorted({p.name for p in session.professionals if p.active}), self)
        people.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        people.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person_edit.setCompleter(people)
        self.when_edit = line_edit(self.tr("Wanneer: datum, doorlopend of voorwaarde"),
                                   self.tr("dd-mm, 'doorlopend' of 'bij …'"))
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.owner_edit, 2)
        row.addWidget(self.person_edit, 2)
        row.addWidget(self.when_edit, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(self.tr("Actiepunten")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.description_edit)
        layout.addLayout(row)
        layout.addWidget(self.error)
        for edit in (self.description_edit, self.owner_edit, self.person_edit, self.when_edit):
            edit.returnPressed.connect(self._enter)

    def bind(self, item: AgendaItemInfo) -> None:
        self._item = item
        self.model.set_rows([a for item_id, a in self._session.actions if item_id == item.id])

    def _enter(self) -> None:
        """Enter in 'wanneer' (or when all but the optional person is filled) adds; otherwise it
        moves on to the next field."""
        order = [self.description_edit, self.owner_edit, self.person_edit, self.when_edit]
        sender = self.sender()
        required = (self.description_edit, self.owner_edit, self.when_edit)
        if sender is self.when_edit or (sender is not self.person_edit and all(e.text() for e in required)):
            self.add()
        elif sender in order:
            order[order.index(sender) + 1].setFocus()

    def add(self) -> bool:
        owner = self._session.find_partner(self.owner_edit.text())
        if owner is None:
            show_error(self.error, self.tr("Wie is eigenaar? Typ de naam van een ketenpartner."))
            self.owner_edit.setFocus()
            return False
        person = self.person_edit.text().strip()
        professional = next((p for p in self._session.professionals
                             if p.partner_id == owner.id and p.name.casefold() == person.casefold()), None)
        try:
            due, condition, ongoing = parse_when(self.when_edit.text(), self._session.meeting.held_on)
            info = actions.create_action(
                self._session.ctx, self._item.meeting_id, self.description_edit.text(), owner.id,
                due_date=due, condition=condition, ongoing=ongoing, agenda_item_id=self._item.id,
                owner_professional_id=professional.id if professional else None,
                owner_detail=None if professional or not person else person)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self._session.actions.append((self._item.id, info))
        self.model.append(info)
        for edit in (self.description_edit, self.owner_edit, self.person_edit, self.when_edit):
            edit.clear()
        self.description_edit.setFocus()
        return True


class PostponeDialog(QDialog):
    """The new due date (and an optional reason) when an action is postponed."""

    def __init__(self, action: ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 uitstellen").replace("%1", action.reference()))
        start = (action.due_date or dt.date.today()) + dt.timedelta(days=14)
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setAccessibleName(self.tr("Nieuwe termijn"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reden van uitstel"))
        form = QFormLayout(self)
        form.addRow(QLabel(action.description))
        form.addRow(self.tr("Nieuwe &termijn"), self.date_edit)
        form.addRow(self.tr("&Reden"), self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


PostponementAnswer = Callable[[dt.date, str | None], object]
"""Called with the new due date and the reason (or None) when the user confirms a postponement."""


def ask_postponement(action: ActionInfo, parent: QWidget | None, answer: PostponementAnswer) -> None:
    dialog = PostponeDialog(action, parent)
    open_modal(dialog, lambda: answer(dialog.date_edit.date().toPython(),
                                      dialog.reason_edit.text().strip() or None))


def ask_reason(action: ActionInfo, parent: QWidget | None, answer: Callable[[str], object]) -> None:
    """Why the action lapses; ``answer`` gets the reason, unless the user gives none or cancels."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReviewPanel", "%1 vervalt").replace(
        "%1", action.reference()))
    dialog.setLabelText(QCoreApplication.translate("ReviewPanel", "Waarom vervalt dit actiepunt?"))

    def given() -> None:
        reason = dialog.textValue().strip()
        if reason:
            answer(reason)

    open_modal(dialog, given)


class ReviewView(QTableView):
    """The review list; A afgerond, U uitgesteld, V vervallen act on the selected action."""

    key_pressed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text().casefold()
        if key in ("a", "u", "v") and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.key_pressed.emit(key)
            return
        super().keyPressEvent(event)


class ReviewPanel(QWidget):
    """Open actions of earlier meetings that come back here, with one key each for the outcome.

    ``whole_list``: the whole action list (under 'verslag vorige'), each action with its case; those
    of a case on this agenda come last, as they come up at their case too. Either way one action
    has one review in the meeting (``session.reviews``), and every panel shows its latest outcome.
    """

    changed = Signal(object)

    def __init__(self, session: MeetingSession, title: str, parent: QWidget | None = None, *,
                 whole_list: bool = False) -> None:
        super().__init__(parent)
        self._session = session
        self.read_only = False
        self.whole_list = whole_list
        # How the panel asks (window-modal, so a lock keeps what was typed); replaceable in tests.
        self.ask_postponement: Callable[[ActionInfo, QWidget, PostponementAnswer], None] = ask_postponement
        self.ask_reason: Callable[[ActionInfo, QWidget, Callable[[str], object]], None] = ask_reason
        agenda_cases = [item.case_id for item in session.agenda if item.case_id is not None]
        self.model = ReviewsModel(session.owner_name, self._case_text, session.meeting.held_on,
                                  agenda_cases if whole_list else (), self)
        self.view = table(self.model, ReviewsModel.DESCRIPTION, title, ReviewView, REVIEW_WIDTHS)
        self.view.setColumnHidden(ReviewsModel.CASE, not whole_list)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(title))
        layout.addWidget(self.view, 1)
        self.hint = QLabel()
        self.hint.setObjectName("hint_label")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.empty = QLabel(self.tr("Geen open actiepunten van eerdere vergaderingen."))
        self.empty.setObjectName("hint_label")
        layout.addWidget(self.empty)
        layout.addStretch(0)
        layout.addWidget(self.error)
        self.view.key_pressed.connect(self._key)

    def _case_text(self, case_id: int) -> str:
        case = self._session.cases.get(case_id)
        return case.text if case is not None else "—"

    def load(self, reviews: list[ReviewInfo]) -> None:
        if self.whole_list:
            reviews = sorted(reviews, key=self.model.at_its_case)
        self.model.set_rows(reviews)
        self._show_hint()
        self.view.setVisible(bool(reviews))
        self.hint.setVisible(bool(reviews))
        self.empty.setVisible(not reviews)
        if reviews:
            self.view.selectRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        """Outcomes recorded on another item's panel since this one was last shown."""
        latest = {r.id: r for r in self._session.reviews}
        for row, review in enumerate(self.model.rows()):
            if latest.get(review.id, review) != review:
                self.model.replace_row(row, latest[review.id])
        self._show_hint()
        super().showEvent(event)

    def _key(self, key: str) -> None:
        self.apply({"a": ActionStatus.AFGEROND, "u": None, "v": ActionStatus.VERVALLEN}[key])

    def set_read_only(self, read_only: bool) -> None:
        """A closed meeting: the review as it was recorded, no more outcomes."""
        self.read_only = read_only
        self._show_hint()

    def _show_hint(self) -> None:
        if self.read_only:
            self.hint.setText(self.tr("Zo is de actielijst in deze vergadering doorgenomen."))
            return
        text = self.tr("Kies een actiepunt (Alt+R) en druk A afgerond · U uitgesteld · V vervallen")
        if any(self.model.at_its_case(r) for r in self.model.rows()):
            text += ". " + self.tr("Actiepunten 'bij de casus' komen ook bij hun casus op de agenda aan bod.")
        self.hint.setText(text)

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def apply(self, status: ActionStatus | None) -> None:
        """Close the selected action as ``status``, or postpone it (``None``) to a new date; a
        postponement asks the date and a lapse the reason first."""
        row = self.current_row()
        if row < 0 or self.read_only:
            return
        review: ReviewInfo = self.model.row(row)
        ctx = self._session.ctx
        if status is None:
            def postpone(new_date: dt.date, reason: str | None) -> ReviewInfo:
                actions.postpone_action(ctx, review.action.id, new_date, reason=reason,
                                        meeting_id=review.meeting_id)
                return actions.record_review(ctx, review.id, note=reason)

            self.ask_postponement(review.action, self, lambda day, reason: self._record(
                row, lambda: postpone(day, reason)))
        elif status is ActionStatus.VERVALLEN:
            self.ask_reason(review.action, self, lambda note: self._record(
                row, lambda: actions.record_review(ctx, review.id, note=note, status_after=status)))
        else:
            self._record(row, lambda: actions.record_review(ctx, review.id, status_after=status))

    def _record(self, row: int, record: Callable[[], ReviewInfo]) -> None:
        try:
            updated = record()
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return
        clear_message(self.error)
        self.model.replace_row(row, updated)
        self._session.reviews = [updated if r.id == updated.id else r for r in self._session.reviews]
        self._show_hint()
        if row + 1 < self.model.rowCount():
            self.view.selectRow(row + 1)
        self.changed.emit(updated)
