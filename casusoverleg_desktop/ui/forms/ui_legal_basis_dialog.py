# Generated from forms/legal_basis_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'legal_basis_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LegalBasisDialog(object):
    def setupUi(self, LegalBasisDialog):
        if not LegalBasisDialog.objectName():
            LegalBasisDialog.setObjectName(u"LegalBasisDialog")
        LegalBasisDialog.resize(520, 300)
        self.main_layout = QVBoxLayout(LegalBasisDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(LegalBasisDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.current_label = QLabel(LegalBasisDialog)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setWordWrap(True)

        self.main_layout.addWidget(self.current_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.basis_label = QLabel(LegalBasisDialog)
        self.basis_label.setObjectName(u"basis_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis_combo = QComboBox(LegalBasisDialog)
        self.basis_combo.setObjectName(u"basis_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.basis_combo)

        self.covenant_label = QLabel(LegalBasisDialog)
        self.covenant_label.setObjectName(u"covenant_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.covenant_label)

        self.covenant_edit = QLineEdit(LegalBasisDialog)
        self.covenant_edit.setObjectName(u"covenant_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.covenant_edit)

        self.started_on_label = QLabel(LegalBasisDialog)
        self.started_on_label.setObjectName(u"started_on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.started_on_label)

        self.started_on_date = QDateEdit(LegalBasisDialog)
        self.started_on_date.setObjectName(u"started_on_date")
        self.started_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.started_on_date)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(LegalBasisDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(LegalBasisDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.basis_label.setBuddy(self.basis_combo)
        self.covenant_label.setBuddy(self.covenant_edit)
        self.started_on_label.setBuddy(self.started_on_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.basis_combo, self.covenant_edit)
        QWidget.setTabOrder(self.covenant_edit, self.started_on_date)
        QWidget.setTabOrder(self.started_on_date, self.button_box)

        self.retranslateUi(LegalBasisDialog)
    # setupUi

    def retranslateUi(self, LegalBasisDialog):
        LegalBasisDialog.setWindowTitle(QCoreApplication.translate("LegalBasisDialog", u"Grondslag toevoegen", None))
        self.hint_label.setText(QCoreApplication.translate("LegalBasisDialog", u"Een casus rust op de grondslag waarop hij is geopend en op elke grondslag die later geldt, bijvoorbeeld de WGS zodra de aanpak start. Bij afsluiting telt de langste bewaartermijn.", None))
#if QT_CONFIG(accessibility)
        self.current_label.setAccessibleName(QCoreApplication.translate("LegalBasisDialog", u"Huidige grondslagen", None))
#endif // QT_CONFIG(accessibility)
        self.basis_label.setText(QCoreApplication.translate("LegalBasisDialog", u"&Grondslag", None))
#if QT_CONFIG(accessibility)
        self.basis_combo.setAccessibleName(QCoreApplication.translate("LegalBasisDialog", u"Grondslag", None))
#endif // QT_CONFIG(accessibility)
        self.covenant_label.setText(QCoreApplication.translate("LegalBasisDialog", u"&Convenant", None))
#if QT_CONFIG(accessibility)
        self.covenant_edit.setAccessibleName(QCoreApplication.translate("LegalBasisDialog", u"Naam van het convenant", None))
#endif // QT_CONFIG(accessibility)
        self.started_on_label.setText(QCoreApplication.translate("LegalBasisDialog", u"Geldt &vanaf", None))
#if QT_CONFIG(accessibility)
        self.started_on_date.setAccessibleName(QCoreApplication.translate("LegalBasisDialog", u"Geldt vanaf", None))
#endif // QT_CONFIG(accessibility)
        self.started_on_date.setDisplayFormat(QCoreApplication.translate("LegalBasisDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("LegalBasisDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
