"""Build the frozen app with PyInstaller, then package it for this platform.

    uv run --group build python installer/build.py              # bundle + archive
    uv run --group build python installer/build.py --selftest   # ... and run the frozen selftest
    uv run --group build python installer/build.py --installer  # Windows: also the Inno Setup installer

Always makes the --onedir bundle ``dist/casusoverleg/`` from ``installer/casusoverleg.spec``. Then:
Linux: ``dist/casusoverleg-<version>-linux-<machine>.tar.gz`` (bundle, .desktop file, icons,
install.sh); macOS: ``dist/Casusoverleg.app`` and a zip of it; Windows with ``--installer``:
``dist/casusoverleg-<version>-windows-x64-setup.exe`` through Inno Setup's ``iscc``. Prints the
build time and the bundle size. PyInstaller cannot cross-compile: build on each platform.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import bundle_data  # beside this script: Python puts installer/ first on sys.path

ROOT = bundle_data.ROOT
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = INSTALLER / "casusoverleg.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def linux_tarball(info: bundle_data.ProjectInfo) -> Path:
    """The bundle plus what a desktop needs; ``install.sh`` adds it to the user's menu, no root."""
    out = DIST / bundle_data.linux_tarball_name(info, platform.machine() or "x86_64")
    top = info.exe_name

    def owned_by_root(member: tarfile.TarInfo) -> tarfile.TarInfo:
        member.uid = member.gid = 0
        member.uname = member.gname = "root"
        return member

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(DIST / info.exe_name, arcname=top, filter=owned_by_root)
        tar.add(INSTALLER / "linux" / "casusoverleg.desktop", arcname=f"{top}/share/casusoverleg.desktop",
                filter=owned_by_root)
        tar.add(INSTALLER / "linux" / "install.sh", arcname=f"{top}/install.sh", filter=owned_by_root)
        for size in ICON_SIZES:
            tar.add(ROOT / "resources" / "icons" / f"casusoverleg-{size}.png",
                    arcname=f"{top}/share/icons/hicolor/{size}x{size}/apps/casusoverleg.png",
                    filter=owned_by_root)
        tar.add(ROOT / "resources" / "icons" / "casusoverleg.svg",
                arcname=f"{top}/share/icons/hicolor/scalable/apps/casusoverleg.svg", filter=owned_by_root)
    return out


def macos_zip(info: bundle_data.ProjectInfo) -> Path:
    app = DIST / f"{info.display_name}.app"
    out = DIST / f"{info.exe_name}-{info.version}-macos-{platform.machine()}.zip"
    out.unlink(missing_ok=True)
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(out)], check=True)
    return out


def windows_installer(info: bundle_data.ProjectInfo, iscc: str | None) -> Path:
    compiler = iscc or shutil.which("iscc") or _default_iscc()
    if not compiler:
        raise SystemExit("Inno Setup (iscc.exe) is not found; install it or pass --iscc PATH.")
    defines = {
        "AppVersion": info.version,
        "AppVersionNumeric": info.numeric_version_text,
        "AppExeName": f"{info.exe_name}.exe",
        "AppGuiExeName": f"{info.exe_name}-gui.exe",
        "BundleDir": str(DIST / info.exe_name),
        "OutputDir": str(DIST),
        "OutputName": f"{info.exe_name}-{info.version}-windows-x64-setup",
    }
    subprocess.run([compiler, *(f"/D{key}={value}" for key, value in defines.items()),
                    str(INSTALLER / "casusoverleg.iss")], check=True, cwd=INSTALLER)
    return DIST / f"{defines['OutputName']}.exe"


def _default_iscc() -> str | None:
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def frozen_executable(info: bundle_data.ProjectInfo) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return DIST / info.exe_name / f"{info.exe_name}{suffix}"


def frozen_selftest(info: bundle_data.ProjectInfo) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([str(frozen_executable(info)), "selftest"], check=True, env=env)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen Casusoverleg app.")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="only the bundle in dist/")
    parser.add_argument("--selftest", action="store_true", help="run the frozen selftest afterwards")
    parser.add_argument("--installer", action="store_true", help="Windows: build the Inno Setup installer")
    parser.add_argument("--iscc", help="path to ISCC.exe (Windows)")
    args = parser.parse_args(argv)

    info = bundle_data.project_info()
    say(f"{info.display_name} {info.version} for {sys.platform} ({platform.machine()}), "
        f"Python {platform.python_version()}")
    started = time.perf_counter()
    run_pyinstaller(args.clean)
    built = time.perf_counter() - started
    bundle = DIST / info.exe_name
    say(f"bundle: {bundle.relative_to(ROOT)} ({megabytes(tree_size(bundle))}) in {built:.0f} s")
    missing = bundle_data.missing_qt_catalogues(DIST)  # macOS: also inside the .app
    if missing:
        raise SystemExit(f"Qt's Dutch catalogue is missing from the bundle: {', '.join(missing)}")

    archives = []
    if not args.no_archive:
        if sys.platform.startswith("linux"):
            archives.append(linux_tarball(info))
        elif sys.platform == "darwin":
            archives.append(macos_zip(info))
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("--installer builds the Windows installer and only works on Windows.")
        archives.append(windows_installer(info, args.iscc))
    for archive in archives:
        say(f"package: {archive.relative_to(ROOT)} ({megabytes(archive.stat().st_size)})")
    say(f"total: {time.perf_counter() - started:.0f} s")
    if args.selftest:
        say(f"frozen selftest passed in {frozen_selftest(info):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
