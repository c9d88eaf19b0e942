# Generated from forms/recovery_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(520, 400)
        self.main_layout = QVBoxLayout(RecoveryDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(RecoveryDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(RecoveryDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.login_label = QLabel(RecoveryDialog)
        self.login_label.setObjectName(u"login_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.user_edit = QLineEdit(RecoveryDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.code_label = QLabel(RecoveryDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(RecoveryDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.new_label = QLabel(RecoveryDialog)
        self.new_label.setObjectName(u"new_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_edit = QLineEdit(RecoveryDialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.repeat_label = QLabel(RecoveryDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(RecoveryDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.strength_label = QLabel(RecoveryDialog)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strength_label)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RecoveryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RecoveryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.login_label.setBuddy(self.user_edit)
        self.code_label.setBuddy(self.code_edit)
        self.new_label.setBuddy(self.new_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.button_box)

        self.retranslateUi(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Wachtwoord herstellen \u2014 Casusoverleg", None))
        self.title_label.setText(QCoreApplication.translate("RecoveryDialog", u"Wachtwoord herstellen", None))
        self.intro_label.setText(QCoreApplication.translate("RecoveryDialog", u"Voer de herstelcode van uw herstelblad in (8 groepen van 4 tekens) en kies een nieuw wachtwoord. Met de herstelcode opent de kluis ook als het wachtwoord kwijt is.", None))
        self.login_label.setText(QCoreApplication.translate("RecoveryDialog", u"&Gebruiker", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Gebruikersnaam", None))
#endif // QT_CONFIG(accessibility)
        self.code_label.setText(QCoreApplication.translate("RecoveryDialog", u"&Herstelcode", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("RecoveryDialog", u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("RecoveryDialog", u"&Nieuw wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Nieuw wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("RecoveryDialog", u"&Nogmaals", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Nieuw wachtwoord nogmaals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Sterkte van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
