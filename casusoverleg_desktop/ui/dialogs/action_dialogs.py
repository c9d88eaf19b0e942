"""The one confirmation of a bulk change on the Actiepunten page, with what the change needs:
a new due date to postpone, a reason to let actions lapse (vervallen) or to reopen closed ones.

The dialog only asks; the page makes the changes through the services, one action at a time, and
reports which ones a rule refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.domain.enums import ActionStatus
from casusoverleg_desktop.services.action_views import ActionRow

from casusoverleg_desktop.ui.dialogs.service_dialog import from_qdate, set_date, text_or_none
from casusoverleg_desktop.ui.forms.ui_action_change_dialog import Ui_ActionChangeDialog
from casusoverleg_desktop.ui.models.action_models import owner_text, reference, when_text
from casusoverleg_desktop.ui.widgets.messages import show_error


class ActionChange(Enum):
    """What the user asked for the chosen actions."""

    LOOPT = "loopt"
    AFGEROND = "afgerond"
    VERVALLEN = "vervallen"
    UITSTELLEN = "uitstellen"

    @property
    def status(self) -> ActionStatus | None:
        """The new status, or ``None`` for a postponement."""
        return None if self is ActionChange.UITSTELLEN else ActionStatus(self.value)


class ActionChangeDialog(QDialog):
    def __init__(self, change: ActionChange, rows: Sequence[ActionRow], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.rows = list(rows)
        self.ui = Ui_ActionChangeDialog()
        self.ui.setupUi(self)
        count = len(self.rows)
        reopening = change.status is not None and not change.status.is_closed and any(
            r.status.is_closed for r in self.rows)
        self.needs_note = change is ActionChange.VERVALLEN or reopening
        titles = {
            ActionChange.LOOPT: self.tr("%1 actiepunt(en) op ‘loopt’ zetten?"),
            ActionChange.AFGEROND: self.tr("%1 actiepunt(en) afronden?"),
            ActionChange.VERVALLEN: self.tr("%1 actiepunt(en) laten vervallen?"),
            ActionChange.UITSTELLEN: self.tr("%1 actiepunt(en) uitstellen naar één nieuwe termijn?"),
        }
        self.setWindowTitle(self.tr("Actiepunten wijzigen"))
        summary = titles[change].replace("%1", str(count))
        undated = [reference(r) for r in self.rows if r.due_date is None]
        if change is ActionChange.UITSTELLEN and undated:
            summary += "\n" + self.tr("Zonder termijn, kan niet worden uitgesteld: %1.").replace(
                "%1", ", ".join(undated))
        self.ui.summary_label.setText(summary)
        self.ui.actions_text.setPlainText("\n".join(
            f"{reference(r)} · {r.case_code or '—'} · {owner_text(r)} · "
            f"{when_text(r.due_date, r.condition)}" for r in self.rows))

        postpone = change is ActionChange.UITSTELLEN
        self.ui.date_label.setVisible(postpone)
        self.ui.date_edit.setVisible(postpone)
        if postpone:
            latest = max((r.due_date for r in self.rows if r.due_date), default=today)
            set_date(self.ui.date_edit, max(latest, today) + dt.timedelta(days=14))
        if change is ActionChange.VERVALLEN:
            self.ui.note_label.setText(self.tr("&Reden (verplicht)"))
        elif reopening:
            self.ui.note_label.setText(self.tr("&Reden heropenen (verplicht)"))
        elif postpone:
            self.ui.note_label.setText(self.tr("&Reden uitstel"))
        self.ui.note_edit.setAccessibleName(self.ui.note_label.text().replace("&", ""))

        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Uitvoeren"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        (self.ui.date_edit if postpone else self.ui.note_edit).setFocus()

    def note(self) -> str | None:
        return text_or_none(self.ui.note_edit.text())

    def new_date(self) -> dt.date | None:
        return from_qdate(self.ui.date_edit) if self.change is ActionChange.UITSTELLEN else None

    def try_accept(self) -> bool:
        if self.needs_note and self.note() is None:
            show_error(self.ui.error_label,
                       self.tr("Geef een reden op; die wordt bij elk actiepunt bewaard."))
            self.ui.note_edit.setFocus()
            return False
        self.accept()
        return True

    def error_text(self) -> str:
        return self.ui.error_label.text()
