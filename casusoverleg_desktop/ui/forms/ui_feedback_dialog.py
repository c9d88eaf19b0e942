# Generated from forms/feedback_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(540, 420)
        self.main_layout = QVBoxLayout(FeedbackDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(FeedbackDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(FeedbackDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setSpacing(10)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.reporter_label = QLabel(FeedbackDialog)
        self.reporter_label.setObjectName(u"reporter_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporter_label)

        self.reporter_combo = QComboBox(FeedbackDialog)
        self.reporter_combo.setObjectName(u"reporter_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporter_combo)

        self.given_on_label = QLabel(FeedbackDialog)
        self.given_on_label.setObjectName(u"given_on_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_on_label)

        self.given_on_date = QDateEdit(FeedbackDialog)
        self.given_on_date.setObjectName(u"given_on_date")
        self.given_on_date.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_on_date)

        self.given_to_label = QLabel(FeedbackDialog)
        self.given_to_label.setObjectName(u"given_to_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.given_to_label)

        self.given_to_edit = QLineEdit(FeedbackDialog)
        self.given_to_edit.setObjectName(u"given_to_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.given_to_edit)

        self.content_label = QLabel(FeedbackDialog)
        self.content_label.setObjectName(u"content_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content_edit = QPlainTextEdit(FeedbackDialog)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMinimumSize(QSize(0, 80))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.content_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FeedbackDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FeedbackDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reporter_label.setBuddy(self.reporter_combo)
        self.given_on_label.setBuddy(self.given_on_date)
        self.given_to_label.setBuddy(self.given_to_edit)
        self.content_label.setBuddy(self.content_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reporter_combo, self.given_on_date)
        QWidget.setTabOrder(self.given_on_date, self.given_to_edit)
        QWidget.setTabOrder(self.given_to_edit, self.content_edit)
        QWidget.setTabOrder(self.content_edit, self.button_box)

        self.retranslateUi(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Terugkoppeling vastleggen", None))
        self.title_label.setText(QCoreApplication.translate("FeedbackDialog", u"Terugkoppeling aan de melder", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Terugkoppeling aan de melder", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("FeedbackDialog", u"Koppel alleen terug wat de melder moet weten.", None))
        self.reporter_label.setText(QCoreApplication.translate("FeedbackDialog", u"&Melder", None))
#if QT_CONFIG(accessibility)
        self.reporter_combo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Melder", None))
#endif // QT_CONFIG(accessibility)
        self.given_on_label.setText(QCoreApplication.translate("FeedbackDialog", u"&Gegeven op", None))
#if QT_CONFIG(accessibility)
        self.given_on_date.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Datum terugkoppeling", None))
#endif // QT_CONFIG(accessibility)
        self.given_on_date.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"dd-MM-yyyy", None))
        self.given_to_label.setText(QCoreApplication.translate("FeedbackDialog", u"&Aan", None))
#if QT_CONFIG(accessibility)
        self.given_to_edit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Aan wie teruggekoppeld", None))
#endif // QT_CONFIG(accessibility)
        self.given_to_edit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"bijv. zorgco\u00f6rdinator school", None))
        self.content_label.setText(QCoreApplication.translate("FeedbackDialog", u"&Wat", None))
#if QT_CONFIG(accessibility)
        self.content_edit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Wat is teruggekoppeld", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
