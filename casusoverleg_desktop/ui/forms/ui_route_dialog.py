# Generated from forms/route_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'route_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RouteDialog(object):
    def setupUi(self, RouteDialog):
        if not RouteDialog.objectName():
            RouteDialog.setObjectName(u"RouteDialog")
        RouteDialog.resize(560, 320)
        self.main_layout = QVBoxLayout(RouteDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(RouteDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(RouteDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(RouteDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.worry_label = QLabel(RouteDialog)
        self.worry_label.setObjectName(u"worry_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.worry_label)

        self.worry_edit = QPlainTextEdit(RouteDialog)
        self.worry_edit.setObjectName(u"worry_edit")
        self.worry_edit.setTabChangesFocus(True)
        self.worry_edit.setMinimumSize(QSize(0, 60))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.worry_edit)

        self.acute_check = QCheckBox(RouteDialog)
        self.acute_check.setObjectName(u"acute_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.acute_check)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RouteDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RouteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.worry_label.setBuddy(self.worry_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.worry_edit)
        QWidget.setTabOrder(self.worry_edit, self.acute_check)
        QWidget.setTabOrder(self.acute_check, self.button_box)

        self.retranslateUi(RouteDialog)
    # setupUi

    def retranslateUi(self, RouteDialog):
        RouteDialog.setWindowTitle(QCoreApplication.translate("RouteDialog", u"Route", None))
        self.name_label.setText(QCoreApplication.translate("RouteDialog", u"&Soort zorg", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("RouteDialog", u"Soort zorg", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("RouteDialog", u"bijv. Zorgen over radicalisering", None))
        self.worry_label.setText(QCoreApplication.translate("RouteDialog", u"&Wanneer", None))
#if QT_CONFIG(accessibility)
        self.worry_edit.setAccessibleName(QCoreApplication.translate("RouteDialog", u"Wanneer gebruikt u deze route", None))
#endif // QT_CONFIG(accessibility)
        self.acute_check.setText(QCoreApplication.translate("RouteDialog", u"&Acuut: gevaar nu (deze route slaat andere stappen over)", None))
#if QT_CONFIG(accessibility)
        self.acute_check.setAccessibleName(QCoreApplication.translate("RouteDialog", u"Acute route", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RouteDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
