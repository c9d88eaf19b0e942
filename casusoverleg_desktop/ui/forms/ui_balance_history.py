# Generated from forms/balance_history.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'balance_history.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_BalanceHistoryForm(object):
    def setupUi(self, BalanceHistoryForm):
        if not BalanceHistoryForm.objectName():
            BalanceHistoryForm.setObjectName(u"BalanceHistoryForm")
        BalanceHistoryForm.resize(1400, 800)
        self.main_layout = QVBoxLayout(BalanceHistoryForm)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(8, 8, 8, 8)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(BalanceHistoryForm)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.compare_label = QLabel(BalanceHistoryForm)
        self.compare_label.setObjectName(u"compare_label")

        self.header_layout.addWidget(self.compare_label)

        self.older_combo = QComboBox(BalanceHistoryForm)
        self.older_combo.setObjectName(u"older_combo")

        self.header_layout.addWidget(self.older_combo)

        self.with_label = QLabel(BalanceHistoryForm)
        self.with_label.setObjectName(u"with_label")

        self.header_layout.addWidget(self.with_label)

        self.newer_combo = QComboBox(BalanceHistoryForm)
        self.newer_combo.setObjectName(u"newer_combo")

        self.header_layout.addWidget(self.newer_combo)


        self.main_layout.addLayout(self.header_layout)

        self.history_splitter = QSplitter(BalanceHistoryForm)
        self.history_splitter.setObjectName(u"history_splitter")
        self.history_splitter.setOrientation(Qt.Horizontal)
        self.history_splitter.setChildrenCollapsible(False)
        self.diff_view = QTextBrowser(self.history_splitter)
        self.diff_view.setObjectName(u"diff_view")
        self.diff_view.setOpenLinks(False)
        self.history_splitter.addWidget(self.diff_view)
        self.trend_placeholder = QWidget(self.history_splitter)
        self.trend_placeholder.setObjectName(u"trend_placeholder")
        self.trend_layout = QVBoxLayout(self.trend_placeholder)
        self.trend_layout.setObjectName(u"trend_layout")
        self.trend_layout.setContentsMargins(0, 0, 0, 0)
        self.history_splitter.addWidget(self.trend_placeholder)

        self.main_layout.addWidget(self.history_splitter)

#if QT_CONFIG(shortcut)
        self.compare_label.setBuddy(self.older_combo)
        self.with_label.setBuddy(self.newer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.older_combo, self.newer_combo)
        QWidget.setTabOrder(self.newer_combo, self.diff_view)

        self.retranslateUi(BalanceHistoryForm)
    # setupUi

    def retranslateUi(self, BalanceHistoryForm):
        BalanceHistoryForm.setWindowTitle(QCoreApplication.translate("BalanceHistoryForm", u"Verloop van de balans", None))
        self.title_label.setText(QCoreApplication.translate("BalanceHistoryForm", u"Verloop van de balans", None))
        self.compare_label.setText(QCoreApplication.translate("BalanceHistoryForm", u"&Vergelijk", None))
#if QT_CONFIG(accessibility)
        self.older_combo.setAccessibleName(QCoreApplication.translate("BalanceHistoryForm", u"Oudere versie", None))
#endif // QT_CONFIG(accessibility)
        self.with_label.setText(QCoreApplication.translate("BalanceHistoryForm", u"&met", None))
#if QT_CONFIG(accessibility)
        self.newer_combo.setAccessibleName(QCoreApplication.translate("BalanceHistoryForm", u"Nieuwere versie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.diff_view.setAccessibleName(QCoreApplication.translate("BalanceHistoryForm", u"Verschillen tussen de twee versies", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
