"""What besluitvorming records besides decisions and actions, who joined for a case, and the close.

- ``SharePanel``: which invited partners may receive the selected decision (per-partner extract);
  in the decisions list 1–9 toggle the n-th invited partner, 0 all invited partners.
- ``AttendanceRow``: the invited partners of a case item; Space cycles aanwezig → afwezig m.k. →
  afwezig z.k., or A / M / Z set it directly.
- ``DecisionExtras``: opschalen/afschalen, geïnformeerd per betrokkene, terugkoppeling aan de
  melder, datum volgende bespreking — one compact line each, Enter records it.
- ``ClosingPanel``: on the Sluiting item, Ctrl+Enter closes the meeting (``meetings.close_meeting``):
  end time and next date recorded, the meeting held, its record frozen, the concept minutes begun.

Everything goes through the services; a refused record keeps the typed text and says why in Dutch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.enums import Attendance, EscalationDirection, InformedStatus, MeetingStatus
from casusoverleg_desktop.errors import CasusoverlegError, ValidationError
from casusoverleg_desktop.services import assessments, cases, decisions, meeting_mode, meetings
from casusoverleg_desktop.services.decisions import DecisionInfo
from casusoverleg_desktop.services.meeting_mode import DecisionContext, ReporterLine, SubjectLine
from casusoverleg_desktop.services.meetings import AgendaItemInfo, AttendanceInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.meeting.item_parts import DecisionEditor, emphasise, error_label, line_edit
from casusoverleg_desktop.ui.meeting.session import MeetingSession, parse_when

ATTENDANCE_CYCLE = (Attendance.AANWEZIG, Attendance.AFWEZIG_MK, Attendance.AFWEZIG_ZK)
ATTENDANCE_KEYS = {"a": Attendance.AANWEZIG, "m": Attendance.AFWEZIG_MK, "z": Attendance.AFWEZIG_ZK}
ATTENDANCE_SHORT = {None: "—", Attendance.AANWEZIG: "aanwezig", Attendance.AFWEZIG_MK: "m.k.",
                    Attendance.AFWEZIG_ZK: "z.k."}


def hint(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("hint_label")
    return widget


def parse_date(text: str, after: dt.date, what: str) -> dt.date | None:
    """A typed date (d-m or d-m-jjjj; without a year the first one on or after ``after``)."""
    if not text.strip():
        return None
    due, _condition, _ongoing = parse_when(text, after)
    if due is None:
        raise ValidationError(f"Typ {what} als datum, bijvoorbeeld 23-4 of 23-04-2025.")
    return due


class QuietLabel(QLabel):
    """A hint that takes no room while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("hint_label")
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class SharePanel(QWidget):
    """Delen met: one checkable button per invited partner, for the selected decision."""

    def __init__(self, session: MeetingSession, editor: DecisionEditor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._editor = session, editor
        self._partner_ids: list[int] = []
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.title = hint(self.tr("Delen met:"))
        self._row.addWidget(self.title)
        self.all_button = QPushButton(self.tr("0 Alle genodigden"))
        self.all_button.setObjectName("share_button")
        self.all_button.setAccessibleName(self.tr("Delen met alle genodigden"))
        self.all_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_button.clicked.connect(self.toggle_all)
        self._row.addStretch(1)
        self._row.addWidget(self.all_button)
        self.error = error_label()
        editor.layout().insertWidget(editor.layout().indexOf(editor.edit), self)
        editor.layout().addWidget(self.error)
        editor.view.installEventFilter(self)
        editor.view.selectionModel().selectionChanged.connect(self.refresh)
        editor.model.modelReset.connect(self.refresh)
        editor.model.rowsInserted.connect(self._select_new)

    def bind(self, item: AgendaItemInfo) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self._partner_ids = list(item.invited_partner_ids)
        for number, partner_id in enumerate(self._partner_ids[:9], start=1):
            button = QPushButton(f"{number} {self._session.partner_name(partner_id)}")
            button.setObjectName("share_button")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Delen met %1").replace(
                "%1", self._session.partner_name(partner_id)))
            button.clicked.connect(lambda _=False, p=partner_id: self.toggle(p))
            self._row.insertWidget(self._row.count() - 2, button)
            self.buttons.append(button)
        self.setVisible(bool(self._partner_ids))
        self.error.clear()
        if self._editor.model.rowCount():
            self._editor.view.selectRow(self._editor.model.rowCount() - 1)
        self.refresh()

    def _select_new(self, _parent, _first: int, last: int) -> None:  # noqa: ANN001
        self._editor.view.selectRow(last)

    def current(self) -> DecisionInfo | None:
        rows = self._editor.view.selectionModel().selectedRows()
        if not rows:
            return None
        chosen = self._editor.model.row(rows[0].row())
        return next((d for d in self._session.decisions if d.id == chosen.id), chosen)

    def refresh(self) -> None:
        decision = self.current()
        shared = set(decision.shared_with) if decision else set()
        for button, partner_id in zip(self.buttons, self._partner_ids, strict=False):
            button.setEnabled(decision is not None)
            button.setChecked(partner_id in shared)
        self.all_button.setEnabled(decision is not None)
        self.title.setText(self.tr("Delen %1 met:").replace("%1", decision.label) if decision
                           else self.tr("Delen met: kies een besluit"))

    def toggle(self, partner_id: int) -> bool:
        decision = self.current()
        if decision is None:
            self.refresh()
            return False
        shared = set(decision.shared_with) ^ {partner_id}
        return self._store(decision, shared)

    def toggle_all(self) -> bool:
        decision = self.current()
        if decision is None:
            return False
        invited = set(self._partner_ids)
        shared = set(decision.shared_with)
        return self._store(decision, shared - invited if invited <= shared else shared | invited)

    def _store(self, decision: DecisionInfo, partner_ids: set[int]) -> bool:
        try:
            info = decisions.share_decision(self._session.ctx, decision.id, sorted(partner_ids))
        except CasusoverlegError as exc:
            self.error.setText(exc.message)
            self.refresh()
            return False
        self.error.clear()
        self._session.decisions[:] = [info if d.id == info.id else d for d in self._session.decisions]
        self.refresh()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and self._partner_ids:
            key = event.text()
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if key == "0":
                self.toggle_all()
                return True
            if key.isdigit() and 1 <= int(key) <= len(self.buttons):
                self.toggle(self._partner_ids[int(key) - 1])
                return True
        return False


