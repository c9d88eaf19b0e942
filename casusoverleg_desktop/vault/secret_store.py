"""Where a "remember on this device" key may live: the OS keyring, or nowhere.

The vault talks to a ``SecretStore``; the composition root injects the keyring adapter, tests an
in-memory one. There is no plaintext fallback: without a working keyring the option is simply off.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Protocol

from casusoverleg_desktop.errors import KeyringUnavailable

if TYPE_CHECKING:  # keyring itself is imported only where it is used
    from keyring.backend import KeyringBackend

SERVICE_NAME = "casusoverleg-desktop"


class SecretStore(Protocol):
    description: str

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, secret: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


NO_KEYRING_MESSAGE = (
    "Er is op dit apparaat geen werkende sleutelbos (keyring) gevonden. "
    "'Onthoud op dit apparaat' is daarom niet beschikbaar: open de kluis met uw wachtwoord."
)


class KeyringSecretStore:
    """The OS keyring through ``keyring``; raises ``KeyringUnavailable`` when none works."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        import keyring
        from keyring.backends import fail

        self._backend = backend or keyring.get_keyring()
        if isinstance(self._backend, fail.Keyring) or _is_chainer_without_backends(self._backend):
            raise KeyringUnavailable(NO_KEYRING_MESSAGE)
        self.description = _describe(self._backend)

    def get(self, name: str) -> bytes | None:
        try:
            value = self._backend.get_password(SERVICE_NAME, name)
        except Exception as exc:  # keyring backends raise many types (D-Bus, locked, ...)
            raise KeyringUnavailable(f"De sleutelbos gaf een fout: {exc}") from None
        try:
            return base64.b64decode(value, validate=True) if value else None
        except ValueError:  # not something this program stored: as if nothing were remembered
            return None

    def put(self, name: str, secret: bytes) -> None:
        try:
            self._backend.set_password(SERVICE_NAME, name, base64.b64encode(secret).decode())
        except Exception as exc:
            raise KeyringUnavailable(f"De sleutelbos weigerde de sleutel: {exc}") from None

    def delete(self, name: str) -> None:
        import keyring.errors

        try:
            self._backend.delete_password(SERVICE_NAME, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            raise KeyringUnavailable(f"De sleutelbos gaf een fout: {exc}") from None


def _is_chainer_without_backends(backend: KeyringBackend) -> bool:
    return type(backend).__name__ == "ChainerBackend" and not getattr(backend, "backends", [])


def _describe(backend: KeyringBackend) -> str:
    name = getattr(backend, "name", type(backend).__name__)
    return f"de sleutelbos van het besturingssysteem ({name})"


def probe_keyring() -> tuple[SecretStore | None, str]:
    """The OS keyring when one works, with a plain sentence saying where keys would live."""
    try:
        store = KeyringSecretStore()
        store.get("probe")
    except KeyringUnavailable as exc:
        return None, exc.message
    return store, f"De sleutel wordt bewaard in {store.description}, alleen voor uw account."
