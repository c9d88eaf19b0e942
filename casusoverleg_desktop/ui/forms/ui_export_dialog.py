# Generated from forms/export_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGroupBox, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(1280, 820)
        self.main_layout = QHBoxLayout(ExportDialog)
        self.main_layout.setSpacing(18)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 18, 20, 18)
        self.controls_panel = QWidget(ExportDialog)
        self.controls_panel.setObjectName(u"controls_panel")
        self.controls_panel.setMinimumSize(QSize(360, 0))
        self.controls_panel.setMaximumSize(QSize(400, 16777215))
        self.controls_layout = QVBoxLayout(self.controls_panel)
        self.controls_layout.setSpacing(10)
        self.controls_layout.setObjectName(u"controls_layout")
        self.controls_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self.controls_panel)
        self.title_label.setObjectName(u"title_label")

        self.controls_layout.addWidget(self.title_label)

        self.meeting_label = QLabel(self.controls_panel)
        self.meeting_label.setObjectName(u"meeting_label")
        self.meeting_label.setWordWrap(True)

        self.controls_layout.addWidget(self.meeting_label)

        self.document_group = QGroupBox(self.controls_panel)
        self.document_group.setObjectName(u"document_group")
        self.document_layout = QVBoxLayout(self.document_group)
        self.document_layout.setSpacing(6)
        self.document_layout.setObjectName(u"document_layout")
        self.agenda_radio = QRadioButton(self.document_group)
        self.agenda_radio.setObjectName(u"agenda_radio")

        self.document_layout.addWidget(self.agenda_radio)

        self.minutes_radio = QRadioButton(self.document_group)
        self.minutes_radio.setObjectName(u"minutes_radio")
        self.minutes_radio.setChecked(True)

        self.document_layout.addWidget(self.minutes_radio)

        self.actions_radio = QRadioButton(self.document_group)
        self.actions_radio.setObjectName(u"actions_radio")

        self.document_layout.addWidget(self.actions_radio)

        self.extract_radio = QRadioButton(self.document_group)
        self.extract_radio.setObjectName(u"extract_radio")

        self.document_layout.addWidget(self.extract_radio)


        self.controls_layout.addWidget(self.document_group)

        self.options_group = QGroupBox(self.controls_panel)
        self.options_group.setObjectName(u"options_group")
        self.options_layout = QVBoxLayout(self.options_group)
        self.options_layout.setSpacing(8)
        self.options_layout.setObjectName(u"options_layout")
        self.questions_check = QCheckBox(self.options_group)
        self.questions_check.setObjectName(u"questions_check")

        self.options_layout.addWidget(self.questions_check)

        self.partner_label = QLabel(self.options_group)
        self.partner_label.setObjectName(u"partner_label")
        self.partner_label.setWordWrap(True)

        self.options_layout.addWidget(self.partner_label)

        self.partner_combo = QComboBox(self.options_group)
        self.partner_combo.setObjectName(u"partner_combo")

        self.options_layout.addWidget(self.partner_combo)

        self.sensitive_label = QLabel(self.options_group)
        self.sensitive_label.setObjectName(u"sensitive_label")
        self.sensitive_label.setWordWrap(True)

        self.options_layout.addWidget(self.sensitive_label)

        self.acknowledge_check = QCheckBox(self.options_group)
        self.acknowledge_check.setObjectName(u"acknowledge_check")

        self.options_layout.addWidget(self.acknowledge_check)

        self.sign_check = QCheckBox(self.options_group)
        self.sign_check.setObjectName(u"sign_check")

        self.options_layout.addWidget(self.sign_check)


        self.controls_layout.addWidget(self.options_group)

        self.minutes_group = QGroupBox(self.controls_panel)
        self.minutes_group.setObjectName(u"minutes_group")
        self.minutes_layout = QVBoxLayout(self.minutes_group)
        self.minutes_layout.setSpacing(8)
        self.minutes_layout.setObjectName(u"minutes_layout")
        self.state_label = QLabel(self.minutes_group)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.minutes_layout.addWidget(self.state_label)

        self.sign_secretary_button = QPushButton(self.minutes_group)
        self.sign_secretary_button.setObjectName(u"sign_secretary_button")

        self.minutes_layout.addWidget(self.sign_secretary_button)

        self.sign_chair_button = QPushButton(self.minutes_group)
        self.sign_chair_button.setObjectName(u"sign_chair_button")

        self.minutes_layout.addWidget(self.sign_chair_button)

        self.sign_hint_label = QLabel(self.minutes_group)
        self.sign_hint_label.setObjectName(u"sign_hint_label")
        self.sign_hint_label.setWordWrap(True)

        self.minutes_layout.addWidget(self.sign_hint_label)


        self.controls_layout.addWidget(self.minutes_group)

        self.controls_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.controls_layout.addItem(self.controls_spacer)

        self.progress_bar = QProgressBar(self.controls_panel)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(False)

        self.controls_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(self.controls_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.controls_layout.addWidget(self.status_label)

        self.error_label = QuietLabel(self.controls_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.controls_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.save_button = QPushButton(self.controls_panel)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(self.controls_panel)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.controls_layout.addLayout(self.button_layout)


        self.main_layout.addWidget(self.controls_panel)

        self.preview_host = QWidget(ExportDialog)
        self.preview_host.setObjectName(u"preview_host")
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.preview_host)

        self.main_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.agenda_radio, self.minutes_radio)
        QWidget.setTabOrder(self.minutes_radio, self.actions_radio)
        QWidget.setTabOrder(self.actions_radio, self.extract_radio)
        QWidget.setTabOrder(self.extract_radio, self.questions_check)
        QWidget.setTabOrder(self.questions_check, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.acknowledge_check)
        QWidget.setTabOrder(self.acknowledge_check, self.sign_check)
        QWidget.setTabOrder(self.sign_check, self.sign_secretary_button)
        QWidget.setTabOrder(self.sign_secretary_button, self.sign_chair_button)
        QWidget.setTabOrder(self.sign_chair_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Documenten", None))
        self.title_label.setText(QCoreApplication.translate("ExportDialog", u"Documenten van het overleg", None))
        self.meeting_label.setText("")
#if QT_CONFIG(accessibility)
        self.meeting_label.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Overleg", None))
#endif // QT_CONFIG(accessibility)
        self.document_group.setTitle(QCoreApplication.translate("ExportDialog", u"Document", None))
        self.agenda_radio.setText(QCoreApplication.translate("ExportDialog", u"&Uitnodiging en agenda", None))
#if QT_CONFIG(accessibility)
        self.agenda_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Uitnodiging en agenda", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_radio.setText(QCoreApplication.translate("ExportDialog", u"&Verslag", None))
#if QT_CONFIG(accessibility)
        self.minutes_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Verslag", None))
#endif // QT_CONFIG(accessibility)
        self.actions_radio.setText(QCoreApplication.translate("ExportDialog", u"&Besluiten- en actielijst", None))
#if QT_CONFIG(accessibility)
        self.actions_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Besluiten- en actielijst", None))
#endif // QT_CONFIG(accessibility)
        self.extract_radio.setText(QCoreApplication.translate("ExportDialog", u"Uittreksel voor \u00e9\u00e9n &partner", None))
#if QT_CONFIG(accessibility)
        self.extract_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Uittreksel voor \u00e9\u00e9n partner", None))
#endif // QT_CONFIG(accessibility)
        self.options_group.setTitle(QCoreApplication.translate("ExportDialog", u"Opties", None))
        self.questions_check.setText(QCoreApplication.translate("ExportDialog", u"Casusvragen opnemen", None))
#if QT_CONFIG(accessibility)
        self.questions_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Casusvragen opnemen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.questions_check.setToolTip(QCoreApplication.translate("ExportDialog", u"De vragen per casus gaan dan naar alle genodigden, ook naar wie niet voor die casus is uitgenodigd.", None))
#endif // QT_CONFIG(tooltip)
        self.partner_label.setText(QCoreApplication.translate("ExportDialog", u"Partner (uitgenodigd voor een casus):", None))
#if QT_CONFIG(accessibility)
        self.partner_combo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Partner voor het uittreksel", None))
#endif // QT_CONFIG(accessibility)
        self.sensitive_label.setText("")
        self.acknowledge_check.setText(QCoreApplication.translate("ExportDialog", u"Ik bevestig dat deze partner deze gegevens nodig heeft", None))
#if QT_CONFIG(accessibility)
        self.acknowledge_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Bevestiging gemarkeerde gegevens", None))
#endif // QT_CONFIG(accessibility)
        self.sign_check.setText(QCoreApplication.translate("ExportDialog", u"Met mijn handtekening", None))
#if QT_CONFIG(accessibility)
        self.sign_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Met mijn handtekening", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sign_check.setToolTip(QCoreApplication.translate("ExportDialog", u"Het document krijgt uw digitale handtekening.", None))
#endif // QT_CONFIG(tooltip)
        self.minutes_group.setTitle(QCoreApplication.translate("ExportDialog", u"Vaststelling en ondertekening", None))
        self.state_label.setText("")
#if QT_CONFIG(accessibility)
        self.state_label.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Status van het verslag", None))
#endif // QT_CONFIG(accessibility)
        self.sign_secretary_button.setText(QCoreApplication.translate("ExportDialog", u"Ondertekenen als notulist (opgesteld)", None))
#if QT_CONFIG(accessibility)
        self.sign_secretary_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Ondertekenen als notulist (opgesteld)", None))
#endif // QT_CONFIG(accessibility)
        self.sign_chair_button.setText(QCoreApplication.translate("ExportDialog", u"Ondertekenen als voorzitter (vastgesteld)", None))
#if QT_CONFIG(accessibility)
        self.sign_chair_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Ondertekenen als voorzitter (vastgesteld)", None))
#endif // QT_CONFIG(accessibility)
        self.sign_hint_label.setText("")
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Voortgang", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("ExportDialog", u"&Opslaan als\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Opslaan als", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("ExportDialog", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
