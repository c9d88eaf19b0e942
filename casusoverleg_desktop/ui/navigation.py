"""How pages ask the main window to show something else, without knowing each other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from casusoverleg_desktop.services.context import ServiceContext


class Navigator(Protocol):
    def show_page(self, key: str) -> None: ...

    def open_case(self, case_id: int) -> None: ...

    def open_meeting(self, meeting_id: int) -> None: ...

    def open_meeting_mode(self, meeting_id: int) -> None: ...

    def open_action(self, action_id: int) -> None: ...

    def open_partner(self, partner_id: int) -> None: ...

    def open_request(self, request_id: int) -> None: ...


PageFactory = Callable[[ServiceContext, Navigator], QWidget]
"""Makes a page: a ``ui.pages.base.Page``, which the main window refreshes and saves."""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: PageFactory
