"""Table models of the Keten page: the organisations of a version, its routes, and a route's steps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from casusoverleg_desktop.services.chain import MemberInfo, RouteInfo, StepInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import Column, TableModel, tr
from casusoverleg_desktop.ui.theme import Palette


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    if days == 0:
        return tr("direct")
    return tr("%1 werkdag").replace("%1", "1") if days == 1 else tr("%1 werkdagen").replace("%1", str(days))


class MemberModel(TableModel[MemberInfo]):
    ORGANISATION, ROLE, LANE, CONTACT = range(4)
    columns = (
        Column("Organisatie", lambda m: m.organisation, tooltip=lambda m: m.organisation),
        Column("Rol", lambda m: label(m.role)),
        Column("Baan", lambda m: label(m.lane)),
        Column("Contact", lambda m: m.contact, tooltip=lambda m: m.contact),
    )


class RouteModel(TableModel[RouteInfo]):
    NAME, STEPS = range(2)
    columns = (
        Column("Route", lambda r: r.name + (tr(" (acuut)") if r.is_acute else ""),
               tooltip=lambda r: r.worry),
        Column("Stappen", lambda r: str(len(r.steps))),
    )

    def extra_data(self, route: RouteInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and route.is_acute and column == self.NAME:
            return QBrush(QColor(Palette.ERROR))
        return None


class StepModel(TableModel[StepInfo]):
    """The steps of one route, in order; "Volgende stappen" names the steps a step leads to."""

    ORGANISATION, ACTION, WITHIN, PROMISE, NEXT = range(5)

    def __init__(self, parent=None) -> None:
        self.route: RouteInfo | None = None
        super().__init__(parent)

    def make_columns(self) -> Sequence[Column]:
        return (
            Column("Organisatie", lambda s: s.member.name, tooltip=lambda s: s.member.organisation),
            Column("Wat", lambda s: s.action, tooltip=lambda s: s.information),
            Column("Termijn", lambda s: days_text(s.within_days)),
            Column("Melder hoort", self.promise_text, tooltip=lambda s: s.promise),
            Column("Volgende stappen", self.next_text, tooltip=self.next_text),
        )

    def set_route(self, route: RouteInfo | None) -> None:
        with self.resetting():
            self.route = route
            self._rows = list(route.steps) if route else []

    def promise_text(self, step: StepInfo) -> str:
        if step.promise is None:
            return ""
        return tr("%1 (binnen %2)").replace("%1", step.promise).replace("%2", days_text(step.promise_days))

    def next_text(self, step: StepInfo) -> str:
        if self.route is None:
            return ""
        parts = []
        for link in self.route.links:
            if link.from_step_id == step.id:
                target = next(s for s in self.route.steps if s.id == link.to_step_id)
                number = str(self.route.steps.index(target) + 1)
                parts.append(f"{number} ({link.label})" if link.label else number)
        return ", ".join(parts)

    def step_title(self, step: StepInfo) -> str:
        """"2. Weegploeg weegt de melding" for combos and questions."""
        number = self.route.steps.index(step) + 1 if self.route else 0
        return f"{number}. {step.action}"
