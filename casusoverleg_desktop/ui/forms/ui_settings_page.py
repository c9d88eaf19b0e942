# Generated from forms/settings_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1000, 800)
        self.main_layout = QVBoxLayout(SettingsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 18, 24, 12)
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.scroll_area = QScrollArea(SettingsPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.content_widget = QWidget()
        self.content_widget.setObjectName(u"content_widget")
        self.content_layout = QVBoxLayout(self.content_widget)
        self.content_layout.setSpacing(14)
        self.content_layout.setObjectName(u"content_layout")
        self.idle_group = QGroupBox(self.content_widget)
        self.idle_group.setObjectName(u"idle_group")
        self.idle_group_layout = QVBoxLayout(self.idle_group)
        self.idle_group_layout.setSpacing(8)
        self.idle_group_layout.setObjectName(u"idle_group_layout")
        self.idle_row = QHBoxLayout()
        self.idle_row.setObjectName(u"idle_row")
        self.idle_label = QLabel(self.idle_group)
        self.idle_label.setObjectName(u"idle_label")

        self.idle_row.addWidget(self.idle_label)

        self.idle_spin = QSpinBox(self.idle_group)
        self.idle_spin.setObjectName(u"idle_spin")
        self.idle_spin.setMinimum(1)
        self.idle_spin.setMaximum(120)

        self.idle_row.addWidget(self.idle_spin)

        self.idle_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idle_row.addItem(self.idle_row_spacer)


        self.idle_group_layout.addLayout(self.idle_row)

        self.idle_hint_label = QLabel(self.idle_group)
        self.idle_hint_label.setObjectName(u"idle_hint_label")
        self.idle_hint_label.setWordWrap(True)

        self.idle_group_layout.addWidget(self.idle_hint_label)

        self.idle_feedback_label = QLabel(self.idle_group)
        self.idle_feedback_label.setObjectName(u"idle_feedback_label")
        self.idle_feedback_label.setWordWrap(True)

        self.idle_group_layout.addWidget(self.idle_feedback_label)


        self.content_layout.addWidget(self.idle_group)

        self.passphrase_group = QGroupBox(self.content_widget)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_group_layout = QVBoxLayout(self.passphrase_group)
        self.passphrase_group_layout.setSpacing(8)
        self.passphrase_group_layout.setObjectName(u"passphrase_group_layout")
        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.current_label = QLabel(self.passphrase_group)
        self.current_label.setObjectName(u"current_label")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current_edit = QLineEdit(self.passphrase_group)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_edit)

        self.new_label = QLabel(self.passphrase_group)
        self.new_label.setObjectName(u"new_label")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_edit = QLineEdit(self.passphrase_group)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.repeat_label = QLabel(self.passphrase_group)
        self.repeat_label.setObjectName(u"repeat_label")

        self.passphrase_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(self.passphrase_group)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.strength_label = QLabel(self.passphrase_group)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)

        self.passphrase_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength_label)


        self.passphrase_group_layout.addLayout(self.passphrase_form)

        self.change_row = QHBoxLayout()
        self.change_row.setObjectName(u"change_row")
        self.change_button = QPushButton(self.passphrase_group)
        self.change_button.setObjectName(u"change_button")

        self.change_row.addWidget(self.change_button)

        self.change_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.change_row.addItem(self.change_row_spacer)


        self.passphrase_group_layout.addLayout(self.change_row)

        self.passphrase_feedback_label = QLabel(self.passphrase_group)
        self.passphrase_feedback_label.setObjectName(u"passphrase_feedback_label")
        self.passphrase_feedback_label.setWordWrap(True)

        self.passphrase_group_layout.addWidget(self.passphrase_feedback_label)


        self.content_layout.addWidget(self.passphrase_group)

        self.remember_group = QGroupBox(self.content_widget)
        self.remember_group.setObjectName(u"remember_group")
        self.remember_group_layout = QVBoxLayout(self.remember_group)
        self.remember_group_layout.setSpacing(8)
        self.remember_group_layout.setObjectName(u"remember_group_layout")
        self.remember_check = QCheckBox(self.remember_group)
        self.remember_check.setObjectName(u"remember_check")

        self.remember_group_layout.addWidget(self.remember_check)

        self.keyring_label = QLabel(self.remember_group)
        self.keyring_label.setObjectName(u"keyring_label")
        self.keyring_label.setWordWrap(True)

        self.remember_group_layout.addWidget(self.keyring_label)

        self.remember_feedback_label = QLabel(self.remember_group)
        self.remember_feedback_label.setObjectName(u"remember_feedback_label")
        self.remember_feedback_label.setWordWrap(True)

        self.remember_group_layout.addWidget(self.remember_feedback_label)


        self.content_layout.addWidget(self.remember_group)

        self.users_group = QGroupBox(self.content_widget)
        self.users_group.setObjectName(u"users_group")
        self.users_group_layout = QVBoxLayout(self.users_group)
        self.users_group_layout.setSpacing(8)
        self.users_group_layout.setObjectName(u"users_group_layout")
        self.users_view = QTableView(self.users_group)
        self.users_view.setObjectName(u"users_view")
        self.users_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.users_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.users_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.users_view.setShowGrid(False)
        self.users_view.horizontalHeader().setStretchLastSection(True)
        self.users_view.verticalHeader().setVisible(False)

        self.users_group_layout.addWidget(self.users_view)

        self.remove_row = QHBoxLayout()
        self.remove_row.setObjectName(u"remove_row")
        self.remove_user_button = QPushButton(self.users_group)
        self.remove_user_button.setObjectName(u"remove_user_button")

        self.remove_row.addWidget(self.remove_user_button)

        self.remove_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remove_row.addItem(self.remove_row_spacer)


        self.users_group_layout.addLayout(self.remove_row)

        self.add_user_title_label = QLabel(self.users_group)
        self.add_user_title_label.setObjectName(u"add_user_title_label")

        self.users_group_layout.addWidget(self.add_user_title_label)

        self.add_user_form = QFormLayout()
        self.add_user_form.setObjectName(u"add_user_form")
        self.new_login_label = QLabel(self.users_group)
        self.new_login_label.setObjectName(u"new_login_label")

        self.add_user_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_login_label)

        self.new_login_edit = QLineEdit(self.users_group)
        self.new_login_edit.setObjectName(u"new_login_edit")

        self.add_user_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_login_edit)

        self.new_name_label = QLabel(self.users_group)
        self.new_name_label.setObjectName(u"new_name_label")

        self.add_user_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_name_label)

        self.new_name_edit = QLineEdit(self.users_group)
        self.new_name_edit.setObjectName(u"new_name_edit")

        self.add_user_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_name_edit)

        self.new_org_label = QLabel(self.users_group)
        self.new_org_label.setObjectName(u"new_org_label")

        self.add_user_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_org_label)

        self.new_org_edit = QLineEdit(self.users_group)
        self.new_org_edit.setObjectName(u"new_org_edit")

        self.add_user_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_org_edit)

        self.new_role_label = QLabel(self.users_group)
        self.new_role_label.setObjectName(u"new_role_label")

        self.add_user_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_role_label)

        self.new_role_combo = QComboBox(self.users_group)
        self.new_role_combo.setObjectName(u"new_role_combo")

        self.add_user_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_role_combo)

        self.new_user_passphrase_label = QLabel(self.users_group)
        self.new_user_passphrase_label.setObjectName(u"new_user_passphrase_label")

        self.add_user_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_user_passphrase_label)

        self.new_user_passphrase_edit = QLineEdit(self.users_group)
        self.new_user_passphrase_edit.setObjectName(u"new_user_passphrase_edit")
        self.new_user_passphrase_edit.setEchoMode(QLineEdit.Password)

        self.add_user_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_user_passphrase_edit)

        self.new_user_repeat_label = QLabel(self.users_group)
        self.new_user_repeat_label.setObjectName(u"new_user_repeat_label")

        self.add_user_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.new_user_repeat_label)

        self.new_user_repeat_edit = QLineEdit(self.users_group)
        self.new_user_repeat_edit.setObjectName(u"new_user_repeat_edit")
        self.new_user_repeat_edit.setEchoMode(QLineEdit.Password)

        self.add_user_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.new_user_repeat_edit)


        self.users_group_layout.addLayout(self.add_user_form)

        self.add_row = QHBoxLayout()
        self.add_row.setObjectName(u"add_row")
        self.add_user_button = QPushButton(self.users_group)
        self.add_user_button.setObjectName(u"add_user_button")

        self.add_row.addWidget(self.add_user_button)

        self.add_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_row.addItem(self.add_row_spacer)


        self.users_group_layout.addLayout(self.add_row)

        self.users_feedback_label = QLabel(self.users_group)
        self.users_feedback_label.setObjectName(u"users_feedback_label")
        self.users_feedback_label.setWordWrap(True)

        self.users_group_layout.addWidget(self.users_feedback_label)


        self.content_layout.addWidget(self.users_group)

        self.recovery_group = QGroupBox(self.content_widget)
        self.recovery_group.setObjectName(u"recovery_group")
        self.recovery_group_layout = QVBoxLayout(self.recovery_group)
        self.recovery_group_layout.setSpacing(8)
        self.recovery_group_layout.setObjectName(u"recovery_group_layout")
        self.recovery_hint_label = QLabel(self.recovery_group)
        self.recovery_hint_label.setObjectName(u"recovery_hint_label")
        self.recovery_hint_label.setWordWrap(True)

        self.recovery_group_layout.addWidget(self.recovery_hint_label)

        self.recovery_row = QHBoxLayout()
        self.recovery_row.setObjectName(u"recovery_row")
        self.new_code_button = QPushButton(self.recovery_group)
        self.new_code_button.setObjectName(u"new_code_button")

        self.recovery_row.addWidget(self.new_code_button)

        self.recovery_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recovery_row.addItem(self.recovery_row_spacer)


        self.recovery_group_layout.addLayout(self.recovery_row)

        self.recovery_feedback_label = QLabel(self.recovery_group)
        self.recovery_feedback_label.setObjectName(u"recovery_feedback_label")
        self.recovery_feedback_label.setWordWrap(True)

        self.recovery_group_layout.addWidget(self.recovery_feedback_label)


        self.content_layout.addWidget(self.recovery_group)

        self.backup_group = QGroupBox(self.content_widget)
        self.backup_group.setObjectName(u"backup_group")
        self.backup_group_layout = QVBoxLayout(self.backup_group)
        self.backup_group_layout.setSpacing(8)
        self.backup_group_layout.setObjectName(u"backup_group_layout")
        self.backup_hint_label = QLabel(self.backup_group)
        self.backup_hint_label.setObjectName(u"backup_hint_label")
        self.backup_hint_label.setWordWrap(True)

        self.backup_group_layout.addWidget(self.backup_hint_label)

        self.backup_row = QHBoxLayout()
        self.backup_row.setObjectName(u"backup_row")
        self.backup_button = QPushButton(self.backup_group)
        self.backup_button.setObjectName(u"backup_button")

        self.backup_row.addWidget(self.backup_button)

        self.backup_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backup_row.addItem(self.backup_row_spacer)


        self.backup_group_layout.addLayout(self.backup_row)

        self.auto_backups_label = QLabel(self.backup_group)
        self.auto_backups_label.setObjectName(u"auto_backups_label")
        self.auto_backups_label.setWordWrap(True)

        self.backup_group_layout.addWidget(self.auto_backups_label)

        self.backups_view = QTableView(self.backup_group)
        self.backups_view.setObjectName(u"backups_view")
        self.backups_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backups_view.setShowGrid(False)
        self.backups_view.horizontalHeader().setStretchLastSection(True)
        self.backups_view.verticalHeader().setVisible(False)

        self.backup_group_layout.addWidget(self.backups_view)

        self.backup_feedback_label = QLabel(self.backup_group)
        self.backup_feedback_label.setObjectName(u"backup_feedback_label")
        self.backup_feedback_label.setWordWrap(True)

        self.backup_group_layout.addWidget(self.backup_feedback_label)


        self.content_layout.addWidget(self.backup_group)

        self.rotate_group = QGroupBox(self.content_widget)
        self.rotate_group.setObjectName(u"rotate_group")
        self.rotate_group_layout = QVBoxLayout(self.rotate_group)
        self.rotate_group_layout.setSpacing(8)
        self.rotate_group_layout.setObjectName(u"rotate_group_layout")
        self.rotate_hint_label = QLabel(self.rotate_group)
        self.rotate_hint_label.setObjectName(u"rotate_hint_label")
        self.rotate_hint_label.setWordWrap(True)

        self.rotate_group_layout.addWidget(self.rotate_hint_label)

        self.rotate_row = QHBoxLayout()
        self.rotate_row.setObjectName(u"rotate_row")
        self.rotate_button = QPushButton(self.rotate_group)
        self.rotate_button.setObjectName(u"rotate_button")

        self.rotate_row.addWidget(self.rotate_button)

        self.rotate_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rotate_row.addItem(self.rotate_row_spacer)


        self.rotate_group_layout.addLayout(self.rotate_row)

        self.rotate_feedback_label = QLabel(self.rotate_group)
        self.rotate_feedback_label.setObjectName(u"rotate_feedback_label")
        self.rotate_feedback_label.setWordWrap(True)

        self.rotate_group_layout.addWidget(self.rotate_feedback_label)


        self.content_layout.addWidget(self.rotate_group)

        self.audit_group = QGroupBox(self.content_widget)
        self.audit_group.setObjectName(u"audit_group")
        self.audit_group_layout = QVBoxLayout(self.audit_group)
        self.audit_group_layout.setSpacing(8)
        self.audit_group_layout.setObjectName(u"audit_group_layout")
        self.audit_hint_label = QLabel(self.audit_group)
        self.audit_hint_label.setObjectName(u"audit_hint_label")
        self.audit_hint_label.setWordWrap(True)

        self.audit_group_layout.addWidget(self.audit_hint_label)

        self.audit_row = QHBoxLayout()
        self.audit_row.setObjectName(u"audit_row")
        self.audit_button = QPushButton(self.audit_group)
        self.audit_button.setObjectName(u"audit_button")

        self.audit_row.addWidget(self.audit_button)

        self.audit_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audit_row.addItem(self.audit_row_spacer)


        self.audit_group_layout.addLayout(self.audit_row)

        self.audit_feedback_label = QLabel(self.audit_group)
        self.audit_feedback_label.setObjectName(u"audit_feedback_label")
        self.audit_feedback_label.setWordWrap(True)
        self.audit_feedback_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.audit_group_layout.addWidget(self.audit_feedback_label)


        self.content_layout.addWidget(self.audit_group)

        self.periods_group = QGroupBox(self.content_widget)
        self.periods_group.setObjectName(u"periods_group")
        self.periods_group_layout = QVBoxLayout(self.periods_group)
        self.periods_group_layout.setSpacing(8)
        self.periods_group_layout.setObjectName(u"periods_group_layout")
        self.periods_hint_label = QLabel(self.periods_group)
        self.periods_hint_label.setObjectName(u"periods_hint_label")
        self.periods_hint_label.setWordWrap(True)

        self.periods_group_layout.addWidget(self.periods_hint_label)

        self.periods_view = QTableView(self.periods_group)
        self.periods_view.setObjectName(u"periods_view")
        self.periods_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.periods_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.periods_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.periods_view.setWordWrap(False)
        self.periods_view.verticalHeader().setVisible(False)

        self.periods_group_layout.addWidget(self.periods_view)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.period_basis_combo = QComboBox(self.periods_group)
        self.period_basis_combo.setObjectName(u"period_basis_combo")

        self.period_row.addWidget(self.period_basis_combo)

        self.period_years_spin = QSpinBox(self.periods_group)
        self.period_years_spin.setObjectName(u"period_years_spin")
        self.period_years_spin.setMinimum(1)
        self.period_years_spin.setMaximum(30)

        self.period_row.addWidget(self.period_years_spin)

        self.period_source_edit = QLineEdit(self.periods_group)
        self.period_source_edit.setObjectName(u"period_source_edit")

        self.period_row.addWidget(self.period_source_edit)

        self.period_button = QPushButton(self.periods_group)
        self.period_button.setObjectName(u"period_button")

        self.period_row.addWidget(self.period_button)


        self.periods_group_layout.addLayout(self.period_row)

        self.fg_register_row = QHBoxLayout()
        self.fg_register_row.setObjectName(u"fg_register_row")
        self.fg_register_label = QLabel(self.periods_group)
        self.fg_register_label.setObjectName(u"fg_register_label")
        self.fg_register_label.setWordWrap(True)

        self.fg_register_row.addWidget(self.fg_register_label)

        self.fg_register_button = QPushButton(self.periods_group)
        self.fg_register_button.setObjectName(u"fg_register_button")

        self.fg_register_row.addWidget(self.fg_register_button)


        self.periods_group_layout.addLayout(self.fg_register_row)

        self.periods_feedback_label = QLabel(self.periods_group)
        self.periods_feedback_label.setObjectName(u"periods_feedback_label")
        self.periods_feedback_label.setWordWrap(True)

        self.periods_group_layout.addWidget(self.periods_feedback_label)


        self.content_layout.addWidget(self.periods_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.content_widget)

        self.main_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.idle_label.setBuddy(self.idle_spin)
        self.current_label.setBuddy(self.current_edit)
        self.new_label.setBuddy(self.new_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.new_login_label.setBuddy(self.new_login_edit)
        self.new_name_label.setBuddy(self.new_name_edit)
        self.new_org_label.setBuddy(self.new_org_edit)
        self.new_role_label.setBuddy(self.new_role_combo)
        self.new_user_passphrase_label.setBuddy(self.new_user_passphrase_edit)
        self.new_user_repeat_label.setBuddy(self.new_user_repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idle_spin, self.current_edit)
        QWidget.setTabOrder(self.current_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.change_button)
        QWidget.setTabOrder(self.change_button, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.users_view)
        QWidget.setTabOrder(self.users_view, self.remove_user_button)
        QWidget.setTabOrder(self.remove_user_button, self.new_login_edit)
        QWidget.setTabOrder(self.new_login_edit, self.new_name_edit)
        QWidget.setTabOrder(self.new_name_edit, self.new_org_edit)
        QWidget.setTabOrder(self.new_org_edit, self.new_role_combo)
        QWidget.setTabOrder(self.new_role_combo, self.new_user_passphrase_edit)
        QWidget.setTabOrder(self.new_user_passphrase_edit, self.new_user_repeat_edit)
        QWidget.setTabOrder(self.new_user_repeat_edit, self.add_user_button)
        QWidget.setTabOrder(self.add_user_button, self.new_code_button)
        QWidget.setTabOrder(self.new_code_button, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.backups_view)
        QWidget.setTabOrder(self.backups_view, self.rotate_button)
        QWidget.setTabOrder(self.rotate_button, self.audit_button)
        QWidget.setTabOrder(self.audit_button, self.periods_view)
        QWidget.setTabOrder(self.periods_view, self.period_basis_combo)
        QWidget.setTabOrder(self.period_basis_combo, self.period_years_spin)
        QWidget.setTabOrder(self.period_years_spin, self.period_source_edit)
        QWidget.setTabOrder(self.period_source_edit, self.period_button)
        QWidget.setTabOrder(self.period_button, self.fg_register_button)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Instellingen", None))
        self.idle_group.setTitle(QCoreApplication.translate("SettingsPage", u"Automatisch vergrendelen", None))
        self.idle_label.setText(QCoreApplication.translate("SettingsPage", u"&Vergrendelen na", None))
        self.idle_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" minuten zonder gebruik", None))
