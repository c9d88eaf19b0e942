# Generated from forms/conflict_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
    QFrame, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(1040, 640)
        self.main_layout = QVBoxLayout(ConflictDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 16, 20, 16)
        self.title_label = QLabel(ConflictDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(ConflictDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.conflicts_area = QScrollArea(ConflictDialog)
        self.conflicts_area.setObjectName(u"conflicts_area")
        self.conflicts_area.setWidgetResizable(True)
        self.conflicts_area.setFrameShape(QFrame.NoFrame)
        self.conflicts_host = QWidget()
        self.conflicts_host.setObjectName(u"conflicts_host")
        self.conflicts_layout = QVBoxLayout(self.conflicts_host)
        self.conflicts_layout.setSpacing(12)
        self.conflicts_layout.setObjectName(u"conflicts_layout")
        self.conflicts_layout.setContentsMargins(0, 0, 6, 0)
        self.conflicts_area.setWidget(self.conflicts_host)

        self.main_layout.addWidget(self.conflicts_area)

        self.progress_label = QLabel(ConflictDialog)
        self.progress_label.setObjectName(u"progress_label")

        self.main_layout.addWidget(self.progress_label)

        self.button_box = QDialogButtonBox(ConflictDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Conflicten beslissen", None))
        self.title_label.setText(QCoreApplication.translate("ConflictDialog", u"Conflicten beslissen", None))
#if QT_CONFIG(accessibility)
        self.conflicts_area.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Conflicten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_label.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Hoeveel conflicten beslist zijn", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
