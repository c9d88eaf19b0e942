"""Dutch everywhere (issue 14, point 11): Qt's own catalogue is loaded when the app starts and travels
with the frozen app, labels carry no English loan words, and buttons take the theme's look instead of
coloured glyphs and icons."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QStyle

from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.services import cases

from casusoverleg_desktop.ui.theme import STYLE_SHEET, Palette
from casusoverleg_desktop.ui.windows.case_window import CaseWindow

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
UI_SOURCES = sorted(p for p in (ROOT / "casusoverleg_desktop" / "ui").rglob("*.py") if "forms" not in p.parts)

# English words that crept into Dutch labels, where a Dutch word fits. Domain words of DOMAIN.md (casus,
# signaal, concept, back-up, professional, filter, …) are Dutch in this field and stay.
LOAN_WORDS = ("need to know", "check", "review", "deadline", "update", "feedback", "follow-up", "reminder",
              "workflow", "dashboard", "input", "meeting", "action item", "to do", "sign-off")
GLYPHS = "✓✗✔✘☑☒❌✅❎🟢🔴🟩🟥"


def form_texts(path: Path) -> list[str]:
    return [s.text for s in ET.parse(path).iter("string") if s.text]


def tr_texts(path: Path) -> list[str]:
    """The literal Dutch texts handed to ``tr``/``translate`` in a module."""
    source = path.read_text(encoding="utf-8")
    calls = re.finditer(r'\b(?:tr|translate)\(\s*(?:"[^"]*",\s*)?((?:"[^"\n]*"\s*)+)', source)
    return ["".join(re.findall(r'"([^"\n]*)"', call.group(1))) for call in calls]


def loan_words(text: str) -> list[str]:
    return [w for w in LOAN_WORDS if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE)]


# -- Qt's own catalogue ---------------------------------------------------------------------------------
def test_the_app_start_loads_qt_dutch_catalogue(tmp_path):
    """``create_application`` as the app starts (a process of its own: it names the application)."""
    probe = """
import json
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from casusoverleg_desktop.app import create_application
app = create_application()
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
print(json.dumps({"cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text(),
                  "yes": box.button(QDialogButtonBox.StandardButton.Yes).text(),
                  "open": QCoreApplication.translate("QFileDialog", "&Open"),
                  "look_in": QCoreApplication.translate("QFileDialog", "&Look in:")}))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=120, check=True)
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {"cancel": "Annuleren", "yes": "&Ja", "open": "&Openen", "look_in": "&Zoeken in:"}


def test_qt_dutch_catalogue_is_where_the_app_looks_for_it():
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_nl.qm").is_file()


@pytest.fixture(scope="module")
def bundle_data():
    spec = importlib.util.spec_from_file_location("bundle_data_for_dutch",
                                                  ROOT / "installer" / "bundle_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


@pytest.mark.parametrize("layout", ["_internal/PySide6/Qt/translations",  # Linux
                                    "_internal/PySide6/translations",  # Windows
                                    "Casusoverleg.app/Contents/Resources/PySide6/Qt/translations"])
def test_the_build_checks_the_frozen_app_carries_qt_dutch_catalogue(tmp_path, bundle_data, layout):
    folder = tmp_path / layout
    folder.mkdir(parents=True)
    assert bundle_data.missing_qt_catalogues(tmp_path) == ["qtbase_nl.qm"]
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "qtbase_nl.qm").write_bytes(b"")  # not Qt's folder
    assert bundle_data.missing_qt_catalogues(tmp_path) == ["qtbase_nl.qm"]
    (folder / "qtbase_nl.qm").write_bytes(b"")
    assert bundle_data.missing_qt_catalogues(tmp_path) == []
    assert "missing_qt_catalogues" in (ROOT / "installer" / "build.py").read_text(encoding="utf-8")


# -- words ----------------------------------------------------------------------------------------------
def test_no_label_in_a_form_uses_an_english_loan_word():
    found = {f"{path.name}: {text!r}": loan_words(text) for path in FORMS for text in form_texts(path)}
    assert {where: words for where, words in found.items() if words} == {}


def test_no_translated_text_in_the_screens_uses_an_english_loan_word():
    found = {f"{path.name}: {text!r}": loan_words(text) for path in UI_SOURCES for text in tr_texts(path)}
    assert {where: words for where, words in found.items() if words} == {}


def test_the_loan_word_check_finds_what_it_looks_for():
    assert loan_words("Uitgenodigd (need to know)") == ["need to know"]
    assert loan_words("dagelijks en voor elke update") == ["update"]
    assert loan_words("Terugkoppeling aan de melder; controle") == []
    assert all(tr_texts(path) for path in UI_SOURCES if path.name == "main_window.py")


# -- buttons: the theme's look -----------------------------------------------------------------------------
def test_no_button_in_a_form_carries_a_glyph_for_its_meaning():
    buttons = [(path.name, w.get("name"), s.text) for path in FORMS for w in ET.parse(path).iter("widget")
               if w.get("class") in ("QPushButton", "QToolButton", "QCheckBox", "QRadioButton")
               for s in w.iter("string") if s.text]
    assert [b for b in buttons if any(g in b[2] for g in GLYPHS)] == []
    assert not re.search(r"color:\s*(green|red)\b", STYLE_SHEET)


def test_dialog_buttons_carry_no_icons(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Casusoverleg", "Doorgaan?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    button_box = box.findChild(QDialogButtonBox)
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert button_box.style().styleHint(hint, None, button_box) == 0
    assert all(button.icon().isNull() for button in button_box.buttons())
    with_icons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)  # the property is what decides
    with_icons.setStyleSheet("QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 1; }")
    qtbot.addWidget(with_icons)
    with_icons.show()
    assert with_icons.style().styleHint(hint, None, with_icons) == 1


@pytest.mark.parametrize(("kind", "edge"), [("primary", Palette.ACCENT), ("danger", Palette.ERROR)])
def test_primary_and_danger_buttons_take_the_theme_colours(qtbot, kind, edge):
    button = QPushButton("Vastleggen")
    button.setProperty("kind", kind)
    qtbot.addWidget(button)
    button.show()
    image = button.grab().toImage()
    assert image.pixelColor(image.width() // 2, 0) == QColor(edge)


def test_closing_a_case_is_offered_as_a_step_that_ends_something(qtbot, ctx):
    case = cases.create_case(ctx, "WM-2025-031", LegalBasis.PGA, dt.date(2025, 9, 1))
    window = CaseWindow(ctx, case.id)
    qtbot.addWidget(window)
    window.show()
    button = window.ui.close_case_button
    assert button.property("kind") == "danger"
    button.setEnabled(True)  # a new case cannot be closed yet: the look is what is tested here
    image = button.grab().toImage()
    assert image.pixelColor(image.width() // 2, 0) == QColor(Palette.ERROR)
