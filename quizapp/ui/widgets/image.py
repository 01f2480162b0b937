"""A question's picture: scaled to the width it is given, sharp on high-DPI screens, read off the
GUI thread, with its alt text as the accessible description and in place of a picture that
cannot be shown.

The file is decoded on the thread pool (`run_job`) at the device pixels the widget needs, as a
QImage (QPixmap may only be made on the GUI thread). A wider window asks for a sharper decode
once resizing settles. Until the picture arrives the widget keeps its final height, known from
the size the bank checker measured, so the answers below it do not jump.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QImage,
    QImageIOHandler,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from quizapp.bank import Image
from quizapp.ui.text import plain_label
from quizapp.ui.workers import run_job

MAX_HEIGHT = 360  # logical pixels: the prompt, the picture and the answers fit at 800x600
MAX_DECODE = 4096  # device pixels on the long side; more is never on screen
FORMATS = (b"png", b"jpeg", b"svg")  # what the bank checker allows, decided by content


def read_picture(path: str, width: int) -> tuple[QImage, QSize]:
    """Decode `path` at about `width` pixels wide (never wider than it is, except SVG, which is
    drawn at that width). Returns the image (null if it cannot be read) and the picture's
    natural size, upright. Runs on a worker thread, so it uses QtGui's image classes only."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    kind = bytes(reader.format().data())
    natural = reader.size()
    if kind not in FORMATS or not natural.isValid() or natural.isEmpty():
        return QImage(), QSize()
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    upright = natural.transposed() if turned else natural
    width = min(max(1, width), MAX_DECODE)
    if (kind == b"svg" or upright.width() > width) and not turned:
        reader.setScaledSize(natural.scaled(width, MAX_DECODE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return image, upright


class QuestionImage(QWidget):
    """The picture under a prompt. `shown(True)` once it is drawn, `shown(False)` when its alt
    text stands in for it."""

    shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Picture"))
        self.fallback = plain_label("", name=self.tr("Picture that cannot be shown"), parent=self)
        self.fallback.setProperty("muted", True)
        self.fallback.setFrameShape(QFrame.Shape.Box)
        self.fallback.setMargin(8)
        self.fallback.hide()
        self.image: Image | None = None
        self.picture = QImage()  # decoded, at `picture.width()` device pixels
        self.natural = QSize()  # the picture's own size, upright
        self.failed = False
        self._cache: QPixmap | None = None
        self._request = 0
        self._sharper = QTimer(self)
        self._sharper.setSingleShot(True)
        self._sharper.setInterval(200)
        self._sharper.timeout.connect(self._load)
        self.hide()

    def show_image(self, image: Image | None) -> None:
        """Show `image` (None: hide). The old picture is dropped at once; a load still running
        for it is ignored when it reports."""
        self._request += 1
        self.image, self.picture, self._cache, self.failed = image, QImage(), None, False
        self.fallback.hide()
        if image is None:
            self.hide()
            return
        self.natural = QSize(image.width, image.height)
        self.setAccessibleDescription(image.alt)
        self.fallback.setText(self.tr("Picture: %1").replace("%1", image.alt))
        self.fallback.setAccessibleDescription(image.alt)
        self.show()
        self.updateGeometry()
        self._load()

    # -- loading ------------------------------------------------------------------------------
    def _wanted_width(self) -> int:
        """Device pixels wide the picture is drawn at now (or will be, before the first layout)."""
        logical = self.width() if self.isVisible() and self.width() > 1 else 800
        return math.ceil(logical * self.devicePixelRatioF())

    def _load(self) -> None:
        if self.image is None:
            return
        request, path, width = self._request, self.image.file, self._wanted_width()

        def done(result: tuple[QImage, QSize]) -> None:
            if request == self._request:
                self._arrived(*result)

        def failed(_error: Exception) -> None:
            if request == self._request:
                self._arrived(QImage(), QSize())

        run_job(lambda: read_picture(path, width), done, failed, owner=self)

    def _arrived(self, picture: QImage, natural: QSize) -> None:
        self.failed = picture.isNull()
        self.fallback.setVisible(self.failed)
        if not self.failed:
            self.picture, self.natural, self._cache = picture, natural, None
        self.updateGeometry()
        self.update()
        self.shown.emit(not self.failed)

    # -- size ---------------------------------------------------------------------------------
    def drawn_size(self, width: int, height: int = MAX_HEIGHT) -> QSize:
        """Logical size of the picture in `width` x `height`: at most its own size (a pixel per
        logical pixel, as browsers do) and `MAX_HEIGHT`, keeping its shape."""
        natural = self.natural if not self.natural.isEmpty() else QSize(4, 3)
        width, height = max(1, width), max(1, min(height, MAX_HEIGHT))
        if natural.width() <= width and natural.height() <= height:
            return QSize(natural)
        return natural.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.failed:
            return self.fallback.heightForWidth(width)
        return self.drawn_size(width).height()

    def sizeHint(self) -> QSize:
        size = self.drawn_size(640)
        return QSize(size.width(), self.heightForWidth(size.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fallback.setGeometry(self.rect())
        self._cache = None
        loaded = self.picture.width()
        svg = self.image is not None and self.image.file.lower().endswith(".svg")
        sharper_exists = svg or loaded < self.natural.width()
        if not self.picture.isNull() and sharper_exists and self._wanted_width() > loaded:
            self._sharper.start()
        super().resizeEvent(event)

    # -- drawing ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.failed or self.image is None:
            return
        size = self.drawn_size(self.width(), self.height())  # less than asked for, if squeezed
        painter = QPainter(self)
        if self.picture.isNull():  # still loading: a quiet frame where it will be
            painter.setPen(self.palette().mid().color())
            painter.drawRect(QRect(0, 0, size.width() - 1, size.height() - 1))
            return
        painter.drawPixmap(0, 0, self._pixmap(size))

    def _pixmap(self, size: QSize) -> QPixmap:
        """The picture at exactly the device pixels of `size`, marked with the screen's ratio so
        Qt draws it one to one (sharp) instead of scaling it again."""
        ratio = self.devicePixelRatioF()
        device = QSize(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
        if self._cache is None or self._cache.size() != device:
            scaled = self.picture.scaled(
                device,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._cache = QPixmap.fromImage(scaled)
            self._cache.setDevicePixelRatio(ratio)
        return self._cache
