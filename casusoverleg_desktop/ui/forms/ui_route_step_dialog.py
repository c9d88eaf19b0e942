# Generated from forms/route_step_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'route_step_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RouteStepDialog(object):
    def setupUi(self, RouteStepDialog):
        if not RouteStepDialog.objectName():
            RouteStepDialog.setObjectName(u"RouteStepDialog")
        RouteStepDialog.resize(620, 600)
        self.main_layout = QVBoxLayout(RouteStepDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.hint_label = QLabel(RouteStepDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.member_label = QLabel(RouteStepDialog)
        self.member_label.setObjectName(u"member_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.member_label)

        self.member_combo = QComboBox(RouteStepDialog)
        self.member_combo.setObjectName(u"member_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.member_combo)

        self.action_label = QLabel(RouteStepDialog)
        self.action_label.setObjectName(u"action_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.action_label)

        self.action_edit = QLineEdit(RouteStepDialog)
        self.action_edit.setObjectName(u"action_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.action_edit)

        self.within_label = QLabel(RouteStepDialog)
        self.within_label.setObjectName(u"within_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.within_label)

        self.within_spin = QSpinBox(RouteStepDialog)
        self.within_spin.setObjectName(u"within_spin")
        self.within_spin.setMinimum(-1)
        self.within_spin.setMaximum(60)
        self.within_spin.setValue(-1)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.within_spin)

        self.information_label = QLabel(RouteStepDialog)
        self.information_label.setObjectName(u"information_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.information_label)

        self.information_edit = QPlainTextEdit(RouteStepDialog)
        self.information_edit.setObjectName(u"information_edit")
        self.information_edit.setTabChangesFocus(True)
        self.information_edit.setMinimumSize(QSize(0, 48))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.information_edit)

        self.informed_check = QCheckBox(RouteStepDialog)
        self.informed_check.setObjectName(u"informed_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.informed_check)

        self.promise_check = QCheckBox(RouteStepDialog)
        self.promise_check.setObjectName(u"promise_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.promise_check)

        self.promise_label = QLabel(RouteStepDialog)
        self.promise_label.setObjectName(u"promise_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.promise_label)

        self.promise_edit = QPlainTextEdit(RouteStepDialog)
        self.promise_edit.setObjectName(u"promise_edit")
        self.promise_edit.setTabChangesFocus(True)
        self.promise_edit.setMinimumSize(QSize(0, 48))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.promise_edit)

        self.promise_days_label = QLabel(RouteStepDialog)
        self.promise_days_label.setObjectName(u"promise_days_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.promise_days_label)

        self.promise_days_spin = QSpinBox(RouteStepDialog)
        self.promise_days_spin.setObjectName(u"promise_days_spin")
        self.promise_days_spin.setMinimum(-1)
        self.promise_days_spin.setMaximum(60)
        self.promise_days_spin.setValue(-1)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.promise_days_spin)

        self.after_label = QLabel(RouteStepDialog)
        self.after_label.setObjectName(u"after_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.after_label)

        self.after_combo = QComboBox(RouteStepDialog)
        self.after_combo.setObjectName(u"after_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.after_combo)

        self.condition_label = QLabel(RouteStepDialog)
        self.condition_label.setObjectName(u"condition_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition_edit = QLineEdit(RouteStepDialog)
        self.condition_edit.setObjectName(u"condition_edit")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.condition_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RouteStepDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RouteStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.member_label.setBuddy(self.member_combo)
        self.action_label.setBuddy(self.action_edit)
        self.within_label.setBuddy(self.within_spin)
        self.information_label.setBuddy(self.information_edit)
        self.promise_label.setBuddy(self.promise_edit)
        self.promise_days_label.setBuddy(self.promise_days_spin)
        self.after_label.setBuddy(self.after_combo)
        self.condition_label.setBuddy(self.condition_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.member_combo, self.action_edit)
        QWidget.setTabOrder(self.action_edit, self.within_spin)
        QWidget.setTabOrder(self.within_spin, self.information_edit)
        QWidget.setTabOrder(self.information_edit, self.informed_check)
        QWidget.setTabOrder(self.informed_check, self.promise_check)
        QWidget.setTabOrder(self.promise_check, self.promise_edit)
        QWidget.setTabOrder(self.promise_edit, self.promise_days_spin)
        QWidget.setTabOrder(self.promise_days_spin, self.after_combo)
        QWidget.setTabOrder(self.after_combo, self.condition_edit)
        QWidget.setTabOrder(self.condition_edit, self.button_box)

        self.retranslateUi(RouteStepDialog)
    # setupUi

    def retranslateUi(self, RouteStepDialog):
        RouteStepDialog.setWindowTitle(QCoreApplication.translate("RouteStepDialog", u"Stap", None))
        self.member_label.setText(QCoreApplication.translate("RouteStepDialog", u"&Organisatie", None))
#if QT_CONFIG(accessibility)
        self.member_combo.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Organisatie die handelt", None))
#endif // QT_CONFIG(accessibility)
        self.action_label.setText(QCoreApplication.translate("RouteStepDialog", u"&Wat gebeurt er", None))
#if QT_CONFIG(accessibility)
        self.action_edit.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Wat gebeurt er in deze stap", None))
#endif // QT_CONFIG(accessibility)
        self.within_label.setText(QCoreApplication.translate("RouteStepDialog", u"&Binnen", None))
#if QT_CONFIG(accessibility)
        self.within_spin.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Termijn in werkdagen", None))
#endif // QT_CONFIG(accessibility)
        self.within_spin.setSpecialValueText(QCoreApplication.translate("RouteStepDialog", u"\u2014", None))
        self.within_spin.setSuffix(QCoreApplication.translate("RouteStepDialog", u" werkdagen", None))
        self.information_label.setText(QCoreApplication.translate("RouteStepDialog", u"&Met de informatie", None))
#if QT_CONFIG(accessibility)
        self.information_edit.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Wat gebeurt er met de informatie", None))
#endif // QT_CONFIG(accessibility)
        self.informed_check.setText(QCoreApplication.translate("RouteStepDialog", u"De betrokkene wordt &ge\u00efnformeerd", None))
#if QT_CONFIG(accessibility)
        self.informed_check.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Betrokkene ge\u00efnformeerd", None))
#endif // QT_CONFIG(accessibility)
        self.promise_check.setText(QCoreApplication.translate("RouteStepDialog", u"De &melder hoort iets bij deze stap", None))
#if QT_CONFIG(accessibility)
        self.promise_check.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Terugkoppeling aan de melder", None))
#endif // QT_CONFIG(accessibility)
        self.promise_label.setText(QCoreApplication.translate("RouteStepDialog", u"Melder &hoort", None))
#if QT_CONFIG(accessibility)
        self.promise_edit.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Wat de melder hoort", None))
#endif // QT_CONFIG(accessibility)
        self.promise_days_label.setText(QCoreApplication.translate("RouteStepDialog", u"Binnen (na &melding)", None))
#if QT_CONFIG(accessibility)
        self.promise_days_spin.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Terugkoppeltermijn in werkdagen na de melding", None))
#endif // QT_CONFIG(accessibility)
        self.promise_days_spin.setSpecialValueText(QCoreApplication.translate("RouteStepDialog", u"\u2014", None))
        self.promise_days_spin.setSuffix(QCoreApplication.translate("RouteStepDialog", u" werkdagen", None))
        self.after_label.setText(QCoreApplication.translate("RouteStepDialog", u"Na &stap", None))
#if QT_CONFIG(accessibility)
        self.after_combo.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Na welke stap", None))
#endif // QT_CONFIG(accessibility)
        self.condition_label.setText(QCoreApplication.translate("RouteStepDialog", u"&Voorwaarde", None))
#if QT_CONFIG(accessibility)
        self.condition_edit.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Voorwaarde van de verbinding", None))
#endif // QT_CONFIG(accessibility)
        self.condition_edit.setPlaceholderText(QCoreApplication.translate("RouteStepDialog", u"bijv. bij zorgen", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RouteStepDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
