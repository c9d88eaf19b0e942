# Generated from forms/inzage_review_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inzage_review_dialog.ui'
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
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_InzageReviewDialog(object):
    def setupUi(self, InzageReviewDialog):
        if not InzageReviewDialog.objectName():
            InzageReviewDialog.setObjectName(u"InzageReviewDialog")
        InzageReviewDialog.resize(960, 680)
        self.main_layout = QVBoxLayout(InzageReviewDialog)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 16, 20, 16)
        self.heading_label = QLabel(InzageReviewDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.summary_label = QLabel(InzageReviewDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.refusal_label = QLabel(InzageReviewDialog)
        self.refusal_label.setObjectName(u"refusal_label")
        self.refusal_label.setWordWrap(True)

        self.main_layout.addWidget(self.refusal_label)

        self.items_scroll = QScrollArea(InzageReviewDialog)
        self.items_scroll.setObjectName(u"items_scroll")
        self.items_scroll.setWidgetResizable(True)
        self.items_scroll.setMinimumSize(QSize(860, 320))
        self.items_widget = QWidget()
        self.items_widget.setObjectName(u"items_widget")
        self.items_layout = QVBoxLayout(self.items_widget)
        self.items_layout.setSpacing(10)
        self.items_layout.setObjectName(u"items_layout")
        self.items_scroll.setWidget(self.items_widget)

        self.main_layout.addWidget(self.items_scroll)

        self.message_label = QLabel(InzageReviewDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(InzageReviewDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.release_button = QPushButton(InzageReviewDialog)
        self.release_button.setObjectName(u"release_button")
        self.release_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.release_button)

        self.close_button = QPushButton(InzageReviewDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.items_scroll, self.save_button)
        QWidget.setTabOrder(self.save_button, self.release_button)
        QWidget.setTabOrder(self.release_button, self.close_button)

        self.retranslateUi(InzageReviewDialog)
    # setupUi

    def retranslateUi(self, InzageReviewDialog):
        InzageReviewDialog.setWindowTitle(QCoreApplication.translate("InzageReviewDialog", u"Inzage samenstellen", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("InzageReviewDialog", u"Samenvatting van de beoordeling", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.refusal_label.setAccessibleName(QCoreApplication.translate("InzageReviewDialog", u"Waarom de inzage niet kan worden vrijgegeven", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items_scroll.setAccessibleName(QCoreApplication.translate("InzageReviewDialog", u"Onderdelen ter beoordeling", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("InzageReviewDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("InzageReviewDialog", u"Keuzes &vastleggen", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("InzageReviewDialog", u"Keuzes vastleggen", None))
#endif // QT_CONFIG(accessibility)
        self.release_button.setText(QCoreApplication.translate("InzageReviewDialog", u"V&rijgeven\u2026", None))
#if QT_CONFIG(accessibility)
        self.release_button.setAccessibleName(QCoreApplication.translate("InzageReviewDialog", u"Inzage vrijgeven en opslaan als PDF", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("InzageReviewDialog", u"&Sluiten", None))
    # retranslateUi
