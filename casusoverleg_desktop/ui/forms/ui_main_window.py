# Generated from forms/main_window.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.header_frame = QFrame(self.central_widget)
        self.header_frame.setObjectName(u"header_frame")
        self.header_layout = QHBoxLayout(self.header_frame)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setContentsMargins(20, 10, 16, 10)
        self.app_title_label = QLabel(self.header_frame)
        self.app_title_label.setObjectName(u"app_title_label")

        self.header_layout.addWidget(self.app_title_label)

        self.header_spacer_left = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer_left)

        self.search_edit = QLineEdit(self.header_frame)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(360, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.header_layout.addWidget(self.search_edit)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.user_label = QLabel(self.header_frame)
        self.user_label.setObjectName(u"user_label")

        self.header_layout.addWidget(self.user_label)

        self.help_button = QToolButton(self.header_frame)
        self.help_button.setObjectName(u"help_button")
        self.help_button.setPopupMode(QToolButton.InstantPopup)

        self.header_layout.addWidget(self.help_button)

        self.lock_button = QPushButton(self.header_frame)
        self.lock_button.setObjectName(u"lock_button")

        self.header_layout.addWidget(self.lock_button)


        self.central_layout.addWidget(self.header_frame)

        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(0)
        self.body_layout.setObjectName(u"body_layout")
        self.nav_list = QListWidget(self.central_widget)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(190, 0))
        self.nav_list.setMaximumSize(QSize(230, 16777215))

        self.body_layout.addWidget(self.nav_list)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")

        self.body_layout.addWidget(self.page_stack)


        self.central_layout.addLayout(self.body_layout)

        MainWindow.setCentralWidget(self.central_widget)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
        QWidget.setTabOrder(self.search_edit, self.help_button)
        QWidget.setTabOrder(self.help_button, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.nav_list)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Casusoverleg", None))
        self.app_title_label.setText(QCoreApplication.translate("MainWindow", u"Casusoverleg", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Zoeken in alle casussen (Ctrl+K)", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Zoeken in alle casussen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.user_label.setAccessibleName(QCoreApplication.translate("MainWindow", u"Ingelogde gebruiker en rol", None))
#endif // QT_CONFIG(accessibility)
        self.help_button.setText(QCoreApplication.translate("MainWindow", u"Help", None))
#if QT_CONFIG(tooltip)
        self.help_button.setToolTip(QCoreApplication.translate("MainWindow", u"Sneltoetsen (F1) en over Casusoverleg Desktop", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.help_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Help", None))
#endif // QT_CONFIG(accessibility)
        self.lock_button.setText(QCoreApplication.translate("MainWindow", u"Vergrendelen", None))
#if QT_CONFIG(tooltip)
        self.lock_button.setToolTip(QCoreApplication.translate("MainWindow", u"Vergrendel de kluis (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.lock_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Kluis vergrendelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Onderdelen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
