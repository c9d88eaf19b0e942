"""The base of the main window's pages (Overzicht, Casussen, Overleggen, …).

The main window makes a page the first time it is shown, calls ``refresh`` every time it is shown
and ``save_pending`` before it locks or closes. What a page opens for the navigator (a case, a
meeting, an action) it offers as a typed method of its own (``CasesPage.open_case``).

A page with a text filter declares it (``set_filter``): Ctrl+F in the main window goes there from
anywhere (``focus_filter``); from the filter, Down moves into the list it filters and Enter opens
the one row left, as activating it (Enter, double-click) in the list does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QWidget

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
        self.filter_edit: QLineEdit | None = None
        self.filter_view: QAbstractItemView | None = None

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

    # -- the filter -------------------------------------------------------------------------------
    def set_filter(self, edit: QLineEdit, view: QAbstractItemView) -> None:
        """``edit`` filters the rows of ``view``: see the module's docstring."""
        self.filter_edit, self.filter_view = edit, view
        edit.installEventFilter(self)

    def focus_filter(self) -> bool:
        """Put the keyboard in the filter, its text selected; False when the page has none."""
        if self.filter_edit is None:
            return False
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if event.key() == Qt.Key.Key_Down:
                return self._enter_list()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._open_single_match()
        return super().eventFilter(watched, event)

    def _enter_list(self) -> bool:
        view = self.filter_view
        if view is None or view.model() is None or view.model().rowCount() == 0:
            return False
        if not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _open_single_match(self) -> bool:
        view = self.filter_view
        if view is None or view.model() is None or view.model().rowCount() != 1:
            return False
        index = view.model().index(0, 0)
        view.setCurrentIndex(index)
        view.activated.emit(index)
        return True


__all__ = ["Page"]
