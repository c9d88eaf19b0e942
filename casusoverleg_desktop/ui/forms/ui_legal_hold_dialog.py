# Generated from forms/legal_hold_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'legal_hold_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LegalHoldDialog(object):
    def setupUi(self, LegalHoldDialog):
        if not LegalHoldDialog.objectName():
            LegalHoldDialog.setObjectName(u"LegalHoldDialog")
        LegalHoldDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(LegalHoldDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(LegalHoldDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.hold_label = QLabel(LegalHoldDialog)
        self.hold_label.setObjectName(u"hold_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hold_label)

        self.hold_combo = QComboBox(LegalHoldDialog)
        self.hold_combo.setObjectName(u"hold_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hold_combo)

        self.text_label = QLabel(LegalHoldDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(LegalHoldDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(LegalHoldDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(LegalHoldDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.hold_label.setBuddy(self.hold_combo)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hold_combo, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.button_box)

        self.retranslateUi(LegalHoldDialog)
    # setupUi

    def retranslateUi(self, LegalHoldDialog):
        LegalHoldDialog.setWindowTitle(QCoreApplication.translate("LegalHoldDialog", u"Bewaarplicht", None))
        self.hold_label.setText(QCoreApplication.translate("LegalHoldDialog", u"&Bewaarplicht", None))
#if QT_CONFIG(accessibility)
        self.hold_combo.setAccessibleName(QCoreApplication.translate("LegalHoldDialog", u"Op te heffen bewaarplicht", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("LegalHoldDialog", u"&Reden", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("LegalHoldDialog", u"Reden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("LegalHoldDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
