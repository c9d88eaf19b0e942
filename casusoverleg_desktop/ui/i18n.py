"""Qt translations: Dutch is the source language; Qt's own dialogs get their Dutch catalogue."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.resources import resource_path

DEFAULT_LOCALE = "nl_NL"


def install_translators(app: QApplication, locale_name: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Load Qt's catalogue and ours for ``locale_name``; returns them so they stay alive."""
    locale = QLocale(locale_name)
    QLocale.setDefault(locale)
    loaded = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "casusoverleg", "_", str(resource_path("translations"))):
        loaded.append(ours)
    for translator in loaded:
        app.installTranslator(translator)
    return loaded
