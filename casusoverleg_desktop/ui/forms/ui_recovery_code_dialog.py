# Generated from forms/recovery_code_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_code_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryCodeDialog(object):
    def setupUi(self, RecoveryCodeDialog):
        if not RecoveryCodeDialog.objectName():
            RecoveryCodeDialog.setObjectName(u"RecoveryCodeDialog")
        RecoveryCodeDialog.resize(600, 340)
        self.main_layout = QVBoxLayout(RecoveryCodeDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(RecoveryCodeDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(RecoveryCodeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.code_label = QLabel(RecoveryCodeDialog)
        self.code_label.setObjectName(u"code_label")
        self.code_label.setAlignment(Qt.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.main_layout.addWidget(self.code_label)

        self.print_layout = QHBoxLayout()
        self.print_layout.setObjectName(u"print_layout")
        self.print_button = QPushButton(RecoveryCodeDialog)
        self.print_button.setObjectName(u"print_button")

        self.print_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(RecoveryCodeDialog)
        self.pdf_button.setObjectName(u"pdf_button")

        self.print_layout.addWidget(self.pdf_button)

        self.print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_layout.addItem(self.print_spacer)


        self.main_layout.addLayout(self.print_layout)

        self.feedback_label = QLabel(RecoveryCodeDialog)
        self.feedback_label.setObjectName(u"feedback_label")
        self.feedback_label.setWordWrap(True)

        self.main_layout.addWidget(self.feedback_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RecoveryCodeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.button_box)

        self.retranslateUi(RecoveryCodeDialog)
    # setupUi

    def retranslateUi(self, RecoveryCodeDialog):
        RecoveryCodeDialog.setWindowTitle(QCoreApplication.translate("RecoveryCodeDialog", u"Nieuwe herstelcode \u2014 Casusoverleg", None))
        self.title_label.setText(QCoreApplication.translate("RecoveryCodeDialog", u"Uw nieuwe herstelcode", None))
        self.intro_label.setText(QCoreApplication.translate("RecoveryCodeDialog", u"Deze code wordt maar \u00e9\u00e9n keer getoond. Druk het herstelblad af of sla het op als PDF en bewaar het op een veilige plek, niet bij deze computer. De vorige herstelcode werkt niet meer.", None))
#if QT_CONFIG(accessibility)
        self.code_label.setAccessibleName(QCoreApplication.translate("RecoveryCodeDialog", u"Herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("RecoveryCodeDialog", u"&Afdrukken\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("RecoveryCodeDialog", u"Herstelblad afdrukken", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("RecoveryCodeDialog", u"Opslaan als &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("RecoveryCodeDialog", u"Herstelblad opslaan als PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.feedback_label.setAccessibleName(QCoreApplication.translate("RecoveryCodeDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
