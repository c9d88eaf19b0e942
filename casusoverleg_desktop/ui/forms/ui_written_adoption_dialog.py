# Generated from forms/written_adoption_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'written_adoption_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WrittenAdoptionDialog(object):
    def setupUi(self, WrittenAdoptionDialog):
        if not WrittenAdoptionDialog.objectName():
            WrittenAdoptionDialog.setObjectName(u"WrittenAdoptionDialog")
        WrittenAdoptionDialog.resize(720, 560)
        self.main_layout = QVBoxLayout(WrittenAdoptionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(WrittenAdoptionDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.minutes_label = QLabel(WrittenAdoptionDialog)
        self.minutes_label.setObjectName(u"minutes_label")
        self.minutes_label.setWordWrap(True)

        self.main_layout.addWidget(self.minutes_label)

        self.hint_label = QLabel(WrittenAdoptionDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(10)
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.agreed_on_label = QLabel(WrittenAdoptionDialog)
        self.agreed_on_label.setObjectName(u"agreed_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreed_on_label)

        self.agreed_on_date = QDateEdit(WrittenAdoptionDialog)
        self.agreed_on_date.setObjectName(u"agreed_on_date")
        self.agreed_on_date.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agreed_on_date.sizePolicy().hasHeightForWidth())
        self.agreed_on_date.setSizePolicy(sizePolicy)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreed_on_date)

        self.how_label = QLabel(WrittenAdoptionDialog)
        self.how_label.setObjectName(u"how_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.how_label)

        self.how_edit = QPlainTextEdit(WrittenAdoptionDialog)
        self.how_edit.setObjectName(u"how_edit")
        self.how_edit.setTabChangesFocus(True)
        self.how_edit.setMinimumSize(QSize(0, 56))
        self.how_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.how_edit)

        self.corrections_label = QLabel(WrittenAdoptionDialog)
        self.corrections_label.setObjectName(u"corrections_label")
        self.corrections_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignTop)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.corrections_label)

        self.corrections_layout = QVBoxLayout()
        self.corrections_layout.setSpacing(0)
        self.corrections_layout.setObjectName(u"corrections_layout")

        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.corrections_layout)


        self.main_layout.addLayout(self.form_layout)

        self.statement_layout = QVBoxLayout()
        self.statement_layout.setSpacing(0)
        self.statement_layout.setObjectName(u"statement_layout")

        self.main_layout.addLayout(self.statement_layout)

        self.error_label = QLabel(WrittenAdoptionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(WrittenAdoptionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.agreed_on_label.setBuddy(self.agreed_on_date)
        self.how_label.setBuddy(self.how_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agreed_on_date, self.how_edit)
        QWidget.setTabOrder(self.how_edit, self.button_box)

        self.retranslateUi(WrittenAdoptionDialog)
    # setupUi

    def retranslateUi(self, WrittenAdoptionDialog):
        WrittenAdoptionDialog.setWindowTitle(QCoreApplication.translate("WrittenAdoptionDialog", u"Verslag schriftelijk vaststellen", None))
        self.title_label.setText(QCoreApplication.translate("WrittenAdoptionDialog", u"Verslag schriftelijk vaststellen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("WrittenAdoptionDialog", u"Verslag schriftelijk vaststellen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutes_label.setAccessibleName(QCoreApplication.translate("WrittenAdoptionDialog", u"Welk verslag", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("WrittenAdoptionDialog", u"Gebruik dit wanneer het concept is rondgestuurd en de leden hebben ingestemd (of geen bezwaar hebben gemaakt v\u00f3\u00f3r de gestelde datum), zodat niet tot de volgende vergadering hoeft te worden gewacht.", None))
        self.agreed_on_label.setText(QCoreApplication.translate("WrittenAdoptionDialog", u"&Vastgesteld op", None))
#if QT_CONFIG(accessibility)
        self.agreed_on_date.setAccessibleName(QCoreApplication.translate("WrittenAdoptionDialog", u"Datum waarop de leden instemden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.agreed_on_date.setToolTip(QCoreApplication.translate("WrittenAdoptionDialog", u"De dag waarop de vaststelling rond was; niet in de toekomst", None))
#endif // QT_CONFIG(tooltip)
        self.agreed_on_date.setDisplayFormat(QCoreApplication.translate("WrittenAdoptionDialog", u"dd-MM-yyyy", None))
        self.how_label.setText(QCoreApplication.translate("WrittenAdoptionDialog", u"&Hoe ingestemd", None))
#if QT_CONFIG(accessibility)
        self.how_edit.setAccessibleName(QCoreApplication.translate("WrittenAdoptionDialog", u"Hoe de leden met het verslag hebben ingestemd", None))
#endif // QT_CONFIG(accessibility)
        self.how_edit.setPlaceholderText(QCoreApplication.translate("WrittenAdoptionDialog", u"bijv. Rondgestuurd op 1-12; geen bezwaren v\u00f3\u00f3r 8-12", None))
        self.corrections_label.setText(QCoreApplication.translate("WrittenAdoptionDialog", u"Correcties", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("WrittenAdoptionDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
