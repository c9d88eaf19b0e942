"""Unlocking: wrong passphrase, unknown user, recovery code, and recovering a forgotten passphrase."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from vault_admin_kit import admin_of, new_vault
from vault_testkit import CHAIR, PASSPHRASE, SECOND_PASSPHRASE, SECRETARY

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import InputError, UnknownUser, VaultNotFound, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.recovery import ALPHABET, generate_recovery_code, normalise_recovery_code
from casusoverleg_desktop.vault.vault import recover, unlock

SETTINGS = Settings()

NEW_PASSPHRASE = "een nieuwe lange zin voor later"


@pytest.fixture
def closed(created) -> tuple[Path, str]:
    """A vault folder that is not open, and its recovery code."""
    vault, code = created
    vault.close()
    return vault.paths.root, code


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> Path:
    """One closed vault for the tests that only try to open it (saves the Argon2id cost)."""
    vault, _ = new_vault(tmp_path_factory.mktemp("gedeeld") / "kluis", CHAIR, Role.CHAIR, PASSPHRASE)
    vault.close()
    return vault.paths.root


@pytest.mark.parametrize("login", [CHAIR, None], ids=["with-login", "any-user"])
@pytest.mark.parametrize("wrong", ["correct paard batterij NIET", PASSPHRASE + " ", "", "x" * 500])
def test_wrong_passphrase_is_refused_and_touches_nothing(shared, folder_digest, login, wrong) -> None:
    root = shared
    before = folder_digest(root)
    with pytest.raises(WrongPassphrase) as caught:
        unlock(root, login, wrong, settings=SETTINGS)
    assert caught.value.message == "Het wachtwoord is onjuist."
    assert folder_digest(root) == before


def test_unknown_user_is_named_and_touches_nothing(shared, folder_digest) -> None:
    root = shared
    before = folder_digest(root)
    with pytest.raises(UnknownUser, match="geen gebruiker 'onbekend'"):
        unlock(root, "onbekend", PASSPHRASE, settings=SETTINGS)
    assert folder_digest(root) == before


def test_missing_vault_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="Er staat geen kluis in"):
        unlock(tmp_path / "nergens", CHAIR, PASSPHRASE, settings=SETTINGS)
    assert not (tmp_path / "nergens").exists()


def test_right_passphrase_opens_with_login_in_any_case(shared) -> None:
    root = shared
    for login in (CHAIR, "VoorZitter", f"  {CHAIR} ", None):
        vault = unlock(root, login, PASSPHRASE, settings=SETTINGS)
        assert (vault.user.login, vault.user.role) == (CHAIR, Role.CHAIR)
        vault.close()


def test_passphrase_is_compared_after_unicode_normalisation(vault) -> None:
    composed = unicodedata.normalize("NFC", "één café-tafel met ĳs")
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, composed)
    vault.close()
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    opened = unlock(vault.paths.root, SECRETARY, decomposed, settings=SETTINGS)
    assert opened.user.login == SECRETARY
    opened.close()


def _variants(code: str) -> dict[str, str]:
    return {
        "as-shown": code, "lower-case": code.lower(), "no-dashes": code.replace("-", ""),
        "spaces": code.replace("-", " "), "lower-no-dashes": code.replace("-", "").lower(),
        "letter-O-for-zero": code.replace("0", "O"), "letter-l-for-one": code.replace("1", "l"),
        "padded": f"  {code}\n",
    }


@pytest.mark.parametrize("variant", ["as-shown", "lower-case", "no-dashes", "spaces",
                                     "lower-no-dashes", "letter-O-for-zero", "letter-l-for-one",
                                     "padded"])
def test_typed_variants_of_a_recovery_code_are_read_as_the_code(variant) -> None:
    code = next(c for c in iter(generate_recovery_code, None) if "0" in c[:-1] and "1" in c[:-1])
    assert normalise_recovery_code(code) == code
    assert normalise_recovery_code(_variants(code)[variant]) == code


@pytest.mark.parametrize("variant", ["lower-case", "no-dashes"])
def test_recovery_code_sets_a_new_passphrase_and_the_old_one_stops(closed, variant) -> None:
    root, code = closed
    vault = recover(root, CHAIR, _variants(code)[variant], NEW_PASSPHRASE, settings=SETTINGS)
    assert vault.user.login == CHAIR
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    unlock(root, CHAIR, NEW_PASSPHRASE, settings=SETTINGS).close()


def test_recovery_with_the_login_in_another_case(closed) -> None:
    root, code = closed
    recover(root, "VOORZITTER", code, NEW_PASSPHRASE, settings=SETTINGS).close()
    unlock(root, CHAIR, NEW_PASSPHRASE, settings=SETTINGS).close()


def _mistype(code: str) -> str:
    """Change the first character (weight 1 in the check sum, so always detected)."""
    first = code[0]
    return ALPHABET[(ALPHABET.index(first) + 1) % len(ALPHABET)] + code[1:]


def test_mistyped_recovery_code_gives_the_checksum_message(closed, folder_digest) -> None:
    root, code = closed
    before = folder_digest(root)
    with pytest.raises(InputError, match="tikfout"):
        recover(root, CHAIR, _mistype(code), NEW_PASSPHRASE, settings=SETTINGS)
    with pytest.raises(InputError, match="8 groepen van 4 tekens"):
        recover(root, CHAIR, code[:-5], NEW_PASSPHRASE, settings=SETTINGS)
    assert folder_digest(root) == before


def test_recovery_code_of_another_vault_is_refused(closed, folder_digest) -> None:
    root, code = closed
    other = generate_recovery_code()
    assert normalise_recovery_code(other) == other
    before = folder_digest(root)
    with pytest.raises(WrongPassphrase, match="herstelcode hoort niet bij deze kluis"):
        recover(root, CHAIR, other, NEW_PASSPHRASE, settings=SETTINGS)
    assert folder_digest(root) == before


def test_recovery_refuses_a_weak_new_passphrase_and_an_unknown_user(closed) -> None:
    root, code = closed
    with pytest.raises(InputError, match="minstens 10 tekens"):
        recover(root, CHAIR, code, "kort", settings=SETTINGS)
    with pytest.raises(UnknownUser):
        recover(root, "onbekend", code, NEW_PASSPHRASE, settings=SETTINGS)
    unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


def test_recovery_code_is_not_a_passphrase(closed) -> None:
    root, code = closed
    with pytest.raises(WrongPassphrase):
        unlock(root, None, code, settings=SETTINGS)


def test_each_user_opens_with_their_own_passphrase_only(vault) -> None:
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE, display_name="Sem de Notulist")
    vault.close()
    root = vault.paths.root
    opened = unlock(root, None, SECOND_PASSPHRASE, settings=SETTINGS)
    assert (opened.user.login, opened.user.display_name, opened.user.role) == (
        SECRETARY, "Sem de Notulist", Role.SECRETARY)
    opened.close()
    with pytest.raises(WrongPassphrase):
        unlock(root, SECRETARY, PASSPHRASE, settings=SETTINGS)
    with pytest.raises(WrongPassphrase):
        unlock(root, CHAIR, SECOND_PASSPHRASE, settings=SETTINGS)
