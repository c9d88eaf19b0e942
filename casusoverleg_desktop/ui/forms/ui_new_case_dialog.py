# Generated from forms/new_case_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.resize(560, 620)
        self.main_layout = QVBoxLayout(NewCaseDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(NewCaseDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(NewCaseDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.code_label = QLabel(NewCaseDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(NewCaseDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.legal_basis_label = QLabel(NewCaseDialog)
        self.legal_basis_label.setObjectName(u"legal_basis_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_basis_label)

        self.legal_basis_combo = QComboBox(NewCaseDialog)
        self.legal_basis_combo.setObjectName(u"legal_basis_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_basis_combo)

        self.covenant_label = QLabel(NewCaseDialog)
        self.covenant_label.setObjectName(u"covenant_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.covenant_label)

        self.covenant_edit = QLineEdit(NewCaseDialog)
        self.covenant_edit.setObjectName(u"covenant_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.covenant_edit)

        self.purpose_label = QLabel(NewCaseDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(NewCaseDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.opened_on_label = QLabel(NewCaseDialog)
        self.opened_on_label.setObjectName(u"opened_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opened_on_label)

        self.opened_on_date = QDateEdit(NewCaseDialog)
        self.opened_on_date.setObjectName(u"opened_on_date")
        self.opened_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opened_on_date)

        self.reporter_heading_label = QLabel(NewCaseDialog)
        self.reporter_heading_label.setObjectName(u"reporter_heading_label")
        self.reporter_heading_label.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.reporter_heading_label)

        self.reporter_partner_label = QLabel(NewCaseDialog)
        self.reporter_partner_label.setObjectName(u"reporter_partner_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reporter_partner_label)

        self.reporter_partner_combo = QComboBox(NewCaseDialog)
        self.reporter_partner_combo.setObjectName(u"reporter_partner_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reporter_partner_combo)

        self.reporter_professional_label = QLabel(NewCaseDialog)
        self.reporter_professional_label.setObjectName(u"reporter_professional_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reporter_professional_label)

        self.reporter_professional_combo = QComboBox(NewCaseDialog)
        self.reporter_professional_combo.setObjectName(u"reporter_professional_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reporter_professional_combo)

        self.reporter_person_label = QLabel(NewCaseDialog)
        self.reporter_person_label.setObjectName(u"reporter_person_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reporter_person_label)

        self.reporter_person_edit = QLineEdit(NewCaseDialog)
        self.reporter_person_edit.setObjectName(u"reporter_person_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reporter_person_edit)

        self.reporter_route_label = QLabel(NewCaseDialog)
        self.reporter_route_label.setObjectName(u"reporter_route_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reporter_route_label)

        self.reporter_route_edit = QLineEdit(NewCaseDialog)
        self.reporter_route_edit.setObjectName(u"reporter_route_edit")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reporter_route_edit)

        self.reported_on_label = QLabel(NewCaseDialog)
        self.reported_on_label.setObjectName(u"reported_on_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reported_on_label)

        self.reported_on_date = QDateEdit(NewCaseDialog)
        self.reported_on_date.setObjectName(u"reported_on_date")
        self.reported_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reported_on_date)

        self.chain_route_label = QLabel(NewCaseDialog)
        self.chain_route_label.setObjectName(u"chain_route_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.chain_route_label)

        self.chain_route_combo = QComboBox(NewCaseDialog)
        self.chain_route_combo.setObjectName(u"chain_route_combo")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.chain_route_combo)

        self.first_step_label = QLabel(NewCaseDialog)
        self.first_step_label.setObjectName(u"first_step_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.first_step_label)

        self.first_step_combo = QComboBox(NewCaseDialog)
        self.first_step_combo.setObjectName(u"first_step_combo")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.first_step_combo)

        self.respond_by_label = QLabel(NewCaseDialog)
        self.respond_by_label.setObjectName(u"respond_by_label")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.respond_by_label)

        self.respond_by_date = QDateEdit(NewCaseDialog)
        self.respond_by_date.setObjectName(u"respond_by_date")
        self.respond_by_date.setCalendarPopup(True)

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.respond_by_date)

        self.respond_by_source_label = QLabel(NewCaseDialog)
        self.respond_by_source_label.setObjectName(u"respond_by_source_label")
        self.respond_by_source_label.setWordWrap(True)

        self.form_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.respond_by_source_label)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(NewCaseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(NewCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.legal_basis_label.setBuddy(self.legal_basis_combo)
        self.covenant_label.setBuddy(self.covenant_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.opened_on_label.setBuddy(self.opened_on_date)
        self.reporter_partner_label.setBuddy(self.reporter_partner_combo)
        self.reporter_professional_label.setBuddy(self.reporter_professional_combo)
        self.reporter_person_label.setBuddy(self.reporter_person_edit)
        self.reporter_route_label.setBuddy(self.reporter_route_edit)
        self.reported_on_label.setBuddy(self.reported_on_date)
        self.chain_route_label.setBuddy(self.chain_route_combo)
        self.first_step_label.setBuddy(self.first_step_combo)
        self.respond_by_label.setBuddy(self.respond_by_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.legal_basis_combo)
        QWidget.setTabOrder(self.legal_basis_combo, self.covenant_edit)
        QWidget.setTabOrder(self.covenant_edit, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.opened_on_date)
        QWidget.setTabOrder(self.opened_on_date, self.reporter_partner_combo)
        QWidget.setTabOrder(self.reporter_partner_combo, self.reporter_professional_combo)
        QWidget.setTabOrder(self.reporter_professional_combo, self.reporter_person_edit)
        QWidget.setTabOrder(self.reporter_person_edit, self.reporter_route_edit)
        QWidget.setTabOrder(self.reporter_route_edit, self.reported_on_date)
        QWidget.setTabOrder(self.reported_on_date, self.chain_route_combo)
        QWidget.setTabOrder(self.chain_route_combo, self.first_step_combo)
        QWidget.setTabOrder(self.first_step_combo, self.respond_by_date)
        QWidget.setTabOrder(self.respond_by_date, self.button_box)

        self.retranslateUi(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"Nieuwe casus", None))
        self.title_label.setText(QCoreApplication.translate("NewCaseDialog", u"Nieuwe casus", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Nieuwe casus", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("NewCaseDialog", u"Een nieuwe casus start met status \u2018Signaal ontvangen\u2019. De casuscode is zelf een pseudoniem: gebruik nooit een naam.", None))
        self.code_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Casuscode", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Casuscode", None))
#endif // QT_CONFIG(accessibility)
        self.code_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"bijv. LV-2025-014", None))
#if QT_CONFIG(tooltip)
        self.code_edit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Hoofdletters, cijfers en streepjes; nooit een naam", None))
#endif // QT_CONFIG(tooltip)
        self.legal_basis_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Grondslag", None))
#if QT_CONFIG(accessibility)
        self.legal_basis_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Grondslag", None))
#endif // QT_CONFIG(accessibility)
        self.covenant_label.setText(QCoreApplication.translate("NewCaseDialog", u"Con&venant", None))
#if QT_CONFIG(accessibility)
        self.covenant_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Naam van het convenant", None))
#endif // QT_CONFIG(accessibility)
        self.covenant_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"alleen bij grondslag convenant", None))
        self.purpose_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Doel", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Doel van de verwerking", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"bijv. persoonsgerichte aanpak radicalisering", None))
        self.opened_on_label.setText(QCoreApplication.translate("NewCaseDialog", u"Gestart &op", None))
#if QT_CONFIG(accessibility)
        self.opened_on_date.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Startdatum van de casus", None))
#endif // QT_CONFIG(accessibility)
        self.opened_on_date.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"dd-MM-yyyy", None))
        self.reporter_heading_label.setText(QCoreApplication.translate("NewCaseDialog", u"Melder", None))
        self.reporter_partner_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.reporter_partner_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Partner van de melder", None))
#endif // QT_CONFIG(accessibility)
        self.reporter_professional_label.setText(QCoreApplication.translate("NewCaseDialog", u"Pro&fessional", None))
#if QT_CONFIG(accessibility)
        self.reporter_professional_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Professional die meldde", None))
#endif // QT_CONFIG(accessibility)
        self.reporter_person_label.setText(QCoreApplication.translate("NewCaseDialog", u"Pe&rsoon", None))
#if QT_CONFIG(accessibility)
        self.reporter_person_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Melder (functie en naam)", None))
#endif // QT_CONFIG(accessibility)
        self.reporter_person_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"bijv. zorgco\u00f6rdinator J. Hekman", None))
        self.reporter_route_label.setText(QCoreApplication.translate("NewCaseDialog", u"Ro&ute (vrij)", None))
#if QT_CONFIG(accessibility)
        self.reporter_route_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Meldroute", None))
#endif // QT_CONFIG(accessibility)
        self.reporter_route_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"bijv. telefonisch via meldpunt", None))
        self.reported_on_label.setText(QCoreApplication.translate("NewCaseDialog", u"Ge&meld op", None))
#if QT_CONFIG(accessibility)
        self.reported_on_date.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Melddatum", None))
#endif // QT_CONFIG(accessibility)
        self.reported_on_date.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"dd-MM-yyyy", None))
        self.chain_route_label.setText(QCoreApplication.translate("NewCaseDialog", u"Route in de &keten", None))
#if QT_CONFIG(accessibility)
        self.chain_route_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Route in de keten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chain_route_combo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"De signaleringsroutes van de keten die golden op de melddatum", None))
#endif // QT_CONFIG(tooltip)
        self.first_step_label.setText(QCoreApplication.translate("NewCaseDialog", u"Eerste &stap", None))
#if QT_CONFIG(accessibility)
        self.first_step_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Eerste stap van de route", None))
#endif // QT_CONFIG(accessibility)
        self.respond_by_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Terugkoppelen v\u00f3\u00f3r", None))
#if QT_CONFIG(accessibility)
        self.respond_by_date.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Terugkoppelen v\u00f3\u00f3r", None))
#endif // QT_CONFIG(accessibility)
        self.respond_by_date.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(tooltip)
        self.respond_by_date.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Volgt de belofte van de route; zonder route 5 werkdagen na de melding", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.respond_by_source_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Herkomst van de terugkoppeldatum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
