"""Verslag schriftelijk vaststellen: adopting a held meeting's concept minutes by written procedure.

The minutes were circulated and the members agreed (or raised no objection by a date), so the chair
does not wait for the next meeting: the date the adoption was complete (today by default, never
in the future), how the members agreed, and the corrections (the same editor as in meeting mode).
The sentence the adopted minutes will carry is shown before "Vaststellen". A refusal by the service
is shown in Dutch and everything typed stays.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from casusoverleg_desktop.domain.minutes import adoption_statement
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.services import minutes
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meetings import MeetingInfo
from casusoverleg_desktop.services.minutes import MinutesInfo

from casusoverleg_desktop.ui.dialogs.service_dialog import ServiceDialog, from_qdate, set_date
from casusoverleg_desktop.ui.forms.ui_written_adoption_dialog import Ui_WrittenAdoptionDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.corrections_editor import CorrectionsEditor, StatementBox
from casusoverleg_desktop.ui.widgets.messages import clear_message


class WrittenAdoptionDialog(ServiceDialog):
    """``WrittenAdoptionDialog(ctx, meeting, concept, sections)``; ``result_value`` is the adopted
    version (``MinutesInfo``) once accepted."""

    def __init__(self, ctx: ServiceContext, meeting: MeetingInfo, concept: MinutesInfo,
                 sections: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_WrittenAdoptionDialog(), parent)
        self.meeting = meeting
        self.ok_button.setText(self.tr("Vaststellen"))
        self.ui.minutes_label.setText(self.tr("Verslag van %1 van %2 — concept, versie %3.").replace(
            "%1", meeting.title or label(meeting.meeting_type)).replace(
            "%2", f"{meeting.held_on:%d-%m-%Y}").replace("%3", str(concept.version)))
        today = local_time(self.ctx.clock()).date()  # 'today' as the service judges it: in Dutch time
        self.ui.agreed_on_date.setMaximumDate(QDate(today.year, today.month, today.day))
        set_date(self.ui.agreed_on_date, today)
        self.corrections = CorrectionsEditor(self)
        self.corrections.set_sections(sections)
        self.ui.corrections_layout.addWidget(self.corrections)
        self.statement = StatementBox(self)
        self.ui.statement_layout.addWidget(self.statement)
        self.ui.corrections_label.setBuddy(self.corrections.section_combo)
        self.ui.error_label.setObjectName("error_label")
        self.setTabOrder(self.ui.how_edit, self.corrections.section_combo)
        self.setTabOrder(self.corrections.remove_button, self.ui.button_box)
        self.ui.agreed_on_date.dateChanged.connect(self._show_statement)
        self.ui.how_edit.textChanged.connect(self._show_statement)
        self.corrections.changed.connect(self._show_statement)
        self.setMinimumWidth(680)  # room for a section and a correction side by side
        self.resize(720, self.sizeHint().height())
        self._show_statement()
        self.ui.how_edit.setFocus()

    def sentence(self) -> str:
        how = self.ui.how_edit.toPlainText().strip() or self.tr("hoe de leden instemden")
        return adoption_statement(from_qdate(self.ui.agreed_on_date), None, how,
                                  self.corrections.corrections())

    def _show_statement(self) -> None:
        self.statement.setText(self.tr("<b>Wordt vastgelegd:</b> %1").replace(
            "%1", html.escape(self.sentence())))

    def try_accept(self) -> bool:
        """A correction still in the entry line is added first; when it is incomplete the editor
        says why beside it, and nothing is adopted."""
        clear_message(self.ui.error_label)
        if not self.corrections.add_pending():
            return False
        return super().try_accept()

    def submit(self) -> MinutesInfo:
        return minutes.adopt_in_writing(self.ctx, self.meeting.id, from_qdate(self.ui.agreed_on_date),
                                        self.ui.how_edit.toPlainText(), self.corrections.corrections())
