"""The balance sheet on screen: embeddable widgets for the case window and meeting mode.

- ``BalanceSheetWidget(ctx, case_id, meeting_id, parent)`` with ``save_pending()`` and ``changed``;
- ``BalanceHistoryWidget(ctx, case_id, parent)`` with ``refresh()``: diff of two versions + trend;
- ``MIME_TYPE`` / ``source_mime_data(entity_type, id)``: drag data for signals and contributions.
"""

from casusoverleg_desktop.ui.balance.history_widget import BalanceHistoryWidget
from casusoverleg_desktop.ui.balance.mime import (
           CONTRIBUTION,
           MIME_TYPE,
           SIGNAL,
           read_source,
           source_mime_data,
)
from casusoverleg_desktop.ui.balance.sheet_widget import BalanceSheetWidget

__all__ = ["CONTRIBUTION", "MIME_TYPE", "SIGNAL", "BalanceHistoryWidget", "BalanceSheetWidget", "read_source",
           "source_mime_data"]
