"""The base of the main window's pages (Overzicht, Casussen, Overleggen, …).

The main window makes a page the first time it is shown, calls ``refresh`` every time it is shown
and ``save_pending`` before it locks or closes. What a page opens for the navigator (a case, a
meeting, an action) it offers as a typed method of its own (``CasesPage.open_case``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error


class Page(QWidget):
    """One page: ``load`` its data, ``refresh`` when shown, ``show_error`` when something is refused.

    - ``load()``: read the page's data from the services and show it; each page writes its own.
    - ``refresh()``: ``load()``, with a refusal from the services (a ``CasusoverlegError``) shown by
      ``show_error`` instead of raised.
    - ``show_error(error)``: in the page's ``error_label`` when it has one, else in a warning box.
    - ``save_pending()``: store what was typed but not saved yet (before a lock); nothing by default.
    """

    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigator = navigator
        self.error_label: QLabel | None = None

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        try:
            self.load()
        except CasusoverlegError as exc:
            self.show_error(exc)

    def show_error(self, error: BaseException | str, title: str = "") -> None:
        show_error(self.error_label if self.error_label is not None else self, error, title)

    def clear_error(self) -> None:
        if self.error_label is not None:
            clear_message(self.error_label)

    def save_pending(self) -> None:
        """Nothing typed stays unsaved on this page."""


__all__ = ["Page"]
