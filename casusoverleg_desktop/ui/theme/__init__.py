"""Bundled fonts, one palette and one style sheet: a calm, readable look that is the same on every machine.

- ``Palette``: every colour, named by meaning (``palette.py``);
- ``STYLE_SHEET``: the application's one style sheet, made from the palette (``stylesheet.py``);
- ``apply_theme(app)``: fonts, base font and style sheet, once at start-up.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from casusoverleg_desktop.resources import resource_path

from casusoverleg_desktop.ui.theme.palette import Palette
from casusoverleg_desktop.ui.theme.stylesheet import STYLE_SHEET

FONT_FAMILY = "Noto Sans"
BASE_POINT_SIZE = 10


def load_fonts() -> list[str]:
    families = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply_theme(app: QApplication) -> None:
    load_fonts()
    app.setFont(QFont(FONT_FAMILY, BASE_POINT_SIZE))
    app.setStyleSheet(STYLE_SHEET)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property it selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (``QLabel[message="error"]``) and restyle."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        restyle(widget)


__all__ = ["BASE_POINT_SIZE", "FONT_FAMILY", "STYLE_SHEET", "Palette", "apply_theme", "load_fonts", "restyle",
           "set_style_property"]
