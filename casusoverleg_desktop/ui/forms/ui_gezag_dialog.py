# Generated from forms/gezag_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gezag_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_GezagDialog(object):
    def setupUi(self, GezagDialog):
        if not GezagDialog.objectName():
            GezagDialog.setObjectName(u"GezagDialog")
        GezagDialog.resize(560, 440)
        self.main_layout = QVBoxLayout(GezagDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(GezagDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.minor_label = QLabel(GezagDialog)
        self.minor_label.setObjectName(u"minor_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minor_label)

        self.minor_combo = QComboBox(GezagDialog)
        self.minor_combo.setObjectName(u"minor_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minor_combo)

        self.holders_label = QLabel(GezagDialog)
        self.holders_label.setObjectName(u"holders_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.holders_label)

        self.holders_list = QListWidget(GezagDialog)
        self.holders_list.setObjectName(u"holders_list")
        self.holders_list.setMaximumSize(QSize(16777215, 180))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holders_list)

        self.guardian_label = QLabel(GezagDialog)
        self.guardian_label.setObjectName(u"guardian_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guardian_label)

        self.guardian_edit = QLineEdit(GezagDialog)
        self.guardian_edit.setObjectName(u"guardian_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.guardian_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(GezagDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(GezagDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(GezagDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.minor_label.setBuddy(self.minor_combo)
        self.holders_label.setBuddy(self.holders_list)
        self.guardian_label.setBuddy(self.guardian_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.minor_combo, self.holders_list)
        QWidget.setTabOrder(self.holders_list, self.guardian_edit)
        QWidget.setTabOrder(self.guardian_edit, self.button_box)

        self.retranslateUi(GezagDialog)
    # setupUi

    def retranslateUi(self, GezagDialog):
        GezagDialog.setWindowTitle(QCoreApplication.translate("GezagDialog", u"Gezag", None))
        self.title_label.setText(QCoreApplication.translate("GezagDialog", u"Gezag", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("GezagDialog", u"Gezag", None))
#endif // QT_CONFIG(accessibility)
        self.minor_label.setText(QCoreApplication.translate("GezagDialog", u"&Minderjarige", None))
#if QT_CONFIG(accessibility)
        self.minor_combo.setAccessibleName(QCoreApplication.translate("GezagDialog", u"Minderjarige", None))
#endif // QT_CONFIG(accessibility)
        self.holders_label.setText(QCoreApplication.translate("GezagDialog", u"&Gezag bij", None))
#if QT_CONFIG(accessibility)
        self.holders_list.setAccessibleName(QCoreApplication.translate("GezagDialog", u"Personen met gezag", None))
#endif // QT_CONFIG(accessibility)
        self.guardian_label.setText(QCoreApplication.translate("GezagDialog", u"&Voogd", None))
#if QT_CONFIG(accessibility)
        self.guardian_edit.setAccessibleName(QCoreApplication.translate("GezagDialog", u"Naam van de voogd", None))
#endif // QT_CONFIG(accessibility)
        self.guardian_edit.setPlaceholderText(QCoreApplication.translate("GezagDialog", u"bijvoorbeeld GI Jeugdbescherming (mag leeg)", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("GezagDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
