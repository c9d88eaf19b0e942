"""Who joined for a case: the invited partners of a case item, each aanwezig / afwezig m.k. / z.k.

Space cycles aanwezig → afwezig m.k. → afwezig z.k., or A / M / Z set it directly; every change
is recorded at once through ``meetings.set_case_item_attendance``. The chips (``AttendanceButton``,
``show_chip``) serve the Opening's attendance at the meeting too (``opening``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from casusoverleg_desktop.domain.enums import Attendance
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meetings
from casusoverleg_desktop.services.contributions import ContributionInfo
from casusoverleg_desktop.services.meetings import AgendaItemInfo, AttendanceInfo

from casusoverleg_desktop.ui.meeting.item_parts import error_label, hint
from casusoverleg_desktop.ui.meeting.session import MeetingSession
from casusoverleg_desktop.ui.widgets.flow_layout import FlowLayout
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error

ATTENDANCE_CYCLE = (Attendance.AANWEZIG, Attendance.AFWEZIG_MK, Attendance.AFWEZIG_ZK)
ATTENDANCE_KEYS = {"a": Attendance.AANWEZIG, "m": Attendance.AFWEZIG_MK, "z": Attendance.AFWEZIG_ZK}
ATTENDANCE_SHORT = {None: "—", Attendance.AANWEZIG: "aanwezig", Attendance.AFWEZIG_MK: "m.k.",
                    Attendance.AFWEZIG_ZK: "z.k."}
ATTENDANCE_SPELLED = {None: "nog niet vastgelegd", Attendance.AANWEZIG: "aanwezig",
                      Attendance.AFWEZIG_MK: "afwezig met kennisgeving",
                      Attendance.AFWEZIG_ZK: "afwezig zonder kennisgeving"}
CHIP_KEYS = ("Spatie: volgende stand · A aanwezig · M afwezig met kennisgeving (m.k.) · "
             "Z afwezig zonder kennisgeving (z.k.)")


def next_status(status: Attendance | None) -> Attendance:
    """What Space makes of a chip: aanwezig → afwezig m.k. → afwezig z.k. → aanwezig."""
    if status is None:
        return ATTENDANCE_CYCLE[0]
    return ATTENDANCE_CYCLE[(ATTENDANCE_CYCLE.index(status) + 1) % len(ATTENDANCE_CYCLE)]


def show_chip(button: QPushButton, name: str, status: Attendance | None) -> None:
    """A chip's text, colour and tooltip (the abbreviations spelled out) for ``status``."""
    tr = button.tr
    button.setText(f"{name} · {tr(ATTENDANCE_SHORT[status])}")
    button.setToolTip(f"{name}: {tr(ATTENDANCE_SPELLED[status])}.\n{tr(CHIP_KEYS)}")
    button.setProperty("state", status.value if status else "unknown")
    button.style().unpolish(button)
    button.style().polish(button)


class AttendanceButton(QPushButton):
    """One invited partner; Space cycles the attendance, A / M / Z set it, arrows move on.

    The chips are reached on purpose (Alt+P or a click), never by Tab: Tab from the inbreng line
    must not land on a chip where the next space would change someone's attendance.
    """

    chosen = Signal(object)
    step = Signal(int)  # -1 / +1: the arrow keys move to the previous / next chip

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        key = event.text().casefold()
        if key in ATTENDANCE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.chosen.emit(ATTENDANCE_KEYS[key])
            return
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step.emit(1 if event.key() == Qt.Key.Key_Right else -1)
            return
        super().keyPressEvent(event)


def partner_chips(owner: ChipOwner, partner_ids: Sequence[int]) -> dict[int, AttendanceButton]:
    """One chip per partner, wired to ``owner``: a click cycles, A / M / Z choose, the arrows move
    to the neighbouring chip of the same group."""
    chips: dict[int, AttendanceButton] = {}

    def step(partner_id: int, offset: int) -> None:
        order = list(chips)
        chips[order[(order.index(partner_id) + offset) % len(order)]].setFocus()

    for partner_id in partner_ids:
        button = AttendanceButton()
        button.setObjectName("attendance_button")
        button.setAccessibleName(QCoreApplication.translate("AttendanceRow", "Aanwezigheid %1").replace(
            "%1", owner.partner_name(partner_id)))
        button.clicked.connect(lambda _=False, p=partner_id: owner.cycle(p))
        button.chosen.connect(lambda status, p=partner_id: owner.set_status(p, status))
        button.step.connect(lambda offset, p=partner_id: step(p, offset))
        chips[partner_id] = button
    return chips


class ChipOwner(Protocol):
    """What a group of chips asks of the widget that holds them."""

    def partner_name(self, partner_id: int) -> str: ...
    def cycle(self, partner_id: int) -> bool: ...
    def set_status(self, partner_id: int, status: Attendance) -> bool: ...


class AttendanceRow(QWidget):
    """Who joined for this case: the invited partners, each aanwezig / afwezig m.k. / z.k."""

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item: AgendaItemInfo | None = None
        self.status: dict[int, Attendance | None] = {}
        self.buttons: dict[int, AttendanceButton] = {}
        self._row = FlowLayout(self)  # many partners, or Grote letters: the chips wrap
        self._row.addWidget(hint(self.tr("Aanwezig bij deze casus (Alt+P · spatie wisselt):")))
        self.error = error_label()
        self._row.addWidget(self.error)

    def bind(self, item: AgendaItemInfo, attendance: Sequence[AttendanceInfo]) -> None:
        """Show who joined for this case item (read with the item's briefing)."""
        self._item = item
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        known = {a.partner_id: a.status for a in attendance}
        self.status = {p: known.get(p) for p in item.invited_partner_ids}
        self.buttons = partner_chips(self, item.invited_partner_ids)
        for partner_id, button in self.buttons.items():
            self._row.insertWidget(self._row.count() - 1, button)
            self._show(partner_id)
        clear_message(self.error)
        self.setVisible(bool(item.invited_partner_ids))

    def partner_name(self, partner_id: int) -> str:
        return self._session.partner_name(partner_id)

    def _show(self, partner_id: int) -> None:
        show_chip(self.buttons[partner_id], self._session.partner_name(partner_id), self.status[partner_id])

    def cycle(self, partner_id: int) -> bool:
        return self.set_status(partner_id, next_status(self.status.get(partner_id)))

    def contributed(self, info: ContributionInfo) -> None:
        """An inbreng was recorded: the service marked its partner present at this case and at the
        meeting where nothing was recorded yet; the chips and the session show the same."""
        if info.partner_id in self.status and self.status[info.partner_id] is None:
            self.status[info.partner_id] = Attendance.AANWEZIG
            self._show(info.partner_id)
        self._session.attendance.setdefault(info.partner_id, Attendance.AANWEZIG)

    def set_status(self, partner_id: int, status: Attendance) -> bool:
        try:
            meetings.set_case_item_attendance(self._session.ctx, self._item.id, partner_id, status)
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            return False
        clear_message(self.error)
        self.status[partner_id] = status
        self._show(partner_id)
        return True

    def focus_first(self) -> None:
        if self.buttons:
            next(iter(self.buttons.values())).setFocus()
