# Generated from forms/outgoing_package_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outgoing_package_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_OutgoingPackageDialog(object):
    def setupUi(self, OutgoingPackageDialog):
        if not OutgoingPackageDialog.objectName():
            OutgoingPackageDialog.setObjectName(u"OutgoingPackageDialog")
        OutgoingPackageDialog.resize(640, 560)
        self.main_layout = QVBoxLayout(OutgoingPackageDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(OutgoingPackageDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.meeting_label = QLabel(OutgoingPackageDialog)
        self.meeting_label.setObjectName(u"meeting_label")
        self.meeting_label.setWordWrap(True)

        self.main_layout.addWidget(self.meeting_label)

        self.intro_label = QLabel(OutgoingPackageDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.peer_label = QLabel(OutgoingPackageDialog)
        self.peer_label.setObjectName(u"peer_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.peer_label)

        self.peer_combo = QComboBox(OutgoingPackageDialog)
        self.peer_combo.setObjectName(u"peer_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.peer_combo)


        self.main_layout.addLayout(self.form_layout)

        self.summary_label = QLabel(OutgoingPackageDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.summary_spacer)

        self.message_label = QuietLabel(OutgoingPackageDialog)
        self.message_label.setObjectName(u"message_label")

        self.main_layout.addWidget(self.message_label)

        self.error_label = QuietLabel(OutgoingPackageDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(OutgoingPackageDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.close_button = QPushButton(OutgoingPackageDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.peer_label.setBuddy(self.peer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peer_combo, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(OutgoingPackageDialog)
    # setupUi

    def retranslateUi(self, OutgoingPackageDialog):
        OutgoingPackageDialog.setWindowTitle(QCoreApplication.translate("OutgoingPackageDialog", u"Pakket maken", None))
        self.title_label.setText(QCoreApplication.translate("OutgoingPackageDialog", u"Pakket maken", None))
#if QT_CONFIG(accessibility)
        self.meeting_label.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Vergadering", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("OutgoingPackageDialog", u"Een pakket brengt wat op deze laptop over deze vergadering is vastgelegd naar een gekoppelde laptop. Het is versleuteld voor alleen die laptop en door u ondertekend; de bestandsnaam noemt geen casus en geen naam.", None))
        self.peer_label.setText(QCoreApplication.translate("OutgoingPackageDialog", u"&Voor", None))
#if QT_CONFIG(accessibility)
        self.peer_combo.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Voor welke gekoppelde laptop", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Wat het pakket meebrengt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("OutgoingPackageDialog", u"&Opslaan\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Pakket opslaan", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("OutgoingPackageDialog", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("OutgoingPackageDialog", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
