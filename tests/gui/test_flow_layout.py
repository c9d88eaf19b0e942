"""The chips of a FlowLayout wrap, and a window short of height never cuts a line off."""

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from casusoverleg_desktop.ui.widgets.flow_layout import FlowLayout


def test_wrapped_lines_are_never_cut_off(qtbot):
    window = QWidget()
    column = QVBoxLayout(window)
    chips = QWidget()
    flow = FlowLayout(chips)
    buttons = [QPushButton(f"{n} Partner met een lange naam") for n in range(6)]
    for button in buttons:
        flow.addWidget(button)
    column.addWidget(chips)
    column.addWidget(QLabel("onder"))
    qtbot.addWidget(window)
    window.resize(420, 60)  # less height than the lines need
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(b.geometry().bottom() <= chips.height() for b in buttons))
    assert window.minimumSizeHint().height() >= flow.heightForWidth(chips.width())
