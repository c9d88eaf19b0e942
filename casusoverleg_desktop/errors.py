"""The project's error hierarchy.

Every error a user can cause or meet carries a Dutch message fit to show as it is: the GUI puts it
in a dialog, the CLI prints it on stderr and exits non-zero. Lower layers raise these; only the
edges (``cli.py``, the GUI) catch them.
"""


class CasusoverlegError(Exception):
    """Base of all errors with a message for the user."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class VaultError(CasusoverlegError):
    """Something is wrong with the vault folder or its files."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    """The passphrase (or recovery code) does not open any matching key slot."""

    exit_code = 1


class UnknownUser(VaultError):
    exit_code = 1


class KeySlotFileDamaged(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultDamaged(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class KeyringUnavailable(VaultError):
    """No working OS keyring: a normal state, reported plainly."""


class BackupError(VaultError):
    pass


class InputError(CasusoverlegError):
    """Bad input from a file or form (message names what and why)."""


class ValidationError(InputError):
    """A domain rule refused a change; the message gives the reason."""


class NotPermitted(ValidationError):
    """The acting user's role may not do this (e.g. only the chair destroys a case)."""


class ImportRejected(InputError):
    """An import was refused before anything was written."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class NotFound(CasusoverlegError):
    pass


class SigningError(CasusoverlegError):
    """A signature could not be made, or a signing credential was refused."""


class VaultBusy(VaultError):
    """Another window or process holds the database longer than the busy timeout; nothing is lost."""

    exit_code = 1


class VaultKeyChanged(VaultError):
    """The data key was changed (a key rotation) in another window or process while this one had
    the vault open: its writes no longer fit. Lock and unlock again."""

    exit_code = 1


class VaultInUse(VaultError):
    """The GUI already runs on this vault in another window."""

    exit_code = 1


class OwnKeyMissing(VaultError):
    """The act needs the user's own key (signing), and this unlock did not give it."""


class OwnKeyMismatch(VaultError):
    """What the user's own key sealed does not open with it: changed outside the program."""
