#!/usr/bin/env python3
"""Generate ``casusoverleg_desktop/ui/forms/ui_<name>.py`` from the Designer sources in ``forms/``.

    python forms/generate.py          # regenerate
    python forms/generate.py --check  # fail when a generated module is missing or stale (CI)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent
TARGET = FORMS.parent / "casusoverleg_desktop" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by forms/generate.py — do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return found


def generate(source: Path) -> str:
    result = subprocess.run([uic(), "--no-autoconnection", str(source)], check=True,
                            capture_output=True, text=True)
    body = "\n".join(line.rstrip() for line in result.stdout.splitlines()
                     if not line.startswith("## Created by") and "Qt User Interface Compiler" not in line)
    return HEADER.format(name=source.name) + body.strip() + "\n"


def main() -> int:
    check = "--check" in sys.argv
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists() and not check:
        init.write_text('"""Modules generated from forms/*.ui — do not edit."""\n')
    stale = []
    for source in sorted(FORMS.glob("*.ui")):
        out = TARGET / f"ui_{source.stem}.py"
        text = generate(source)
        if out.exists() and out.read_text() == text:
            continue
        if check:
            stale.append(out.name)
        else:
            out.write_text(text)
            print(f"generated {out.relative_to(FORMS.parent)}")
    if stale:
        print("stale generated forms (run python forms/generate.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
