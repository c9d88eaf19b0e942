# Generated from forms/balance_sheet.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'balance_sheet.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.balance.list_editor import ListEditor

class Ui_BalanceSheetForm(object):
    def setupUi(self, BalanceSheetForm):
        if not BalanceSheetForm.objectName():
            BalanceSheetForm.setObjectName(u"BalanceSheetForm")
        BalanceSheetForm.resize(1500, 950)
        self.main_layout = QVBoxLayout(BalanceSheetForm)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(8, 8, 8, 8)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(BalanceSheetForm)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.version_label = QLabel(BalanceSheetForm)
        self.version_label.setObjectName(u"version_label")

        self.header_layout.addWidget(self.version_label)

        self.header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.counts_label = QLabel(BalanceSheetForm)
        self.counts_label.setObjectName(u"counts_label")

        self.header_layout.addWidget(self.counts_label)


        self.main_layout.addLayout(self.header_layout)

        self.main_splitter = QSplitter(BalanceSheetForm)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Vertical)
        self.main_splitter.setChildrenCollapsible(False)
        self.columns_area = QWidget(self.main_splitter)
        self.columns_area.setObjectName(u"columns_area")
        self.columns_layout = QHBoxLayout(self.columns_area)
        self.columns_layout.setObjectName(u"columns_layout")
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter.addWidget(self.columns_area)
        self.weighing_area = QWidget(self.main_splitter)
        self.weighing_area.setObjectName(u"weighing_area")
        self.weighing_layout = QHBoxLayout(self.weighing_area)
        self.weighing_layout.setObjectName(u"weighing_layout")
        self.weighing_layout.setContentsMargins(0, 0, 0, 0)
        self.weighing_group = QGroupBox(self.weighing_area)
        self.weighing_group.setObjectName(u"weighing_group")
        self.weighing_group_layout = QHBoxLayout(self.weighing_group)
        self.weighing_group_layout.setObjectName(u"weighing_group_layout")
        self.scale_placeholder = QWidget(self.weighing_group)
        self.scale_placeholder.setObjectName(u"scale_placeholder")
        self.scale_layout = QVBoxLayout(self.scale_placeholder)
        self.scale_layout.setObjectName(u"scale_layout")
        self.scale_layout.setContentsMargins(0, 0, 0, 0)

        self.weighing_group_layout.addWidget(self.scale_placeholder)

        self.weighing_inputs_layout = QVBoxLayout()
        self.weighing_inputs_layout.setSpacing(4)
        self.weighing_inputs_layout.setObjectName(u"weighing_inputs_layout")
        self.priority_label = QLabel(self.weighing_group)
        self.priority_label.setObjectName(u"priority_label")

        self.weighing_inputs_layout.addWidget(self.priority_label)

        self.priority_safety = QRadioButton(self.weighing_group)
        self.priority_safety.setObjectName(u"priority_safety")

        self.weighing_inputs_layout.addWidget(self.priority_safety)

        self.priority_balance = QRadioButton(self.weighing_group)
        self.priority_balance.setObjectName(u"priority_balance")

        self.weighing_inputs_layout.addWidget(self.priority_balance)

        self.priority_care = QRadioButton(self.weighing_group)
        self.priority_care.setObjectName(u"priority_care")

        self.weighing_inputs_layout.addWidget(self.priority_care)

        self.rationale_label = QLabel(self.weighing_group)
        self.rationale_label.setObjectName(u"rationale_label")

        self.weighing_inputs_layout.addWidget(self.rationale_label)

        self.rationale_edit = QPlainTextEdit(self.weighing_group)
        self.rationale_edit.setObjectName(u"rationale_edit")
        self.rationale_edit.setTabChangesFocus(True)

        self.weighing_inputs_layout.addWidget(self.rationale_edit)

        self.weighing_error_label = QLabel(self.weighing_group)
        self.weighing_error_label.setObjectName(u"weighing_error_label")
        self.weighing_error_label.setWordWrap(True)

        self.weighing_inputs_layout.addWidget(self.weighing_error_label)

        self.weighing_buttons_layout = QHBoxLayout()
        self.weighing_buttons_layout.setObjectName(u"weighing_buttons_layout")
        self.weighing_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weighing_buttons_layout.addItem(self.weighing_spacer)

        self.weighing_state_label = QLabel(self.weighing_group)
        self.weighing_state_label.setObjectName(u"weighing_state_label")

        self.weighing_buttons_layout.addWidget(self.weighing_state_label)

        self.save_weighing_button = QPushButton(self.weighing_group)
        self.save_weighing_button.setObjectName(u"save_weighing_button")

        self.weighing_buttons_layout.addWidget(self.save_weighing_button)


        self.weighing_inputs_layout.addLayout(self.weighing_buttons_layout)


        self.weighing_group_layout.addLayout(self.weighing_inputs_layout)

        self.weighing_group_layout.setStretch(0, 3)
        self.weighing_group_layout.setStretch(1, 2)

        self.weighing_layout.addWidget(self.weighing_group)

        self.details_tabs = QTabWidget(self.weighing_area)
        self.details_tabs.setObjectName(u"details_tabs")
        self.scale_tab = QWidget()
        self.scale_tab.setObjectName(u"scale_tab")
        self.scale_tab_layout = QVBoxLayout(self.scale_tab)
        self.scale_tab_layout.setObjectName(u"scale_tab_layout")
        self.anchors_label = QLabel(self.scale_tab)
        self.anchors_label.setObjectName(u"anchors_label")
        self.anchors_label.setWordWrap(True)

        self.scale_tab_layout.addWidget(self.anchors_label)

        self.ratings_view = QTableView(self.scale_tab)
        self.ratings_view.setObjectName(u"ratings_view")

        self.scale_tab_layout.addWidget(self.ratings_view)

        self.consensus_layout = QHBoxLayout()
        self.consensus_layout.setObjectName(u"consensus_layout")
        self.consensus_label = QLabel(self.scale_tab)
        self.consensus_label.setObjectName(u"consensus_label")

        self.consensus_layout.addWidget(self.consensus_label)

        self.consensus_spin = QSpinBox(self.scale_tab)
        self.consensus_spin.setObjectName(u"consensus_spin")
        self.consensus_spin.setMinimum(-1)
        self.consensus_spin.setMaximum(10)
        self.consensus_spin.setValue(-1)

        self.consensus_layout.addWidget(self.consensus_spin)

        self.consensus_hint = QLabel(self.scale_tab)
        self.consensus_hint.setObjectName(u"consensus_hint")

        self.consensus_layout.addWidget(self.consensus_hint)

        self.consensus_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consensus_layout.addItem(self.consensus_spacer)


        self.scale_tab_layout.addLayout(self.consensus_layout)

        self.details_tabs.addTab(self.scale_tab, "")
        self.measures_tab = ListEditor()
        self.measures_tab.setObjectName(u"measures_tab")
        self.measures_tab_layout = QVBoxLayout(self.measures_tab)
        self.measures_tab_layout.setObjectName(u"measures_tab_layout")
        self.measures_list = QListWidget(self.measures_tab)
        self.measures_list.setObjectName(u"measures_list")

        self.measures_tab_layout.addWidget(self.measures_list)

        self.measure_form_layout = QGridLayout()
        self.measure_form_layout.setObjectName(u"measure_form_layout")
        self.measure_kind_combo = QComboBox(self.measures_tab)
        self.measure_kind_combo.setObjectName(u"measure_kind_combo")

        self.measure_form_layout.addWidget(self.measure_kind_combo, 0, 0, 1, 1)

        self.measure_edit = QLineEdit(self.measures_tab)
        self.measure_edit.setObjectName(u"measure_edit")

        self.measure_form_layout.addWidget(self.measure_edit, 0, 1, 1, 3)

        self.coercive_check = QCheckBox(self.measures_tab)
        self.coercive_check.setObjectName(u"coercive_check")

        self.measure_form_layout.addWidget(self.coercive_check, 1, 0, 1, 1)

        self.measure_status_combo = QComboBox(self.measures_tab)
        self.measure_status_combo.setObjectName(u"measure_status_combo")

        self.measure_form_layout.addWidget(self.measure_status_combo, 1, 1, 1, 1)

        self.measure_action_combo = QComboBox(self.measures_tab)
        self.measure_action_combo.setObjectName(u"measure_action_combo")

        self.measure_form_layout.addWidget(self.measure_action_combo, 1, 2, 1, 1)

        self.add_measure_button = QPushButton(self.measures_tab)
        self.add_measure_button.setObjectName(u"add_measure_button")

        self.measure_form_layout.addWidget(self.add_measure_button, 1, 3, 1, 1)


        self.measures_tab_layout.addLayout(self.measure_form_layout)

        self.measure_buttons_layout = QHBoxLayout()
        self.measure_buttons_layout.setObjectName(u"measure_buttons_layout")
        self.measure_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measure_buttons_layout.addItem(self.measure_spacer)

        self.remove_measure_button = QPushButton(self.measures_tab)
        self.remove_measure_button.setObjectName(u"remove_measure_button")

        self.measure_buttons_layout.addWidget(self.remove_measure_button)


        self.measures_tab_layout.addLayout(self.measure_buttons_layout)

        self.details_tabs.addTab(self.measures_tab, "")
        self.dissent_tab = ListEditor()
        self.dissent_tab.setObjectName(u"dissent_tab")
        self.dissent_tab_layout = QVBoxLayout(self.dissent_tab)
        self.dissent_tab_layout.setObjectName(u"dissent_tab_layout")
        self.dissent_list = QListWidget(self.dissent_tab)
        self.dissent_list.setObjectName(u"dissent_list")

        self.dissent_tab_layout.addWidget(self.dissent_list)

        self.dissent_form_layout = QGridLayout()
        self.dissent_form_layout.setObjectName(u"dissent_form_layout")
        self.dissent_partner_combo = QComboBox(self.dissent_tab)
        self.dissent_partner_combo.setObjectName(u"dissent_partner_combo")

        self.dissent_form_layout.addWidget(self.dissent_partner_combo, 0, 0, 1, 1)

        self.dissent_position_edit = QLineEdit(self.dissent_tab)
        self.dissent_position_edit.setObjectName(u"dissent_position_edit")

        self.dissent_form_layout.addWidget(self.dissent_position_edit, 0, 1, 1, 1)

        self.dissent_reason_edit = QLineEdit(self.dissent_tab)
        self.dissent_reason_edit.setObjectName(u"dissent_reason_edit")

        self.dissent_form_layout.addWidget(self.dissent_reason_edit, 1, 1, 1, 1)

        self.add_dissent_button = QPushButton(self.dissent_tab)
        self.add_dissent_button.setObjectName(u"add_dissent_button")

        self.dissent_form_layout.addWidget(self.add_dissent_button, 1, 0, 1, 1)


        self.dissent_tab_layout.addLayout(self.dissent_form_layout)

        self.dissent_buttons_layout = QHBoxLayout()
        self.dissent_buttons_layout.setObjectName(u"dissent_buttons_layout")
        self.dissent_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dissent_buttons_layout.addItem(self.dissent_spacer)

        self.remove_dissent_button = QPushButton(self.dissent_tab)
        self.remove_dissent_button.setObjectName(u"remove_dissent_button")

        self.dissent_buttons_layout.addWidget(self.remove_dissent_button)


        self.dissent_tab_layout.addLayout(self.dissent_buttons_layout)

        self.details_tabs.addTab(self.dissent_tab, "")
        self.proportionality_tab = QWidget()
        self.proportionality_tab.setObjectName(u"proportionality_tab")
        self.proportionality_tab_layout = QVBoxLayout(self.proportionality_tab)
        self.proportionality_tab_layout.setObjectName(u"proportionality_tab_layout")
        self.proportionality_hint = QLabel(self.proportionality_tab)
        self.proportionality_hint.setObjectName(u"proportionality_hint")
        self.proportionality_hint.setWordWrap(True)

        self.proportionality_tab_layout.addWidget(self.proportionality_hint)

        self.proportionality_edit = QPlainTextEdit(self.proportionality_tab)
        self.proportionality_edit.setObjectName(u"proportionality_edit")
        self.proportionality_edit.setTabChangesFocus(True)

        self.proportionality_tab_layout.addWidget(self.proportionality_edit)

        self.proportionality_buttons_layout = QHBoxLayout()
        self.proportionality_buttons_layout.setObjectName(u"proportionality_buttons_layout")
        self.proportionality_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proportionality_buttons_layout.addItem(self.proportionality_spacer)

        self.save_proportionality_button = QPushButton(self.proportionality_tab)
        self.save_proportionality_button.setObjectName(u"save_proportionality_button")

        self.proportionality_buttons_layout.addWidget(self.save_proportionality_button)


        self.proportionality_tab_layout.addLayout(self.proportionality_buttons_layout)

        self.details_tabs.addTab(self.proportionality_tab, "")
        self.assessments_tab = ListEditor()
        self.assessments_tab.setObjectName(u"assessments_tab")
        self.assessments_tab_layout = QVBoxLayout(self.assessments_tab)
        self.assessments_tab_layout.setObjectName(u"assessments_tab_layout")
        self.assessments_hint = QLabel(self.assessments_tab)
        self.assessments_hint.setObjectName(u"assessments_hint")
        self.assessments_hint.setWordWrap(True)

        self.assessments_tab_layout.addWidget(self.assessments_hint)

        self.assessments_list = QListWidget(self.assessments_tab)
        self.assessments_list.setObjectName(u"assessments_list")

        self.assessments_tab_layout.addWidget(self.assessments_list)

        self.assessment_form_layout = QGridLayout()
        self.assessment_form_layout.setObjectName(u"assessment_form_layout")
        self.instrument_combo = QComboBox(self.assessments_tab)
        self.instrument_combo.setObjectName(u"instrument_combo")
        self.instrument_combo.setEditable(True)

        self.assessment_form_layout.addWidget(self.instrument_combo, 0, 0, 1, 1)

        self.organisation_edit = QLineEdit(self.assessments_tab)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.assessment_form_layout.addWidget(self.organisation_edit, 0, 1, 1, 1)

        self.assessed_on_edit = QDateEdit(self.assessments_tab)
        self.assessed_on_edit.setObjectName(u"assessed_on_edit")
        self.assessed_on_edit.setCalendarPopup(True)

        self.assessment_form_layout.addWidget(self.assessed_on_edit, 0, 2, 1, 1)

        self.summary_edit = QLineEdit(self.assessments_tab)
        self.summary_edit.setObjectName(u"summary_edit")

        self.assessment_form_layout.addWidget(self.summary_edit, 1, 0, 1, 2)

        self.add_assessment_button = QPushButton(self.assessments_tab)
        self.add_assessment_button.setObjectName(u"add_assessment_button")

        self.assessment_form_layout.addWidget(self.add_assessment_button, 1, 2, 1, 1)


        self.assessments_tab_layout.addLayout(self.assessment_form_layout)

        self.assessment_buttons_layout = QHBoxLayout()
        self.assessment_buttons_layout.setObjectName(u"assessment_buttons_layout")
        self.assessment_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessment_buttons_layout.addItem(self.assessment_spacer)

        self.remove_assessment_button = QPushButton(self.assessments_tab)
        self.remove_assessment_button.setObjectName(u"remove_assessment_button")

        self.assessment_buttons_layout.addWidget(self.remove_assessment_button)


        self.assessments_tab_layout.addLayout(self.assessment_buttons_layout)

        self.details_tabs.addTab(self.assessments_tab, "")
        self.questions_tab = ListEditor()
        self.questions_tab.setObjectName(u"questions_tab")
        self.questions_tab_layout = QVBoxLayout(self.questions_tab)
        self.questions_tab_layout.setObjectName(u"questions_tab_layout")
        self.questions_list = QListWidget(self.questions_tab)
        self.questions_list.setObjectName(u"questions_list")

        self.questions_tab_layout.addWidget(self.questions_list)

        self.question_form_layout = QHBoxLayout()
        self.question_form_layout.setObjectName(u"question_form_layout")
        self.question_edit = QLineEdit(self.questions_tab)
        self.question_edit.setObjectName(u"question_edit")

        self.question_form_layout.addWidget(self.question_edit)

        self.add_question_button = QPushButton(self.questions_tab)
        self.add_question_button.setObjectName(u"add_question_button")

        self.question_form_layout.addWidget(self.add_question_button)

        self.remove_question_button = QPushButton(self.questions_tab)
        self.remove_question_button.setObjectName(u"remove_question_button")

        self.question_form_layout.addWidget(self.remove_question_button)


        self.questions_tab_layout.addLayout(self.question_form_layout)

        self.details_tabs.addTab(self.questions_tab, "")

        self.weighing_layout.addWidget(self.details_tabs)

        self.main_splitter.addWidget(self.weighing_area)

        self.main_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.rationale_label.setBuddy(self.rationale_edit)
        self.consensus_label.setBuddy(self.consensus_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.priority_safety, self.priority_balance)
        QWidget.setTabOrder(self.priority_balance, self.priority_care)
        QWidget.setTabOrder(self.priority_care, self.rationale_edit)
        QWidget.setTabOrder(self.rationale_edit, self.save_weighing_button)
        QWidget.setTabOrder(self.save_weighing_button, self.details_tabs)
        QWidget.setTabOrder(self.details_tabs, self.ratings_view)
        QWidget.setTabOrder(self.ratings_view, self.consensus_spin)
        QWidget.setTabOrder(self.consensus_spin, self.measures_list)
        QWidget.setTabOrder(self.measures_list, self.measure_kind_combo)
        QWidget.setTabOrder(self.measure_kind_combo, self.measure_edit)
        QWidget.setTabOrder(self.measure_edit, self.coercive_check)
        QWidget.setTabOrder(self.coercive_check, self.measure_status_combo)
        QWidget.setTabOrder(self.measure_status_combo, self.measure_action_combo)
        QWidget.setTabOrder(self.measure_action_combo, self.add_measure_button)
        QWidget.setTabOrder(self.add_measure_button, self.remove_measure_button)
        QWidget.setTabOrder(self.remove_measure_button, self.dissent_list)
        QWidget.setTabOrder(self.dissent_list, self.dissent_partner_combo)
        QWidget.setTabOrder(self.dissent_partner_combo, self.dissent_position_edit)
        QWidget.setTabOrder(self.dissent_position_edit, self.dissent_reason_edit)
        QWidget.setTabOrder(self.dissent_reason_edit, self.add_dissent_button)
        QWidget.setTabOrder(self.add_dissent_button, self.remove_dissent_button)
        QWidget.setTabOrder(self.remove_dissent_button, self.proportionality_edit)
        QWidget.setTabOrder(self.proportionality_edit, self.save_proportionality_button)
        QWidget.setTabOrder(self.save_proportionality_button, self.assessments_list)
        QWidget.setTabOrder(self.assessments_list, self.instrument_combo)
        QWidget.setTabOrder(self.instrument_combo, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.assessed_on_edit)
        QWidget.setTabOrder(self.assessed_on_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.add_assessment_button)
        QWidget.setTabOrder(self.add_assessment_button, self.remove_assessment_button)
        QWidget.setTabOrder(self.remove_assessment_button, self.questions_list)
        QWidget.setTabOrder(self.questions_list, self.question_edit)
        QWidget.setTabOrder(self.question_edit, self.add_question_button)
        QWidget.setTabOrder(self.add_question_button, self.remove_question_button)

        self.retranslateUi(BalanceSheetForm)

        self.details_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, BalanceSheetForm):
        BalanceSheetForm.setWindowTitle(QCoreApplication.translate("BalanceSheetForm", u"Balans", None))
        self.title_label.setText(QCoreApplication.translate("BalanceSheetForm", u"Balans", None))
        self.version_label.setText("")
