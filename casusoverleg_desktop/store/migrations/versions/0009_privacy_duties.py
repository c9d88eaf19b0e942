"""privacy duties

Further legal bases per case, retention periods and retention dates, legal holds, the destruction
record, relations and gezag between the persons of a case, persons named by statements, requests
through the contact point with their redaction review, and what each export carried. An action
can now be handed over ('overgedragen') when its case closes. No column is added to an older audited
table and no row is written here: either would change what the audit trail's content hashes say.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 07:57:13.634367
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('destruction_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=40), nullable=False),
    sa.Column('legal_bases', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('destroyed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('destroyed_by', sa.String(length=80), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('documents_removed', sa.Integer(), nullable=False),
    sa.Column('backups_rewritten', sa.Integer(), nullable=False),
    sa.Column('audit_head', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_record')),
    sa.UniqueConstraint('case_code', name=op.f('uq_destruction_record_case_code'))
    )
    op.create_table('retention_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('basis', sa.Enum('pga', 'zvh_wgs', 'convenant', name='legalbasis', native_enum=False, length=40), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('set_by', sa.String(length=80), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.CheckConstraint('years >= 1 AND years <= 30', name=op.f('ck_retention_period_years_1_to_30')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_period')),
    sa.UniqueConstraint('basis', name=op.f('uq_retention_period_basis'))
    )
    op.create_table('case_legal_basis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('basis', sa.Enum('pga', 'zvh_wgs', 'convenant', name='legalbasis', native_enum=False, length=40), nullable=False),
    sa.Column('covenant_name', sa.String(length=200), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.CheckConstraint("basis != 'convenant' OR covenant_name IS NOT NULL", name=op.f('ck_case_legal_basis_covenant_named')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_legal_basis_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_legal_basis')),
    sa.UniqueConstraint('case_id', 'basis', 'covenant_name', name=op.f('uq_case_legal_basis_case_id'))
    )
    with op.batch_alter_table('case_legal_basis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_legal_basis_case_id'), ['case_id'], unique=False)

    op.create_table('case_retention',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=False),
    sa.Column('retention_until', sa.Date(), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_retention_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_retention')),
    sa.UniqueConstraint('case_id', name=op.f('uq_case_retention_case_id'))
    )
    with op.batch_alter_table('case_retention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_retention_retention_until'), ['retention_until'], unique=False)

    op.create_table('gezag_holder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('minor_subject_id', sa.Integer(), nullable=False),
    sa.Column('holder_subject_id', sa.Integer(), nullable=True),
    sa.Column('holder_detail', sa.String(length=200), nullable=True),
    sa.CheckConstraint('(holder_subject_id IS NULL) != (holder_detail IS NULL)', name=op.f('ck_gezag_holder_one_holder')),
    sa.CheckConstraint('holder_subject_id IS NULL OR holder_subject_id != minor_subject_id', name=op.f('ck_gezag_holder_not_over_self')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_gezag_holder_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['holder_subject_id'], ['subject.id'], name=op.f('fk_gezag_holder_holder_subject_id_subject'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['minor_subject_id'], ['subject.id'], name=op.f('fk_gezag_holder_minor_subject_id_subject'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gezag_holder')),
    sa.UniqueConstraint('minor_subject_id', 'holder_subject_id', name=op.f('uq_gezag_holder_minor_subject_id'))
    )
    with op.batch_alter_table('gezag_holder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gezag_holder_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gezag_holder_holder_subject_id'), ['holder_subject_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gezag_holder_minor_subject_id'), ['minor_subject_id'], unique=False)

    op.create_table('person_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('related_subject_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('ouder_van', 'kind_van', 'partner', 'ex_partner', 'broer_zus', 'anders', name='personrelation', native_enum=False, length=40), nullable=False),
    sa.Column('detail', sa.String(length=120), nullable=True),
    sa.CheckConstraint("kind != 'kind_van'", name=op.f('ck_person_link_stored_as_parent')),
    sa.CheckConstraint('subject_id != related_subject_id', name=op.f('ck_person_link_two_persons')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_person_link_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['related_subject_id'], ['subject.id'], name=op.f('fk_person_link_related_subject_id_subject'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_person_link_subject_id_subject'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_link')),
    sa.UniqueConstraint('subject_id', 'related_subject_id', 'kind', name=op.f('uq_person_link_subject_id'))
    )
    with op.batch_alter_table('person_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_link_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_link_related_subject_id'), ['related_subject_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_link_subject_id'), ['subject_id'], unique=False)

    op.create_table('subject_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('inzage', 'rectificatie', 'verwijdering', 'beperking', 'bezwaar', name='requestkind', native_enum=False, length=40), nullable=False),
    sa.Column('person_pseudonym', sa.String(length=120), nullable=False),
    sa.Column('requester', sa.Enum('betrokkene', 'ouder', 'voogd', 'advocaat', name='requester', native_enum=False, length=40), nullable=False),
    sa.Column('requester_subject_id', sa.Integer(), nullable=True),
    sa.Column('requester_detail', sa.String(length=200), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('extended_until', sa.Date(), nullable=True),
    sa.Column('extension_reason', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('ontvangen', 'in_behandeling', 'afgehandeld', 'afgewezen', 'ingetrokken', name='requeststatus', native_enum=False, length=40), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('handled_on', sa.Date(), nullable=True),
    sa.Column('minor_position', sa.Text(), nullable=True),
    sa.Column('registered_by', sa.String(length=80), nullable=False),
    sa.CheckConstraint("status IN ('ontvangen', 'in_behandeling') OR handled_on IS NOT NULL", name=op.f('ck_subject_request_handled_has_date')),
    sa.CheckConstraint('(extended_until IS NULL) = (extension_reason IS NULL)', name=op.f('ck_subject_request_extension_explained')),
    sa.ForeignKeyConstraint(['requester_subject_id'], ['subject.id'], name=op.f('fk_subject_request_requester_subject_id_subject'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_request'))
    )
    with op.batch_alter_table('subject_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subject_request_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_subject_request_requester_subject_id'), ['requester_subject_id'], unique=False)

    op.create_table('exported_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('export_id', sa.Integer(), nullable=False),
    sa.Column('item_kind', sa.String(length=40), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_exported_item_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['export_id'], ['document_export.id'], name=op.f('fk_exported_item_export_id_document_export'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['subject_request.id'], name=op.f('fk_exported_item_request_id_subject_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exported_item'))
    )
    with op.batch_alter_table('exported_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exported_item_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exported_item_export_id'), ['export_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exported_item_request_id'), ['request_id'], unique=False)

    op.create_table('legal_hold',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('placed_on', sa.Date(), nullable=False),
    sa.Column('placed_by', sa.String(length=80), nullable=False),
    sa.Column('lifted_on', sa.Date(), nullable=True),
    sa.Column('lifted_by', sa.String(length=80), nullable=True),
    sa.Column('lift_note', sa.Text(), nullable=True),
    sa.CheckConstraint('(lifted_on IS NULL) = (lifted_by IS NULL)', name=op.f('ck_legal_hold_lifted_by_someone')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_legal_hold_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['subject_request.id'], name=op.f('fk_legal_hold_request_id_subject_request'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_hold'))
    )
    with op.batch_alter_table('legal_hold', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_hold_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_hold_request_id'), ['request_id'], unique=False)

    op.create_table('redaction_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=80), nullable=False),
    sa.Column('choice', sa.Enum('tonen', 'weglakken', 'achterhouden', name='redactionchoice', native_enum=False, length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('source_checked', sa.Boolean(), nullable=False),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['subject_request.id'], name=op.f('fk_redaction_decision_request_id_subject_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_redaction_decision')),
    sa.UniqueConstraint('request_id', 'item_key', name=op.f('uq_redaction_decision_request_id'))
    )
    with op.batch_alter_table('redaction_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_redaction_decision_request_id'), ['request_id'], unique=False)

    op.create_table('request_subject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['subject_request.id'], name=op.f('fk_request_subject_request_id_subject_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_request_subject_subject_id_subject'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_subject')),
    sa.UniqueConstraint('request_id', 'subject_id', name=op.f('uq_request_subject_request_id'))
    )
    with op.batch_alter_table('request_subject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_subject_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_subject_subject_id'), ['subject_id'], unique=False)

    op.create_table('statement_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('betreft', 'bron', name='statementrole', native_enum=False, length=40), nullable=False),
    sa.Column('signal_id', sa.Integer(), nullable=True),
    sa.Column('contribution_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('(signal_id IS NULL) != (contribution_id IS NULL)', name=op.f('ck_statement_person_one_statement')),
    sa.ForeignKeyConstraint(['contribution_id'], ['contribution.id'], name=op.f('fk_statement_person_contribution_id_contribution'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signal_id'], ['signal.id'], name=op.f('fk_statement_person_signal_id_signal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_statement_person_subject_id_subject'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_person')),
    sa.UniqueConstraint('signal_id', 'contribution_id', 'subject_id', 'role', name=op.f('uq_statement_person_signal_id'))
    )
    with op.batch_alter_table('statement_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_person_contribution_id'), ['contribution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_person_signal_id'), ['signal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_person_subject_id'), ['subject_id'], unique=False)

    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_action_item_closed_has_date'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_action_item_closed_has_date'), "(status IN ('afgerond', 'vervallen', 'overgedragen')) = (closed_on IS NOT NULL)")


def downgrade() -> None:
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_action_item_closed_has_date'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_action_item_closed_has_date'), "(status IN ('afgerond', 'vervallen')) = (closed_on IS NOT NULL)")
    with op.batch_alter_table('statement_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_person_subject_id'))
        batch_op.drop_index(batch_op.f('ix_statement_person_signal_id'))
        batch_op.drop_index(batch_op.f('ix_statement_person_contribution_id'))

    op.drop_table('statement_person')
    with op.batch_alter_table('request_subject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_subject_subject_id'))
        batch_op.drop_index(batch_op.f('ix_request_subject_request_id'))

    op.drop_table('request_subject')
    with op.batch_alter_table('redaction_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_redaction_decision_request_id'))

    op.drop_table('redaction_decision')
    with op.batch_alter_table('legal_hold', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_hold_request_id'))
        batch_op.drop_index(batch_op.f('ix_legal_hold_case_id'))

    op.drop_table('legal_hold')
    with op.batch_alter_table('exported_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exported_item_request_id'))
        batch_op.drop_index(batch_op.f('ix_exported_item_export_id'))
        batch_op.drop_index(batch_op.f('ix_exported_item_case_id'))

    op.drop_table('exported_item')
    with op.batch_alter_table('subject_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subject_request_requester_subject_id'))
        batch_op.drop_index(batch_op.f('ix_subject_request_deadline'))

    op.drop_table('subject_request')
    with op.batch_alter_table('person_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_link_subject_id'))
        batch_op.drop_index(batch_op.f('ix_person_link_related_subject_id'))
        batch_op.drop_index(batch_op.f('ix_person_link_case_id'))

    op.drop_table('person_link')
    with op.batch_alter_table('gezag_holder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gezag_holder_minor_subject_id'))
        batch_op.drop_index(batch_op.f('ix_gezag_holder_holder_subject_id'))
        batch_op.drop_index(batch_op.f('ix_gezag_holder_case_id'))

    op.drop_table('gezag_holder')
    with op.batch_alter_table('case_retention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_retention_retention_until'))

    op.drop_table('case_retention')
    with op.batch_alter_table('case_legal_basis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_legal_basis_case_id'))

    op.drop_table('case_legal_basis')
    op.drop_table('retention_period')
    op.drop_table('destruction_record')
