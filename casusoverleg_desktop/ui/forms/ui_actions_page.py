# Generated from forms/actions_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage):
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(1100, 700)
        self.main_layout = QVBoxLayout(ActionsPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(8)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(ActionsPage)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.open_case_button = QPushButton(ActionsPage)
        self.open_case_button.setObjectName(u"open_case_button")

        self.title_layout.addWidget(self.open_case_button)


        self.main_layout.addLayout(self.title_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_filter_label = QLabel(ActionsPage)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filter_layout.addWidget(self.status_filter_label)

        self.status_filter_combo = QComboBox(ActionsPage)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.filter_layout.addWidget(self.status_filter_combo)

        self.partner_filter_label = QLabel(ActionsPage)
        self.partner_filter_label.setObjectName(u"partner_filter_label")

        self.filter_layout.addWidget(self.partner_filter_label)

        self.partner_filter_combo = QComboBox(ActionsPage)
        self.partner_filter_combo.setObjectName(u"partner_filter_combo")

        self.filter_layout.addWidget(self.partner_filter_combo)

        self.case_filter_label = QLabel(ActionsPage)
        self.case_filter_label.setObjectName(u"case_filter_label")

        self.filter_layout.addWidget(self.case_filter_label)

        self.case_filter_combo = QComboBox(ActionsPage)
        self.case_filter_combo.setObjectName(u"case_filter_combo")

        self.filter_layout.addWidget(self.case_filter_combo)

        self.overdue_check = QCheckBox(ActionsPage)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_layout.addWidget(self.overdue_check)

        self.text_filter_edit = QLineEdit(ActionsPage)
        self.text_filter_edit.setObjectName(u"text_filter_edit")
        self.text_filter_edit.setMinimumSize(QSize(240, 0))
        self.text_filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.text_filter_edit)


        self.main_layout.addLayout(self.filter_layout)

        self.actions_view = QTableView(ActionsPage)
        self.actions_view.setObjectName(u"actions_view")
        self.actions_view.setAlternatingRowColors(True)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.actions_view.setWordWrap(True)

        self.main_layout.addWidget(self.actions_view)

        self.bulk_layout = QHBoxLayout()
        self.bulk_layout.setSpacing(8)
        self.bulk_layout.setObjectName(u"bulk_layout")
        self.selection_label = QLabel(ActionsPage)
        self.selection_label.setObjectName(u"selection_label")

        self.bulk_layout.addWidget(self.selection_label)

        self.bulk_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bulk_layout.addItem(self.bulk_spacer)

        self.running_button = QPushButton(ActionsPage)
        self.running_button.setObjectName(u"running_button")

        self.bulk_layout.addWidget(self.running_button)

        self.done_button = QPushButton(ActionsPage)
        self.done_button.setObjectName(u"done_button")

        self.bulk_layout.addWidget(self.done_button)

        self.lapsed_button = QPushButton(ActionsPage)
        self.lapsed_button.setObjectName(u"lapsed_button")

        self.bulk_layout.addWidget(self.lapsed_button)

        self.postpone_button = QPushButton(ActionsPage)
        self.postpone_button.setObjectName(u"postpone_button")

        self.bulk_layout.addWidget(self.postpone_button)


        self.main_layout.addLayout(self.bulk_layout)

        self.result_label = QLabel(ActionsPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setTextFormat(Qt.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.count_label = QLabel(ActionsPage)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_filter_combo)
        self.partner_filter_label.setBuddy(self.partner_filter_combo)
        self.case_filter_label.setBuddy(self.case_filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_filter_combo, self.partner_filter_combo)
        QWidget.setTabOrder(self.partner_filter_combo, self.case_filter_combo)
        QWidget.setTabOrder(self.case_filter_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.text_filter_edit)
        QWidget.setTabOrder(self.text_filter_edit, self.actions_view)
        QWidget.setTabOrder(self.actions_view, self.running_button)
        QWidget.setTabOrder(self.running_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.lapsed_button)
        QWidget.setTabOrder(self.lapsed_button, self.postpone_button)
        QWidget.setTabOrder(self.postpone_button, self.open_case_button)

        self.retranslateUi(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage):
        self.title_label.setText(QCoreApplication.translate("ActionsPage", u"Actiepunten", None))
        self.open_case_button.setText(QCoreApplication.translate("ActionsPage", u"Casus &openen", None))
#if QT_CONFIG(accessibility)
        self.open_case_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Casus van het actiepunt openen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.open_case_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Open de casus van het gekozen actiepunt (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.status_filter_label.setText(QCoreApplication.translate("ActionsPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_filter_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Filter op status", None))
#endif // QT_CONFIG(accessibility)
        self.partner_filter_label.setText(QCoreApplication.translate("ActionsPage", u"&Eigenaar", None))
#if QT_CONFIG(accessibility)
        self.partner_filter_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Filter op eigenaar (partner)", None))
#endif // QT_CONFIG(accessibility)
        self.case_filter_label.setText(QCoreApplication.translate("ActionsPage", u"Ca&sus", None))
#if QT_CONFIG(accessibility)
        self.case_filter_combo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Filter op casus", None))
#endif // QT_CONFIG(accessibility)
        self.overdue_check.setText(QCoreApplication.translate("ActionsPage", u"Alleen &verlopen", None))
#if QT_CONFIG(accessibility)
        self.overdue_check.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Alleen verlopen actiepunten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.text_filter_edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Filter op tekst", None))
#endif // QT_CONFIG(accessibility)
        self.text_filter_edit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Filter op nummer, actie, casus of eigenaar (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.actions_view.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Lijst van actiepunten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.selection_label.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Gekozen actiepunten", None))
#endif // QT_CONFIG(accessibility)
        self.selection_label.setText(QCoreApplication.translate("ActionsPage", u"Geen actiepunten gekozen", None))
        self.running_button.setText(QCoreApplication.translate("ActionsPage", u"\u2192 &Loopt", None))
#if QT_CONFIG(accessibility)
        self.running_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Gekozen actiepunten op loopt zetten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.running_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Zet de gekozen actiepunten op loopt (Alt+L)", None))
#endif // QT_CONFIG(tooltip)
        self.done_button.setText(QCoreApplication.translate("ActionsPage", u"\u2192 &Afgerond", None))
#if QT_CONFIG(accessibility)
        self.done_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Gekozen actiepunten afronden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Rond de gekozen actiepunten af (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
        self.lapsed_button.setText(QCoreApplication.translate("ActionsPage", u"\u2192 Ver&vallen\u2026", None))
#if QT_CONFIG(accessibility)
        self.lapsed_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Gekozen actiepunten laten vervallen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lapsed_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Laat de gekozen actiepunten vervallen, met een reden (Alt+V)", None))
#endif // QT_CONFIG(tooltip)
        self.postpone_button.setText(QCoreApplication.translate("ActionsPage", u"&Uitstellen\u2026", None))
#if QT_CONFIG(accessibility)
        self.postpone_button.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Gekozen actiepunten uitstellen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.postpone_button.setToolTip(QCoreApplication.translate("ActionsPage", u"Geef de gekozen actiepunten \u00e9\u00e9n nieuwe termijn (Alt+U)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.result_label.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Uitkomst van de wijziging", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Aantal actiepunten", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
