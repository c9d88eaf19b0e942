# Generated from forms/first_run_wizard.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(680, 520)
        FirstRunWizard.setWizardStyle(QWizard.ModernStyle)
        FirstRunWizard.setOptions(QWizard.IndependentPages|QWizard.NoBackButtonOnLastPage|QWizard.NoCancelButtonOnLastPage)
        self.location_page = QWizardPage()
        self.location_page.setObjectName(u"location_page")
        self.location_layout = QVBoxLayout(self.location_page)
        self.location_layout.setObjectName(u"location_layout")
        self.location_label = QLabel(self.location_page)
        self.location_label.setObjectName(u"location_label")

        self.location_layout.addWidget(self.location_label)

        self.location_row = QHBoxLayout()
        self.location_row.setObjectName(u"location_row")
        self.location_edit = QLineEdit(self.location_page)
        self.location_edit.setObjectName(u"location_edit")

        self.location_row.addWidget(self.location_edit)

        self.browse_button = QPushButton(self.location_page)
        self.browse_button.setObjectName(u"browse_button")

        self.location_row.addWidget(self.browse_button)


        self.location_layout.addLayout(self.location_row)

        self.location_hint_label = QLabel(self.location_page)
        self.location_hint_label.setObjectName(u"location_hint_label")
        self.location_hint_label.setWordWrap(True)

        self.location_layout.addWidget(self.location_hint_label)

        self.location_error_label = QLabel(self.location_page)
        self.location_error_label.setObjectName(u"location_error_label")
        self.location_error_label.setWordWrap(True)

        self.location_layout.addWidget(self.location_error_label)

        self.location_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.location_layout.addItem(self.location_spacer)

        FirstRunWizard.addPage(self.location_page)
        self.user_page = QWizardPage()
        self.user_page.setObjectName(u"user_page")
        self.user_layout = QFormLayout(self.user_page)
        self.user_layout.setObjectName(u"user_layout")
        self.login_label = QLabel(self.user_page)
        self.login_label.setObjectName(u"login_label")

        self.user_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login_edit = QLineEdit(self.user_page)
        self.login_edit.setObjectName(u"login_edit")

        self.user_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.display_name_label = QLabel(self.user_page)
        self.display_name_label.setObjectName(u"display_name_label")

        self.user_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(self.user_page)
        self.display_name_edit.setObjectName(u"display_name_edit")

        self.user_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.organisation_label = QLabel(self.user_page)
        self.organisation_label.setObjectName(u"organisation_label")

        self.user_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(self.user_page)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.user_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.user_error_label = QLabel(self.user_page)
        self.user_error_label.setObjectName(u"user_error_label")
        self.user_error_label.setWordWrap(True)

        self.user_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user_error_label)

        FirstRunWizard.addPage(self.user_page)
        self.role_page = QWizardPage()
        self.role_page.setObjectName(u"role_page")
        self.role_layout = QVBoxLayout(self.role_page)
        self.role_layout.setObjectName(u"role_layout")
        self.chair_radio = QRadioButton(self.role_page)
        self.chair_radio.setObjectName(u"chair_radio")
        self.chair_radio.setChecked(True)

        self.role_layout.addWidget(self.chair_radio)

        self.secretary_radio = QRadioButton(self.role_page)
        self.secretary_radio.setObjectName(u"secretary_radio")

        self.role_layout.addWidget(self.secretary_radio)

        self.role_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.role_layout.addItem(self.role_spacer)

        FirstRunWizard.addPage(self.role_page)
        self.passphrase_page = QWizardPage()
        self.passphrase_page.setObjectName(u"passphrase_page")
        self.passphrase_layout = QFormLayout(self.passphrase_page)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(self.passphrase_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.passphrase_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(self.passphrase_page)
        self.repeat_label.setObjectName(u"repeat_label")

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(self.passphrase_page)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.strength_label = QLabel(self.passphrase_page)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_label)

        self.busy_bar = QProgressBar(self.passphrase_page)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMinimum(0)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.passphrase_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.busy_bar)

        self.create_status_label = QLabel(self.passphrase_page)
        self.create_status_label.setObjectName(u"create_status_label")
        self.create_status_label.setWordWrap(True)

        self.passphrase_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.create_status_label)

        FirstRunWizard.addPage(self.passphrase_page)
        self.recovery_page = QWizardPage()
        self.recovery_page.setObjectName(u"recovery_page")
        self.recovery_layout = QVBoxLayout(self.recovery_page)
        self.recovery_layout.setObjectName(u"recovery_layout")
        self.code_label = QLabel(self.recovery_page)
        self.code_label.setObjectName(u"code_label")
        self.code_label.setAlignment(Qt.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.recovery_layout.addWidget(self.code_label)

        self.print_row = QHBoxLayout()
        self.print_row.setObjectName(u"print_row")
        self.print_button = QPushButton(self.recovery_page)
        self.print_button.setObjectName(u"print_button")

        self.print_row.addWidget(self.print_button)

        self.pdf_button = QPushButton(self.recovery_page)
        self.pdf_button.setObjectName(u"pdf_button")

        self.print_row.addWidget(self.pdf_button)

        self.print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_row.addItem(self.print_spacer)


        self.recovery_layout.addLayout(self.print_row)

        self.sheet_feedback_label = QLabel(self.recovery_page)
        self.sheet_feedback_label.setObjectName(u"sheet_feedback_label")
        self.sheet_feedback_label.setWordWrap(True)

        self.recovery_layout.addWidget(self.sheet_feedback_label)

        self.confirm_intro_label = QLabel(self.recovery_page)
        self.confirm_intro_label.setObjectName(u"confirm_intro_label")
        self.confirm_intro_label.setWordWrap(True)

        self.recovery_layout.addWidget(self.confirm_intro_label)

        self.confirm_layout = QFormLayout()
        self.confirm_layout.setObjectName(u"confirm_layout")
        self.group_a_label = QLabel(self.recovery_page)
        self.group_a_label.setObjectName(u"group_a_label")

        self.confirm_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.group_a_label)

        self.group_a_edit = QLineEdit(self.recovery_page)
        self.group_a_edit.setObjectName(u"group_a_edit")
        self.group_a_edit.setMaxLength(4)
        self.group_a_edit.setMaximumSize(QSize(120, 16777215))

        self.confirm_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group_a_edit)

        self.group_b_label = QLabel(self.recovery_page)
        self.group_b_label.setObjectName(u"group_b_label")

        self.confirm_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.group_b_label)

        self.group_b_edit = QLineEdit(self.recovery_page)
        self.group_b_edit.setObjectName(u"group_b_edit")
        self.group_b_edit.setMaxLength(4)
        self.group_b_edit.setMaximumSize(QSize(120, 16777215))

        self.confirm_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.group_b_edit)


        self.recovery_layout.addLayout(self.confirm_layout)

        self.confirm_status_label = QLabel(self.recovery_page)
        self.confirm_status_label.setObjectName(u"confirm_status_label")
        self.confirm_status_label.setWordWrap(True)

        self.recovery_layout.addWidget(self.confirm_status_label)

        self.recovery_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recovery_layout.addItem(self.recovery_spacer)

        FirstRunWizard.addPage(self.recovery_page)
