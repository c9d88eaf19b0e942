# Generated from forms/subject_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SubjectDialog(object):
    def setupUi(self, SubjectDialog):
        if not SubjectDialog.objectName():
            SubjectDialog.setObjectName(u"SubjectDialog")
        SubjectDialog.resize(520, 560)
        self.main_layout = QVBoxLayout(SubjectDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(SubjectDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(SubjectDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.pseudonym_label = QLabel(SubjectDialog)
        self.pseudonym_label.setObjectName(u"pseudonym_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pseudonym_label)

        self.pseudonym_edit = QLineEdit(SubjectDialog)
        self.pseudonym_edit.setObjectName(u"pseudonym_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pseudonym_edit)

        self.role_label = QLabel(SubjectDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(SubjectDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.relation_label = QLabel(SubjectDialog)
        self.relation_label.setObjectName(u"relation_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.relation_label)

        self.relation_combo = QComboBox(SubjectDialog)
        self.relation_combo.setObjectName(u"relation_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relation_combo)

        self.age_label = QLabel(SubjectDialog)
        self.age_label.setObjectName(u"age_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.age_label)

        self.age_spin = QSpinBox(SubjectDialog)
        self.age_spin.setObjectName(u"age_spin")
        self.age_spin.setMinimum(-1)
        self.age_spin.setMaximum(120)
        self.age_spin.setValue(-1)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.age_spin)

        self.dob_check = QCheckBox(SubjectDialog)
        self.dob_check.setObjectName(u"dob_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.dob_check)

        self.dob_label = QLabel(SubjectDialog)
        self.dob_label.setObjectName(u"dob_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dob_label)

        self.dob_date = QDateEdit(SubjectDialog)
        self.dob_date.setObjectName(u"dob_date")
        self.dob_date.setCalendarPopup(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dob_date)

        self.gezag_label = QLabel(SubjectDialog)
        self.gezag_label.setObjectName(u"gezag_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gezag_label)

        self.gezag_combo = QComboBox(SubjectDialog)
        self.gezag_combo.setObjectName(u"gezag_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gezag_combo)

        self.living_label = QLabel(SubjectDialog)
        self.living_label.setObjectName(u"living_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.living_label)

        self.living_edit = QLineEdit(SubjectDialog)
        self.living_edit.setObjectName(u"living_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.living_edit)

        self.note_label = QLabel(SubjectDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(SubjectDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(SubjectDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SubjectDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.pseudonym_label.setBuddy(self.pseudonym_edit)
        self.role_label.setBuddy(self.role_combo)
        self.relation_label.setBuddy(self.relation_combo)
        self.age_label.setBuddy(self.age_spin)
        self.dob_label.setBuddy(self.dob_date)
        self.gezag_label.setBuddy(self.gezag_combo)
        self.living_label.setBuddy(self.living_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pseudonym_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.relation_combo)
        QWidget.setTabOrder(self.relation_combo, self.age_spin)
        QWidget.setTabOrder(self.age_spin, self.dob_check)
        QWidget.setTabOrder(self.dob_check, self.dob_date)
        QWidget.setTabOrder(self.dob_date, self.gezag_combo)
        QWidget.setTabOrder(self.gezag_combo, self.living_edit)
        QWidget.setTabOrder(self.living_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(SubjectDialog)
    # setupUi

    def retranslateUi(self, SubjectDialog):
        SubjectDialog.setWindowTitle(QCoreApplication.translate("SubjectDialog", u"Betrokkene toevoegen", None))
        self.title_label.setText(QCoreApplication.translate("SubjectDialog", u"Betrokkene toevoegen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Betrokkene toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("SubjectDialog", u"Alleen het weergavepseudoniem verschijnt op schermen en in documenten.", None))
        self.pseudonym_label.setText(QCoreApplication.translate("SubjectDialog", u"&Pseudoniem", None))
#if QT_CONFIG(accessibility)
        self.pseudonym_edit.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Weergavepseudoniem", None))
#endif // QT_CONFIG(accessibility)
        self.pseudonym_edit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"bijv. Daan V.", None))
#if QT_CONFIG(tooltip)
        self.pseudonym_edit.setToolTip(QCoreApplication.translate("SubjectDialog", u"Voornaam en initiaal; nooit een BSN", None))
#endif // QT_CONFIG(tooltip)
        self.role_label.setText(QCoreApplication.translate("SubjectDialog", u"&Rol", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Rol in de casus", None))
#endif // QT_CONFIG(accessibility)
        self.relation_label.setText(QCoreApplication.translate("SubjectDialog", u"Re&latie", None))
#if QT_CONFIG(accessibility)
        self.relation_combo.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Relatie tot de betrokkene", None))
#endif // QT_CONFIG(accessibility)
        self.age_label.setText(QCoreApplication.translate("SubjectDialog", u"Leef&tijd", None))
#if QT_CONFIG(accessibility)
        self.age_spin.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Leeftijd", None))
#endif // QT_CONFIG(accessibility)
        self.age_spin.setSpecialValueText(QCoreApplication.translate("SubjectDialog", u"onbekend", None))
#if QT_CONFIG(accessibility)
        self.dob_check.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Geboortedatum bekend", None))
#endif // QT_CONFIG(accessibility)
        self.dob_check.setText(QCoreApplication.translate("SubjectDialog", u"&Geboortedatum in plaats van leeftijd", None))
        self.dob_label.setText(QCoreApplication.translate("SubjectDialog", u"Geboorte&datum", None))
#if QT_CONFIG(accessibility)
        self.dob_date.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Geboortedatum", None))
#endif // QT_CONFIG(accessibility)
        self.dob_date.setDisplayFormat(QCoreApplication.translate("SubjectDialog", u"dd-MM-yyyy", None))
        self.gezag_label.setText(QCoreApplication.translate("SubjectDialog", u"Ge&zag", None))
#if QT_CONFIG(accessibility)
        self.gezag_combo.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Ouderlijk gezag", None))
#endif // QT_CONFIG(accessibility)
        self.living_label.setText(QCoreApplication.translate("SubjectDialog", u"&Woonsituatie", None))
#if QT_CONFIG(accessibility)
        self.living_edit.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Woonsituatie", None))
#endif // QT_CONFIG(accessibility)
        self.living_edit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"bijv. woont bij moeder", None))
        self.note_label.setText(QCoreApplication.translate("SubjectDialog", u"&Notitie", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Notitie over de betrokkene", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("SubjectDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