#if QT_CONFIG(accessibility)
        self.version_label.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Versie en vergadering", None))
#endif // QT_CONFIG(accessibility)
        self.counts_label.setText("")
#if QT_CONFIG(accessibility)
        self.counts_label.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Aantallen per kolom, ter informatie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.counts_label.setToolTip(QCoreApplication.translate("BalanceSheetForm", u"Ter informatie: de aantallen bepalen niets; de voorzitter kiest de prioriteit.", None))
#endif // QT_CONFIG(tooltip)
        self.weighing_group.setTitle(QCoreApplication.translate("BalanceSheetForm", u"D. Afweging \u2014 keuze van de voorzitter", None))
        self.priority_label.setText(QCoreApplication.translate("BalanceSheetForm", u"Prioriteit:", None))
        self.priority_safety.setText(QCoreApplication.translate("BalanceSheetForm", u"Veiligh&eid voorop", None))
#if QT_CONFIG(accessibility)
        self.priority_safety.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Prioriteit: veiligheid voorop", None))
#endif // QT_CONFIG(accessibility)
        self.priority_balance.setText(QCoreApplication.translate("BalanceSheetForm", u"In &balans", None))
#if QT_CONFIG(accessibility)
        self.priority_balance.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Prioriteit: in balans", None))
#endif // QT_CONFIG(accessibility)
        self.priority_care.setText(QCoreApplication.translate("BalanceSheetForm", u"&Zorg voorop", None))
