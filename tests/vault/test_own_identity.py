"""A user is who they unlocked as, and signs only as themselves (issue 15, point 1).

Real vaults made the way ``init`` makes them, a second user added as the chair adds one, the key-slot
file edited as an attacker with a text editor (or with her own code) would, and real signatures.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from functools import partial
from pathlib import Path

import pytest
from cli_process import cli
from signing_testkit import MINUTES_FIELDS, minutes_pdf
from sqlalchemy import select
from vault_admin_kit import admin_of

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.documents.minutes import CHAIR_FIELD, SECRETARY_FIELD
from casusoverleg_desktop.documents.signing import prepare_signature_fields
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import OwnKeyMismatch, OwnKeyMissing, SigningError, WrongPassphrase
from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.access import VaultAccess, VaultSession, create_new_vault
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.pki_models import SignatureRecord, SigningCredential
from casusoverleg_desktop.vault.keyslots import KeySlotFile, SlotKind, new_slot
from casusoverleg_desktop.vault.vault import recover, unlock

from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

SETTINGS = Settings()
CHAIR, SECRETARY = "voorzitter", "notulist"
CHAIR_PASSPHRASE, SECRETARY_PASSPHRASE = "correct paard batterij niet", "notulist schrijft alles op"
FROZEN = Path(__file__).parents[1] / "store" / "frozen_vaults"


@pytest.fixture
def two_users(tmp_path: Path) -> Path:
    """A vault as ``init`` makes it, and the minute taker added by the chair; closed."""
    root = tmp_path / "kluis"
    session, _code = create_new_vault(root, CHAIR, Role.CHAIR, CHAIR_PASSPHRASE, settings=SETTINGS,
                                      display_name="Marloes Dekkers", organisation="ZVH Lindeveld")
    admin_of(session).add_user(SECRETARY, Role.SECRETARY, SECRETARY_PASSPHRASE,
                               display_name="Kees Brinkhorst")
    session.close()
    return root


def open_as(root: Path, login: str | None, passphrase: str) -> VaultSession:
    return VaultSession(unlock(root, login, passphrase, settings=SETTINGS))


def swap_passphrase_tags(root: Path) -> None:
    """What the minute taker can do with a text editor: exchange the two users' tags."""
    path = root / "keyslots.json"
    data = json.loads(path.read_text())
    users = [slot for slot in data["slots"] if slot["kind"] == "passphrase"]
    assert len(users) == 2
    users[0]["user_tag"], users[1]["user_tag"] = users[1]["user_tag"], users[0]["user_tag"]
    path.write_text(json.dumps(data))


def unsigned_minutes() -> bytes:
    return prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)


def signature_count(session: VaultSession) -> int:
    with session.context().unit_of_work() as db:
        return len(db.scalars(select(SignatureRecord)).all())


def on_vault(root: Path, command: str, *args: object, passphrase_file: Path):
    return cli(command, "--vault", root, "--passphrase-file", passphrase_file, *args)


# -- the key-slot file: tags bound to their slots --------------------------------------------------
def test_swapped_tags_do_not_let_the_minute_taker_in_as_the_chair(two_users):
    swap_passphrase_tags(two_users)
    with pytest.raises(WrongPassphrase):
        unlock(two_users, CHAIR, SECRETARY_PASSPHRASE, settings=SETTINGS)
    with pytest.raises(WrongPassphrase):  # nor without a login: the moved tag spoils both slots
        unlock(two_users, None, SECRETARY_PASSPHRASE, settings=SETTINGS)


def test_swapped_tags_are_refused_on_the_command_line(two_users, tmp_path):
    swap_passphrase_tags(two_users)
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(SECRETARY_PASSPHRASE + "\n")
    pdf = tmp_path / "verslag.pdf"
    pdf.write_bytes(unsigned_minutes())
    checked = on_vault(two_users, "unlock-check", "--user", CHAIR, passphrase_file=secret)
    assert checked.returncode != 0 and "voorzitter" not in checked.stdout
    assert "onjuist" in checked.stderr and "Traceback" not in checked.stderr
    signed = on_vault(two_users, "sign", pdf, "--out", tmp_path / "uit.pdf", "--user", CHAIR,
                 passphrase_file=secret)
    assert signed.returncode not in (0, 3) and "Traceback" not in signed.stderr
    assert not (tmp_path / "uit.pdf").exists()


