# Generated from forms/incoming_package_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incoming_package_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_IncomingPackageDialog(object):
    def setupUi(self, IncomingPackageDialog):
        if not IncomingPackageDialog.objectName():
            IncomingPackageDialog.setObjectName(u"IncomingPackageDialog")
        IncomingPackageDialog.resize(680, 520)
        self.main_layout = QVBoxLayout(IncomingPackageDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(IncomingPackageDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(IncomingPackageDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setSpacing(10)
        self.file_layout.setObjectName(u"file_layout")
        self.open_button = QPushButton(IncomingPackageDialog)
        self.open_button.setObjectName(u"open_button")

        self.file_layout.addWidget(self.open_button)

        self.file_label = QLabel(IncomingPackageDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.file_layout.addWidget(self.file_label)

        self.file_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(IncomingPackageDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.message_label = QuietLabel(IncomingPackageDialog)
        self.message_label.setObjectName(u"message_label")

        self.main_layout.addWidget(self.message_label)

        self.summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.summary_spacer)

        self.error_label = QuietLabel(IncomingPackageDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.import_button = QPushButton(IncomingPackageDialog)
        self.import_button.setObjectName(u"import_button")

        self.button_layout.addWidget(self.import_button)

        self.close_button = QPushButton(IncomingPackageDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.open_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.retranslateUi(IncomingPackageDialog)
    # setupUi

    def retranslateUi(self, IncomingPackageDialog):
        IncomingPackageDialog.setWindowTitle(QCoreApplication.translate("IncomingPackageDialog", u"Pakket inlezen", None))
        self.title_label.setText(QCoreApplication.translate("IncomingPackageDialog", u"Pakket inlezen", None))
        self.intro_label.setText(QCoreApplication.translate("IncomingPackageDialog", u"Kies een pakket (.cpakket) van een gekoppelde laptop. U ziet eerst wat het meebrengt; er wordt pas iets ingelezen als u op Inlezen drukt. Wat beide laptops verschillend wijzigden, beslist u zelf.", None))
        self.open_button.setText(QCoreApplication.translate("IncomingPackageDialog", u"Pakket &kiezen\u2026", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Pakket kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("IncomingPackageDialog", u"Nog geen pakket gekozen", None))
#if QT_CONFIG(accessibility)
        self.file_label.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Gekozen pakket", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Wat het pakket meebrengt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("IncomingPackageDialog", u"&Inlezen", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Pakket inlezen", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("IncomingPackageDialog", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("IncomingPackageDialog", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
