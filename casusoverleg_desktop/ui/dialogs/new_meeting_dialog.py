"""A new meeting: type, date, times, place, chair and minute taker; the standard agenda follows.

It proposes what is likely: the logged-in user in their own role (chair or minute taker) when they
are one of the partners' professionals, the chair of the last meeting otherwise, and the place
of the meeting made last. In the people combos the chairs and minute takers come first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.domain.accounts import Role, User
from casusoverleg_desktop.domain.enums import MeetingType
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meeting_mode, meetings, partners
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meeting_mode import MeetingListRow
from casusoverleg_desktop.services.meetings import MeetingInfo
from casusoverleg_desktop.services.partners import ProfessionalInfo

from casusoverleg_desktop.ui.forms.ui_new_meeting_dialog import Ui_NewMeetingDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error

CHAIR_FUNCTIONS = ("voorzitter", "procesregisseur", "procesregie")
MINUTE_TAKER_FUNCTIONS = ("notulist", "notulant", "secretaris", "secretariaat")


def _name_key(name: str) -> str:
    return " ".join(name.casefold().replace(".", ". ").split())


def own_professional(display_name: str, professionals: Sequence[ProfessionalInfo]) -> ProfessionalInfo | None:
    """The professional who is this user: the same name, or else the one with the same surname and
    first initial ("Marloes Dekkers" is "M. Dekkers"); None when no one or more than one fits."""
    exact = [p for p in professionals if _name_key(p.name) == _name_key(display_name)]
    if exact:
        return exact[0] if len(exact) == 1 else None
    words = _name_key(display_name).split()
    if len(words) < 2:
        return None
    fitting = [p for p in professionals
               if _name_key(p.name).split()[-1] == words[-1] and _name_key(p.name)[0] == words[0][0]]
    return fitting[0] if len(fitting) == 1 else None


def has_function(professional: ProfessionalInfo, words: Iterable[str]) -> bool:
    function = (professional.function or "").casefold()
    return any(word in function for word in words)


def last_location(rows: Sequence[MeetingListRow]) -> str:
    """Where the meeting made last takes place ('' when no meeting has a place yet)."""
    placed = [row for row in rows if row.location]
    if not placed:
        return ""
    return max(placed, key=lambda row: row.id).location or ""


class NewMeetingDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 today: dt.date | None = None, user: User | None = None) -> None:
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
        earlier = meeting_mode.meeting_list(ctx)  # newest first
        self.ui.location_edit.setText(last_location(earlier))
        self.ui.people_hint_label.hide()
        self._fill_people(ctx, earlier, user)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanmaken"))
        self.ui.button_box.accepted.connect(self._create)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.type_combo.setFocus()

    def _fill_people(self, ctx: ServiceContext, earlier: Sequence[MeetingListRow], user: User | None) -> None:
        names = {p.id: p.short_name or p.name for p in partners.list_partners(ctx)}
        people = sorted((p for p in partners.list_professionals(ctx) if p.active),
                        key=lambda p: p.name.casefold())
        me = own_professional(user.display_name, people) if user is not None else None
        chairs = [row.chair_name for row in earlier if row.chair_name]
        chair_first = [p for p in people if p.name in chairs or has_function(p, CHAIR_FUNCTIONS)
                       or (p == me and user is not None and user.role is Role.CHAIR)]
        chair_first.sort(key=lambda p: (p != me, p.name not in chairs, p.name.casefold()))
        taker_first = [p for p in people if has_function(p, MINUTE_TAKER_FUNCTIONS)
                       or (p == me and user is not None and user.role is Role.SECRETARY)]
        taker_first.sort(key=lambda p: (p != me, p.name.casefold()))
        self._fill_combo(self.ui.chair_combo, chair_first, people, names)
        self._fill_combo(self.ui.minute_taker_combo, taker_first, people, names)

        last_chair = next((p for p in chair_first if chairs and p.name == chairs[0]), None)
        if me is not None and user is not None and user.role is Role.SECRETARY:
            self._propose(self.ui.minute_taker_combo, me)
            self._propose(self.ui.chair_combo, last_chair)
        elif me is not None:
            self._propose(self.ui.chair_combo, me)
        else:
            self._propose(self.ui.chair_combo, last_chair)
            if user is not None:
                self.ui.people_hint_label.setText(self.tr(
                    "%1 staat nog niet als professional bij een ketenpartner. Voeg u toe onder "
                    "Ketenpartners, dan stelt het programma u hier voor als %2.").replace(
                    "%1", user.display_name).replace("%2", user.role.label))
                self.ui.people_hint_label.show()

    def _fill_combo(self, combo: QComboBox, first: Sequence[ProfessionalInfo],
                    people: Sequence[ProfessionalInfo], names: dict[int, str]) -> None:
        """'(nog niet bekend)', the likely people, a line, then everyone else, by name."""
        combo.addItem(self.tr("(nog niet bekend)"), None)
        rest = [p for p in people if p not in first]
        for group in (first, rest):
            if group and combo.count() > 1:
                combo.insertSeparator(combo.count())
            for professional in group:
                combo.addItem(f"{professional.name} ({names.get(professional.partner_id, '')})",
                              professional.id)

    @staticmethod
    def _propose(combo: QComboBox, professional: ProfessionalInfo | None) -> None:
        if professional is not None:
            combo.setCurrentIndex(combo.findData(professional.id))

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
