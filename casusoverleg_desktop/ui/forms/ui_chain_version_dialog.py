# Generated from forms/chain_version_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chain_version_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChainVersionDialog(object):
    def setupUi(self, ChainVersionDialog):
        if not ChainVersionDialog.objectName():
            ChainVersionDialog.setObjectName(u"ChainVersionDialog")
        ChainVersionDialog.resize(520, 300)
        self.main_layout = QVBoxLayout(ChainVersionDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(ChainVersionDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.in_force_label = QLabel(ChainVersionDialog)
        self.in_force_label.setObjectName(u"in_force_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.in_force_label)

        self.in_force_date = QDateEdit(ChainVersionDialog)
        self.in_force_date.setObjectName(u"in_force_date")
        self.in_force_date.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.in_force_date)

        self.note_label = QLabel(ChainVersionDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ChainVersionDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumSize(QSize(0, 60))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ChainVersionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ChainVersionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.in_force_label.setBuddy(self.in_force_date)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.in_force_date, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(ChainVersionDialog)
    # setupUi

    def retranslateUi(self, ChainVersionDialog):
        ChainVersionDialog.setWindowTitle(QCoreApplication.translate("ChainVersionDialog", u"Nieuwe versie van de keten", None))
        self.in_force_label.setText(QCoreApplication.translate("ChainVersionDialog", u"&Geldig vanaf", None))
#if QT_CONFIG(accessibility)
        self.in_force_date.setAccessibleName(QCoreApplication.translate("ChainVersionDialog", u"Geldig vanaf", None))
#endif // QT_CONFIG(accessibility)
        self.in_force_date.setDisplayFormat(QCoreApplication.translate("ChainVersionDialog", u"dd-MM-yyyy", None))
        self.note_label.setText(QCoreApplication.translate("ChainVersionDialog", u"&Toelichting", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ChainVersionDialog", u"Toelichting bij de versie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ChainVersionDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
