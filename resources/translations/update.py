#!/usr/bin/env python3
"""Refresh the translation catalogue ``casusoverleg_en.ts`` from the sources (Dutch is the source).

    .venv/bin/python resources/translations/update.py            # update the .ts for translators
    .venv/bin/python resources/translations/update.py --release  # also compile .qm files

Takes every ``tr()``/``translate()`` string in ``casusoverleg_desktop/ui``, ``app.py`` and
``composition.py``, every string in ``forms/*.ui``, and the Dutch labels of the domain enums
(context "Domein", see ``ui/labels.py``), which lupdate cannot find on its own because they are
not literals.
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ["en"]


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def domain_label_source() -> str:
    """A Python file with one translate() call per domain label, for lupdate to read."""
    sys.path.insert(0, str(ROOT))
    import casusoverleg_desktop.domain as domain

    labels: set[str] = set()
    for module_info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"casusoverleg_desktop.domain.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                labels.update(m.label for m in value if isinstance(getattr(m, "label", None), str))
    lines = [f'QCoreApplication.translate("Domein", {json.dumps(text)})' for text in sorted(labels)]
    return "from PySide6.QtCore import QCoreApplication\n" + "\n".join(lines) + "\n"


def main() -> int:
    sources = [p for p in (ROOT / "casusoverleg_desktop" / "ui").rglob("*.py") if "forms" not in p.parts]
    sources += [ROOT / "casusoverleg_desktop" / "app.py", ROOT / "casusoverleg_desktop" / "composition.py",
                *sorted((ROOT / "forms").glob("*.ui"))]
    with tempfile.TemporaryDirectory() as tmp:
        labels = Path(tmp) / "domain_labels.py"
        labels.write_text(domain_label_source(), encoding="utf-8")
        for language in LANGUAGES:
            catalogue = HERE / f"casusoverleg_{language}.ts"
            subprocess.run([tool("pyside6-lupdate"), *map(str, sources), str(labels), "-no-obsolete",
                            "-locations", "none", "-source-language", "nl_NL",
                            "-target-language", language, "-ts", str(catalogue)], check=True)
            if "--release" in sys.argv:
                subprocess.run([tool("pyside6-lrelease"), str(catalogue)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
