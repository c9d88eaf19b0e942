# Generated from forms/search_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(820, 480)
        self.main_layout = QVBoxLayout(SearchDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 12)
        self.query_edit = QLineEdit(SearchDialog)
        self.query_edit.setObjectName(u"query_edit")
        self.query_edit.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.query_edit)

        self.results_view = QTableView(SearchDialog)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results_view.setShowGrid(False)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setWordWrap(False)
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.results_view)

        self.status_label = QLabel(SearchDialog)
        self.status_label.setObjectName(u"status_label")

        self.main_layout.addWidget(self.status_label)

        QWidget.setTabOrder(self.query_edit, self.results_view)

        self.retranslateUi(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"Zoeken \u2014 Casusoverleg", None))
        self.query_edit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"Zoek in signalen, inbreng, besluiten, actiepunten, notities\u2026", None))
#if QT_CONFIG(accessibility)
        self.query_edit.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Zoekterm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Zoekresultaten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Aantal resultaten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
