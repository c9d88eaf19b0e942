# Generated from forms/close_case_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_case_dialog.ui'
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

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog):
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.resize(520, 380)
        self.main_layout = QVBoxLayout(CloseCaseDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(CloseCaseDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(CloseCaseDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.reason_label = QLabel(CloseCaseDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(CloseCaseDialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.rationale_label = QLabel(CloseCaseDialog)
        self.rationale_label.setObjectName(u"rationale_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rationale_label)

        self.rationale_edit = QPlainTextEdit(CloseCaseDialog)
        self.rationale_edit.setObjectName(u"rationale_edit")
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rationale_edit)

        self.closed_on_label = QLabel(CloseCaseDialog)
        self.closed_on_label.setObjectName(u"closed_on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closed_on_label)

        self.closed_on_date = QDateEdit(CloseCaseDialog)
        self.closed_on_date.setObjectName(u"closed_on_date")
        self.closed_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closed_on_date)

        self.retention_label = QLabel(CloseCaseDialog)
        self.retention_label.setObjectName(u"retention_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.retention_label)

        self.retention_value = QLabel(CloseCaseDialog)
        self.retention_value.setObjectName(u"retention_value")
        self.retention_value.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.retention_value)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CloseCaseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CloseCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_combo)
        self.rationale_label.setBuddy(self.rationale_edit)
        self.closed_on_label.setBuddy(self.closed_on_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_combo, self.rationale_edit)
        QWidget.setTabOrder(self.rationale_edit, self.closed_on_date)
        QWidget.setTabOrder(self.closed_on_date, self.button_box)

        self.retranslateUi(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog):
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Casus afsluiten", None))
        self.title_label.setText(QCoreApplication.translate("CloseCaseDialog", u"Casus afsluiten", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Casus afsluiten", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("CloseCaseDialog", u"Afsluiten vraagt een reden en een schriftelijke onderbouwing. Daarna loopt de bewaartermijn.", None))
        self.reason_label.setText(QCoreApplication.translate("CloseCaseDialog", u"&Reden", None))
#if QT_CONFIG(accessibility)
        self.reason_combo.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Reden van afsluiting", None))
#endif // QT_CONFIG(accessibility)
        self.rationale_label.setText(QCoreApplication.translate("CloseCaseDialog", u"&Onderbouwing", None))
#if QT_CONFIG(accessibility)
        self.rationale_edit.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Onderbouwing van de afsluiting", None))
#endif // QT_CONFIG(accessibility)
        self.closed_on_label.setText(QCoreApplication.translate("CloseCaseDialog", u"&Afgesloten op", None))
#if QT_CONFIG(accessibility)
        self.closed_on_date.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Datum van afsluiting", None))
#endif // QT_CONFIG(accessibility)
        self.closed_on_date.setDisplayFormat(QCoreApplication.translate("CloseCaseDialog", u"dd-MM-yyyy", None))
        self.retention_label.setText(QCoreApplication.translate("CloseCaseDialog", u"Bewaren tot", None))
#if QT_CONFIG(accessibility)
        self.retention_value.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Bewaren tot", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