#if QT_CONFIG(accessibility)
        self.priority_care.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Prioriteit: zorg voorop", None))
#endif // QT_CONFIG(accessibility)
        self.rationale_label.setText(QCoreApplication.translate("BalanceSheetForm", u"&Motivering (verplicht)", None))
        self.rationale_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Waarom weegt dit nu zwaarder?", None))
#if QT_CONFIG(accessibility)
        self.rationale_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Motivering van de prioriteit", None))
#endif // QT_CONFIG(accessibility)
        self.weighing_error_label.setText("")
        self.weighing_state_label.setText(QCoreApplication.translate("BalanceSheetForm", u"niet opgeslagen", None))
#if QT_CONFIG(tooltip)
        self.weighing_state_label.setToolTip(QCoreApplication.translate("BalanceSheetForm", u"Prioriteit of motivering is gewijzigd en nog niet vastgelegd: Afweging vastleggen (Ctrl+Enter).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.weighing_state_label.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Afweging niet opgeslagen", None))
#endif // QT_CONFIG(accessibility)
        self.save_weighing_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Afweging vastleggen", None))
#if QT_CONFIG(tooltip)
        self.save_weighing_button.setToolTip(QCoreApplication.translate("BalanceSheetForm", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.save_weighing_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Afweging vastleggen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details_tabs.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Schaalvraag, maatregelen, afwijkende meningen, proportionaliteit, taxaties en open vragen", None))
#endif // QT_CONFIG(accessibility)
        self.anchors_label.setText(QCoreApplication.translate("BalanceSheetForm", u"0 = zo onveilig dat direct ingrijpen nodig is \u00b7 10 = veilig en stabiel genoeg om de casus af te sluiten", None))
#if QT_CONFIG(accessibility)
        self.ratings_view.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Score per partner", None))
#endif // QT_CONFIG(accessibility)
        self.consensus_label.setText(QCoreApplication.translate("BalanceSheetForm", u"&Consensusscore:", None))
        self.consensus_spin.setSpecialValueText(QCoreApplication.translate("BalanceSheetForm", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.consensus_spin.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Consensusscore", None))
#endif // QT_CONFIG(accessibility)
        self.consensus_hint.setText(QCoreApplication.translate("BalanceSheetForm", u"ingevoerd door de tafel, nooit berekend", None))
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.scale_tab), QCoreApplication.translate("BalanceSheetForm", u"E. Schaalvraag", None))
#if QT_CONFIG(accessibility)
        self.measures_list.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Begrenzende en ondersteunende maatregelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measure_kind_combo.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Soort maatregel", None))
#endif // QT_CONFIG(accessibility)
        self.measure_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Maatregel\u2026", None))
#if QT_CONFIG(accessibility)
        self.measure_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Maatregel", None))
#endif // QT_CONFIG(accessibility)
        self.coercive_check.setText(QCoreApplication.translate("BalanceSheetForm", u"D&wangmaatregel", None))
#if QT_CONFIG(accessibility)
        self.coercive_check.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Dwangmaatregel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measure_status_combo.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Status van de maatregel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measure_action_combo.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Gekoppeld actiepunt", None))
#endif // QT_CONFIG(accessibility)
        self.add_measure_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.add_measure_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Maatregel toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_measure_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_measure_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Maatregel verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.measures_tab), QCoreApplication.translate("BalanceSheetForm", u"Maatregelen", None))
