"""Dialogs that survive a lock: window-modal with ``open()``, never a nested ``exec()`` loop."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog


def open_modal(dialog: QDialog, on_accepted: Callable[[], object] | None = None,
               on_rejected: Callable[[], object] | None = None) -> QDialog:
    """Show ``dialog`` over its window and return at once; the callback for how it ends runs later.

    The lock hides every window and shows it again after unlock, typed text and all. A dialog in
    ``exec()`` would end when hidden (Qt leaves its event loop), losing what was typed.
    """

    before = QApplication.focusWidget()  # where the user was: the keys go on there afterwards

    def finished(result: int) -> None:
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.PopupFocusReason)  # unless the callback chooses another
        callback = on_accepted if result == QDialog.DialogCode.Accepted else on_rejected
        if callback is not None:
            callback()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
