# Generated from forms/signal_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signal_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SignalDialog(object):
    def setupUi(self, SignalDialog):
        if not SignalDialog.objectName():
            SignalDialog.setObjectName(u"SignalDialog")
        SignalDialog.resize(600, 600)
        self.main_layout = QVBoxLayout(SignalDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(SignalDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(SignalDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.contra_check = QCheckBox(SignalDialog)
        self.contra_check.setObjectName(u"contra_check")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.contra_check)

        self.text_label = QLabel(SignalDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(SignalDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(QSize(0, 100))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.statement_label = QLabel(SignalDialog)
        self.statement_label.setObjectName(u"statement_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statement_label)

        self.statement_combo = QComboBox(SignalDialog)
        self.statement_combo.setObjectName(u"statement_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statement_combo)

        self.category_label = QLabel(SignalDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(SignalDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.observed_on_label = QLabel(SignalDialog)
        self.observed_on_label.setObjectName(u"observed_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.observed_on_label)

        self.observed_on_date = QDateEdit(SignalDialog)
        self.observed_on_date.setObjectName(u"observed_on_date")
        self.observed_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.observed_on_date)

        self.partner_label = QLabel(SignalDialog)
        self.partner_label.setObjectName(u"partner_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_combo = QComboBox(SignalDialog)
        self.partner_combo.setObjectName(u"partner_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partner_combo)

        self.professional_label = QLabel(SignalDialog)
        self.professional_label.setObjectName(u"professional_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.professional_label)

        self.professional_combo = QComboBox(SignalDialog)
        self.professional_combo.setObjectName(u"professional_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.professional_combo)

        self.source_detail_label = QLabel(SignalDialog)
        self.source_detail_label.setObjectName(u"source_detail_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.source_detail_label)

        self.source_detail_edit = QLineEdit(SignalDialog)
        self.source_detail_edit.setObjectName(u"source_detail_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.source_detail_edit)

        self.concerns_label = QLabel(SignalDialog)
        self.concerns_label.setObjectName(u"concerns_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.concerns_label)

        self.concerns_list = QListWidget(SignalDialog)
        self.concerns_list.setObjectName(u"concerns_list")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.concerns_list)

        self.source_person_label = QLabel(SignalDialog)
        self.source_person_label.setObjectName(u"source_person_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.source_person_label)

        self.source_person_combo = QComboBox(SignalDialog)
        self.source_person_combo.setObjectName(u"source_person_combo")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.source_person_combo)

        self.diagnosis_hint_label = QLabel(SignalDialog)
        self.diagnosis_hint_label.setObjectName(u"diagnosis_hint_label")
        self.diagnosis_hint_label.setWordWrap(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.diagnosis_hint_label)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(SignalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SignalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.text_label.setBuddy(self.text_edit)
        self.statement_label.setBuddy(self.statement_combo)
        self.category_label.setBuddy(self.category_combo)
        self.observed_on_label.setBuddy(self.observed_on_date)
        self.partner_label.setBuddy(self.partner_combo)
        self.professional_label.setBuddy(self.professional_combo)
        self.source_detail_label.setBuddy(self.source_detail_edit)
        self.concerns_label.setBuddy(self.concerns_list)
        self.source_person_label.setBuddy(self.source_person_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contra_check, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.statement_combo)
        QWidget.setTabOrder(self.statement_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.observed_on_date)
        QWidget.setTabOrder(self.observed_on_date, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.professional_combo)
        QWidget.setTabOrder(self.professional_combo, self.source_detail_edit)
        QWidget.setTabOrder(self.source_detail_edit, self.concerns_list)
        QWidget.setTabOrder(self.concerns_list, self.source_person_combo)
        QWidget.setTabOrder(self.source_person_combo, self.button_box)

        self.retranslateUi(SignalDialog)
    # setupUi

    def retranslateUi(self, SignalDialog):
        SignalDialog.setWindowTitle(QCoreApplication.translate("SignalDialog", u"Signaal vastleggen", None))
        self.title_label.setText(QCoreApplication.translate("SignalDialog", u"Signaal vastleggen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Signaal vastleggen", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("SignalDialog", u"Feiten eerst, meningen benoemd, bronnen genoemd. Een diagnose alleen van een bevoegde professional.", None))
#if QT_CONFIG(accessibility)
        self.contra_check.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Contrasignaal", None))
#endif // QT_CONFIG(accessibility)
        self.contra_check.setText(QCoreApplication.translate("SignalDialog", u"&Contrasignaal (wijst de andere kant op)", None))
        self.text_label.setText(QCoreApplication.translate("SignalDialog", u"&Signaal", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Tekst van het signaal", None))
#endif // QT_CONFIG(accessibility)
        self.statement_label.setText(QCoreApplication.translate("SignalDialog", u"S&oort", None))
#if QT_CONFIG(accessibility)
        self.statement_combo.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Soort uitspraak: feit, mening of hypothese", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("SignalDialog", u"Ca&tegorie", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Categorie persoonsgegeven", None))
#endif // QT_CONFIG(accessibility)
        self.observed_on_label.setText(QCoreApplication.translate("SignalDialog", u"&Waargenomen op", None))
#if QT_CONFIG(accessibility)
        self.observed_on_date.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Datum van waarneming", None))
#endif // QT_CONFIG(accessibility)
        self.observed_on_date.setDisplayFormat(QCoreApplication.translate("SignalDialog", u"dd-MM-yyyy", None))
        self.partner_label.setText(QCoreApplication.translate("SignalDialog", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.partner_combo.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Partner die het signaal meldt", None))
#endif // QT_CONFIG(accessibility)
        self.professional_label.setText(QCoreApplication.translate("SignalDialog", u"P&rofessional", None))
#if QT_CONFIG(accessibility)
        self.professional_combo.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Professional die het signaal meldt", None))
#endif // QT_CONFIG(accessibility)
        self.source_detail_label.setText(QCoreApplication.translate("SignalDialog", u"&Bron", None))
#if QT_CONFIG(accessibility)
        self.source_detail_edit.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Bronomschrijving", None))
#endif // QT_CONFIG(accessibility)
        self.source_detail_edit.setPlaceholderText(QCoreApplication.translate("SignalDialog", u"bijv. school, via moeder", None))
        self.concerns_label.setText(QCoreApplication.translate("SignalDialog", u"B&etreft", None))
#if QT_CONFIG(accessibility)
        self.concerns_list.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Personen die het signaal betreft", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.concerns_list.setToolTip(QCoreApplication.translate("SignalDialog", u"Vink de personen in de casus aan over wie dit signaal gaat.", None))
#endif // QT_CONFIG(tooltip)
        self.source_person_label.setText(QCoreApplication.translate("SignalDialog", u"Bro&n (persoon in de casus)", None))
#if QT_CONFIG(accessibility)
        self.source_person_combo.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Persoon in de casus van wie de uitspraak komt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.source_person_combo.setToolTip(QCoreApplication.translate("SignalDialog", u"Komt de uitspraak van iemand in de casus (bijv. moeder, via de partner doorgegeven)? Dan telt het signaal als uitspraak van een derde.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("SignalDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
