"""The one way to tell the user something went wrong (or right): ``show_error`` and ``show_message``.

    show_error(self.ui.error_label, exc)        # in a label next to what the user did
    show_error(self, exc, self.tr("Casus openen"))  # no label at hand: a warning box over the window
    show_message(label, self.tr("Opgeslagen."), OK)
    clear_message(label)

A message in a label is plain text; its look comes from the application style sheet through the
label's ``message`` property (``QLabel[message="error"]`` in ``ui/theme/stylesheet.py``). A form's
message line keeps its place while empty; a ``QuietLabel`` takes no room until it has something to say.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError

from casusoverleg_desktop.ui.theme import set_style_property
from casusoverleg_desktop.ui.widgets.wrapped_label import WrappedLabel

Tone = Literal["error", "ok", "info"]
ERROR: Tone = "error"
OK: Tone = "ok"
INFO: Tone = "info"
MESSAGE_PROPERTY = "message"


def error_text(error: BaseException | str) -> str:
    """The Dutch sentence for ``error``: a project error's ``message``, else the text itself."""
    if isinstance(error, CasusoverlegError):
        return error.message
    return str(error)


class QuietLabel(WrappedLabel):
    """A word-wrapped label that takes no room while it has no text: for errors, confirmations, hints.

    ``name`` is the object name the style sheet knows it by (``error_label``, ``hint_label``, …).
    Designer forms use it by promoting a QLabel (header ``casusoverleg_desktop/ui/widgets/messages.h``).
    """

    def __init__(self, parent: QWidget | None = None, *, name: str = "", wrap: bool = True) -> None:
        super().__init__("", parent)
        if name:
            self.setObjectName(name)
        self.setWordWrap(wrap)
        self.hide()

    def setText(self, text: str) -> None:  # Qt API
        super().setText(text)
        self.setVisible(bool(text))


def show_message(label: QLabel, text: str, tone: Tone = INFO) -> None:
    """``text`` in ``label`` as plain text, styled for ``tone``, and the label shown.

    An empty text clears the label; a ``QuietLabel`` then hides, a plain label keeps its place.
    """
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_style_property(label, MESSAGE_PROPERTY, tone)
    label.setText(text)
    if text:
        label.show()


def clear_message(label: QLabel) -> None:
    show_message(label, "")


def show_error(where: QWidget, error: BaseException | str, title: str = "") -> None:
    """Show ``error`` (a ``CasusoverlegError`` or a Dutch sentence) to the user.

    In ``where`` when it is a label (the form's error line); otherwise in a warning box over
    ``where``, titled ``title`` (default: its window's title), that the user closes with OK.
    """
    text = error_text(error)
    if isinstance(where, QLabel):
        show_message(where, text, ERROR)
    else:
        QMessageBox.warning(where, title or where.window().windowTitle(), text)


__all__ = ["ERROR", "INFO", "OK", "QuietLabel", "Tone", "clear_message", "error_text", "show_error",
           "show_message"]
