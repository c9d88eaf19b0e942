"""Dialogs for a case's family: relations between any two persons, and gezag over each minor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from casusoverleg_desktop.domain.enums import PersonRelation
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import families
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import FamilyView, GezagInfo, PersonLinkInfo

from casusoverleg_desktop.ui.dialogs.service_dialog import ServiceDialog, text_or_none
from casusoverleg_desktop.ui.forms.ui_gezag_dialog import Ui_GezagDialog
from casusoverleg_desktop.ui.forms.ui_relation_dialog import Ui_RelationDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.combos import enum_value, fill_items
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error


class RelationDialog(ServiceDialog):
    """Add a relation between two persons of the case ("Sara K." kind van "Mirjam K."), or remove
    one already recorded (at once: the list shows what is stored)."""

    def __init__(self, ctx: ServiceContext, view: FamilyView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RelationDialog(), parent)
        self.case_id = view.case_id
        self.ok_button.setText(self.tr("Toevoegen"))
        persons = [(m.pseudonym, m.id) for m in view.members]
        fill_items(self.ui.person_combo, persons)
        fill_items(self.ui.related_combo, persons)
        if len(persons) > 1:
            self.ui.related_combo.setCurrentIndex(1)
        fill_items(self.ui.kind_combo, [(label(k), k) for k in PersonRelation])
        self.ui.remove_button.clicked.connect(self.remove_selected)
        self.ui.links_list.currentRowChanged.connect(self._selection_changed)
        self.removed = False
        self._show_links(view.links)
        self.ui.person_combo.setFocus()

    def _show_links(self, links: tuple[PersonLinkInfo, ...]) -> None:
        self.ui.links_list.clear()
        for link in links:
            item = QListWidgetItem(link.phrase)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.ui.links_list.addItem(item)
        if not links:
            self.ui.links_list.addItem(QListWidgetItem(self.tr("Nog geen relaties vastgelegd.")))
        self._selection_changed()

    def _selection_changed(self) -> None:
        item = self.ui.links_list.currentItem()
        self.ui.remove_button.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)

    def submit(self) -> PersonLinkInfo:
        kind = enum_value(self.ui.kind_combo, PersonRelation)
        assert kind is not None
        return families.link_persons(self.ctx, self.ui.person_combo.currentData(), kind,
                                     self.ui.related_combo.currentData(),
                                     detail=text_or_none(self.ui.detail_edit.text()))

    def remove_selected(self) -> None:
        item = self.ui.links_list.currentItem()
        link_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if link_id is None:
            return
        clear_message(self.ui.error_label)
        try:
            families.unlink_persons(self.ctx, link_id)
            view = families.family_view(self.ctx, self.case_id)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return
        self.removed = True
        self._show_links(view.links)


class GezagDialog(ServiceDialog):
    """Who holds gezag over each minor: persons of the case (ticked) and/or a named guardian."""

    def __init__(self, ctx: ServiceContext, view: FamilyView, parent: QWidget | None = None,
                 minor_id: int | None = None) -> None:
        super().__init__(ctx, Ui_GezagDialog(), parent)
        self.view = view
        self.current = {g.minor_subject_id: g for g in view.gezag}
        # Adults are not offered; a person of unknown age is (the service refuses a known adult).
        minors = [(m.pseudonym, m.id) for m in view.members if m.minor is not False]
        fill_items(self.ui.minor_combo, minors)
        if minor_id is not None and (index := self.ui.minor_combo.findData(minor_id)) >= 0:
            self.ui.minor_combo.setCurrentIndex(index)
        self.ui.minor_combo.currentIndexChanged.connect(self._minor_changed)
        self.ui.hint_label.setText(self.tr(
            "Vink de ouders (of anderen in de casus) aan die het gezag hebben, en/of noem de voogd. "
            "Niets aangevinkt en geen voogd: niemand in de casus heeft het gezag."))
        if not minors:
            self.ok_button.setEnabled(False)
            self.ui.hint_label.setText(self.tr("Deze casus heeft geen minderjarigen."))
        self._minor_changed()
        self.ui.minor_combo.setFocus()

    def _minor_changed(self) -> None:
        minor_id = self.ui.minor_combo.currentData()
        held = self.current.get(minor_id, GezagInfo(minor_id, (), None))
        self.ui.holders_list.clear()
        for member in self.view.members:
            if member.id == minor_id:
                continue
            item = QListWidgetItem(member.pseudonym)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in held.holder_subject_ids
                               else Qt.CheckState.Unchecked)
            self.ui.holders_list.addItem(item)
        self.ui.guardian_edit.setText(held.guardian or "")

    def set_holder(self, subject_id: int, holds: bool) -> None:
        for row in range(self.ui.holders_list.count()):
            item = self.ui.holders_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == subject_id:
                item.setCheckState(Qt.CheckState.Checked if holds else Qt.CheckState.Unchecked)

    def holders(self) -> list[int]:
        items = (self.ui.holders_list.item(row) for row in range(self.ui.holders_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() is Qt.CheckState.Checked]

    def submit(self) -> GezagInfo:
        return families.set_gezag(self.ctx, self.ui.minor_combo.currentData(), self.holders(),
                                  text_or_none(self.ui.guardian_edit.text()))
