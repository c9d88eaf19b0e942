"""Render the balance sheet, the diff and the trend to PNG with scenario LV-2025-021 (offscreen).

    uv run python -m tests.gui.balance_screenshots [target folder, default docs/screenshots]

(from the repository root, which ``-m`` puts on sys.path: the scenario comes from tests/services)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import create_new_vault
from casusoverleg_desktop.settings import Settings
from tests.services.balance_scenarios import build_021

from casusoverleg_desktop.ui.balance import BalanceHistoryWidget, BalanceSheetWidget
from casusoverleg_desktop.ui.theme import apply_theme

SETTINGS = Settings()


def render(target: Path) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    target.mkdir(parents=True, exist_ok=True)
    written = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = target / f"balance-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as folder:
        vault, _code = create_new_vault(Path(folder) / "kluis", "voorzitter", Role.CHAIR,
                                        "correct paard batterij niet", display_name="Marloes Dekkers",
                                        settings=SETTINGS)
        try:
            ctx = vault.context()
            built = build_021(ctx)
            sheet = BalanceSheetWidget(ctx, built.case_id, built.meeting_ids[1])
            sheet.resize(1366, 700)  # a laptop, as in meeting mode and the case window
            sheet.show()
            save(sheet, "sheet")
            first = BalanceSheetWidget(ctx, built.case_id, built.meeting_ids[0])
            first.resize(1366, 700)
            first.ui.details_tabs.setCurrentWidget(first.ui.dissent_tab)
            first.show()
            save(first, "sheet-v1-dissent")
            projected = BalanceSheetWidget(ctx, built.case_id, built.meeting_ids[0])
            projected.resize(1280, 720)  # full HD at 150 %
            projected.set_zoom(1.3)
            projected.ui.details_tabs.setCurrentWidget(projected.ui.measures_tab)
            projected.show()
            save(projected, "sheet-projected-1280x720")
            history = BalanceHistoryWidget(ctx, built.case_id)
            history.resize(1366, 700)
            history.show()
            save(history, "history")
            save(history.ui.diff_view, "diff")
            save(history.chart, "trend")
            for widget in (sheet, first, projected, history):
                widget.close()
        finally:
            vault.close()
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
