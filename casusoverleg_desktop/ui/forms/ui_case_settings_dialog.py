# Generated from forms/case_settings_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CaseSettingsDialog(object):
    def setupUi(self, CaseSettingsDialog):
        if not CaseSettingsDialog.objectName():
            CaseSettingsDialog.setObjectName(u"CaseSettingsDialog")
        CaseSettingsDialog.resize(500, 300)
        self.main_layout = QVBoxLayout(CaseSettingsDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(CaseSettingsDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.case_manager_label = QLabel(CaseSettingsDialog)
        self.case_manager_label.setObjectName(u"case_manager_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.case_manager_label)

        self.case_manager_combo = QComboBox(CaseSettingsDialog)
        self.case_manager_combo.setObjectName(u"case_manager_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.case_manager_combo)

        self.review_check = QCheckBox(CaseSettingsDialog)
        self.review_check.setObjectName(u"review_check")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.review_check)

        self.review_label = QLabel(CaseSettingsDialog)
        self.review_label.setObjectName(u"review_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.review_date = QDateEdit(CaseSettingsDialog)
        self.review_date.setObjectName(u"review_date")
        self.review_date.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review_date)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CaseSettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CaseSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.case_manager_label.setBuddy(self.case_manager_combo)
        self.review_label.setBuddy(self.review_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.case_manager_combo, self.review_check)
        QWidget.setTabOrder(self.review_check, self.review_date)
        QWidget.setTabOrder(self.review_date, self.button_box)

        self.retranslateUi(CaseSettingsDialog)
    # setupUi

    def retranslateUi(self, CaseSettingsDialog):
        CaseSettingsDialog.setWindowTitle(QCoreApplication.translate("CaseSettingsDialog", u"Casusgegevens", None))
        self.title_label.setText(QCoreApplication.translate("CaseSettingsDialog", u"Casusgegevens", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("CaseSettingsDialog", u"Casusgegevens", None))
#endif // QT_CONFIG(accessibility)
        self.case_manager_label.setText(QCoreApplication.translate("CaseSettingsDialog", u"&Casusregisseur", None))
#if QT_CONFIG(accessibility)
        self.case_manager_combo.setAccessibleName(QCoreApplication.translate("CaseSettingsDialog", u"Casusregisseur", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.review_check.setAccessibleName(QCoreApplication.translate("CaseSettingsDialog", u"Volgende bespreking plannen", None))
#endif // QT_CONFIG(accessibility)
        self.review_check.setText(QCoreApplication.translate("CaseSettingsDialog", u"&Volgende bespreking (noodzaaktoets) plannen", None))
        self.review_label.setText(QCoreApplication.translate("CaseSettingsDialog", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.review_date.setAccessibleName(QCoreApplication.translate("CaseSettingsDialog", u"Datum volgende bespreking", None))
#endif // QT_CONFIG(accessibility)
        self.review_date.setDisplayFormat(QCoreApplication.translate("CaseSettingsDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("CaseSettingsDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
