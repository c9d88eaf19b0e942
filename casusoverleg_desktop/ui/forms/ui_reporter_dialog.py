# Generated from forms/reporter_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reporter_dialog.ui'
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

class Ui_ReporterDialog(object):
    def setupUi(self, ReporterDialog):
        if not ReporterDialog.objectName():
            ReporterDialog.setObjectName(u"ReporterDialog")
        ReporterDialog.resize(520, 420)
        self.main_layout = QVBoxLayout(ReporterDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(ReporterDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.partner_label = QLabel(ReporterDialog)
        self.partner_label.setObjectName(u"partner_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_combo = QComboBox(ReporterDialog)
        self.partner_combo.setObjectName(u"partner_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner_combo)

        self.professional_label = QLabel(ReporterDialog)
        self.professional_label.setObjectName(u"professional_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.professional_label)

        self.professional_combo = QComboBox(ReporterDialog)
        self.professional_combo.setObjectName(u"professional_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.professional_combo)

        self.person_label = QLabel(ReporterDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(ReporterDialog)
        self.person_edit.setObjectName(u"person_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.route_label = QLabel(ReporterDialog)
        self.route_label.setObjectName(u"route_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.route_label)

        self.route_edit = QLineEdit(ReporterDialog)
        self.route_edit.setObjectName(u"route_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.route_edit)

        self.reported_on_label = QLabel(ReporterDialog)
        self.reported_on_label.setObjectName(u"reported_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reported_on_label)

        self.reported_on_date = QDateEdit(ReporterDialog)
        self.reported_on_date.setObjectName(u"reported_on_date")
        self.reported_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reported_on_date)

        self.chain_route_label = QLabel(ReporterDialog)
        self.chain_route_label.setObjectName(u"chain_route_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chain_route_label)

        self.chain_route_combo = QComboBox(ReporterDialog)
        self.chain_route_combo.setObjectName(u"chain_route_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chain_route_combo)

        self.first_step_label = QLabel(ReporterDialog)
        self.first_step_label.setObjectName(u"first_step_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.first_step_label)

        self.first_step_combo = QComboBox(ReporterDialog)
        self.first_step_combo.setObjectName(u"first_step_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.first_step_combo)

        self.respond_by_label = QLabel(ReporterDialog)
        self.respond_by_label.setObjectName(u"respond_by_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.respond_by_label)

        self.respond_by_date = QDateEdit(ReporterDialog)
        self.respond_by_date.setObjectName(u"respond_by_date")
        self.respond_by_date.setCalendarPopup(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.respond_by_date)

        self.respond_by_source_label = QLabel(ReporterDialog)
        self.respond_by_source_label.setObjectName(u"respond_by_source_label")
        self.respond_by_source_label.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.respond_by_source_label)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReporterDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ReporterDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.partner_label.setBuddy(self.partner_combo)
        self.professional_label.setBuddy(self.professional_combo)
        self.person_label.setBuddy(self.person_edit)
        self.route_label.setBuddy(self.route_edit)
        self.reported_on_label.setBuddy(self.reported_on_date)
        self.chain_route_label.setBuddy(self.chain_route_combo)
        self.first_step_label.setBuddy(self.first_step_combo)
        self.respond_by_label.setBuddy(self.respond_by_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner_combo, self.professional_combo)
        QWidget.setTabOrder(self.professional_combo, self.person_edit)
        QWidget.setTabOrder(self.person_edit, self.route_edit)
        QWidget.setTabOrder(self.route_edit, self.reported_on_date)
        QWidget.setTabOrder(self.reported_on_date, self.chain_route_combo)
        QWidget.setTabOrder(self.chain_route_combo, self.first_step_combo)
        QWidget.setTabOrder(self.first_step_combo, self.respond_by_date)
        QWidget.setTabOrder(self.respond_by_date, self.button_box)

        self.retranslateUi(ReporterDialog)
    # setupUi

    def retranslateUi(self, ReporterDialog):
        ReporterDialog.setWindowTitle(QCoreApplication.translate("ReporterDialog", u"Melder vastleggen", None))
        self.title_label.setText(QCoreApplication.translate("ReporterDialog", u"Melder vastleggen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Melder vastleggen", None))
#endif // QT_CONFIG(accessibility)
        self.partner_label.setText(QCoreApplication.translate("ReporterDialog", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.partner_combo.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Partner van de melder", None))
#endif // QT_CONFIG(accessibility)
        self.professional_label.setText(QCoreApplication.translate("ReporterDialog", u"Pro&fessional", None))
#if QT_CONFIG(accessibility)
        self.professional_combo.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Professional die meldde", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("ReporterDialog", u"Pe&rsoon", None))
#if QT_CONFIG(accessibility)
        self.person_edit.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Melder (functie en naam)", None))
#endif // QT_CONFIG(accessibility)
        self.route_label.setText(QCoreApplication.translate("ReporterDialog", u"Ro&ute (vrij)", None))
#if QT_CONFIG(accessibility)
        self.route_edit.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Meldroute", None))
#endif // QT_CONFIG(accessibility)
        self.reported_on_label.setText(QCoreApplication.translate("ReporterDialog", u"&Gemeld op", None))
#if QT_CONFIG(accessibility)
        self.reported_on_date.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Melddatum", None))
#endif // QT_CONFIG(accessibility)
        self.reported_on_date.setDisplayFormat(QCoreApplication.translate("ReporterDialog", u"dd-MM-yyyy", None))
        self.chain_route_label.setText(QCoreApplication.translate("ReporterDialog", u"Route in de &keten", None))
#if QT_CONFIG(accessibility)
        self.chain_route_combo.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Route in de keten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chain_route_combo.setToolTip(QCoreApplication.translate("ReporterDialog", u"De signaleringsroutes van de keten die golden op de melddatum", None))
#endif // QT_CONFIG(tooltip)
        self.first_step_label.setText(QCoreApplication.translate("ReporterDialog", u"Eerste &stap", None))
#if QT_CONFIG(accessibility)
        self.first_step_combo.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Eerste stap van de route", None))
#endif // QT_CONFIG(accessibility)
        self.respond_by_label.setText(QCoreApplication.translate("ReporterDialog", u"&Terugkoppelen v\u00f3\u00f3r", None))
#if QT_CONFIG(accessibility)
        self.respond_by_date.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Terugkoppelen v\u00f3\u00f3r", None))
#endif // QT_CONFIG(accessibility)
        self.respond_by_date.setDisplayFormat(QCoreApplication.translate("ReporterDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(tooltip)
        self.respond_by_date.setToolTip(QCoreApplication.translate("ReporterDialog", u"Volgt de belofte van de route; zonder route 5 werkdagen na de melding", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.respond_by_source_label.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Herkomst van de terugkoppeldatum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ReporterDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
