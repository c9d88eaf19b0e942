"""Families in the case window, from a fresh vault: persons through the subject dialog, a 'kind van'
relation and gezag through the family dialogs, and the family view showing them at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.domain.enums import (
    LegalBasis,
    PartnerDomain,
    PartnerTier,
    PersonRelation,
    Relation,
    SubjectRole,
)
from casusoverleg_desktop.services import cases, families, partners

from casusoverleg_desktop.ui.dialogs.case_dialogs import SubjectDialog
from casusoverleg_desktop.ui.dialogs.family_dialogs import GezagDialog, RelationDialog
from casusoverleg_desktop.ui.pages.cases_page import CasesPage
from casusoverleg_desktop.ui.widgets.combos import select_data
from casusoverleg_desktop.ui.windows.case_window import CaseWindow
from casusoverleg_desktop.ui.windows.family_panel import FamilyModel


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def open_dialog(qtbot, window: CaseWindow, button, cls):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in window.findChildren(cls) if d.isVisible()]
    return dialog


def family_rows(window: CaseWindow) -> dict[str, tuple[str, str]]:
    model = window.family.model
    return {model.index(r, FamilyModel.PERSON).data(): (model.index(r, FamilyModel.RELATIONS).data(),
                                                        model.index(r, FamilyModel.GEZAG).data())
            for r in range(model.rowCount())}


def add_person(qtbot, window: CaseWindow, name: str, *, age: int = -1, relation: Relation | None = None,
               gezag: bool | None = None) -> None:
    dialog = open_dialog(qtbot, window, window.ui.add_subject_button, SubjectDialog)
    qtbot.keyClicks(dialog.ui.pseudonym_edit, name)
    if relation is not None:
        select_data(dialog.ui.relation_combo, relation)
    dialog.ui.age_spin.setValue(age)
    if gezag is not None:
        assert dialog.ui.gezag_combo.isEnabled()  # for the primary person too
        select_data(dialog.ui.gezag_combo, gezag)
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()


def test_a_new_case_gets_its_family_and_gezag_through_the_dialogs(qtbot, ctx):
    school = partners.create_partner(ctx, "Basisschool De Linde", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    new_case = page.new_case()
    qtbot.keyClicks(new_case.ui.code_edit, "LV-2025-050")
    select_data(new_case.ui.legal_basis_combo, LegalBasis.ZVH_WGS)
    select_data(new_case.ui.reporter_partner_combo, school.id)
    new_case.ui.reported_on_date.setDate(QDate(2025, 6, 6))
    ok(qtbot, new_case)
    assert new_case.result() == new_case.DialogCode.Accepted, new_case.error_text()
    (window,) = page.windows.values()
    try:
        window.ui.tabs.setCurrentWidget(window.ui.subjects_tab)
        assert not window.family.relation_button.isEnabled()  # nobody to relate yet

        add_person(qtbot, window, "Mirjam K.", age=38, gezag=True)  # the primary person is a parent
        add_person(qtbot, window, "Sara K.", age=8, relation=Relation.ANDERS)
        add_person(qtbot, window, "Johan K.", relation=Relation.PARTNER)
        ids = {s.pseudonym: s.id for s in window.detail.subjects}
        assert window.detail.subjects[0].role is SubjectRole.PRIMAIR
        assert window.detail.subjects[0].has_gezag is True

        relation = open_dialog(qtbot, window, window.family.relation_button, RelationDialog)
        select_data(relation.ui.person_combo, ids["Sara K."])
        select_data(relation.ui.kind_combo, PersonRelation.KIND_VAN)
        select_data(relation.ui.related_combo, ids["Mirjam K."])
        qtbot.keyClicks(relation.ui.detail_edit, "dochter")
        ok(qtbot, relation)
        assert relation.result() == relation.DialogCode.Accepted, relation.error_text()

        gezag = open_dialog(qtbot, window, window.family.gezag_button, GezagDialog)
        minors = [gezag.ui.minor_combo.itemText(i) for i in range(gezag.ui.minor_combo.count())]
        assert minors == ["Sara K.", "Johan K."]  # adults are not offered; an unknown age is
        select_data(gezag.ui.minor_combo, ids["Sara K."])
        gezag.set_holder(ids["Mirjam K."], True)
        qtbot.keyClicks(gezag.ui.guardian_edit, "GI Jeugdbescherming")
        ok(qtbot, gezag)
        assert gezag.result() == gezag.DialogCode.Accepted, gezag.error_text()

        rows = family_rows(window)
        assert rows["Sara K."] == ("dochter van Mirjam K.",
                                   "onder gezag van Mirjam K.; voogd: GI Jeugdbescherming")
        assert rows["Mirjam K."] == ("ouder van Sara K.; partner van Johan K.", "gezag over Sara K.")
        assert rows["Johan K."] == ("partner van Mirjam K.", "")
        assert window.family.table.isVisible()
    finally:
        window.close()


def test_refusals_show_in_dutch_and_keep_the_input(qtbot, ctx):
    case = cases.create_case(ctx, "LV-2025-051", LegalBasis.PGA, dt.date(2025, 3, 1))
    mirjam = cases.add_subject(ctx, case.id, "Mirjam K.", SubjectRole.PRIMAIR, age=38)
    sara = cases.add_subject(ctx, case.id, "Sara K.", SubjectRole.GERELATEERD, relation=Relation.ANDERS,
                             age=8)
    families.link_persons(ctx, mirjam.id, PersonRelation.OUDER_VAN, sara.id)
    window = CaseWindow(ctx, case.id)
    qtbot.addWidget(window)
    window.show()

    relation = window.family.relation_dialog()
    qtbot.addWidget(relation)
    relation.show()
    select_data(relation.ui.person_combo, sara.id)
    select_data(relation.ui.related_combo, sara.id)
    ok(qtbot, relation)
    assert "met zichzelf" in relation.error_text() and relation.isVisible()
    select_data(relation.ui.kind_combo, PersonRelation.KIND_VAN)
    select_data(relation.ui.related_combo, mirjam.id)
    qtbot.keyClicks(relation.ui.detail_edit, "moeder")
    ok(qtbot, relation)
    assert "beschrijft de omschrijving het kind" in relation.error_text()
    assert relation.ui.detail_edit.text() == "moeder"
    relation.ui.detail_edit.clear()
    ok(qtbot, relation)
    assert "al een relatie vastgelegd" in relation.error_text()
    assert "Sara K." in relation.error_text() and "Mirjam K." in relation.error_text()

    # Removing the relation from the dialog's list takes effect at once.
    relation.ui.links_list.setCurrentRow(0)
    qtbot.mouseClick(relation.ui.remove_button, Qt.MouseButton.LeftButton)
    assert relation.removed and families.family_view(ctx, case.id).links == ()
    relation.reject()

    gezag = window.family.gezag_dialog()
    qtbot.addWidget(gezag)
    gezag.show()
    assert [gezag.ui.minor_combo.itemText(i) for i in range(gezag.ui.minor_combo.count())] == ["Sara K."]
    gezag.set_holder(mirjam.id, True)
    gezag.ui.guardian_edit.setText("x" * 300)
    ok(qtbot, gezag)
    assert gezag.isVisible() and "hoogstens 200 tekens" in gezag.error_text()
    assert gezag.holders() == [mirjam.id]  # the input stays
    assert families.family_view(ctx, case.id).gezag == ()
