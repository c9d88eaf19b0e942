"""The one place that finds bundled files, in a source checkout and in a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_root() -> Path:
    """The folder holding ``resources/`` (fonts, icons, translations)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath("resources", *parts)


def package_path(*parts: str) -> Path:
    """A data file shipped inside the package (migrations, schemas)."""
    return PACKAGE_DIR.joinpath(*parts)
