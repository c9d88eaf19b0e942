"""Koppelen met een andere laptop (issue 18): this laptop's vault card with the fingerprint to read
aloud, the other laptop's card opened from a file, and the laptops paired so far.

Pairing is done together at one table: each laptop saves its card and opens the other's; the user
types the fingerprint as the other screen shows it (read aloud), and ``peers.add_peer`` compares.
Typing the digits, rather than ticking "they are the same", makes the comparison really happen.
Unpairing asks first (``ask``, which a test answers).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import document_export
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.packages import peers
from casusoverleg_desktop.services.packages.peers import CARD_SUFFIX, PeerInfo, VaultCard

from casusoverleg_desktop.ui.dialogs.package_dialogs import (
    choose_file_to_open,
    choose_file_to_save,
    escape_html,
    fingerprint_font,
    fingerprint_lines,
    person_text,
    read_file,
    set_enabled,
    with_suffix,
)
from casusoverleg_desktop.ui.forms.ui_pairing_dialog import Ui_PairingDialog
from casusoverleg_desktop.ui.models.base import Column, TableModel, dutch_date
from casusoverleg_desktop.ui.theme import set_style_property
from casusoverleg_desktop.ui.widgets.messages import OK, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.pdf_files import remember_folder
from casusoverleg_desktop.ui.widgets.questions import Ask, ask
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table


class PeerModel(TableModel[PeerInfo]):
    """The paired laptops: the name given here, the person on their card, fingerprint, since when."""

    NAME, PERSON, FINGERPRINT, SINCE = range(4)
    columns = (
        Column("Naam", lambda p: p.name),
        Column("Persoon", lambda p: person_text(p.person, p.role)),
        Column("Vingerafdruk", lambda p: p.fingerprint),
        Column("Gekoppeld sinds", lambda p: dutch_date(local_time(p.added_at).date()),
               sort=lambda p: p.added_at),
    )


class PairingDialog(QDialog):
    """``PairingDialog(ctx, vault_id)``: pair this vault with another laptop's, or unpair one."""

    def __init__(self, ctx: ServiceContext, vault_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PairingDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._vault_id = vault_id
        self.ask: Ask = ask
        self.card: VaultCard | None = None
        self.other: VaultCard | None = None
        self._other_bytes: bytes | None = None
        self.peers = PeerModel(self)
        setup_table(self.ui.peers_view, self.peers, stretch=PeerModel.PERSON)
        self.ui.fingerprint_label.setFont(fingerprint_font(20))
        self.ui.fingerprint_edit.setFont(fingerprint_font(11))
        self.ui.own_person_label.setTextFormat(Qt.TextFormat.RichText)
        self.ui.other_person_label.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumSize(900, 630)  # both cards whole side by side (the layout alone allows less)
        set_style_property(self.ui.pair_button, "kind", "primary")
        set_style_property(self.ui.unpair_button, "kind", "danger")
        self.ui.save_card_button.clicked.connect(lambda: self.save_card())
        self.ui.open_card_button.clicked.connect(lambda: self.open_card())
        self.ui.pair_button.clicked.connect(self.pair)
        self.ui.unpair_button.clicked.connect(self.unpair_selected)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.peers_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_own_card()
        self._forget_other()
        self.load_peers()

    # -- this laptop's card --------------------------------------------------------------------
    def _show_own_card(self) -> None:
        try:
            self.card = peers.card_for(self._ctx, self._vault_id)
        except CasusoverlegError as exc:
            self.card = None
            self.ui.fingerprint_label.setText("—")
            self.ui.save_card_button.setEnabled(False)
            show_error(self.ui.error_label, exc)
            return
        card = self.card
        self.ui.own_person_label.setText(f"<b>{escape_html(card.name)}</b><br>"
                                         + escape_html(person_text("", card.role, card.organisation)))
        self.ui.fingerprint_label.setText(fingerprint_lines(card.fingerprint))
        self.ui.fingerprint_label.setAccessibleDescription(card.fingerprint)

    def save_card(self, path: Path | None = None) -> Path | None:
        """Kaart opslaan…: write this laptop's card to ``path`` (asked for when None)."""
        if self.card is None:
            return None
        if path is None:
            path = choose_file_to_save(self, self.tr("Kluiskaart opslaan"), f"{self.card.login}{CARD_SUFFIX}",
                                       self.tr("Kluiskaart (*%1)").replace("%1", CARD_SUFFIX), CARD_SUFFIX)
            if path is None:
                return None
        self._clear_messages()
        try:
            written = document_export.save_export(with_suffix(path, CARD_SUFFIX),
                                                  self.card.text.encode("utf-8"))
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        remember_folder(written)
        show_message(self.ui.message_label, self.tr("Kaart opgeslagen als %1. Geef dit bestand aan de andere "
                                                    "laptop.").replace("%1", str(written)), OK)
        return written

    # -- the other laptop's card ---------------------------------------------------------------
    def open_card(self, path: Path | None = None) -> VaultCard | None:
        """Kaart openen…: read the other laptop's card and show whose it is."""
        if path is None:
            path = choose_file_to_open(self, self.tr("Kluiskaart van de ander openen"), self.tr(
                "Kluiskaart (*%1);;Alle bestanden (*)").replace("%1", CARD_SUFFIX))
            if path is None:
                return None
        self._clear_messages()
        self._forget_other()
        self.ui.card_file_label.setText(path.name)
        self.ui.card_file_label.setToolTip(str(path))
        try:
            data = read_file(path, peers.MAX_CARD_BYTES, self.tr("kluiskaart"))
            other = peers.read_card(data)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        self.ui.other_person_label.setText(f"<b>{escape_html(other.name)}</b><br>"
                                           + escape_html(person_text("", other.role, other.organisation)))
        if self.card is not None and other.vault_uid == self.card.vault_uid:
            show_error(self.ui.error_label, self.tr("Dit is de kaart van deze laptop zelf. Open de kaart die "
                                                    "de andere laptop heeft opgeslagen."))
            return None
        self.other, self._other_bytes = other, data
        self.ui.fingerprint_edit.setEnabled(True)
        self.ui.name_edit.setEnabled(True)
        set_enabled(self.ui.pair_button, True)
        self.ui.name_edit.setText(self.tr("Laptop %1").replace("%1", other.name))
        self.ui.pair_button.setDefault(True)
        self.ui.fingerprint_edit.setFocus()
        return other

    def _forget_other(self) -> None:
        self.other, self._other_bytes = None, None
        self.ui.card_file_label.setText(self.tr("Nog geen kaart geopend"))
        self.ui.card_file_label.setToolTip("")
        self.ui.other_person_label.clear()
        for edit in (self.ui.fingerprint_edit, self.ui.name_edit):
            edit.clear()
            edit.setEnabled(False)
        set_enabled(self.ui.pair_button, False)
        self.ui.pair_button.setDefault(False)

    def pair(self) -> PeerInfo | None:
        """Koppelen: trust the opened card once the typed fingerprint is the card's."""
        if self._other_bytes is None:
            return None
        self._clear_messages()
        try:
            peer = peers.add_peer(self._ctx, self._vault_id, self._other_bytes, self.ui.name_edit.text(),
                                  self.ui.fingerprint_edit.text())
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            self.ui.fingerprint_edit.setFocus()
            self.ui.fingerprint_edit.selectAll()
            return None
        self._forget_other()
        self.load_peers()
        self.select_peer(peer.name)
        done = self.tr("Gekoppeld met %1 (%2). Pakketten van die laptop kunnen nu worden ingelezen.")
        show_message(self.ui.message_label, done.replace("%1", peer.name).replace("%2", peer.person), OK)
        return peer

    # -- the paired laptops ----------------------------------------------------------------------
    def load_peers(self) -> None:
        try:
            self.peers.set_rows(peers.list_peers(self._ctx))
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
        fit_columns(self.ui.peers_view)
        self._update_buttons()

    def selected_peer(self) -> PeerInfo | None:
        rows = self.ui.peers_view.selectionModel().selectedRows()
        return self.peers.row(rows[0].row()) if rows else None

    def select_peer(self, name: str) -> None:
        row = next((i for i, p in enumerate(self.peers.rows()) if p.name == name), None)
        if row is not None:
            self.ui.peers_view.selectRow(row)

    def unpair_selected(self) -> PeerInfo | None:
        """Ontkoppelen…: after the user confirms, packages of that laptop are refused from now on."""
        peer = self.selected_peer()
        if peer is None:
            return None
        self._clear_messages()
        question = self.tr("Pakketten van %1 (%2) worden daarna geweigerd. Opnieuw koppelen kan altijd, met "
                           "een nieuwe vergelijking van de cijfers.\n\n%1 ontkoppelen?")
        question = question.replace("%1", peer.name).replace("%2", peer.person)
        if not self.ask(self, self.tr("Ontkoppelen"), question, self.tr("Ontkoppelen")):
            return None
        try:
            removed = peers.remove_peer(self._ctx, peer.name)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        self.load_peers()
        show_message(self.ui.message_label, self.tr("%1 is ontkoppeld.").replace("%1", removed.name), OK)
        return removed

    def _update_buttons(self) -> None:
        set_enabled(self.ui.unpair_button, self.selected_peer() is not None)

    def _clear_messages(self) -> None:
        clear_message(self.ui.message_label)
        clear_message(self.ui.error_label)

    def error_text(self) -> str:
        return self.ui.error_label.text()

    def message_text(self) -> str:
        return self.ui.message_label.text()


__all__ = ["PairingDialog", "PeerModel"]
