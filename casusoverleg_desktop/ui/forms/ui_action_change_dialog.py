# Generated from forms/action_change_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_change_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ActionChangeDialog(object):
    def setupUi(self, ActionChangeDialog):
        if not ActionChangeDialog.objectName():
            ActionChangeDialog.setObjectName(u"ActionChangeDialog")
        ActionChangeDialog.resize(520, 360)
        ActionChangeDialog.setMinimumSize(QSize(640, 0))
        self.main_layout = QVBoxLayout(ActionChangeDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(ActionChangeDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.actions_text = QPlainTextEdit(ActionChangeDialog)
        self.actions_text.setObjectName(u"actions_text")
        self.actions_text.setMinimumSize(QSize(0, 110))
        self.actions_text.setReadOnly(True)
        self.actions_text.setTabChangesFocus(True)
        self.actions_text.setMaximumSize(QSize(16777215, 140))

        self.main_layout.addWidget(self.actions_text)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(ActionChangeDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(ActionChangeDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.note_label = QLabel(ActionChangeDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ActionChangeDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ActionChangeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ActionChangeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.actions_text)
        QWidget.setTabOrder(self.actions_text, self.button_box)

        self.retranslateUi(ActionChangeDialog)
    # setupUi

    def retranslateUi(self, ActionChangeDialog):
        ActionChangeDialog.setWindowTitle(QCoreApplication.translate("ActionChangeDialog", u"Actiepunten wijzigen", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ActionChangeDialog", u"Wat er verandert", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actions_text.setAccessibleName(QCoreApplication.translate("ActionChangeDialog", u"Gekozen actiepunten", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("ActionChangeDialog", u"&Nieuwe termijn", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("ActionChangeDialog", u"Nieuwe termijn", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("ActionChangeDialog", u"dd-MM-yyyy", None))
        self.note_label.setText(QCoreApplication.translate("ActionChangeDialog", u"&Toelichting", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ActionChangeDialog", u"Toelichting of reden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ActionChangeDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