class AttendanceButton(QPushButton):
    """One invited partner; Space cycles the attendance, A / M / Z set it, arrows move on."""

    chosen = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.text().casefold()
        if key in ATTENDANCE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.chosen.emit(ATTENDANCE_KEYS[key])
            return
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Right)
            return
        super().keyPressEvent(event)


class AttendanceRow(QWidget):
    """Who joined for this case: the invited partners, each aanwezig / afwezig m.k. / z.k."""

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item: AgendaItemInfo | None = None
        self.status: dict[int, Attendance | None] = {}
        self.buttons: dict[int, AttendanceButton] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addWidget(hint(self.tr("Aanwezig bij deze casus (Alt+P · spatie wisselt):")))
        self.error = error_label()
        self._row.addWidget(self.error)
        self._row.addStretch(1)

    def bind(self, item: AgendaItemInfo, attendance: Sequence[AttendanceInfo]) -> None:
        """Show who joined for this case item (read with the item's briefing)."""
        self._item = item
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        known = {a.partner_id: a.status for a in attendance}
        self.status = {p: known.get(p) for p in item.invited_partner_ids}
        for partner_id in item.invited_partner_ids:
            button = AttendanceButton()
            button.setObjectName("attendance_button")
            button.setAccessibleName(self.tr("Aanwezigheid %1").replace(
                "%1", self._session.partner_name(partner_id)))
            button.setToolTip(self.tr("Spatie: volgende stand · A aanwezig · M afwezig m.k. · "
                                      "Z afwezig z.k."))
            button.clicked.connect(lambda _=False, p=partner_id: self.cycle(p))
            button.chosen.connect(lambda status, p=partner_id: self.set_status(p, status))
            self._row.insertWidget(self._row.count() - 2, button)
            self.buttons[partner_id] = button
            self._show(partner_id)
        self.error.clear()
        self.setVisible(bool(item.invited_partner_ids))

    def _show(self, partner_id: int) -> None:
        button, status = self.buttons[partner_id], self.status[partner_id]
        button.setText(f"{self._session.partner_name(partner_id)} · {self.tr(ATTENDANCE_SHORT[status])}")
        button.setProperty("state", status.value if status else "unknown")
        button.style().unpolish(button)
        button.style().polish(button)

    def cycle(self, partner_id: int) -> bool:
        status = self.status.get(partner_id)
        following = (ATTENDANCE_CYCLE[0] if status is None
                     else ATTENDANCE_CYCLE[(ATTENDANCE_CYCLE.index(status) + 1) % len(ATTENDANCE_CYCLE)])
        return self.set_status(partner_id, following)

    def set_status(self, partner_id: int, status: Attendance) -> bool:
        try:
            meetings.set_case_item_attendance(self._session.ctx, self._item.id, partner_id, status)
        except CasusoverlegError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        self.status[partner_id] = status
        self._show(partner_id)
        return True

    def focus_first(self) -> None:
        if self.buttons:
            next(iter(self.buttons.values())).setFocus()


