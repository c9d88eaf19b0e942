# Generated from forms/cases_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        CasesPage.resize(1100, 700)
        self.main_layout = QVBoxLayout(CasesPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(8)
        self.title_layout.setObjectName(u"title_layout")
        self.title_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(CasesPage)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.new_case_button = QPushButton(CasesPage)
        self.new_case_button.setObjectName(u"new_case_button")

        self.title_layout.addWidget(self.new_case_button)

        self.open_button = QPushButton(CasesPage)
        self.open_button.setObjectName(u"open_button")

        self.title_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.title_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_layout.setContentsMargins(0, 0, 0, 0)
        self.status_filter_label = QLabel(CasesPage)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filter_layout.addWidget(self.status_filter_label)

        self.status_filter_combo = QComboBox(CasesPage)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.filter_layout.addWidget(self.status_filter_combo)

        self.partner_filter_label = QLabel(CasesPage)
        self.partner_filter_label.setObjectName(u"partner_filter_label")

        self.filter_layout.addWidget(self.partner_filter_label)

        self.partner_filter_combo = QComboBox(CasesPage)
        self.partner_filter_combo.setObjectName(u"partner_filter_combo")

        self.filter_layout.addWidget(self.partner_filter_combo)

        self.basis_filter_label = QLabel(CasesPage)
        self.basis_filter_label.setObjectName(u"basis_filter_label")

        self.filter_layout.addWidget(self.basis_filter_label)

        self.basis_filter_combo = QComboBox(CasesPage)
        self.basis_filter_combo.setObjectName(u"basis_filter_combo")

        self.filter_layout.addWidget(self.basis_filter_combo)

        self.manager_filter_label = QLabel(CasesPage)
        self.manager_filter_label.setObjectName(u"manager_filter_label")

        self.filter_layout.addWidget(self.manager_filter_label)

        self.manager_filter_combo = QComboBox(CasesPage)
        self.manager_filter_combo.setObjectName(u"manager_filter_combo")

        self.filter_layout.addWidget(self.manager_filter_combo)

        self.text_filter_edit = QLineEdit(CasesPage)
        self.text_filter_edit.setObjectName(u"text_filter_edit")
        self.text_filter_edit.setClearButtonEnabled(True)
        self.text_filter_edit.setMinimumSize(QSize(180, 0))

        self.filter_layout.addWidget(self.text_filter_edit)


        self.main_layout.addLayout(self.filter_layout)

        self.cases_view = QTableView(CasesPage)
        self.cases_view.setObjectName(u"cases_view")
        self.cases_view.setAlternatingRowColors(True)
        self.cases_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.cases_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.cases_view.setWordWrap(True)
        self.cases_view.setSortingEnabled(False)

        self.main_layout.addWidget(self.cases_view)

        self.count_label = QLabel(CasesPage)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_filter_combo)
        self.partner_filter_label.setBuddy(self.partner_filter_combo)
        self.basis_filter_label.setBuddy(self.basis_filter_combo)
        self.manager_filter_label.setBuddy(self.manager_filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_filter_combo, self.partner_filter_combo)
        QWidget.setTabOrder(self.partner_filter_combo, self.basis_filter_combo)
        QWidget.setTabOrder(self.basis_filter_combo, self.manager_filter_combo)
        QWidget.setTabOrder(self.manager_filter_combo, self.text_filter_edit)
        QWidget.setTabOrder(self.text_filter_edit, self.cases_view)
        QWidget.setTabOrder(self.cases_view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_case_button)

        self.retranslateUi(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
        self.title_label.setText(QCoreApplication.translate("CasesPage", u"Casussen", None))
        self.new_case_button.setText(QCoreApplication.translate("CasesPage", u"&Nieuwe casus", None))
#if QT_CONFIG(accessibility)
        self.new_case_button.setAccessibleName(QCoreApplication.translate("CasesPage", u"Nieuwe casus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_case_button.setToolTip(QCoreApplication.translate("CasesPage", u"Nieuwe casus (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("CasesPage", u"&Openen", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("CasesPage", u"Casus openen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("CasesPage", u"Open de gekozen casus (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.status_filter_label.setText(QCoreApplication.translate("CasesPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_filter_combo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter op status", None))
#endif // QT_CONFIG(accessibility)
        self.partner_filter_label.setText(QCoreApplication.translate("CasesPage", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.partner_filter_combo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter op partner", None))
#endif // QT_CONFIG(accessibility)
        self.basis_filter_label.setText(QCoreApplication.translate("CasesPage", u"&Grondslag", None))
#if QT_CONFIG(accessibility)
        self.basis_filter_combo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter op grondslag", None))
#endif // QT_CONFIG(accessibility)
        self.manager_filter_label.setText(QCoreApplication.translate("CasesPage", u"&Casusregisseur", None))
#if QT_CONFIG(accessibility)
        self.manager_filter_combo.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter op casusregisseur", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.text_filter_edit.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter op code of pseudoniem", None))
#endif // QT_CONFIG(accessibility)
        self.text_filter_edit.setPlaceholderText(QCoreApplication.translate("CasesPage", u"Filter op code of pseudoniem (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.cases_view.setAccessibleName(QCoreApplication.translate("CasesPage", u"Lijst van casussen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("CasesPage", u"Aantal casussen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