def test_swapped_tags_are_refused_in_the_unlock_window(qtbot, two_users):
    swap_passphrase_tags(two_users)
    dialog = UnlockDialog(two_users, CHAIR).bind(VaultAccess(two_users, SETTINGS, None),
                                                 partial(recover, two_users, settings=SETTINGS))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.passphrase_edit, SECRETARY_PASSPHRASE)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.unlocked is None and dialog.isVisible()
    assert dialog.ui.error_label.text() and "Traceback" not in dialog.ui.error_label.text()


# -- signing keys: only the user's own unlock uses them ---------------------------------------------
def test_each_signs_as_themselves_and_verifies(two_users):
    secretary, chair = open_as(two_users, SECRETARY, SECRETARY_PASSPHRASE), \
        open_as(two_users, CHAIR, CHAIR_PASSPHRASE)
    try:
        first = signing.sign_document(secretary.context(), unsigned_minutes(), SECRETARY_FIELD,
                                      reason="opgesteld")
        both = signing.sign_document(chair.context(), first, CHAIR_FIELD, reason="vastgesteld")
        report = signing.verify_document(chair.context(), both)
        assert report.ok, report.verdict
        assert [check.signer for check in report.signatures] == ["Kees Brinkhorst", "Marloes Dekkers"]
    finally:
        secretary.close()
        chair.close()


def test_no_context_signs_for_another_user(two_users):
    secretary = open_as(two_users, SECRETARY, SECRETARY_PASSPHRASE)
    try:
        as_chair = dataclasses.replace(secretary.context(), actor=CHAIR)
        with pytest.raises(SigningError, match="Alleen voorzitter zelf"):
            signing.sign_document(as_chair, unsigned_minutes(), CHAIR_FIELD, reason="vastgesteld")
        without_keys = dataclasses.replace(secretary.context(), actor=CHAIR, own_keys=None)
        with pytest.raises(SigningError):
            signing.sign_document(without_keys, unsigned_minutes(), CHAIR_FIELD, reason="vastgesteld")
        with pytest.raises(SigningError):  # nor issue a credential for a user who has none yet
            signing.ensure_user_credential(dataclasses.replace(secretary.context(), actor=CHAIR),
                                           SECRETARY)
        assert signature_count(secretary) == 0
        assert signing.credential_for(secretary.context(), SECRETARY) is None
    finally:
        secretary.close()


def test_signing_keys_are_sealed_with_their_own_users_key(two_users):
    for login, passphrase in ((CHAIR, CHAIR_PASSPHRASE), (SECRETARY, SECRETARY_PASSPHRASE)):
        session = open_as(two_users, login, passphrase)
        signing.sign_document(session.context(), unsigned_minutes(), SECRETARY_FIELD, reason="test")
        session.close()
    secretary = open_as(two_users, SECRETARY, SECRETARY_PASSPHRASE)
    try:
        with secretary.context().unit_of_work() as db:
            stored = {c.login: (c.fingerprint, c.private_key_der)
                      for c in db.scalars(select(SigningCredential))}
        assert set(stored) == {CHAIR, SECRETARY}
        for _fingerprint, blob in stored.values():
            assert blob.startswith(signing.SEALED_KEY_MARK)
            assert b"\x30\x81" not in blob[:16]  # no PKCS#8 DER in the clear
        fingerprint, blob = stored[CHAIR]
        with pytest.raises(OwnKeyMismatch):  # her own key does not open the chair's
            secretary.vault.own_keys.open(f"signing-key/{CHAIR}/{fingerprint}",
                                          blob[len(signing.SEALED_KEY_MARK):])
    finally:
        secretary.close()


