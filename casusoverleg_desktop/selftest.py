"""``casusoverleg selftest``: prove this installation works, on temporary vaults.

It runs from source and inside the frozen app (CI runs it on the Linux bundle), and touches
everything a broken install or a frozen build tends to lose: data files (fonts, Alembic migrations
loaded by path, the exchange schema, icons), keyring backends found through entry-point metadata,
Qt's offscreen platform and image plug-ins, SQLCipher with FTS5, the Argon2id KDF, pyHanko and
ReportLab, and backup and restore. Every step yields one Dutch line; the first failure raises
``SelftestFailed`` with a Dutch message (exit code 1).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.resources import package_path, resource_path
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings

SELFTEST_USER = "zelftest"
SEARCH_WORD = "reunie"  # finds "reünie": FTS5 with diacritics folded
CASE_CODE = "ZT-0001"
NATIVE_KEYRING_BACKEND = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


class SelftestFailed(CasusoverlegError):
    exit_code = 1


@dataclass
class _Run:
    """State shared by the steps: where the vaults live, the passphrase, what stays alive."""

    root: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    vault: Any = None  # services.access.VaultSession
    demo_root: Path | None = None  # set when the demo vault was made
    qt_app: Any = None  # QApplication, kept alive until the end


def run_selftest() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="casusoverleg-selftest-") as tmp:
        run = _Run(Path(tmp))
        try:
            for what, step in _STEPS:
                yield _timed(what, step, run)
        finally:
            if run.vault is not None:
                run.vault.close()


def _timed(what: str, step: Callable[[_Run], str], run: _Run) -> str:
    started = time.perf_counter()
    try:
        line = step(run)
    except SelftestFailed:
        raise
    except Exception as exc:  # any failure is a failed selftest, said in one Dutch sentence
        detail = exc.message if isinstance(exc, CasusoverlegError) else f"{type(exc).__name__}: {exc}"
        raise SelftestFailed(f"Zelftest: {what} mislukt ({detail}).") from exc
    return f"{line} ({time.perf_counter() - started:.2f} s)"


def _require(condition: object, message: str) -> None:
    if not condition:
        raise SelftestFailed(f"Zelftest: {message}")


# -- what the installation carries ------------------------------------------------------------------


def check_data_files(_run: _Run) -> str:
    from casusoverleg_desktop.services.exchange import load_schema
    from casusoverleg_desktop.store.migrate import head_revision

    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    _require(resource_path("fonts", "NotoSans-Regular.ttf").is_file(),
             f"het lettertype Noto Sans ontbreekt in {resource_path('fonts')}.")
    _require(resource_path("fonts", "OFL.txt").is_file(), "de licentie van de lettertypen ontbreekt.")
    migrations = package_path("store", "migrations")
    versions = sorted(migrations.joinpath("versions").glob("*.py"))
    _require((migrations / "env.py").is_file() and versions,
             f"de databasemigraties ontbreken in {migrations}.")
    head = head_revision()  # Alembic reads every migration script from its file
    _require(head, "de migraties hebben geen eindversie.")
    _require(load_schema().get("title"), "het schema van het uitwisselformaat is leeg.")
    _require(resource_path("icons", "casusoverleg.svg").is_file(), "het programmapictogram ontbreekt.")
    translations = len(list(resource_path("translations").glob("*.qm")))
    return (f"bestanden aanwezig: {len(fonts)} lettertypen, {len(versions)} migraties (tot {head}), "
            f"uitwisselschema, pictogram, {translations} vertalingen")


def check_keyring_backends(_run: _Run) -> str:
    from casusoverleg_desktop.vault.secret_store import probe_keyring

    entry_points = {ep.name: ep for ep in metadata.entry_points(group="keyring.backends")}
    _require(entry_points, "keyring vindt geen backends: de metadata van keyring ontbreekt.")
    platform_key = next((key for key in NATIVE_KEYRING_BACKEND if sys.platform.startswith(key)), None)
    native = NATIVE_KEYRING_BACKEND.get(platform_key or "", "")
    if native:
        _require(native in entry_points, f"de keyring-backend {native} is niet geregistreerd.")
        entry_points[native].load()  # the backend module itself must be in the installation
    import keyring.backend

    _require(keyring.backend.get_all_keyring(), "keyring kent geen enkele backend.")
    store, _sentence = probe_keyring()
    state = (f"in gebruik: {store.description}" if store is not None
             else "geen werkende sleutelbos op dit apparaat (normaal zonder bureaubladsessie)")
    return f"keyring: {len(entry_points)} backends gevonden via metadata; {state}"


def check_qt_offscreen(run: _Run) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QFont, QFontDatabase, QIcon, QImageReader
    from PySide6.QtWidgets import QApplication, QLabel

    from casusoverleg_desktop.services.access import VaultAccess
    from casusoverleg_desktop.settings import Settings

    from casusoverleg_desktop.app import create_application
    from casusoverleg_desktop.ui.theme import FONT_FAMILY, load_fonts
    from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

    if QApplication.instance() is None:
        previous = os.environ.get("QT_QPA_PLATFORM")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never show a window during a selftest
        try:
            run.qt_app = create_application([sys.argv[0] if sys.argv else "casusoverleg"])
        finally:
            if previous is None:
                os.environ.pop("QT_QPA_PLATFORM", None)
            else:
                os.environ["QT_QPA_PLATFORM"] = previous
    else:  # inside a running program or a test session: use its application as it is
        run.qt_app = QApplication.instance()
        load_fonts()
    _require(FONT_FAMILY in QFontDatabase.families(), f"Qt heeft het lettertype {FONT_FAMILY} niet geladen.")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    _require({"png", "svg"} <= formats, f"Qt mist beeldformaten (wel: {', '.join(sorted(formats))}).")
    icon = QIcon(str(resource_path("icons", "casusoverleg.svg")))
    _require(not icon.pixmap(64, 64).isNull(), "Qt kan het SVG-pictogram niet tekenen.")

    label = QLabel("Casusoverleg — zelftest: ĳ, €, reünie")
    label.setFont(QFont(FONT_FAMILY, 14))
    label.resize(420, 60)
    _require(_drawn(label.grab().toImage()), "Qt tekent geen tekst (lettertype of platform-plug-in).")
    root = run.root / "kluis"
    dialog = UnlockDialog(root, SELFTEST_USER).bind(VaultAccess(root, Settings(), None))
    dialog.resize(dialog.sizeHint())
    _require(_drawn(dialog.grab().toImage()), "Qt tekent het ontgrendelvenster niet.")
    dialog.deleteLater()
    platform = QApplication.platformName()
    return f"Qt {qVersion()} ({platform}): pictogram, tekst en ontgrendelvenster getekend"


def _drawn(image: Any) -> bool:
    """More than one colour in a picture of a widget: something was really painted."""
    if image.isNull():
        return False
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    return len(colours) > 1


# -- a vault through its whole life ----------------------------------------------------------------


def create_vault_step(run: _Run) -> str:
    from casusoverleg_desktop.domain.accounts import Role
    from casusoverleg_desktop.services.access import create_new_vault
    from casusoverleg_desktop.services.signing import credential_for

    run.vault, _code = create_new_vault(run.root / "kluis", SELFTEST_USER, Role.CHAIR, run.passphrase,
                                        settings=Settings(), display_name="Zelftest Voorzitter",
                                        organisation="Zelftest ZVH")
    credential = credential_for(run.vault.context(), SELFTEST_USER)
    _require(credential is not None, "de nieuwe gebruiker heeft geen ondertekencertificaat.")
    return f"kluis aangemaakt met eigen certificaatautoriteit; certificaat voor {credential.name}"


def demo_data_step(run: _Run) -> str:
    line = load_demo_data(run.root / "demo", run.passphrase)
    run.demo_root = run.root / "demo"
    return line


def load_demo_data(root: Path, passphrase: str) -> str:
    """Create the demo vault and look inside it."""
    from casusoverleg_desktop.demo.story import create_demo
    from casusoverleg_desktop.services.meetings import list_meetings

    create_demo(root, passphrase, settings=Settings())
    vault = _unlock(root, "voorzitter", passphrase)
    try:
        meetings = list_meetings(vault.context())
    finally:
        vault.close()
    _require(meetings, "de demokluis heeft geen overleggen.")
    return f"demogegevens aangemaakt: {len(meetings)} overleggen"


def _unlock(root: Path, login: str, passphrase: str) -> Any:  # services.access.VaultSession
    from casusoverleg_desktop.services.access import VaultAccess

    return VaultAccess(root, Settings(), None).unlock(login, passphrase)


def import_exchange_step(run: _Run) -> str:
    from casusoverleg_desktop.services.exchange import import_document

    summary = import_document(run.vault.context(), selftest_document())
    return f"uitwisseldocument gecontroleerd en geïmporteerd ({summary.total} rijen)"


def selftest_document() -> dict[str, Any]:
    """A small hand-made exchange document: one partner, one case with one signal."""
    at = "2026-01-05T09:00:00Z"
    return {
        "format": "casusoverleg-exchange", "version": 1,
        "partners": [{"key": "zvh", "name": "Zelftest Zorg- en Veiligheidshuis", "domain": "sociaal",
                      "tier": "kernpartij"}],
        "cases": [{
            "code": CASE_CODE, "legal_basis": "convenant", "covenant_name": "Convenant Zelftest",
            "status": "signaal_ontvangen", "opened_on": "2026-01-05",
            "transitions": [{"to_status": "signaal_ontvangen", "at": at, "by": SELFTEST_USER}],
            "subjects": [{"key": "a", "pseudonym": "Zelftest A.", "role": "primair"}],
            "signals": [{"key": "S1", "partner": "zvh", "statement_type": "feit", "observed_on": "2026-01-05",
                         "text": "Na de reünie is dit signaal door de zelftest vastgelegd.",
                         "recorded_at": at}],
        }],
        "meetings": [],
    }


def search_step(run: _Run) -> str:

    hits = _search(run.vault.context(), SEARCH_WORD)
    _require(hits, f"zoeken op '{SEARCH_WORD}' vindt het geïmporteerde signaal niet.")
    return f"zoeken (FTS5, accenten genegeerd) vindt het signaal in {CASE_CODE}"


def _search(ctx: ServiceContext, query: str) -> list[Any]:
    from casusoverleg_desktop.services.search import search

    return [hit for hit in search(ctx, query) if hit.case_code == CASE_CODE]


def minutes_step(run: _Run) -> str:
    """Adopt the demo's latest concept minutes in writing as chair, sign them as minute taker and then
    as chair, verify both signatures, and render the signed first page (pypdfium2, as the GUI's
    preview does)."""
    import pypdfium2

    assert run.demo_root is not None
    demo_root, passphrase = run.demo_root, run.passphrase
    from casusoverleg_desktop.domain.enums import MeetingStatus, MinutesStatus
    from casusoverleg_desktop.domain.moments import local_time
    from casusoverleg_desktop.services.document_export import export_minutes
    from casusoverleg_desktop.services.meetings import list_meetings
    from casusoverleg_desktop.services.minutes import adopt_in_writing, minutes_status
    from casusoverleg_desktop.services.signing import verify_document

    vault = _unlock(demo_root, "voorzitter", passphrase)
    try:
        ctx = vault.context()
        concepts = [m.id for m in list_meetings(ctx) if m.status is MeetingStatus.GEHOUDEN
                    and minutes_status(ctx, m.id).status is MinutesStatus.CONCEPT]
        _require(bool(concepts), "de demokluis heeft geen conceptverslag om vast te stellen.")
        meeting_id = concepts[-1]
        adopt_in_writing(ctx, meeting_id, local_time(ctx.clock()).date(),
                         "zelftest: rondgestuurd, geen bezwaren")
    finally:
        vault.close()
    built = None
    for login in ("notulist", "voorzitter"):
        vault = _unlock(demo_root, login, passphrase)
        try:
            ctx = vault.context()
            built = export_minutes(ctx, meeting_id, sign=True)
            report = verify_document(ctx, built.pdf)
        finally:
            vault.close()
    _require(built is not None and len(report.signatures) == 2 and report.ok,
             f"de handtekeningen onder het verslag zijn niet in orde: {report.verdict}")
    document = pypdfium2.PdfDocument(built.pdf)
    try:
        image = document[0].render(scale=0.5).to_pil()
    finally:
        document.close()
    _require(image.width > 100 and image.getextrema() != ((255, 255),) * len(image.getbands()),
             "de eerste bladzijde van het verslag is niet te tonen.")
    return (f"verslag ({built.page_count} blz.) geëxporteerd, ondertekend door notulist en voorzitter, "
            "gecontroleerd en getoond")


def backup_restore_step(run: _Run) -> str:
    from casusoverleg_desktop.services.access import VaultAccess, restore
    from casusoverleg_desktop.services.vault_admin import VaultAdministration

    backup = run.root / "zelftest.cobak"
    session = run.vault
    VaultAdministration(lambda: session, VaultAccess(session.root, Settings(), None)).write_backup(backup)
    run.vault.close()
    run.vault = None
    run.vault = restore(backup, run.root / "teruggezet", run.passphrase, None, settings=Settings())
    _require(_search(run.vault.context(), SEARCH_WORD), "de teruggezette kluis mist de casus.")
    return f"back-up ({backup.stat().st_size // 1024} KiB) teruggezet en gecontroleerd"


_STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("de controle van de meegeleverde bestanden", check_data_files),
    ("de controle van keyring", check_keyring_backends),
    ("het tekenen met Qt", check_qt_offscreen),
    ("het aanmaken van een kluis", create_vault_step),
    ("het aanmaken van de demogegevens", demo_data_step),
    ("het importeren van een uitwisseldocument", import_exchange_step),
    ("het zoeken", search_step),
    ("het maken, ondertekenen en controleren van een verslag", minutes_step),
    ("de back-up en het terugzetten", backup_restore_step),
)
