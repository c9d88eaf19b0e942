# Generated from forms/register_request_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_request_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RegisterRequestDialog(object):
    def setupUi(self, RegisterRequestDialog):
        if not RegisterRequestDialog.objectName():
            RegisterRequestDialog.setObjectName(u"RegisterRequestDialog")
        RegisterRequestDialog.resize(620, 600)
        self.main_layout = QVBoxLayout(RegisterRequestDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.scroll_area = QScrollArea(RegisterRequestDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_widget = QWidget()
        self.scroll_widget.setObjectName(u"scroll_widget")
        self.form_layout = QFormLayout(self.scroll_widget)
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self.scroll_widget)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.scroll_widget)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.pseudonym_label = QLabel(self.scroll_widget)
        self.pseudonym_label.setObjectName(u"pseudonym_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pseudonym_label)

        self.pseudonym_layout = QHBoxLayout()
        self.pseudonym_layout.setObjectName(u"pseudonym_layout")
        self.pseudonym_edit = QLineEdit(self.scroll_widget)
        self.pseudonym_edit.setObjectName(u"pseudonym_edit")

        self.pseudonym_layout.addWidget(self.pseudonym_edit)

        self.find_button = QPushButton(self.scroll_widget)
        self.find_button.setObjectName(u"find_button")
        self.find_button.setAutoDefault(False)

        self.pseudonym_layout.addWidget(self.find_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pseudonym_layout)

        self.persons_label = QLabel(self.scroll_widget)
        self.persons_label.setObjectName(u"persons_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.persons_label)

        self.persons_list = QListWidget(self.scroll_widget)
        self.persons_list.setObjectName(u"persons_list")
        self.persons_list.setMinimumSize(QSize(0, 90))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.persons_list)

        self.requester_label = QLabel(self.scroll_widget)
        self.requester_label.setObjectName(u"requester_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requester_label)

        self.requester_combo = QComboBox(self.scroll_widget)
        self.requester_combo.setObjectName(u"requester_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requester_combo)

        self.requester_person_label = QLabel(self.scroll_widget)
        self.requester_person_label.setObjectName(u"requester_person_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requester_person_label)

        self.requester_person_combo = QComboBox(self.scroll_widget)
        self.requester_person_combo.setObjectName(u"requester_person_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requester_person_combo)

        self.detail_label = QLabel(self.scroll_widget)
        self.detail_label.setObjectName(u"detail_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detail_label)

        self.detail_edit = QLineEdit(self.scroll_widget)
        self.detail_edit.setObjectName(u"detail_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.detail_edit)

        self.received_label = QLabel(self.scroll_widget)
        self.received_label.setObjectName(u"received_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_date = QDateEdit(self.scroll_widget)
        self.received_date.setObjectName(u"received_date")
        self.received_date.setCalendarPopup(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.received_date)

        self.deadline_label = QLabel(self.scroll_widget)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deadline_label)

        self.scroll_area.setWidget(self.scroll_widget)

        self.main_layout.addWidget(self.scroll_area)

        self.error_label = QLabel(RegisterRequestDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RegisterRequestDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.pseudonym_label.setBuddy(self.pseudonym_edit)
        self.persons_label.setBuddy(self.persons_list)
        self.requester_label.setBuddy(self.requester_combo)
        self.requester_person_label.setBuddy(self.requester_person_combo)
        self.detail_label.setBuddy(self.detail_edit)
        self.received_label.setBuddy(self.received_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.pseudonym_edit)
        QWidget.setTabOrder(self.pseudonym_edit, self.find_button)
        QWidget.setTabOrder(self.find_button, self.persons_list)
        QWidget.setTabOrder(self.persons_list, self.requester_combo)
        QWidget.setTabOrder(self.requester_combo, self.requester_person_combo)
        QWidget.setTabOrder(self.requester_person_combo, self.detail_edit)
        QWidget.setTabOrder(self.detail_edit, self.received_date)
        QWidget.setTabOrder(self.received_date, self.button_box)

        self.retranslateUi(RegisterRequestDialog)
    # setupUi

    def retranslateUi(self, RegisterRequestDialog):
        RegisterRequestDialog.setWindowTitle(QCoreApplication.translate("RegisterRequestDialog", u"Verzoek registreren", None))
        self.kind_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"&Soort verzoek", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Soort verzoek", None))
#endif // QT_CONFIG(accessibility)
        self.pseudonym_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"&Pseudoniem", None))
#if QT_CONFIG(accessibility)
        self.pseudonym_edit.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Pseudoniem van de persoon", None))
#endif // QT_CONFIG(accessibility)
        self.pseudonym_edit.setPlaceholderText(QCoreApplication.translate("RegisterRequestDialog", u"bijv. Mirjam K.", None))
        self.find_button.setText(QCoreApplication.translate("RegisterRequestDialog", u"&Zoeken", None))
#if QT_CONFIG(accessibility)
        self.find_button.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Personen met dit pseudoniem zoeken", None))
#endif // QT_CONFIG(accessibility)
        self.persons_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"P&ersonen", None))
#if QT_CONFIG(accessibility)
        self.persons_list.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Personen in de casussen waarop het verzoek betrekking heeft", None))
#endif // QT_CONFIG(accessibility)
        self.requester_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"&Wie vroeg", None))
#if QT_CONFIG(accessibility)
        self.requester_combo.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Wie het verzoek deed", None))
#endif // QT_CONFIG(accessibility)
        self.requester_person_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"Ou&der in de casus", None))
#if QT_CONFIG(accessibility)
        self.requester_person_combo.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"De ouder of voogd als persoon in de casus", None))
#endif // QT_CONFIG(accessibility)
        self.detail_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"&Omschrijving", None))
#if QT_CONFIG(accessibility)
        self.detail_edit.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Omschrijving van wie het verzoek deed", None))
#endif // QT_CONFIG(accessibility)
        self.detail_edit.setPlaceholderText(QCoreApplication.translate("RegisterRequestDialog", u"bijv. mr. De Vries, advocaat", None))
        self.received_label.setText(QCoreApplication.translate("RegisterRequestDialog", u"&Ontvangen op", None))
#if QT_CONFIG(accessibility)
        self.received_date.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Datum van ontvangst", None))
#endif // QT_CONFIG(accessibility)
        self.received_date.setDisplayFormat(QCoreApplication.translate("RegisterRequestDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.deadline_label.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Termijn van het verzoek", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RegisterRequestDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
