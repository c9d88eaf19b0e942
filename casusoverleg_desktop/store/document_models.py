"""Tables for documents: minutes PDFs kept in the vault between signatures, and the export log.

A minutes PDF is stored as it is after each step (fields made, signed by the minute taker, signed
by the chair) so the chair can sign after the secretary, and so adopted minutes, once exported,
stay exactly the text that was adopted. The export log says which document went out, when and by
whom, without any case content (the audit trail records each row being made).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.models import Audited


class MinutesDocument(Audited, Base):
    """One revision of an adopted minutes version's PDF (revision 1 holds the empty fields)."""

    __tablename__ = "minutes_document"
    __table_args__ = (UniqueConstraint("minutes_version_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_version_id: Mapped[int] = mapped_column(
        ForeignKey("minutes_version.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    page_count: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(80))


class DocumentExport(Audited, Base):
    """A document written to a file the user chose: kind, meeting, partner, and the file's hash."""

    __tablename__ = "document_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[dt.datetime]
    exported_by: Mapped[str] = mapped_column(String(80))
