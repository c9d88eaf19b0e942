#!/usr/bin/env python3
"""Refresh the translation catalogue ``casusoverleg_en.ts`` from the sources (Dutch is the source).

    .venv/bin/python resources/translations/update.py            # update the .ts for translators
    .venv/bin/python resources/translations/update.py --release  # also compile .qm files

Takes every ``tr()``/``translate()`` string in ``casusoverleg_desktop/ui``, ``app.py`` and
``composition.py``, every string in ``forms/*.ui``, and what lupdate cannot find on its own because
it is not a literal in a ``tr()`` call: the Dutch labels of the domain enums (context "Domein", see
``ui/labels.py``) and the column headers of the table models (``ui.models.base.Column``, in each
model's ``tr_context``).
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


def column_header_source() -> str:
    """A Python file with one translate() call per column header of every table model."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication

    import casusoverleg_desktop.ui as ui
    from casusoverleg_desktop.ui.models.base import TableModel

    app = QCoreApplication.instance() or QCoreApplication([])  # models are QObjects
    for module_info in pkgutil.walk_packages(ui.__path__, "casusoverleg_desktop.ui."):
        if ".forms" not in module_info.name:
            importlib.import_module(module_info.name)
    headers: set[tuple[str, str]] = set()
    models = list(TableModel.__subclasses__())
    while models:
        model = models.pop()
        models.extend(model.__subclasses__())
        try:
            columns = model().columns
        except (TypeError, NotImplementedError):  # an abstract base or one that needs arguments
            columns = model.columns
        headers.update((model.tr_context, column.header) for column in columns if column.header)
    del app
    lines = [f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text)})"
             for context, text in sorted(headers)]
    return "from PySide6.QtCore import QCoreApplication\n" + "\n".join(lines) + "\n"


def shortcut_source() -> str:
    """A Python file with one translate() call per screen title and shortcut text of the table in
    ``ui/shortcuts.py`` (its rows are data, which lupdate cannot read)."""
    sys.path.insert(0, str(ROOT))
    from casusoverleg_desktop.ui import shortcuts

    texts: set[str] = set()
    for screen in vars(shortcuts).values():
        if isinstance(screen, shortcuts.Screen):
            texts.add(screen.title)
            texts.update(row.text for row in screen.rows.values())
    lines = [f"QCoreApplication.translate({json.dumps(shortcuts.CONTEXT)}, {json.dumps(text)})"
             for text in sorted(texts)]
    return "from PySide6.QtCore import QCoreApplication\n" + "\n".join(lines) + "\n"


def main() -> int:
    sources = [p for p in (ROOT / "casusoverleg_desktop" / "ui").rglob("*.py") if "forms" not in p.parts]
    sources += [ROOT / "casusoverleg_desktop" / "app.py", ROOT / "casusoverleg_desktop" / "composition.py",
                *sorted((ROOT / "forms").glob("*.ui"))]
    with tempfile.TemporaryDirectory() as tmp:
        labels = Path(tmp) / "domain_labels.py"
        labels.write_text(domain_label_source(), encoding="utf-8")
        headers = Path(tmp) / "column_headers.py"
        headers.write_text(column_header_source(), encoding="utf-8")
        keys = Path(tmp) / "shortcut_texts.py"
        keys.write_text(shortcut_source(), encoding="utf-8")
        for language in LANGUAGES:
            catalogue = HERE / f"casusoverleg_{language}.ts"
            subprocess.run([tool("pyside6-lupdate"), *map(str, sources), str(labels), str(headers), str(keys),
                            "-no-obsolete", "-locations", "none", "-source-language", "nl_NL",
                            "-target-language", language, "-ts", str(catalogue)], check=True)
            if "--release" in sys.argv:
                subprocess.run([tool("pyside6-lrelease"), str(catalogue)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
