"""Content that may need more room than a laptop screen has scrolls inside its window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget


class FittingScrollArea(QScrollArea):
    """Gives its content exactly the room there is, and scrolls only when the content's *minimum*
    is more. (``widgetResizable`` sizes content with wrapped text by its preferred height, so it
    would scroll even where the content fits.)"""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focus)

    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A key that puts the cursor in a field below the fold scrolls that field into view."""
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new, 8, 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        room, needed = self.viewport().size(), content.minimumSizeHint()
        content.resize(max(room.width(), needed.width()), max(room.height(), needed.height()))


def scrolled(content: QWidget, name: str = "content_scroll") -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room there is and scrolls when
    its minimum is more: the window around it keeps its size and its own buttons in view."""
    area = FittingScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab moves between the fields, not onto the area
    area.setWidget(content)
    return area
