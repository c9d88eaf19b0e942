"""Where a meeting's minutes stand, in the user's words: concept, vastgesteld (with the sentence
the adopted minutes carry) and the signatures placed on them — by whom and when. One wording for
the Overleggen page and the export dialog. Minutes are called "ondertekend" only when both
signatures are on them."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from casusoverleg_desktop.domain.enums import MinutesStatus
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.services.minutes import MinutesInfo, SignatureLine

SECRETARY_CAPACITY, CHAIR_CAPACITY = "opgesteld", "vastgesteld"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesState", text)


def moment(when: dt.datetime) -> str:
    """'10-04-2025 om 14.02 uur', in Dutch time (as the PDF's stamps say it)."""
    local = local_time(when) if when.tzinfo is not None else when
    return _tr("%1 om %2 uur").replace("%1", f"{local:%d-%m-%Y}").replace("%2", f"{local:%H.%M}")


def signature_text(signature: SignatureLine) -> str:
    return _tr("%1 (%2) op %3").replace("%1", signature.signer).replace(
        "%2", signature.capacity).replace("%3", moment(signature.signed_at))


def signatures_html(info: MinutesInfo) -> str:
    """The signatures line of adopted minutes; empty for a concept."""
    if info.status is MinutesStatus.CONCEPT:
        return ""
    capacities = {s.capacity for s in info.signatures}
    listed = html.escape("; ".join(signature_text(s) for s in info.signatures))
    if {SECRETARY_CAPACITY, CHAIR_CAPACITY} <= capacities:
        return _tr("<b>Ondertekend</b> door %1.").replace("%1", listed)
    if info.signatures:
        waiting = (_tr("de voorzitter ondertekent nog") if SECRETARY_CAPACITY in capacities
                   else _tr("de notulist ondertekent nog"))
        return _tr("Handtekening van %1; %2.").replace("%1", listed).replace("%2", waiting)
    if info.status is MinutesStatus.ONDERTEKEND:
        return _tr("Als ondertekend vastgelegd, maar zonder digitale handtekeningen in de kluis.")
    return _tr("Nog niet ondertekend: eerst de notulist (opgesteld), dan de voorzitter (vastgesteld).")


def minutes_state_html(info: MinutesInfo | None) -> str:
    """Two or three short lines (rich text) on where the minutes stand."""
    if info is None:
        return _tr("<b>Geen verslag</b> — het concept ontstaat bij de sluiting van de vergadering.")
    if info.status is MinutesStatus.CONCEPT:
        text = _tr("<b>Concept</b> (versie %1) — nog niet vastgesteld; vaststellen gebeurt in de volgende "
                   "vergadering of schriftelijk.").replace("%1", str(info.version))
        if info.correction_note:
            text += "<br>" + _tr("Correctie: %1").replace("%1", html.escape(info.correction_note))
        return text
    text = _tr("<b>Vastgesteld</b> (versie %1) — %2").replace("%1", str(info.version)).replace(
        "%2", html.escape(info.statement))
    return f"{text}<br>{signatures_html(info)}"
