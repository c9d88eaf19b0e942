"""Handtekeningen controleren: two valid signatures on signed minutes, a flipped byte gives the
failed verdict (no exception), and a file that is no PDF gets a plain Dutch message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from doc_scenarios import adopt, as_user, lv_2025_014, with_signers

from PySide6.QtWidgets import QLabel

from casusoverleg_desktop.services import document_export
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.verify_dialog import VerifyDialog

TIMEOUT_MS = 60_000


@pytest.fixture
def signed_minutes(vault, ctx, tmp_path) -> Path:
    """LV-2025-014's adopted minutes, signed by the notulist and then the voorzitter, on disk."""
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    document_export.export_minutes(as_user(ctx, "notulist"), scenario.meeting, sign=True)
    built = document_export.export_minutes(ctx, scenario.meeting, sign=True)
    return document_export.save_export(tmp_path / built.suggested_name, built.pdf)


def check(qtbot, ctx, path: Path) -> VerifyDialog:
    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 780)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT_MS)
    return dialog


def test_two_valid_signatures(qtbot, ctx, signed_minutes):
    dialog = check(qtbot, ctx, signed_minutes)
    assert dialog.error_text() == ""
    assert dialog.report.ok
    verdict = dialog.ui.verdict_label.text()
    assert dialog.ui.verdict_label.isVisible() and "Geldig ondertekend door" in verdict
    cards = dialog.signature_cards()
    assert len(cards) == 2 and all(card.property("ok") for card in cards)
    texts = [" ".join(label.text() for label in card.findChildren(type(dialog.ui.verdict_label)))
             for card in cards]
    assert "Kees Brinkhorst" in texts[0] and "opgesteld" in texts[0] and "notulist" in texts[0]
    assert "Marloes Dekkers" in texts[1] and "vastgesteld" in texts[1]
    for text in texts:
        for word in ("✓ Intact", "✓ Geldig", "✓ Vertrouwd", "✓ Niet gewijzigd na ondertekening"):
            assert word in text
    assert dialog.preview.page_count() >= 1 and not dialog.preview.page_image().isNull()
    assert dialog.ui.file_label.text() == signed_minutes.name


def test_eight_years_later_a_card_says_it_was_checked_as_of_signing(qtbot, ctx, signed_minutes):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=round(8 * 365.25))
    dialog = check(qtbot, ServiceContext(ctx.database, ctx.actor, lambda: later), signed_minutes)
    assert dialog.report.ok and all(card.property("ok") for card in dialog.signature_cards())
    first = " ".join(label.text() for label in dialog.signature_cards()[0].findChildren(QLabel))
    assert "Het certificaat van Kees Brinkhorst is verlopen op" in first
    assert "de handtekening is gecontroleerd op het moment van ondertekening" in first
    assert "gecontroleerd op het moment van ondertekening" in dialog.ui.verdict_label.text()


def test_a_flipped_byte_gives_the_failed_verdict(qtbot, ctx, signed_minutes, tmp_path):
    data = bytearray(signed_minutes.read_bytes())
    spot = data.index(b"Verslag casusoverleg") if b"Verslag casusoverleg" in data else len(data) // 3
    data[spot + 2] ^= 0x01
    damaged = tmp_path / "gewijzigd.pdf"
    damaged.write_bytes(bytes(data))
    dialog = check(qtbot, ctx, damaged)
    assert dialog.error_text() == ""
    assert not dialog.report.ok
    assert dialog.ui.verdict_label.text().startswith("✗  Niet in orde.")
    cards = dialog.signature_cards()
    assert cards and not all(card.property("ok") for card in cards)


def test_a_file_that_is_no_pdf(qtbot, ctx, tmp_path):
    other = tmp_path / "notities.txt"
    other.write_text("Dit is geen PDF.", encoding="utf-8")
    dialog = check(qtbot, ctx, other)
    assert "geen PDF-document" in dialog.error_text()
    assert dialog.report is None and not dialog.ui.verdict_label.isVisible()
    assert dialog.signature_cards() == []
    missing = check(qtbot, ctx, tmp_path / "bestaat-niet.pdf")
    assert "kan niet worden gelezen" in missing.error_text()


def test_a_dropped_file_is_checked(qtbot, ctx, signed_minutes):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(signed_minutes))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT_MS)
    assert dialog.report is not None and dialog.report.ok
    assert len(dialog.signature_cards()) == 2
