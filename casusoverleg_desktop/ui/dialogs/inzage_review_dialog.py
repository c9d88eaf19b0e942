"""The redaction review of an inzage request and its release (AVG art. 15 lid 4, art. 23).

One card per review item: why it would reveal a third party, the item as it stands in the vault
(unredacted: this is the chair's screen), the choice Tonen/Weglakken/Achterhouden with a required
reason, and for police or OM items "bron geraadpleegd". Items without a third party are counted and
listed folded. "Vrijgeven…" is enabled once every item has a recorded choice and nothing refuses the
release (a parent without gezag, a minor's position missing); it writes the PDF where the chair
chooses and the JSON beside it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from casusoverleg_desktop.documents.inzage import Dossier, DossierItem
from casusoverleg_desktop.domain.enums import RedactionChoice
from casusoverleg_desktop.errors import CasusoverlegError, InputError
from casusoverleg_desktop.services import document_export, inzage
from casusoverleg_desktop.services import subject_requests as requests
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.inzage import Released, ReviewDecisionView
from casusoverleg_desktop.services.subject_requests import RequestView

from casusoverleg_desktop.ui.forms.ui_inzage_review_dialog import Ui_InzageReviewDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import dutch_date
from casusoverleg_desktop.ui.widgets.combos import enum_value, fill_items, select_data
from casusoverleg_desktop.ui.widgets.messages import ERROR, OK, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.pdf_files import choose_pdf_target, remember_folder


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2, … replaced by ``values`` (Qt's placeholders in translated text)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


@dataclass
class ReviewRow:
    """The controls of one review item."""

    item: DossierItem
    case_code: str
    frame: QFrame
    choice_combo: QComboBox
    reason_edit: QLineEdit
    source_check: QCheckBox
    state_label: QLabel

    def choice(self) -> RedactionChoice | None:
        return enum_value(self.choice_combo, RedactionChoice)

    def name(self) -> str:
        return f"{self.item.kind} {self.item.label} ({self.case_code})"


class InzageReviewDialog(QDialog):
    def __init__(self, ctx: ServiceContext, request_id: int, *, chair: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.chair = chair
        self.ui = Ui_InzageReviewDialog()
        self.ui.setupUi(self)
        self.resize(1000, 700)  # kept within the screen by the screen-fit helper
        self.rows: list[ReviewRow] = []
        self.decisions: dict[str, ReviewDecisionView] = {}
        self.view: RequestView | None = None
        self.released: Released | None = None
        self.ui.save_button.clicked.connect(self.save_choices)
        self.ui.release_button.clicked.connect(lambda: self.release())
        self.ui.close_button.clicked.connect(self.accept)
        self.load()

    # -- reading -------------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.view = requests.get_request(self.ctx, self.request_id)
            dossier = inzage.build_dossier(self.ctx, self.request_id)
            self.decisions = inzage.review_decisions(self.ctx, self.request_id)
        except CasusoverlegError as exc:
            show_error(self.ui.message_label, exc)
            self.ui.save_button.setEnabled(False)
            self.ui.release_button.setEnabled(False)
            return
        view = self.view
        title = self.tr("Inzage voor %1").replace("%1", view.person_pseudonym)
        self.setWindowTitle(title)
        self.ui.heading_label.setText(f"<b>{html.escape(title)}</b> — " + html.escape(fill(
            self.tr("verzoek van %1, ontvangen %2, antwoord uiterlijk %3"), label(view.requester),
            dutch_date(view.received_on), dutch_date(view.due))))
        self._build_rows(dossier)
        self._update_state()

    def _build_rows(self, dossier: Dossier) -> None:
        layout = self.ui.items_layout
        while layout.count():
            taken = layout.takeAt(0)
            if taken.widget() is not None:
                taken.widget().deleteLater()
        self.rows = []
        plain: list[str] = []
        for case in dossier.cases:
            for item in case.items:
                if item.needs_review:
                    row = self._row(item, case.code)
                    self.rows.append(row)
                    layout.addWidget(row.frame)
                else:
                    plain.append(f"{case.code} · {item.kind} {item.label}")
        toggle = QToolButton(self.ui.items_widget)
        toggle.setObjectName("plain_items_toggle")
        toggle.setCheckable(True)
        toggle.setText(fill(self.tr("%1 onderdelen zonder derden (worden getoond) ▸"), len(plain)))
        listing = QLabel("\n".join(plain), self.ui.items_widget)
        listing.setObjectName("plain_items_label")
        listing.setWordWrap(True)
        listing.setVisible(False)
        toggle.toggled.connect(listing.setVisible)
        layout.addWidget(toggle)
        layout.addWidget(listing)
        layout.addStretch(1)
        self.plain_count = len(plain)

    def _row(self, item: DossierItem, case_code: str) -> ReviewRow:
        frame = QFrame(self.ui.items_widget)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName(f"review_{item.key.replace(':', '_')}")
        grid = QGridLayout(frame)
        when = f" · {dutch_date(item.day)}" if item.day else ""
        heading = QLabel(f"<b>{html.escape(item.kind)} {html.escape(item.label)}</b> · "
                         f"{html.escape(case_code)}{when}", frame)
        why = list(item.third_party) + ([self.tr("van politie of OM: navragen bij de bron")]
                                        if item.ask_source else [])
        why_label = QLabel(self.tr("Waarom: %1").replace("%1", "; ".join(why)), frame)
        why_label.setWordWrap(True)
        source = f"\n{self.tr('Bron: %1').replace('%1', item.source)}" if item.source else ""
        text_label = QLabel(item.text + source, frame)
        text_label.setWordWrap(True)
        text_label.setAccessibleName(self.tr("Tekst zoals de persoon die zonder weglakken zou zien"))
        choice = QComboBox(frame)
        choice.setAccessibleName(self.tr("Keuze voor %1").replace("%1", f"{item.kind} {item.label}"))
        fill_items(choice, [(label(c), c) for c in RedactionChoice], self.tr("— kies —"))
        reason = QLineEdit(frame)
        reason.setPlaceholderText(self.tr("Reden (verplicht), bijv. beschermt de melder (AVG art. 15 lid 4)"))
        reason.setAccessibleName(self.tr("Reden van de keuze"))
        checked = QCheckBox(self.tr("Bron geraadpleegd"), frame)
        checked.setVisible(item.ask_source)
        state = QLabel(frame)
        state.setWordWrap(True)
        grid.addWidget(heading, 0, 0, 1, 4)
        grid.addWidget(why_label, 1, 0, 1, 4)
        grid.addWidget(text_label, 2, 0, 1, 4)
        grid.addWidget(choice, 3, 0)
        grid.addWidget(reason, 3, 1)
        grid.addWidget(checked, 3, 2)
        grid.addWidget(state, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        row = ReviewRow(item, case_code, frame, choice, reason, checked, state)
        decided = self.decisions.get(item.key)
        if decided is not None:
            select_data(choice, decided.choice)
            reason.setText(decided.reason or "")
            checked.setChecked(decided.source_checked)
        for widget in (choice, reason, checked):
            widget.setEnabled(self.chair)
        return row

    # -- state ---------------------------------------------------------------------------------------
    def undecided(self) -> list[ReviewRow]:
        return [row for row in self.rows if row.item.key not in self.decisions]

    def refusal(self) -> str | None:
        return self.view.refusal if self.view is not None else None

    def _update_state(self) -> None:
        for row in self.rows:
            decided = self.decisions.get(row.item.key)
            row.state_label.setText(
                self.tr("Vastgelegd: %1 (%2)").replace("%1", label(decided.choice))
                .replace("%2", decided.decided_by) if decided else self.tr("Nog niet beoordeeld."))
        open_items = len(self.undecided())
        self.ui.summary_label.setText(
            self.tr("%1 onderdelen ter beoordeling, %2 nog zonder keuze; %3 onderdelen zonder derden.")
            .replace("%1", str(len(self.rows))).replace("%2", str(open_items))
            .replace("%3", str(self.plain_count)))
        refusal = self.refusal()
        if refusal is None and self.view is not None and self.view.needs_minor_position:
            refusal = self.tr("De persoon is tussen 12 en 16 jaar: leg eerst het standpunt van de "
                              "minderjarige zelf vast (Standpunt minderjarige… op de pagina Verzoeken).")
        if refusal:
            show_message(self.ui.refusal_label, fill(self.tr("Niet vrij te geven: %1"), refusal), ERROR)
        else:
            clear_message(self.ui.refusal_label)
            self.ui.refusal_label.hide()
        self.ui.save_button.setEnabled(self.chair and bool(self.rows))
        self.ui.release_button.setEnabled(self.chair and not refusal and open_items == 0
                                          and self.released is None)
        if not self.chair:
            self.ui.save_button.setToolTip(self.tr("Alleen de voorzitter beoordeelt en geeft vrij."))
            show_message(self.ui.message_label, self.tr(
                "Alleen de voorzitter beoordeelt wat de persoon te zien krijgt en geeft de inzage vrij; "
                "u kunt meekijken."), ERROR)

    # -- deciding ------------------------------------------------------------------------------------
    def save_choices(self) -> list[str]:
        """Record every row with a choice that differs from what is stored; refusals are listed per item
        and their input stays. Returns the keys recorded."""
        clear_message(self.ui.message_label)
        saved, refused = [], []
        for row in self.rows:
            choice = row.choice()
            if choice is None:
                continue
            stored = self.decisions.get(row.item.key)
            reason = row.reason_edit.text()
            checked = row.source_check.isChecked()
            if stored is not None and (stored.choice, stored.reason or "", stored.source_checked) == (
                    choice, reason.strip(), checked):
                continue
            try:
                inzage.decide(self.ctx, self.request_id, row.item.key, choice, reason, source_checked=checked)
            except CasusoverlegError as exc:
                refused.append(f"• {row.name()}: {exc.message}")
            else:
                saved.append(row.item.key)
        if saved:
            self.decisions = inzage.review_decisions(self.ctx, self.request_id)
            self.view = requests.get_request(self.ctx, self.request_id)
        self._update_state()
        message = self.ui.message_label
        if refused:
            show_message(message, self.tr("Niet vastgelegd:") + "\n" + "\n".join(refused), ERROR)
        elif saved:
            show_message(message, fill(self.tr("%1 keuze(s) vastgelegd."), len(saved)), OK)
        elif not any(row.choice() for row in self.rows):
            show_message(message, self.tr("Kies per onderdeel Tonen, Weglakken of Achterhouden, "
                                          "met de reden."), ERROR)
        return saved

    # -- release -------------------------------------------------------------------------------------
    def release(self, target: str | Path | None = None) -> Released | None:
        """The inzage as PDF where the chair chooses (``target`` in tests), the JSON beside it."""
        if not self.ui.release_button.isEnabled():
            return None
        clear_message(self.ui.message_label)
        person = self.view.person_pseudonym if self.view else str(self.request_id)
        suggested = f"inzage-{person}.pdf".replace(" ", "-")
        chosen = target if target is not None else choose_pdf_target(self, suggested)
        if chosen is None:
            return None
        pdf_path = Path(chosen)
        json_path = pdf_path.with_suffix(".json")
        try:
            if json_path.exists():
                raise InputError(self.tr("%1 bestaat al; kies een andere bestandsnaam.").replace(
                    "%1", str(json_path)))
            released = inzage.release(self.ctx, self.request_id)
            written = document_export.save_export(pdf_path, released.pdf.pdf)
            beside = document_export.save_export(json_path, released.json_text.encode("utf-8"))
        except CasusoverlegError as exc:
            show_error(self.ui.message_label, exc)
            return None
        remember_folder(written)
        self.released = released
        counts = {c: sum(1 for line in released.sheet if line.choice is c) for c in RedactionChoice}
        show_message(self.ui.message_label, fill(self.tr(
            "Vrijgegeven en opgeslagen als %1 (met %2). Van de beoordeelde onderdelen: %3 getoond, %4 "
            "weggelakt, %5 achtergehouden; de keuzes staan in het logboek. Rond het verzoek nu af met "
            "Afhandelen…"), written, beside.name, *(counts[c] for c in RedactionChoice)), OK)
        self._update_state()
        return released
