"""Two laptops exchange work as encrypted packages (issue 18): making a package for a meeting, and
reading one in. (Pairing the laptops first: ``pairing_dialog``; deciding conflicts: ``conflict_dialog``.)

- ``OutgoingPackageDialog`` (Overleggen, Pakket maken…): for which paired laptop, what the package
  would carry (``package.outgoing_summary``), and Opslaan… writes ``make_package(...).data``.
- ``IncomingPackageDialog`` (Uitwisselen › Pakket inlezen…): the file's summary
  (``package.read_package``, nothing written), then Inlezen — after the conflict dialog when both
  laptops changed the same thing — and what happened.

A refusal of the services (a ``CasusoverlegError``) shows its Dutch message in the dialog, which stays
open with what the user typed. Files are chosen with Qt's file picker; each method that takes a path
(``save_package``, ``open_file``, and the pairing dialog's ``save_card`` and ``open_card``) asks for one
only when given none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import CasusoverlegError, InputError
from casusoverleg_desktop.services import document_export, meetings
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.packages import package, peers
from casusoverleg_desktop.services.packages.package import (
    PACKAGE_SUFFIX,
    Choice,
    ImportResult,
    IncomingPackage,
    OutgoingPackage,
)

from casusoverleg_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from casusoverleg_desktop.ui.forms.ui_incoming_package_dialog import Ui_IncomingPackageDialog
from casusoverleg_desktop.ui.forms.ui_outgoing_package_dialog import Ui_OutgoingPackageDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import restyle, set_style_property
from casusoverleg_desktop.ui.widgets.messages import OK, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.pdf_files import last_folder, remember_folder

MAX_PACKAGE_BYTES = 200 * 1024 * 1024


def escape_html(text: str) -> str:
    """For rich-text labels: Qt does not read the hexadecimal entities of ``html.escape``."""
    return escape(text, quote=False)


# -- shared helpers ------------------------------------------------------------------------------------
def role_text(value: str) -> str:
    """'voorzitter' for the stored role 'chair'; an unknown role as it is."""
    try:
        return Role(value).label
    except ValueError:
        return value


def person_text(name: str, role: str, organisation: str = "") -> str:
    return " · ".join(part for part in (name, role_text(role), organisation) if part)


def fingerprint_lines(fingerprint: str) -> str:
    """Six groups of five digits on two lines of three: easy to read aloud."""
    groups = fingerprint.split()
    return "\n".join("  ".join(groups[i:i + 3]) for i in range(0, len(groups), 3))


def fingerprint_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    return font


def read_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``; ``InputError`` in Dutch when it is too large or cannot be read."""
    try:
        if path.stat().st_size > limit:
            raise InputError(QCoreApplication.translate("Pakketten", "Dit bestand is te groot voor een %1.")
                             .replace("%1", what))
        return path.read_bytes()
    except OSError:
        raise InputError(QCoreApplication.translate("Pakketten", "Het bestand %1 kan niet worden gelezen.")
                         .replace("%1", path.name)) from None


def choose_file_to_open(parent: QWidget, title: str, filter_text: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filter_text)
    return Path(chosen) if chosen else None


def choose_file_to_save(parent: QWidget, title: str, suggested_name: str, filter_text: str,
                        suffix: str) -> Path | None:
    """The file the user chose (``suffix`` added when left off), or None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / suggested_name), filter_text)
    if not chosen:
        return None
    return with_suffix(Path(chosen), suffix)


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def count_rows(counts: Mapping[str, int]) -> list[tuple[str, str]]:
    """('Agendapunten', '7') per kind of record, the largest first."""
    return [(kind[:1].upper() + kind[1:], str(number))
            for kind, number in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if number]


def facts_html(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table (caption, value) for a summary label; the texts are escaped here."""
    body = "".join(f"<tr><td style='padding:2px 18px 2px 0'>{escape_html(caption)}</td>"
                   f"<td style='padding:2px 0'>{escape_html(value)}</td></tr>" for caption, value in rows)
    return f"<table cellspacing='0'>{body}</table>"


