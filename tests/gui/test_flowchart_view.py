"""The chain's flowchart on screen: a chain entered on a fresh vault, drawn with the real fonts, clean
by the geometric checks, zoomable by mouse and keyboard, red where the route is acute."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.domain.flowchart import lay_out
from casusoverleg_desktop.services import chain
from tests.chain_generated import generated_chain
from tests.chain_kit import IN_FORCE, build_chain
from tests.flowchart_checks import assert_clean

from casusoverleg_desktop.ui.chain import SCREEN_STYLE, FlowchartView, qt_measure
from casusoverleg_desktop.ui.theme import Palette

LAPTOP = (1366, 768)


@pytest.fixture
def view(qtbot) -> FlowchartView:
    widget = FlowchartView()
    qtbot.addWidget(widget)
    widget.resize(1180, 600)  # the room the Keten page leaves it on a 1366x768 laptop
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def red_pixels(image: QImage) -> int:
    error = QColor(Palette.ERROR)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - error.red()) < 30 and abs(pixel.green() - error.green()) < 30
                    and abs(pixel.blue() - error.blue()) < 30):
                count += 1
    return count


def wheel(view: FlowchartView, delta: int, modifiers: Qt.KeyboardModifier, at: QPointF | None = None) -> None:
    at = QPointF(view.viewport().rect().center()) if at is None else at
    event = QWheelEvent(at, QPointF(view.viewport().mapToGlobal(at.toPoint())), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_a_chain_entered_on_a_fresh_vault_is_drawn_cleanly(ctx, view: FlowchartView, tmp_path: Path):
    kit = build_chain(ctx)
    view.set_chain(chain.chain_view(ctx, kit.version_id))
    layout = view.flow_layout
    assert layout is not None
    assert_clean(layout)  # measured with the real fonts
    text = view.accessibleDescription()
    assert text.startswith("acute route Acute dreiging: Politie Wadmeer: Bel 112, direct")
    assert "route Zorgen over radicalisering: Gemeente Wadmeer-Noord: Meldpunt neemt de melding aan" in text
    image = view.widget().grab().toImage()
    assert image.width() == round(layout.width * view.scale())
    assert image.save(str(tmp_path / "flowchart.png"))
    # readable at 100 % on a laptop: the whole height of this chain without scrolling
    assert layout.height * view.scale() < LAPTOP[1] - 200


def test_the_generated_chain_is_clean_with_real_fonts(view: FlowchartView):
    layout = lay_out(generated_chain(), qt_measure(view.font(), view), SCREEN_STYLE)
    assert_clean(layout)


def test_zoom_buttons_keys_and_ctrl_wheel(ctx, view: FlowchartView, qtbot):
    kit = build_chain(ctx)
    view.set_chain(chain.chain_view(ctx, kit.version_id))
    canvas = view.widget()
    full = canvas.width()
    view.zoom_in()
    assert canvas.width() > full
    view.zoom_out()
    assert canvas.width() == full
    view.zoom_to_fit()
    assert canvas.width() <= view.viewport().width() and canvas.height() <= view.viewport().height()
    assert view.horizontalScrollBar().maximum() == 0
    view.zoom_reset()
    assert view.zoom == 1.0 and canvas.width() == full

    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.25)
    wheel(view, -120, Qt.KeyboardModifier.ControlModifier)
    wheel(view, -120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(0.8)
    wheel(view, -120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, it does not zoom
    assert view.zoom == pytest.approx(0.8)

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0
    for _ in range(30):  # the zoom stops at its limits
        view.zoom_out()
    assert view.zoom == 0.25
    view.zoom_reset()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the keyboard scrolls
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.horizontalScrollBar().value() > 0


def test_an_acute_route_is_drawn_in_red(ctx, view: FlowchartView):
    kit = build_chain(ctx)
    version = chain.chain_view(ctx, kit.version_id)
    view.set_chain(version, kit.worry_route)
    assert red_pixels(view.widget().grab().toImage()) == 0
    view.set_chain(version, kit.acute_route)
    assert red_pixels(view.widget().grab().toImage()) > 500


def test_empty_states(ctx, view: FlowchartView):
    view.set_chain(None)
    assert view.flow_layout is None
    assert "Kies een gemeente" in view.accessibleDescription()
    view.widget().grab()  # paints the message
    municipality = chain.create_municipality(ctx, "Leeg")
    version = chain.new_version(ctx, municipality.id, IN_FORCE)
    view.set_chain(chain.chain_view(ctx, version.id))
    assert view.flow_layout is None
    assert "nog geen routes" in view.accessibleDescription()
    assert view.widget().width() <= view.viewport().width()
    view.zoom_to_fit()  # nothing to fit: no error
    assert view.zoom == 1.0


def test_ctrl_wheel_zooms_around_the_mouse_and_the_lane_names_stay_in_view(view: FlowchartView):
    view.set_flow(generated_chain())
    view.horizontalScrollBar().setValue(3000)
    at = QPointF(300, 200)
    before = (view.horizontalScrollBar().value() + at.x()) / view.scale()
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier, at)
    assert view.zoom == pytest.approx(1.25)
    assert (view.horizontalScrollBar().value() + at.x()) / view.scale() == pytest.approx(before, abs=1)

    layout = view.flow_layout
    assert layout is not None
    lane = layout.lanes[2].rect  # Zorg: white where its name is not
    image = view.widget().grab().toImage()
    y = round((lane.y + 3) * view.scale())
    assert image.pixelColor(view.horizontalScrollBar().value() + 4, y) == QColor(Palette.HOVER)
    view.horizontalScrollBar().setValue(0)
    image = view.widget().grab().toImage()
    assert image.pixelColor(round(lane.right * view.scale()) - 4, y) == QColor(Palette.SURFACE)