@pytest.mark.parametrize("with_own_key", [False, True], ids=["no-own-key", "her-own-key"])
def test_a_slot_forged_with_her_own_code_gives_no_signing_key(two_users, with_own_key):
    """Beyond a text editor: the minute taker knows the data key and writes a slot for the chair's
    tag with her own passphrase. She can then read as the chair -- she could read everything anyway
    -- but the chair's signing key stays sealed with the chair's own key."""
    chair = open_as(two_users, CHAIR, CHAIR_PASSPHRASE)
    signing.ensure_user_credential(chair.context(), CHAIR)
    chair.close()
    secretary = open_as(two_users, SECRETARY, SECRETARY_PASSPHRASE)
    data_keys = secretary.vault._data_keys
    secretary.close()
    slots = KeySlotFile.from_bytes((two_users / "keyslots.json").read_bytes())
    forged = new_slot(slots.vault_id, SlotKind.PASSPHRASE, slots.user_tag(CHAIR), data_keys,
                      secret=SECRETARY_PASSPHRASE, kdf=SETTINGS.kdf,
                      own_key=os.urandom(32) if with_own_key else None)
    (two_users / "keyslots.json").write_bytes(slots.with_slot(forged).to_bytes())

    as_chair = open_as(two_users, CHAIR, SECRETARY_PASSPHRASE)
    try:
        assert as_chair.user.login == CHAIR
        expected = OwnKeyMismatch if with_own_key else OwnKeyMissing
        with pytest.raises(expected):
            signing.sign_document(as_chair.context(), unsigned_minutes(), CHAIR_FIELD,
                                  reason="vastgesteld")
        assert signature_count(as_chair) == 0
    finally:
        as_chair.close()


def test_recovery_gives_a_new_own_key_and_a_new_credential(two_users, tmp_path):
    root = tmp_path / "kluis"
    shutil.rmtree(two_users)
    session, code = create_new_vault(root, CHAIR, Role.CHAIR, CHAIR_PASSPHRASE, settings=SETTINGS,
                                     display_name="Marloes Dekkers")
    before = signing.credential_for(session.context(), CHAIR)
    session.close()
    recovered = VaultAccess(root, SETTINGS, None).recover(CHAIR, code, "een nieuwe lange zin")
    try:
        assert signing.credential_for(recovered.context(), CHAIR) is None  # the old one is revoked
        signed = signing.sign_document(recovered.context(), unsigned_minutes(), CHAIR_FIELD,
                                       reason="vastgesteld")
        after = signing.credential_for(recovered.context(), CHAIR)
        assert after is not None and after.fingerprint != before.fingerprint
        assert signing.verify_document(recovered.context(), signed).signatures[0].intact
    finally:
        recovered.close()
    again = open_as(root, CHAIR, "een nieuwe lange zin")  # the new own key is in the new slot
    try:
        signing.sign_document(again.context(), unsigned_minutes(), CHAIR_FIELD, reason="vastgesteld")
    finally:
        again.close()


# -- vaults made before 0.2 ---------------------------------------------------------------------------
def test_an_older_vault_is_bound_at_each_users_first_unlock(tmp_path):
    root = tmp_path / "kluis"
    shutil.copytree(FROZEN / "0007", root)

    def slot_of(login: str) -> dict:
        slots = KeySlotFile.from_bytes((root / "keyslots.json").read_bytes())
        slot = slots.slots_of(SlotKind.PASSPHRASE, login)[0]
        return {"bound": slot.bound, "own_key": slot.own_key is not None}

    assert slot_of(CHAIR) == slot_of(SECRETARY) == {"bound": False, "own_key": False}
    chair = open_as(root, CHAIR, CHAIR_PASSPHRASE)
    try:
        assert slot_of(CHAIR) == {"bound": True, "own_key": True}
        assert slot_of(SECRETARY) == {"bound": False, "own_key": False}  # until she unlocks
        signing.sign_document(chair.context(), unsigned_minutes(), CHAIR_FIELD, reason="vastgesteld")
        with chair.context().unit_of_work() as db:
            sealed = {c.login: c.private_key_der.startswith(signing.SEALED_KEY_MARK)
                      for c in db.scalars(select(SigningCredential)
                                          .where(SigningCredential.revoked_at.is_(None)))}
        assert sealed == {CHAIR: True, SECRETARY: False}
    finally:
        chair.close()
    open_as(root, SECRETARY, CHAIR_PASSPHRASE).close()  # every frozen user has the same passphrase
    assert slot_of(SECRETARY) == {"bound": True, "own_key": True}
    swap_passphrase_tags(root)
    with pytest.raises(WrongPassphrase):
        unlock(root, CHAIR, CHAIR_PASSPHRASE, settings=SETTINGS)
