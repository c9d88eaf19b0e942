# Generated from forms/balance_entry_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'balance_entry_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_BalanceEntryDialog(object):
    def setupUi(self, BalanceEntryDialog):
        if not BalanceEntryDialog.objectName():
            BalanceEntryDialog.setObjectName(u"BalanceEntryDialog")
        BalanceEntryDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(BalanceEntryDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(BalanceEntryDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(8)
        self.form_layout.setObjectName(u"form_layout")
        self.text_label = QLabel(BalanceEntryDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.addWidget(self.text_label, 0, 0, 1, 1)

        self.text_edit = QPlainTextEdit(BalanceEntryDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.text_edit, 0, 1, 1, 1)

        self.side_label = QLabel(BalanceEntryDialog)
        self.side_label.setObjectName(u"side_label")

        self.form_layout.addWidget(self.side_label, 1, 0, 1, 1)

        self.side_combo = QComboBox(BalanceEntryDialog)
        self.side_combo.setObjectName(u"side_combo")

        self.form_layout.addWidget(self.side_combo, 1, 1, 1, 1)

        self.statement_label = QLabel(BalanceEntryDialog)
        self.statement_label.setObjectName(u"statement_label")

        self.form_layout.addWidget(self.statement_label, 2, 0, 1, 1)

        self.statement_combo = QComboBox(BalanceEntryDialog)
        self.statement_combo.setObjectName(u"statement_combo")

        self.form_layout.addWidget(self.statement_combo, 2, 1, 1, 1)

        self.partner_label = QLabel(BalanceEntryDialog)
        self.partner_label.setObjectName(u"partner_label")

        self.form_layout.addWidget(self.partner_label, 3, 0, 1, 1)

        self.partner_combo = QComboBox(BalanceEntryDialog)
        self.partner_combo.setObjectName(u"partner_combo")

        self.form_layout.addWidget(self.partner_combo, 3, 1, 1, 1)

        self.observed_label = QLabel(BalanceEntryDialog)
        self.observed_label.setObjectName(u"observed_label")

        self.form_layout.addWidget(self.observed_label, 4, 0, 1, 1)

        self.observed_layout = QHBoxLayout()
        self.observed_layout.setObjectName(u"observed_layout")
        self.observed_check = QCheckBox(BalanceEntryDialog)
        self.observed_check.setObjectName(u"observed_check")

        self.observed_layout.addWidget(self.observed_check)

        self.observed_edit = QDateEdit(BalanceEntryDialog)
        self.observed_edit.setObjectName(u"observed_edit")
        self.observed_edit.setCalendarPopup(True)

        self.observed_layout.addWidget(self.observed_edit)


        self.form_layout.addLayout(self.observed_layout, 4, 1, 1, 1)

        self.domain_label = QLabel(BalanceEntryDialog)
        self.domain_label.setObjectName(u"domain_label")

        self.form_layout.addWidget(self.domain_label, 5, 0, 1, 1)

        self.domain_combo = QComboBox(BalanceEntryDialog)
        self.domain_combo.setObjectName(u"domain_combo")

        self.form_layout.addWidget(self.domain_combo, 5, 1, 1, 1)

        self.persistence_label = QLabel(BalanceEntryDialog)
        self.persistence_label.setObjectName(u"persistence_label")

        self.form_layout.addWidget(self.persistence_label, 6, 0, 1, 1)

        self.persistence_combo = QComboBox(BalanceEntryDialog)
        self.persistence_combo.setObjectName(u"persistence_combo")

        self.form_layout.addWidget(self.persistence_combo, 6, 1, 1, 1)

        self.weight_label = QLabel(BalanceEntryDialog)
        self.weight_label.setObjectName(u"weight_label")

        self.form_layout.addWidget(self.weight_label, 7, 0, 1, 1)

        self.weight_combo = QComboBox(BalanceEntryDialog)
        self.weight_combo.setObjectName(u"weight_combo")

        self.form_layout.addWidget(self.weight_combo, 7, 1, 1, 1)

        self.verification_label = QLabel(BalanceEntryDialog)
        self.verification_label.setObjectName(u"verification_label")

        self.form_layout.addWidget(self.verification_label, 8, 0, 1, 1)

        self.verification_combo = QComboBox(BalanceEntryDialog)
        self.verification_combo.setObjectName(u"verification_combo")

        self.form_layout.addWidget(self.verification_combo, 8, 1, 1, 1)

        self.category_label = QLabel(BalanceEntryDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.addWidget(self.category_label, 9, 0, 1, 1)

        self.category_combo = QComboBox(BalanceEntryDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.addWidget(self.category_combo, 9, 1, 1, 1)

        self.origin_label = QLabel(BalanceEntryDialog)
        self.origin_label.setObjectName(u"origin_label")

        self.form_layout.addWidget(self.origin_label, 10, 0, 1, 1)

        self.origin_value_label = QLabel(BalanceEntryDialog)
        self.origin_value_label.setObjectName(u"origin_value_label")

        self.form_layout.addWidget(self.origin_value_label, 10, 1, 1, 1)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(BalanceEntryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(BalanceEntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.text_label.setBuddy(self.text_edit)
        self.side_label.setBuddy(self.side_combo)
        self.statement_label.setBuddy(self.statement_combo)
        self.partner_label.setBuddy(self.partner_combo)
        self.observed_label.setBuddy(self.observed_edit)
        self.domain_label.setBuddy(self.domain_combo)
        self.persistence_label.setBuddy(self.persistence_combo)
        self.weight_label.setBuddy(self.weight_combo)
        self.verification_label.setBuddy(self.verification_combo)
        self.category_label.setBuddy(self.category_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text_edit, self.side_combo)
        QWidget.setTabOrder(self.side_combo, self.statement_combo)
        QWidget.setTabOrder(self.statement_combo, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.observed_check)
        QWidget.setTabOrder(self.observed_check, self.observed_edit)
        QWidget.setTabOrder(self.observed_edit, self.domain_combo)
        QWidget.setTabOrder(self.domain_combo, self.persistence_combo)
        QWidget.setTabOrder(self.persistence_combo, self.weight_combo)
        QWidget.setTabOrder(self.weight_combo, self.verification_combo)
        QWidget.setTabOrder(self.verification_combo, self.category_combo)

        self.retranslateUi(BalanceEntryDialog)
    # setupUi

    def retranslateUi(self, BalanceEntryDialog):
        BalanceEntryDialog.setWindowTitle(QCoreApplication.translate("BalanceEntryDialog", u"Balansregel", None))
        self.title_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"Balansregel", None))
        self.text_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"&Tekst", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Tekst van de regel", None))
#endif // QT_CONFIG(accessibility)
        self.side_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"&Kolom", None))
#if QT_CONFIG(accessibility)
        self.side_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Kolom", None))
#endif // QT_CONFIG(accessibility)
        self.statement_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"&Soort uitspraak", None))
#if QT_CONFIG(accessibility)
        self.statement_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Soort uitspraak", None))
#endif // QT_CONFIG(accessibility)
        self.partner_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"&Bron (partner)", None))
