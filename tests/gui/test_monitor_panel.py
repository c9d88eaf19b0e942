"""The Ketenmonitor tab on a fresh vault: the last full quarter by default, the hand-counted quarter
in the table and the charts with "< 5" where a figure is suppressed, a period backwards refused with
a Dutch message, the PDF written where the user chose, and everything fits 1366x768."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.services import chain_monitor
from tests.services.test_chain_monitor import enter_quarter

from casusoverleg_desktop.ui.chain.monitor_panel import MonitorPanel

SHOTS = Path("/tmp/monitor_panel")


def _table(panel: MonitorPanel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _show_q1(qtbot, panel: MonitorPanel) -> None:
    panel.from_date.setDate(QDate(2026, 1, 1))
    panel.to_date.setDate(QDate(2026, 3, 31))


@pytest.fixture
def panel(qtbot, ctx):
    enter_quarter(ctx)
    widget = MonitorPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366 - 220, 768 - 120)  # the Keten page beside the navigation, under the title
    widget.show()
    widget.refresh()
    return widget


def test_the_default_period_is_the_last_full_quarter(panel: MonitorPanel, ctx):
    start, end = panel.period()
    today = local_time(ctx.clock()).date()
    assert (start, end) == chain_monitor.last_full_quarter(today)
    assert end < today and (start.month - 1) % 3 == 0 and start.day == 1
    D = dt.date
    assert chain_monitor.last_full_quarter(D(2026, 4, 15)) == (D(2026, 1, 1), D(2026, 3, 31))
    assert chain_monitor.last_full_quarter(D(2026, 1, 2)) == (D(2025, 10, 1), D(2025, 12, 31))


def test_the_quarter_in_the_table_and_the_charts(qtbot, panel: MonitorPanel):
    _show_q1(qtbot, panel)
    assert [panel.municipality_combo.itemText(i) for i in range(panel.municipality_combo.count())] == [
        "Alle gemeenten", "Wadmeer-Noord"]
    rows = _table(panel)
    assert rows[0][:7] == ["Zorgen over radicalisering", "5", "2", "8", "9", "10", "60%"]
    assert rows[1][0] == "Acute dreiging" and rows[1][1] == "< 5" and rows[1][6] == "< 5"
    assert rows[-1][0] == "Totaal" and rows[-1][1] == "10"
    assert panel.model.index(len(rows) - 1, 0).data(Qt.ItemDataRole.FontRole).bold()
    signals_chart = panel.charts[0]
    assert signals_chart.describe() == ("Zorgen over radicalisering: 5; Acute dreiging: < 5; "
                                        "(geen route): < 5")
    assert "mediaan 2, P90 8" in panel.charts[1].describe()
    panel.breakdown_combo.setFocus()
    qtbot.keyClick(panel.breakdown_combo, Qt.Key.Key_Down)  # Per gemeente
    assert [r[:2] for r in _table(panel)] == [["Wadmeer-Noord", "x"], ["(onbekend)", "< 5"], ["Totaal", "10"]]
    panel.municipality_combo.setCurrentIndex(1)
    assert [r[:2] for r in _table(panel)] == [["Wadmeer-Noord", "9"], ["Totaal", "9"]]
    SHOTS.mkdir(exist_ok=True)
    panel.breakdown_combo.setCurrentIndex(0)
    panel.grab().save(str(SHOTS / "table.png"))
    panel.tabs.setCurrentIndex(1)
    panel.grab().save(str(SHOTS / "charts.png"))


def test_a_period_backwards_is_refused_and_nothing_is_shown(qtbot, panel: MonitorPanel):
    _show_q1(qtbot, panel)
    panel.to_date.setDate(QDate(2025, 12, 1))
    assert "na het einde" in panel.message.text() and panel.message.isVisible()
    assert _table(panel) == [] and not panel.export_button.isEnabled()
    assert panel.charts[0].describe() == "Geen signalen in deze periode."
    panel.to_date.setDate(QDate(2026, 3, 31))
    assert not panel.message.text() and panel.export_button.isEnabled()


def test_the_report_is_written_where_the_user_chose(qtbot, panel: MonitorPanel, monkeypatch, tmp_path):
    _show_q1(qtbot, panel)
    offered = []

    def pick(_parent, _caption, suggested, _filter):
        offered.append(Path(suggested).name)
        return str(tmp_path / "verantwoording"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert offered == ["Ketenmonitor_Wadmeer-Noord_2026-01-01_2026-03-31.pdf"]
    written = tmp_path / "verantwoording.pdf"
    assert written.read_bytes()[:5] == b"%PDF-"
    assert "Rapport opgeslagen" in panel.message.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(tmp_path / "geen" / "x.pdf"), "")))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert "bestaat niet" in panel.message.text() and not (tmp_path / "geen").exists()


def test_it_fits_a_small_screen(qtbot, panel: MonitorPanel):
    panel.resize(1366 - 220, 768 - 120)
    assert panel.minimumSizeHint().width() <= 1366 - 220
    assert panel.minimumSizeHint().height() <= 768 - 120
