"""Verslag vorige vergadering: adopting the concept minutes of an earlier meeting of this table.

The panel lists the concept minutes waiting for adoption (``minutes.pending_adoption``, the latest
first). For the chosen one the chair records the corrections (a section of those minutes and a
short text each) and adopts them with "Vaststellen"; the sentence that will be recorded is shown
beforehand. Adopting is the chair's act: for anyone else the button is off with a hint, and the
service refuses it too. A refusal is shown in Dutch and the corrections stay.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.minutes import adoption_statement
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meetings, minutes
from casusoverleg_desktop.services.minutes import MinutesInfo, PendingMinutes

from casusoverleg_desktop.ui.meeting.item_parts import section_label
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.widgets.corrections_editor import CorrectionsEditor, StatementBox
from casusoverleg_desktop.ui.widgets.messages import QuietLabel, clear_message, show_error
from casusoverleg_desktop.ui.widgets.wrapped_label import WrappedLabel


def _hint(text: str = "") -> QLabel:
    widget = WrappedLabel(text)
    widget.setObjectName("hint_label")
    return widget


class AdoptionPanel(QFrame):
    """Concept minutes of earlier meetings · corrections · Vaststellen; afterwards what was adopted."""

    adopted = Signal(object)  # MinutesInfo of the adopted version

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extras_frame")
        self._session = session
        self.pending: list[PendingMinutes] = []
        self.adopted_here: list[tuple[dt.date, MinutesInfo]] = []  # minutes of which meeting, adopted here

        self.minutes_combo = QComboBox()
        self.minutes_combo.setObjectName("pending_minutes_combo")
        self.minutes_combo.setAccessibleName(self.tr("Verslag ter vaststelling"))
        self.minutes_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.corrections = CorrectionsEditor()
        self.statement = StatementBox()
        self.statement_label = self.statement.label
        self.adopt_button = QPushButton(self.tr("Vaststellen"))
        self.adopt_button.setObjectName("adopt_button")
        self.adopt_button.setAccessibleName(self.tr("Verslag vaststellen"))
        self.adopt_button.setToolTip(self.tr("Stelt het gekozen verslag vast met de correcties hierboven"))
        self.button_hint = _hint()
        self.button_hint.setObjectName("adopt_hint_label")
        self.empty_label = _hint()
        self.done_label = _hint()
        self.done_label.setObjectName("adopted_label")
        self.error = QuietLabel(name="error_label")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(section_label(self.tr("Verslag ter vaststelling")))
        heading.addWidget(self.minutes_combo, 1)
        layout.addLayout(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.corrections)
        layout.addWidget(self.statement)
        buttons = QHBoxLayout()
        buttons.addWidget(self.adopt_button)
        buttons.addWidget(self.button_hint, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        QWidget.setTabOrder(self.minutes_combo, self.corrections.section_combo)
        QWidget.setTabOrder(self.corrections.remove_button, self.adopt_button)

        self.minutes_combo.currentIndexChanged.connect(self._chosen)
        self.corrections.changed.connect(self._show_statement)
        self.corrections.text_edit.textChanged.connect(self._show_statement)
        self.adopt_button.clicked.connect(self.adopt)
        self.reload()
        self._find_adopted_here()

    # -- state -----------------------------------------------------------------------------------
    @property
    def may_adopt(self) -> bool:
        """Only the chair adopts; an unknown role is left to the service to judge."""
        return self._session.role in (None, Role.CHAIR)

    def current(self) -> PendingMinutes | None:
        index = self.minutes_combo.currentIndex()
        return self.pending[index] if 0 <= index < len(self.pending) else None

    def reload(self) -> None:
        """The concept minutes waiting for adoption (reading them is recorded in the audit trail)."""
        try:
            self.pending = minutes.pending_adoption(self._session.ctx, self._session.meeting.id)
        except CasusoverlegError as exc:
            self.pending = []
            show_error(self.error, exc)
        self.minutes_combo.blockSignals(True)
        self.minutes_combo.clear()
        for waiting in self.pending:
            self.minutes_combo.addItem(self.tr("%1 van %2 (concept, versie %3)").replace(
                "%1", waiting.meeting_label).replace("%2", f"{waiting.held_on:%d-%m-%Y}")
                .replace("%3", str(waiting.version)), waiting.version_id)
        self.minutes_combo.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        chosen = self.current()
        sections: tuple[str, ...] = ()
        if chosen is not None:
            try:
                sections = minutes.minutes_sections(self._session.ctx, chosen.meeting_id)
            except CasusoverlegError as exc:
                show_error(self.error, exc)
        self.corrections.set_sections(sections)
        self._update()

    def _find_adopted_here(self) -> None:
        """Minutes this meeting already adopted (e.g. when meeting mode is opened again)."""
        meeting = self._session.meeting
        try:
            adopted = minutes.adopted_in(self._session.ctx, meeting.id)
            held_on = {row.id: row.held_on for row in meetings.list_meetings(self._session.ctx)}
        except CasusoverlegError:
            return  # only a courtesy: what is pending is shown either way
        self.adopted_here += [(held_on[v.meeting_id], v) for v in reversed(adopted)]
        self._update()

    def _update(self) -> None:
        has = bool(self.pending)
        closed = self._session.closed
        self.minutes_combo.setVisible(has)
        self.empty_label.setVisible(not has)
        for widget in (self.corrections, self.statement, self.adopt_button, self.button_hint):
            widget.setVisible(has)
        self.corrections.set_read_only(closed)
        self.minutes_combo.setEnabled(not closed)
        self.adopt_button.setEnabled(has and not closed and self.may_adopt)
        if closed:
            self.button_hint.setText(self.tr("Deze vergadering is gesloten: vaststellen kan in een "
                                             "vergadering die nu wordt gehouden, of schriftelijk "
                                             "(Overleggen)."))
        elif not self.may_adopt:
            self.button_hint.setText(self.tr("Vaststellen doet de voorzitter."))
        else:
            self.button_hint.setText(self.tr("Na vaststellen ligt de tekst vast; daarna ondertekenen "
                                             "de notulist en de voorzitter."))
        self.empty_label.setText(self.tr("Deze vergadering is gesloten.") if closed else
                                 self.tr("Er is geen verslag van een eerdere vergadering dat nog moet "
                                         "worden vastgesteld."))
        self.done_label.setText("\n".join(self._done_line(w, v) for w, v in self.adopted_here))
        self.done_label.setVisible(bool(self.adopted_here))
        self._show_statement()

    def _done_line(self, held_on: dt.date, version: MinutesInfo) -> str:
        return self.tr("Verslag van %1: %2").replace("%1", f"{held_on:%d-%m-%Y}").replace(
            "%2", version.statement)

    def sentence(self) -> str:
        """The sentence the adopted minutes will carry, with the corrections added so far."""
        meeting = self._session.meeting
        where = meeting.title or meeting.meeting_type.short_label
        return adoption_statement(meeting.held_on, where, None, self.corrections.corrections())

    def _show_statement(self) -> None:
        if not self.pending:
            self.statement.clear()
            return
        text = self.tr("<b>Wordt vastgelegd:</b> %1").replace("%1", html.escape(self.sentence()))
        if self.corrections.pending():
            text += " <i>" + html.escape(self.tr("(De correctie in de invoerregel is nog niet "
                                                 "toegevoegd.)")) + "</i>"
        self.statement.setText(text)

    # -- adopting --------------------------------------------------------------------------------
    def adopt(self) -> bool:
        """Vaststellen: the chosen minutes with the corrections; a correction still being typed is
        added first. A refusal keeps every correction and says why."""
        chosen = self.current()
        if chosen is None or self._session.closed:
            return False
        if not self.corrections.add_pending():
            clear_message(self.error)  # the editor says what is missing, beside what was typed
            return False
        try:
            info = minutes.adopt_in_meeting(self._session.ctx, chosen.meeting_id, self._session.meeting.id,
                                            self.corrections.corrections())
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self.adopted_here.insert(0, (chosen.held_on, info))
        self.corrections.clear()
        self.reload()
        self.adopted.emit(info)
        return True

    def set_closed(self) -> None:
        self._update()

    def focus_first(self) -> bool:
        """Focus the section of a new correction when there is something to adopt."""
        if self.pending and not self._session.closed:
            self.corrections.section_combo.setFocus()
            return True
        return False
