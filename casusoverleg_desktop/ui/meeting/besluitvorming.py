"""What besluitvorming records besides decisions and actions.

- ``SharePanel``: which invited partners may receive the selected decision (per-partner extract);
  in the decisions list 1–9 toggle the n-th invited partner, 0 all invited partners.
- ``DecisionExtras``: opschalen/afschalen, geïnformeerd per betrokkene, terugkoppeling aan de
  melder, datum volgende bespreking — one compact line each, Enter records it.

Who joined for a case lives in ``attendance``, the close of the meeting in ``closing``.

Everything goes through the services; a refused record keeps the typed text and says why in Dutch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.enums import EscalationDirection, InformedStatus
from casusoverleg_desktop.domain.moments import parse_typed_date
from casusoverleg_desktop.errors import CasusoverlegError, ValidationError
from casusoverleg_desktop.services import assessments, cases, decisions, meeting_mode, safeguards
from casusoverleg_desktop.services.decisions import DecisionInfo
from casusoverleg_desktop.services.meeting_mode import DecisionContext, ReporterLine, SubjectLine
from casusoverleg_desktop.services.meetings import AgendaItemInfo
from casusoverleg_desktop.services.safeguards import SharingPreview

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.meeting.item_parts import DecisionEditor, error_label, hint, line_edit
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.widgets.flow_layout import FlowLayout
from casusoverleg_desktop.ui.widgets.messages import QuietLabel, clear_message, show_error
from casusoverleg_desktop.ui.widgets.questions import Ask, ask, names_text, without_covenant_text


class SharePanel(QWidget):
    """Delen met: one checkable button per invited partner, for the selected decision."""

    def __init__(self, session: MeetingSession, editor: DecisionEditor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._editor = session, editor
        self._partner_ids: list[int] = []
        self.ask: Ask = ask  # "Toch delen?": the warning before sharing that needs a knowing decision
        self.buttons: list[QPushButton] = []
        self._row = FlowLayout(self)  # wraps: with Grote letters the marks need more than one line
        self.title = hint(self.tr("Delen met:"))
        self._row.addWidget(self.title)
        self.all_button = QPushButton(self.tr("0 Alle genodigden"))
        self.all_button.setObjectName("share_button")
        self.all_button.setAccessibleName(self.tr("Delen met alle genodigden"))
        self.all_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_button.clicked.connect(self.toggle_all)
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
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self.setVisible(bool(self._partner_ids))
        clear_message(self.error)
        if self._editor.model.rowCount():
            self._editor.view.selectRow(self._editor.model.rowCount() - 1)
        self.refresh()

    def _select_new(self, _parent, _first: int, last: int) -> None:
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
            previews = [preview for partner_id in sorted(partner_ids - set(decision.shared_with))
                        if (preview := safeguards.sharing_warnings(self._session.ctx, partner_id,
                                                                   decision_id=decision.id)).needs_acknowledgement]
            if previews and not self.ask(self, *self._question(decision, previews), self.tr("Toch delen")):
                self.refresh()
                return False
            info = decisions.share_decision(self._session.ctx, decision.id, sorted(partner_ids),
                                            acknowledge=bool(previews))
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            self.refresh()
            return False
        clear_message(self.error)
        self._session.decisions[:] = [info if d.id == info.id else d for d in self._session.decisions]
        self.refresh()
        return True

    def _question(self, decision: DecisionInfo, previews: list[SharingPreview]) -> tuple[str, str]:
        """The title and text of "Toch delen?": why to think twice, and exactly what is shared."""
        names = [p.partner for p in previews]
        question = self.tr("Besluit %2 toch delen met %1?").replace("%2", decision.label)
        lacking = [p.partner for p in previews if not p.covenant_signed]
        reasons = list(dict.fromkeys(r for p in previews for r in p.case_reasons))
        shown = previews[0]
        what = self.tr("Wat %1 krijgt (casus %2):").replace("%1", names_text(names)).replace(
            "%2", shown.case_code or "—") + f"\n{shown.item}: {shown.text}"
        if lacking and not reasons:
            return self.tr("Delen zonder convenant"), without_covenant_text(lacking, question) + f"\n\n{what}"
        parts = [self.tr("Let op:"), *(f"• {r}" for r in reasons)]
        if lacking:
            parts.append("• " + without_covenant_text(lacking, "").strip())
        return self.tr("Toch delen?"), "\n".join(parts) + f"\n\n{what}\n\n" + question.replace(
            "%1", names_text(names))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
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
        self.done = QuietLabel(name="hint_label", wrap=False)
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
        clear_message(self.error)
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
                 InformedStatus.NEE: (self.tr("reden niet informeren"), self.tr("—")),
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
    def _record(self, work, done: str) -> bool:
        self.ensure_loaded()
        try:
            work()
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            self.done.clear()
            return False
        clear_message(self.error)
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
            typed = parse_typed_date(self.informed_date_edit.text(), meeting.held_on, "de datum")
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
            day = parse_typed_date(self.review_edit.text(), self._session.meeting.held_on, "de datum")
            if day is None:
                raise ValidationError("Typ de datum van de volgende bespreking, bijvoorbeeld 23-4.")
            cases.set_review_date(self._session.ctx, self.context.case_id, day)
            self.review_edit.clear()

        return self._record(work, self.tr("Vastgelegd: datum volgende bespreking."))

    def draft_fields(self) -> dict:
        return {"escalation_reason": self.escalation_edit, "informed_text": self.informed_edit,
                "informed_date": self.informed_date_edit, "feedback_to": self.feedback_to_edit,
                "feedback": self.feedback_edit, "review_date": self.review_edit}
