# Generated from forms/case_window.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_CaseWindow(object):
    def setupUi(self, CaseWindow):
        if not CaseWindow.objectName():
            CaseWindow.setObjectName(u"CaseWindow")
        CaseWindow.resize(1200, 780)
        self.main_layout = QVBoxLayout(CaseWindow)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 16, 20, 16)
        self.header_frame = QFrame(CaseWindow)
        self.header_frame.setObjectName(u"header_frame")
        self.header_layout = QGridLayout(self.header_frame)
        self.header_layout.setSpacing(6)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setHorizontalSpacing(24)
        self.header_layout.setContentsMargins(16, 12, 16, 12)
        self.code_label = QLabel(self.header_frame)
        self.code_label.setObjectName(u"code_label")

        self.header_layout.addWidget(self.code_label, 0, 0, 1, 1)

        self.status_value = QLabel(self.header_frame)
        self.status_value.setObjectName(u"status_value")

        self.header_layout.addWidget(self.status_value, 0, 1, 1, 1)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer, 0, 2, 1, 1)

        self.header_buttons_layout = QHBoxLayout()
        self.header_buttons_layout.setSpacing(8)
        self.header_buttons_layout.setObjectName(u"header_buttons_layout")
        self.header_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.transition_button = QPushButton(self.header_frame)
        self.transition_button.setObjectName(u"transition_button")

        self.header_buttons_layout.addWidget(self.transition_button)

        self.close_case_button = QPushButton(self.header_frame)
        self.close_case_button.setObjectName(u"close_case_button")

        self.header_buttons_layout.addWidget(self.close_case_button)

        self.settings_button = QPushButton(self.header_frame)
        self.settings_button.setObjectName(u"settings_button")

        self.header_buttons_layout.addWidget(self.settings_button)

        self.retention_button = QToolButton(self.header_frame)
        self.retention_button.setObjectName(u"retention_button")
        self.retention_button.setPopupMode(QToolButton.InstantPopup)

        self.header_buttons_layout.addWidget(self.retention_button)

        self.destroy_button = QPushButton(self.header_frame)
        self.destroy_button.setObjectName(u"destroy_button")

        self.header_buttons_layout.addWidget(self.destroy_button)


        self.header_layout.addLayout(self.header_buttons_layout, 0, 3, 1, 1)

        self.facts_layout = QHBoxLayout()
        self.facts_layout.setSpacing(32)
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_layout.setContentsMargins(0, 0, 0, 0)
        self.basis_value = QLabel(self.header_frame)
        self.basis_value.setObjectName(u"basis_value")
        self.basis_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.addWidget(self.basis_value)

        self.manager_value = QLabel(self.header_frame)
        self.manager_value.setObjectName(u"manager_value")
        self.manager_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.addWidget(self.manager_value)

        self.review_value = QLabel(self.header_frame)
        self.review_value.setObjectName(u"review_value")
        self.review_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.addWidget(self.review_value)

        self.primary_value = QLabel(self.header_frame)
        self.primary_value.setObjectName(u"primary_value")
        self.primary_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.addWidget(self.primary_value)

        self.retention_value = QLabel(self.header_frame)
        self.retention_value.setObjectName(u"retention_value")
        self.retention_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.addWidget(self.retention_value)

        self.facts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.facts_layout.addItem(self.facts_spacer)


        self.header_layout.addLayout(self.facts_layout, 1, 0, 1, 4)


        self.main_layout.addWidget(self.header_frame)

        self.tabs = QTabWidget(CaseWindow)
        self.tabs.setObjectName(u"tabs")
        self.subjects_tab = QWidget()
        self.subjects_tab.setObjectName(u"subjects_tab")
        self.subjects_tab_layout = QVBoxLayout(self.subjects_tab)
        self.subjects_tab_layout.setSpacing(8)
        self.subjects_tab_layout.setObjectName(u"subjects_tab_layout")
        self.subjects_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.subjects_tab_buttons_layout = QHBoxLayout()
        self.subjects_tab_buttons_layout.setSpacing(8)
        self.subjects_tab_buttons_layout.setObjectName(u"subjects_tab_buttons_layout")
        self.subjects_tab_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_subject_button = QPushButton(self.subjects_tab)
        self.add_subject_button.setObjectName(u"add_subject_button")

        self.subjects_tab_buttons_layout.addWidget(self.add_subject_button)

        self.subjects_tab_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subjects_tab_buttons_layout.addItem(self.subjects_tab_buttons_spacer)


        self.subjects_tab_layout.addLayout(self.subjects_tab_buttons_layout)

        self.subjects_view = QTableView(self.subjects_tab)
        self.subjects_view.setObjectName(u"subjects_view")
        self.subjects_view.setAlternatingRowColors(True)
        self.subjects_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.subjects_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.subjects_view.setWordWrap(True)
        self.subjects_view.setSortingEnabled(False)

        self.subjects_tab_layout.addWidget(self.subjects_view)

        self.subjects_hint_label = QLabel(self.subjects_tab)
        self.subjects_hint_label.setObjectName(u"subjects_hint_label")
        self.subjects_hint_label.setWordWrap(True)

        self.subjects_tab_layout.addWidget(self.subjects_hint_label)

        self.tabs.addTab(self.subjects_tab, "")
        self.signals_tab = QWidget()
        self.signals_tab.setObjectName(u"signals_tab")
        self.signals_tab_layout = QVBoxLayout(self.signals_tab)
        self.signals_tab_layout.setSpacing(8)
        self.signals_tab_layout.setObjectName(u"signals_tab_layout")
        self.signals_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.signals_tab_buttons_layout = QHBoxLayout()
        self.signals_tab_buttons_layout.setSpacing(8)
        self.signals_tab_buttons_layout.setObjectName(u"signals_tab_buttons_layout")
        self.signals_tab_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_signal_button = QPushButton(self.signals_tab)
        self.add_signal_button.setObjectName(u"add_signal_button")

        self.signals_tab_buttons_layout.addWidget(self.add_signal_button)

        self.add_contra_button = QPushButton(self.signals_tab)
        self.add_contra_button.setObjectName(u"add_contra_button")

        self.signals_tab_buttons_layout.addWidget(self.add_contra_button)

        self.verify_button = QPushButton(self.signals_tab)
        self.verify_button.setObjectName(u"verify_button")

        self.signals_tab_buttons_layout.addWidget(self.verify_button)

        self.signals_tab_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signals_tab_buttons_layout.addItem(self.signals_tab_buttons_spacer)


        self.signals_tab_layout.addLayout(self.signals_tab_buttons_layout)

        self.signals_view = QTableView(self.signals_tab)
        self.signals_view.setObjectName(u"signals_view")
        self.signals_view.setAlternatingRowColors(True)
        self.signals_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.signals_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.signals_view.setWordWrap(True)
        self.signals_view.setSortingEnabled(False)

        self.signals_tab_layout.addWidget(self.signals_view)

        self.signal_legend_label = QLabel(self.signals_tab)
        self.signal_legend_label.setObjectName(u"signal_legend_label")
        self.signal_legend_label.setWordWrap(True)

        self.signals_tab_layout.addWidget(self.signal_legend_label)

        self.tabs.addTab(self.signals_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_tab_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_tab_layout.setSpacing(8)
        self.timeline_tab_layout.setObjectName(u"timeline_tab_layout")
        self.timeline_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.timeline_tab_buttons_layout = QHBoxLayout()
        self.timeline_tab_buttons_layout.setSpacing(8)
        self.timeline_tab_buttons_layout.setObjectName(u"timeline_tab_buttons_layout")
        self.timeline_tab_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.escalation_button = QPushButton(self.timeline_tab)
        self.escalation_button.setObjectName(u"escalation_button")

        self.timeline_tab_buttons_layout.addWidget(self.escalation_button)

        self.timeline_tab_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeline_tab_buttons_layout.addItem(self.timeline_tab_buttons_spacer)


        self.timeline_tab_layout.addLayout(self.timeline_tab_buttons_layout)

        self.timeline_view = QTableView(self.timeline_tab)
        self.timeline_view.setObjectName(u"timeline_view")
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setSortingEnabled(False)

        self.timeline_tab_layout.addWidget(self.timeline_view)

        self.tabs.addTab(self.timeline_tab, "")
        self.actions_tab = QWidget()
        self.actions_tab.setObjectName(u"actions_tab")
        self.actions_tab_layout = QVBoxLayout(self.actions_tab)
        self.actions_tab_layout.setSpacing(8)
        self.actions_tab_layout.setObjectName(u"actions_tab_layout")
        self.actions_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.actions_heading_label = QLabel(self.actions_tab)
        self.actions_heading_label.setObjectName(u"actions_heading_label")

        self.actions_tab_layout.addWidget(self.actions_heading_label)

        self.actions_view = QTableView(self.actions_tab)
        self.actions_view.setObjectName(u"actions_view")
        self.actions_view.setAlternatingRowColors(True)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actions_view.setWordWrap(True)
        self.actions_view.setSortingEnabled(False)

        self.actions_tab_layout.addWidget(self.actions_view)

        self.closed_actions_check = QCheckBox(self.actions_tab)
        self.closed_actions_check.setObjectName(u"closed_actions_check")

        self.actions_tab_layout.addWidget(self.closed_actions_check)

        self.decisions_heading_label = QLabel(self.actions_tab)
        self.decisions_heading_label.setObjectName(u"decisions_heading_label")

        self.actions_tab_layout.addWidget(self.decisions_heading_label)

        self.decisions_view = QTableView(self.actions_tab)
        self.decisions_view.setObjectName(u"decisions_view")
        self.decisions_view.setAlternatingRowColors(True)
        self.decisions_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.decisions_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.decisions_view.setWordWrap(True)
        self.decisions_view.setSortingEnabled(False)

        self.actions_tab_layout.addWidget(self.decisions_view)

        self.tabs.addTab(self.actions_tab, "")
        self.reporter_tab = QWidget()
        self.reporter_tab.setObjectName(u"reporter_tab")
        self.reporter_tab_layout = QVBoxLayout(self.reporter_tab)
        self.reporter_tab_layout.setSpacing(8)
        self.reporter_tab_layout.setObjectName(u"reporter_tab_layout")
        self.reporter_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.reporter_tab_buttons_layout = QHBoxLayout()
        self.reporter_tab_buttons_layout.setSpacing(8)
        self.reporter_tab_buttons_layout.setObjectName(u"reporter_tab_buttons_layout")
        self.reporter_tab_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_reporter_button = QPushButton(self.reporter_tab)
        self.add_reporter_button.setObjectName(u"add_reporter_button")

        self.reporter_tab_buttons_layout.addWidget(self.add_reporter_button)

        self.add_feedback_button = QPushButton(self.reporter_tab)
        self.add_feedback_button.setObjectName(u"add_feedback_button")

        self.reporter_tab_buttons_layout.addWidget(self.add_feedback_button)

        self.letter_button = QPushButton(self.reporter_tab)
        self.letter_button.setObjectName(u"letter_button")

        self.reporter_tab_buttons_layout.addWidget(self.letter_button)

        self.next_step_button = QPushButton(self.reporter_tab)
        self.next_step_button.setObjectName(u"next_step_button")

        self.reporter_tab_buttons_layout.addWidget(self.next_step_button)

        self.choose_route_button = QPushButton(self.reporter_tab)
        self.choose_route_button.setObjectName(u"choose_route_button")

        self.reporter_tab_buttons_layout.addWidget(self.choose_route_button)

        self.reporter_tab_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reporter_tab_buttons_layout.addItem(self.reporter_tab_buttons_spacer)


        self.reporter_tab_layout.addLayout(self.reporter_tab_buttons_layout)

        self.reporters_heading_label = QLabel(self.reporter_tab)
        self.reporters_heading_label.setObjectName(u"reporters_heading_label")

        self.reporter_tab_layout.addWidget(self.reporters_heading_label)

        self.reporters_view = QTableView(self.reporter_tab)
        self.reporters_view.setObjectName(u"reporters_view")
        self.reporters_view.setAlternatingRowColors(True)
        self.reporters_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reporters_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reporters_view.setWordWrap(True)
        self.reporters_view.setSortingEnabled(False)

        self.reporter_tab_layout.addWidget(self.reporters_view)

        self.feedback_heading_label = QLabel(self.reporter_tab)
        self.feedback_heading_label.setObjectName(u"feedback_heading_label")

        self.reporter_tab_layout.addWidget(self.feedback_heading_label)

        self.feedback_view = QTableView(self.reporter_tab)
        self.feedback_view.setObjectName(u"feedback_view")
        self.feedback_view.setAlternatingRowColors(True)
        self.feedback_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.feedback_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.feedback_view.setWordWrap(True)
        self.feedback_view.setSortingEnabled(False)

        self.reporter_tab_layout.addWidget(self.feedback_view)

        self.letter_label = QuietLabel(self.reporter_tab)
        self.letter_label.setObjectName(u"letter_label")
        self.letter_label.setWordWrap(True)

        self.reporter_tab_layout.addWidget(self.letter_label)

        self.tabs.addTab(self.reporter_tab, "")
        self.informed_tab = QWidget()
        self.informed_tab.setObjectName(u"informed_tab")
        self.informed_tab_layout = QVBoxLayout(self.informed_tab)
        self.informed_tab_layout.setSpacing(8)
        self.informed_tab_layout.setObjectName(u"informed_tab_layout")
        self.informed_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.informed_tab_buttons_layout = QHBoxLayout()
        self.informed_tab_buttons_layout.setSpacing(8)
        self.informed_tab_buttons_layout.setObjectName(u"informed_tab_buttons_layout")
        self.informed_tab_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_informed_button = QPushButton(self.informed_tab)
        self.add_informed_button.setObjectName(u"add_informed_button")

        self.informed_tab_buttons_layout.addWidget(self.add_informed_button)

        self.informed_tab_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.informed_tab_buttons_layout.addItem(self.informed_tab_buttons_spacer)


        self.informed_tab_layout.addLayout(self.informed_tab_buttons_layout)

        self.informed_view = QTableView(self.informed_tab)
        self.informed_view.setObjectName(u"informed_view")
        self.informed_view.setAlternatingRowColors(True)
        self.informed_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.informed_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.informed_view.setWordWrap(True)
        self.informed_view.setSortingEnabled(False)

        self.informed_tab_layout.addWidget(self.informed_view)

        self.informed_history_check = QCheckBox(self.informed_tab)
        self.informed_history_check.setObjectName(u"informed_history_check")

        self.informed_tab_layout.addWidget(self.informed_history_check)

        self.tabs.addTab(self.informed_tab, "")
        self.balance_tab = QWidget()
        self.balance_tab.setObjectName(u"balance_tab")
        self.balance_tab_layout = QVBoxLayout(self.balance_tab)
        self.balance_tab_layout.setSpacing(8)
        self.balance_tab_layout.setObjectName(u"balance_tab_layout")
        self.balance_tab_layout.setContentsMargins(12, 12, 12, 12)
        self.tabs.addTab(self.balance_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.error_label = QLabel(CaseWindow)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        QWidget.setTabOrder(self.transition_button, self.close_case_button)
        QWidget.setTabOrder(self.close_case_button, self.settings_button)
        QWidget.setTabOrder(self.settings_button, self.retention_button)
        QWidget.setTabOrder(self.retention_button, self.destroy_button)
        QWidget.setTabOrder(self.destroy_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.add_subject_button)
        QWidget.setTabOrder(self.add_subject_button, self.subjects_view)
        QWidget.setTabOrder(self.subjects_view, self.add_signal_button)
        QWidget.setTabOrder(self.add_signal_button, self.add_contra_button)
        QWidget.setTabOrder(self.add_contra_button, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.signals_view)
        QWidget.setTabOrder(self.signals_view, self.escalation_button)
        QWidget.setTabOrder(self.escalation_button, self.timeline_view)
        QWidget.setTabOrder(self.timeline_view, self.actions_view)
        QWidget.setTabOrder(self.actions_view, self.closed_actions_check)
        QWidget.setTabOrder(self.closed_actions_check, self.decisions_view)
        QWidget.setTabOrder(self.decisions_view, self.add_reporter_button)
        QWidget.setTabOrder(self.add_reporter_button, self.add_feedback_button)
        QWidget.setTabOrder(self.add_feedback_button, self.letter_button)
        QWidget.setTabOrder(self.letter_button, self.next_step_button)
        QWidget.setTabOrder(self.next_step_button, self.choose_route_button)
        QWidget.setTabOrder(self.choose_route_button, self.reporters_view)
        QWidget.setTabOrder(self.reporters_view, self.feedback_view)
        QWidget.setTabOrder(self.feedback_view, self.add_informed_button)
        QWidget.setTabOrder(self.add_informed_button, self.informed_view)
        QWidget.setTabOrder(self.informed_view, self.informed_history_check)

        self.retranslateUi(CaseWindow)
    # setupUi

    def retranslateUi(self, CaseWindow):
        CaseWindow.setWindowTitle(QCoreApplication.translate("CaseWindow", u"Casus", None))
#if QT_CONFIG(accessibility)
        self.code_label.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Casuscode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_value.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.transition_button.setText(QCoreApplication.translate("CaseWindow", u"&Status wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.transition_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Status wijzigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.transition_button.setToolTip(QCoreApplication.translate("CaseWindow", u"Status wijzigen (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.close_case_button.setText(QCoreApplication.translate("CaseWindow", u"A&fsluiten\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_case_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Casus afsluiten", None))
#endif // QT_CONFIG(accessibility)
        self.settings_button.setText(QCoreApplication.translate("CaseWindow", u"&Gegevens\u2026", None))
#if QT_CONFIG(accessibility)
        self.settings_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Casusregisseur en volgende bespreking", None))
#endif // QT_CONFIG(accessibility)
        self.retention_button.setText(QCoreApplication.translate("CaseWindow", u"&Bewaren", None))
#if QT_CONFIG(accessibility)
        self.retention_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Grondslagen en bewaren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retention_button.setToolTip(QCoreApplication.translate("CaseWindow", u"Een grondslag toevoegen, of een bewaarplicht opleggen of opheffen", None))
#endif // QT_CONFIG(tooltip)
        self.destroy_button.setText(QCoreApplication.translate("CaseWindow", u"&Vernietigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.destroy_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Casus vernietigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.basis_value.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Grondslag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.manager_value.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Casusregisseur", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.review_value.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Volgende bespreking", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.primary_value.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Betrokkene", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.retention_value.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Bewaren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Onderdelen van de casus", None))
#endif // QT_CONFIG(accessibility)
        self.add_subject_button.setText(QCoreApplication.translate("CaseWindow", u"Betrokkene &toevoegen\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_subject_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Betrokkene toevoegen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.subjects_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Betrokkenen: gezin en relaties", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.subjects_tab), QCoreApplication.translate("CaseWindow", u"Betrokkenen", None))
        self.add_signal_button.setText(QCoreApplication.translate("CaseWindow", u"&Nieuw signaal\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_signal_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Nieuw signaal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_signal_button.setToolTip(QCoreApplication.translate("CaseWindow", u"Nieuw signaal (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.add_contra_button.setText(QCoreApplication.translate("CaseWindow", u"Nieuw &contrasignaal\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_contra_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Nieuw contrasignaal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_contra_button.setToolTip(QCoreApplication.translate("CaseWindow", u"Nieuw contrasignaal (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.verify_button.setText(QCoreApplication.translate("CaseWindow", u"&Bevestigen of weerleggen\u2026", None))
#if QT_CONFIG(accessibility)
        self.verify_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Signaal bevestigen of weerleggen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signals_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Signalen en contrasignalen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.signals_tab), QCoreApplication.translate("CaseWindow", u"Signalen", None))
        self.escalation_button.setText(QCoreApplication.translate("CaseWindow", u"&Opschalen of afschalen\u2026", None))
#if QT_CONFIG(accessibility)
        self.escalation_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Opschalen of afschalen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeline_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Tijdlijn van de casus", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), QCoreApplication.translate("CaseWindow", u"Tijdlijn", None))
        self.actions_heading_label.setText(QCoreApplication.translate("CaseWindow", u"Actiepunten", None))
#if QT_CONFIG(accessibility)
        self.actions_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Actiepunten van de casus", None))
#endif // QT_CONFIG(accessibility)
        self.closed_actions_check.setText(QCoreApplication.translate("CaseWindow", u"&Afgesloten actiepunten tonen", None))
#if QT_CONFIG(accessibility)
        self.closed_actions_check.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Afgesloten actiepunten tonen", None))
#endif // QT_CONFIG(accessibility)
        self.decisions_heading_label.setText(QCoreApplication.translate("CaseWindow", u"Besluiten", None))
#if QT_CONFIG(accessibility)
        self.decisions_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Besluiten over de casus", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.actions_tab), QCoreApplication.translate("CaseWindow", u"Acties en besluiten", None))
        self.add_reporter_button.setText(QCoreApplication.translate("CaseWindow", u"&Melder toevoegen\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_reporter_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Melder toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.add_feedback_button.setText(QCoreApplication.translate("CaseWindow", u"&Terugkoppeling vastleggen\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_feedback_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Terugkoppeling vastleggen", None))
#endif // QT_CONFIG(accessibility)
        self.letter_button.setText(QCoreApplication.translate("CaseWindow", u"B&rief maken\u2026", None))
#if QT_CONFIG(accessibility)
        self.letter_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Brief aan de melder maken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.letter_button.setToolTip(QCoreApplication.translate("CaseWindow", u"Een brief (PDF) met de gekozen terugkoppeling, om aan de melder te sturen", None))
#endif // QT_CONFIG(tooltip)
        self.next_step_button.setText(QCoreApplication.translate("CaseWindow", u"Volgen&de stap\u2026", None))
#if QT_CONFIG(accessibility)
        self.next_step_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Volgende stap van de route vastleggen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.next_step_button.setToolTip(QCoreApplication.translate("CaseWindow", u"De melding van de gekozen melder bereikte de volgende stap van haar route", None))
#endif // QT_CONFIG(tooltip)
        self.choose_route_button.setText(QCoreApplication.translate("CaseWindow", u"Route &kiezen\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_route_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Route in de keten kiezen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.choose_route_button.setToolTip(QCoreApplication.translate("CaseWindow", u"Een melding zonder route alsnog op een route van de keten zetten", None))
#endif // QT_CONFIG(tooltip)
        self.reporters_heading_label.setText(QCoreApplication.translate("CaseWindow", u"Melders", None))
#if QT_CONFIG(accessibility)
        self.reporters_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Melders", None))
#endif // QT_CONFIG(accessibility)
        self.feedback_heading_label.setText(QCoreApplication.translate("CaseWindow", u"Terugkoppeling", None))
#if QT_CONFIG(accessibility)
        self.feedback_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Terugkoppeling aan melders", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.letter_label.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Melding over de brief", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reporter_tab), QCoreApplication.translate("CaseWindow", u"Melder en terugkoppeling", None))
        self.add_informed_button.setText(QCoreApplication.translate("CaseWindow", u"Ge\u00efnformeerd &vastleggen\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_informed_button.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Ge\u00efnformeerd vastleggen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.informed_view.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Ge\u00efnformeerd per betrokkene", None))
#endif // QT_CONFIG(accessibility)
        self.informed_history_check.setText(QCoreApplication.translate("CaseWindow", u"&Eerdere vastleggingen tonen", None))
#if QT_CONFIG(accessibility)
        self.informed_history_check.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Eerdere vastleggingen tonen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.informed_tab), QCoreApplication.translate("CaseWindow", u"Ge\u00efnformeerd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.balance_tab), QCoreApplication.translate("CaseWindow", u"Afweging", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("CaseWindow", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
