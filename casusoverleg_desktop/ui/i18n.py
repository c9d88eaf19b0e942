"""Qt translations: Dutch is the source language; Qt's own dialogs get their Dutch catalogue."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.resources import resource_path

DEFAULT_LOCALE = "nl_NL"

# Qt's own strings whose source text changed after its Dutch catalogue was made: without these the
# file dialogs say "Look in" and "Files of type" among Dutch labels.
QT_GAPS_NL = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
}


class CatalogueGaps(QTranslator):
    """Translations for what Qt's catalogue for the locale lacks (``QT_GAPS_NL``)."""

    def __init__(self, gaps: dict[tuple[str, str], str], parent: QApplication) -> None:
        super().__init__(parent)
        self._gaps = gaps

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self._gaps.get((context, source))

    def isEmpty(self) -> bool:  # Qt override
        return not self._gaps


def install_translators(app: QApplication, locale_name: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Load Qt's catalogue and ours for ``locale_name``; returns them so they stay alive."""
    locale = QLocale(locale_name)
    QLocale.setDefault(locale)
    loaded = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
        if locale.name() == DEFAULT_LOCALE:
            loaded.append(CatalogueGaps(QT_GAPS_NL, app))
    ours = QTranslator(app)
    if ours.load(locale, "casusoverleg", "_", str(resource_path("translations"))):
        loaded.append(ours)
    for translator in loaded:
        app.installTranslator(translator)
    return loaded
