"""Dialogs that survive a lock: window-modal with ``open()``, never a nested ``exec()`` loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


def open_modal(dialog: QDialog, on_accepted: Callable[[], object] | None = None,
               on_rejected: Callable[[], object] | None = None) -> QDialog:
    """Show ``dialog`` over its window and return at once; the callback for how it ends runs later.

    The lock hides every window and shows it again after unlock, typed text and all. A dialog in
    ``exec()`` would end when hidden (Qt leaves its event loop), losing what was typed.
    """

    def finished(result: int) -> None:
        callback = on_accepted if result == QDialog.DialogCode.Accepted else on_rejected
        if callback is not None:
            callback()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
