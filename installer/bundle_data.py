"""What the frozen app carries besides its Python modules, and the facts every installer shares.

Read by ``installer/casusoverleg.spec``, ``installer/build.py`` and ``tests/installer``. Plain Python
(no PyInstaller import), so the rules can be tested without building anything.

Where files land: ``casusoverleg_desktop.resources`` resolves ``resource_path(...)`` under
``<bundle>/resources/`` and ``package_path(...)`` under ``<bundle>/casusoverleg_desktop/``, so files
keep the same relative place as in a source checkout.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "casusoverleg_desktop"

# Resource folders (below resources/) and which files of each the app needs at run time.
RESOURCE_PATTERNS: dict[str, tuple[str, ...]] = {
    "fonts": ("*.ttf", "OFL.txt"),
    "icons": ("*.svg", "*.png"),
    "translations": ("*.qm",),
}
# Qt's own Dutch catalogue (file dialogs, standard buttons), loaded at start by ui/i18n.py from Qt's
# translations folder. PyInstaller's Qt hooks put it there in the bundle; build.py checks it did.
QT_CATALOGUES = ("qtbase_nl.qm",)
# Alembic loads migrations by file path (env.py, versions/*.py): they must be real files.
MIGRATIONS = ("store", "migrations")
MIGRATION_FILES = ("env.py", "script.py.mako", "versions/*.py")
# Package files that are not code are always data (JSON schemas, templates, ...).
NOT_DATA_SUFFIXES = {".py", ".pyc", ".pyo", ".pyi"}
SKIPPED_DIRS = {"__pycache__"}


@dataclass(frozen=True)
class ProjectInfo:
    """Name and version from pyproject.toml, and the names the installers use."""

    distribution: str  # "casusoverleg-desktop"
    version: str  # "0.1.0"
    description: str
    exe_name: str = "casusoverleg"  # the console script, and the bundle folder in dist/
    display_name: str = "Casusoverleg"
    bundle_id: str = "nl.casusoverleg.desktop"

    @property
    def numeric_version(self) -> tuple[int, int, int, int]:
        """Four numbers for Windows version resources: ``1.2.3rc1`` → (1, 2, 3, 0)."""
        numbers = [int(part) for part in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        major, minor, patch, build = (numbers + [0, 0, 0, 0])[:4]
        return major, minor, patch, build

    @property
    def numeric_version_text(self) -> str:
        return ".".join(map(str, self.numeric_version))


def project_info(pyproject: Path = ROOT / "pyproject.toml") -> ProjectInfo:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    scripts = data.get("scripts", {})
    exe_name = next(iter(scripts), "casusoverleg")
    return ProjectInfo(distribution=data["name"], version=data["version"],
                       description=data.get("description", ""), exe_name=exe_name)


def _files(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    found: set[Path] = set()
    for pattern in patterns:
        found.update(p for p in folder.glob(pattern) if p.is_file())
    return sorted(found)


def resource_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(source file, destination folder in the bundle) for fonts, icons and translations."""
    pairs = []
    for folder, patterns in RESOURCE_PATTERNS.items():
        for path in _files(root / "resources" / folder, patterns):
            pairs.append((path, f"resources/{folder}"))
    return pairs


def package_data_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """Non-code files anywhere in the package, plus the Alembic migration scripts."""
    package = root / PACKAGE
    chosen: set[Path] = set()
    for path in package.rglob("*"):
        if path.is_file() and path.suffix not in NOT_DATA_SUFFIXES \
                and not SKIPPED_DIRS.intersection(path.relative_to(package).parts):
            chosen.add(path)
    chosen.update(_files(package.joinpath(*MIGRATIONS), MIGRATION_FILES))
    return [(path, path.parent.relative_to(root).as_posix()) for path in sorted(chosen)]


def app_data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Everything of ours the bundle needs as files, in PyInstaller's ``datas`` form."""
    return [(str(src), dest) for src, dest in resource_files(root) + package_data_files(root)]


def missing_qt_catalogues(bundle: Path) -> list[str]:
    """The ``QT_CATALOGUES`` not found in a Qt translations folder of PySide6 inside ``bundle``."""
    def present(name: str) -> bool:
        return any(path.parent.name == "translations" and "PySide6" in path.parts
                   for path in bundle.rglob(name))

    return [name for name in QT_CATALOGUES if not present(name)]


def excluded_module_prefixes() -> tuple[str, ...]:
    """Our modules that are data or development tools, not part of the frozen program."""
    return (f"{PACKAGE}.store.migrations",)


def linux_tarball_name(info: ProjectInfo, machine: str = "x86_64") -> str:
    return f"{info.exe_name}-{info.version}-linux-{machine}.tar.gz"
