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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(24, 16, 24, 16)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.app_title_label = QLabel(self.central_widget)
        self.app_title_label.setObjectName(u"app_title_label")

        self.header_layout.addWidget(self.app_title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.user_label = QLabel(self.central_widget)
        self.user_label.setObjectName(u"user_label")

        self.header_layout.addWidget(self.user_label)

        self.lock_button = QPushButton(self.central_widget)
        self.lock_button.setObjectName(u"lock_button")

        self.header_layout.addWidget(self.lock_button)


        self.central_layout.addLayout(self.header_layout)

        self.content_stack = QStackedWidget(self.central_widget)
        self.content_stack.setObjectName(u"content_stack")
        self.welcome_page = QWidget()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_label = QLabel(self.welcome_page)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignCenter)

        self.welcome_layout.addWidget(self.welcome_label)

        self.content_stack.addWidget(self.welcome_page)

        self.central_layout.addWidget(self.content_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Casusoverleg", None))
        self.app_title_label.setText(QCoreApplication.translate("MainWindow", u"Casusoverleg", None))
#if QT_CONFIG(accessibility)
        self.user_label.setAccessibleName(QCoreApplication.translate("MainWindow", u"Ingelogde gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.lock_button.setText(QCoreApplication.translate("MainWindow", u"Vergrendelen", None))
#if QT_CONFIG(accessibility)
        self.lock_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Kluis vergrendelen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
