# Generated from forms/overview_page.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1100, 760)
        self.main_layout = QVBoxLayout(OverviewPage)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 18, 24, 12)
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.title_label = QLabel(OverviewPage)
        self.title_label.setObjectName(u"title_label")

        self.heading_layout.addWidget(self.title_label)

        self.heading_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)

        self.today_label = QLabel(OverviewPage)
        self.today_label.setObjectName(u"today_label")

        self.heading_layout.addWidget(self.today_label)

        self.refresh_button = QPushButton(OverviewPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.heading_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.heading_layout)

        self.hint_label = QLabel(OverviewPage)
        self.hint_label.setObjectName(u"hint_label")

        self.main_layout.addWidget(self.hint_label)

        self.scroll_area = QScrollArea(OverviewPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.sections_widget = QWidget()
        self.sections_widget.setObjectName(u"sections_widget")
        self.sections_layout = QGridLayout(self.sections_widget)
        self.sections_layout.setObjectName(u"sections_layout")
        self.sections_layout.setHorizontalSpacing(16)
        self.sections_layout.setVerticalSpacing(16)
        self.sections_layout.setContentsMargins(0, 4, 0, 0)
        self.meetings_frame = QFrame(self.sections_widget)
        self.meetings_frame.setObjectName(u"meetings_frame")
        self.meetings_frame.setFrameShape(QFrame.StyledPanel)
        self.meetings_layout = QVBoxLayout(self.meetings_frame)
        self.meetings_layout.setSpacing(6)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_layout.setContentsMargins(14, 12, 14, 12)
        self.meetings_title_label = QLabel(self.meetings_frame)
        self.meetings_title_label.setObjectName(u"meetings_title_label")

        self.meetings_layout.addWidget(self.meetings_title_label)

        self.meetings_view = QTableView(self.meetings_frame)
        self.meetings_view.setObjectName(u"meetings_view")
        self.meetings_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetings_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetings_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetings_view.setShowGrid(False)
        self.meetings_view.setWordWrap(False)
        self.meetings_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.meetings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.meetings_view.horizontalHeader().setHighlightSections(False)
        self.meetings_view.horizontalHeader().setStretchLastSection(True)
        self.meetings_view.verticalHeader().setVisible(False)

        self.meetings_layout.addWidget(self.meetings_view)

        self.meetings_empty_label = QLabel(self.meetings_frame)
        self.meetings_empty_label.setObjectName(u"meetings_empty_label")

        self.meetings_layout.addWidget(self.meetings_empty_label)

        self.meetings_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.meetings_layout.addItem(self.meetings_spacer)


        self.sections_layout.addWidget(self.meetings_frame, 0, 0, 1, 1)

        self.reviews_frame = QFrame(self.sections_widget)
        self.reviews_frame.setObjectName(u"reviews_frame")
        self.reviews_frame.setFrameShape(QFrame.StyledPanel)
        self.reviews_layout = QVBoxLayout(self.reviews_frame)
        self.reviews_layout.setSpacing(6)
        self.reviews_layout.setObjectName(u"reviews_layout")
        self.reviews_layout.setContentsMargins(14, 12, 14, 12)
        self.reviews_title_label = QLabel(self.reviews_frame)
        self.reviews_title_label.setObjectName(u"reviews_title_label")

        self.reviews_layout.addWidget(self.reviews_title_label)

        self.reviews_view = QTableView(self.reviews_frame)
        self.reviews_view.setObjectName(u"reviews_view")
        self.reviews_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reviews_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reviews_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reviews_view.setShowGrid(False)
        self.reviews_view.setWordWrap(False)
        self.reviews_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.reviews_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.reviews_view.horizontalHeader().setHighlightSections(False)
        self.reviews_view.horizontalHeader().setStretchLastSection(True)
        self.reviews_view.verticalHeader().setVisible(False)

        self.reviews_layout.addWidget(self.reviews_view)

        self.reviews_empty_label = QLabel(self.reviews_frame)
        self.reviews_empty_label.setObjectName(u"reviews_empty_label")

        self.reviews_layout.addWidget(self.reviews_empty_label)

        self.reviews_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviews_layout.addItem(self.reviews_spacer)


        self.sections_layout.addWidget(self.reviews_frame, 0, 1, 1, 1)

        self.minutes_frame = QFrame(self.sections_widget)
        self.minutes_frame.setObjectName(u"minutes_frame")
        self.minutes_frame.setFrameShape(QFrame.StyledPanel)
        self.minutes_layout = QVBoxLayout(self.minutes_frame)
        self.minutes_layout.setSpacing(6)
        self.minutes_layout.setObjectName(u"minutes_layout")
        self.minutes_layout.setContentsMargins(14, 12, 14, 12)
        self.minutes_title_label = QLabel(self.minutes_frame)
        self.minutes_title_label.setObjectName(u"minutes_title_label")

        self.minutes_layout.addWidget(self.minutes_title_label)

        self.minutes_view = QTableView(self.minutes_frame)
        self.minutes_view.setObjectName(u"minutes_view")
        self.minutes_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.minutes_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.minutes_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.minutes_view.setShowGrid(False)
        self.minutes_view.setWordWrap(False)
        self.minutes_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.minutes_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.minutes_view.horizontalHeader().setHighlightSections(False)
        self.minutes_view.horizontalHeader().setStretchLastSection(True)
        self.minutes_view.verticalHeader().setVisible(False)

        self.minutes_layout.addWidget(self.minutes_view)

        self.minutes_empty_label = QLabel(self.minutes_frame)
        self.minutes_empty_label.setObjectName(u"minutes_empty_label")

        self.minutes_layout.addWidget(self.minutes_empty_label)

        self.minutes_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.minutes_layout.addItem(self.minutes_spacer)


        self.sections_layout.addWidget(self.minutes_frame, 1, 0, 1, 2)

        self.overdue_frame = QFrame(self.sections_widget)
        self.overdue_frame.setObjectName(u"overdue_frame")
        self.overdue_frame.setFrameShape(QFrame.StyledPanel)
        self.overdue_layout = QVBoxLayout(self.overdue_frame)
        self.overdue_layout.setSpacing(6)
        self.overdue_layout.setObjectName(u"overdue_layout")
        self.overdue_layout.setContentsMargins(14, 12, 14, 12)
        self.overdue_title_label = QLabel(self.overdue_frame)
        self.overdue_title_label.setObjectName(u"overdue_title_label")

        self.overdue_layout.addWidget(self.overdue_title_label)

        self.overdue_view = QTableView(self.overdue_frame)
        self.overdue_view.setObjectName(u"overdue_view")
        self.overdue_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overdue_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.overdue_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overdue_view.setShowGrid(False)
        self.overdue_view.setWordWrap(False)
        self.overdue_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.overdue_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.overdue_view.horizontalHeader().setHighlightSections(False)
        self.overdue_view.horizontalHeader().setStretchLastSection(True)
        self.overdue_view.verticalHeader().setVisible(False)

        self.overdue_layout.addWidget(self.overdue_view)

        self.overdue_empty_label = QLabel(self.overdue_frame)
        self.overdue_empty_label.setObjectName(u"overdue_empty_label")

        self.overdue_layout.addWidget(self.overdue_empty_label)

        self.overdue_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overdue_layout.addItem(self.overdue_spacer)


        self.sections_layout.addWidget(self.overdue_frame, 2, 0, 1, 2)

        self.this_week_frame = QFrame(self.sections_widget)
        self.this_week_frame.setObjectName(u"this_week_frame")
        self.this_week_frame.setFrameShape(QFrame.StyledPanel)
        self.this_week_layout = QVBoxLayout(self.this_week_frame)
        self.this_week_layout.setSpacing(6)
        self.this_week_layout.setObjectName(u"this_week_layout")
        self.this_week_layout.setContentsMargins(14, 12, 14, 12)
        self.this_week_title_label = QLabel(self.this_week_frame)
        self.this_week_title_label.setObjectName(u"this_week_title_label")

        self.this_week_layout.addWidget(self.this_week_title_label)

        self.this_week_view = QTableView(self.this_week_frame)
        self.this_week_view.setObjectName(u"this_week_view")
        self.this_week_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.this_week_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.this_week_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.this_week_view.setShowGrid(False)
        self.this_week_view.setWordWrap(False)
        self.this_week_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.this_week_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.this_week_view.horizontalHeader().setHighlightSections(False)
        self.this_week_view.horizontalHeader().setStretchLastSection(True)
        self.this_week_view.verticalHeader().setVisible(False)

        self.this_week_layout.addWidget(self.this_week_view)

        self.this_week_empty_label = QLabel(self.this_week_frame)
        self.this_week_empty_label.setObjectName(u"this_week_empty_label")

        self.this_week_layout.addWidget(self.this_week_empty_label)

        self.this_week_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.this_week_layout.addItem(self.this_week_spacer)


        self.sections_layout.addWidget(self.this_week_frame, 3, 0, 1, 2)

        self.reporters_frame = QFrame(self.sections_widget)
        self.reporters_frame.setObjectName(u"reporters_frame")
        self.reporters_frame.setFrameShape(QFrame.StyledPanel)
        self.reporters_layout = QVBoxLayout(self.reporters_frame)
        self.reporters_layout.setSpacing(6)
        self.reporters_layout.setObjectName(u"reporters_layout")
        self.reporters_layout.setContentsMargins(14, 12, 14, 12)
        self.reporters_title_label = QLabel(self.reporters_frame)
        self.reporters_title_label.setObjectName(u"reporters_title_label")

        self.reporters_layout.addWidget(self.reporters_title_label)

        self.reporters_view = QTableView(self.reporters_frame)
        self.reporters_view.setObjectName(u"reporters_view")
        self.reporters_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reporters_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reporters_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reporters_view.setShowGrid(False)
        self.reporters_view.setWordWrap(False)
        self.reporters_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.reporters_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.reporters_view.horizontalHeader().setHighlightSections(False)
        self.reporters_view.horizontalHeader().setStretchLastSection(True)
        self.reporters_view.verticalHeader().setVisible(False)

        self.reporters_layout.addWidget(self.reporters_view)

        self.reporters_empty_label = QLabel(self.reporters_frame)
        self.reporters_empty_label.setObjectName(u"reporters_empty_label")

        self.reporters_layout.addWidget(self.reporters_empty_label)

        self.reporters_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reporters_layout.addItem(self.reporters_spacer)


        self.sections_layout.addWidget(self.reporters_frame, 4, 0, 1, 1)

        self.informing_frame = QFrame(self.sections_widget)
        self.informing_frame.setObjectName(u"informing_frame")
        self.informing_frame.setFrameShape(QFrame.StyledPanel)
        self.informing_layout = QVBoxLayout(self.informing_frame)
        self.informing_layout.setSpacing(6)
        self.informing_layout.setObjectName(u"informing_layout")
        self.informing_layout.setContentsMargins(14, 12, 14, 12)
        self.informing_title_label = QLabel(self.informing_frame)
        self.informing_title_label.setObjectName(u"informing_title_label")

        self.informing_layout.addWidget(self.informing_title_label)

        self.informing_view = QTableView(self.informing_frame)
        self.informing_view.setObjectName(u"informing_view")
        self.informing_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.informing_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.informing_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.informing_view.setShowGrid(False)
        self.informing_view.setWordWrap(False)
        self.informing_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.informing_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.informing_view.horizontalHeader().setHighlightSections(False)
        self.informing_view.horizontalHeader().setStretchLastSection(True)
        self.informing_view.verticalHeader().setVisible(False)

        self.informing_layout.addWidget(self.informing_view)

        self.informing_empty_label = QLabel(self.informing_frame)
        self.informing_empty_label.setObjectName(u"informing_empty_label")

        self.informing_layout.addWidget(self.informing_empty_label)

        self.informing_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.informing_layout.addItem(self.informing_spacer)


        self.sections_layout.addWidget(self.informing_frame, 4, 1, 1, 1)

        self.retention_frame = QFrame(self.sections_widget)
        self.retention_frame.setObjectName(u"retention_frame")
        self.retention_frame.setFrameShape(QFrame.StyledPanel)
        self.retention_layout = QVBoxLayout(self.retention_frame)
        self.retention_layout.setSpacing(6)
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_layout.setContentsMargins(14, 12, 14, 12)
        self.retention_title_label = QLabel(self.retention_frame)
        self.retention_title_label.setObjectName(u"retention_title_label")

        self.retention_layout.addWidget(self.retention_title_label)

        self.retention_view = QTableView(self.retention_frame)
        self.retention_view.setObjectName(u"retention_view")
        self.retention_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.retention_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.retention_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.retention_view.setShowGrid(False)
        self.retention_view.setWordWrap(False)
        self.retention_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.retention_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.retention_view.horizontalHeader().setHighlightSections(False)
        self.retention_view.horizontalHeader().setStretchLastSection(True)
        self.retention_view.verticalHeader().setVisible(False)

        self.retention_layout.addWidget(self.retention_view)

        self.retention_empty_label = QLabel(self.retention_frame)
        self.retention_empty_label.setObjectName(u"retention_empty_label")

        self.retention_layout.addWidget(self.retention_empty_label)

        self.retention_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.retention_layout.addItem(self.retention_spacer)


        self.sections_layout.addWidget(self.retention_frame, 5, 0, 1, 1)

        self.requests_frame = QFrame(self.sections_widget)
        self.requests_frame.setObjectName(u"requests_frame")
        self.requests_frame.setFrameShape(QFrame.StyledPanel)
        self.requests_layout = QVBoxLayout(self.requests_frame)
        self.requests_layout.setSpacing(6)
        self.requests_layout.setObjectName(u"requests_layout")
        self.requests_layout.setContentsMargins(14, 12, 14, 12)
        self.requests_title_label = QLabel(self.requests_frame)
        self.requests_title_label.setObjectName(u"requests_title_label")

        self.requests_layout.addWidget(self.requests_title_label)

        self.requests_view = QTableView(self.requests_frame)
        self.requests_view.setObjectName(u"requests_view")
        self.requests_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.requests_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requests_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requests_view.setShowGrid(False)
        self.requests_view.setWordWrap(False)
        self.requests_view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.requests_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.requests_view.horizontalHeader().setHighlightSections(False)
        self.requests_view.horizontalHeader().setStretchLastSection(True)
        self.requests_view.verticalHeader().setVisible(False)

        self.requests_layout.addWidget(self.requests_view)

        self.requests_empty_label = QLabel(self.requests_frame)
        self.requests_empty_label.setObjectName(u"requests_empty_label")

        self.requests_layout.addWidget(self.requests_empty_label)

        self.requests_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requests_layout.addItem(self.requests_spacer)


        self.sections_layout.addWidget(self.requests_frame, 5, 1, 1, 1)

        self.sections_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sections_layout.addItem(self.sections_spacer, 6, 0, 1, 2)

        self.scroll_area.setWidget(self.sections_widget)

        self.main_layout.addWidget(self.scroll_area)

        QWidget.setTabOrder(self.refresh_button, self.meetings_view)
        QWidget.setTabOrder(self.meetings_view, self.reviews_view)
        QWidget.setTabOrder(self.reviews_view, self.minutes_view)
        QWidget.setTabOrder(self.minutes_view, self.overdue_view)
        QWidget.setTabOrder(self.overdue_view, self.this_week_view)
        QWidget.setTabOrder(self.this_week_view, self.reporters_view)
        QWidget.setTabOrder(self.reporters_view, self.informing_view)
        QWidget.setTabOrder(self.informing_view, self.retention_view)
        QWidget.setTabOrder(self.retention_view, self.requests_view)

        self.retranslateUi(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.title_label.setText(QCoreApplication.translate("OverviewPage", u"Overzicht", None))
#if QT_CONFIG(accessibility)
        self.today_label.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Datum van vandaag", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_button.setText(QCoreApplication.translate("OverviewPage", u"&Vernieuwen", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("OverviewPage", u"Het overzicht opnieuw laden (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refresh_button.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Overzicht vernieuwen", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("OverviewPage", u"Dubbelklik op een regel of druk op Enter om te openen wat hij noemt.", None))
        self.meetings_title_label.setText(QCoreApplication.translate("OverviewPage", u"Volgende overleggen", None))
#if QT_CONFIG(accessibility)
        self.meetings_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Volgende overleggen", None))
#endif // QT_CONFIG(accessibility)
        self.meetings_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.reviews_title_label.setText(QCoreApplication.translate("OverviewPage", u"Casussen ter herbeoordeling", None))
#if QT_CONFIG(accessibility)
        self.reviews_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Casussen ter herbeoordeling", None))
#endif // QT_CONFIG(accessibility)
        self.reviews_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.minutes_title_label.setText(QCoreApplication.translate("OverviewPage", u"Verslagen vast te stellen of te ondertekenen", None))
#if QT_CONFIG(accessibility)
        self.minutes_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Verslagen vast te stellen of te ondertekenen", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.overdue_title_label.setText(QCoreApplication.translate("OverviewPage", u"Actiepunten over de termijn", None))
#if QT_CONFIG(accessibility)
        self.overdue_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Actiepunten over de termijn", None))
#endif // QT_CONFIG(accessibility)
        self.overdue_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.this_week_title_label.setText(QCoreApplication.translate("OverviewPage", u"Actiepunten deze week", None))
#if QT_CONFIG(accessibility)
        self.this_week_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Actiepunten deze week", None))
#endif // QT_CONFIG(accessibility)
        self.this_week_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.reporters_title_label.setText(QCoreApplication.translate("OverviewPage", u"Melders wachten op terugkoppeling", None))
#if QT_CONFIG(accessibility)
        self.reporters_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Melders wachten op terugkoppeling", None))
#endif // QT_CONFIG(accessibility)
        self.reporters_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.informing_title_label.setText(QCoreApplication.translate("OverviewPage", u"Informeren uitgesteld \u2014 herbeoordelen", None))
#if QT_CONFIG(accessibility)
        self.informing_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Informeren uitgesteld \u2014 herbeoordelen", None))
#endif // QT_CONFIG(accessibility)
        self.informing_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.retention_title_label.setText(QCoreApplication.translate("OverviewPage", u"Bewaartermijn verstreken of binnen 30 dagen", None))
#if QT_CONFIG(accessibility)
        self.retention_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Bewaartermijn verstreken of binnen 30 dagen", None))
#endif // QT_CONFIG(accessibility)
        self.retention_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        self.requests_title_label.setText(QCoreApplication.translate("OverviewPage", u"Verzoeken met naderende termijn", None))
#if QT_CONFIG(accessibility)
        self.requests_view.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Verzoeken met naderende termijn", None))
#endif // QT_CONFIG(accessibility)
        self.requests_empty_label.setText(QCoreApplication.translate("OverviewPage", u"Niets.", None))
        pass
    # retranslateUi
