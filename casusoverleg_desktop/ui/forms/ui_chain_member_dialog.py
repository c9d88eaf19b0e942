# Generated from forms/chain_member_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chain_member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChainMemberDialog(object):
    def setupUi(self, ChainMemberDialog):
        if not ChainMemberDialog.objectName():
            ChainMemberDialog.setObjectName(u"ChainMemberDialog")
        ChainMemberDialog.resize(560, 380)
        self.main_layout = QVBoxLayout(ChainMemberDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(ChainMemberDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.partner_label = QLabel(ChainMemberDialog)
        self.partner_label.setObjectName(u"partner_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_combo = QComboBox(ChainMemberDialog)
        self.partner_combo.setObjectName(u"partner_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner_combo)

        self.role_label = QLabel(ChainMemberDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(ChainMemberDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.lane_label = QLabel(ChainMemberDialog)
        self.lane_label.setObjectName(u"lane_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lane_label)

        self.lane_combo = QComboBox(ChainMemberDialog)
        self.lane_combo.setObjectName(u"lane_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lane_combo)

        self.function_label = QLabel(ChainMemberDialog)
        self.function_label.setObjectName(u"function_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.function_label)

        self.function_edit = QLineEdit(ChainMemberDialog)
        self.function_edit.setObjectName(u"function_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.function_edit)

        self.phone_label = QLabel(ChainMemberDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(ChainMemberDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(ChainMemberDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(ChainMemberDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ChainMemberDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ChainMemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.partner_label.setBuddy(self.partner_combo)
        self.role_label.setBuddy(self.role_combo)
        self.lane_label.setBuddy(self.lane_combo)
        self.function_label.setBuddy(self.function_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner_combo, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.lane_combo)
        QWidget.setTabOrder(self.lane_combo, self.function_edit)
        QWidget.setTabOrder(self.function_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.button_box)

        self.retranslateUi(ChainMemberDialog)
    # setupUi

    def retranslateUi(self, ChainMemberDialog):
        ChainMemberDialog.setWindowTitle(QCoreApplication.translate("ChainMemberDialog", u"Organisatie in de keten", None))
        self.partner_label.setText(QCoreApplication.translate("ChainMemberDialog", u"&Organisatie", None))
#if QT_CONFIG(accessibility)
        self.partner_combo.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Organisatie (ketenpartner)", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("ChainMemberDialog", u"&Rol in de keten", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Rol in de keten", None))
#endif // QT_CONFIG(accessibility)
        self.lane_label.setText(QCoreApplication.translate("ChainMemberDialog", u"&Baan", None))
#if QT_CONFIG(accessibility)
        self.lane_combo.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Baan in het stroomschema", None))
#endif // QT_CONFIG(accessibility)
        self.function_label.setText(QCoreApplication.translate("ChainMemberDialog", u"&Functie of team", None))
#if QT_CONFIG(accessibility)
        self.function_edit.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Functie of team", None))
#endif // QT_CONFIG(accessibility)
        self.function_edit.setPlaceholderText(QCoreApplication.translate("ChainMemberDialog", u"bijv. Meldpunt radicalisering", None))
        self.phone_label.setText(QCoreApplication.translate("ChainMemberDialog", u"&Telefoon", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Telefoonnummer van de organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ChainMemberDialog", u"bijv. 14 0519", None))
        self.email_label.setText(QCoreApplication.translate("ChainMemberDialog", u"&Gedeelde mailbox", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Gedeelde mailbox van de organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("ChainMemberDialog", u"bijv. meldpunt@gemeente.nl", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ChainMemberDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
