# Generated from forms/escalation_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'escalation_dialog.ui'
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

class Ui_EscalationDialog(object):
    def setupUi(self, EscalationDialog):
        if not EscalationDialog.objectName():
            EscalationDialog.setObjectName(u"EscalationDialog")
        EscalationDialog.resize(520, 400)
        self.main_layout = QVBoxLayout(EscalationDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(EscalationDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(EscalationDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.direction_label = QLabel(EscalationDialog)
        self.direction_label.setObjectName(u"direction_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_combo = QComboBox(EscalationDialog)
        self.direction_combo.setObjectName(u"direction_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.direction_combo)

        self.occurred_on_label = QLabel(EscalationDialog)
        self.occurred_on_label.setObjectName(u"occurred_on_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurred_on_label)

        self.occurred_on_date = QDateEdit(EscalationDialog)
        self.occurred_on_date.setObjectName(u"occurred_on_date")
        self.occurred_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurred_on_date)

        self.reason_label = QLabel(EscalationDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(EscalationDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.decision_label = QLabel(EscalationDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_combo = QComboBox(EscalationDialog)
        self.decision_combo.setObjectName(u"decision_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_combo)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(EscalationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(EscalationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.direction_label.setBuddy(self.direction_combo)
        self.occurred_on_label.setBuddy(self.occurred_on_date)
        self.reason_label.setBuddy(self.reason_edit)
        self.decision_label.setBuddy(self.decision_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.direction_combo, self.occurred_on_date)
        QWidget.setTabOrder(self.occurred_on_date, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.decision_combo)
        QWidget.setTabOrder(self.decision_combo, self.button_box)

        self.retranslateUi(EscalationDialog)
    # setupUi

    def retranslateUi(self, EscalationDialog):
        EscalationDialog.setWindowTitle(QCoreApplication.translate("EscalationDialog", u"Opschalen of afschalen", None))
        self.title_label.setText(QCoreApplication.translate("EscalationDialog", u"Opschalen of afschalen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Opschalen of afschalen", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("EscalationDialog", u"Opschalen en afschalen zijn gebeurtenissen met een reden, geen status.", None))
        self.direction_label.setText(QCoreApplication.translate("EscalationDialog", u"&Richting", None))
#if QT_CONFIG(accessibility)
        self.direction_combo.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Opschalen of afschalen", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_on_label.setText(QCoreApplication.translate("EscalationDialog", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.occurred_on_date.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_on_date.setDisplayFormat(QCoreApplication.translate("EscalationDialog", u"dd-MM-yyyy", None))
        self.reason_label.setText(QCoreApplication.translate("EscalationDialog", u"R&eden", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Reden", None))
#endif // QT_CONFIG(accessibility)
        self.decision_label.setText(QCoreApplication.translate("EscalationDialog", u"&Besluit", None))
#if QT_CONFIG(accessibility)
        self.decision_combo.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Bijbehorend besluit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
