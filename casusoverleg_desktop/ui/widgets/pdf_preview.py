"""A page preview of a PDF held in memory, with page navigation and fit-to-width.

Qt's own QtPdf is not in pyside6-essentials and does not draw signature stamps; pypdfium2 does,
once the form environment is set up (``init_forms``). The PDF never touches the disk: the bytes go
straight to PDFium. PDFium is not thread-safe, so pages are rendered in the GUI thread only (one
page at a time, which takes tens of milliseconds).
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PAGE_MARGIN = 16
MIN_SCALE, MAX_SCALE = 0.25, 4.0
ZOOM_STEP = 1.25


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` at ``scale`` pixels per point, with form fields and signature stamps."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, may_draw_forms=True, prefer_bgrx=True, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # the bitmap's memory goes away with the bitmap
    finally:
        page.close()


def widget_boxes(document: pdfium.PdfDocument, index: int) -> list[tuple[float, float, float, float]]:
    """The visible form-field boxes (left, bottom, right, top in points) on page ``index``:
    on our documents, the signature stamps."""
    page = document[index]
    boxes = []
    try:
        for number in range(pdfium_raw.FPDFPage_GetAnnotCount(page.raw)):
            annotation = pdfium_raw.FPDFPage_GetAnnot(page.raw, number)
            try:
                if pdfium_raw.FPDFAnnot_GetSubtype(annotation) != pdfium_raw.FPDF_ANNOT_WIDGET:
                    continue
                rect = pdfium_raw.FS_RECTF()
                if pdfium_raw.FPDFAnnot_GetRect(annotation, rect) and rect.right - rect.left > 1:
                    low, high = sorted((rect.bottom, rect.top))
                    boxes.append((rect.left, low, rect.right, high))
            finally:
                pdfium_raw.FPDFPage_CloseAnnot(annotation)
    finally:
        page.close()
    return boxes


class PdfPreview(QWidget):
    """Shows one page at a time; ``set_pdf(bytes)`` to show a document, ``clear(text)`` to empty it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")  # its look: "#pdf_preview" in ui/theme/stylesheet.py
        self._document: pdfium.PdfDocument | None = None
        self._page = 0
        self._fit_width = True
        self._scale = 1.0
        self._page_sizes: list[tuple[float, float]] = []

        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("‹ Vorige"))
        self.previous_button.setAccessibleName(self.tr("Vorige pagina"))
        self.previous_button.setToolTip(self.tr("Vorige pagina (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Volgende ›"))
        self.next_button.setAccessibleName(self.tr("Volgende pagina"))
        self.next_button.setToolTip(self.tr("Volgende pagina (Page Down)"))
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Paginanummer"))
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setAccessibleName(self.tr("Verkleinen"))
        self.zoom_out_button.setToolTip(self.tr("Verkleinen (Ctrl+-)"))
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setAccessibleName(self.tr("Vergroten"))
        self.zoom_in_button.setToolTip(self.tr("Vergroten (Ctrl++)"))
        self.fit_button = QPushButton(self.tr("Paginabreedte"), self)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setAccessibleName(self.tr("Passend op paginabreedte"))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)

        self.image_label = QLabel()
        self.image_label.setObjectName("page_image")
        self.image_label.setAccessibleName(self.tr("Voorbeeld van de pagina"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.placeholder_label = QLabel()
        self.placeholder_label.setObjectName("placeholder_label")
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)
        canvas = QWidget()
        canvas.setObjectName("preview_canvas")
        canvas_layout = QVBoxLayout(canvas)
        canvas_layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        canvas_layout.addWidget(self.placeholder_label, 1)
        canvas_layout.addWidget(self.image_label, 0,
                                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        canvas_layout.addStretch(0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("preview_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(canvas)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setAccessibleName(self.tr("Paginavoorbeeld"))
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._render)
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.toggled.connect(self.set_fit_width)
        for keys, action in (("PgUp", lambda: self.show_page(self._page - 1)),
                             ("PgDown", lambda: self.show_page(self._page + 1)),
                             ("Ctrl++", lambda: self.zoom(ZOOM_STEP)),
                             ("Ctrl+=", lambda: self.zoom(ZOOM_STEP)),
                             ("Ctrl+-", lambda: self.zoom(1 / ZOOM_STEP))):
            QShortcut(QKeySequence(keys), self, activated=action,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear(self.tr("Nog geen document."))

    # -- content ---------------------------------------------------------------------------------
    def set_pdf(self, pdf: bytes, page: int = 0) -> bool:
        """Show ``pdf`` (in memory) at ``page``; False (with a message) when PDFium cannot read it."""
        self._close_document()
        try:
            document = pdfium.PdfDocument(pdf)
            document.init_forms()
            sizes = [document.get_page_size(i) for i in range(len(document))]
        except (pdfium.PdfiumError, ValueError, OSError):
            self.clear(self.tr("Van dit bestand kan geen voorbeeld worden getoond."))
            return False
        if not sizes:
            document.close()
            self.clear(self.tr("Dit document heeft geen pagina's."))
            return False
        self._document, self._page_sizes = document, sizes
        self._page = max(0, min(page, len(sizes) - 1))
        self.placeholder_label.hide()
        self.image_label.show()
        self._render()
        return True

    def clear(self, message: str = "") -> None:
        self._close_document()
        self._page_sizes = []
        self._page = 0
        self.image_label.clear()
        self.image_label.hide()
        self.placeholder_label.setText(message)
        self.placeholder_label.show()
        self._update_controls()

    def _close_document(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def page_count(self) -> int:
        return len(self._page_sizes)

    def current_page(self) -> int:
        return self._page

    def show_page(self, index: int) -> None:
        if not self._page_sizes:
            return
        index = max(0, min(index, len(self._page_sizes) - 1))
        if index != self._page:
            self._page = index
            self._render()
            self.scroll.verticalScrollBar().setValue(0)

    def page_image(self) -> QImage:
        """The page as shown now (for tests and screenshots)."""
        pixmap = self.image_label.pixmap()
        return pixmap.toImage() if pixmap is not None else QImage()

    # -- zoom --------------------------------------------------------------------------------------
    def set_fit_width(self, on: bool) -> None:
        self._fit_width = on
        if self.fit_button.isChecked() != on:
            self.fit_button.setChecked(on)
        self.scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._render()

    def show_signatures(self) -> bool:
        """Scroll to the signature stamps (on the last page that has any); False when none."""
        if self._document is None:
            return False
        index = next((i for i in reversed(range(self.page_count()))
                      if widget_boxes(self._document, i)), None)
        if index is None:
            return False
        self.show_page(index)
        self.scroll.widget().adjustSize()
        top = max(box[3] for box in widget_boxes(self._document, index))
        y = PAGE_MARGIN + (self._page_sizes[index][1] - top) * self._current_scale()
        target = max(0, int(y - self.scroll.viewport().height() / 3))
        bar = self.scroll.verticalScrollBar()
        bar.setValue(target)
        QTimer.singleShot(0, lambda: bar.setValue(target))
        return True

    def _current_scale(self) -> float:
        if not self._page_sizes:
            return self._scale
        if self._fit_width:
            width_pt = self._page_sizes[self._page][0]
            # room beside a vertical scroll bar, whether it shows yet or not (no horizontal one)
            bar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            room = self.scroll.width() - 2 * self.scroll.frameWidth() - bar - 2 * PAGE_MARGIN - 4
            return max(MIN_SCALE, min(MAX_SCALE, room / width_pt))
        return self._scale

    def _render(self) -> None:
        self._update_controls()
        if self._document is None:
            return
        scale = self._current_scale()
        ratio = self.devicePixelRatioF()
        image = render_page(self._document, self._page, scale * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)
        border = 2  # the page's 1-pixel frame on either side
        self.image_label.setFixedSize(QSize(round(image.width() / ratio) + border,
                                            round(image.height() / ratio) + border))

    def _update_controls(self) -> None:
        count = len(self._page_sizes)
        if count:
            self.page_label.setText(self.tr("Pagina %1 van %2").replace("%1", str(self._page + 1))
                                    .replace("%2", str(count)))
        else:
            self.page_label.setText("")
        self.previous_button.setEnabled(count > 0 and self._page > 0)
        self.next_button.setEnabled(count > 0 and self._page < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        if self._fit_width and self._document is not None:
            self._resize_timer.start()

    def closeEvent(self, event) -> None:  # Qt API
        self._close_document()
        super().closeEvent(event)
