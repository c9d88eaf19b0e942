"""Questions the user answers before the app goes on, in Dutch, with "no" as the default answer.

    if not self.ask(self, title, text, self.tr("Toch delen")):   # waits for the answer
        return
    ask_later(self, title, text, self.tr("Ja, openen"), go, cancel=self.tr("Nee"))  # answers later

``ask`` waits (for a check in the middle of a change, e.g. a checkbox being ticked); ``ask_later``
opens the box window-modal and returns at once, as ``modal.open_modal`` does for dialogs. Escape,
closing the box and a lock of the vault all count as "no". Widgets keep the function they ask with
in an attribute (``self.ask = ask``), so a test can answer for the user.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Ask = Callable[[QWidget | None, str, str, str], bool]
"""``ask(parent, title, text, proceed)``: True when the user chose ``proceed``."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vragen", text)


def question_box(parent: QWidget | None, title: str, text: str, proceed: str,
                 cancel: str = "") -> QMessageBox:
    """A warning box with two buttons: ``proceed`` and ``cancel`` (default "Annuleren"), the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(proceed)
    no = box.button(QMessageBox.StandardButton.No)
    no.setText(cancel or _tr("Annuleren"))
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box


def ask(parent: QWidget | None, title: str, text: str, proceed: str) -> bool:
    """Ask and wait; True only when the user chose ``proceed``."""
    box = question_box(parent, title, text, proceed)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def ask_later(parent: QWidget, title: str, text: str, proceed: str, on_proceed: Callable[[], object],
              cancel: str = "") -> QMessageBox:
    """Ask without waiting: ``on_proceed`` runs when the user chose ``proceed``; the box is returned."""
    box = question_box(parent, title, text, proceed, cancel)

    def finished(_result: int) -> None:
        chosen = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        if chosen:
            on_proceed()

    box.finished.connect(finished)
    box.open()
    return box


def names_text(names: Sequence[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    if len(names) < 2:
        return "".join(names)
    return _tr("%1 en %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])


def without_covenant_text(names: Sequence[str], question: str) -> str:
    """The warning before something reaches partners that have not signed the covenant: it names
    them and ends with ``question``, whose %1 becomes their names ("Toch delen met %1?")."""
    listed = names_text(names)
    subject = (_tr("%1 heeft het convenant niet getekend.") if len(names) == 1
               else _tr("%1 hebben het convenant niet getekend.")).replace("%1", listed)
    rule = _tr("Zonder convenant krijgt een partner niets, tenzij de voorzitter daar bewust toe besluit.")
    return f"{subject} {rule}\n\n{question.replace('%1', listed)}"


__all__ = ["Ask", "ask", "ask_later", "names_text", "question_box", "without_covenant_text"]
