"""Unfinished text typed in meeting mode, kept in the vault so a crash loses at most seconds.

A draft is not a record of the meeting: it is what the secretary is typing right now (a
contribution, a decision, an action, an item's notes). It lives in the encrypted database like
everything else (never in a plaintext file) and is removed when the text becomes a record. It is
deliberately not ``Audited``: it is rewritten every second or two while someone types, and the
record it turns into is audited when it is made.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casusoverleg_desktop.store.base import Base


class MeetingDraft(Base):
    __tablename__ = "meeting_draft"
    __table_args__ = (UniqueConstraint("agenda_item_id", "login", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    login: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime]
