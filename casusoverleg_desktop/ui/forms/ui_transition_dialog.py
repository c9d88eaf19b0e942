# Generated from forms/transition_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transition_dialog.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TransitionDialog(object):
    def setupUi(self, TransitionDialog):
        if not TransitionDialog.objectName():
            TransitionDialog.setObjectName(u"TransitionDialog")
        TransitionDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(TransitionDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(TransitionDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(TransitionDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.current_status_label = QLabel(TransitionDialog)
        self.current_status_label.setObjectName(u"current_status_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_status_label)

        self.current_status_value = QLabel(TransitionDialog)
        self.current_status_value.setObjectName(u"current_status_value")
        self.current_status_value.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_status_value)

        self.to_status_label = QLabel(TransitionDialog)
        self.to_status_label.setObjectName(u"to_status_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_status_label)

        self.to_status_combo = QComboBox(TransitionDialog)
        self.to_status_combo.setObjectName(u"to_status_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.to_status_combo)

        self.rationale_label = QLabel(TransitionDialog)
        self.rationale_label.setObjectName(u"rationale_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rationale_label)

        self.rationale_edit = QPlainTextEdit(TransitionDialog)
        self.rationale_edit.setObjectName(u"rationale_edit")
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rationale_edit)

        self.assessed_on_label = QLabel(TransitionDialog)
        self.assessed_on_label.setObjectName(u"assessed_on_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assessed_on_label)

        self.assessed_on_date = QDateEdit(TransitionDialog)
        self.assessed_on_date.setObjectName(u"assessed_on_date")
        self.assessed_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assessed_on_date)

        self.panel_label = QLabel(TransitionDialog)
        self.panel_label.setObjectName(u"panel_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.panel_label)

        self.panel_list = QListWidget(TransitionDialog)
        self.panel_list.setObjectName(u"panel_list")
        self.panel_list.setMinimumSize(QSize(0, 120))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.panel_list)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(TransitionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(TransitionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_status_label.setBuddy(self.current_status_value)
        self.to_status_label.setBuddy(self.to_status_combo)
        self.rationale_label.setBuddy(self.rationale_edit)
        self.assessed_on_label.setBuddy(self.assessed_on_date)
        self.panel_label.setBuddy(self.panel_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.to_status_combo, self.rationale_edit)
        QWidget.setTabOrder(self.rationale_edit, self.assessed_on_date)
        QWidget.setTabOrder(self.assessed_on_date, self.panel_list)
        QWidget.setTabOrder(self.panel_list, self.button_box)

        self.retranslateUi(TransitionDialog)
    # setupUi

    def retranslateUi(self, TransitionDialog):
        TransitionDialog.setWindowTitle(QCoreApplication.translate("TransitionDialog", u"Status wijzigen", None))
        self.title_label.setText(QCoreApplication.translate("TransitionDialog", u"Status wijzigen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Status wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("TransitionDialog", u"Alleen de stappen die de levensloop van een casus toestaat, worden aangeboden.", None))
        self.current_status_label.setText(QCoreApplication.translate("TransitionDialog", u"Huidige status", None))
        self.to_status_label.setText(QCoreApplication.translate("TransitionDialog", u"&Nieuwe status", None))
#if QT_CONFIG(accessibility)
        self.to_status_combo.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Nieuwe status", None))
#endif // QT_CONFIG(accessibility)
        self.rationale_label.setText(QCoreApplication.translate("TransitionDialog", u"&Onderbouwing", None))
#if QT_CONFIG(accessibility)
        self.rationale_edit.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Onderbouwing van de statuswijziging", None))
#endif // QT_CONFIG(accessibility)
        self.assessed_on_label.setText(QCoreApplication.translate("TransitionDialog", u"&Datum weging", None))
#if QT_CONFIG(accessibility)
        self.assessed_on_date.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Datum van de weging", None))
#endif // QT_CONFIG(accessibility)
        self.assessed_on_date.setDisplayFormat(QCoreApplication.translate("TransitionDialog", u"dd-MM-yyyy", None))
        self.panel_label.setText(QCoreApplication.translate("TransitionDialog", u"&Wegingspanel", None))
#if QT_CONFIG(accessibility)
        self.panel_list.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Wegingspanel: partners die wogen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
