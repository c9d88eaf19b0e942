"""The open ends of a case in the close dialog, each with a choice of what happens to it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from casusoverleg_desktop.services.case_closing import (
    ActionChoice,
    ActionDisposition,
    FeedbackDisposition,
    InformedDisposition,
    OpenEnds,
)
from casusoverleg_desktop.services.partners import PartnerInfo

from casusoverleg_desktop.ui.widgets.combos import fill_items

GIVE, NO_FEEDBACK = "geven", "geen"


class OpenEndsPanel(QScrollArea):
    """One row per open action, waiting reporter and postponed informing; scrolls when there are many
    so the dialog fits a 1366x768 screen."""

    def __init__(self, ends: OpenEnds, partners: Sequence[PartnerInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMaximumHeight(300)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        self.action_rows: list[tuple[int, QComboBox, QComboBox, QLineEdit]] = []
        self.feedback_rows: list[tuple[int, QComboBox, QLineEdit, QLineEdit]] = []
        self.informing_rows: list[tuple[int, QComboBox, QLineEdit]] = []
        row = 0

        def heading(text: str) -> None:
            nonlocal row
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, row, 0, 1, 4)
            row += 1

        def item(text: str, choices: list[tuple[str, object]], name: str) -> QComboBox:
            nonlocal row
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            combo = QComboBox()
            combo.setAccessibleName(name)
            fill_items(combo, choices, self.tr("— kies —"))
            grid.addWidget(combo, row, 1)
            return combo

        def line(placeholder: str, column: int) -> QLineEdit:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            grid.addWidget(edit, row, column)
            return edit

        if ends.actions:
            heading(self.tr("Open actiepunten"))
        for action in ends.actions:
            combo = item(f"{action.label} {action.description} ({action.owner})",
                         [(self.tr("afronden"), ActionChoice.AFRONDEN.value),
                          (self.tr("overdragen"), ActionChoice.OVERDRAGEN.value),
                          (self.tr("laten vervallen"), ActionChoice.VERVALLEN.value)],
                         self.tr("Afhandeling van %1").replace("%1", action.label))
            partner = QComboBox()
            partner.setAccessibleName(self.tr("Overdragen aan"))
            fill_items(partner, [(p.name, p.id) for p in partners], self.tr("— overdragen aan —"))
            grid.addWidget(partner, row, 2)
            note = line(self.tr("toelichting of reden"), 3)
            self.action_rows.append((action.id, combo, partner, note))
            combo.currentIndexChanged.connect(lambda _i, c=combo, p=partner: p.setEnabled(
                c.currentData() == ActionChoice.OVERDRAGEN.value))
            partner.setEnabled(False)
            row += 1
        if ends.feedback:
            heading(self.tr("Melders zonder terugkoppeling"))
        for waiting in ends.feedback:
            combo = item(waiting.reporter, [(self.tr("nu terugkoppelen"), GIVE),
                                            (self.tr("geen terugkoppeling"), NO_FEEDBACK)],
                         self.tr("Terugkoppeling aan %1").replace("%1", waiting.reporter))
            given_to = line(self.tr("aan wie"), 2)
            text = line(self.tr("wat is teruggekoppeld, of waarom niet"), 3)
            self.feedback_rows.append((waiting.reporter_id, combo, given_to, text))
            row += 1
        if ends.informing:
            heading(self.tr("Uitgesteld informeren"))
        for postponed in ends.informing:
            combo = item(postponed.subject, [(self.tr("geïnformeerd bij afsluiting"), True),
                                             (self.tr("niet geïnformeerd"), False)],
                         self.tr("Informeren van %1").replace("%1", postponed.subject))
            note = line(self.tr("door wie, of waarom niet"), 2)
            grid.addWidget(note, row, 2, 1, 2)
            self.informing_rows.append((postponed.record_id, combo, note))
            row += 1
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 2)
        self.setWidget(body)
        self.setVisible(not ends.empty)

    def action_dispositions(self) -> list[ActionDisposition]:
        return [ActionDisposition(action_id, ActionChoice(combo.currentData()), note.text() or None,
                                  partner.currentData())
                for action_id, combo, partner, note in self.action_rows if combo.currentData() is not None]

    def feedback_dispositions(self) -> list[FeedbackDisposition]:
        found = []
        for reporter_id, combo, given_to, text in self.feedback_rows:
            if combo.currentData() == GIVE:
                found.append(FeedbackDisposition(reporter_id, text.text(), given_to.text()))
            elif combo.currentData() == NO_FEEDBACK:
                found.append(FeedbackDisposition(reporter_id, no_feedback_reason=text.text()))
        return found

    def informed_dispositions(self) -> list[InformedDisposition]:
        return [InformedDisposition(record_id, combo.currentData(), note.text())
                for record_id, combo, note in self.informing_rows if combo.currentData() is not None]
