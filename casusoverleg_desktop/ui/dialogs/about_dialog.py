"""Over Casusoverleg Desktop: the version and licence (from the package's metadata) and where the
vault, its back-ups and the program's data folder are on this computer."""

from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop import __version__
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.paths import VaultPaths

DISTRIBUTION = "casusoverleg-desktop"


def package_facts() -> tuple[str, str]:
    """(version, licence) from the installed package's metadata; the frozen app carries it too
    (``installer/casusoverleg.spec``). Without metadata: the package's own version, no licence."""
    try:
        data = metadata.metadata(DISTRIBUTION).json
    except metadata.PackageNotFoundError:
        return __version__, ""
    return str(data["version"]), str(data.get("license_expression") or data.get("license") or "")


class AboutDialog(QDialog):
    def __init__(self, vault_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("Over Casusoverleg Desktop"))
        self.vault_root = vault_root
        version, licence = package_facts()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Casusoverleg Desktop"))
        title.setObjectName("title_label")
        layout.addWidget(title)
        intro = QLabel(self.tr("Voor het casusoverleg in een Zorg- en Veiligheidshuis. Werkt zonder netwerk; "
                               "alle gegevens staan versleuteld in de kluis op deze computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, caption, value in (
            ("version", self.tr("Versie"),
             f"{version} (Qt {qVersion()}, Python {platform.python_version()})"),
            ("licence", self.tr("Licentie"),
             self.tr("%1; lettertype Noto Sans: SIL Open Font License 1.1")
             .replace("%1", licence or self.tr("onbekend"))),
            ("vault", self.tr("Kluis"), str(vault_root)),
            ("backups", self.tr("Back-ups"), str(VaultPaths(vault_root).backups)),
            ("data", self.tr("Gegevensmap"), str(Settings.default_vault_dir().parent)),
        ):
            value_label = QLabel(html.escape(value))
            value_label.setObjectName(f"{key}_value")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value_label.setAccessibleName(caption)
            form.addRow(caption, value_label)
            self.values[key] = value_label
        layout.addLayout(form)
        hint = QLabel(self.tr("In de gegevensmap komt een nieuwe kluis als u geen andere map kiest. De "
                              "kluis is zonder uw wachtwoord of de herstelcode niet te openen."))
        hint.setObjectName("hint_label")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(self.tr("Map van de kluis openen"))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_vault_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, layout.totalHeightForWidth(640))

    def open_vault_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vault_root)))


__all__ = ["AboutDialog", "package_facts"]
