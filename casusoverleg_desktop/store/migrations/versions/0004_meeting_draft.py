"""meeting_draft: text being typed in meeting mode, saved every second or two

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_meeting_draft_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="CASCADE",
                                name=op.f("fk_meeting_draft_agenda_item_id_agenda_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_draft")),
        sa.UniqueConstraint("agenda_item_id", "login", "field",
                            name=op.f("uq_meeting_draft_agenda_item_id")),
    )
    op.create_index(op.f("ix_meeting_draft_meeting_id"), "meeting_draft", ["meeting_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_meeting_draft_meeting_id"), table_name="meeting_draft")
    op.drop_table("meeting_draft")
