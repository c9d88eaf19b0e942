"""The command line: ``casusoverleg`` (also ``python -m casusoverleg_desktop``).

Every command reports bad input as one Dutch sentence on stderr and a non-zero exit, never a
traceback. Without a command it starts the GUI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from casusoverleg_desktop import __version__
from casusoverleg_desktop.errors import CasusoverlegError, InputError, WrongPassphrase
from casusoverleg_desktop.settings import Settings

if TYPE_CHECKING:
    import datetime as dt

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3


def read_secret_file(name: str, what: str = "wachtwoord") -> str:
    """The first line of a file (``-`` = standard input), without its line ending."""
    try:
        if name == "-":
            line = sys.stdin.readline()
        else:
            with open(name, encoding="utf-8") as handle:
                line = handle.readline()
    except FileNotFoundError:
        raise InputError(f"Het bestand met het {what} bestaat niet: {name}") from None
    except IsADirectoryError:
        raise InputError(f"{name} is een map, geen bestand met het {what}.") from None
    except PermissionError:
        raise InputError(f"U mag het bestand met het {what} niet lezen: {name}") from None
    except UnicodeDecodeError:
        raise InputError(f"Het bestand met het {what} is geen tekst in UTF-8: {name}") from None
    except OSError as exc:
        raise InputError(f"Het bestand met het {what} kan niet worden gelezen ({exc.strerror}): "
                         f"{name}") from None
    secret = line.rstrip("\r\n")
    if not secret:
        raise InputError(f"De eerste regel van {name} is leeg; daar hoort het {what} te staan.")
    return secret


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else Settings.default_vault_dir()


def _access(args: argparse.Namespace):  # services.access.VaultAccess, without the OS keyring
    from casusoverleg_desktop.services.access import VaultAccess
    from casusoverleg_desktop.vault.leftovers import remove_leftovers

    remove_leftovers(_vault_dir(args))  # what a crashed run left behind
    return VaultAccess(_vault_dir(args), Settings(), None)


def _open(args: argparse.Namespace):  # services.access.VaultSession
    return _access(args).unlock(getattr(args, "user", None) or "",
                                read_secret_file(args.passphrase_file))


# -- commands ---------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.domain.accounts import Role
    from casusoverleg_desktop.services.access import create_new_vault

    vault, code = create_new_vault(_vault_dir(args), args.user, Role(args.role),
                                   read_secret_file(args.passphrase_file), settings=Settings(),
                                   display_name=args.name or "", organisation=args.organisation or "")
    vault.close()
    print(f"Kluis aangemaakt in {_vault_dir(args)} voor {args.user} ({Role(args.role).label}).")
    print("Bewaar de herstelcode op papier, op een veilige plek. Hij wordt niet opnieuw getoond.")
    print(f"Herstelcode: {code}")
    return EXIT_OK


def cmd_unlock_check(args: argparse.Namespace) -> int:
    try:
        vault = _open(args)
    except WrongPassphrase as exc:
        print(f"casusoverleg: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"De kluis opent voor {vault.user.login} ({vault.user.role.label}).")
    vault.close()
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    code = read_secret_file(args.recovery_file, "herstelcode")
    new = read_secret_file(args.new_passphrase_file, "nieuwe wachtwoord")
    _access(args).recover(args.user, code, new).close()
    print(f"Nieuw wachtwoord ingesteld voor {args.user}.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.vault_admin import VaultAdministration

    vault = _open(args)
    try:
        VaultAdministration(lambda: vault, _access(args)).write_backup(Path(args.out))
    finally:
        vault.close()
    print(f"Back-up geschreven: {args.out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.access import restore

    restore(Path(getattr(args, "from")), _vault_dir(args), read_secret_file(args.passphrase_file),
            getattr(args, "user", None), settings=Settings()).close()
    print(f"Back-up teruggezet in {_vault_dir(args)}.")
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.selftest import run_selftest

    for line in run_selftest():
        print(line)
    print("Zelftest geslaagd.")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.vault_admin import VaultAdministration

    vault = _open(args)
    try:
        report = VaultAdministration(lambda: vault, _access(args)).check_audit_trail()
    finally:
        vault.close()
    for problem in report.problems():
        print(f"casusoverleg: {problem}", file=sys.stderr)
    if report.intact:
        print(f"De audittrail is intact: {report.entries} regels; kenmerk van de laatste: "
              f"{report.head_mark}.")
        return EXIT_OK
    return EXIT_FAILED


def cmd_meetings(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.meetings import list_meetings

    vault = _open(args)
    try:
        rows = list_meetings(vault.context())
    finally:
        vault.close()
    for row in rows:
        minutes = row.minutes.value if row.minutes else "-"
        print(f"{row.id}\t{row.held_on.isoformat()}\t{row.meeting_type.value}\t{row.status.value}\t{minutes}")
    return EXIT_OK


def _corrections(texts: Sequence[str], sections: Sequence[str]):  # tuple[Correction, ...]
    """'5.2: tekst' → the correction to section '5.2 Casus …'; the section is required."""
    from casusoverleg_desktop.domain.minutes import Correction

    corrections = []
    for text in texts:
        where, colon, what = text.partition(":")
        where = where.strip()
        match = next((s for s in sections if s == where or s.split(" ")[0].rstrip(".") == where.rstrip(".")),
                     None)
        if not colon or match is None:
            raise InputError(f"Noem bij elke correctie het onderdeel van het verslag, bijv. --correction "
                             f"\"5.2: tekst\". Onderdelen: {'; '.join(sections)}.")
        corrections.append(Correction(match, what.strip()))
    return corrections


def cmd_minutes_adopt(args: argparse.Namespace) -> int:
    import datetime as dt

    from casusoverleg_desktop.services import minutes

    vault = _open(args)
    try:
        ctx = vault.context()
        sections = minutes.minutes_sections(ctx, args.meeting)
        corrections = _corrections(args.correction or [], sections)
        if args.written is not None:
            day = _parse_day(args.on_date) if args.on_date else dt.datetime.now().date()
            info = minutes.adopt_in_writing(ctx, args.meeting, day, args.written, corrections)
        else:
            info = minutes.adopt_in_meeting(ctx, args.meeting, args.in_meeting, corrections)
    finally:
        vault.close()
    print(info.statement)
    return EXIT_OK


def cmd_minutes_status(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services import minutes

    vault = _open(args)
    try:
        lines = minutes.status_lines(minutes.minutes_versions(vault.context(), args.meeting))
    finally:
        vault.close()
    print("\n".join(lines))
    return EXIT_OK


def _parse_day(text: str):  # dt.date
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijv. 2026-12-04.") from None


def cmd_export_json(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.exchange import export_to_file

    out = Path(args.out)
    if out.exists():
        raise InputError(f"{out} bestaat al; kies een nieuwe bestandsnaam.")
    vault = _open(args)
    try:
        export_to_file(vault.context(), out)
    finally:
        vault.close()
    print(f"Inhoud van de kluis geëxporteerd naar {out}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.errors import ImportRejected
    from casusoverleg_desktop.services.exchange import import_file

    vault = _open(args)
    try:
        summary = import_file(vault.context(), Path(args.file))
    except ImportRejected as exc:
        print(f"casusoverleg: {exc.message}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return exc.exit_code
    finally:
        vault.close()
    print(summary.describe())
    return EXIT_OK


# -- documents (issue 6) ------------------------------------------------------------------------
def _pdf_target(out: str) -> Path:
    """Where the PDF goes (a folder: a name is chosen there); checked before the vault opens."""
    target = Path(out).expanduser()
    return target if target.is_dir() else _new_file(target)


def _new_file(target: Path) -> Path:
    """A file that does not exist yet in a folder that does; checked before the vault opens, so bad
    input writes nothing."""
    if target.exists():
        raise InputError(f"{target} bestaat al; kies een nieuwe bestandsnaam.")
    if not target.parent.is_dir():
        raise InputError(f"De map {target.parent} bestaat niet.")
    return target


def _write_pdf(target: Path, built) -> Path:  # documents.data.BuiltDocument
    from casusoverleg_desktop.services.document_export import save_export

    if target.is_dir():
        target = target / built.suggested_name
        if target.exists():
            raise InputError(f"{target} bestaat al; kies een nieuwe bestandsnaam.")
    return save_export(target, built.pdf)


def cmd_export_document(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services import document_data, document_export

    target = _pdf_target(args.out)
    if args.kind == "extract" and not args.partner:
        raise InputError("Een uittreksel is voor één partner: geef --partner NAAM op.")
    if args.kind == "feedback" and not args.case:
        raise InputError("Een terugkoppelingsbrief hoort bij een casus: geef --case CODE op.")
    if args.kind != "feedback" and args.meeting is None:
        raise InputError("Geef de vergadering op met --meeting ID (zie 'casusoverleg meetings').")
    vault = _open(args)
    try:
        ctx = vault.context()
        if args.kind == "feedback":
            built = document_export.export_feedback_letter(ctx, document_data.latest_feedback(ctx, args.case))
        elif args.kind == "agenda":
            built = document_export.export_agenda(ctx, args.meeting, sign=args.sign)
        elif args.kind == "minutes":
            built = document_export.export_minutes(ctx, args.meeting, sign=args.sign)
        elif args.kind == "actions":
            built = document_export.export_action_list(ctx, args.meeting, sign=args.sign)
        else:
            partner = document_data.find_partner(ctx, args.partner)
            try:
                built = document_export.export_extract(ctx, args.meeting, partner.id, sign=args.sign,
                                                       acknowledge_sensitive=args.bevestig_gevoelig)
            except document_export.SensitiveDataNotAcknowledged as exc:
                print(f"casusoverleg: {exc.message}", file=sys.stderr)
                print("  Er is niets geschreven. Exporteer toch met --bevestig-gevoelig.", file=sys.stderr)
                return exc.exit_code
        written = _write_pdf(target, built)
    finally:
        vault.close()
    signed = " (ondertekend)" if args.sign else ""
    pages = "1 pagina" if built.page_count == 1 else f"{built.page_count} pagina's"
    print(f"{built.title}{signed}: {pages}, geschreven naar {written}.")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.document_export import save_export
    from casusoverleg_desktop.services.document_signatures import sign_existing_pdf

    target = _pdf_target(args.out)
    if target.is_dir():
        target = target / Path(args.file).name
    try:
        pdf = Path(args.file).read_bytes()
    except OSError:
        raise InputError(f"Het bestand {args.file} kan niet worden gelezen.") from None
    vault = _open(args)
    try:
        signed = sign_existing_pdf(vault.context(), pdf)
        save_export(target, signed)
        who = vault.user.display_name
    finally:
        vault.close()
    print(f"Ondertekend door {who}; geschreven naar {target}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.signing import end_of_day, revocation_lists, trust_roots, verify_file

    at = end_of_day(args.on_date) if args.on_date else None
    extra, crls = [], []
    if args.vault or args.passphrase_file:

        if not (args.vault and args.passphrase_file):
            raise InputError("Met een kluis controleren vraagt zowel --vault als --passphrase-file.")
        vault = _open(args)
        try:
            ctx = vault.context()
            extra, crls = trust_roots(ctx), revocation_lists(ctx)
        finally:
            vault.close()
    code, report = verify_file(args.file, args.trust or [], extra_roots=extra, crls=crls, at=at)
    if code == EXIT_USAGE:
        print(f"casusoverleg: {report.strip()}", file=sys.stderr)
    else:
        sys.stdout.write(report)
        if code != EXIT_OK:  # the report's last line is its verdict
            print(f"casusoverleg: {report.strip().splitlines()[-1]}", file=sys.stderr)
    return code


def cmd_export_ca(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.document_export import ca_for_recipients, save_export

    out = Path(args.out).expanduser()
    if out.exists():
        raise InputError(f"{out} bestaat al; kies een nieuwe bestandsnaam.")
    instructions = _pdf_target(args.instructions) if args.instructions else None
    vault = _open(args)
    try:
        pem, built = ca_for_recipients(vault.context(), out.name)
    finally:
        vault.close()
    save_export(out, pem)
    print(f"CA-certificaat geschreven naar {out}.")
    if instructions is not None:
        written = _write_pdf(instructions, built)
        print(f"Instructie voor Acrobat Reader geschreven naar {written}.")
    return EXIT_OK


# -- subject rights (issue 16) ------------------------------------------------------------------
def cmd_subject_access(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.domain.enums import RedactionChoice, Requester, RequestKind
    from casusoverleg_desktop.domain.moments import local_time
    from casusoverleg_desktop.errors import NotFound
    from casusoverleg_desktop.services import inzage, subject_requests
    from casusoverleg_desktop.services.document_export import save_export

    target = _pdf_target(args.out)
    if not target.is_dir() and target.with_suffix(".json").exists():
        raise InputError(f"{target.with_suffix('.json')} bestaat al; kies een nieuwe bestandsnaam.")
    vault = _open(args)
    try:
        ctx = vault.context()
        persons = subject_requests.find_persons(ctx, args.person, args.case)
        if not persons:
            where = f" in casus {args.case}" if args.case else ""
            raise NotFound(f"Er is geen persoon met het pseudoniem {args.person}{where}.")
        request = subject_requests.open_inzage_request(ctx, args.person)
        if request is None:
            request = subject_requests.register_request(
                ctx, RequestKind.INZAGE, args.person, [p.subject_id for p in persons], Requester.BETROKKENE,
                local_time(ctx.clock()).date())
            print(f"Inzageverzoek {request.id} geregistreerd (van de persoon zelf, ontvangen vandaag); "
                  f"antwoord uiterlijk {request.due:%d-%m-%Y}.")
        released = inzage.release(ctx, request.id, args.case, default_choice=RedactionChoice.WEGLAKKEN)
        written = _write_pdf(target, released.pdf)
        beside = written.with_suffix(".json")
        if beside.exists():
            raise InputError(f"{beside} bestaat al; de PDF is geschreven, het JSON-bestand niet.")
        save_export(beside, released.json_text.encode("utf-8"))
    finally:
        vault.close()
    print(f"Beoordeling (verzoek {request.id}; standaard weglakken; politie en OM eerst navragen bij de "
          "bron):")
    for line in released.sheet:
        print(f"  {line.key}\t{line.case_code}\t{line.item}\t{line.why}\t{line.choice.label}\t{line.note}")
    if not released.sheet:
        print("  Geen onderdelen die iets over een ander onthullen.")
    print(f"Inzage voor {request.person_pseudonym}: {released.pdf.page_count} pagina('s), geschreven naar "
          f"{written}; het dossier als JSON naar {beside}.")
    return EXIT_OK


# -- retention and destruction (issue 16) ------------------------------------------------------
def cmd_retention(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.domain.moments import local_time
    from casusoverleg_desktop.services.retention import retention_lines

    vault = _open(args)
    try:
        ctx = vault.context()
        today = local_time(ctx.clock()).date()
        lines = retention_lines(ctx)
    finally:
        vault.close()
    print("code\tafgesloten op\tbewaren tot\tbewaarplicht\t")
    for line in lines:
        hold = "; ".join(h.reason for h in line.holds) or "-"
        due = "te vernietigen" if line.due(today) and not line.held else ""
        print(f"{line.code}\t{line.closed_on:%d-%m-%Y}\t{line.retention_until:%d-%m-%Y}\t{hold}\t{due}")
    return EXIT_OK


def cmd_destroy(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services import destruction
    from casusoverleg_desktop.services.vault_admin import VaultAdministration

    target = _pdf_target(args.report) if args.report else None
    vault = _open(args)
    try:
        ctx = vault.context()
        report = destruction.destroy_case(ctx, destruction.find_case(ctx, args.case), args.confirm,
                                          backups=VaultAdministration(lambda: vault, _access(args)))
        written = (_write_pdf(target, destruction.proces_verbaal(ctx, report.record_id, sign=True))
                   if target else None)
    finally:
        vault.close()
    print(f"Casus {report.case_code} is vernietigd: {report.record_count} records, "
          f"{report.documents_removed} opgeslagen verslag-PDF's, {report.backups_rewritten} automatische "
          "back-ups vervangen door één nieuwe.")
    if written is not None:
        print(f"Proces-verbaal van vernietiging, ondertekend, geschreven naar {written}.")
    print("Back-ups die u zelf elders heeft gemaakt, bevatten de casus nog: vernietig die ook.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.demo.data import CHAIR_LOGIN, SECRETARY_LOGIN
    from casusoverleg_desktop.demo.story import create_demo

    demo = create_demo(_vault_dir(args), read_secret_file(args.passphrase_file), settings=Settings())
    print(f"Demokluis aangemaakt in {demo.root} met de casussen {', '.join(demo.case_codes)}.")
    print(f"Gebruikers: {CHAIR_LOGIN} (voorzitter) en {SECRETARY_LOGIN} (notulist), "
          "beide met het opgegeven wachtwoord.")
    print(f"Herstelcode: {demo.recovery_code}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if no_desktop_session():
        print("casusoverleg: het programma opent een venster, en deze sessie heeft geen bureaublad "
              "(geen DISPLAY of WAYLAND_DISPLAY). Start het vanuit een bureaubladsessie; de "
              "opdrachten (casusoverleg --help) werken ook zonder.", file=sys.stderr)
        return EXIT_FAILED
    from casusoverleg_desktop.app import run_gui

    passphrase = read_secret_file(args.passphrase_file) if args.passphrase_file else None
    return run_gui(_vault_dir(args), args.user, passphrase)


def no_desktop_session(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """On Linux a window needs X11 or Wayland; without either Qt would abort with a message about a
    missing library. ``QT_QPA_PLATFORM`` (e.g. offscreen) chooses a platform that needs none."""
    return (platform.startswith("linux") and not environ.get("DISPLAY")
            and not environ.get("WAYLAND_DISPLAY") and not environ.get("QT_QPA_PLATFORM"))


def _missing_minutes_command(args: argparse.Namespace) -> int:
    raise InputError("Kies 'casusoverleg minutes adopt' of 'casusoverleg minutes status'.")


# -- the chain (issue 17) -----------------------------------------------------------------------
def cmd_chain_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from casusoverleg_desktop.services import chain_card

    target = Path(args.out).expanduser()
    chain_card.card_format(target)
    paper = chain_card.check_paper(args.paper)
    _new_file(target)
    vault = _open(args)
    try:
        ctx = vault.context()
        version_id = chain_card.version_for_card(ctx, args.municipality, dt.date.today())
        written = chain_card.export_card(ctx, version_id, target, paper)
    finally:
        vault.close()
    print(f"Signaleringskaart ({paper} liggend) geschreven naar {written}.")
    return EXIT_OK


def _missing_chain_command(args: argparse.Namespace) -> int:
    raise InputError("Kies 'casusoverleg chain export'.")


def cmd_monitor(args: argparse.Namespace) -> int:
    import json

    from casusoverleg_desktop.domain.monitor import count_cell
    from casusoverleg_desktop.services import chain_monitor
    from casusoverleg_desktop.services.document_export import save_export

    start, end = _parse_day(args.start), _parse_day(args.end)
    chain_monitor.check_period(start, end)
    target = _pdf_target(args.out)
    json_target = _new_file(Path(args.json).expanduser()) if args.json else None
    vault = _open(args)
    try:
        ctx = vault.context()
        report = chain_monitor.monitor(ctx, start, end)
        built = chain_monitor.export_monitor_pdf(ctx, report)
    finally:
        vault.close()
    written = _write_pdf(target, built)
    if json_target is not None:
        data = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            save_export(json_target, data.encode("utf-8"))
        except InputError:
            written.unlink(missing_ok=True)
            raise
    signals = count_cell(report.total.signals).text
    print(f"{built.title}: {signals} signalen, geschreven naar {written}"
          + (f" en {json_target}." if json_target else "."))
    return EXIT_OK


# -- pairing and packages between two vaults (issue 18) ------------------------------------------
def _read_input_file(name: str, what: str, limit: int) -> bytes:
    """The bytes of a file the user names; a Dutch refusal when it is missing, unreadable or larger
    than ``limit``."""
    path = Path(name).expanduser()
    try:
        if path.is_dir():
            raise InputError(f"{path} is een map, geen {what}.")
        if path.stat().st_size > limit:
            raise InputError(f"{path} is te groot voor een {what}.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Het bestand {path} bestaat niet.") from None
    except PermissionError:
        raise InputError(f"U mag het bestand {path} niet lezen.") from None
    except OSError as exc:
        raise InputError(f"Het bestand {path} kan niet worden gelezen ({exc.strerror or exc}).") from None


def _local_day(moment: dt.datetime) -> str:
    """The local day of a moment stored in UTC (SQLite gives it back without a zone)."""
    import datetime as dt

    from casusoverleg_desktop.domain.moments import local_time

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return f"{local_time(moment):%d-%m-%Y}"


def cmd_peer_card(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.document_export import save_export
    from casusoverleg_desktop.services.packages import peers

    target = _new_file(Path(args.out).expanduser())
    vault = _open(args)
    try:
        card = peers.card_for(vault.context(), vault.vault_id)
    finally:
        vault.close()
    save_export(target, card.text.encode("utf-8"))
    who = card.login if card.name == card.login else f"{card.name} ({card.login})"
    print(f"Kluiskaart van {who} geschreven naar {target}.")
    print(f"Vingerafdruk: {card.fingerprint} — laat de ander deze cijfers op het eigen scherm "
          "vergelijken (bij 'casusoverleg peer add … --fingerprint').")
    return EXIT_OK


def cmd_peer_add(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.packages import peers

    data = _read_input_file(args.file, "kluiskaart", peers.MAX_CARD_BYTES)
    peers.read_card(data)  # a file that is no card is refused before the vault opens
    vault = _open(args)
    try:
        peer = peers.add_peer(vault.context(), vault.vault_id, data, args.name, args.fingerprint)
    finally:
        vault.close()
    print(f"Gekoppeld: {peer.name} (vingerafdruk {peer.fingerprint}), de kluis van {peer.person}.")
    print(f"Maak een pakket voor deze kluis met 'casusoverleg package export --to \"{peer.name}\"'.")
    return EXIT_OK


def cmd_peer_list(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.packages import peers

    vault = _open(args)
    try:
        rows = peers.list_peers(vault.context(), include_removed=args.all)
    finally:
        vault.close()
    if not rows:
        print("Er is geen gekoppelde kluis. Koppel er een met 'casusoverleg peer add'.")
    for peer in rows:
        who = peer.login if peer.person == peer.login else f"{peer.person} ({peer.login})"
        when = (f"ontkoppeld op {_local_day(peer.removed_at)}" if peer.removed_at is not None
                else f"gekoppeld op {_local_day(peer.added_at)}")
        print(f"{peer.name}\t{who}\t{peer.fingerprint}\t{when}")
    return EXIT_OK


def cmd_peer_remove(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.packages import peers

    vault = _open(args)
    try:
        peer = peers.remove_peer(vault.context(), args.name)
    finally:
        vault.close()
    print(f"Ontkoppeld: {peer.name}. Pakketten van die kluis worden voortaan geweigerd.")
    return EXIT_OK


def _missing_peer_command(args: argparse.Namespace) -> int:
    raise InputError("Kies 'casusoverleg peer card', 'peer add', 'peer list' of 'peer remove'.")


def _counts(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{label} {count}" for label, count in counts.items() if count) or "geen"


def cmd_package_export(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.document_export import save_export
    from casusoverleg_desktop.services.packages import package

    target = Path(args.out).expanduser()
    if not target.is_dir():
        _new_file(target)
    vault = _open(args)
    try:
        ctx = vault.context()
        if target.is_dir():
            target = _new_file(target / package.outgoing_summary(ctx, args.to, args.meeting).file_name)
        made = package.make_package(ctx, vault.vault_id, args.to, args.meeting)
        written = save_export(target, made.data)
    finally:
        vault.close()
    print(f"Pakket nummer {made.sequence} voor {made.peer}: {made.meeting}, geschreven naar {written}.")
    print(f"  gegevens: {made.total} ({_counts(made.records)})")
    print(f"  verwijderd: {made.deletions}")
    if written.suffix != package.PACKAGE_SUFFIX:
        print(f"Tip: geef een pakket de extensie {package.PACKAGE_SUFFIX} (bijv. {made.file_name}); "
              "daaraan herkent de ander het.")
    return EXIT_OK


def cmd_package_import(args: argparse.Namespace) -> int:
    from casusoverleg_desktop.services.packages import package
    from casusoverleg_desktop.vault.envelope import MAX_HEADER, MAX_PAYLOAD

    data = _read_input_file(args.file, "pakket", MAX_HEADER + MAX_PAYLOAD + 128 * 1024)
    keep = package.Keep(args.keep) if args.keep else None
    vault = _open(args)
    try:
        result = package.import_package(vault.context(), vault.vault_id, data, keep=keep)
    except package.ConflictsRemain as exc:
        print(f"casusoverleg: {exc.message}", file=sys.stderr)
        for conflict in exc.conflicts:
            what = conflict.field or conflict.kind.value
            print(f"  {conflict.record} — {what}:", file=sys.stderr)
            print(f"    hier: {_indented(conflict.mine)}", file=sys.stderr)
            print(f"    daar: {_indented(conflict.theirs)}", file=sys.stderr)
        print("  Beslis ze in het programma, of allemaal tegelijk met --keep mine (wat hier staat) of "
              "--keep theirs (wat de ander stuurde).", file=sys.stderr)
        return exc.exit_code
    finally:
        vault.close()
    incoming = result.package
    print(f"Pakket nummer {incoming.sequence} van {incoming.peer} ({incoming.sender}) ingelezen: "
          f"{incoming.meeting}.")
    print(f"  nieuw: {_counts(incoming.new)}")
    print(f"  gewijzigd: {_counts(incoming.changed)}")
    print(f"  verwijderd: {incoming.deleted}")
    if incoming.conflicts:
        how = "wat hier stond gehouden" if keep is package.Keep.MINE else "wat de ander stuurde overgenomen"
        print(f"  conflicten: {len(incoming.conflicts)} ({how})")
    for line in result.renumbered:
        print(f"  hernummerd: {line}")
    for line in result.dropped:
        print(f"  niet ingelezen (hoort bij iets dat hier verwijderd blijft): {line}")
    return EXIT_OK


def _indented(text: str) -> str:
    return text.replace("\n", "\n          ")


def _missing_package_command(args: argparse.Namespace) -> int:
    raise InputError("Kies 'casusoverleg package export' of 'casusoverleg package import'.")


# -- parser -----------------------------------------------------------------------------------
def _vault_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--vault", required=required, metavar="MAP", help="map van de kluis")


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", required=True, metavar="BESTAND",
                        help="bestand met het wachtwoord op de eerste regel (- = standaardinvoer)")


GUI_OPTIONS = ("--vault", "--user", "--passphrase-file")  # each takes a value


def starts_the_gui(argv: Sequence[str]) -> bool:
    """Only the GUI's options: no command, no ``--help`` or ``--version``."""
    args = iter(argv)
    for arg in args:
        if arg in GUI_OPTIONS:
            next(args, None)
        elif arg.split("=", 1)[0] not in GUI_OPTIONS or "=" not in arg:
            return False
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with ``commands=False`` only the GUI's options (the GUI starts
    sooner without building the parsers of every command)."""
    parser = DutchArgumentParser(
        prog="casusoverleg",
        description="Casusoverleg Desktop: casusoverleggen voorbereiden, voeren en vastleggen.")
    parser.add_argument("--version", action="version", version=f"casusoverleg {__version__}")
    _vault_option(parser, required=False)
    parser.add_argument("--user", metavar="NAAM", help="gebruikersnaam")
    parser.add_argument("--passphrase-file", metavar="BESTAND",
                        help="open zonder ontgrendelvenster (voor gescripte demo's)")
    parser.set_defaults(handler=cmd_gui)
    if not commands:
        return parser
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT",
                                parser_class=DutchArgumentParser)

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                under: argparse._SubParsersAction = sub) -> argparse.ArgumentParser:
        p = under.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    def vault_command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                      under: argparse._SubParsersAction = sub) -> argparse.ArgumentParser:
        """A command that opens an existing vault with a user's passphrase."""
        p = command(name, handler, help_text, under)
        _vault_option(p)
        p.add_argument("--user", metavar="NAAM", help="gebruikersnaam (standaard: wie het wachtwoord past)")
        _passphrase_option(p)
        return p

    p = command("init", cmd_init, "maak een nieuwe kluis met de eerste gebruiker")
    _vault_option(p)
    p.add_argument("--user", required=True, metavar="NAAM")
    p.add_argument("--name", metavar="WEERGAVENAAM", help="volledige naam (optioneel)")
    p.add_argument("--organisation", metavar="ORGANISATIE", help="bijv. Zorg- en Veiligheidshuis …")
    p.add_argument("--role", required=True, choices=["chair", "secretary"])
    _passphrase_option(p)

    vault_command("unlock-check", cmd_unlock_check, "controleer of het wachtwoord de kluis opent")

    p = command("recover", cmd_recover, "stel met de herstelcode een nieuw wachtwoord in")
    _vault_option(p)
    p.add_argument("--user", required=True, metavar="NAAM")
    p.add_argument("--recovery-file", required=True, metavar="BESTAND")
    p.add_argument("--new-passphrase-file", required=True, metavar="BESTAND")

    p = vault_command("backup", cmd_backup, "schrijf een versleutelde back-up van de kluis")
    p.add_argument("--out", required=True, metavar="BESTAND")

    p = command("restore", cmd_restore, "zet een back-up terug in een nieuwe map")
    p.add_argument("--from", required=True, metavar="BESTAND")
    _vault_option(p)
    p.add_argument("--user", metavar="NAAM")
    _passphrase_option(p)

    vault_command("audit-verify", cmd_audit_verify,
                  "controleer de hash-keten van de audittrail en of de gegevens er nog bij passen")
    vault_command("meetings", cmd_meetings, "toon de overleggen: ID, datum, soort, status")

    p = vault_command("export-json", cmd_export_json, "exporteer alle inhoud als JSON (uitwisselformaat)")
    p.add_argument("--out", required=True, metavar="BESTAND")
    p = vault_command("import", cmd_import, "importeer een JSON-bestand: alles of niets")
    p.add_argument("file", metavar="BESTAND")

    minutes = command("minutes", _missing_minutes_command, "stel een verslag vast, of toon de stand ervan")
    minutes_sub = minutes.add_subparsers(title="opdrachten", metavar="OPDRACHT",
                                         parser_class=DutchArgumentParser)
    p = vault_command("adopt", cmd_minutes_adopt, "stel het verslag vast (de voorzitter): in een volgende "
                      "vergadering of schriftelijk", minutes_sub)
    p.add_argument("--meeting", required=True, type=int, metavar="ID", help="de vergadering van het verslag")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--in-meeting", type=int, metavar="ID2", help="de vergadering die het verslag vaststelt")
    how.add_argument("--written", metavar="TEKST",
                     help="schriftelijk vastgesteld: hoe de leden instemden (bijv. 'rondgestuurd op 1-12; "
                          "geen bezwaren')")
    p.add_argument("--op-datum", dest="on_date", metavar="JJJJ-MM-DD",
                   help="bij --written: de datum van vaststelling (standaard vandaag)")
    p.add_argument("--correction", action="append", metavar="\"ONDERDEEL: TEKST\"",
                   help="een correctie, bijv. \"5.2: 'locatieverbod' in plaats van 'gebiedsverbod'\" "
                        "(mag vaker)")
    p = vault_command("status", cmd_minutes_status, "toon de stand van het verslag: concept, vastgesteld of "
                      "ondertekend, met data en wie", minutes_sub)
    p.add_argument("--meeting", required=True, type=int, metavar="ID", help="de vergadering van het verslag")

    p = vault_command("export", cmd_export_document,
                      "maak een PDF: agenda, verslag (minutes), besluiten- en actielijst (actions), "
                      "uittreksel voor één partner (extract) of brief aan de melder (feedback)")
    p.add_argument("kind", choices=["agenda", "minutes", "actions", "extract", "feedback"],
                   metavar="SOORT", help="agenda | minutes | actions | extract | feedback")
    p.add_argument("--meeting", type=int, metavar="ID",
                   help="zie 'casusoverleg meetings' (niet bij feedback)")
    p.add_argument("--case", metavar="CODE", help="casuscode, voor feedback: de laatste terugkoppeling")
    p.add_argument("--partner", metavar="NAAM", help="(deel van de) naam van de partner, voor extract")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf", help="bestand, of een map")
    p.add_argument("--sign", action="store_true", help="onderteken als de gebruiker die de kluis opent")
    p.add_argument("--bevestig-gevoelig", action="store_true",
                   help="exporteer een uittreksel ook als het bijzondere of strafrechtelijke gegevens bevat")
    p = vault_command("sign", cmd_sign, "onderteken een PDF als de gebruiker die de kluis opent")
    p.add_argument("file", metavar="IN.pdf")
    p.add_argument("--out", required=True, metavar="UIT.pdf")
    p = command("verify", cmd_verify, "controleer de handtekeningen in een PDF (exit 0: alles in orde)")
    p.add_argument("file", metavar="BESTAND.pdf")
    p.add_argument("--trust", action="append", metavar="CERT.pem",
                   help="vertrouwd CA-certificaat (mag vaker); met --vault ook de CA van de kluis")
    _vault_option(p, required=False)
    p.add_argument("--user", metavar="NAAM")
    p.add_argument("--passphrase-file", metavar="BESTAND")
    p.add_argument("--op-datum", dest="on_date", metavar="JJJJ-MM-DD",
                   help="controleer alsof het die dag is (certificaten, intrekkingen)")
    p = vault_command("export-ca", cmd_export_ca, "schrijf het CA-certificaat van de kluis, voor ontvangers")
    p.add_argument("--out", required=True, metavar="ca.pem")
    p.add_argument("--instructions", metavar="BESTAND.pdf",
                   help="ook de instructie (1 pagina) om het certificaat te vertrouwen in Acrobat Reader")

    p = vault_command("subject-access", cmd_subject_access,
                      "maak de inzage voor één persoon (PDF en JSON); wat een ander onthult wordt weggelakt")
    p.add_argument("--person", required=True, metavar="PSEUDONIEM", help="het pseudoniem, bijv. 'Mirjam K.'")
    p.add_argument("--case", metavar="CODE", help="alleen deze casus")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf", help="bestand, of een map")

    vault_command("retention", cmd_retention, "toon de afgesloten casussen: afgesloten op, bewaren tot, "
                  "bewaarplicht, en of ze te vernietigen zijn")
    p = vault_command("destroy", cmd_destroy, "vernietig een casus na afloop van de bewaartermijn (de "
                      "voorzitter; bevestig met de casuscode)")
    p.add_argument("--case", required=True, metavar="CODE")
    p.add_argument("--confirm", required=True, metavar="CODE", help="de casuscode nogmaals, ter bevestiging")
    p.add_argument("--report", metavar="BESTAND.pdf", help="schrijf ook het proces-verbaal van vernietiging")

    p = command("demo", cmd_demo, "maak een demokluis met een verzonnen regio, casussen en overleggen")
    _vault_option(p)
    _passphrase_option(p)

    chain_group = command("chain", _missing_chain_command,
                          "de keten rond het casusoverleg: de signaleringskaart")
    chain_sub = chain_group.add_subparsers(title="opdrachten", metavar="OPDRACHT",
                                           parser_class=DutchArgumentParser)
    p = vault_command("export", cmd_chain_export, "maak de signaleringskaart van een gemeente (één pagina, "
                      "liggend) als PDF, SVG of PNG", chain_sub)
    p.add_argument("--municipality", metavar="GEMEENTE", help="nodig als de kluis meer gemeenten heeft")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf|.svg|.png")
    p.add_argument("--paper", default="A4", metavar="A4|A3", help="papierformaat (standaard A4)")

    p = vault_command("monitor", cmd_monitor, "maak de ketenmonitor over een periode als PDF voor de "
                      "gemeente (alleen totalen; aantallen onder 5 als '< 5')")
    p.add_argument("--from", dest="start", required=True, metavar="JJJJ-MM-DD", help="eerste meld-dag")
    p.add_argument("--to", dest="end", required=True, metavar="JJJJ-MM-DD", help="laatste meld-dag")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf", help="bestand, of een map")
    p.add_argument("--json", metavar="BESTAND.json", help="ook de cijfers als JSON (ook afgeschermd)")

    peer_group = command("peer", _missing_peer_command, "koppel deze kluis aan de kluis van een ander "
                         "(bijv. de laptop van de notulist) om pakketten uit te wisselen")
    peer_sub = peer_group.add_subparsers(title="opdrachten", metavar="OPDRACHT",
                                         parser_class=DutchArgumentParser)
    p = vault_command("card", cmd_peer_card, "schrijf de kluiskaart van deze kluis en toon de vingerafdruk",
                      peer_sub)
    p.add_argument("--out", required=True, metavar="BESTAND.kluiskaart")
    p = vault_command("add", cmd_peer_add, "koppel de kluis van een kluiskaart, met de vingerafdruk die de "
                      "ander op het eigen scherm ziet", peer_sub)
    p.add_argument("file", metavar="BESTAND.kluiskaart")
    p.add_argument("--name", required=True, metavar="NAAM",
                   help="hoe deze kluis de andere noemt, bijv. 'Laptop notulist'")
    p.add_argument("--fingerprint", required=True, metavar="\"12345 67890 …\"",
                   help="de vingerafdruk: zes groepen van vijf cijfers")
    p = vault_command("list", cmd_peer_list, "toon de gekoppelde kluizen: naam, van wie, vingerafdruk, sinds "
                      "wanneer", peer_sub)
    p.add_argument("--all", action="store_true", help="ook de ontkoppelde kluizen")
    p = vault_command("remove", cmd_peer_remove, "ontkoppel een kluis: haar pakketten worden daarna "
                      "geweigerd", peer_sub)
    p.add_argument("name", metavar="NAAM")

    package_group = command("package", _missing_package_command, "pakketten tussen gekoppelde kluizen: "
                            "versleuteld en ondertekend, per vergadering")
    package_sub = package_group.add_subparsers(title="opdrachten", metavar="OPDRACHT",
                                               parser_class=DutchArgumentParser)
    p = vault_command("export", cmd_package_export, "maak een pakket voor een gekoppelde kluis met wat er "
                      "bij een vergadering veranderde", package_sub)
    p.add_argument("--to", required=True, metavar="NAAM",
                   help="de gekoppelde kluis (zie 'casusoverleg peer list')")
    p.add_argument("--meeting", required=True, type=int, metavar="ID", help="zie 'casusoverleg meetings'")
    p.add_argument("--out", required=True, metavar="BESTAND.cpakket", help="bestand, of een map")
    p = vault_command("import", cmd_package_import, "lees een pakket van een gekoppelde kluis in: alles of "
                      "niets, en niets als een conflict nog niet beslist is", package_sub)
    p.add_argument("file", metavar="BESTAND.cpakket")
    p.add_argument("--keep", choices=["mine", "theirs"],
                   help="beslis elk conflict zo: mine = wat hier staat, theirs = wat de ander stuurde")

    command("selftest", cmd_selftest, "test deze installatie met een tijdelijke kluis")
    return parser


