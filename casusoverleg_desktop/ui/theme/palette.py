"""Every colour of the application, named by what it means on screen.

The rest of ``ui/`` asks for ``Palette.ERROR``, never for ``"#a61b1b"``: a colour is chosen once,
here. Where two meanings share a colour on purpose (an open action is blue like a fact, a refused
line red like an error), the second name refers to the first. Values are ``#rrggbb`` strings, usable
in style sheets, in rich text and in ``QColor(...)``.
"""

from __future__ import annotations

from typing import Final


class Palette:
    # -- text ------------------------------------------------------------------------------------
    INK: Final = "#1f2933"  # body text
    INK_STRONG: Final = "#111827"  # the text of a balance entry card
    ACCENT: Final = "#1f3a5f"  # titles, headings, the user's name; the primary button
    SECONDARY: Final = "#4a5563"  # captions, explanations next to a field, table headers
    QUIET: Final = "#5b6573"  # hints and placeholders that step back further; the status bar
    SUBDUED: Final = "#6b7280"  # closed, inactive or refuted rows; "nothing here" in a chart
    DISABLED: Final = "#9aa5b1"  # a button that cannot be pressed now
    ON_DARK: Final = "#ffffff"  # text on a dark badge or a filled button
    ON_BRIGHT: Final = "#3b2a00"  # text on a yellow badge
    LINK: Final = "#1f5fa8"  # a button that looks like a link ("Wachtwoord vergeten?")
    FOCUS: Final = "#2f6db5"  # the border of the field that has the keyboard in meeting mode

    # -- surfaces and lines ----------------------------------------------------------------------
    SURFACE: Final = "#ffffff"  # cards, tables, fields, the header of the main window
    BACKGROUND: Final = "#f5f7fa"  # behind cards: navigation, meeting mode, balance columns
    HOVER: Final = "#eaeef3"  # an item under the mouse
    SELECTED: Final = "#dde6f0"  # the chosen navigation item
    NOTE_BG: Final = "#e8eef6"  # a question, guidance or statement set off as a note
    STATEMENT_BG: Final = "#eef3f9"  # the adoption statement in meeting mode
    CANVAS: Final = "#e4e8ee"  # behind the pages of a PDF preview
    BORDER: Final = "#d9dee5"  # frames of cards and sections, under headers
    BORDER_SOFT: Final = "#d5dce6"  # frames of panels set on a tinted background
    BORDER_STRONG: Final = "#b8c4d4"  # toggle buttons, the balance-sheet drop area
    PAGE_EDGE: Final = "#c5ccd6"  # the edge of a previewed PDF page
    BLANK: Final = "#000000"  # the projector's blank screen

    # -- feedback --------------------------------------------------------------------------------
    ERROR: Final = "#a61b1b"  # errors, refusals, overdue dates, "loopt uit"
    ERROR_BG: Final = "#fbeaea"  # a banner that warns (sensitive data, a bad signature)
    ERROR_SOFT_BG: Final = "#f7dede"  # absent without notice (attendance)
    ERROR_INK: Final = "#7a1414"  # text on ERROR_BG
    OK: Final = "#2e7d32"  # a confirmation ("Gewijzigd", "Opgeslagen")
    OK_STRONG: Final = "#1e6b34"  # a valid signature: text and the verdict's edge
    OK_BG: Final = "#e6f4ea"  # the verdict "valid"
    OK_INK: Final = "#1e4d2b"  # text on OK_BG
    DONE: Final = "#1d4d1d"  # done and present: adopted minutes, a letter sent, shared with
    DONE_BG: Final = "#dcebdc"
    DONE_BORDER: Final = "#3d7a3d"
    RISE: Final = "#1b6e3a"  # a score that went up (balance history)
    FALL: Final = ERROR  # a score that went down
    CAUTION: Final = "#8a5a00"  # a passable but weak passphrase
    CAUTION_INK: Final = "#7a4b00"  # a remark on a signature
    WARNING: Final = "#8a5300"  # the timer near the end of the slot
    WARNING_BG: Final = "#ffe8b3"
    NOTICE_BG: Final = "#fff1cc"  # the meeting is closed; absent with notice
    NOTICE_INK: Final = "#5c4300"
    NOTICE_BORDER: Final = "#b7862a"
    NOTICE_TEXT: Final = "#6b4d00"  # absent with notice (attendance button)

    # -- badges: a word each, and a colour (markers.py) ------------------------------------------
    FACT: Final = "#1f4e79"
    OPINION: Final = "#f2c14e"
    HYPOTHESIS: Final = "#6b4c9a"
    SPECIAL_DATA: Final = "#b35c00"  # bijzondere persoonsgegevens
    CRIMINAL_DATA: Final = ERROR  # strafrechtelijke gegevens
    DIAGNOSIS_FLAG: Final = "#ffd54f"
    CONTRA: Final = OK
    CONFIRMED: Final = OK
    CLOSED: Final = "#5f6368"  # refuted signals, closed actions and cases
    GEZAG: Final = "#37474f"
    COERCIVE: Final = ERROR  # a coercive measure (DWANG)
    STATUS_OPEN: Final = FACT
    STATUS_RUNNING: Final = OPINION
    STATUS_DONE: Final = OK
    WEIGHT_LOW_BG: Final = "#e4e7eb"
    WEIGHT_MEDIUM_BG: Final = "#c9d2dc"
    WEIGHT_HIGH_BG: Final = "#3e4c59"

    # -- the balance sheet -----------------------------------------------------------------------
    SAFETY: Final = "#b4410c"  # A. Veiligheid
    CARE: Final = "#0e6a84"  # B. Zorg & ontwikkeling
    GOING_WELL: Final = "#237a3b"  # C. Wat gaat goed
    SCALE_MUTED: Final = "#8a94a0"  # the beam while no priority is chosen
    SCALE_PAN: Final = "#eef0f2"  # a pan that is not chosen
    CARD_BORDER: Final = "#d5dae0"  # an entry card; the grid lines of the trend chart
    CARD_SELECTED: Final = FACT  # the border of the chosen card
    CARD_SELECTED_BG: Final = "#e8f0fb"
    # Okabe–Ito: partners' lines in the trend chart stay apart with colour-vision deficiencies.
    SERIES: Final = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D1F", "#6A3D9A")


__all__ = ["Palette"]
