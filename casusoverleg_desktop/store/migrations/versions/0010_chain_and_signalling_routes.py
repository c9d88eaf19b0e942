"""chain and signalling routes

Per municipality the versions of its chain: the organisations in their role with an organisational
contact, the signalling routes with their steps and links, and the route and steps each reporter's
signal has taken. New tables only, as in 0009.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 10:53:27.649998
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality')),
    sa.UniqueConstraint('name', name=op.f('uq_municipality_name'))
    )
    op.create_table('chain_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('in_force_from', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('adopted_by', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_chain_version_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chain_version')),
    sa.UniqueConstraint('municipality_id', 'number', name=op.f('uq_chain_version_municipality_id'))
    )
    with op.batch_alter_table('chain_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chain_version_municipality_id'), ['municipality_id'], unique=False)

    op.create_table('chain_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('voorveld', 'meldpunt', 'advies', 'weging', 'casusoverleg', 'acuut', 'opvolging', name='chainrole', native_enum=False, length=40), nullable=False),
    sa.Column('lane', sa.Enum('voorveld', 'sociaal', 'zorg', 'veiligheid', name='chainlane', native_enum=False, length=40), nullable=False),
    sa.Column('contact_function', sa.String(length=200), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=True),
    sa.Column('contact_email', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_chain_member_partner_id_partner'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['version_id'], ['chain_version.id'], name=op.f('fk_chain_member_version_id_chain_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chain_member')),
    sa.UniqueConstraint('version_id', 'partner_id', 'role', name=op.f('uq_chain_member_version_id'))
    )
    with op.batch_alter_table('chain_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chain_member_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_chain_member_version_id'), ['version_id'], unique=False)

    op.create_table('signalling_route',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('worry', sa.Text(), nullable=True),
    sa.Column('is_acute', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['chain_version.id'], name=op.f('fk_signalling_route_version_id_chain_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signalling_route')),
    sa.UniqueConstraint('version_id', 'name', name=op.f('uq_signalling_route_version_id'))
    )
    with op.batch_alter_table('signalling_route', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signalling_route_version_id'), ['version_id'], unique=False)

    op.create_table('route_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=200), nullable=False),
    sa.Column('within_days', sa.Integer(), nullable=False),
    sa.Column('information', sa.Text(), nullable=True),
    sa.Column('person_informed', sa.Boolean(), nullable=False),
    sa.Column('promise', sa.Text(), nullable=True),
    sa.Column('promise_days', sa.Integer(), nullable=True),
    sa.CheckConstraint('(promise IS NULL) = (promise_days IS NULL)', name=op.f('ck_route_step_promise_with_days')),
    sa.CheckConstraint('within_days >= 0 AND within_days <= 60', name=op.f('ck_route_step_within_days_range')),
    sa.ForeignKeyConstraint(['member_id'], ['chain_member.id'], name=op.f('fk_route_step_member_id_chain_member'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['route_id'], ['signalling_route.id'], name=op.f('fk_route_step_route_id_signalling_route'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_route_step'))
    )
    with op.batch_alter_table('route_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_route_step_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_route_step_route_id'), ['route_id'], unique=False)

    op.create_table('reporter_route',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['reporter_id'], ['reporter.id'], name=op.f('fk_reporter_route_reporter_id_reporter'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['route_id'], ['signalling_route.id'], name=op.f('fk_reporter_route_route_id_signalling_route'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporter_route')),
    sa.UniqueConstraint('reporter_id', name=op.f('uq_reporter_route_reporter_id'))
    )
    with op.batch_alter_table('reporter_route', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporter_route_route_id'), ['route_id'], unique=False)

    op.create_table('route_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.Column('from_step_id', sa.Integer(), nullable=False),
    sa.Column('to_step_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=True),
    sa.CheckConstraint('from_step_id != to_step_id', name=op.f('ck_route_link_not_to_itself')),
    sa.ForeignKeyConstraint(['from_step_id'], ['route_step.id'], name=op.f('fk_route_link_from_step_id_route_step'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['route_id'], ['signalling_route.id'], name=op.f('fk_route_link_route_id_signalling_route'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_step_id'], ['route_step.id'], name=op.f('fk_route_link_to_step_id_route_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_route_link')),
    sa.UniqueConstraint('from_step_id', 'to_step_id', name=op.f('uq_route_link_from_step_id'))
    )
    with op.batch_alter_table('route_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_route_link_from_step_id'), ['from_step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_route_link_route_id'), ['route_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_route_link_to_step_id'), ['to_step_id'], unique=False)

    op.create_table('route_passage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['reporter_id'], ['reporter.id'], name=op.f('fk_route_passage_reporter_id_reporter'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['route_step.id'], name=op.f('fk_route_passage_step_id_route_step'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_route_passage')),
    sa.UniqueConstraint('reporter_id', 'step_id', name=op.f('uq_route_passage_reporter_id'))
    )
    with op.batch_alter_table('route_passage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_route_passage_reporter_id'), ['reporter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_route_passage_step_id'), ['step_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('route_passage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_route_passage_step_id'))
        batch_op.drop_index(batch_op.f('ix_route_passage_reporter_id'))

    op.drop_table('route_passage')
    with op.batch_alter_table('route_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_route_link_to_step_id'))
        batch_op.drop_index(batch_op.f('ix_route_link_route_id'))
        batch_op.drop_index(batch_op.f('ix_route_link_from_step_id'))

    op.drop_table('route_link')
    with op.batch_alter_table('reporter_route', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reporter_route_route_id'))

    op.drop_table('reporter_route')
    with op.batch_alter_table('route_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_route_step_route_id'))
        batch_op.drop_index(batch_op.f('ix_route_step_member_id'))

    op.drop_table('route_step')
    with op.batch_alter_table('signalling_route', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signalling_route_version_id'))

    op.drop_table('signalling_route')
    with op.batch_alter_table('chain_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chain_member_version_id'))
        batch_op.drop_index(batch_op.f('ix_chain_member_partner_id'))

    op.drop_table('chain_member')
    with op.batch_alter_table('chain_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chain_version_municipality_id'))

    op.drop_table('chain_version')
    op.drop_table('municipality')
