# Generated from forms/place_route_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'place_route_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PlaceRouteDialog(object):
    def setupUi(self, PlaceRouteDialog):
        if not PlaceRouteDialog.objectName():
            PlaceRouteDialog.setObjectName(u"PlaceRouteDialog")
        PlaceRouteDialog.resize(560, 320)
        self.main_layout = QVBoxLayout(PlaceRouteDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(PlaceRouteDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(PlaceRouteDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.reporter_label = QLabel(PlaceRouteDialog)
        self.reporter_label.setObjectName(u"reporter_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporter_label)

        self.reporter_value = QLabel(PlaceRouteDialog)
        self.reporter_value.setObjectName(u"reporter_value")
        self.reporter_value.setWordWrap(True)
        self.reporter_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporter_value)

        self.chain_route_label = QLabel(PlaceRouteDialog)
        self.chain_route_label.setObjectName(u"chain_route_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chain_route_label)

        self.chain_route_combo = QComboBox(PlaceRouteDialog)
        self.chain_route_combo.setObjectName(u"chain_route_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chain_route_combo)

        self.first_step_label = QLabel(PlaceRouteDialog)
        self.first_step_label.setObjectName(u"first_step_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_step_label)

        self.first_step_combo = QComboBox(PlaceRouteDialog)
        self.first_step_combo.setObjectName(u"first_step_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_step_combo)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PlaceRouteDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PlaceRouteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.chain_route_label.setBuddy(self.chain_route_combo)
        self.first_step_label.setBuddy(self.first_step_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chain_route_combo, self.first_step_combo)
        QWidget.setTabOrder(self.first_step_combo, self.button_box)

        self.retranslateUi(PlaceRouteDialog)
    # setupUi

    def retranslateUi(self, PlaceRouteDialog):
        PlaceRouteDialog.setWindowTitle(QCoreApplication.translate("PlaceRouteDialog", u"Route in de keten kiezen", None))
        self.title_label.setText(QCoreApplication.translate("PlaceRouteDialog", u"Route in de keten kiezen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("PlaceRouteDialog", u"Route in de keten kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("PlaceRouteDialog", u"De routes van de keten die golden op de melddatum. De eerste stap geldt als bereikt op de melddatum; de terugkoppeldatum blijft zoals afgesproken.", None))
        self.reporter_label.setText(QCoreApplication.translate("PlaceRouteDialog", u"Melder", None))
        self.chain_route_label.setText(QCoreApplication.translate("PlaceRouteDialog", u"Route in de &keten", None))
#if QT_CONFIG(accessibility)
        self.chain_route_combo.setAccessibleName(QCoreApplication.translate("PlaceRouteDialog", u"Route in de keten", None))
#endif // QT_CONFIG(accessibility)
        self.first_step_label.setText(QCoreApplication.translate("PlaceRouteDialog", u"Eerste &stap", None))
#if QT_CONFIG(accessibility)
        self.first_step_combo.setAccessibleName(QCoreApplication.translate("PlaceRouteDialog", u"Eerste stap van de route", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PlaceRouteDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
