"""A new meeting: type, date, times, place, chair and minute taker; the standard agenda follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.domain.enums import MeetingType
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meetings, partners
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meetings import MeetingInfo

from casusoverleg_desktop.ui.forms.ui_new_meeting_dialog import Ui_NewMeetingDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error


class NewMeetingDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewMeetingDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self.meeting: MeetingInfo | None = None
        for meeting_type in MeetingType:
            self.ui.type_combo.addItem(label(meeting_type), meeting_type)
        day = today or ctx.clock().date()
        self.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.ui.start_edit.setTime(QTime(13, 30))
        self.ui.end_edit.setTime(QTime(16, 0))
        names = {p.id: p.short_name or p.name for p in partners.list_partners(ctx)}
        for combo in (self.ui.chair_combo, self.ui.minute_taker_combo):
            combo.addItem(self.tr("(nog niet bekend)"), None)
            for professional in partners.list_professionals(ctx):
                if professional.active:
                    combo.addItem(f"{professional.name} ({names.get(professional.partner_id, '')})",
                                  professional.id)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanmaken"))
        self.ui.button_box.accepted.connect(self._create)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.type_combo.setFocus()

    def _create(self) -> None:
        clear_message(self.ui.error_label)
        start, end = self.ui.start_edit.time(), self.ui.end_edit.time()
        try:
            self.meeting = meetings.create_meeting(
                self._ctx, self.ui.type_combo.currentData(), self.ui.date_edit.date().toPython(),
                start_time=dt.time(start.hour(), start.minute()),
                end_time=dt.time(end.hour(), end.minute()),
                location=self.ui.location_edit.text().strip() or None,
                chair_id=self.ui.chair_combo.currentData(),
                minute_taker_id=self.ui.minute_taker_combo.currentData(),
            )
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return
        self.accept()