#if QT_CONFIG(accessibility)
        self.idle_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Minuten tot automatisch vergrendelen", None))
#endif // QT_CONFIG(accessibility)
        self.idle_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Na deze tijd zonder toetsenbord of muis wordt alles verborgen en is uw wachtwoord weer nodig. Wat u aan het typen was, wordt eerst bewaard. Deze instelling geldt voor deze computer.", None))
#if QT_CONFIG(accessibility)
        self.idle_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_group.setTitle(QCoreApplication.translate("SettingsPage", u"Wachtwoord wijzigen", None))
        self.current_label.setText(QCoreApplication.translate("SettingsPage", u"&Huidig wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Huidig wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("SettingsPage", u"&Nieuw wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Nieuw wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("SettingsPage", u"N&ogmaals", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Nieuw wachtwoord nogmaals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Sterkte van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.change_button.setText(QCoreApplication.translate("SettingsPage", u"Wachtwoord &wijzigen", None))
#if QT_CONFIG(accessibility)
        self.change_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Wachtwoord wijzigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphrase_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.remember_group.setTitle(QCoreApplication.translate("SettingsPage", u"Onthoud op dit apparaat", None))
        self.remember_check.setText(QCoreApplication.translate("SettingsPage", u"&Onthoud de sleutel op dit apparaat (geen wachtwoord nodig bij het starten)", None))
#if QT_CONFIG(accessibility)
        self.remember_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Onthoud op dit apparaat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyring_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Waar de sleutel staat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remember_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.users_group.setTitle(QCoreApplication.translate("SettingsPage", u"Gebruikers", None))
#if QT_CONFIG(accessibility)
        self.users_view.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Gebruikers van deze kluis", None))
#endif // QT_CONFIG(accessibility)
        self.remove_user_button.setText(QCoreApplication.translate("SettingsPage", u"Gebruiker &verwijderen\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_user_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Gekozen gebruiker verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_title_label.setText(QCoreApplication.translate("SettingsPage", u"Gebruiker toevoegen", None))
        self.new_login_label.setText(QCoreApplication.translate("SettingsPage", u"Gebruikers&naam", None))
#if QT_CONFIG(accessibility)
        self.new_login_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Gebruikersnaam van de nieuwe gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.new_login_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u00e9\u00e9n woord", None))
        self.new_name_label.setText(QCoreApplication.translate("SettingsPage", u"Naa&m", None))
#if QT_CONFIG(accessibility)
        self.new_name_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Naam van de nieuwe gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.new_org_label.setText(QCoreApplication.translate("SettingsPage", u"Or&ganisatie", None))
#if QT_CONFIG(accessibility)
        self.new_org_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Organisatie van de nieuwe gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.new_role_label.setText(QCoreApplication.translate("SettingsPage", u"&Rol", None))
#if QT_CONFIG(accessibility)
        self.new_role_combo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Rol van de nieuwe gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.new_user_passphrase_label.setText(QCoreApplication.translate("SettingsPage", u"&Eerste wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.new_user_passphrase_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Eerste wachtwoord van de nieuwe gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.new_user_repeat_label.setText(QCoreApplication.translate("SettingsPage", u"Nogmaa&ls", None))
#if QT_CONFIG(accessibility)
        self.new_user_repeat_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Eerste wachtwoord nogmaals", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_button.setText(QCoreApplication.translate("SettingsPage", u"Gebruiker &toevoegen", None))
#if QT_CONFIG(accessibility)
        self.add_user_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Gebruiker toevoegen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.users_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_group.setTitle(QCoreApplication.translate("SettingsPage", u"Herstelcode", None))
        self.recovery_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Kwijt of door anderen gezien? Maak een nieuwe herstelcode: de oude werkt daarna niet meer. De nieuwe code wordt \u00e9\u00e9n keer getoond, met een herstelblad om af te drukken.", None))
        self.new_code_button.setText(QCoreApplication.translate("SettingsPage", u"Nieuwe &herstelcode maken\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_code_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Nieuwe herstelcode maken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recovery_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.backup_group.setTitle(QCoreApplication.translate("SettingsPage", u"Back-ups", None))
        self.backup_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Een back-up is versleuteld en opent met een wachtwoord of de herstelcode die gold toen hij werd gemaakt. Bewaar hem op een versleutelde schijf.", None))
        self.backup_button.setText(QCoreApplication.translate("SettingsPage", u"&Back-up maken\u2026", None))
#if QT_CONFIG(accessibility)
        self.backup_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Back-up maken naar een bestand", None))
#endif // QT_CONFIG(accessibility)
        self.auto_backups_label.setText(QCoreApplication.translate("SettingsPage", u"Automatische back-ups (dagelijks, en v\u00f3\u00f3r een nieuwe versie van het programma de kluis omzet; in de map van de kluis):", None))
#if QT_CONFIG(accessibility)
        self.backups_view.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Automatische back-ups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.rotate_group.setTitle(QCoreApplication.translate("SettingsPage", u"Sleutel vervangen", None))
        self.rotate_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Vervang de sleutel van de kluis nadat u een gebruiker hebt verwijderd of als u denkt dat een wachtwoord of back-up in verkeerde handen is. Oude automatische back-ups worden vervangen; back-ups die u zelf hebt gemaakt openen nog met de oude wachtwoorden.", None))
        self.rotate_button.setText(QCoreApplication.translate("SettingsPage", u"Sleutel &nu vervangen\u2026", None))
#if QT_CONFIG(accessibility)
        self.rotate_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Sleutel van de kluis vervangen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rotate_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.audit_group.setTitle(QCoreApplication.translate("SettingsPage", u"Audittrail controleren", None))
        self.audit_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Controleer of de audittrail compleet en ongewijzigd is en of alle vastgelegde inhoud nog klopt. Noteer het kenmerk van de laatste regel buiten de computer: daarmee is later aan te tonen dat er niets is weggehaald.", None))
        self.audit_button.setText(QCoreApplication.translate("SettingsPage", u"Audittrail &controleren", None))
#if QT_CONFIG(accessibility)
        self.audit_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Audittrail controleren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audit_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Uitkomst van de controle", None))
#endif // QT_CONFIG(accessibility)
        self.periods_group.setTitle(QCoreApplication.translate("SettingsPage", u"Bewaartermijnen", None))
        self.periods_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Per grondslag: hoeveel jaar na afsluiting een casus bewaard blijft. De meegeleverde termijnen zijn voorstellen, vast te stellen door de FG. De voorzitter legt het besluit hier vast; eerder afgesloten casussen houden hun datum.", None))
#if QT_CONFIG(accessibility)
        self.periods_view.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Bewaartermijnen per grondslag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.period_basis_combo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Grondslag van de termijn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.period_years_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Termijn in jaren", None))
#endif // QT_CONFIG(accessibility)
        self.period_years_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" jaar", None))
#if QT_CONFIG(accessibility)
        self.period_source_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Bron van de termijn", None))
#endif // QT_CONFIG(accessibility)
        self.period_source_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Bron, bijv. besluit van de FG van 15-01-2026", None))
        self.period_button.setText(QCoreApplication.translate("SettingsPage", u"&Vaststellen", None))
#if QT_CONFIG(accessibility)
        self.period_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Bewaartermijn vaststellen", None))
#endif // QT_CONFIG(accessibility)
        self.fg_register_label.setText(QCoreApplication.translate("SettingsPage", u"Voor de FG: het register van de verwerkingen in deze kluis (art. 30 AVG), alleen aantallen.", None))
        self.fg_register_button.setText(QCoreApplication.translate("SettingsPage", u"&Register voor de FG\u2026", None))
#if QT_CONFIG(accessibility)
        self.fg_register_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Register van verwerkingen voor de FG opslaan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periods_feedback_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Uitkomst van het vaststellen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