class DecisionExtras(QFrame):
    """Opschalen/afschalen · geïnformeerd · terugkoppeling melder · volgende bespreking."""

    def __init__(self, session: MeetingSession, editor: DecisionEditor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extras_frame")
        self._session, self._editor = session, editor
        self._item: AgendaItemInfo | None = None
        self.context: DecisionContext | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(4)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        outer.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.direction_combo = self._combo(self.tr("Opschalen of afschalen"),
                                           [(label(d), d.value) for d in EscalationDirection])
        self.escalation_edit = line_edit(self.tr("Reden om op of af te schalen"),
                                         self.tr("Reden — Enter legt vast"))
        self.escalation_decision = self._combo(self.tr("Bij besluit"), [])
        self.escalation_state = hint()
        form.addRow(self._caption(self.tr("Op-/afschalen (Alt+O)")), self._line(
            (self.direction_combo, 0), (self.escalation_edit, 3), (self.escalation_decision, 0),
            (self.escalation_state, 2)))

        self.subject_combo = self._combo(self.tr("Betrokkene"), [])
        self.informed_combo = self._combo(self.tr("Geïnformeerd"),
                                          [(label(s), s.value) for s in InformedStatus])
        self.informed_edit = line_edit(self.tr("Door wie, of reden van uitstel"),
                                       self.tr("door wie / reden van uitstel"))
        self.informed_date_edit = line_edit(self.tr("Datum geïnformeerd of heroverwegen op"),
                                            self.tr("op (dd-mm)"))
        self.informed_date_edit.setMinimumWidth(150)
        self.informed_date_edit.setMaximumWidth(190)
        self.informed_state = hint()
        form.addRow(self._caption(self.tr("Geïnformeerd (Alt+G)")), self._line(
            (self.subject_combo, 0), (self.informed_combo, 0), (self.informed_edit, 3),
            (self.informed_date_edit, 0), (self.informed_state, 2)))

        self.reporter_combo = self._combo(self.tr("Melder"), [])
        self.feedback_to_edit = line_edit(self.tr("Aan wie is teruggekoppeld"), self.tr("aan wie"))
        self.feedback_to_edit.setMaximumWidth(180)
        self.feedback_edit = line_edit(self.tr("Terugkoppeling aan de melder"),
                                       self.tr("wat de melder hoort — Enter legt vast"))
        self.feedback_state = hint()
        form.addRow(self._caption(self.tr("Terugkoppeling (Alt+T)")), self._line(
            (self.reporter_combo, 0), (self.feedback_to_edit, 1), (self.feedback_edit, 3),
            (self.feedback_state, 2)))

        self.review_edit = line_edit(self.tr("Datum volgende bespreking van de casus"),
                                     self.tr("dd-mm-jjjj"))
        self.review_edit.setMinimumWidth(150)
        self.review_edit.setMaximumWidth(190)
        self.review_state = hint()
        form.addRow(self._caption(self.tr("Volgende bespreking (Alt+V)")), self._line(
            (self.review_edit, 0), (self.review_state, 1)))

        self.error = error_label()
        self.done = QuietLabel()
        outer.addWidget(self.error)
        outer.addWidget(self.done)

        self.escalation_edit.returnPressed.connect(self.record_escalation)
        self.informed_edit.returnPressed.connect(self.record_informed)
        self.informed_date_edit.returnPressed.connect(self.record_informed)
        self.feedback_to_edit.returnPressed.connect(self.feedback_edit.setFocus)
        self.feedback_edit.returnPressed.connect(self.record_feedback)
        self.review_edit.returnPressed.connect(self.record_review_date)
        self.subject_combo.currentIndexChanged.connect(self._show_informed)
        self.informed_combo.currentIndexChanged.connect(self._informed_placeholder)
        self.reporter_combo.currentIndexChanged.connect(self._show_feedback)
        for first, second in ((self.direction_combo, self.escalation_edit),
                              (self.escalation_edit, self.escalation_decision),
                              (self.escalation_decision, self.subject_combo),
                              (self.subject_combo, self.informed_combo),
                              (self.informed_combo, self.informed_edit),
                              (self.informed_edit, self.informed_date_edit),
                              (self.informed_date_edit, self.reporter_combo),
                              (self.reporter_combo, self.feedback_to_edit),
                              (self.feedback_to_edit, self.feedback_edit),
                              (self.feedback_edit, self.review_edit)):
            QWidget.setTabOrder(first, second)
        self._informed_placeholder()

    @staticmethod
    def _combo(name: str, entries: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, data in entries:
            combo.addItem(text, data)
        return combo

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setObjectName("extras_caption")
        return caption

    @staticmethod
    def _line(*widgets: tuple[QWidget, int]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget, stretch in widgets:
            row.addWidget(widget, stretch)
        return row

    # -- data ------------------------------------------------------------------------------------
    def bind(self, item: AgendaItemInfo) -> None:
        """A new item: nothing read yet (that happens when besluitvorming is shown)."""
        self._item, self.context = item, None
        self.error.clear()
        self.done.clear()

    def ensure_loaded(self) -> None:
        if self.context is None and self._item is not None:
            self.reload()

    def reload(self) -> None:
        subject_id = self.subject_combo.currentData()
        reporter_id = self.reporter_combo.currentData()
        self.context = meeting_mode.decision_context(self._session.ctx, self._item.id)
        self._fill(self.subject_combo, [(s.pseudonym, s.id) for s in self.context.subjects], subject_id)
        self._fill(self.reporter_combo, [(r.name, r.id) for r in self.context.reporters], reporter_id)
        self.refresh_decisions()
        self._show_informed()
        self._show_feedback()
        last = self.context.escalations[-1] if self.context.escalations else None
        self.escalation_state.setText(
            self.tr("Laatst: %1 op %2").replace("%1", label(last.direction).lower())
            .replace("%2", f"{last.occurred_on:%d-%m-%Y}") if last
            else self.tr("Nog niet op- of afgeschaald."))
        review = self.context.next_review_date
        self.review_state.setText(self.tr("Nu: %1").replace("%1", f"{review:%d-%m-%Y}") if review
                                  else self.tr("Nog geen datum."))

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, int]], keep: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.setEnabled(bool(entries))
        combo.blockSignals(False)

    def refresh_decisions(self) -> None:
        """The decisions of this item an escalation can follow from; the newest first."""
        if self._item is None:
            return
        own = [d for d in self._session.decisions if d.agenda_item_id == self._item.id]
        entries = [(self.tr("bij %1").replace("%1", d.label), d.id) for d in reversed(own)]
        entries.append((self.tr("zonder besluit"), None))
        self._fill(self.escalation_decision, entries, None)
        self.escalation_decision.setCurrentIndex(0)
        self.escalation_decision.setEnabled(True)

    def _show_informed(self) -> None:
        line = self._subject()
        if line is None:
            self.informed_state.setText(self.tr("Geen betrokkenen vastgelegd."))
        elif line.informed is None:
            self.informed_state.setText(self.tr("Nog niet vastgelegd."))
        elif line.informed_review_date:
            self.informed_state.setText(self.tr("Nu: %1, heroverwegen %2").replace(
                "%1", label(line.informed).lower()).replace("%2", f"{line.informed_review_date:%d-%m-%Y}"))
        else:
            self.informed_state.setText(self.tr("Nu: %1").replace("%1", label(line.informed).lower()))

    def _informed_placeholder(self) -> None:
        status = InformedStatus(self.informed_combo.currentData())
        texts = {InformedStatus.JA: (self.tr("door wie"), self.tr("op (dd-mm)")),
                 InformedStatus.NEE: (self.tr("toelichting (optioneel)"), self.tr("—")),
                 InformedStatus.UITGESTELD: (self.tr("reden van uitstel"),
                                             self.tr("heroverwegen op (dd-mm)"))}
        text, date = texts[status]
        self.informed_edit.setPlaceholderText(text)
        self.informed_date_edit.setPlaceholderText(date)

    def _show_feedback(self) -> None:
        reporter = self._reporter()
        if reporter is None:
            self.feedback_state.setText(self.tr("Geen melder vastgelegd."))
            return
        due = self.tr("terugkoppelen vóór %1").replace("%1", f"{reporter.respond_by:%d-%m}")
        self.feedback_state.setText(
            self.tr("Laatst %1").replace("%1", f"{reporter.last_feedback_on:%d-%m}")
            if reporter.last_feedback_on else due)

    def _subject(self) -> SubjectLine | None:
        chosen = self.subject_combo.currentData()
        return next((s for s in self.context.subjects if s.id == chosen), None) if self.context else None

    def _reporter(self) -> ReporterLine | None:
        chosen = self.reporter_combo.currentData()
        return next((r for r in self.context.reporters if r.id == chosen), None) if self.context else None

    # -- recording -------------------------------------------------------------------------------
    def _record(self, work, done: str) -> bool:  # noqa: ANN001
        self.ensure_loaded()
        try:
            work()
        except CasusoverlegError as exc:
            self.error.setText(exc.message)
            self.done.clear()
            return False
        self.error.clear()
        self.done.setText(done)
        self.reload()
        return True

    def record_escalation(self) -> bool:
        direction = EscalationDirection(self.direction_combo.currentData())

        def work() -> None:
            assessments.record_escalation(
                self._session.ctx, self.context.case_id, direction, self.escalation_edit.text(),
                self._session.meeting.held_on, decision_id=self.escalation_decision.currentData())
            self.escalation_edit.clear()

        return self._record(work, self.tr("Vastgelegd: %1.").replace("%1", label(direction).lower()))

    def record_informed(self) -> bool:
        status = InformedStatus(self.informed_combo.currentData())
        subject = self._subject()

        def work() -> None:
            if subject is None:
                raise ValidationError("Deze casus heeft nog geen betrokkenen.")
            meeting = self._session.meeting
            text = self.informed_edit.text().strip() or None
            typed = parse_date(self.informed_date_edit.text(), meeting.held_on, "de datum")
            informed_on = (typed or meeting.held_on) if status is InformedStatus.JA else None
            review = typed if status is not InformedStatus.JA else None
            decision = self.escalation_decision.currentData()
            cases.record_informed(
                self._session.ctx, self.context.case_id, subject.id, status,
                informed_by=text if status is InformedStatus.JA else None, informed_on=informed_on,
                postponement_reason=text if status is not InformedStatus.JA else None,
                review_date=review, decision_moment=f"casusoverleg {meeting.held_on:%d-%m-%Y}",
                meeting_id=meeting.id, decision_id=decision)
            self.informed_edit.clear()
            self.informed_date_edit.clear()

        pseudonym = subject.pseudonym if subject else ""
        return self._record(work, self.tr("Vastgelegd: %1 geïnformeerd: %2.").replace(
            "%1", pseudonym).replace("%2", label(status).lower()))

    def record_feedback(self) -> bool:
        reporter = self._reporter()

        def work() -> None:
            if reporter is None:
                raise ValidationError("Bij deze casus is geen melder vastgelegd.")
            cases.record_feedback(self._session.ctx, reporter.id, self._session.meeting.held_on,
                                  self.feedback_to_edit.text(), self.feedback_edit.text(),
                                  meeting_id=self._session.meeting.id)
            self.feedback_edit.clear()
            self.feedback_to_edit.clear()

        return self._record(work, self.tr("Vastgelegd: terugkoppeling aan de melder."))

    def record_review_date(self) -> bool:
        def work() -> None:
            day = parse_date(self.review_edit.text(), self._session.meeting.held_on, "de datum")
            if day is None:
                raise ValidationError("Typ de datum van de volgende bespreking, bijvoorbeeld 23-4.")
            cases.set_review_date(self._session.ctx, self.context.case_id, day)
            self.review_edit.clear()

        return self._record(work, self.tr("Vastgelegd: datum volgende bespreking."))

    def draft_fields(self) -> dict:
        return {"escalation_reason": self.escalation_edit, "informed_text": self.informed_edit,
                "informed_date": self.informed_date_edit, "feedback_to": self.feedback_to_edit,
                "feedback": self.feedback_edit, "review_date": self.review_edit}


def rounded_now(session: MeetingSession) -> dt.time:
    now = session.ctx.clock().astimezone() + dt.timedelta(seconds=30)
    return now.time().replace(second=0, microsecond=0)


class ClosingPanel(QFrame):
    """Sluiting: the date of the next meeting, the end time, and Ctrl+Enter to close.

    Closing is one step in the service: afterwards nothing more is recorded in this meeting, so
    ``before_close`` (set by the window) first stores what is pending elsewhere — the notes of
    the standard items — and returns why it could not, or None.
    """

    closed = Signal(object)

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extras_frame")
        self._session = session
        self.before_close: Callable[[], str | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        form = QFormLayout()
        meeting = session.meeting
        self.next_meeting_edit = line_edit(self.tr("Datum volgende vergadering"), self.tr("dd-mm-jjjj"))
        if meeting.next_meeting_on:
            self.next_meeting_edit.setText(f"{meeting.next_meeting_on:%d-%m-%Y}")
        self.next_meeting_edit.setMaximumWidth(200)
        form.addRow(self.tr("Volgende vergadering"), self.next_meeting_edit)
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setAccessibleName(self.tr("Eindtijd van de vergadering"))
        self.end_edit.setMaximumWidth(120)
        form.addRow(self.tr("Einde"), self.end_edit)
        layout.addLayout(form)
        self.close_button = QPushButton(self.tr("Vergadering sluiten (Ctrl+Enter)"))
        self.close_button.setAccessibleName(self.tr("Vergadering sluiten"))
        self.close_button.clicked.connect(self.close_meeting)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sentence = emphasise(QLabel(), "question")
        self.sentence.setObjectName("closing_label")
        self.sentence.setWordWrap(True)
        layout.addWidget(self.sentence)
        self.error = error_label()
        layout.addWidget(self.error)
        self.prepare()

    def prepare(self) -> None:
        """The end time as it stands: recorded when already closed, else now (to the minute)."""
        meeting = self._session.meeting
        closed = meeting.status is MeetingStatus.GEHOUDEN and meeting.end_time is not None
        end = meeting.end_time if closed else rounded_now(self._session)
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self._show_sentence(end if closed else None)

    def _show_sentence(self, end: dt.time | None) -> None:
        self.sentence.setText(self.tr("De voorzitter sluit de vergadering om %1 uur.").replace(
            "%1", f"{end:%H.%M}") if end else "")
        self.sentence.setVisible(end is not None)

    def close_meeting(self) -> bool:
        ctx, meeting = self._session.ctx, self._session.meeting
        if self._session.closed:
            return False
        end = self.end_edit.time().toPython().replace(second=0, microsecond=0)
        try:
            next_on = parse_date(self.next_meeting_edit.text(), meeting.held_on, "de volgende vergadering")
            unsaved = self.before_close() if self.before_close is not None else None
            if unsaved:
                raise ValidationError(unsaved)
            info = meetings.close_meeting(ctx, meeting.id, end, next_meeting_on=next_on)
        except CasusoverlegError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        self._session.meeting = info
        if info.next_meeting_on:
            self.next_meeting_edit.setText(f"{info.next_meeting_on:%d-%m-%Y}")
        self._show_sentence(info.end_time)
        self.set_closed()
        self.closed.emit(info)
        return True

    def set_closed(self) -> None:
        """Closed: the end time and the closing sentence as recorded; nothing to change."""
        for widget in (self.next_meeting_edit, self.end_edit, self.close_button):
            widget.setEnabled(False)
        meeting = self._session.meeting
        if meeting.status is MeetingStatus.GEHOUDEN and meeting.end_time is not None:
            self._show_sentence(meeting.end_time)
