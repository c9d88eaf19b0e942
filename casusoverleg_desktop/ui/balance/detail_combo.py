"""A picker of the quick entry line (soort, gewicht, domein, bron) that works with mouse and keys.

Typed letters are collected while typing (a pause starts anew) and choose the first item that
begins with them, or one of whose words does: "gezo" and "ggz" both reach Gezondheid/GGZ, where a
first letter alone is ambiguous. While more than one item fits, a tooltip names them. Enter asks
for the line to be added (``submit_requested``); with the popup open, Enter only chooses.
"""

from __future__ import annotations

import re
import time
import unicodedata

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QToolTip, QWidget

TYPING_PAUSE_S = 1.0
"""A pause longer than this (or Qt's keyboard interval, if longer) starts a new search."""
_WORD_BREAK = re.compile(r"[\s/&,()-]+")


def _fold(text: str) -> str:
    """Lower case without accents: "Wonen/financiën" is found by typing "financien"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class DetailCombo(QComboBox):
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0

    def candidates(self, typed: str) -> list[int]:
        """Rows whose text begins with ``typed``, then rows with a word that does; items without
        data (the "— none —" item) are never chosen by typing."""
        wanted = _fold(typed)
        starts, words = [], []
        for row in range(self.count()):
            if self.itemData(row) is None:
                continue
            text = _fold(self.itemText(row))
            if text.startswith(wanted):
                starts.append(row)
            elif any(word.startswith(wanted) for word in _WORD_BREAK.split(text)):
                words.append(row)
        return starts + words

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        key, text = event.key(), event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.submit_requested.emit()
            return
        if key == Qt.Key.Key_Backspace and self._typed:
            self._search(self._typed[:-1], fresh=False)
            return
        continuing = self._typed and time.monotonic() - self._typed_at <= self._pause()
        if plain and text and text.isprintable() and (not text.isspace() or continuing):
            self._search(self._typed + text if continuing else text, fresh=not continuing)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt API
        self._typed = ""
        QToolTip.hideText()
        super().focusOutEvent(event)

    @staticmethod
    def _pause() -> float:
        return max(TYPING_PAUSE_S, QApplication.keyboardInputInterval() / 1000)

    def _search(self, typed: str, *, fresh: bool) -> None:
        rows = self.candidates(typed) if typed else []
        if typed and not rows and not fresh:
            self._search(typed[-1], fresh=True)  # the last letter may begin a new search
            return
        self._typed_at = time.monotonic()
        if not rows:
            self._typed = ""
            QToolTip.hideText()
            return
        self._typed = typed
        self.setCurrentIndex(rows[0])
        if len(rows) > 1:
            names = ", ".join(self.itemText(row) for row in rows)
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())),
                              self.tr("%1…: %2 — typ verder om te kiezen").replace("%1", typed)
                              .replace("%2", names), self)
        else:
            QToolTip.hideText()


__all__ = ["DetailCombo"]