#if QT_CONFIG(shortcut)
        self.location_label.setBuddy(self.location_edit)
        self.login_label.setBuddy(self.login_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.group_a_label.setBuddy(self.group_a_edit)
        self.group_b_label.setBuddy(self.group_b_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.location_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.login_edit)
        QWidget.setTabOrder(self.login_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.chair_radio)
        QWidget.setTabOrder(self.chair_radio, self.secretary_radio)
        QWidget.setTabOrder(self.secretary_radio, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.group_a_edit)
        QWidget.setTabOrder(self.group_a_edit, self.group_b_edit)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Nieuwe kluis \u2014 Casusoverleg", None))
        self.location_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welkom bij Casusoverleg", None))
        self.location_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Er is nog geen kluis. Alles wat u vastlegt komt versleuteld in \u00e9\u00e9n map op deze computer: de kluis.", None))
        self.location_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Map van de kluis", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Map van de kluis", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("FirstRunWizard", u"&Bladeren\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Map kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.location_hint_label.setText(QCoreApplication.translate("FirstRunWizard", u"Kies een lege of nieuwe map op een versleutelde schijf van deze computer, niet op een gedeelde netwerkschijf. Automatische back-ups komen in een submap.", None))
#if QT_CONFIG(accessibility)
        self.location_error_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.user_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Wie bent u?", None))
        self.user_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"U wordt de eerste gebruiker van deze kluis. Later kunt u in Instellingen collega's toevoegen.", None))
        self.login_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Gebruikersnaam", None))
        self.login_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u00e9\u00e9n woord, bijvoorbeeld mdekkers", None))
#if QT_CONFIG(accessibility)
        self.login_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Gebruikersnaam", None))
#endif // QT_CONFIG(accessibility)
        self.display_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Naam", None))
        self.display_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"zoals collega's u kennen, bijvoorbeeld Marloes Dekkers", None))
#if QT_CONFIG(accessibility)
        self.display_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Naam", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Organisatie", None))
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"bijvoorbeeld Zorg- en Veiligheidshuis Wadmeer", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Organisatie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.user_error_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.role_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Uw rol in het overleg", None))
        self.role_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"De rol staat bij uw naam en op documenten die u ondertekent.", None))
        self.chair_radio.setText(QCoreApplication.translate("FirstRunWizard", u"&Voorzitter \u2014 bereidt het overleg voor en leidt het", None))
#if QT_CONFIG(accessibility)
        self.chair_radio.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Rol voorzitter", None))
#endif // QT_CONFIG(accessibility)
        self.secretary_radio.setText(QCoreApplication.translate("FirstRunWizard", u"&Notulist \u2014 legt het overleg vast en maakt het verslag", None))
#if QT_CONFIG(accessibility)
        self.secretary_radio.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Rol notulist", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Kies een wachtwoord", None))
        self.passphrase_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Het wachtwoord opent de kluis. Het wordt nergens bewaard: kies iets wat u onthoudt.", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Nogmaals", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Wachtwoord nogmaals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Sterkte van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Bezig met aanmaken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.create_status_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Uw herstelcode", None))
        self.recovery_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"De kluis is aangemaakt. Met deze code stelt u een nieuw wachtwoord in als u het kwijt bent. Hij wordt maar \u00e9\u00e9n keer getoond.", None))
#if QT_CONFIG(accessibility)
        self.code_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("FirstRunWizard", u"&Afdrukken\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Herstelblad afdrukken", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("FirstRunWizard", u"Opslaan als &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Herstelblad opslaan als PDF", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_intro_label.setText(QCoreApplication.translate("FirstRunWizard", u"Typ ter controle twee groepen van de code over van het papier:", None))
        self.group_a_label.setText(QCoreApplication.translate("FirstRunWizard", u"Groep &3", None))
#if QT_CONFIG(accessibility)
        self.group_a_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Groep 3 van de herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.group_b_label.setText(QCoreApplication.translate("FirstRunWizard", u"Groep &6", None))
#if QT_CONFIG(accessibility)
        self.group_b_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Groep 6 van de herstelcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirm_status_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Controle van de herstelcode", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
