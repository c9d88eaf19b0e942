"""The keyboard shortcuts of every screen, in one table.

Screens bind their keys from here (``Screen.bind``) and the help (F1, ``dialogs/help_dialog.py``)
lists this table, so what the help says is what the keys do. Screens that still make their own
``QShortcut``s (meeting mode, the Overleggen page, the balance sheet) are listed here too;
``tests/gui/test_keyboard_help.py`` gathers the ``QShortcut`` objects of each live window and fails
when a key is bound that the table does not list, or listed but not bound.

Texts are Dutch source text, translated in the context ``Sneltoetsen`` when shown. A ``hint`` row
documents a key a widget handles itself (Down in a filter, A/M/Z on an attendance button): it has
no ``QShortcut`` of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

CONTEXT = "Sneltoetsen"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # portable QKeySequence text; several keys do the same, or one each in order
    text: str
    hint: bool = False  # handled by a widget itself, not a QShortcut

    def key_text(self) -> str:
        """The keys as the user reads them (Dutch key names: "Alt+Pijl omhoog"); a long run as
        "Ctrl+1 … Ctrl+7"."""
        names = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys]
        return f"{names[0]} … {names[-1]}" if len(names) > 3 else " / ".join(names)


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    rows: dict[str, Shortcut]

    def __getitem__(self, name: str) -> Shortcut:
        return self.rows[name]

    def bind(self, name: str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> list[QShortcut]:
        """A ``QShortcut`` on ``parent`` for each key of row ``name``, all calling ``slot``."""
        return [make_shortcut(parent, keys, slot, self[name].text, context) for keys in self[name].keys]

    def bound_keys(self) -> set[str]:
        """Every key of this screen's real shortcuts, as portable text."""
        return {_portable(keys) for row in self.rows.values() if not row.hint for keys in row.keys}


def make_shortcut(parent: QWidget, keys: str, slot: Callable[[], object], text: str,
                  context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), parent, context=context)
    shortcut.activated.connect(slot)
    shortcut.setWhatsThis(tr(text))
    return shortcut


def _portable(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText)


def shortcut_keys(root: QObject) -> set[str]:
    """The keys of every enabled ``QShortcut`` under ``root`` (portable text)."""
    return {_portable(s.key().toString()) for s in root.findChildren(QShortcut) if s.isEnabled()}


S = Shortcut

MAIN_WINDOW = Screen("main", "Hoofdvenster (elke pagina)", {
    "help": S(("F1",), "Sneltoetsen per scherm (dit venster)"),
    "search": S(("Ctrl+K",), "Zoeken in alle casussen"),
    "filter": S(("Ctrl+F",), "Naar het filter van de pagina (zonder filter: naar Zoeken)"),
    "filter_down": S(("Down",), "In een filter: naar de lijst eronder", hint=True),
    "filter_enter": S(("Return",), "In een filter: de enige regel die overblijft openen", hint=True),
    "open_row": S(("Return",), "In een lijst: de gekozen regel openen (zoals dubbelklikken)", hint=True),
    "lock": S(("Ctrl+L",), "Vergrendelen (ook vanuit een dialoogvenster)"),
    "verify": S(("Ctrl+Shift+V",), "Handtekeningen in een PDF controleren"),
})

OVERVIEW_PAGE = Screen("overzicht", "Overzicht", {
    "refresh": S(("F5",), "Het overzicht opnieuw laden"),
})

CASES_PAGE = Screen("casussen", "Casussen", {
    "new": S(("Ctrl+N",), "Nieuwe casus"),
})

MEETINGS_PAGE = Screen("overleggen", "Overleggen", {
    "move_up": S(("Alt+Up",), "Het gekozen agendapunt omhoog"),
    "move_down": S(("Alt+Down",), "Het gekozen agendapunt omlaag"),
    "start": S(("F5",), "Vergadermodus starten"),
})

PARTNERS_PAGE = Screen("ketenpartners", "Ketenpartners", {
    "new": S(("Ctrl+N",), "Nieuwe ketenpartner"),
})

CHAIN_PAGE = Screen("keten", "Keten", {
    "new": S(("Ctrl+N",), "In de routes, stappen of organisaties: nieuw", hint=True),
    "edit": S(("Return",), "In die lijsten: de gekozen regel wijzigen", hint=True),
    "remove": S(("Delete",), "In die lijsten: de gekozen regel verwijderen", hint=True),
    "move": S(("Ctrl+Up", "Ctrl+Down"), "Route of stap omhoog of omlaag", hint=True),
    "zoom": S(("Ctrl++", "Ctrl+-", "Ctrl+0"),
              "In het stroomschema: groter, kleiner, gewone grootte (ook Ctrl+muiswiel)", hint=True),
})