def _primary(button: QWidget) -> None:
    set_style_property(button, "kind", "primary")


def set_enabled(button: QWidget, enabled: bool) -> None:
    """Enable or disable a ``kind`` button: its look (bold, padded) applies only while enabled, so it
    is measured again; else its text is cut off."""
    button.setEnabled(enabled)
    restyle(button)


# -- making a package ---------------------------------------------------------------------------------
class OutgoingPackageDialog(QDialog):
    """``OutgoingPackageDialog(ctx, vault_id, meeting_id)``: a package for one meeting to a paired laptop."""

    def __init__(self, ctx: ServiceContext, vault_id: str, meeting_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OutgoingPackageDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._vault_id = vault_id
        self.meeting_id = meeting_id
        self.summary: OutgoingPackage | None = None
        self.saved: OutgoingPackage | None = None
        self.ui.summary_label.setTextFormat(Qt.TextFormat.RichText)
        _primary(self.ui.save_button)
        meeting = meetings.get_meeting(ctx, meeting_id)
        self.ui.meeting_label.setText(self.tr("%1 van %2 · %3").replace(
            "%1", meeting.title or label(meeting.meeting_type)).replace("%2", f"{meeting.held_on:%d-%m-%Y}")
            .replace("%3", label(meeting.status)))
        active = peers.list_peers(ctx)
        for peer in active:
            self.ui.peer_combo.addItem(f"{peer.name} — {person_text(peer.person, peer.role)}", peer.name)
        self.ui.peer_combo.currentIndexChanged.connect(self.show_summary)
        self.ui.save_button.clicked.connect(lambda: self.save_package())
        self.ui.close_button.clicked.connect(self.reject)
        if not active:
            self.ui.peer_combo.setEnabled(False)
            self.ui.summary_label.setText(escape_html(self.tr(
                "Deze laptop is nog met geen andere laptop gekoppeld. Koppel eerst via Uitwisselen › "
                "Koppelen… (rechtsboven in het hoofdvenster); daarna maakt u hier het pakket.")))
            set_enabled(self.ui.save_button, False)
            self.ui.close_button.setFocus()
        else:
            self.show_summary()
            self.ui.save_button.setDefault(True)

    def peer_name(self) -> str | None:
        name = self.ui.peer_combo.currentData()
        return str(name) if name is not None else None

    def choose_peer(self, name: str) -> None:
        self.ui.peer_combo.setCurrentIndex(self.ui.peer_combo.findData(name))

    def show_summary(self) -> None:
        """What a package for the chosen laptop would carry now."""
        clear_message(self.ui.message_label)
        clear_message(self.ui.error_label)
        name = self.peer_name()
        self.summary = None
        if name is None:
            return
        try:
            self.summary = package.outgoing_summary(self._ctx, name, self.meeting_id)
        except CasusoverlegError as exc:
            self.ui.summary_label.clear()
            set_enabled(self.ui.save_button, False)
            show_error(self.ui.error_label, exc)
            return
        self.ui.summary_label.setText(self.summary_html(self.summary))
        set_enabled(self.ui.save_button, True)

    def summary_html(self, summary: OutgoingPackage) -> str:
        head = self.tr("Pakket nummer %1 voor %2").replace("%1", str(summary.sequence)).replace(
            "%2", summary.peer)
        if not summary.total and not summary.deletions:
            nothing = self.tr("Er is niets nieuws voor %1 sinds het vorige pakket. U kunt het pakket toch "
                              "maken, bijvoorbeeld om te laten weten dat alles is ontvangen.")
            nothing = nothing.replace("%1", summary.peer)
            return f"<p><b>{escape_html(head)}</b></p><p>{escape_html(nothing)}</p>"
        rows = count_rows(summary.records)
        if summary.deletions:
            rows.append((self.tr("Verwijderd"), str(summary.deletions)))
        return (f"<p><b>{escape_html(head)}</b></p><p>{escape_html(self.tr('Het pakket brengt mee:'))}</p>"
                + facts_html(rows))

    def save_package(self, path: Path | None = None) -> Path | None:
        """Opslaan…: make the package (signed, numbered, logged) and write it to ``path``."""
        name, summary = self.peer_name(), self.summary
        if name is None or summary is None:
            return None
        if path is None:
            path = choose_file_to_save(self, self.tr("Pakket opslaan"), summary.file_name,
                                       self.tr("Casusoverleg-pakket (*%1)").replace("%1", PACKAGE_SUFFIX),
                                       PACKAGE_SUFFIX)
            if path is None:
                return None
        clear_message(self.ui.message_label)
        clear_message(self.ui.error_label)
        try:
            with busy_cursor():
                made = package.make_package(self._ctx, self._vault_id, name, self.meeting_id)
                written = document_export.save_export(with_suffix(path, PACKAGE_SUFFIX), made.data)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        remember_folder(written)
        self.saved = made
        self.ui.summary_label.setText(self.summary_html(made))
        saved = self.tr("Pakket %1 voor %2 opgeslagen als %3. Geef dit bestand aan de andere laptop.")
        show_message(self.ui.message_label, saved.replace("%1", str(made.sequence)).replace("%2", made.peer)
                     .replace("%3", str(written)), OK)
        return written

    def error_text(self) -> str:
        return self.ui.error_label.text()

    def summary_text(self) -> str:
        return _plain(self.ui.summary_label)


# -- reading a package in -----------------------------------------------------------------------------
class IncomingPackageDialog(QDialog):
    """``IncomingPackageDialog(ctx, vault_id)``: choose a package, see what it brings, read it in.

    ``imported`` (the ``ImportResult``) once it is in the vault: the main window then shows its
    page afresh. ``conflict_dialog`` is the dialog for the conflicts while it is open."""

    imported = Signal(object)

    def __init__(self, ctx: ServiceContext, vault_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncomingPackageDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._vault_id = vault_id
        self.data: bytes | None = None
        self.incoming: IncomingPackage | None = None
        self.import_result: ImportResult | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.ui.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.ui.summary_label.hide()
        _primary(self.ui.import_button)
        set_enabled(self.ui.import_button, False)
        self.ui.open_button.clicked.connect(lambda: self.open_file())
        self.ui.import_button.clicked.connect(self.start_import)
        self.ui.close_button.clicked.connect(self.reject)

    def open_file(self, path: Path | None = None) -> IncomingPackage | None:
        """Read the package in ``path`` (asked for when None) and show what it would bring in."""
        if path is None:
            path = choose_file_to_open(self, self.tr("Pakket kiezen"), self.tr(
                "Casusoverleg-pakket (*%1);;Alle bestanden (*)").replace("%1", PACKAGE_SUFFIX))
            if path is None:
                return None
        self._clear_messages()
        self.data, self.incoming, self.import_result = None, None, None
        set_enabled(self.ui.import_button, False)
        self.ui.summary_label.hide()
        self.ui.file_label.setText(path.name)
        self.ui.file_label.setToolTip(str(path))
        try:
            with busy_cursor():
                data = read_file(path, MAX_PACKAGE_BYTES, self.tr("pakket"))
                incoming = package.read_package(self._ctx, self._vault_id, data)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        self.data, self.incoming = data, incoming
        self.ui.summary_label.setText(self.summary_html(incoming))
        self.ui.summary_label.show()
        set_enabled(self.ui.import_button, True)
        self.ui.import_button.setDefault(True)
        self.ui.import_button.setFocus()
        return incoming

    def summary_html(self, incoming: IncomingPackage) -> str:
        made = local_time(incoming.made_at)
        number = self.tr("nummer %1, gemaakt op %2 om %3 uur").replace("%1", str(incoming.sequence)).replace(
            "%2", f"{made:%d-%m-%Y}").replace("%3", f"{made:%H.%M}")
        rows = [(self.tr("Van"), f"{incoming.peer} ({incoming.sender})"),
                (self.tr("Vergadering"), incoming.meeting), (self.tr("Pakket"), number)]
        parts = [facts_html(rows)]
        for caption, counts in ((self.tr("Nieuw"), incoming.new), (self.tr("Gewijzigd"), incoming.changed)):
            if any(counts.values()):
                parts.append(f"<p><b>{escape_html(caption)}</b></p>" + facts_html(count_rows(counts)))
        if incoming.deleted:
            parts.append(f"<p><b>{escape_html(self.tr('Verwijderd'))}:</b> {incoming.deleted}</p>")
        if not any(incoming.new.values()) and not any(incoming.changed.values()) and not incoming.deleted:
            nothing = self.tr("Niets nieuws: wat dit pakket meebrengt, staat al op deze laptop.")
            parts.append(f"<p>{escape_html(nothing)}</p>")
        if incoming.conflicts:
            text = self.tr("%1 conflict(en): beide laptops wijzigden hetzelfde, elk anders. Bij Inlezen "
                           "beslist u per conflict wat blijft.").replace("%1", str(len(incoming.conflicts)))
            parts.append(f"<p><b>{escape_html(text)}</b></p>")
        return "".join(parts)

    def start_import(self) -> None:
        """Inlezen: with conflicts, first the conflict dialog; the import follows its decisions."""
        incoming = self.incoming
        if incoming is None or self.data is None:
            return
        if not incoming.conflicts:
            self.import_with({})
            return
        dialog = ConflictDialog(incoming.conflicts, incoming.peer, self)
        self.conflict_dialog = dialog

        def decided() -> None:
            self.conflict_dialog = None
            self.import_with(dialog.decisions())

        def cancelled() -> None:
            self.conflict_dialog = None
            show_message(self.ui.message_label, self.tr("Niet ingelezen: er is niets gewijzigd."))

        open_modal(dialog, decided, cancelled)

    def import_with(self, decisions: Mapping[str, Choice]) -> ImportResult | None:
        if self.data is None:
            return None
        self._clear_messages()
        try:
            with busy_cursor():
                result = package.import_package(self._ctx, self._vault_id, self.data, decisions)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        self.import_result, self.data = result, None
        set_enabled(self.ui.import_button, False)
        self.ui.close_button.setFocus()
        show_message(self.ui.message_label, self.result_text(result), OK)
        self.imported.emit(result)
        return result

    def result_text(self, result: ImportResult) -> str:
        summary = result.package
        done = self.tr("Ingelezen: pakket %1 van %2. %3 nieuw, %4 gewijzigd, %5 verwijderd, %6 conflict(en) "
                       "beslist.")
        for number, value in enumerate((summary.sequence, summary.peer, sum(summary.new.values()),
                                        sum(summary.changed.values()), summary.deleted,
                                        len(summary.conflicts)), start=1):
            done = done.replace(f"%{number}", str(value))
        lines = [done]
        if result.renumbered:
            lines.append(self.tr("Ander nummer gekregen, zodat elk nummer één keer voorkomt:"))
            lines.extend(f"• {line}" for line in result.renumbered)
        if result.dropped:
            lines.append(self.tr("Niet overgenomen:"))
            lines.extend(f"• {line}" for line in result.dropped)
        return "\n".join(lines)

    def _clear_messages(self) -> None:
        clear_message(self.ui.message_label)
        clear_message(self.ui.error_label)

    def error_text(self) -> str:
        return self.ui.error_label.text()

    def message_text(self) -> str:
        return self.ui.message_label.text()

    def summary_text(self) -> str:
        return _plain(self.ui.summary_label)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The busy cursor while a package is made or read (a large one takes a moment)."""
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _plain(label: QLabel) -> str:
    """What a rich-text label says, as plain text (for tests and accessible descriptions)."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


__all__ = ["IncomingPackageDialog", "OutgoingPackageDialog", "choose_file_to_open", "choose_file_to_save",
           "escape_html", "fingerprint_font", "fingerprint_lines", "person_text", "read_file", "role_text",
           "set_enabled", "with_suffix"]
