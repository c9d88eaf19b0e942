# Generated from forms/verify_signal_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_signal_dialog.ui'
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

class Ui_VerifySignalDialog(object):
    def setupUi(self, VerifySignalDialog):
        if not VerifySignalDialog.objectName():
            VerifySignalDialog.setObjectName(u"VerifySignalDialog")
        VerifySignalDialog.resize(520, 400)
        self.main_layout = QVBoxLayout(VerifySignalDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(VerifySignalDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.signal_label = QLabel(VerifySignalDialog)
        self.signal_label.setObjectName(u"signal_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signal_label)

        self.signal_value = QLabel(VerifySignalDialog)
        self.signal_value.setObjectName(u"signal_value")
        self.signal_value.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signal_value)

        self.verification_label = QLabel(VerifySignalDialog)
        self.verification_label.setObjectName(u"verification_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verification_label)

        self.verification_combo = QComboBox(VerifySignalDialog)
        self.verification_combo.setObjectName(u"verification_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.verification_combo)

        self.verified_on_label = QLabel(VerifySignalDialog)
        self.verified_on_label.setObjectName(u"verified_on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.verified_on_label)

        self.verified_on_date = QDateEdit(VerifySignalDialog)
        self.verified_on_date.setObjectName(u"verified_on_date")
        self.verified_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.verified_on_date)

        self.note_label = QLabel(VerifySignalDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(VerifySignalDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(VerifySignalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(VerifySignalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.signal_label.setBuddy(self.signal_value)
        self.verification_label.setBuddy(self.verification_combo)
        self.verified_on_label.setBuddy(self.verified_on_date)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.verification_combo, self.verified_on_date)
        QWidget.setTabOrder(self.verified_on_date, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(VerifySignalDialog)
    # setupUi

    def retranslateUi(self, VerifySignalDialog):
        VerifySignalDialog.setWindowTitle(QCoreApplication.translate("VerifySignalDialog", u"Signaal toetsen", None))
        self.title_label.setText(QCoreApplication.translate("VerifySignalDialog", u"Signaal toetsen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("VerifySignalDialog", u"Signaal toetsen", None))
#endif // QT_CONFIG(accessibility)
        self.signal_label.setText(QCoreApplication.translate("VerifySignalDialog", u"Signaal", None))
        self.verification_label.setText(QCoreApplication.translate("VerifySignalDialog", u"&Uitkomst", None))
#if QT_CONFIG(accessibility)
        self.verification_combo.setAccessibleName(QCoreApplication.translate("VerifySignalDialog", u"Bevestigd of weerlegd", None))
#endif // QT_CONFIG(accessibility)
        self.verified_on_label.setText(QCoreApplication.translate("VerifySignalDialog", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.verified_on_date.setAccessibleName(QCoreApplication.translate("VerifySignalDialog", u"Datum van de toetsing", None))
#endif // QT_CONFIG(accessibility)
        self.verified_on_date.setDisplayFormat(QCoreApplication.translate("VerifySignalDialog", u"dd-MM-yyyy", None))
        self.note_label.setText(QCoreApplication.translate("VerifySignalDialog", u"&Toelichting", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("VerifySignalDialog", u"Toelichting op de toetsing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("VerifySignalDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