#if QT_CONFIG(accessibility)
        self.dissent_list.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Afwijkende meningen per partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dissent_partner_combo.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Partner met afwijkende mening", None))
#endif // QT_CONFIG(accessibility)
        self.dissent_position_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Standpunt\u2026", None))
#if QT_CONFIG(accessibility)
        self.dissent_position_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Standpunt", None))
#endif // QT_CONFIG(accessibility)
        self.dissent_reason_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Reden\u2026", None))
#if QT_CONFIG(accessibility)
        self.dissent_reason_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Reden", None))
#endif // QT_CONFIG(accessibility)
        self.add_dissent_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.add_dissent_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Afwijkende mening toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_dissent_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_dissent_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Afwijkende mening verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.dissent_tab), QCoreApplication.translate("BalanceSheetForm", u"Afwijkende meningen", None))
        self.proportionality_hint.setText(QCoreApplication.translate("BalanceSheetForm", u"Is een minder ingrijpende route mogelijk, en zo ja: waarom wordt die niet gekozen? Verplicht zodra een dwangmaatregel is voorgesteld, ingezet of afgewezen.", None))
#if QT_CONFIG(accessibility)
        self.proportionality_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Proportionaliteit en subsidiariteit", None))
#endif // QT_CONFIG(accessibility)
        self.save_proportionality_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Opslaan", None))
