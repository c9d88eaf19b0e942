"""Sluiting: the date of the next meeting, the end time, and Ctrl+Enter to close the meeting.

Closing (``meetings.close_meeting``) records the end time and next date, holds the meeting,
freezes its record and begins the concept minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.enums import MeetingStatus
from casusoverleg_desktop.domain.moments import parse_typed_date
from casusoverleg_desktop.errors import CasusoverlegError, ValidationError
from casusoverleg_desktop.services import meetings

from casusoverleg_desktop.ui.meeting.item_parts import emphasise, error_label, line_edit
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error


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
            next_on = parse_typed_date(self.next_meeting_edit.text(), meeting.held_on,
                                       "de volgende vergadering")
            unsaved = self.before_close() if self.before_close is not None else None
            if unsaved:
                raise ValidationError(unsaved)
            info = meetings.close_meeting(ctx, meeting.id, end, next_meeting_on=next_on)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
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