CASE_WINDOW = Screen("casusvenster", "Casusvenster", {
    "help": S(("F1",), "Sneltoetsen per scherm"),
    "next_tab": S(("Ctrl+Tab",), "Volgend tabblad"),
    "previous_tab": S(("Ctrl+Shift+Tab",), "Vorig tabblad"),
    "tab": S(tuple(f"Ctrl+{n}" for n in range(1, 8)),
             "Tabblad 1 tot 7 (betrokkenen … balans)"),
    "new_signal": S(("Ctrl+N",), "Nieuw signaal"),
    "new_contra": S(("Ctrl+Shift+N",), "Nieuw contrasignaal"),
    "status": S(("Ctrl+T",), "Status van de casus wijzigen"),
    "reload": S(("F5",), "Opnieuw laden"),
    "close": S(("Ctrl+W", "Escape"), "Venster sluiten"),
    "lock": S(("Ctrl+L",), "Vergrendelen (in elk venster)", hint=True),
})

MEETING_MODE = Screen("vergadermodus", "Vergadermodus", {
    "next": S(("PgDown", "Ctrl+PgDown", "Alt+Right"), "Volgend agendapunt"),
    "previous": S(("PgUp", "Ctrl+PgUp", "Alt+Left"), "Vorig agendapunt"),
    "phase": S(("Alt+1", "Alt+2", "Alt+3"), "Fase: beeldvorming, oordeelsvorming, besluitvorming"),
    "statement": S(("Ctrl+1", "Ctrl+2", "Ctrl+3"), "Soort inbreng: feit, mening, hypothese"),
    "category": S(("Ctrl+4", "Ctrl+5", "Ctrl+6"), "Gegevens: gewoon, bijzonder, strafrechtelijk"),
    "persons": S(("Ctrl+7",), "Personen bij de inbreng: wie het betreft, bron in de casus"),
    "contribution": S(("Alt+I",), "Naar de inbreng"),
    "decision": S(("Alt+D",), "Naar de besluiten"),
    "share": S(("Alt+S",), "Delen van het gekozen besluit (daarna 1–9 per partner, 0 alle)"),
    "action": S(("Alt+A",), "Naar de actiepunten"),
    "review": S(("Alt+R",), "Actiepunten beoordelen (A afgerond, U uitgesteld, V vervallen)"),
    "attendance": S(("Alt+P",), "Aanwezigheid"),
    "attendance_keys": S(("A", "M", "Z"), "Op een partner: aanwezig, afwezig met kennisgeving, afwezig "
                                          "zonder kennisgeving", hint=True),
    "escalation": S(("Alt+O",), "Op- of afschalen"),
    "informed": S(("Alt+G",), "Geïnformeerd"),
    "feedback": S(("Alt+T",), "Terugkoppeling aan de melder"),
    "review_date": S(("Alt+V",), "Volgende bespreking van de casus"),
    "close_meeting": S(("Ctrl+Return", "Ctrl+Enter"), "Bij Sluiting: de vergadering sluiten"),
    "help": S(("F1",), "Sneltoetsen per scherm"),
    "blank": S(("F7",), "Scherm leeg (beamer)"),
    "full_screen": S(("F11",), "Volledig scherm"),
    "large": S(("Ctrl+=",), "Grote letters"),
    "lock": S(("Ctrl+L",), "Vergrendelen"),
    "back": S(("Escape",), "Terug: uit het lege scherm, uit volledig scherm, dan sluiten"),
})

BALANCE_SHEET = Screen("balans", "Balans (vergadermodus en casusvenster)", {
    "sides": S(("Ctrl+1", "Ctrl+2", "Ctrl+3"),
               "Invoer bij A veiligheid, B zorg en ontwikkeling, C wat gaat goed"),
    "rationale": S(("Ctrl+4",), "Naar de onderbouwing van de afweging"),
    "ratings": S(("Ctrl+5",), "Naar de scores"),
    "save": S(("Ctrl+Return", "Ctrl+Enter"), "Afweging vastleggen"),
    "zoom_in": S(("Ctrl++", "Ctrl+="), "Groter"),
    "zoom_out": S(("Ctrl+-",), "Kleiner"),
    "zoom_reset": S(("Ctrl+0",), "Gewone grootte"),
    "edit": S(("Return", "F2"), "Op een kaart: bewerken", hint=True),
    "remove": S(("Delete",), "Op een kaart: verwijderen", hint=True),
    "move": S(("Alt+1", "Alt+2", "Alt+3"), "Op een kaart: naar kant A, B of C", hint=True),
})

PAGES: tuple[Screen, ...] = (OVERVIEW_PAGE, CASES_PAGE, MEETINGS_PAGE, PARTNERS_PAGE, CHAIN_PAGE)
"""The main window's pages with keys of their own (their ``key`` is the page's)."""
SCREENS: tuple[Screen, ...] = (MAIN_WINDOW, *PAGES, CASE_WINDOW, MEETING_MODE, BALANCE_SHEET)
"""In the order the help shows them."""


__all__ = ["BALANCE_SHEET", "CASES_PAGE", "CASE_WINDOW", "CHAIN_PAGE", "MAIN_WINDOW", "MEETINGS_PAGE",
           "MEETING_MODE", "OVERVIEW_PAGE", "PAGES", "PARTNERS_PAGE", "SCREENS", "Screen", "Shortcut",
           "make_shortcut", "shortcut_keys", "tr"]
