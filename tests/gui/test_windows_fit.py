"""No window grows past a laptop screen (issue 14, point 1): the main window on every page fits
1366×768 and 1920×1080 at 150 %, and every window is made to fit its screen when shown
(``ui.widgets.screen_fit``). Every dialog: tests/gui/test_dialogs_fit.py."""

from __future__ import annotations

import pytest
import shiboken6

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from casusoverleg_desktop.composition import PAGES
from casusoverleg_desktop.ui.widgets.screen_fit import fit_to_screen, keep_windows_on_screen

SCREENS = {"1366x768": (1366, 768 - 40), "1920x1080@150%": (1280, 720 - 40)}


@pytest.mark.parametrize("size", SCREENS.values(), ids=SCREENS.keys())
def test_every_page_of_the_main_window_fits(qtbot, main_window, size):
    main_window.resize(*size)
    for spec in PAGES:
        main_window.show_page(spec.key)
        qtbot.wait(10)
        hint = main_window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], (spec.key, hint)
        assert (main_window.width(), main_window.height()) == size, spec.key


# -- the screen-fit helper: every window fits its screen when shown ----------------------------------
@pytest.fixture
def screen_fit(qapp):
    """The helper the app sets up in ``create_application``; gone after the test, so other tests
    keep their sizes on the small offscreen test screen."""
    fit = keep_windows_on_screen(qapp)
    yield fit
    shiboken6.delete(fit)


def _shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_a_window_larger_than_its_screen_is_shown_within_it(qtbot, screen_fit):
    window = QWidget()
    window.resize(3000, 2000)
    _shown(qtbot, window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)


def test_a_window_partly_off_screen_is_moved_onto_it_and_keeps_its_size(qtbot, screen_fit):
    window = QWidget()
    available = QApplication.primaryScreen().availableGeometry()
    window.resize(300, 200)
    window.move(available.right() - 100, available.bottom() - 50)
    _shown(qtbot, window)
    assert window.size() == QSize(300, 200)
    assert available.contains(window.frameGeometry())


def test_a_window_whose_minimum_is_more_than_the_screen_keeps_its_minimum(qtbot, screen_fit):
    """Shrinking below the minimum would squash its content; the geometry tests catch such a window."""
    window = QWidget()
    available = QApplication.primaryScreen().availableGeometry()
    window.setMinimumSize(available.width() + 100, 100)
    _shown(qtbot, window)
    assert window.width() == available.width() + 100


def test_a_maximised_window_is_the_window_systems_to_place(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMaximized()
    before = window.geometry()
    fit_to_screen(window)
    assert window.geometry() == before


def test_the_application_sets_the_helper_up_once(qapp, screen_fit):
    assert keep_windows_on_screen(qapp) is screen_fit
