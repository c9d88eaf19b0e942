"""Sluiting: the date of the next meeting, the end time, and Ctrl+Enter to close the meeting.

Ctrl+Enter first checks what would make closing fail, then shows what is unfinished
(``services.closing.unfinished_business``): the chair goes back to that item, or closes anyway.
Closing (``meetings.close_meeting``) records the end time and next date, holds the meeting,
freezes its record and begins the concept minutes; the next meeting's date then makes that
meeting, like this one, in preparation (``closing.plan_next_meeting``) unless the chair unticks it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.enums import MeetingStatus
from casusoverleg_desktop.domain.moments import parse_typed_date
from casusoverleg_desktop.errors import CasusoverlegError, ValidationError
from casusoverleg_desktop.services import closing, meetings
from casusoverleg_desktop.services.closing import Unfinished, UnfinishedPoint
from casusoverleg_desktop.services.meetings import MeetingInfo

from casusoverleg_desktop.ui.meeting.item_parts import emphasise, error_label, line_edit
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.widgets.messages import OK, QuietLabel, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal

# Where on an item's screen each unfinished point is finished (``ItemScreen.focus_part``).
FOCUS_PART = {Unfinished.ATTENDANCE: "attendance", Unfinished.REVIEW: "review",
              Unfinished.DECISION: "decision", Unfinished.NEXT_REVIEW: "review_date",
              Unfinished.RONDVRAAG: "notes"}


def rounded_now(session: MeetingSession) -> dt.time:
    now = session.ctx.clock().astimezone() + dt.timedelta(seconds=30)
    return now.time().replace(second=0, microsecond=0)


class UnfinishedDialog(QDialog):
    """What is still open before closing. Enter (or a double click) goes back to the chosen point,
    "Toch sluiten" closes anyway, Escape stays on Sluiting with nothing changed."""

    def __init__(self, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nog niet afgerond"))
        self.chosen_row: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Na het sluiten ligt vast wat de vergadering heeft vastgelegd. Nog niet "
                               "afgerond:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Nog niet afgerond"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.addItems(list(lines))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.go_back)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug naar dit punt"))
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.close_anyway_button = QPushButton(self.tr("&Toch sluiten"))
        self.close_anyway_button.setAutoDefault(False)
        self.close_anyway_button.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.close_anyway_button)
        layout.addLayout(buttons)
        self.resize(760, 360)

    def go_back(self) -> None:
        self.chosen_row = max(self.list.currentRow(), 0)
        self.reject()


class ClosingPanel(QFrame):
    """Sluiting: the date of the next meeting, the end time, and Ctrl+Enter to close.

    Closing is one step in the service: afterwards nothing more is recorded in this meeting, so
    ``before_close`` (set by the window) first stores what is pending elsewhere — the notes of
    the standard items — and returns why it could not, or None. ``shown_items`` (set by the
    window) names the items that have been on screen; ``go_back`` asks the window to show an item
    and the part of it that is unfinished.
    """

    closed = Signal(object)
    go_back = Signal(int, str)

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extras_frame")
        self._session = session
        self.before_close: Callable[[], str | None] | None = None
        self.shown_items: Callable[[], Collection[int]] = tuple
        self.unfinished_dialog: UnfinishedDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        form = QFormLayout()
        meeting = session.meeting
        self.next_meeting_edit = line_edit(self.tr("Datum volgende vergadering"), self.tr("dd-mm-jjjj"))
        if meeting.next_meeting_on:
            self.next_meeting_edit.setText(f"{meeting.next_meeting_on:%d-%m-%Y}")
        self.next_meeting_edit.setMaximumWidth(200)
        form.addRow(self.tr("Volgende vergadering"), self.next_meeting_edit)
        self.create_next_check = QCheckBox(self.tr("Die vergadering klaarzetten (zelfde soort, tijden en "
                                                   "plaats)"))
        self.create_next_check.setChecked(True)
        self.create_next_check.setToolTip(self.tr(
            "Bij het sluiten komt de volgende vergadering in voorbereiding onder Overleggen, met dezelfde "
            "voorzitter en notulist; staat er op die dag al een, dan blijft het die."))
        form.addRow("", self.create_next_check)
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
        self.next_label = QuietLabel(name="hint_label")
        layout.addWidget(self.next_label)
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
        """Ctrl+Enter: check, store what is pending, show what is unfinished (the closing then waits
        for the chair's answer), else close. True when the meeting closed now."""
        ctx, meeting = self._session.ctx, self._session.meeting
        if self._session.closed or self.unfinished_dialog is not None:
            return False
        end = self.end_edit.time().toPython().replace(second=0, microsecond=0)
        try:
            next_on = parse_typed_date(self.next_meeting_edit.text(), meeting.held_on,
                                       "de volgende vergadering")
            closing.check_closing(ctx, meeting, end, next_on, create_next=self.create_next_check.isChecked())
            unsaved = self.before_close() if self.before_close is not None else None
            if unsaved:
                raise ValidationError(unsaved)
            points = closing.unfinished_business(ctx, meeting.id, shown_item_ids=self.shown_items())
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        if points:
            self._ask(points, end, next_on)
            return False
        return self._close(end, next_on)

    def _ask(self, points: Sequence[UnfinishedPoint], end: dt.time, next_on: dt.date | None) -> None:
        titles = {item.id: self._session.item_title(item) for item in self._session.agenda}
        dialog = UnfinishedDialog([f"{titles.get(p.agenda_item_id, '?')}: {p.text}" for p in points], self)
        self.unfinished_dialog = dialog

        def close_anyway() -> None:
            self.unfinished_dialog = None
            self._close(end, next_on)

        def back() -> None:
            self.unfinished_dialog = None
            if dialog.chosen_row is not None:
                point = points[dialog.chosen_row]
                self.go_back.emit(point.agenda_item_id, FOCUS_PART[point.what])

        open_modal(dialog, close_anyway, back)

    def _close(self, end: dt.time, next_on: dt.date | None) -> bool:
        planned = self._session.meeting
        try:
            info = meetings.close_meeting(self._session.ctx, planned.id, end, next_meeting_on=next_on)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self._session.meeting = info
        if info.next_meeting_on:
            self.next_meeting_edit.setText(f"{info.next_meeting_on:%d-%m-%Y}")
        self._show_sentence(info.end_time)
        if next_on is not None and self.create_next_check.isChecked():
            self._plan_next(planned, next_on)
        self.set_closed()
        self.closed.emit(info)
        return True

    def _plan_next(self, planned: MeetingInfo, next_on: dt.date) -> None:
        """The next meeting like this one as it was planned (its start and end, not the actual end)."""
        try:
            following, made = closing.plan_next_meeting(self._session.ctx, planned, next_on)
        except CasusoverlegError as exc:
            show_error(self.error, self.tr("De vergadering is gesloten, maar de volgende is niet "
                                           "klaargezet: %1").replace("%1", exc.message))
            return
        when = f"{following.held_on:%d-%m-%Y}" + (f", {following.start_time:%H:%M}"
                                                  if following.start_time else "")
        text = (self.tr("De volgende vergadering (%1) staat klaar onder Overleggen, in voorbereiding.")
                if made else self.tr("De volgende vergadering (%1) stond al onder Overleggen."))
        show_message(self.next_label, text.replace("%1", when), OK)

    def set_closed(self) -> None:
        """Closed: the end time and the closing sentence as recorded; nothing to change."""
        for widget in (self.next_meeting_edit, self.create_next_check, self.end_edit, self.close_button):
            widget.setEnabled(False)
        meeting = self._session.meeting
        if meeting.status is MeetingStatus.GEHOUDEN and meeting.end_time is not None:
            self._show_sentence(meeting.end_time)
