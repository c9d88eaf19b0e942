"""Content of the frozen 0002 vault, made with the services of commit ca5cb28 (run from its worktree):
a second user, two partners, one case with a subject and a signal, a held meeting with the case on
its agenda (contribution, decision, action) and its minutes adopted in the next meeting.

    python content_0002.py VAULT PASSPHRASE_FILE
"""

import datetime as dt
import sys
from pathlib import Path

from casusoverleg_desktop.domain.enums import (
    Attendance,
    BobPhase,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import (
    actions,
    cases,
    contributions,
    decisions,
    meetings,
    minutes,
    partners,
    signals,
)
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.accounts import Role
from casusoverleg_desktop.vault.vault import unlock

root, passphrase = Path(sys.argv[1]), Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()[0]
vault = unlock(root, "voorzitter", passphrase)
vault.add_user("notulist", Role.SECRETARY, passphrase, display_name="Joris Verbeek")
ctx = ServiceContext(vault.sessions, "voorzitter")

police = partners.create_partner(ctx, "Politie Lindeveld", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ,
                                 covenant_signed=True)
team = partners.create_partner(ctx, "Wijkteam Lindeveld", PartnerDomain.SOCIAAL, PartnerTier.KERNPARTIJ,
                               covenant_signed=True, short_name="Wijkteam")
officer = partners.add_professional(ctx, police.id, "S. de Wit", function="wijkagent")
case = cases.create_case(ctx, "LV-2025-002", LegalBasis.ZVH_WGS, dt.date(2025, 1, 6),
                         purpose="Zorgen over een jongere die 's nachts op straat is.")
kim = cases.add_subject(ctx, case.id, "Kim V.", SubjectRole.PRIMAIR, age=16)
signals.record_signal(ctx, case.id, "Drie keer na middernacht op straat aangetroffen.", StatementType.FEIT,
                      observed_on=dt.date(2025, 1, 3), partner_id=police.id, professional_id=officer.id)

held = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 1, 20), location="Stadskantoor")
item = meetings.add_case_item(ctx, held.id, case.id, question="Wie neemt contact op met de ouders?",
                              invited_partner_ids=[police.id, team.id])
meetings.set_attendance(ctx, held.id, police.id, Attendance.AANWEZIG)
meetings.set_attendance(ctx, held.id, team.id, Attendance.AANWEZIG)
contributions.add_contribution(ctx, item.id, team.id, "Moeder is bereikbaar en wil meewerken.",
                               bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
decisions.record_decision(ctx, held.id, "Het wijkteam gaat op huisbezoek.", agenda_item_id=item.id,
                          case_id=case.id, shared_with=[police.id, team.id])
actions.create_action(ctx, held.id, "Huisbezoek bij moeder en Kim.", team.id, due_date=dt.date(2025, 2, 3),
                      case_id=case.id, agenda_item_id=item.id, concerned_subject_id=kim.id)
meetings.set_meeting_status(ctx, held.id, MeetingStatus.GEHOUDEN)
concept = minutes.create_concept(ctx, held.id, "Verslag ICO/MDO 20 januari 2025: LV-2025-002 besproken.")

following = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 17), location="Stadskantoor")
meetings.set_meeting_status(ctx, following.id, MeetingStatus.GEHOUDEN)
minutes.adopt_minutes(ctx, concept.id, following.id)
vault.close()
