"""One screen per agenda item: case items follow BOB, the standard points carry notes.

Screens are built the first time their item is shown and then kept, so going back and forth
costs nothing and every screen keeps what was being typed in it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.agenda import AGENDA_ADOPTED_UNCHANGED, OPENING_REMINDER
from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    BobPhase,
    DataCategory,
    MeetingStatus,
    StatementType,
)
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meeting_mode, meetings
from casusoverleg_desktop.services.meeting_mode import ItemBriefing
from casusoverleg_desktop.services.meetings import AgendaItemInfo

from casusoverleg_desktop.ui.balance import CONTRIBUTION, SIDE_LETTERS, SIGNAL, BalanceSheetWidget, SourceRef
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.meeting.adoption import AdoptionPanel
from casusoverleg_desktop.ui.meeting.attendance import AttendanceRow
from casusoverleg_desktop.ui.meeting.besluitvorming import DecisionExtras, SharePanel
from casusoverleg_desktop.ui.meeting.closing import ClosingPanel
from casusoverleg_desktop.ui.meeting.item_parts import (
    ActionEditor,
    ContributionCapture,
    DecisionEditor,
    ReviewPanel,
    emphasise,
    error_label,
    section_label,
)
from casusoverleg_desktop.ui.meeting.opening import MeetingAttendancePanel
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.markers import CONTRA, DIAGNOSIS_FLAG, category_badge, statement_badge
from casusoverleg_desktop.ui.widgets.messages import OK, QuietLabel, clear_message, show_error, show_message


class ItemScreen(QWidget):
    """Common ground: the item, and the fields whose text is kept as a draft while typing."""

    def __init__(self, session: MeetingSession, item: AgendaItemInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.item = session, item
        self.draft_fields: dict[str, QLineEdit | QPlainTextEdit] = {}

    def draft_texts(self) -> dict[str, str]:
        return {name: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text())
                for name, edit in self.draft_fields.items()}

    def restore_drafts(self, drafts: dict[tuple[int, str], str]) -> None:
        for name, edit in self.draft_fields.items():
            text = drafts.get((self.item.id, name))
            if text is None:
                continue
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)

    def focus_first(self) -> None:  # optional for subclasses
        pass

    def leave(self) -> None:
        """Called when the meeting moves on to another item."""

    def set_phase(self, phase: BobPhase) -> None:
        pass

    def enter_phase(self, phase: BobPhase) -> None:
        """Alt+1/2/3: the phase, with the cursor in its first field."""
        self.set_phase(phase)

    def set_statement_type(self, statement_type: StatementType) -> None:
        pass

    def set_data_category(self, category: DataCategory) -> None:
        pass

    def focus_part(self, part: str) -> None:
        pass

    def set_closed(self) -> None:
        """The meeting is closed (or cancelled): show what it recorded, take no more input."""


TABLE_MIN_HEIGHT = 56
_PHASE_KEYS = {BobPhase.BEELDVORMING: "Alt+1", BobPhase.OORDEELSVORMING: "Alt+2",
               BobPhase.BESLUITVORMING: "Alt+3"}


class CaseItemScreen(ItemScreen):
    """Beeldvorming · oordeelsvorming · besluitvorming for one case, with the inbreng below.

    Made in two steps: the widgets first (no case content, so it can be done ahead in a quiet
    moment), then ``bind`` reads the case item when it is shown.
    """

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(session, None, parent)
        self.phase = BobPhase.BEELDVORMING
        self.briefing: ItemBriefing | None = None
        self.balance_sheet: BalanceSheetWidget | None = None
        self.closed_balance_label: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.question_label = emphasise(QLabel(), "question")
        self.question_label.setObjectName("question_label")
        self.question_label.setWordWrap(True)
        layout.addWidget(self.question_label)
        self.attendance = AttendanceRow(session)
        layout.addWidget(self.attendance)

        phase_row = QHBoxLayout()
        self.phase_buttons: dict[BobPhase, QPushButton] = {}
        group = QButtonGroup(self)
        for phase in BobPhase:
            button = QPushButton(f"{label(phase)}  ({_PHASE_KEYS[phase]})")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName("phase_button")
            button.setAccessibleName(label(phase))
            emphasise(button, "phase")
            group.addButton(button)
            button.clicked.connect(lambda _=False, p=phase: self.set_phase(p))
            phase_row.addWidget(button)
            self.phase_buttons[phase] = button
        phase_row.addStretch(1)
        layout.addLayout(phase_row)

        self.phase_stack = QStackedWidget()
        self.phase_stack.addWidget(self._picture_page())
        self.phase_stack.addWidget(self._judgement_page())
        self.phase_stack.addWidget(self._decision_page())
        self._size_to_current_phase()

        self.capture = ContributionCapture(session, lambda: self.phase)
        self.capture.carry_requested.connect(self.carry)
        self.capture.added.connect(self.attendance.contributed)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.phase_stack)
        splitter.addWidget(self.capture)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)
        self._capture_sizes: list[int] | None = None
        for view in (self.decisions.view, self.actions.view, self.capture.view):
            view.setMinimumHeight(TABLE_MIN_HEIGHT)  # header and a line: the window fits 900 px
        self.draft_fields = {
            "contribution_partner": self.capture.partner_edit, "contribution": self.capture.text_edit,
            "decision": self.decisions.edit, "action": self.actions.description_edit,
            "action_owner": self.actions.owner_edit, "action_person": self.actions.person_edit,
            "action_when": self.actions.when_edit, **self.extras.draft_fields(),
        }
        self.set_phase(BobPhase.BEELDVORMING)

    def bind(self, item: AgendaItemInfo) -> None:
        """Fill the screen with this case item; showing it is recorded in the audit trail."""
        self._drop_balance_sheet()
        self.item = item
        self.briefing = meeting_mode.item_briefing(self.session.ctx, item.id)
        question = item.question or self.tr("(geen vraag aan het overleg vastgelegd)")
        self.question_label.setText(self.tr("Vraag: %1").replace("%1", question))
        since = self.briefing.previous_meeting_on
        self.signals_label.setText(self.tr("Nieuwe signalen sinds %1").replace("%1", f"{since:%d-%m-%Y}")
                                   if since else self.tr("Signalen"))
        self.signals_view.setHtml(self._signals_html())
        self.review.load([r for r in self.session.reviews if r.action.case_id == item.case_id])
        self.decisions.bind(item)
        self.shares.bind(item)
        self.extras.bind(item)
        self.attendance.bind(item, self.briefing.attendance)
        self.actions.bind(item)
        self.capture.bind(item, self.briefing.contributions)
        self.restore_drafts(self.session.drafts)

    def _picture_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        self.signals_label = section_label("")
        column.addWidget(self.signals_label)
        self.signals_view = QTextBrowser()
        self.signals_view.setAccessibleName(self.tr("Nieuwe signalen"))
        self.signals_view.setOpenLinks(False)  # a signal's A/B/C link carries it onto the balance sheet
        self.signals_view.anchorClicked.connect(self._signal_link)
        column.addWidget(self.signals_view, 1)
        self.signals_message = QuietLabel(name="carry_message")
        column.addWidget(self.signals_message)
        row.addLayout(column, 3)
        self.review = ReviewPanel(self.session, self.tr("Actiepunten van eerdere vergaderingen"))
        row.addWidget(self.review, 4)
        return page

    def _signals_html(self) -> str:
        if not self.briefing.new_signals:
            return (f"<p style='color:{Palette.SECONDARY}'>" + html.escape(self.tr("Geen nieuwe signalen."))
                    + "</p>")
        parts = []
        carry = html.escape(self.tr("op de balans"))
        for s in self.briefing.new_signals:
            badges = [statement_badge(s.statement_type).html()]
            if s.is_contra:
                badges.append(CONTRA.html())
            category = category_badge(s.data_category)
            if category:
                badges.append(category.html())
            if s.diagnosis_flag:
                badges.append(DIAGNOSIS_FLAG.html())
            source = self.session.partner_name(s.partner_id) if s.partner_id else (s.source_detail or "")
            when = f"{s.observed_on:%d-%m-%Y}" if s.observed_on else ""
            text = html.escape(s.text)
            if s.statement_type is not StatementType.FEIT:
                text = f"<i>{text}</i>"
            links = "" if self.session.closed else f" · {carry}: " + " ".join(
                f"<a href='carry:{s.id}:{side.value}'>{SIDE_LETTERS[side]}</a>" for side in BalanceSide)
            parts.append(f"<p><b>{s.label}</b> {' '.join(badges)} {text}<br>"
                         f"<span style='color:{Palette.SECONDARY}'>{html.escape(source)} {when}</span>"
                         f"{links}</p>")
        return "".join(parts)

    def _judgement_page(self) -> QWidget:
        self.balance_sheet_area = QFrame()
        self.balance_sheet_area.setObjectName("balance_sheet_area")
        self.balance_sheet_area.setFrameShape(QFrame.Shape.StyledPanel)
        area = QVBoxLayout(self.balance_sheet_area)
        area.setContentsMargins(0, 0, 0, 0)
        return self.balance_sheet_area

    def _show_balance_sheet(self) -> None:
        """The case's sheet for this meeting, opened (or begun from the last one) when the chair
        turns to oordeelsvorming — never just by paging past the item."""
        if self.balance_sheet is not None or self.item is None or self.item.case_id is None:
            return
        if self.session.closed:
            self._show_closed_balance()
            return
        self.balance_sheet = BalanceSheetWidget(self.session.ctx, self.item.case_id,
                                                self.session.meeting.id, self.balance_sheet_area)
        self.balance_sheet_area.layout().addWidget(self.balance_sheet)

    def _show_closed_balance(self) -> None:
        """A closed meeting begins no sheet; its weighing as it stood is in the minutes."""
        if self.closed_balance_label is None:
            self.closed_balance_label = QLabel(self.tr(
                "De vergadering is gesloten: de balans zoals die bij de sluiting stond, staat in het "
                "verslag. Het verloop van de balans staat in het casusdossier (tabblad Balans)."))
            self.closed_balance_label.setObjectName("hint_label")
            self.closed_balance_label.setWordWrap(True)
            self.closed_balance_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.balance_sheet_area.layout().addWidget(self.closed_balance_label)

    def set_closed(self) -> None:
        for part in (self.attendance, self.shares, self.extras):
            part.setEnabled(False)
        for edit in (self.capture.partner_edit, self.capture.text_edit, self.decisions.edit,
                     self.actions.description_edit, self.actions.owner_edit, self.actions.person_edit,
                     self.actions.when_edit):
            edit.setEnabled(False)
        self.review.set_read_only(True)
        self._drop_balance_sheet()  # what was typed on it was stored before the meeting closed
        if self.phase is BobPhase.OORDEELSVORMING:
            self._show_closed_balance()

    def _drop_balance_sheet(self) -> None:
        if self.balance_sheet is not None:
            self.balance_sheet.save_pending()
            self.balance_sheet.setParent(None)
            self.balance_sheet.deleteLater()
            self.balance_sheet = None

    def save_balance_sheet(self) -> None:
        if self.balance_sheet is not None:
            self.balance_sheet.save_pending()

    def _signal_link(self, url: QUrl) -> None:
        """A signal's A/B/C link (``carry:<signal id>:<side>``)."""
        signal_id, _, side = url.path().partition(":")
        if url.scheme() == "carry" and signal_id.isdigit():
            self.carry(SourceRef(SIGNAL, int(signal_id)), BalanceSide(side))

    def carry(self, source: SourceRef, side: BalanceSide) -> bool:
        """Put a signal or contribution on ``side`` of the case's balance sheet, as a drop does; the
        sheet is opened for it if the chair has not turned to oordeelsvorming yet. What happened is
        said beside the signals or the inbreng, where it was asked."""
        inbreng = source.entity_type == CONTRIBUTION
        refused = self.capture.error if inbreng else self.signals_message
        self._show_balance_sheet()
        sheet = self.balance_sheet
        if sheet is None:
            show_error(refused, self.tr("De vergadering is gesloten: de balans verandert hier niet meer."))
            return False
        if not sheet.add_from_source(side, source):
            show_error(refused, self.tr("Niet op de balans gezet: %1").replace("%1", sheet.error_text()))
            return False
        if inbreng:
            clear_message(self.capture.error)
        show_message(self.capture.carry_hint if inbreng else self.signals_message,
                     self.tr("Op de balans gezet onder %1. %2.").replace("%1", SIDE_LETTERS[side])
                     .replace("%2", label(side)), OK)
        return True

    def _decision_page(self) -> QWidget:
        """Decisions (with whom each may be shared) and actions side by side; below them one
        line each for escalation, informing, feedback to the reporter and the next review."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.decisions = DecisionEditor(self.session)
        self.shares = SharePanel(self.session, self.decisions)
        self.actions = ActionEditor(self.session)
        row.addWidget(self.decisions, 2)
        row.addWidget(self.actions, 3)
        column.addLayout(row, 1)
        self.extras = DecisionExtras(self.session, self.decisions)
        self.decisions.model.rowsInserted.connect(self.extras.refresh_decisions)
        column.addWidget(self.extras)
        return page

    def set_phase(self, phase: BobPhase) -> None:
        if phase is BobPhase.OORDEELSVORMING:
            self._show_balance_sheet()
        self._share_room(phase)
        self.phase = phase
        self.phase_stack.setCurrentIndex(list(BobPhase).index(phase))
        self._size_to_current_phase()
        self.phase_buttons[phase].setChecked(True)

    def enter_phase(self, phase: BobPhase) -> None:
        self.set_phase(phase)
        if phase is BobPhase.BEELDVORMING:
            self.focus_first()
        elif phase is BobPhase.OORDEELSVORMING and self.balance_sheet is not None:
            self.balance_sheet.focus_entry()
        elif phase is BobPhase.BESLUITVORMING and self.decisions.edit.isEnabled():
            self.decisions.edit.setFocus()

    def _size_to_current_phase(self) -> None:
        """The stack asks room for the phase on screen only, not for the largest of the three (the
        besluitvorming page would otherwise push the inbreng row out of a laptop's view)."""
        shown = self.phase_stack.currentWidget()
        for number in range(self.phase_stack.count()):
            page = self.phase_stack.widget(number)
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.phase_stack.updateGeometry()

    def _share_room(self, phase: BobPhase) -> None:
        """Besluitvorming gets most of the height; the inbreng gets it back afterwards."""
        if phase is BobPhase.BESLUITVORMING and self.phase is not BobPhase.BESLUITVORMING:
            if self.item is not None:
                self.extras.ensure_loaded()
            self._capture_sizes = self.splitter.sizes()
            total = sum(self._capture_sizes)
            if total > 0:  # the inbreng keeps a few lines and its input; the splitter can move
                capture = min(total // 3, self.capture.minimumSizeHint().height() + 24)
                self.splitter.setSizes([total - capture, capture])
        elif (phase is not BobPhase.BESLUITVORMING and self.phase is BobPhase.BESLUITVORMING
              and self._capture_sizes and sum(self._capture_sizes) > 0):
            self.splitter.setSizes(self._capture_sizes)

    def set_statement_type(self, statement_type: StatementType) -> None:
        self.capture.set_statement_type(statement_type)

    def set_data_category(self, category: DataCategory) -> None:
        self.capture.set_data_category(category)

    def focus_first(self) -> None:
        target = self.capture.partner_edit if not self.capture.partner_edit.text() else self.capture.text_edit
        target.setFocus()

    def focus_part(self, part: str) -> None:
        if part == "decision":
            self.set_phase(BobPhase.BESLUITVORMING)
            self.decisions.edit.setFocus()
        elif part == "action":
            self.set_phase(BobPhase.BESLUITVORMING)
            self.actions.description_edit.setFocus()
        elif part == "review":
            self.set_phase(BobPhase.BEELDVORMING)
            self.review.view.setFocus()
        elif part == "attendance":
            self.attendance.focus_first()
        elif part in _EXTRA_PARTS:
            self.set_phase(BobPhase.BESLUITVORMING)
            owner, name = _EXTRA_PARTS[part]
            getattr(getattr(self, owner), name).setFocus()
        else:
            self.focus_first()


_EXTRA_PARTS = {"share": ("decisions", "view"), "escalation": ("extras", "escalation_edit"),
                "informed": ("extras", "subject_combo"), "feedback": ("extras", "feedback_to_edit"),
                "review_date": ("extras", "review_edit")}


_GUIDANCE = {
    AgendaItemKind.OPENING: OPENING_REMINDER,
    AgendaItemKind.VASTSTELLEN_AGENDA: AGENDA_ADOPTED_UNCHANGED,
    AgendaItemKind.VERSLAG_VORIGE: "Correcties op het verslag, dan vaststelling; actielijst doorlopen.",
    AgendaItemKind.MEDEDELINGEN: "Mededelingen en ingekomen stukken.",
    AgendaItemKind.RONDVRAAG: "Wezenlijke punten gaan naar de agenda van het volgende overleg.",
    AgendaItemKind.SLUITING: "Datum van het volgende overleg; de voorzitter sluit de vergadering.",
}


class GeneralItemScreen(ItemScreen):
    """Opening, agenda, verslag and actielijst, mededelingen, rondvraag, sluiting: notes and
    decisions; the whole actielijst comes up for review under 'verslag vorige'."""

    def __init__(self, session: MeetingSession, item: AgendaItemInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, item, parent)
        self._saved_notes = item.notes or ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        guidance = QLabel(self.tr(_GUIDANCE.get(item.kind, "")))
        guidance.setWordWrap(True)
        guidance.setObjectName("guidance_label")
        emphasise(guidance, "guidance")
        layout.addWidget(guidance)
        self.attendance: MeetingAttendancePanel | None = None
        if item.kind is AgendaItemKind.OPENING:
            self.attendance = MeetingAttendancePanel(session)
            layout.addWidget(self.attendance)
        row = QHBoxLayout()
        notes_column = QVBoxLayout()
        self.adoption: AdoptionPanel | None = None
        if item.kind is AgendaItemKind.VERSLAG_VORIGE:
            self.adoption = AdoptionPanel(session)
            notes_column.addWidget(self.adoption, 0)
        notes_column.addWidget(section_label(self.tr("Aantekeningen voor het verslag")))
        self.notes_edit = NotesEdit(item.notes or "")
        self.notes_edit.setAccessibleName(self.tr("Aantekeningen bij %1").replace("%1", item.title))
        self.notes_edit.setMinimumHeight(TABLE_MIN_HEIGHT)
        notes_column.addWidget(self.notes_edit, 1)
        self.error = error_label()
        notes_column.addWidget(self.error)
        row.addLayout(notes_column, 3)
        right = QVBoxLayout()
        if item.kind is AgendaItemKind.VERSLAG_VORIGE:
            self.review: ReviewPanel | None = ReviewPanel(session, self.tr("Actielijst"), whole_list=True)
            self.review.load(session.reviews)
            right.addWidget(self.review, 2 if self.review.model.rowCount() else 0)
        else:
            self.review = None
        self.closing: ClosingPanel | None = None
        if item.kind is AgendaItemKind.SLUITING:
            self.closing = ClosingPanel(session)
            right.addWidget(self.closing, 0)
            for sequence in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(sequence), self, activated=self.closing.close_meeting,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.decisions = DecisionEditor(session)
        self.decisions.bind(item)
        right.addWidget(self.decisions, 1)
        row.addLayout(right, 4)
        layout.addLayout(row, 1)
        self.draft_fields = {"notes": self.notes_edit, "decision": self.decisions.edit}
        if self.adoption is not None:
            self.draft_fields.update(correction_section=self.adoption.corrections.section_combo.lineEdit(),
                                     correction=self.adoption.corrections.text_edit)
        self.restore_drafts(session.drafts)

    def draft_texts(self) -> dict[str, str]:
        texts = super().draft_texts()
        if self.adoption is not None:
            texts["corrections"] = self.adoption.corrections.draft()
        return texts

    def restore_drafts(self, drafts: dict[tuple[int, str], str]) -> None:
        super().restore_drafts(drafts)
        saved = drafts.get((self.item.id, "corrections"))
        if self.adoption is not None and saved and self.adoption.pending:
            self.adoption.corrections.restore_draft(saved)

    def focus_first(self) -> None:
        if self.closing is not None and self.session.meeting.status is not MeetingStatus.GEHOUDEN:
            self.closing.prepare()  # the end time follows the clock until the meeting is closed
        if self.attendance is not None:
            self.attendance.refresh()  # an inbreng since may have marked a partner present
        if self.adoption is not None and self.adoption.focus_first():
            return  # corrections to the previous minutes come first under this item
        self.notes_edit.setFocus()

    def set_closed(self) -> None:
        self.notes_edit.setReadOnly(True)
        self.decisions.edit.setEnabled(False)
        if self.review is not None:
            self.review.set_read_only(True)
        if self.closing is not None:
            self.closing.set_closed()
        if self.adoption is not None:
            self.adoption.set_closed()
        if self.attendance is not None:
            self.attendance.set_closed()

    def focus_part(self, part: str) -> None:
        if part in ("decision", "action"):
            self.decisions.edit.setFocus()
        elif part == "review" and self.review is not None:
            self.review.view.setFocus()
        elif part == "attendance" and self.attendance is not None:
            self.attendance.focus_first()
        elif part == "review_date" and self.closing is not None:  # Alt+V: the next meeting
            self.closing.next_meeting_edit.setFocus()
        else:
            self.notes_edit.setFocus()

    def leave(self) -> None:
        self.save_notes()

    def save_notes(self) -> bool:
        """The notes become part of the record when the meeting moves on (or the window closes)."""
        text = self.notes_edit.toPlainText()
        if text == self._saved_notes:
            return True
        try:
            meetings.update_agenda_item(self.session.ctx, self.item.id, notes=text)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        self._saved_notes = text
        return True

    def notes_saved(self) -> bool:
        return self.notes_edit.toPlainText() == self._saved_notes


class NotesEdit(QPlainTextEdit):
    """Notes where PgUp/PgDn still move through the agenda (Ctrl+Home/End scroll the text) and Tab
    moves on to the item's next field, as everywhere in meeting mode (notes need no tab stops)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (Qt.Key.Key_PageUp,
                                                                               Qt.Key.Key_PageDown):
            event.ignore()
            return False
        return super().event(event)
