"""Content that may need more room than a laptop screen has scrolls inside its window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(content: QWidget, name: str = "content_scroll") -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room there is and scrolls when
    its minimum is more: the window around it keeps its size and its own buttons in view."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab moves between the fields, not onto the area
    area.setWidget(content)
    return area
