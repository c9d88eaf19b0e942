"""audit content hash and actor seal

Each audit entry for a created or changed row carries the SHA-256 of that row's content as it was
written, so that ``audit-verify`` can tell a row changed outside the app; and every entry carries a
MAC under a key of the user it names, so that an entry written in a user's name by anyone else is
told. Entries written before this revision have neither.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 05:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('actor_seal', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('actor_seal')
        batch_op.drop_column('content_sha256')
