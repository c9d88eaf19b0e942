# Generated from forms/relation_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'relation_dialog.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RelationDialog(object):
    def setupUi(self, RelationDialog):
        if not RelationDialog.objectName():
            RelationDialog.setObjectName(u"RelationDialog")
        RelationDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(RelationDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(RelationDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.person_label = QLabel(RelationDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_combo = QComboBox(RelationDialog)
        self.person_combo.setObjectName(u"person_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_combo)

        self.kind_label = QLabel(RelationDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(RelationDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.related_label = QLabel(RelationDialog)
        self.related_label.setObjectName(u"related_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.related_label)

        self.related_combo = QComboBox(RelationDialog)
        self.related_combo.setObjectName(u"related_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.related_combo)

        self.detail_label = QLabel(RelationDialog)
        self.detail_label.setObjectName(u"detail_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detail_label)

        self.detail_edit = QLineEdit(RelationDialog)
        self.detail_edit.setObjectName(u"detail_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.detail_edit)


        self.main_layout.addLayout(self.form_layout)

        self.links_label = QLabel(RelationDialog)
        self.links_label.setObjectName(u"links_label")
        self.links_label.setWordWrap(True)

        self.main_layout.addWidget(self.links_label)

        self.links_list = QListWidget(RelationDialog)
        self.links_list.setObjectName(u"links_list")
        self.links_list.setMaximumSize(QSize(16777215, 160))

        self.main_layout.addWidget(self.links_list)

        self.remove_button = QPushButton(RelationDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.main_layout.addWidget(self.remove_button)

        self.error_label = QLabel(RelationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RelationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.person_label.setBuddy(self.person_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.related_label.setBuddy(self.related_combo)
        self.detail_label.setBuddy(self.detail_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.related_combo)
        QWidget.setTabOrder(self.related_combo, self.detail_edit)
        QWidget.setTabOrder(self.detail_edit, self.links_list)
        QWidget.setTabOrder(self.links_list, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.button_box)

        self.retranslateUi(RelationDialog)
    # setupUi

    def retranslateUi(self, RelationDialog):
        RelationDialog.setWindowTitle(QCoreApplication.translate("RelationDialog", u"Relaties in het gezin", None))
        self.title_label.setText(QCoreApplication.translate("RelationDialog", u"Relaties in het gezin", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Relaties in het gezin", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("RelationDialog", u"&Persoon", None))
#if QT_CONFIG(accessibility)
        self.person_combo.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Persoon", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("RelationDialog", u"&Relatie", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Soort relatie", None))
#endif // QT_CONFIG(accessibility)
        self.related_label.setText(QCoreApplication.translate("RelationDialog", u"&Met", None))
#if QT_CONFIG(accessibility)
        self.related_combo.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Met wie", None))
#endif // QT_CONFIG(accessibility)
        self.detail_label.setText(QCoreApplication.translate("RelationDialog", u"&Omschrijving", None))
#if QT_CONFIG(accessibility)
        self.detail_edit.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Omschrijving van de relatie", None))
#endif // QT_CONFIG(accessibility)
        self.detail_edit.setPlaceholderText(QCoreApplication.translate("RelationDialog", u"bijvoorbeeld dochter, stiefvader, oma (mag leeg)", None))
        self.links_label.setText(QCoreApplication.translate("RelationDialog", u"Vastgelegde relaties", None))
#if QT_CONFIG(accessibility)
        self.links_list.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Vastgelegde relaties", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("RelationDialog", u"Relatie &verwijderen", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Gekozen relatie verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RelationDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