#if QT_CONFIG(accessibility)
        self.save_proportionality_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Proportionaliteit opslaan", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.proportionality_tab), QCoreApplication.translate("BalanceSheetForm", u"F. Proportionaliteit", None))
        self.assessments_hint.setText(QCoreApplication.translate("BalanceSheetForm", u"Alleen een verwijzing: instrument, organisatie, datum en de strekking van de conclusie. Nooit items of scores van gelicentieerde instrumenten.", None))
#if QT_CONFIG(accessibility)
        self.assessments_list.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Verwijzingen naar formele taxaties", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.instrument_combo.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Instrument", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Organisatie\u2026", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.assessed_on_edit.setDisplayFormat(QCoreApplication.translate("BalanceSheetForm", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.assessed_on_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Datum van de taxatie", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Strekking van de conclusie\u2026", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Samenvatting van de conclusie", None))
#endif // QT_CONFIG(accessibility)
        self.add_assessment_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.add_assessment_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Verwijzing toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_assessment_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_assessment_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Verwijzing verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.assessments_tab), QCoreApplication.translate("BalanceSheetForm", u"G. Formele taxaties", None))
#if QT_CONFIG(accessibility)
        self.questions_list.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Open vragen en ontbrekende informatie", None))
#endif // QT_CONFIG(accessibility)
        self.question_edit.setPlaceholderText(QCoreApplication.translate("BalanceSheetForm", u"Open vraag of ontbrekende informatie\u2026 (Enter)", None))
#if QT_CONFIG(accessibility)
        self.question_edit.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Nieuwe open vraag", None))
#endif // QT_CONFIG(accessibility)
        self.add_question_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.add_question_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Open vraag toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.remove_question_button.setText(QCoreApplication.translate("BalanceSheetForm", u"Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_question_button.setAccessibleName(QCoreApplication.translate("BalanceSheetForm", u"Open vraag verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.questions_tab), QCoreApplication.translate("BalanceSheetForm", u"H. Open vragen", None))
    # retranslateUi
