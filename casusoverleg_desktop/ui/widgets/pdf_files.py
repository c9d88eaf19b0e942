"""Where a PDF goes: the user picks the file (Qt's file picker, suggested name and the folder used
last in this session); ``services.document_export.save_export`` then writes it there and nowhere else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


class _LastFolder:
    """The folder the user saved a document in last, for this session (never stored on disk)."""

    path: Path | None = None


def last_folder() -> Path:
    return _LastFolder.path or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def remember_folder(written: Path) -> None:
    _LastFolder.path = written.parent


def choose_pdf_target(parent: QWidget, suggested_name: str) -> str | None:
    """The file the user chose for a PDF (``.pdf`` added when left off), or None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PdfFiles", "Opslaan als"), str(last_folder() / suggested_name),
        QCoreApplication.translate("PdfFiles", "PDF-document (*.pdf)"))
    if not chosen:
        return None
    return chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
