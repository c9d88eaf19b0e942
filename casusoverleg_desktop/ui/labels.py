"""Dutch labels of domain values, routed through Qt's translation mechanism."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

CONTEXT = "Domein"


def label(value: Enum) -> str:
    """The user's word for an enum member (``member.label``), translatable in context "Domein"."""
    return QCoreApplication.translate(CONTEXT, getattr(value, "label", str(value.value)))
