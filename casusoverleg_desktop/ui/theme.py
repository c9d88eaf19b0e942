"""Bundled fonts and a calm, readable look that is the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.resources import resource_path

FONT_FAMILY = "Noto Sans"
BASE_POINT_SIZE = 10

STYLE_SHEET = """
QLabel#title_label, QLabel#app_title_label { font-size: 16pt; font-weight: 600; color: #1f3a5f; }
QLabel#error_label { color: #a61b1b; font-weight: 600; }
QLabel#keyring_label, QLabel#vault_label { color: #4a5563; }
QLabel#user_label { color: #1f3a5f; font-weight: 600; padding: 0 12px; }
"""


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
