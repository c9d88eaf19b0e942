# Generated from forms/informed_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'informed_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_InformedDialog(object):
    def setupUi(self, InformedDialog):
        if not InformedDialog.objectName():
            InformedDialog.setObjectName(u"InformedDialog")
        InformedDialog.resize(540, 520)
        self.main_layout = QVBoxLayout(InformedDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(InformedDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.subject_label = QLabel(InformedDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_combo = QComboBox(InformedDialog)
        self.subject_combo.setObjectName(u"subject_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subject_combo)

        self.status_label = QLabel(InformedDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(InformedDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.informed_by_label = QLabel(InformedDialog)
        self.informed_by_label.setObjectName(u"informed_by_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.informed_by_label)

        self.informed_by_edit = QLineEdit(InformedDialog)
        self.informed_by_edit.setObjectName(u"informed_by_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.informed_by_edit)

        self.informed_on_label = QLabel(InformedDialog)
        self.informed_on_label.setObjectName(u"informed_on_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.informed_on_label)

        self.informed_on_date = QDateEdit(InformedDialog)
        self.informed_on_date.setObjectName(u"informed_on_date")
        self.informed_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.informed_on_date)

        self.reason_label = QLabel(InformedDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(InformedDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.review_label = QLabel(InformedDialog)
        self.review_label.setObjectName(u"review_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.review_date = QDateEdit(InformedDialog)
        self.review_date.setObjectName(u"review_date")
        self.review_date.setCalendarPopup(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.review_date)

        self.decision_moment_label = QLabel(InformedDialog)
        self.decision_moment_label.setObjectName(u"decision_moment_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decision_moment_label)

        self.decision_moment_edit = QLineEdit(InformedDialog)
        self.decision_moment_edit.setObjectName(u"decision_moment_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decision_moment_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(InformedDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(InformedDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.subject_label.setBuddy(self.subject_combo)
        self.status_label.setBuddy(self.status_combo)
        self.informed_by_label.setBuddy(self.informed_by_edit)
        self.informed_on_label.setBuddy(self.informed_on_date)
        self.reason_label.setBuddy(self.reason_edit)
        self.review_label.setBuddy(self.review_date)
        self.decision_moment_label.setBuddy(self.decision_moment_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subject_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.informed_by_edit)
        QWidget.setTabOrder(self.informed_by_edit, self.informed_on_date)
        QWidget.setTabOrder(self.informed_on_date, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.review_date)
        QWidget.setTabOrder(self.review_date, self.decision_moment_edit)
        QWidget.setTabOrder(self.decision_moment_edit, self.button_box)

        self.retranslateUi(InformedDialog)
    # setupUi

    def retranslateUi(self, InformedDialog):
        InformedDialog.setWindowTitle(QCoreApplication.translate("InformedDialog", u"Ge\u00efnformeerd vastleggen", None))
        self.title_label.setText(QCoreApplication.translate("InformedDialog", u"Is de betrokkene ge\u00efnformeerd?", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Is de betrokkene ge\u00efnformeerd?", None))
#endif // QT_CONFIG(accessibility)
        self.subject_label.setText(QCoreApplication.translate("InformedDialog", u"&Betrokkene", None))
#if QT_CONFIG(accessibility)
        self.subject_combo.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Betrokkene", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("InformedDialog", u"&Ge\u00efnformeerd", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Ge\u00efnformeerd: ja, nee of uitgesteld", None))
#endif // QT_CONFIG(accessibility)
        self.informed_by_label.setText(QCoreApplication.translate("InformedDialog", u"&Door", None))
#if QT_CONFIG(accessibility)
        self.informed_by_edit.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Ge\u00efnformeerd door", None))
#endif // QT_CONFIG(accessibility)
        self.informed_on_label.setText(QCoreApplication.translate("InformedDialog", u"&Op", None))
#if QT_CONFIG(accessibility)
        self.informed_on_date.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Datum ge\u00efnformeerd", None))
#endif // QT_CONFIG(accessibility)
        self.informed_on_date.setDisplayFormat(QCoreApplication.translate("InformedDialog", u"dd-MM-yyyy", None))
        self.reason_label.setText(QCoreApplication.translate("InformedDialog", u"&Reden uitstel", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Reden van uitstel", None))
#endif // QT_CONFIG(accessibility)
        self.review_label.setText(QCoreApplication.translate("InformedDialog", u"&Heroverwegen op", None))
#if QT_CONFIG(accessibility)
        self.review_date.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Heroverwegingsdatum", None))
#endif // QT_CONFIG(accessibility)
        self.review_date.setDisplayFormat(QCoreApplication.translate("InformedDialog", u"dd-MM-yyyy", None))
        self.decision_moment_label.setText(QCoreApplication.translate("InformedDialog", u"Beslis&moment", None))
#if QT_CONFIG(accessibility)
        self.decision_moment_edit.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Beslismoment", None))
#endif // QT_CONFIG(accessibility)
        self.decision_moment_edit.setPlaceholderText(QCoreApplication.translate("InformedDialog", u"bijv. na weging 12-02-2025", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("InformedDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
