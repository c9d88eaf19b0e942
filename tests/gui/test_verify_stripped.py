"""Handtekeningen controleren on minutes cut back to before the chair's signature: the dialog shows
the failed verdict naming the chair's empty field, while the notulist's own signature card is in
order. From a fresh vault: minutes adopted and signed through the services, checked in the GUI."""

from __future__ import annotations

from io import BytesIO

from doc_scenarios import adopt, as_user, lv_2025_014, with_signers
from pyhanko.pdf_utils.reader import PdfFileReader

from casusoverleg_desktop.services import document_export

from casusoverleg_desktop.ui.dialogs.verify_dialog import VerifyDialog

TIMEOUT_MS = 60_000


def test_a_stripped_chair_signature_is_shown_as_a_failure(qtbot, vault, ctx, tmp_path):
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    document_export.export_minutes(as_user(ctx, "notulist"), scenario.meeting, sign=True)
    both = document_export.export_minutes(ctx, scenario.meeting, sign=True).pdf
    *_, start, length = PdfFileReader(BytesIO(both), strict=False).embedded_regular_signatures[0].byte_range
    stripped = tmp_path / "ingekort.pdf"
    stripped.write_bytes(both[:start + length])

    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(stripped)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT_MS)

    assert dialog.error_text() == "" and not dialog.report.ok
    verdict = dialog.ui.verdict_label.text()
    assert verdict.startswith("✗  Niet in orde.")
    assert "Het handtekeningveld 'vastgesteld' (voorzitter) is leeg" in verdict
    assert dialog.ui.unsigned_label.isVisible()
    assert "veld 'vastgesteld'" in dialog.ui.unsigned_label.text()
    [card] = dialog.signature_cards()
    assert card.property("ok")
