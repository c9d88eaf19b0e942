# Generated from forms/route_step_passed_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'route_step_passed_dialog.ui'
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

class Ui_RouteStepPassedDialog(object):
    def setupUi(self, RouteStepPassedDialog):
        if not RouteStepPassedDialog.objectName():
            RouteStepPassedDialog.setObjectName(u"RouteStepPassedDialog")
        RouteStepPassedDialog.resize(560, 460)
        self.main_layout = QVBoxLayout(RouteStepPassedDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(RouteStepPassedDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(RouteStepPassedDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.reporter_label = QLabel(RouteStepPassedDialog)
        self.reporter_label.setObjectName(u"reporter_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporter_label)

        self.reporter_value = QLabel(RouteStepPassedDialog)
        self.reporter_value.setObjectName(u"reporter_value")
        self.reporter_value.setWordWrap(True)
        self.reporter_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporter_value)

        self.route_label = QLabel(RouteStepPassedDialog)
        self.route_label.setObjectName(u"route_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.route_label)

        self.route_value = QLabel(RouteStepPassedDialog)
        self.route_value.setObjectName(u"route_value")
        self.route_value.setWordWrap(True)
        self.route_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.route_value)

        self.current_label = QLabel(RouteStepPassedDialog)
        self.current_label.setObjectName(u"current_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current_value = QLabel(RouteStepPassedDialog)
        self.current_value.setObjectName(u"current_value")
        self.current_value.setWordWrap(True)
        self.current_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.current_value)

        self.step_label = QLabel(RouteStepPassedDialog)
        self.step_label.setObjectName(u"step_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.step_label)

        self.step_combo = QComboBox(RouteStepPassedDialog)
        self.step_combo.setObjectName(u"step_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.step_combo)

        self.reached_on_label = QLabel(RouteStepPassedDialog)
        self.reached_on_label.setObjectName(u"reached_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reached_on_label)

        self.reached_on_date = QDateEdit(RouteStepPassedDialog)
        self.reached_on_date.setObjectName(u"reached_on_date")
        self.reached_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reached_on_date)

        self.note_label = QLabel(RouteStepPassedDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(RouteStepPassedDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RouteStepPassedDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RouteStepPassedDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.step_label.setBuddy(self.step_combo)
        self.reached_on_label.setBuddy(self.reached_on_date)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.step_combo, self.reached_on_date)
        QWidget.setTabOrder(self.reached_on_date, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(RouteStepPassedDialog)
    # setupUi

    def retranslateUi(self, RouteStepPassedDialog):
        RouteStepPassedDialog.setWindowTitle(QCoreApplication.translate("RouteStepPassedDialog", u"Volgende stap van de route", None))
        self.title_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"Volgende stap van de route", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("RouteStepPassedDialog", u"Volgende stap van de route", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"Leg vast welke stap van de route de melding bereikte, en wanneer. Alleen stappen die volgen op een doorlopen stap staan in de lijst.", None))
        self.reporter_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"Melder", None))
        self.route_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"Route", None))
        self.current_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"Huidige stap", None))
        self.step_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"&Volgende stap", None))
#if QT_CONFIG(accessibility)
        self.step_combo.setAccessibleName(QCoreApplication.translate("RouteStepPassedDialog", u"Volgende stap", None))
#endif // QT_CONFIG(accessibility)
        self.reached_on_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"Be&reikt op", None))
#if QT_CONFIG(accessibility)
        self.reached_on_date.setAccessibleName(QCoreApplication.translate("RouteStepPassedDialog", u"Datum waarop de stap is bereikt", None))
#endif // QT_CONFIG(accessibility)
        self.reached_on_date.setDisplayFormat(QCoreApplication.translate("RouteStepPassedDialog", u"dd-MM-yyyy", None))
        self.note_label.setText(QCoreApplication.translate("RouteStepPassedDialog", u"&Toelichting", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("RouteStepPassedDialog", u"Toelichting bij de stap", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("RouteStepPassedDialog", u"bijv. besproken in het casusoverleg van 2 april", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RouteStepPassedDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
