# Generated from forms/route_link_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'route_link_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RouteLinkDialog(object):
    def setupUi(self, RouteLinkDialog):
        if not RouteLinkDialog.objectName():
            RouteLinkDialog.setObjectName(u"RouteLinkDialog")
        RouteLinkDialog.resize(560, 240)
        self.main_layout = QVBoxLayout(RouteLinkDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(RouteLinkDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.to_label = QLabel(RouteLinkDialog)
        self.to_label.setObjectName(u"to_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_combo = QComboBox(RouteLinkDialog)
        self.to_combo.setObjectName(u"to_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.to_combo)

        self.condition_label = QLabel(RouteLinkDialog)
        self.condition_label.setObjectName(u"condition_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition_edit = QLineEdit(RouteLinkDialog)
        self.condition_edit.setObjectName(u"condition_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.condition_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RouteLinkDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RouteLinkDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.to_label.setBuddy(self.to_combo)
        self.condition_label.setBuddy(self.condition_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.to_combo, self.condition_edit)
        QWidget.setTabOrder(self.condition_edit, self.button_box)

        self.retranslateUi(RouteLinkDialog)
    # setupUi

    def retranslateUi(self, RouteLinkDialog):
        RouteLinkDialog.setWindowTitle(QCoreApplication.translate("RouteLinkDialog", u"Stappen verbinden", None))
        self.to_label.setText(QCoreApplication.translate("RouteLinkDialog", u"&Naar stap", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("RouteLinkDialog", u"Naar welke stap", None))
#endif // QT_CONFIG(accessibility)
        self.condition_label.setText(QCoreApplication.translate("RouteLinkDialog", u"&Voorwaarde", None))
#if QT_CONFIG(accessibility)
        self.condition_edit.setAccessibleName(QCoreApplication.translate("RouteLinkDialog", u"Voorwaarde van de verbinding", None))
#endif // QT_CONFIG(accessibility)
        self.condition_edit.setPlaceholderText(QCoreApplication.translate("RouteLinkDialog", u"bijv. bij zorgen", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RouteLinkDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
