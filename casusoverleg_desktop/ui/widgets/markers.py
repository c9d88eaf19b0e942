"""The one definition of how statement types, data categories and flags look on screen.

Feit, mening and hypothese must be told apart at a glance, also on a projector and by people who
do not see colour well: each has its own word in a badge, not only a colour. Bijzonder and
strafrechtelijk data carry a marker wherever they appear.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import Palette


@dataclass(frozen=True)
class Badge:
    text: str
    foreground: str
    background: str

    def html(self) -> str:
        return (f'<span style="background-color:{self.background}; color:{self.foreground}; '
                f'font-weight:600;">&nbsp;{html.escape(self.text)}&nbsp;</span>')


_STATEMENT = {
    StatementType.FEIT: (Palette.ON_DARK, Palette.FACT),
    StatementType.MENING: (Palette.ON_BRIGHT, Palette.OPINION),
    StatementType.HYPOTHESE: (Palette.ON_DARK, Palette.HYPOTHESIS),
}
_CATEGORY = {
    DataCategory.BIJZONDER: (Palette.ON_DARK, Palette.SPECIAL_DATA),
    DataCategory.STRAFRECHTELIJK: (Palette.ON_DARK, Palette.CRIMINAL_DATA),
}
CONTRA = Badge("CONTRASIGNAAL", Palette.ON_DARK, Palette.CONTRA)
DIAGNOSIS_FLAG = Badge("DIAGNOSE ZONDER BEVOEGDE BRON", Palette.ON_BRIGHT, Palette.DIAGNOSIS_FLAG)


def statement_badge(statement_type: StatementType) -> Badge:
    foreground, background = _STATEMENT[statement_type]
    return Badge(label(statement_type).upper(), foreground, background)


def category_badge(category: DataCategory) -> Badge | None:
    """A badge for bijzonder and strafrechtelijk data; ordinary data carries none."""
    if category not in _CATEGORY:
        return None
    foreground, background = _CATEGORY[category]
    short = {DataCategory.BIJZONDER: "BIJZONDER", DataCategory.STRAFRECHTELIJK: "STRAFRECHTELIJK"}
    return Badge(short[category], foreground, background)


def statement_font(base: QFont, statement_type: StatementType) -> QFont:
    """Facts upright; opinions and hypotheses in italics, so they read as what they are."""
    font = QFont(base)
    font.setItalic(statement_type is not StatementType.FEIT)
    return font


def statement_color(statement_type: StatementType) -> QColor:
    return QColor(_STATEMENT[statement_type][1])


# People and checks: parental authority in the family view, and the outcome of checking a signal.
GEZAG = Badge("GEZAG", Palette.ON_DARK, Palette.GEZAG)
_VERIFICATION = {
    Verification.BEVESTIGD: ("BEVESTIGD", Palette.ON_DARK, Palette.CONFIRMED),
    Verification.WEERLEGD: ("WEERLEGD", Palette.ON_DARK, Palette.CLOSED),
}


def verification_badge(verification: Verification) -> Badge | None:
    """Confirmed and refuted signals carry a badge; unchecked ones none."""
    if verification not in _VERIFICATION:
        return None
    return Badge(*_VERIFICATION[verification])
