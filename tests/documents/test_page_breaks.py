"""No document of the demo ends on a page that holds a lone heading and sentence (issue 12: the
decision and action list put 'Er staan geen actiepunten open …' on a page of its own)."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from casusoverleg_desktop.demo.story import create_demo
from casusoverleg_desktop.domain.enums import MeetingStatus
from casusoverleg_desktop.services import document_export, meeting_mode
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings

SETTINGS = Settings()

pytestmark = pytest.mark.slow

FRAME = re.compile(r"^(VERTROUWELIJK|Vertrouwelijk|· grondslag:.*|Casussen?:.*|Geëxporteerd op .*|"
                   r".*· (Verslag|Agenda|Besluiten- en actielijst|Uittreksel) .*|"
                   r".*pagina \d+ van \d+.*|[A-Z])$")


def body_lines(pdf: bytes) -> list[list[str]]:
    """Per page, the lines of text without the page frame (header, footer, watermark letters)."""
    pages = []
    for page in PdfReader(BytesIO(pdf)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        pages.append([line for line in lines if line and not FRAME.match(line)])
    return pages


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "kluis"
    create_demo(root, "demo wachtwoord voor de paginatest", settings=SETTINGS)
    from casusoverleg_desktop.vault.vault import unlock

    vault = VaultSession(unlock(root, "voorzitter", "demo wachtwoord voor de paginatest", settings=SETTINGS))
    yield vault.context()
    vault.close()


def test_no_page_of_the_demo_documents_holds_a_lone_sentence(demo):
    held = [m for m in meeting_mode.meeting_list(demo) if m.case_count]
    built = []
    for meeting in held:
        built += [document_export.export_agenda(demo, meeting.id),
                  document_export.export_action_list(demo, meeting.id)]
        if meeting.status is MeetingStatus.GEHOUDEN:
            built.append(document_export.export_minutes(demo, meeting.id))
    assert len(built) >= 10
    for document in built:
        for number, lines in enumerate(body_lines(document.pdf), start=1):
            assert len(lines) > 2, f"{document.title}, pagina {number}: {lines}"
