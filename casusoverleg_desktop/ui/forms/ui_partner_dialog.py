# Generated from forms/partner_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PartnerDialog(object):
    def setupUi(self, PartnerDialog):
        if not PartnerDialog.objectName():
            PartnerDialog.setObjectName(u"PartnerDialog")
        PartnerDialog.resize(500, 360)
        self.main_layout = QVBoxLayout(PartnerDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(PartnerDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.name_label = QLabel(PartnerDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PartnerDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.short_name_label = QLabel(PartnerDialog)
        self.short_name_label.setObjectName(u"short_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_edit = QLineEdit(PartnerDialog)
        self.short_name_edit.setObjectName(u"short_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name_edit)

        self.domain_label = QLabel(PartnerDialog)
        self.domain_label.setObjectName(u"domain_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.domain_label)

        self.domain_combo = QComboBox(PartnerDialog)
        self.domain_combo.setObjectName(u"domain_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.domain_combo)

        self.tier_label = QLabel(PartnerDialog)
        self.tier_label.setObjectName(u"tier_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tier_label)

        self.tier_combo = QComboBox(PartnerDialog)
        self.tier_combo.setObjectName(u"tier_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tier_combo)

        self.covenant_check = QCheckBox(PartnerDialog)
        self.covenant_check.setObjectName(u"covenant_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.covenant_check)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PartnerDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PartnerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.short_name_label.setBuddy(self.short_name_edit)
        self.domain_label.setBuddy(self.domain_combo)
        self.tier_label.setBuddy(self.tier_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.short_name_edit)
        QWidget.setTabOrder(self.short_name_edit, self.domain_combo)
        QWidget.setTabOrder(self.domain_combo, self.tier_combo)
        QWidget.setTabOrder(self.tier_combo, self.covenant_check)
        QWidget.setTabOrder(self.covenant_check, self.button_box)

        self.retranslateUi(PartnerDialog)
    # setupUi

    def retranslateUi(self, PartnerDialog):
        PartnerDialog.setWindowTitle(QCoreApplication.translate("PartnerDialog", u"Ketenpartner", None))
        self.title_label.setText(QCoreApplication.translate("PartnerDialog", u"Ketenpartner", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Ketenpartner", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Naam", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Naam van de partner", None))
#endif // QT_CONFIG(accessibility)
        self.short_name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Afkorting", None))
#if QT_CONFIG(accessibility)
        self.short_name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Afkorting", None))
#endif // QT_CONFIG(accessibility)
        self.domain_label.setText(QCoreApplication.translate("PartnerDialog", u"&Domein", None))
#if QT_CONFIG(accessibility)
        self.domain_combo.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Domein", None))
#endif // QT_CONFIG(accessibility)
        self.tier_label.setText(QCoreApplication.translate("PartnerDialog", u"&Laag", None))
#if QT_CONFIG(accessibility)
        self.tier_combo.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Laag: kernpartij, casuspartij of externe casuspartner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.covenant_check.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Convenant getekend", None))
#endif // QT_CONFIG(accessibility)
        self.covenant_check.setText(QCoreApplication.translate("PartnerDialog", u"&Convenant getekend", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
