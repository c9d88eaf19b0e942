# Generated from forms/professional_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'professional_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProfessionalDialog(object):
    def setupUi(self, ProfessionalDialog):
        if not ProfessionalDialog.objectName():
            ProfessionalDialog.setObjectName(u"ProfessionalDialog")
        ProfessionalDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(ProfessionalDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(ProfessionalDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.name_label = QLabel(ProfessionalDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ProfessionalDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.function_label = QLabel(ProfessionalDialog)
        self.function_label.setObjectName(u"function_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.function_label)

        self.function_edit = QLineEdit(ProfessionalDialog)
        self.function_edit.setObjectName(u"function_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.function_edit)

        self.qualified_check = QCheckBox(ProfessionalDialog)
        self.qualified_check.setObjectName(u"qualified_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.qualified_check)

        self.active_check = QCheckBox(ProfessionalDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.active_check)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ProfessionalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ProfessionalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.function_label.setBuddy(self.function_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.function_edit)
        QWidget.setTabOrder(self.function_edit, self.qualified_check)
        QWidget.setTabOrder(self.qualified_check, self.active_check)
        QWidget.setTabOrder(self.active_check, self.button_box)

        self.retranslateUi(ProfessionalDialog)
    # setupUi

    def retranslateUi(self, ProfessionalDialog):
        ProfessionalDialog.setWindowTitle(QCoreApplication.translate("ProfessionalDialog", u"Professional", None))
        self.title_label.setText(QCoreApplication.translate("ProfessionalDialog", u"Professional", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("ProfessionalDialog", u"Professional", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("ProfessionalDialog", u"&Naam", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ProfessionalDialog", u"Naam van de professional", None))
#endif // QT_CONFIG(accessibility)
        self.function_label.setText(QCoreApplication.translate("ProfessionalDialog", u"&Functie", None))
#if QT_CONFIG(accessibility)
        self.function_edit.setAccessibleName(QCoreApplication.translate("ProfessionalDialog", u"Functie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.qualified_check.setAccessibleName(QCoreApplication.translate("ProfessionalDialog", u"Bevoegd om een diagnose te stellen", None))
#endif // QT_CONFIG(accessibility)
        self.qualified_check.setText(QCoreApplication.translate("ProfessionalDialog", u"&Bevoegd om een diagnose te stellen (bijv. psychiater, psycholoog)", None))
#if QT_CONFIG(accessibility)
        self.active_check.setAccessibleName(QCoreApplication.translate("ProfessionalDialog", u"Actief", None))
#endif // QT_CONFIG(accessibility)
        self.active_check.setText(QCoreApplication.translate("ProfessionalDialog", u"&Actief", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ProfessionalDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