#if QT_CONFIG(accessibility)
        self.partner_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Bron (partner)", None))
#endif // QT_CONFIG(accessibility)
        self.observed_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"&Datum waarneming", None))
        self.observed_check.setText(QCoreApplication.translate("BalanceEntryDialog", u"bekend", None))
#if QT_CONFIG(accessibility)
        self.observed_check.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Datum van waarneming bekend", None))
#endif // QT_CONFIG(accessibility)
        self.observed_edit.setDisplayFormat(QCoreApplication.translate("BalanceEntryDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.observed_edit.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Datum van waarneming", None))
#endif // QT_CONFIG(accessibility)
        self.domain_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"D&omein", None))
#if QT_CONFIG(accessibility)
        self.domain_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Domein", None))
#endif // QT_CONFIG(accessibility)
        self.persistence_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"S&tatisch of dynamisch", None))
#if QT_CONFIG(accessibility)
        self.persistence_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Statisch of dynamisch", None))
#endif // QT_CONFIG(accessibility)
        self.weight_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"&Gewicht", None))
#if QT_CONFIG(accessibility)
        self.weight_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Gewicht (oordeel van de partner)", None))
#endif // QT_CONFIG(accessibility)
        self.verification_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"B&evestigd of weerlegd", None))
#if QT_CONFIG(accessibility)
        self.verification_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Bevestigd of weerlegd", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"Gegevens&categorie", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Gegevenscategorie", None))
#endif // QT_CONFIG(accessibility)
        self.origin_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"Herkomst", None))
        self.origin_value_label.setText(QCoreApplication.translate("BalanceEntryDialog", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.origin_value_label.setAccessibleName(QCoreApplication.translate("BalanceEntryDialog", u"Herkomst", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
    # retranslateUi