class DutchArgumentParser(argparse.ArgumentParser):
    """Usage errors in the users' language, on stderr with exit code 2."""

    _PHRASES = (
        ("the following arguments are required", "deze opties ontbreken"),
        ("unrecognized arguments", "onbekende argumenten"),
        ("invalid choice", "ongeldige keuze"),
        ("choose from", "kies uit"),
        ("expected one argument", "hier hoort één waarde bij"),
        ("invalid int value", "geen geheel getal"),
        ("invalid float value", "geen getal"),
        ("not allowed with argument", "gaat niet samen met"),
        ("ambiguous option", "onduidelijke optie"),
        ("could match", "kan zijn"),
        ("argument ", "optie "),
    )

    def error(self, message: str) -> NoReturn:
        for english, dutch in self._PHRASES:
            message = message.replace(english, dutch)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "gebruik: ", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "gebruik: ", 1)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(commands=not starts_the_gui(argv)).parse_args(argv)
    try:
        return args.handler(args)
    except CasusoverlegError as exc:
        print(f"casusoverleg: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("casusoverleg: afgebroken.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the edge: no traceback for the user, but say what happened
        from sqlalchemy.exc import DatabaseError  # imported here: it is slow to import at start

        if isinstance(exc, DatabaseError):
            if any(sign in str(exc.orig) for sign in ("malformed", "not a database")):
                print("casusoverleg: de database van de kluis is beschadigd of kon niet worden bijgewerkt; "
                      "er is niets gewijzigd. Zet zo nodig een back-up terug (casusoverleg restore).",
                      file=sys.stderr)
            else:  # e.g. a full disk: nothing is damaged, so no restore advice
                print(f"casusoverleg: de database van de kluis kon niet worden bijgewerkt ({exc.orig}); "
                      "er is niets gewijzigd.", file=sys.stderr)
            return EXIT_FAILED
        print(f"casusoverleg: onverwachte fout ({type(exc).__name__}: {exc}).", file=sys.stderr)
        return EXIT_UNEXPECTED
