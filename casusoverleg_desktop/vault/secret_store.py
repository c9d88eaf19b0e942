"""Where a "remember on this device" key may live: the OS keyring, or nowhere.

The vault talks to a ``SecretStore``; the composition root injects the keyring adapter, tests an
in-memory one. There is no plaintext fallback: without a working keyring the option is simply off.
"""

from __future__ import annotations

import base64
import importlib
import sys
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
        from keyring.backends import fail

        self._backend = backend or system_backend()
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


# The OS keyrings this program uses where keyring would otherwise import every backend it knows:
# importing its macOS backend runs ldconfig and gcc (ctypes.util.find_library) on Linux at each start.
NATIVE_BACKENDS = {
    "linux": ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring",
              "keyring.backends.libsecret.Keyring"),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
}


def system_backend() -> KeyringBackend:
    """The backend ``keyring.get_keyring()`` would choose, but on Linux and Windows only among the
    native backends. One set with ``keyring.set_keyring``, in ``PYTHON_KEYRING_BACKEND`` or in
    keyringrc.cfg still wins."""
    import keyring
    import keyring.core
    from keyring.backends import fail

    native = next((names for platform, names in NATIVE_BACKENDS.items()
                   if sys.platform.startswith(platform)), None)
    # keyring has no public way to ask whether a backend was chosen already.
    if native is None or getattr(keyring.core, "_keyring_backend", None) is not None:
        return keyring.get_keyring()
    try:
        chosen = keyring.core.load_env() or keyring.core.load_config() or _best_of(native)
    except (ImportError, RuntimeError, AttributeError):  # a configured backend that cannot work here
        chosen = None
    keyring.set_keyring(chosen or fail.Keyring())  # type: ignore[no-untyped-call]
    return keyring.get_keyring()


def _best_of(names: tuple[str, ...]) -> KeyringBackend | None:
    viable: list[tuple[float, type[KeyringBackend]]] = []
    for name in names:
        module, _, class_name = name.rpartition(".")
        try:
            backend_class = getattr(importlib.import_module(module), class_name)
            viable.append((backend_class.priority, backend_class))
        except Exception:  # a backend that cannot work here says so by raising, in many types
            continue
    return max(viable, key=lambda pair: pair[0])[1]() if viable else None


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
