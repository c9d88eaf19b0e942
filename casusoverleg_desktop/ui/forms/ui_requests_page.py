# Generated from forms/requests_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_RequestsPage(object):
    def setupUi(self, RequestsPage):
        if not RequestsPage.objectName():
            RequestsPage.setObjectName(u"RequestsPage")
        RequestsPage.resize(1100, 700)
        self.main_layout = QVBoxLayout(RequestsPage)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(8)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(RequestsPage)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.new_button = QPushButton(RequestsPage)
        self.new_button.setObjectName(u"new_button")

        self.title_layout.addWidget(self.new_button)


        self.main_layout.addLayout(self.title_layout)

        self.hint_label = QLabel(RequestsPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.splitter = QSplitter(RequestsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.requests_view = QTableView(self.splitter)
        self.requests_view.setObjectName(u"requests_view")
        self.requests_view.setAlternatingRowColors(True)
        self.requests_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requests_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.splitter.addWidget(self.requests_view)
        self.detail_scroll = QScrollArea(self.splitter)
        self.detail_scroll.setObjectName(u"detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.NoFrame)
        self.detail_widget = QWidget()
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setSpacing(8)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(self.detail_widget)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.RichText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.detail_layout.addWidget(self.detail_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.start_button = QPushButton(self.detail_widget)
        self.start_button.setObjectName(u"start_button")

        self.buttons_layout.addWidget(self.start_button)

        self.extend_button = QPushButton(self.detail_widget)
        self.extend_button.setObjectName(u"extend_button")

        self.buttons_layout.addWidget(self.extend_button)

        self.position_button = QPushButton(self.detail_widget)
        self.position_button.setObjectName(u"position_button")

        self.buttons_layout.addWidget(self.position_button)

        self.review_button = QPushButton(self.detail_widget)
        self.review_button.setObjectName(u"review_button")

        self.buttons_layout.addWidget(self.review_button)

        self.handle_button = QPushButton(self.detail_widget)
        self.handle_button.setObjectName(u"handle_button")

        self.buttons_layout.addWidget(self.handle_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.detail_layout.addLayout(self.buttons_layout)

        self.role_label = QLabel(self.detail_widget)
        self.role_label.setObjectName(u"role_label")
        self.role_label.setWordWrap(True)

        self.detail_layout.addWidget(self.role_label)

        self.message_label = QLabel(self.detail_widget)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.detail_layout.addWidget(self.message_label)

        self.detail_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detail_layout.addItem(self.detail_spacer)

        self.detail_scroll.setWidget(self.detail_widget)
        self.splitter.addWidget(self.detail_scroll)

        self.main_layout.addWidget(self.splitter)

        self.count_label = QLabel(RequestsPage)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

        QWidget.setTabOrder(self.new_button, self.requests_view)
        QWidget.setTabOrder(self.requests_view, self.start_button)
        QWidget.setTabOrder(self.start_button, self.extend_button)
        QWidget.setTabOrder(self.extend_button, self.position_button)
        QWidget.setTabOrder(self.position_button, self.review_button)
        QWidget.setTabOrder(self.review_button, self.handle_button)

        self.retranslateUi(RequestsPage)
    # setupUi

    def retranslateUi(self, RequestsPage):
        self.title_label.setText(QCoreApplication.translate("RequestsPage", u"Verzoeken van betrokkenen", None))
        self.new_button.setText(QCoreApplication.translate("RequestsPage", u"&Nieuw verzoek\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Nieuw verzoek registreren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("RequestsPage", u"Registreer een verzoek dat via het contactpunt binnenkwam", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("RequestsPage", u"Een verzoek bij het contactpunt geldt voor alle partners. Antwoord binnen een maand; verlengen kan eenmaal met twee maanden, met een reden.", None))
#if QT_CONFIG(accessibility)
        self.requests_view.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Lijst van verzoeken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_label.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Gegevens van het gekozen verzoek", None))
#endif // QT_CONFIG(accessibility)
        self.start_button.setText(QCoreApplication.translate("RequestsPage", u"In &behandeling nemen", None))
#if QT_CONFIG(accessibility)
        self.start_button.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Verzoek in behandeling nemen", None))
#endif // QT_CONFIG(accessibility)
        self.extend_button.setText(QCoreApplication.translate("RequestsPage", u"&Verlengen\u2026", None))
#if QT_CONFIG(accessibility)
        self.extend_button.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Termijn verlengen", None))
#endif // QT_CONFIG(accessibility)
        self.position_button.setText(QCoreApplication.translate("RequestsPage", u"&Standpunt minderjarige\u2026", None))
#if QT_CONFIG(accessibility)
        self.position_button.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Standpunt van de minderjarige vastleggen", None))
#endif // QT_CONFIG(accessibility)
        self.review_button.setText(QCoreApplication.translate("RequestsPage", u"&Inzage samenstellen\u2026", None))
#if QT_CONFIG(accessibility)
        self.review_button.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Inzage samenstellen en beoordelen", None))
#endif // QT_CONFIG(accessibility)
        self.handle_button.setText(QCoreApplication.translate("RequestsPage", u"&Afhandelen\u2026", None))
#if QT_CONFIG(accessibility)
        self.handle_button.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Verzoek afhandelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_label.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Wie beslist", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Aantal verzoeken", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
