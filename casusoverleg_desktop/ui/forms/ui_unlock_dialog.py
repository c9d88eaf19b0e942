# Generated from forms/unlock_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(480, 360)
        self.main_layout = QVBoxLayout(UnlockDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(UnlockDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.locked_label = QLabel(UnlockDialog)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setWordWrap(True)
        self.locked_label.setVisible(False)

        self.main_layout.addWidget(self.locked_label)

        self.vault_label = QLabel(UnlockDialog)
        self.vault_label.setObjectName(u"vault_label")
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.vault_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.login_label = QLabel(UnlockDialog)
        self.login_label.setObjectName(u"login_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.user_edit = QLineEdit(UnlockDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.passphrase_label = QLabel(UnlockDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(UnlockDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.main_layout.addLayout(self.form_layout)

        self.remember_check = QCheckBox(UnlockDialog)
        self.remember_check.setObjectName(u"remember_check")

        self.main_layout.addWidget(self.remember_check)

        self.keyring_label = QLabel(UnlockDialog)
        self.keyring_label.setObjectName(u"keyring_label")
        self.keyring_label.setWordWrap(True)

        self.main_layout.addWidget(self.keyring_label)

        self.forgot_layout = QHBoxLayout()
        self.forgot_layout.setObjectName(u"forgot_layout")
        self.forgot_button = QPushButton(UnlockDialog)
        self.forgot_button.setObjectName(u"forgot_button")
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))

        self.forgot_layout.addWidget(self.forgot_button)

        self.forgot_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.forgot_layout.addItem(self.forgot_spacer)


        self.main_layout.addLayout(self.forgot_layout)

        self.error_label = QLabel(UnlockDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(UnlockDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.login_label.setBuddy(self.user_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.button_box)

        self.retranslateUi(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Kluis openen \u2014 Casusoverleg", None))
        self.title_label.setText(QCoreApplication.translate("UnlockDialog", u"Kluis openen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Kluis openen", None))
#endif // QT_CONFIG(accessibility)
        self.login_label.setText(QCoreApplication.translate("UnlockDialog", u"&Gebruiker", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Gebruikersnaam", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"&Wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("UnlockDialog", u"&Onthoud op dit apparaat", None))
#if QT_CONFIG(accessibility)
        self.remember_check.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Onthoud op dit apparaat", None))
#endif // QT_CONFIG(accessibility)
        self.forgot_button.setText(QCoreApplication.translate("UnlockDialog", u"Wachtwoord vergeten?", None))
#if QT_CONFIG(tooltip)
        self.forgot_button.setToolTip(QCoreApplication.translate("UnlockDialog", u"Stel een nieuw wachtwoord in met de herstelcode van het herstelblad", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.forgot_button.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Wachtwoord vergeten: herstellen met de herstelcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
