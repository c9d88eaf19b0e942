"""The Verzoeken page: requests under the AVG received at the contact point, open ones first.

Below the list the chosen request in full, and its next steps: in behandeling nemen, verlengen,
the minor's own position (only when needed), the inzage review and release, afhandelen. Every user
registers requests; deciding on them is the chair's, so a minute taker sees those buttons disabled,
with the reason.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import RequestKind, RequestStatus
from casusoverleg_desktop.domain.labels import counted
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import subject_requests as requests
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.subject_requests import RequestView

from casusoverleg_desktop.ui.dialogs.inzage_review_dialog import InzageReviewDialog, fill
from casusoverleg_desktop.ui.dialogs.request_dialogs import (
    ExtendRequestDialog,
    HandleRequestDialog,
    MinorPositionDialog,
    RegisterRequestDialog,
)
from casusoverleg_desktop.ui.forms.ui_requests_page import Ui_RequestsPage
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import ROW_ROLE, dutch_date
from casusoverleg_desktop.ui.models.request_models import (
    RequestListModel,
    deadline_state,
    due_text,
    requester_text,
)
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.messages import INFO, OK, clear_message, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table


class RequestsPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_RequestsPage()
        self.ui.setupUi(self)
        self.error_label = self.ui.message_label
        self.model = RequestListModel(self.today, self)
        setup_table(self.ui.requests_view, self.model, stretch=RequestListModel.COL_REQUESTER)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([300, 300])  # the details and their buttons in view at 1366×768
        self.ui.requests_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.ui.new_button.clicked.connect(lambda: self.new_request())
        self.ui.start_button.clicked.connect(self.start_handling)
        self.ui.extend_button.clicked.connect(lambda: self.extend())
        self.ui.position_button.clicked.connect(lambda: self.record_position())
        self.ui.review_button.clicked.connect(lambda: self.review())
        self.ui.handle_button.clicked.connect(lambda: self.handle())
        self.ui.requests_view.activated.connect(lambda _index: self._default_step())
        if not self.is_chair():
            show_message(self.ui.role_label, self.tr(
                "U kunt verzoeken registreren en in behandeling nemen. Verlengen, de inzage beoordelen en "
                "vrijgeven en afhandelen doet de voorzitter."), INFO)
        self.refresh()

    def today(self) -> dt.date:
        return local_time(self.ctx.clock()).date()

    def is_chair(self) -> bool:
        """The logged-in user's role as the main window knows it; unknown counts as chair (the services
        refuse anyone else anyway)."""
        role = getattr(getattr(self.navigator, "user", None), "role", None)
        return role in (None, Role.CHAIR)

    # -- Page -------------------------------------------------------------------------------------
    def load(self) -> None:
        current = self.current()
        rows = requests.list_requests(self.ctx)
        self.model.set_rows(rows)
        fit_columns(self.ui.requests_view)
        open_count = sum(1 for r in rows if r.status.is_open)
        overdue = sum(1 for r in rows if deadline_state(r, self.today()) == "overdue")
        self.ui.count_label.setText(fill(self.tr("%1, %2 open, %3 over de termijn"),
                                         counted(len(rows), "verzoek", "verzoeken"), open_count, overdue))
        self.select_request(current.id if current else (rows[0].id if rows else None))
        self._show_current()

    # -- selection --------------------------------------------------------------------------------
    def current(self) -> RequestView | None:
        index = self.ui.requests_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_request(self, request_id: int | None) -> None:
        number = self.model.row_of(request_id) if request_id is not None else None
        if number is not None:
            self.ui.requests_view.selectRow(number)

    def open_request(self, request_id: int) -> None:
        """Show the request (from the Overzicht); reloads first when it is not in the list yet."""
        if self.model.row_of(request_id) is None:
            self.refresh()
        self.select_request(request_id)
        self.ui.requests_view.setFocus()

    def _show_current(self) -> None:
        view = self.current()
        self.ui.detail_label.setText(self.detail_html(view) if view else self.tr(
            "Nog geen verzoeken. Registreer een verzoek dat via het contactpunt binnenkwam met "
            "Nieuw verzoek…"))
        chair = self.is_chair()
        only_chair = self.tr("Dit doet de voorzitter.")
        steps = () if view is None or not view.status.is_open else (
            (self.ui.start_button, view.status is RequestStatus.ONTVANGEN, False),
            (self.ui.extend_button, view.extended_until is None, True),
            (self.ui.position_button, view.needs_minor_position, True),
            (self.ui.review_button, view.kind is RequestKind.INZAGE, True),
            (self.ui.handle_button, True, True),
        )
        for button in self.step_buttons():
            button.setEnabled(False)
        for button, allowed, needs_chair in steps:
            button.setEnabled(allowed and (chair or not needs_chair))
            button.setToolTip(only_chair if needs_chair and not chair else "")
        self.ui.position_button.setVisible(view is not None and view.needs_minor_position)

    def step_buttons(self) -> tuple[QPushButton, ...]:
        return (self.ui.start_button, self.ui.extend_button, self.ui.position_button, self.ui.review_button,
                self.ui.handle_button)

    def detail_html(self, view: RequestView) -> str:
        def row(caption: str, value: str, colour: str | None = None) -> str:
            shown = html.escape(value)
            if colour:
                shown = f'<span style="color:{colour};">{shown}</span>'
            return f"<tr><td>{html.escape(caption)}&nbsp;</td><td><b>{shown}</b></td></tr>"

        state = deadline_state(view, self.today())
        rows = [
            row(self.tr("Verzoek"), fill(self.tr("%1 van %2"), label(view.kind), view.person_pseudonym)),
            row(self.tr("Over"), "; ".join(fill(self.tr("%1 in casus %2 (%3)"), p.pseudonym, p.case_code,
                                                label(p.case_status).lower()) for p in view.persons)),
            row(self.tr("Wie vroeg"), requester_text(view)),
            row(self.tr("Ontvangen"), dutch_date(view.received_on)),
            row(self.tr("Termijn"), due_text(view) + (self.tr(" — verlopen") if state == "overdue" else ""),
                Palette.ERROR if state == "overdue" else None),
            row(self.tr("Status"), label(view.status)),
        ]
        if view.extension_reason:
            rows.append(row(self.tr("Verlengd omdat"), view.extension_reason))
        if view.minor_position:
            rows.append(row(self.tr("Standpunt minderjarige"), view.minor_position))
        if view.outcome:
            rows.append(row(self.tr("Uitkomst"), fill(self.tr("%1 (%2)"), view.outcome,
                                                       dutch_date(view.handled_on))))
        if view.status.is_open and view.refusal:
            rows.append(row(self.tr("Let op"), view.refusal, Palette.ERROR))
        if view.status.is_open and view.needs_minor_position:
            rows.append(row(self.tr("Nog nodig"), self.tr("het standpunt van de minderjarige zelf (12 tot 16 "
                                                          "jaar)"), Palette.ERROR))
        return "<table>" + "".join(rows) + "</table>"

    # -- steps ------------------------------------------------------------------------------------
    def _after(self, dialog: QDialog, done: str) -> QDialog:
        def accepted() -> None:
            result = getattr(dialog, "result_value", None)
            self.refresh()
            if isinstance(result, RequestView):
                self.select_request(result.id)
            show_message(self.ui.message_label, done, OK)

        clear_message(self.ui.message_label)
        return open_modal(dialog, accepted)

    def new_request(self) -> QDialog:
        done = self.tr("Verzoek geregistreerd; de casussen hebben een bewaarplicht zolang het loopt.")
        return self._after(RegisterRequestDialog(self.ctx, self), done)

    def extend(self) -> QDialog | None:
        view = self.current()
        return self._after(ExtendRequestDialog(self.ctx, view, self), self.tr("Termijn verlengd.")) \
            if view else None

    def record_position(self) -> QDialog | None:
        view = self.current()
        return self._after(MinorPositionDialog(self.ctx, view, self),
                           self.tr("Standpunt van de minderjarige vastgelegd.")) if view else None

    def handle(self) -> QDialog | None:
        view = self.current()
        return self._after(HandleRequestDialog(self.ctx, view, self),
                           self.tr("Verzoek afgerond; de bewaarplicht is opgeheven.")) if view else None

    def review(self) -> InzageReviewDialog | None:
        view = self.current()
        if view is None or view.kind is not RequestKind.INZAGE:
            return None
        dialog = InzageReviewDialog(self.ctx, view.id, chair=self.is_chair(), parent=self)
        open_modal(dialog, self.refresh, self.refresh)
        return dialog

    def start_handling(self) -> None:
        view = self.current()
        if view is None:
            return
        try:
            requests.start_handling(self.ctx, view.id)
        except CasusoverlegError as exc:
            self.show_error(exc)
            return
        self.refresh()
        show_message(self.ui.message_label, self.tr("Verzoek in behandeling."), OK)

    def _default_step(self) -> None:
        view = self.current()
        if view is not None and view.kind is RequestKind.INZAGE and self.ui.review_button.isEnabled():
            self.review()


def requests_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return RequestsPage(ctx, navigator)
