# Generated from forms/chain_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chain_page.ui'
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
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_ChainPage(object):
    def setupUi(self, ChainPage):
        if not ChainPage.objectName():
            ChainPage.setObjectName(u"ChainPage")
        ChainPage.resize(1200, 720)
        self.main_layout = QVBoxLayout(ChainPage)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 16, 24, 16)
        self.title_label = QLabel(ChainPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.top_layout = QHBoxLayout()
        self.top_layout.setSpacing(8)
        self.top_layout.setObjectName(u"top_layout")
        self.top_layout.setContentsMargins(0, 0, 0, 0)
        self.municipality_label = QLabel(ChainPage)
        self.municipality_label.setObjectName(u"municipality_label")

        self.top_layout.addWidget(self.municipality_label)

        self.municipality_combo = QComboBox(ChainPage)
        self.municipality_combo.setObjectName(u"municipality_combo")
        self.municipality_combo.setMinimumSize(QSize(160, 0))

        self.top_layout.addWidget(self.municipality_combo)

        self.new_municipality_button = QPushButton(ChainPage)
        self.new_municipality_button.setObjectName(u"new_municipality_button")

        self.top_layout.addWidget(self.new_municipality_button)

        self.version_label = QLabel(ChainPage)
        self.version_label.setObjectName(u"version_label")

        self.top_layout.addWidget(self.version_label)

        self.version_combo = QComboBox(ChainPage)
        self.version_combo.setObjectName(u"version_combo")
        self.version_combo.setMinimumSize(QSize(280, 0))

        self.top_layout.addWidget(self.version_combo)

        self.new_version_button = QPushButton(ChainPage)
        self.new_version_button.setObjectName(u"new_version_button")

        self.top_layout.addWidget(self.new_version_button)

        self.edit_version_button = QPushButton(ChainPage)
        self.edit_version_button.setObjectName(u"edit_version_button")

        self.top_layout.addWidget(self.edit_version_button)

        self.adopt_button = QPushButton(ChainPage)
        self.adopt_button.setObjectName(u"adopt_button")

        self.top_layout.addWidget(self.adopt_button)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)


        self.main_layout.addLayout(self.top_layout)

        self.state_layout = QHBoxLayout()
        self.state_layout.setSpacing(8)
        self.state_layout.setObjectName(u"state_layout")
        self.state_layout.setContentsMargins(0, 0, 0, 0)
        self.state_label = QLabel(ChainPage)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.state_layout.addWidget(self.state_label)

        self.card_button = QPushButton(ChainPage)
        self.card_button.setObjectName(u"card_button")

        self.state_layout.addWidget(self.card_button)

        self.state_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.state_layout)

        self.problems_label = QuietLabel(ChainPage)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)

        self.main_layout.addWidget(self.problems_label)

        self.message_label = QuietLabel(ChainPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.tabs = QTabWidget(ChainPage)
        self.tabs.setObjectName(u"tabs")
        self.routes_tab = QWidget()
        self.routes_tab.setObjectName(u"routes_tab")
        self.routes_tab_layout = QVBoxLayout(self.routes_tab)
        self.routes_tab_layout.setSpacing(8)
        self.routes_tab_layout.setObjectName(u"routes_tab_layout")
        self.routes_tab_layout.setContentsMargins(8, 8, 8, 8)
        self.route_splitter = QSplitter(self.routes_tab)
        self.route_splitter.setObjectName(u"route_splitter")
        self.route_splitter.setOrientation(Qt.Vertical)
        self.route_splitter.setChildrenCollapsible(False)
        self.routes_splitter = QSplitter(self.route_splitter)
        self.routes_splitter.setObjectName(u"routes_splitter")
        self.routes_splitter.setOrientation(Qt.Horizontal)
        self.routes_splitter.setChildrenCollapsible(False)
        self.routes_panel = QWidget(self.routes_splitter)
        self.routes_panel.setObjectName(u"routes_panel")
        self.routes_layout = QVBoxLayout(self.routes_panel)
        self.routes_layout.setSpacing(8)
        self.routes_layout.setObjectName(u"routes_layout")
        self.routes_layout.setContentsMargins(0, 0, 8, 0)
        self.routes_heading_label = QLabel(self.routes_panel)
        self.routes_heading_label.setObjectName(u"routes_heading_label")

        self.routes_layout.addWidget(self.routes_heading_label)

        self.routes_view = QTableView(self.routes_panel)
        self.routes_view.setObjectName(u"routes_view")
        self.routes_view.setAlternatingRowColors(True)
        self.routes_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.routes_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.routes_view.setWordWrap(True)

        self.routes_layout.addWidget(self.routes_view)

        self.route_buttons_layout = QGridLayout()
        self.route_buttons_layout.setSpacing(6)
        self.route_buttons_layout.setObjectName(u"route_buttons_layout")
        self.route_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.new_route_button = QPushButton(self.routes_panel)
        self.new_route_button.setObjectName(u"new_route_button")

        self.route_buttons_layout.addWidget(self.new_route_button, 0, 0, 1, 1)

        self.edit_route_button = QPushButton(self.routes_panel)
        self.edit_route_button.setObjectName(u"edit_route_button")

        self.route_buttons_layout.addWidget(self.edit_route_button, 0, 1, 1, 1)

        self.remove_route_button = QPushButton(self.routes_panel)
        self.remove_route_button.setObjectName(u"remove_route_button")

        self.route_buttons_layout.addWidget(self.remove_route_button, 1, 0, 1, 1)

        self.route_move_layout = QHBoxLayout()
        self.route_move_layout.setSpacing(8)
        self.route_move_layout.setObjectName(u"route_move_layout")
        self.route_move_layout.setContentsMargins(0, 0, 0, 0)
        self.route_up_button = QPushButton(self.routes_panel)
        self.route_up_button.setObjectName(u"route_up_button")

        self.route_move_layout.addWidget(self.route_up_button)

        self.route_down_button = QPushButton(self.routes_panel)
        self.route_down_button.setObjectName(u"route_down_button")

        self.route_move_layout.addWidget(self.route_down_button)


        self.route_buttons_layout.addLayout(self.route_move_layout, 1, 1, 1, 1)


        self.routes_layout.addLayout(self.route_buttons_layout)

        self.routes_splitter.addWidget(self.routes_panel)
        self.steps_panel = QWidget(self.routes_splitter)
        self.steps_panel.setObjectName(u"steps_panel")
        self.steps_layout = QVBoxLayout(self.steps_panel)
        self.steps_layout.setSpacing(8)
        self.steps_layout.setObjectName(u"steps_layout")
        self.steps_layout.setContentsMargins(8, 0, 0, 4)
        self.steps_heading_label = QLabel(self.steps_panel)
        self.steps_heading_label.setObjectName(u"steps_heading_label")

        self.steps_layout.addWidget(self.steps_heading_label)

        self.steps_view = QTableView(self.steps_panel)
        self.steps_view.setObjectName(u"steps_view")
        self.steps_view.setAlternatingRowColors(True)
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.steps_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.steps_view.setWordWrap(True)

        self.steps_layout.addWidget(self.steps_view)

        self.step_buttons_layout = QGridLayout()
        self.step_buttons_layout.setSpacing(6)
        self.step_buttons_layout.setObjectName(u"step_buttons_layout")
        self.step_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_step_button = QPushButton(self.steps_panel)
        self.add_step_button.setObjectName(u"add_step_button")

        self.step_buttons_layout.addWidget(self.add_step_button, 0, 0, 1, 1)

        self.edit_step_button = QPushButton(self.steps_panel)
        self.edit_step_button.setObjectName(u"edit_step_button")

        self.step_buttons_layout.addWidget(self.edit_step_button, 0, 1, 1, 1)

        self.remove_step_button = QPushButton(self.steps_panel)
        self.remove_step_button.setObjectName(u"remove_step_button")

        self.step_buttons_layout.addWidget(self.remove_step_button, 0, 2, 1, 1)

        self.step_up_button = QPushButton(self.steps_panel)
        self.step_up_button.setObjectName(u"step_up_button")

        self.step_buttons_layout.addWidget(self.step_up_button, 0, 3, 1, 1)

        self.step_down_button = QPushButton(self.steps_panel)
        self.step_down_button.setObjectName(u"step_down_button")

        self.step_buttons_layout.addWidget(self.step_down_button, 0, 4, 1, 1)

        self.step_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.step_buttons_layout.addItem(self.step_buttons_spacer, 0, 5, 1, 1)

        self.link_button = QPushButton(self.steps_panel)
        self.link_button.setObjectName(u"link_button")

        self.step_buttons_layout.addWidget(self.link_button, 1, 0, 1, 1)

        self.unlink_button = QPushButton(self.steps_panel)
        self.unlink_button.setObjectName(u"unlink_button")

        self.step_buttons_layout.addWidget(self.unlink_button, 1, 1, 1, 2)


        self.steps_layout.addLayout(self.step_buttons_layout)

        self.routes_splitter.addWidget(self.steps_panel)
        self.route_splitter.addWidget(self.routes_splitter)
        self.flow_panel = QWidget(self.route_splitter)
        self.flow_panel.setObjectName(u"flow_panel")
        self.flow_layout = QVBoxLayout(self.flow_panel)
        self.flow_layout.setSpacing(8)
        self.flow_layout.setObjectName(u"flow_layout")
        self.flow_layout.setContentsMargins(0, 4, 0, 0)
        self.flow_toolbar_layout = QHBoxLayout()
        self.flow_toolbar_layout.setSpacing(6)
        self.flow_toolbar_layout.setObjectName(u"flow_toolbar_layout")
        self.flow_toolbar_layout.setContentsMargins(0, 0, 0, 0)
        self.flow_heading_label = QLabel(self.flow_panel)
        self.flow_heading_label.setObjectName(u"flow_heading_label")

        self.flow_toolbar_layout.addWidget(self.flow_heading_label)

        self.whole_chain_check = QCheckBox(self.flow_panel)
        self.whole_chain_check.setObjectName(u"whole_chain_check")

        self.flow_toolbar_layout.addWidget(self.whole_chain_check)

        self.flow_toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flow_toolbar_layout.addItem(self.flow_toolbar_spacer)

        self.zoom_out_button = QPushButton(self.flow_panel)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.flow_toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_in_button = QPushButton(self.flow_panel)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.flow_toolbar_layout.addWidget(self.zoom_in_button)

        self.zoom_fit_button = QPushButton(self.flow_panel)
        self.zoom_fit_button.setObjectName(u"zoom_fit_button")

        self.flow_toolbar_layout.addWidget(self.zoom_fit_button)


        self.flow_layout.addLayout(self.flow_toolbar_layout)

        self.flowchart_container = QWidget(self.flow_panel)
        self.flowchart_container.setObjectName(u"flowchart_container")
        self.flowchart_container_layout = QVBoxLayout(self.flowchart_container)
        self.flowchart_container_layout.setSpacing(8)
        self.flowchart_container_layout.setObjectName(u"flowchart_container_layout")
        self.flowchart_container_layout.setContentsMargins(0, 0, 0, 0)

        self.flow_layout.addWidget(self.flowchart_container)

        self.flow_layout.setStretch(1, 1)
        self.route_splitter.addWidget(self.flow_panel)

        self.routes_tab_layout.addWidget(self.route_splitter)

        self.tabs.addTab(self.routes_tab, "")
        self.members_tab = QWidget()
        self.members_tab.setObjectName(u"members_tab")
        self.members_tab_layout = QVBoxLayout(self.members_tab)
        self.members_tab_layout.setSpacing(8)
        self.members_tab_layout.setObjectName(u"members_tab_layout")
        self.members_tab_layout.setContentsMargins(8, 8, 8, 8)
        self.members_view = QTableView(self.members_tab)
        self.members_view.setObjectName(u"members_view")
        self.members_view.setAlternatingRowColors(True)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members_view.setWordWrap(True)

        self.members_tab_layout.addWidget(self.members_view)

        self.member_buttons_layout = QHBoxLayout()
        self.member_buttons_layout.setSpacing(8)
        self.member_buttons_layout.setObjectName(u"member_buttons_layout")
        self.member_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_member_button = QPushButton(self.members_tab)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_buttons_layout.addWidget(self.add_member_button)

        self.edit_member_button = QPushButton(self.members_tab)
        self.edit_member_button.setObjectName(u"edit_member_button")

        self.member_buttons_layout.addWidget(self.edit_member_button)

        self.remove_member_button = QPushButton(self.members_tab)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.member_buttons_layout.addWidget(self.remove_member_button)

        self.member_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_buttons_layout.addItem(self.member_buttons_spacer)


        self.members_tab_layout.addLayout(self.member_buttons_layout)

        self.tabs.addTab(self.members_tab, "")
        self.monitor_tab = QWidget()
        self.monitor_tab.setObjectName(u"monitor_tab")
        self.monitor_tab_layout = QVBoxLayout(self.monitor_tab)
        self.monitor_tab_layout.setSpacing(8)
        self.monitor_tab_layout.setObjectName(u"monitor_tab_layout")
        self.monitor_tab_layout.setContentsMargins(8, 8, 8, 8)
        self.monitor_container = QWidget(self.monitor_tab)
        self.monitor_container.setObjectName(u"monitor_container")
        self.monitor_container_layout = QVBoxLayout(self.monitor_container)
        self.monitor_container_layout.setSpacing(8)
        self.monitor_container_layout.setObjectName(u"monitor_container_layout")
        self.monitor_container_layout.setContentsMargins(0, 0, 0, 0)

        self.monitor_tab_layout.addWidget(self.monitor_container)

        self.tabs.addTab(self.monitor_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.main_layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.municipality_label.setBuddy(self.municipality_combo)
        self.version_label.setBuddy(self.version_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.municipality_combo, self.new_municipality_button)
        QWidget.setTabOrder(self.new_municipality_button, self.version_combo)
        QWidget.setTabOrder(self.version_combo, self.new_version_button)
        QWidget.setTabOrder(self.new_version_button, self.edit_version_button)
        QWidget.setTabOrder(self.edit_version_button, self.adopt_button)
        QWidget.setTabOrder(self.adopt_button, self.card_button)
        QWidget.setTabOrder(self.card_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.routes_view)
        QWidget.setTabOrder(self.routes_view, self.new_route_button)
        QWidget.setTabOrder(self.new_route_button, self.edit_route_button)
        QWidget.setTabOrder(self.edit_route_button, self.remove_route_button)
        QWidget.setTabOrder(self.remove_route_button, self.route_up_button)
        QWidget.setTabOrder(self.route_up_button, self.route_down_button)
        QWidget.setTabOrder(self.route_down_button, self.steps_view)
        QWidget.setTabOrder(self.steps_view, self.add_step_button)
        QWidget.setTabOrder(self.add_step_button, self.edit_step_button)
        QWidget.setTabOrder(self.edit_step_button, self.remove_step_button)
        QWidget.setTabOrder(self.remove_step_button, self.step_up_button)
        QWidget.setTabOrder(self.step_up_button, self.step_down_button)
        QWidget.setTabOrder(self.step_down_button, self.link_button)
        QWidget.setTabOrder(self.link_button, self.unlink_button)
        QWidget.setTabOrder(self.unlink_button, self.whole_chain_check)
        QWidget.setTabOrder(self.whole_chain_check, self.zoom_out_button)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        QWidget.setTabOrder(self.zoom_in_button, self.zoom_fit_button)
        QWidget.setTabOrder(self.zoom_fit_button, self.members_view)
        QWidget.setTabOrder(self.members_view, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.edit_member_button)
        QWidget.setTabOrder(self.edit_member_button, self.remove_member_button)

        self.retranslateUi(ChainPage)
    # setupUi

    def retranslateUi(self, ChainPage):
        self.title_label.setText(QCoreApplication.translate("ChainPage", u"Keten", None))
        self.municipality_label.setText(QCoreApplication.translate("ChainPage", u"&Gemeente", None))
#if QT_CONFIG(accessibility)
        self.municipality_combo.setAccessibleName(QCoreApplication.translate("ChainPage", u"Gemeente", None))
#endif // QT_CONFIG(accessibility)
        self.new_municipality_button.setText(QCoreApplication.translate("ChainPage", u"Nieuwe &gemeente\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_municipality_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Nieuwe gemeente", None))
#endif // QT_CONFIG(accessibility)
        self.version_label.setText(QCoreApplication.translate("ChainPage", u"&Versie", None))
#if QT_CONFIG(accessibility)
        self.version_combo.setAccessibleName(QCoreApplication.translate("ChainPage", u"Versie van de keten", None))
#endif // QT_CONFIG(accessibility)
        self.new_version_button.setText(QCoreApplication.translate("ChainPage", u"Nieuwe &versie\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_version_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Nieuwe versie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_version_button.setToolTip(QCoreApplication.translate("ChainPage", u"Een nieuwe versie begint als kopie van de nieuwste; geef de datum waarop zij ingaat", None))
#endif // QT_CONFIG(tooltip)
        self.edit_version_button.setText(QCoreApplication.translate("ChainPage", u"&Wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_version_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Concept wijzigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.edit_version_button.setToolTip(QCoreApplication.translate("ChainPage", u"De datum waarop dit concept ingaat en de toelichting", None))
#endif // QT_CONFIG(tooltip)
        self.adopt_button.setText(QCoreApplication.translate("ChainPage", u"Vast&stellen\u2026", None))
#if QT_CONFIG(accessibility)
        self.adopt_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Versie vaststellen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.state_label.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stand van de versie", None))
#endif // QT_CONFIG(accessibility)
        self.card_button.setText(QCoreApplication.translate("ChainPage", u"Signaleringskaart\u2026", None))
#if QT_CONFIG(accessibility)
        self.card_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Signaleringskaart maken", None))
#endif // QT_CONFIG(accessibility)
        self.routes_heading_label.setText(QCoreApplication.translate("ChainPage", u"Routes", None))
#if QT_CONFIG(accessibility)
        self.routes_view.setAccessibleName(QCoreApplication.translate("ChainPage", u"Routes van deze versie", None))
#endif // QT_CONFIG(accessibility)
        self.new_route_button.setText(QCoreApplication.translate("ChainPage", u"Nieuwe &route\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_route_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Nieuwe route", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_route_button.setToolTip(QCoreApplication.translate("ChainPage", u"Nieuwe route (Ctrl+N in de lijst)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_route_button.setText(QCoreApplication.translate("ChainPage", u"Wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_route_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Route wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_route_button.setText(QCoreApplication.translate("ChainPage", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_route_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Route verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remove_route_button.setToolTip(QCoreApplication.translate("ChainPage", u"Route verwijderen (Del in de lijst)", None))
#endif // QT_CONFIG(tooltip)
        self.route_up_button.setText(QCoreApplication.translate("ChainPage", u"Omhoog", None))
#if QT_CONFIG(accessibility)
        self.route_up_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Route omhoog", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.route_up_button.setToolTip(QCoreApplication.translate("ChainPage", u"Ctrl+Omhoog", None))
#endif // QT_CONFIG(tooltip)
        self.route_down_button.setText(QCoreApplication.translate("ChainPage", u"Omlaag", None))
#if QT_CONFIG(accessibility)
        self.route_down_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Route omlaag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.route_down_button.setToolTip(QCoreApplication.translate("ChainPage", u"Ctrl+Omlaag", None))
#endif // QT_CONFIG(tooltip)
        self.steps_heading_label.setText(QCoreApplication.translate("ChainPage", u"Stappen", None))
#if QT_CONFIG(accessibility)
        self.steps_view.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stappen van de gekozen route", None))
#endif // QT_CONFIG(accessibility)
        self.add_step_button.setText(QCoreApplication.translate("ChainPage", u"Stap &toevoegen\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_step_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stap toevoegen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_step_button.setToolTip(QCoreApplication.translate("ChainPage", u"Stap toevoegen (Ctrl+N in de stappen)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_step_button.setText(QCoreApplication.translate("ChainPage", u"Wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_step_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stap wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_step_button.setText(QCoreApplication.translate("ChainPage", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_step_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stap verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.step_up_button.setText(QCoreApplication.translate("ChainPage", u"Omhoog", None))
#if QT_CONFIG(accessibility)
        self.step_up_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stap omhoog", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.step_up_button.setToolTip(QCoreApplication.translate("ChainPage", u"Ctrl+Omhoog", None))
#endif // QT_CONFIG(tooltip)
        self.step_down_button.setText(QCoreApplication.translate("ChainPage", u"Omlaag", None))
#if QT_CONFIG(accessibility)
        self.step_down_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stap omlaag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.step_down_button.setToolTip(QCoreApplication.translate("ChainPage", u"Ctrl+Omlaag", None))
#endif // QT_CONFIG(tooltip)
        self.link_button.setText(QCoreApplication.translate("ChainPage", u"Ver&binden\u2026", None))
#if QT_CONFIG(accessibility)
        self.link_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Stap verbinden met een volgende stap", None))
#endif // QT_CONFIG(accessibility)
        self.unlink_button.setText(QCoreApplication.translate("ChainPage", u"Verbinding weghalen", None))
#if QT_CONFIG(accessibility)
        self.unlink_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Verbinding weghalen", None))
#endif // QT_CONFIG(accessibility)
        self.flow_heading_label.setText(QCoreApplication.translate("ChainPage", u"Stroomschema", None))
        self.whole_chain_check.setText(QCoreApplication.translate("ChainPage", u"&Hele keten", None))
#if QT_CONFIG(accessibility)
        self.whole_chain_check.setAccessibleName(QCoreApplication.translate("ChainPage", u"Hele keten tonen", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_out_button.setText(QCoreApplication.translate("ChainPage", u"\u2212", None))
#if QT_CONFIG(accessibility)
        self.zoom_out_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Kleiner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("ChainPage", u"Kleiner", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_in_button.setText(QCoreApplication.translate("ChainPage", u"+", None))
#if QT_CONFIG(accessibility)
        self.zoom_in_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Groter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("ChainPage", u"Groter", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_fit_button.setText(QCoreApplication.translate("ChainPage", u"Passend", None))
#if QT_CONFIG(accessibility)
        self.zoom_fit_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Passend maken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoom_fit_button.setToolTip(QCoreApplication.translate("ChainPage", u"Het hele schema in beeld", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.routes_tab), QCoreApplication.translate("ChainPage", u"Routes", None))
#if QT_CONFIG(accessibility)
        self.members_view.setAccessibleName(QCoreApplication.translate("ChainPage", u"Organisaties in de keten", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("ChainPage", u"&Organisatie toevoegen\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_member_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Organisatie toevoegen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_member_button.setToolTip(QCoreApplication.translate("ChainPage", u"Organisatie toevoegen (Ctrl+N in de lijst)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_member_button.setText(QCoreApplication.translate("ChainPage", u"Wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_member_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Organisatie wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_member_button.setText(QCoreApplication.translate("ChainPage", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_member_button.setAccessibleName(QCoreApplication.translate("ChainPage", u"Organisatie verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.members_tab), QCoreApplication.translate("ChainPage", u"Organisaties", None))
        self.tabs.setTabText(self.tabs.indexOf(self.monitor_tab), QCoreApplication.translate("ChainPage", u"Ketenmonitor", None))
        pass
    # retranslateUi
