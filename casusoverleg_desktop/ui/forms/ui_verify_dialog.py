# Generated from forms/verify_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(1180, 780)
        self.main_layout = QHBoxLayout(VerifyDialog)
        self.main_layout.setSpacing(18)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 18, 20, 18)
        self.controls_panel = QWidget(VerifyDialog)
        self.controls_panel.setObjectName(u"controls_panel")
        self.controls_panel.setMinimumSize(QSize(460, 0))
        self.controls_layout = QVBoxLayout(self.controls_panel)
        self.controls_layout.setSpacing(10)
        self.controls_layout.setObjectName(u"controls_layout")
        self.controls_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self.controls_panel)
        self.title_label.setObjectName(u"title_label")

        self.controls_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.controls_panel)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.controls_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setSpacing(10)
        self.file_layout.setObjectName(u"file_layout")
        self.open_button = QPushButton(self.controls_panel)
        self.open_button.setObjectName(u"open_button")

        self.file_layout.addWidget(self.open_button)

        self.file_label = QLabel(self.controls_panel)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.file_layout.addWidget(self.file_label)


        self.controls_layout.addLayout(self.file_layout)

        self.progress_bar = QProgressBar(self.controls_panel)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(False)

        self.controls_layout.addWidget(self.progress_bar)

        self.verdict_label = QLabel(self.controls_panel)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.controls_layout.addWidget(self.verdict_label)

        self.signatures_area = QScrollArea(self.controls_panel)
        self.signatures_area.setObjectName(u"signatures_area")
        self.signatures_area.setWidgetResizable(True)
        self.signatures_area.setFrameShape(QFrame.NoFrame)
        self.signatures_host = QWidget()
        self.signatures_host.setObjectName(u"signatures_host")
        self.signatures_layout = QVBoxLayout(self.signatures_host)
        self.signatures_layout.setSpacing(10)
        self.signatures_layout.setObjectName(u"signatures_layout")
        self.signatures_layout.setContentsMargins(0, 0, 0, 0)
        self.signatures_area.setWidget(self.signatures_host)

        self.controls_layout.addWidget(self.signatures_area)

        self.unsigned_label = QLabel(self.controls_panel)
        self.unsigned_label.setObjectName(u"unsigned_label")
        self.unsigned_label.setWordWrap(True)

        self.controls_layout.addWidget(self.unsigned_label)

        self.error_label = QuietLabel(self.controls_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.controls_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(self.controls_panel)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.controls_layout.addLayout(self.button_layout)


        self.main_layout.addWidget(self.controls_panel)

        self.preview_host = QWidget(VerifyDialog)
        self.preview_host.setObjectName(u"preview_host")
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.preview_host)

        self.main_layout.setStretch(0, 1)
        self.main_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.open_button, self.close_button)

        self.retranslateUi(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Handtekeningen controleren", None))
        self.title_label.setText(QCoreApplication.translate("VerifyDialog", u"Handtekeningen controleren", None))
        self.intro_label.setText(QCoreApplication.translate("VerifyDialog", u"Kies een ondertekende PDF, of sleep hem naar dit venster. De handtekeningen worden gecontroleerd met de certificaten die deze kluis vertrouwt.", None))
        self.open_button.setText(QCoreApplication.translate("VerifyDialog", u"&PDF kiezen\u2026", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"PDF kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("VerifyDialog", u"Nog geen bestand gekozen", None))
#if QT_CONFIG(accessibility)
        self.file_label.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Gekozen bestand", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Voortgang", None))
#endif // QT_CONFIG(accessibility)
        self.verdict_label.setText("")
#if QT_CONFIG(accessibility)
        self.verdict_label.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Oordeel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signatures_area.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Handtekeningen", None))
#endif // QT_CONFIG(accessibility)
        self.unsigned_label.setText("")
#if QT_CONFIG(accessibility)
        self.unsigned_label.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Lege handtekeningvelden", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("VerifyDialog", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
