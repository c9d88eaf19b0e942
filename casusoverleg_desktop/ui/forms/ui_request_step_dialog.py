# Generated from forms/request_step_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_step_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RequestStepDialog(object):
    def setupUi(self, RequestStepDialog):
        if not RequestStepDialog.objectName():
            RequestStepDialog.setObjectName(u"RequestStepDialog")
        RequestStepDialog.resize(540, 360)
        self.main_layout = QVBoxLayout(RequestStepDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(RequestStepDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.status_label = QLabel(RequestStepDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(RequestStepDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.date_label = QLabel(RequestStepDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(RequestStepDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.text_label = QLabel(RequestStepDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(RequestStepDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.text_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RequestStepDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RequestStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.date_label.setBuddy(self.date_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.button_box)

        self.retranslateUi(RequestStepDialog)
    # setupUi

    def retranslateUi(self, RequestStepDialog):
        RequestStepDialog.setWindowTitle(QCoreApplication.translate("RequestStepDialog", u"Verzoek", None))
        self.status_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Uitkomst", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("RequestStepDialog", u"Hoe het verzoek is afgerond", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("RequestStepDialog", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("RequestStepDialog", u"dd-MM-yyyy", None))
        self.text_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Reden", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("RequestStepDialog", u"Reden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RequestStepDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
