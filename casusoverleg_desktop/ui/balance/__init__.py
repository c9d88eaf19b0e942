"""The balance sheet on screen: embeddable widgets for the case window and meeting mode.

- ``BalanceSheetWidget(ctx, case_id, meeting_id, parent)`` with ``save_pending()``, ``changed`` and
  ``add_from_source(side, SourceRef(...))`` (what a drop, or meeting mode's A/B/C key, does);
- ``BalanceHistoryWidget(ctx, case_id, parent)`` with ``refresh()``: diff of two versions + trend;
- ``MIME_TYPE`` / ``source_mime_data(entity_type, id)``: drag data for signals and contributions;
- ``SIDE_LETTERS``: A, B and C, the letters of the columns.
"""

from casusoverleg_desktop.ui.balance.history_widget import BalanceHistoryWidget
from casusoverleg_desktop.ui.balance.mime import (
           CONTRIBUTION,
           MIME_TYPE,
           SIGNAL,
           SourceRef,
           read_source,
           source_mime_data,
)
from casusoverleg_desktop.ui.balance.sheet_widget import BalanceSheetWidget
from casusoverleg_desktop.ui.balance.side_panel import SIDE_LETTERS

__all__ = ["CONTRIBUTION", "MIME_TYPE", "SIDE_LETTERS", "SIGNAL", "BalanceHistoryWidget",
           "BalanceSheetWidget", "SourceRef", "read_source", "source_mime_data"]
