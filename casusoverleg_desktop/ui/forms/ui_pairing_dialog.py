# Generated from forms/pairing_dialog.ui by forms/generate.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairing_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from casusoverleg_desktop.ui.widgets.messages import QuietLabel

class Ui_PairingDialog(object):
    def setupUi(self, PairingDialog):
        if not PairingDialog.objectName():
            PairingDialog.setObjectName(u"PairingDialog")
        PairingDialog.resize(1040, 660)
        self.main_layout = QVBoxLayout(PairingDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 16, 20, 16)
        self.title_label = QLabel(PairingDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PairingDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.cards_layout = QHBoxLayout()
        self.cards_layout.setSpacing(16)
        self.cards_layout.setObjectName(u"cards_layout")
        self.own_group = QGroupBox(PairingDialog)
        self.own_group.setObjectName(u"own_group")
        self.own_layout = QVBoxLayout(self.own_group)
        self.own_layout.setSpacing(8)
        self.own_layout.setObjectName(u"own_layout")
        self.own_person_label = QLabel(self.own_group)
        self.own_person_label.setObjectName(u"own_person_label")
        self.own_person_label.setWordWrap(True)

        self.own_layout.addWidget(self.own_person_label)

        self.fingerprint_caption_label = QLabel(self.own_group)
        self.fingerprint_caption_label.setObjectName(u"fingerprint_caption_label")

        self.own_layout.addWidget(self.fingerprint_caption_label)

        self.fingerprint_label = QLabel(self.own_group)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.own_layout.addWidget(self.fingerprint_label)

        self.own_hint_label = QLabel(self.own_group)
        self.own_hint_label.setObjectName(u"own_hint_label")
        self.own_hint_label.setWordWrap(True)

        self.own_layout.addWidget(self.own_hint_label)

        self.own_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.own_layout.addItem(self.own_spacer)

        self.save_card_layout = QHBoxLayout()
        self.save_card_layout.setObjectName(u"save_card_layout")
        self.save_card_button = QPushButton(self.own_group)
        self.save_card_button.setObjectName(u"save_card_button")

        self.save_card_layout.addWidget(self.save_card_button)

        self.save_card_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_card_layout.addItem(self.save_card_spacer)


        self.own_layout.addLayout(self.save_card_layout)


        self.cards_layout.addWidget(self.own_group)

        self.other_group = QGroupBox(PairingDialog)
        self.other_group.setObjectName(u"other_group")
        self.other_layout = QVBoxLayout(self.other_group)
        self.other_layout.setSpacing(8)
        self.other_layout.setObjectName(u"other_layout")
        self.open_card_layout = QHBoxLayout()
        self.open_card_layout.setSpacing(10)
        self.open_card_layout.setObjectName(u"open_card_layout")
        self.open_card_button = QPushButton(self.other_group)
        self.open_card_button.setObjectName(u"open_card_button")

        self.open_card_layout.addWidget(self.open_card_button)

        self.card_file_label = QLabel(self.other_group)
        self.card_file_label.setObjectName(u"card_file_label")
        self.card_file_label.setWordWrap(True)

        self.open_card_layout.addWidget(self.card_file_label)

        self.open_card_layout.setStretch(1, 1)

        self.other_layout.addLayout(self.open_card_layout)

        self.other_person_label = QLabel(self.other_group)
        self.other_person_label.setObjectName(u"other_person_label")
        self.other_person_label.setWordWrap(True)

        self.other_layout.addWidget(self.other_person_label)

        self.other_hint_label = QLabel(self.other_group)
        self.other_hint_label.setObjectName(u"other_hint_label")
        self.other_hint_label.setWordWrap(True)

        self.other_layout.addWidget(self.other_hint_label)

        self.other_form = QFormLayout()
        self.other_form.setObjectName(u"other_form")
        self.other_form.setHorizontalSpacing(10)
        self.other_form.setVerticalSpacing(8)
        self.other_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fingerprint_edit_label = QLabel(self.other_group)
        self.fingerprint_edit_label.setObjectName(u"fingerprint_edit_label")

        self.other_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fingerprint_edit_label)

        self.fingerprint_edit = QLineEdit(self.other_group)
        self.fingerprint_edit.setObjectName(u"fingerprint_edit")
        self.fingerprint_edit.setMaxLength(80)

        self.other_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fingerprint_edit)

        self.name_label = QLabel(self.other_group)
        self.name_label.setObjectName(u"name_label")

        self.other_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.other_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(120)

        self.other_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)


        self.other_layout.addLayout(self.other_form)

        self.other_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.other_layout.addItem(self.other_spacer)

        self.pair_layout = QHBoxLayout()
        self.pair_layout.setObjectName(u"pair_layout")
        self.pair_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pair_layout.addItem(self.pair_spacer)

        self.pair_button = QPushButton(self.other_group)
        self.pair_button.setObjectName(u"pair_button")

        self.pair_layout.addWidget(self.pair_button)


        self.other_layout.addLayout(self.pair_layout)


        self.cards_layout.addWidget(self.other_group)

        self.cards_layout.setStretch(0, 1)
        self.cards_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.cards_layout)

        self.peers_group = QGroupBox(PairingDialog)
        self.peers_group.setObjectName(u"peers_group")
        self.peers_layout = QVBoxLayout(self.peers_group)
        self.peers_layout.setSpacing(8)
        self.peers_layout.setObjectName(u"peers_layout")
        self.peers_view = QTableView(self.peers_group)
        self.peers_view.setObjectName(u"peers_view")
        self.peers_view.setMinimumSize(QSize(0, 90))

        self.peers_layout.addWidget(self.peers_view)

        self.unpair_layout = QHBoxLayout()
        self.unpair_layout.setObjectName(u"unpair_layout")
        self.peers_hint_label = QLabel(self.peers_group)
        self.peers_hint_label.setObjectName(u"peers_hint_label")

        self.unpair_layout.addWidget(self.peers_hint_label)

        self.unpair_button = QPushButton(self.peers_group)
        self.unpair_button.setObjectName(u"unpair_button")

        self.unpair_layout.addWidget(self.unpair_button)

        self.unpair_layout.setStretch(0, 1)

        self.peers_layout.addLayout(self.unpair_layout)


        self.main_layout.addWidget(self.peers_group)

        self.message_label = QuietLabel(PairingDialog)
        self.message_label.setObjectName(u"message_label")

        self.main_layout.addWidget(self.message_label)

        self.error_label = QuietLabel(PairingDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(PairingDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.fingerprint_edit_label.setBuddy(self.fingerprint_edit)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.save_card_button, self.open_card_button)
        QWidget.setTabOrder(self.open_card_button, self.fingerprint_edit)
        QWidget.setTabOrder(self.fingerprint_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.pair_button)
        QWidget.setTabOrder(self.pair_button, self.peers_view)
        QWidget.setTabOrder(self.peers_view, self.unpair_button)
        QWidget.setTabOrder(self.unpair_button, self.close_button)

        self.retranslateUi(PairingDialog)
    # setupUi

    def retranslateUi(self, PairingDialog):
        PairingDialog.setWindowTitle(QCoreApplication.translate("PairingDialog", u"Koppelen met een andere laptop", None))
        self.title_label.setText(QCoreApplication.translate("PairingDialog", u"Koppelen met een andere laptop", None))
        self.intro_label.setText(QCoreApplication.translate("PairingDialog", u"Twee laptops wisselen werk uit in versleutelde pakketten, zonder netwerk. Koppel ze eerst, samen aan tafel: elke laptop slaat zijn kluiskaart op en opent de kaart van de ander. Lees daarna elkaar de cijfers van de vingerafdruk voor: zo weet u zeker dat de kaart echt van die laptop komt.", None))
        self.own_group.setTitle(QCoreApplication.translate("PairingDialog", u"1. Uw kluiskaart", None))
#if QT_CONFIG(accessibility)
        self.own_group.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Uw kluiskaart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.own_person_label.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Van wie deze kaart is", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint_caption_label.setText(QCoreApplication.translate("PairingDialog", u"Vingerafdruk van deze laptop (lees voor):", None))
#if QT_CONFIG(accessibility)
        self.fingerprint_label.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Vingerafdruk van deze laptop", None))
#endif // QT_CONFIG(accessibility)
        self.own_hint_label.setText(QCoreApplication.translate("PairingDialog", u"Sla de kaart op en geef het bestand aan de andere laptop, bijvoorbeeld op een USB-stick. De kaart bevat geen geheimen en geen casusgegevens.", None))
        self.save_card_button.setText(QCoreApplication.translate("PairingDialog", u"Kaart &opslaan\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_card_button.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Kaart opslaan", None))
#endif // QT_CONFIG(accessibility)
        self.other_group.setTitle(QCoreApplication.translate("PairingDialog", u"2. Kaart van de ander", None))
#if QT_CONFIG(accessibility)
        self.other_group.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Kaart van de ander", None))
#endif // QT_CONFIG(accessibility)
        self.open_card_button.setText(QCoreApplication.translate("PairingDialog", u"Kaart o&penen\u2026", None))
#if QT_CONFIG(accessibility)
        self.open_card_button.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Kaart van de ander openen", None))
#endif // QT_CONFIG(accessibility)
        self.card_file_label.setText(QCoreApplication.translate("PairingDialog", u"Nog geen kaart geopend", None))
#if QT_CONFIG(accessibility)
        self.card_file_label.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Geopende kaart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.other_person_label.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Van wie de geopende kaart is", None))
#endif // QT_CONFIG(accessibility)
        self.other_hint_label.setText(QCoreApplication.translate("PairingDialog", u"Laat de ander de cijfers op zijn scherm voorlezen en typ ze hier over. Komen ze niet overeen, dan wordt er niet gekoppeld.", None))
        self.fingerprint_edit_label.setText(QCoreApplication.translate("PairingDialog", u"&Vingerafdruk", None))
#if QT_CONFIG(accessibility)
        self.fingerprint_edit.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Vingerafdruk zoals de ander die voorleest", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint_edit.setPlaceholderText(QCoreApplication.translate("PairingDialog", u"30 cijfers, zoals het andere scherm ze toont", None))
        self.name_label.setText(QCoreApplication.translate("PairingDialog", u"&Naam", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Naam voor de gekoppelde laptop", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PairingDialog", u"bijvoorbeeld Laptop notulist", None))
        self.pair_button.setText(QCoreApplication.translate("PairingDialog", u"&Koppelen", None))
#if QT_CONFIG(accessibility)
        self.pair_button.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Koppelen", None))
#endif // QT_CONFIG(accessibility)
        self.peers_group.setTitle(QCoreApplication.translate("PairingDialog", u"Gekoppelde laptops", None))
#if QT_CONFIG(accessibility)
        self.peers_group.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Gekoppelde laptops", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peers_view.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Lijst van gekoppelde laptops", None))
#endif // QT_CONFIG(accessibility)
        self.peers_hint_label.setText(QCoreApplication.translate("PairingDialog", u"Pakketten worden alleen gelezen van laptops in deze lijst.", None))
        self.unpair_button.setText(QCoreApplication.translate("PairingDialog", u"On&tkoppelen\u2026", None))
#if QT_CONFIG(accessibility)
        self.unpair_button.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Gekozen laptop ontkoppelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("PairingDialog", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("PairingDialog", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
