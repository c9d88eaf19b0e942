# Generated from forms/meetings_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        MeetingsPage.resize(1200, 760)
        self.main_layout = QHBoxLayout(MeetingsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 12)
        self.splitter = QSplitter(MeetingsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_header_layout = QHBoxLayout()
        self.list_header_layout.setObjectName(u"list_header_layout")
        self.title_label = QLabel(self.list_panel)
        self.title_label.setObjectName(u"title_label")

        self.list_header_layout.addWidget(self.title_label)

        self.list_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_header_layout.addItem(self.list_header_spacer)

        self.new_meeting_button = QPushButton(self.list_panel)
        self.new_meeting_button.setObjectName(u"new_meeting_button")

        self.list_header_layout.addWidget(self.new_meeting_button)


        self.list_layout.addLayout(self.list_header_layout)

        self.meeting_view = QTableView(self.list_panel)
        self.meeting_view.setObjectName(u"meeting_view")
        self.meeting_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meeting_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meeting_view.setAlternatingRowColors(True)
        self.meeting_view.setShowGrid(False)

        self.list_layout.addWidget(self.meeting_view)

        self.splitter.addWidget(self.list_panel)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setSpacing(8)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_header_layout = QHBoxLayout()
        self.detail_header_layout.setObjectName(u"detail_header_layout")
        self.meeting_text_layout = QVBoxLayout()
        self.meeting_text_layout.setObjectName(u"meeting_text_layout")
        self.meeting_title_label = QLabel(self.detail_panel)
        self.meeting_title_label.setObjectName(u"meeting_title_label")

        self.meeting_text_layout.addWidget(self.meeting_title_label)

        self.meeting_details_label = QLabel(self.detail_panel)
        self.meeting_details_label.setObjectName(u"meeting_details_label")
        self.meeting_details_label.setWordWrap(True)

        self.meeting_text_layout.addWidget(self.meeting_details_label)


        self.detail_header_layout.addLayout(self.meeting_text_layout)

        self.detail_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detail_header_layout.addItem(self.detail_header_spacer)

        self.start_mode_button = QPushButton(self.detail_panel)
        self.start_mode_button.setObjectName(u"start_mode_button")

        self.detail_header_layout.addWidget(self.start_mode_button)


        self.detail_layout.addLayout(self.detail_header_layout)

        self.minutes_layout = QHBoxLayout()
        self.minutes_layout.setObjectName(u"minutes_layout")
        self.minutes_label = QLabel(self.detail_panel)
        self.minutes_label.setObjectName(u"minutes_label")
        self.minutes_label.setWordWrap(True)
        self.minutes_label.setTextFormat(Qt.RichText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.minutes_label.sizePolicy().hasHeightForWidth())
        self.minutes_label.setSizePolicy(sizePolicy)

        self.minutes_layout.addWidget(self.minutes_label)

        self.written_adoption_button = QPushButton(self.detail_panel)
        self.written_adoption_button.setObjectName(u"written_adoption_button")

        self.minutes_layout.addWidget(self.written_adoption_button)


        self.detail_layout.addLayout(self.minutes_layout)

        self.add_case_layout = QHBoxLayout()
        self.add_case_layout.setObjectName(u"add_case_layout")
        self.case_code_label = QLabel(self.detail_panel)
        self.case_code_label.setObjectName(u"case_code_label")

        self.add_case_layout.addWidget(self.case_code_label)

        self.case_code_edit = QLineEdit(self.detail_panel)
        self.case_code_edit.setObjectName(u"case_code_edit")

        self.add_case_layout.addWidget(self.case_code_edit)

        self.slot_spin = QSpinBox(self.detail_panel)
        self.slot_spin.setObjectName(u"slot_spin")
        self.slot_spin.setMinimum(5)
        self.slot_spin.setMaximum(240)
        self.slot_spin.setSingleStep(5)
        self.slot_spin.setValue(30)

        self.add_case_layout.addWidget(self.slot_spin)

        self.add_case_button = QPushButton(self.detail_panel)
        self.add_case_button.setObjectName(u"add_case_button")

        self.add_case_layout.addWidget(self.add_case_button)


        self.detail_layout.addLayout(self.add_case_layout)

        self.agenda_view = QTableView(self.detail_panel)
        self.agenda_view.setObjectName(u"agenda_view")
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agenda_view.setDragEnabled(True)
        self.agenda_view.setDragDropMode(QAbstractItemView.InternalMove)
        self.agenda_view.setDefaultDropAction(Qt.MoveAction)
        self.agenda_view.setShowGrid(False)
        self.agenda_view.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.detail_layout.addWidget(self.agenda_view)

        self.timing_layout = QHBoxLayout()
        self.timing_layout.setObjectName(u"timing_layout")
        self.move_up_button = QToolButton(self.detail_panel)
        self.move_up_button.setObjectName(u"move_up_button")

        self.timing_layout.addWidget(self.move_up_button)

        self.move_down_button = QToolButton(self.detail_panel)
        self.move_down_button.setObjectName(u"move_down_button")

        self.timing_layout.addWidget(self.move_down_button)

        self.timing_label = QLabel(self.detail_panel)
        self.timing_label.setObjectName(u"timing_label")

        self.timing_layout.addWidget(self.timing_label)

        self.timing_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timing_layout.addItem(self.timing_spacer)


        self.detail_layout.addLayout(self.timing_layout)

        self.error_label = QuietLabel(self.detail_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.detail_layout.addWidget(self.error_label)

        self.attendance_layout = QHBoxLayout()
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.item_partners_layout = QVBoxLayout()
        self.item_partners_layout.setObjectName(u"item_partners_layout")
        self.item_partners_label = QLabel(self.detail_panel)
        self.item_partners_label.setObjectName(u"item_partners_label")

        self.item_partners_layout.addWidget(self.item_partners_label)

        self.item_partners_view = QTableView(self.detail_panel)
        self.item_partners_view.setObjectName(u"item_partners_view")
        self.item_partners_view.setShowGrid(False)

        self.item_partners_layout.addWidget(self.item_partners_view)


        self.attendance_layout.addLayout(self.item_partners_layout)

        self.meeting_attendance_layout = QVBoxLayout()
        self.meeting_attendance_layout.setObjectName(u"meeting_attendance_layout")
        self.attendance_label = QLabel(self.detail_panel)
        self.attendance_label.setObjectName(u"attendance_label")

        self.meeting_attendance_layout.addWidget(self.attendance_label)

        self.attendance_view = QTableView(self.detail_panel)
        self.attendance_view.setObjectName(u"attendance_view")
        self.attendance_view.setShowGrid(False)

        self.meeting_attendance_layout.addWidget(self.attendance_view)


        self.attendance_layout.addLayout(self.meeting_attendance_layout)


        self.detail_layout.addLayout(self.attendance_layout)

        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.case_code_label.setBuddy(self.case_code_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meeting_view, self.new_meeting_button)
        QWidget.setTabOrder(self.new_meeting_button, self.start_mode_button)
        QWidget.setTabOrder(self.start_mode_button, self.written_adoption_button)
        QWidget.setTabOrder(self.written_adoption_button, self.case_code_edit)
        QWidget.setTabOrder(self.case_code_edit, self.slot_spin)
        QWidget.setTabOrder(self.slot_spin, self.add_case_button)
        QWidget.setTabOrder(self.add_case_button, self.agenda_view)
        QWidget.setTabOrder(self.agenda_view, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)
        QWidget.setTabOrder(self.move_down_button, self.item_partners_view)
        QWidget.setTabOrder(self.item_partners_view, self.attendance_view)

        self.retranslateUi(MeetingsPage)
    # setupUi

    def retranslateUi(self, MeetingsPage):
        self.title_label.setText(QCoreApplication.translate("MeetingsPage", u"Overleggen", None))
        self.new_meeting_button.setText(QCoreApplication.translate("MeetingsPage", u"&Nieuw overleg\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_meeting_button.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Nieuw overleg", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meeting_view.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Lijst van overleggen", None))
#endif // QT_CONFIG(accessibility)
        self.meeting_title_label.setText(QCoreApplication.translate("MeetingsPage", u"Kies een overleg", None))
        self.start_mode_button.setText(QCoreApplication.translate("MeetingsPage", u"Start &vergadermodus", None))
#if QT_CONFIG(accessibility)
        self.start_mode_button.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Start vergadermodus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.start_mode_button.setToolTip(QCoreApplication.translate("MeetingsPage", u"Open het overleg schermvullend, \u00e9\u00e9n scherm per agendapunt (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.minutes_label.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Stand van het verslag", None))
#endif // QT_CONFIG(accessibility)
        self.written_adoption_button.setText(QCoreApplication.translate("MeetingsPage", u"Verslag &schriftelijk vaststellen\u2026", None))
#if QT_CONFIG(accessibility)
        self.written_adoption_button.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Verslag schriftelijk vaststellen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.written_adoption_button.setToolTip(QCoreApplication.translate("MeetingsPage", u"Het verslag is rondgestuurd en de leden hebben ingestemd: leg de vaststelling vast zonder vergadering", None))
#endif // QT_CONFIG(tooltip)
        self.case_code_label.setText(QCoreApplication.translate("MeetingsPage", u"&Casus toevoegen", None))
        self.case_code_edit.setPlaceholderText(QCoreApplication.translate("MeetingsPage", u"Typ de casuscode of het pseudoniem en kies", None))
#if QT_CONFIG(accessibility)
        self.case_code_edit.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Casuscode om toe te voegen", None))
#endif // QT_CONFIG(accessibility)
        self.slot_spin.setSuffix(QCoreApplication.translate("MeetingsPage", u" min", None))
#if QT_CONFIG(accessibility)
        self.slot_spin.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Tijdsblok in minuten", None))
#endif // QT_CONFIG(accessibility)
        self.add_case_button.setText(QCoreApplication.translate("MeetingsPage", u"&Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.add_case_button.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Casus toevoegen aan de agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agenda_view.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.move_up_button.setText(QCoreApplication.translate("MeetingsPage", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("MeetingsPage", u"Agendapunt omhoog (Alt+Omhoog)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.move_up_button.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Agendapunt omhoog", None))
#endif // QT_CONFIG(accessibility)
        self.move_down_button.setText(QCoreApplication.translate("MeetingsPage", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("MeetingsPage", u"Agendapunt omlaag (Alt+Omlaag)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.move_down_button.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Agendapunt omlaag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timing_label.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Tijdsplanning", None))
#endif // QT_CONFIG(accessibility)
        self.item_partners_label.setText(QCoreApplication.translate("MeetingsPage", u"Uitgenodigd voor dit agendapunt (alleen wie het moet weten)", None))
#if QT_CONFIG(accessibility)
        self.item_partners_view.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Uitgenodigde partners en aanwezigheid per casus", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_label.setText(QCoreApplication.translate("MeetingsPage", u"Aanwezigheid bij het overleg", None))
#if QT_CONFIG(accessibility)
        self.attendance_view.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Aanwezigheid per ketenpartner", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
