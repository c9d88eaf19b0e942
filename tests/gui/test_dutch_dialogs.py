"""Qt's own dialogs speak Dutch too: its catalogue is loaded, and the gaps it has are filled."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QLabel

from casusoverleg_desktop.ui.i18n import QT_GAPS_NL, install_translators

ENGLISH = {"Look in:", "Files of type:", "File name:", "Directory:", "Save", "Open", "Cancel", "Choose",
           "Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"}


@pytest.fixture
def dutch(qapp):
    translators = install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_the_file_dialog_has_no_english_label(qtbot, dutch, mode):
    dialog = QFileDialog(None, "Opslaan", "", "PDF-bestanden (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    texts += [b.text() or b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    english = [t for t in texts if t.replace("&", "") in ENGLISH]
    assert not english, texts
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts


def test_the_gaps_leave_every_other_translation_alone(qtbot, dutch):
    assert all(QCoreApplication.translate(context, source) == dutch_text
               for (context, source), dutch_text in QT_GAPS_NL.items())
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Openen"  # Qt's own catalogue
    assert QCoreApplication.translate("Casusoverleg", "Kluis: %1") == "Kluis: %1"  # our source text
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Ja", "Annuleren"]
