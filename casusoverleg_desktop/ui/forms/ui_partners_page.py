# Generated from forms/partners_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_PartnersPage(object):
    def setupUi(self, PartnersPage):
        if not PartnersPage.objectName():
            PartnersPage.setObjectName(u"PartnersPage")
        PartnersPage.resize(1100, 700)
        self.main_layout = QVBoxLayout(PartnersPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(PartnersPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.splitter = QSplitter(PartnersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.partners_panel = QWidget(self.splitter)
        self.partners_panel.setObjectName(u"partners_panel")
        self.partners_layout = QVBoxLayout(self.partners_panel)
        self.partners_layout.setSpacing(8)
        self.partners_layout.setObjectName(u"partners_layout")
        self.partners_layout.setContentsMargins(0, 0, 8, 0)
        self.partners_heading_label = QLabel(self.partners_panel)
        self.partners_heading_label.setObjectName(u"partners_heading_label")

        self.partners_layout.addWidget(self.partners_heading_label)

        self.partners_view = QTableView(self.partners_panel)
        self.partners_view.setObjectName(u"partners_view")
        self.partners_view.setAlternatingRowColors(True)
        self.partners_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.partners_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.partners_view.setWordWrap(True)
        self.partners_view.setSortingEnabled(False)

        self.partners_layout.addWidget(self.partners_view)

        self.partner_buttons_layout = QHBoxLayout()
        self.partner_buttons_layout.setSpacing(8)
        self.partner_buttons_layout.setObjectName(u"partner_buttons_layout")
        self.partner_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.new_partner_button = QPushButton(self.partners_panel)
        self.new_partner_button.setObjectName(u"new_partner_button")

        self.partner_buttons_layout.addWidget(self.new_partner_button)

        self.edit_partner_button = QPushButton(self.partners_panel)
        self.edit_partner_button.setObjectName(u"edit_partner_button")

        self.partner_buttons_layout.addWidget(self.edit_partner_button)

        self.delete_partner_button = QPushButton(self.partners_panel)
        self.delete_partner_button.setObjectName(u"delete_partner_button")

        self.partner_buttons_layout.addWidget(self.delete_partner_button)

        self.partner_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partner_buttons_layout.addItem(self.partner_buttons_spacer)


        self.partners_layout.addLayout(self.partner_buttons_layout)

        self.splitter.addWidget(self.partners_panel)
        self.professionals_panel = QWidget(self.splitter)
        self.professionals_panel.setObjectName(u"professionals_panel")
        self.professionals_layout = QVBoxLayout(self.professionals_panel)
        self.professionals_layout.setSpacing(8)
        self.professionals_layout.setObjectName(u"professionals_layout")
        self.professionals_layout.setContentsMargins(8, 0, 0, 0)
        self.professionals_heading_label = QLabel(self.professionals_panel)
        self.professionals_heading_label.setObjectName(u"professionals_heading_label")

        self.professionals_layout.addWidget(self.professionals_heading_label)

        self.professionals_view = QTableView(self.professionals_panel)
        self.professionals_view.setObjectName(u"professionals_view")
        self.professionals_view.setAlternatingRowColors(True)
        self.professionals_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.professionals_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.professionals_view.setWordWrap(True)
        self.professionals_view.setSortingEnabled(False)

        self.professionals_layout.addWidget(self.professionals_view)

        self.show_inactive_check = QCheckBox(self.professionals_panel)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.professionals_layout.addWidget(self.show_inactive_check)

        self.professional_buttons_layout = QHBoxLayout()
        self.professional_buttons_layout.setSpacing(8)
        self.professional_buttons_layout.setObjectName(u"professional_buttons_layout")
        self.professional_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.new_professional_button = QPushButton(self.professionals_panel)
        self.new_professional_button.setObjectName(u"new_professional_button")

        self.professional_buttons_layout.addWidget(self.new_professional_button)

        self.edit_professional_button = QPushButton(self.professionals_panel)
        self.edit_professional_button.setObjectName(u"edit_professional_button")

        self.professional_buttons_layout.addWidget(self.edit_professional_button)

        self.toggle_active_button = QPushButton(self.professionals_panel)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.professional_buttons_layout.addWidget(self.toggle_active_button)

        self.professional_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.professional_buttons_layout.addItem(self.professional_buttons_spacer)


        self.professionals_layout.addLayout(self.professional_buttons_layout)

        self.splitter.addWidget(self.professionals_panel)

        self.main_layout.addWidget(self.splitter)

        self.error_label = QLabel(PartnersPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.main_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.partners_view, self.new_partner_button)
        QWidget.setTabOrder(self.new_partner_button, self.edit_partner_button)
        QWidget.setTabOrder(self.edit_partner_button, self.delete_partner_button)
        QWidget.setTabOrder(self.delete_partner_button, self.professionals_view)
        QWidget.setTabOrder(self.professionals_view, self.show_inactive_check)
        QWidget.setTabOrder(self.show_inactive_check, self.new_professional_button)
        QWidget.setTabOrder(self.new_professional_button, self.edit_professional_button)
        QWidget.setTabOrder(self.edit_professional_button, self.toggle_active_button)

        self.retranslateUi(PartnersPage)
    # setupUi

    def retranslateUi(self, PartnersPage):
        self.title_label.setText(QCoreApplication.translate("PartnersPage", u"Ketenpartners", None))
        self.partners_heading_label.setText(QCoreApplication.translate("PartnersPage", u"Partners", None))
#if QT_CONFIG(accessibility)
        self.partners_view.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Lijst van ketenpartners", None))
#endif // QT_CONFIG(accessibility)
        self.new_partner_button.setText(QCoreApplication.translate("PartnersPage", u"&Nieuwe partner", None))
#if QT_CONFIG(accessibility)
        self.new_partner_button.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Nieuwe partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_partner_button.setToolTip(QCoreApplication.translate("PartnersPage", u"Nieuwe partner (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_partner_button.setText(QCoreApplication.translate("PartnersPage", u"&Wijzigen", None))
#if QT_CONFIG(accessibility)
        self.edit_partner_button.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Partner wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.delete_partner_button.setText(QCoreApplication.translate("PartnersPage", u"Ver&wijderen", None))
#if QT_CONFIG(accessibility)
        self.delete_partner_button.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Partner verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.delete_partner_button.setToolTip(QCoreApplication.translate("PartnersPage", u"Alleen een partner die nog nergens voorkomt", None))
#endif // QT_CONFIG(tooltip)
        self.professionals_heading_label.setText(QCoreApplication.translate("PartnersPage", u"Professionals", None))
#if QT_CONFIG(accessibility)
        self.professionals_view.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Professionals van de gekozen partner", None))
#endif // QT_CONFIG(accessibility)
        self.show_inactive_check.setText(QCoreApplication.translate("PartnersPage", u"&Inactieve professionals tonen", None))
#if QT_CONFIG(accessibility)
        self.show_inactive_check.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Inactieve professionals tonen", None))
#endif // QT_CONFIG(accessibility)
        self.new_professional_button.setText(QCoreApplication.translate("PartnersPage", u"Nieuwe &professional", None))
#if QT_CONFIG(accessibility)
        self.new_professional_button.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Nieuwe professional", None))
#endif // QT_CONFIG(accessibility)
        self.edit_professional_button.setText(QCoreApplication.translate("PartnersPage", u"W&ijzigen", None))
#if QT_CONFIG(accessibility)
        self.edit_professional_button.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Professional wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.toggle_active_button.setText(QCoreApplication.translate("PartnersPage", u"&Deactiveren", None))
#if QT_CONFIG(accessibility)
        self.toggle_active_button.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Professional deactiveren of activeren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PartnersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
