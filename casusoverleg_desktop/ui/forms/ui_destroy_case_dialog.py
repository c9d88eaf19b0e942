# Generated from forms/destroy_case_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'destroy_case_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DestroyCaseDialog(object):
    def setupUi(self, DestroyCaseDialog):
        if not DestroyCaseDialog.objectName():
            DestroyCaseDialog.setObjectName(u"DestroyCaseDialog")
        DestroyCaseDialog.resize(560, 440)
        self.main_layout = QVBoxLayout(DestroyCaseDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(DestroyCaseDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.summary_label = QLabel(DestroyCaseDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.warning_label = QLabel(DestroyCaseDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.confirm_label = QLabel(DestroyCaseDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.code_edit = QLineEdit(DestroyCaseDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)


        self.main_layout.addLayout(self.form_layout)

        self.code_feedback_label = QLabel(DestroyCaseDialog)
        self.code_feedback_label.setObjectName(u"code_feedback_label")
        self.code_feedback_label.setWordWrap(True)

        self.main_layout.addWidget(self.code_feedback_label)

        self.error_label = QLabel(DestroyCaseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.report_row = QHBoxLayout()
        self.report_row.setObjectName(u"report_row")
        self.report_button = QPushButton(DestroyCaseDialog)
        self.report_button.setObjectName(u"report_button")

        self.report_row.addWidget(self.report_button)

        self.report_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_row.addItem(self.report_spacer)


        self.main_layout.addLayout(self.report_row)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(DestroyCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.confirm_label.setBuddy(self.code_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.report_button)
        QWidget.setTabOrder(self.report_button, self.button_box)

        self.retranslateUi(DestroyCaseDialog)
    # setupUi

    def retranslateUi(self, DestroyCaseDialog):
        DestroyCaseDialog.setWindowTitle(QCoreApplication.translate("DestroyCaseDialog", u"Casus vernietigen", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("DestroyCaseDialog", u"Casus vernietigen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("DestroyCaseDialog", u"Wat wordt vernietigd", None))
#endif // QT_CONFIG(accessibility)
        self.warning_label.setText(QCoreApplication.translate("DestroyCaseDialog", u"Vernietigen haalt alle inhoud van de casus weg: uit elke tabel, de zoekindex, concepten, opgeslagen documenten, balansen en de automatische back-ups. Dit is niet terug te draaien. De audittrail houdt alleen kenmerken zonder inhoud; wat overblijft is een vernietigingsregel en een proces-verbaal zonder inhoud. Back-ups die elders zijn opgeslagen, vallen hierbuiten.", None))
        self.confirm_label.setText(QCoreApplication.translate("DestroyCaseDialog", u"Typ de &casuscode", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("DestroyCaseDialog", u"Casuscode ter bevestiging", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.code_feedback_label.setAccessibleName(QCoreApplication.translate("DestroyCaseDialog", u"Controle van de casuscode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("DestroyCaseDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.report_button.setText(QCoreApplication.translate("DestroyCaseDialog", u"&Proces-verbaal opslaan\u2026", None))
#if QT_CONFIG(accessibility)
        self.report_button.setAccessibleName(QCoreApplication.translate("DestroyCaseDialog", u"Proces-verbaal van vernietiging opslaan", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
