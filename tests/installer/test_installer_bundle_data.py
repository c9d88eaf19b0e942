"""What the frozen bundle carries (installer/bundle_data.py) and the installer scripts, without building."""

from __future__ import annotations

import configparser
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from casusoverleg_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


@pytest.fixture(scope="module")
def bundle_data() -> Iterator[ModuleType]:
    """installer/ is not a package: load the module from its file, as the spec does."""
    name = "casusoverleg_installer_bundle_data"
    spec = importlib.util.spec_from_file_location(name, INSTALLER / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)


def touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_name_and_version_come_from_pyproject(bundle_data: ModuleType) -> None:
    info = bundle_data.project_info()
    assert (info.distribution, info.version, info.exe_name) == ("casusoverleg-desktop", __version__,
                                                               "casusoverleg")
    assert bundle_data.linux_tarball_name(info) == f"casusoverleg-{__version__}-linux-x86_64.tar.gz"


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0)),
    ("1.4.2+local.7", (1, 4, 2, 0)),
])
def test_windows_version_numbers(bundle_data: ModuleType, version: str, numbers: tuple[int, ...]) -> None:
    assert bundle_data.ProjectInfo("x", version, "").numeric_version == numbers


def test_collection_rules_on_a_made_up_checkout(bundle_data: ModuleType, tmp_path: Path) -> None:
    wanted = [
        "resources/fonts/Sans.ttf", "resources/fonts/OFL.txt", "resources/icons/app.svg",
        "resources/icons/app-32.png", "resources/translations/casusoverleg_en.qm",
        "casusoverleg_desktop/services/exchange/schema.json",
        "casusoverleg_desktop/store/migrations/env.py",
        "casusoverleg_desktop/store/migrations/script.py.mako",
        "casusoverleg_desktop/store/migrations/versions/0001_first.py",
    ]
    unwanted = [
        "resources/fonts/notes.md", "resources/translations/casusoverleg_en.ts", "resources/icons/app.ico",
        "casusoverleg_desktop/cli.py", "casusoverleg_desktop/__pycache__/cli.cpython-311.pyc",
        "casusoverleg_desktop/services/__pycache__/cache.json",
        "casusoverleg_desktop/store/migrations/autogen.py",
        "casusoverleg_desktop/store/migrations/versions/__pycache__/0001_first.cpython-311.pyc",
        "tests/data/sample.json",
    ]
    for name in wanted + unwanted:
        touch(tmp_path / name)
    pairs = bundle_data.app_data_files(tmp_path)
    collected = {(Path(dest) / Path(src).name).as_posix() for src, dest in pairs}
    assert collected == set(wanted)


def test_every_file_keeps_its_place_relative_to_the_checkout(bundle_data: ModuleType) -> None:
    """So casusoverleg_desktop.resources finds each file in the bundle exactly as in a checkout."""
    pairs = bundle_data.app_data_files()
    for src, dest in pairs:
        assert (Path(dest) / Path(src).name).as_posix() == Path(src).relative_to(ROOT).as_posix()
    places = {Path(src).relative_to(ROOT).as_posix() for src, _ in pairs}
    package = ROOT / "casusoverleg_desktop"
    needed = [
        *(p for p in (ROOT / "resources" / "fonts").iterdir() if p.suffix == ".ttf" or p.name == "OFL.txt"),
        ROOT / "resources" / "icons" / "casusoverleg.svg",
        ROOT / "resources" / "icons" / "casusoverleg-256.png",
        package / "store" / "migrations" / "env.py",
        package / "store" / "migrations" / "script.py.mako",
        *(package / "store" / "migrations" / "versions").glob("*.py"),
        *(package / "services" / "exchange").glob("casusoverleg-exchange-v*.schema.json"),
    ]
    missing = [p.relative_to(ROOT).as_posix() for p in needed if p.relative_to(ROOT).as_posix() not in places]
    assert not missing


def test_migrations_are_data_not_frozen_modules(bundle_data: ModuleType) -> None:
    assert bundle_data.excluded_module_prefixes() == ("casusoverleg_desktop.store.migrations",)


def test_windows_script_installs_per_user_and_leaves_vaults_alone() -> None:
    script = (INSTALLER / "casusoverleg.iss").read_text(encoding="utf-8")
    settings = dict(line.split("=", 1) for line in script.splitlines()
                    if "=" in line and not line.lstrip().startswith((";", "#", "Name:", "Source:", "Type:")))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{localappdata}\\Programs\\")
    assert settings["SetupIconFile"] == "..\\resources\\icons\\casusoverleg.ico"
    assert "[UninstallDelete]" not in script.replace("; No [UninstallDelete]", "")
    assert (ROOT / "resources" / "icons" / "casusoverleg.ico").is_file()


def test_linux_desktop_entry_names_an_existing_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / "casusoverleg.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"], desktop["Terminal"]) == ("Application", "casusoverleg", "false")
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()
