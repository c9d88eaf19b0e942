# Generated from forms/meeting_mode_window.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_mode_window.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_MeetingModeWindow(object):
    def setupUi(self, MeetingModeWindow):
        if not MeetingModeWindow.objectName():
            MeetingModeWindow.setObjectName(u"MeetingModeWindow")
        MeetingModeWindow.resize(1440, 900)
        self.window_layout = QVBoxLayout(MeetingModeWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.window_layout.setContentsMargins(0, 0, 0, 0)
        self.window_stack = QStackedWidget(MeetingModeWindow)
        self.window_stack.setObjectName(u"window_stack")
        self.meeting_page = QWidget()
        self.meeting_page.setObjectName(u"meeting_page")
        self.meeting_layout = QVBoxLayout(self.meeting_page)
        self.meeting_layout.setSpacing(10)
        self.meeting_layout.setObjectName(u"meeting_layout")
        self.meeting_layout.setContentsMargins(20, 14, 20, 10)
        self.header_frame = QFrame(self.meeting_page)
        self.header_frame.setObjectName(u"header_frame")
        self.header_layout = QHBoxLayout(self.header_frame)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setContentsMargins(0, -1, 0, -1)
        self.title_layout = QVBoxLayout()
        self.title_layout.setSpacing(2)
        self.title_layout.setObjectName(u"title_layout")
        self.meeting_label = QLabel(self.header_frame)
        self.meeting_label.setObjectName(u"meeting_label")

        self.title_layout.addWidget(self.meeting_label)

        self.item_title_label = QLabel(self.header_frame)
        self.item_title_label.setObjectName(u"item_title_label")

        self.title_layout.addWidget(self.item_title_label)


        self.header_layout.addLayout(self.title_layout)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.closed_label = QLabel(self.header_frame)
        self.closed_label.setObjectName(u"closed_label")
        self.closed_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.closed_label.sizePolicy().hasHeightForWidth())
        self.closed_label.setSizePolicy(sizePolicy)
        self.closed_label.setMaximumSize(QSize(560, 16777215))
        self.closed_label.setAlignment(Qt.AlignLeft|Qt.AlignVCenter)

        self.header_layout.addWidget(self.closed_label)

        self.clock_layout = QVBoxLayout()
        self.clock_layout.setSpacing(2)
        self.clock_layout.setObjectName(u"clock_layout")
        self.timer_label = QLabel(self.header_frame)
        self.timer_label.setObjectName(u"timer_label")
        self.timer_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.clock_layout.addWidget(self.timer_label)

        self.clock_label = QLabel(self.header_frame)
        self.clock_label.setObjectName(u"clock_label")
        self.clock_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.clock_layout.addWidget(self.clock_label)


        self.header_layout.addLayout(self.clock_layout)


        self.meeting_layout.addWidget(self.header_frame)

        self.item_stack = QStackedWidget(self.meeting_page)
        self.item_stack.setObjectName(u"item_stack")

        self.meeting_layout.addWidget(self.item_stack)

        self.footer_frame = QFrame(self.meeting_page)
        self.footer_frame.setObjectName(u"footer_frame")
        self.footer_layout = QHBoxLayout(self.footer_frame)
        self.footer_layout.setObjectName(u"footer_layout")
        self.footer_layout.setContentsMargins(0, -1, 0, -1)
        self.previous_button = QPushButton(self.footer_frame)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.previous_button)

        self.position_label = QLabel(self.footer_frame)
        self.position_label.setObjectName(u"position_label")

        self.footer_layout.addWidget(self.position_label)

        self.next_button = QPushButton(self.footer_frame)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.next_button)

        self.keys_label = QLabel(self.footer_frame)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.keys_label.sizePolicy().hasHeightForWidth())
        self.keys_label.setSizePolicy(sizePolicy1)

        self.footer_layout.addWidget(self.keys_label)

        self.large_check = QCheckBox(self.footer_frame)
        self.large_check.setObjectName(u"large_check")
        self.large_check.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.large_check)

        self.blank_button = QPushButton(self.footer_frame)
        self.blank_button.setObjectName(u"blank_button")
        self.blank_button.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.blank_button)

        self.full_screen_button = QPushButton(self.footer_frame)
        self.full_screen_button.setObjectName(u"full_screen_button")
        self.full_screen_button.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.full_screen_button)

        self.lock_button = QPushButton(self.footer_frame)
        self.lock_button.setObjectName(u"lock_button")
        self.lock_button.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.lock_button)

        self.close_button = QPushButton(self.footer_frame)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setFocusPolicy(Qt.NoFocus)

        self.footer_layout.addWidget(self.close_button)


        self.meeting_layout.addWidget(self.footer_frame)

        self.window_stack.addWidget(self.meeting_page)
        self.blank_page = QWidget()
        self.blank_page.setObjectName(u"blank_page")
        self.blank_layout = QVBoxLayout(self.blank_page)
        self.blank_layout.setObjectName(u"blank_layout")
        self.blank_label = QLabel(self.blank_page)
        self.blank_label.setObjectName(u"blank_label")
        self.blank_label.setAlignment(Qt.AlignCenter)

        self.blank_layout.addWidget(self.blank_label)

        self.window_stack.addWidget(self.blank_page)

        self.window_layout.addWidget(self.window_stack)


        self.retranslateUi(MeetingModeWindow)
    # setupUi

    def retranslateUi(self, MeetingModeWindow):
        MeetingModeWindow.setWindowTitle(QCoreApplication.translate("MeetingModeWindow", u"Vergadermodus \u2014 Casusoverleg", None))
#if QT_CONFIG(accessibility)
        self.item_title_label.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Huidig agendapunt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closed_label.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Stand van de vergadering", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timer_label.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Tijd voor dit agendapunt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clock_label.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Klok en geplande eindtijd", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("MeetingModeWindow", u"\u25c0 Vorige", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("MeetingModeWindow", u"Vorig agendapunt (PgUp of Ctrl+Links)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_button.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Vorig agendapunt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.position_label.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Positie in de agenda", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("MeetingModeWindow", u"Volgende \u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("MeetingModeWindow", u"Volgend agendapunt (PgDn of Ctrl+Rechts)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Volgend agendapunt", None))
#endif // QT_CONFIG(accessibility)
        self.large_check.setText(QCoreApplication.translate("MeetingModeWindow", u"Grote letters", None))
#if QT_CONFIG(tooltip)
        self.large_check.setToolTip(QCoreApplication.translate("MeetingModeWindow", u"Grotere letters voor de beamer (Ctrl+=)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.large_check.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Grote letters", None))
#endif // QT_CONFIG(accessibility)
        self.blank_button.setText(QCoreApplication.translate("MeetingModeWindow", u"Leeg (F7)", None))
#if QT_CONFIG(accessibility)
        self.blank_button.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Scherm leeg maken", None))
#endif // QT_CONFIG(accessibility)
        self.full_screen_button.setText(QCoreApplication.translate("MeetingModeWindow", u"Volledig (F11)", None))
#if QT_CONFIG(accessibility)
        self.full_screen_button.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Volledig scherm", None))
#endif // QT_CONFIG(accessibility)
        self.lock_button.setText(QCoreApplication.translate("MeetingModeWindow", u"Vergrendel (Ctrl+L)", None))
#if QT_CONFIG(accessibility)
        self.lock_button.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Vergrendelen", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("MeetingModeWindow", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Vergadermodus sluiten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.blank_page.setAccessibleName(QCoreApplication.translate("MeetingModeWindow", u"Leeg scherm", None))
#endif // QT_CONFIG(accessibility)
        self.blank_label.setText("")
    # retranslateUi
