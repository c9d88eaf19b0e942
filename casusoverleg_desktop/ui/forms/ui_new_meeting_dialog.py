# Generated from forms/new_meeting_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_meeting_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_NewMeetingDialog(object):
    def setupUi(self, NewMeetingDialog):
        if not NewMeetingDialog.objectName():
            NewMeetingDialog.setObjectName(u"NewMeetingDialog")
        NewMeetingDialog.resize(480, 380)
        self.main_layout = QVBoxLayout(NewMeetingDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(NewMeetingDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(NewMeetingDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.type_label = QLabel(NewMeetingDialog)
        self.type_label.setObjectName(u"type_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(NewMeetingDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.date_label = QLabel(NewMeetingDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(NewMeetingDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.time_label = QLabel(NewMeetingDialog)
        self.time_label.setObjectName(u"time_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time_layout = QHBoxLayout()
        self.time_layout.setObjectName(u"time_layout")
        self.start_edit = QTimeEdit(NewMeetingDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.time_layout.addWidget(self.start_edit)

        self.until_label = QLabel(NewMeetingDialog)
        self.until_label.setObjectName(u"until_label")

        self.time_layout.addWidget(self.until_label)

        self.end_edit = QTimeEdit(NewMeetingDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.time_layout.addWidget(self.end_edit)

        self.time_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.time_layout.addItem(self.time_spacer)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.time_layout)

        self.location_label = QLabel(NewMeetingDialog)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(NewMeetingDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.chair_label = QLabel(NewMeetingDialog)
        self.chair_label.setObjectName(u"chair_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.chair_combo = QComboBox(NewMeetingDialog)
        self.chair_combo.setObjectName(u"chair_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chair_combo)

        self.minute_taker_label = QLabel(NewMeetingDialog)
        self.minute_taker_label.setObjectName(u"minute_taker_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.minute_taker_label)

        self.minute_taker_combo = QComboBox(NewMeetingDialog)
        self.minute_taker_combo.setObjectName(u"minute_taker_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.minute_taker_combo)


        self.main_layout.addLayout(self.form_layout)

        self.people_hint_label = QLabel(NewMeetingDialog)
        self.people_hint_label.setObjectName(u"people_hint_label")
        self.people_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.people_hint_label)

        self.error_label = QLabel(NewMeetingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(NewMeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.type_label.setBuddy(self.type_combo)
        self.date_label.setBuddy(self.date_edit)
        self.time_label.setBuddy(self.start_edit)
        self.location_label.setBuddy(self.location_edit)
        self.chair_label.setBuddy(self.chair_combo)
        self.minute_taker_label.setBuddy(self.minute_taker_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.type_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.chair_combo)
        QWidget.setTabOrder(self.chair_combo, self.minute_taker_combo)

        self.retranslateUi(NewMeetingDialog)
    # setupUi

    def retranslateUi(self, NewMeetingDialog):
        NewMeetingDialog.setWindowTitle(QCoreApplication.translate("NewMeetingDialog", u"Nieuw overleg \u2014 Casusoverleg", None))
        self.title_label.setText(QCoreApplication.translate("NewMeetingDialog", u"Nieuw overleg", None))
        self.intro_label.setText(QCoreApplication.translate("NewMeetingDialog", u"Het overleg krijgt de standaardagenda: opening, vaststellen agenda, verslag en actielijst, mededelingen, de casussen, rondvraag en sluiting.", None))
        self.type_label.setText(QCoreApplication.translate("NewMeetingDialog", u"&Soort overleg", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Soort overleg", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("NewMeetingDialog", u"&Datum", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("NewMeetingDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.time_label.setText(QCoreApplication.translate("NewMeetingDialog", u"&Van \u2013 tot", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("NewMeetingDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Begintijd", None))
#endif // QT_CONFIG(accessibility)
        self.until_label.setText(QCoreApplication.translate("NewMeetingDialog", u"tot", None))
        self.end_edit.setDisplayFormat(QCoreApplication.translate("NewMeetingDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Eindtijd", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("NewMeetingDialog", u"&Locatie", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Locatie", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText(QCoreApplication.translate("NewMeetingDialog", u"bijvoorbeeld Zorg- en Veiligheidshuis, zaal 2", None))
        self.chair_label.setText(QCoreApplication.translate("NewMeetingDialog", u"&Voorzitter", None))
#if QT_CONFIG(accessibility)
        self.chair_combo.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Voorzitter", None))
#endif // QT_CONFIG(accessibility)
        self.minute_taker_label.setText(QCoreApplication.translate("NewMeetingDialog", u"&Notulist", None))
#if QT_CONFIG(accessibility)
        self.minute_taker_combo.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", u"Notulist", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
