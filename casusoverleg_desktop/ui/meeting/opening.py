"""Opening: who is at the table, per partner aanwezig / afwezig m.k. / afwezig z.k.

The chips list the partners invited for any case of this meeting (and those of the chair and the
minute taker), each as recorded so far; another partner at the table is added by name. Every
change is recorded at once through ``meetings.set_attendance``, so the minutes say who was there.
The keys are those of the case chips (``attendance``): Alt+P reaches them, Space cycles, A / M / Z
set, the arrows move on; Tab from the notes never lands on a chip.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casusoverleg_desktop.domain.enums import Attendance
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meetings

from casusoverleg_desktop.ui.meeting.attendance import AttendanceButton, next_status, partner_chips, show_chip
from casusoverleg_desktop.ui.meeting.item_parts import error_label, hint, line_edit, section_label
from casusoverleg_desktop.ui.meeting.session import MeetingSession, partner_attendance
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error

CHIP_COLUMNS = 4


class MeetingAttendancePanel(QFrame):
    """Attendance at the meeting as a whole, recorded under the Opening."""

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extras_frame")
        self._session = session
        self.buttons: dict[int, AttendanceButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        heading = QHBoxLayout()
        heading.addWidget(section_label(self.tr("Aanwezig bij het overleg")))
        keys = hint(self.tr("Alt+P · spatie wisselt · A aanwezig · M afwezig m.k. (met kennisgeving) · "
                            "Z afwezig z.k. (zonder kennisgeving)"))
        keys.setWordWrap(True)
        heading.addWidget(keys, 1)
        layout.addLayout(heading)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        layout.addLayout(self._grid)
        row = QHBoxLayout()
        self.all_present_button = QPushButton(self.tr("Overige genodigden aanwezig"))
        self.all_present_button.setToolTip(self.tr(
            "Wie nog niet is vastgelegd, staat daarna als aanwezig; wie afwezig is, blijft afwezig."))
        self.all_present_button.clicked.connect(self.rest_present)
        row.addWidget(self.all_present_button)
        self.add_edit = line_edit(self.tr("Andere partner aan tafel"),
                                  self.tr("Andere partner aan tafel… (Enter: aanwezig)"))
        self.add_edit.setMaximumWidth(320)
        self._others = QStringListModel(self)  # partners not listed yet, for the completer
        self._completer = QCompleter(self._others, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_edit.setCompleter(self._completer)
        self.add_edit.returnPressed.connect(self.add_partner)
        row.addWidget(self.add_edit, 1)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.refresh()

    @property
    def status(self) -> dict[int, Attendance | None]:
        return {partner_id: self._session.attendance.get(partner_id) for partner_id in self.buttons}

    def expected_partners(self) -> list[int]:
        """Partners invited for a case, those of the chair and minute taker, and whoever is recorded."""
        session = self._session
        wanted = {p for item in session.agenda for p in item.invited_partner_ids}
        people = {p.id: p.partner_id for p in session.professionals}
        wanted.update(people[i] for i in (session.meeting.chair_id, session.meeting.minute_taker_id)
                      if i in people)
        wanted.update(session.attendance)
        return sorted((p for p in wanted if p in session.partners),
                      key=lambda p: session.partner_name(p).casefold())

    def refresh(self) -> None:
        """Chips for the partners expected now, each as the session knows it (an inbreng elsewhere
        may have marked someone present)."""
        expected = self.expected_partners()
        if list(self.buttons) != expected:
            for button in self.buttons.values():
                self._grid.removeWidget(button)
                button.hide()
                button.deleteLater()
            self.buttons = partner_chips(self, expected)
            for number, button in enumerate(self.buttons.values()):
                self._grid.addWidget(button, *divmod(number, CHIP_COLUMNS))
        for partner_id in self.buttons:
            self._show(partner_id)
        shown = set(self.buttons)
        self._others.setStringList(sorted(
            (p.name for p in self._session.partners.values() if p.id not in shown), key=str.casefold))

    def partner_name(self, partner_id: int) -> str:
        return self._session.partner_name(partner_id)

    def _show(self, partner_id: int) -> None:
        show_chip(self.buttons[partner_id], self._session.partner_name(partner_id),
                  self._session.attendance.get(partner_id))

    def cycle(self, partner_id: int) -> bool:
        return self.set_status(partner_id, next_status(self._session.attendance.get(partner_id)))

    def set_status(self, partner_id: int, status: Attendance) -> bool:
        try:
            rows = meetings.set_attendance(self._session.ctx, self._session.meeting.id, partner_id, status)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self._session.attendance.clear()
        self._session.attendance.update(partner_attendance(rows))
        if partner_id in self.buttons:
            self._show(partner_id)
        else:
            self.refresh()
        return True

    def rest_present(self) -> None:
        """Everyone shown whose attendance is not recorded yet is present."""
        for partner_id, status in self.status.items():
            if status is None and not self.set_status(partner_id, Attendance.AANWEZIG):
                return

    def add_partner(self) -> bool:
        """A partner not invited for any case is at the table: recorded present."""
        others = [p for p in self._session.partners if p not in self.buttons]
        partner = self._session.find_partner(self.add_edit.text(), others)
        if partner is None:
            show_error(self.error, self.tr("Typ de naam van een partner die nog niet in de lijst staat."))
            return False
        if not self.set_status(partner.id, Attendance.AANWEZIG):
            return False
        self.add_edit.clear()
        return True

    def focus_first(self) -> None:
        if self.buttons:
            next(iter(self.buttons.values())).setFocus()

    def set_closed(self) -> None:
        """The meeting is closed: the attendance as recorded, no more changes."""
        self.setEnabled(False)
