"""Looks: the Fusion style with a light or dark palette, and font sizes that scale together.

Colours are derived from the palette, never hard-coded in widgets, so both schemes stay readable.
`--theme system` follows the desktop's colour scheme when Qt can tell it; light otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("system", "light", "dark")
DEFAULT_POINT_SIZE = 11
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 32

# (window, base, alternate, text, muted, button, highlight, link, good, bad, warn)
_LIGHT = ("#f6f7f9", "#ffffff", "#eef1f5", "#1d2430", "#5b6475", "#ffffff",
          "#2f6fd6", "#1f5cbf", "#1c7c3c", "#b3261e", "#a15c00")  # fmt: skip
_DARK = ("#1e2127", "#262a31", "#2d323a", "#e7e9ee", "#a9b0bd", "#30353e",
         "#5b9cf5", "#8ab8ff", "#5cc27f", "#ff8a80", "#f3b04d")  # fmt: skip


def is_dark(theme: str) -> bool:
    """Whether `theme` ("system", "light" or "dark") means dark here."""
    if theme == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Fusion style and our palette; a forced scheme also tells Qt (dialogs, title bars)."""
    app.setStyle("Fusion")
    if theme in ("light", "dark"):
        scheme = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
        QGuiApplication.styleHints().setColorScheme(scheme)
    dark = is_dark(theme)
    app.setPalette(_palette(_DARK if dark else _LIGHT))
    app.setProperty("quizappDark", dark)
    app.setStyleSheet(_style_sheet(_DARK if dark else _LIGHT))


def _palette(c: tuple[str, ...]) -> QPalette:
    window, base, alt, text, muted, button, high, link = (QColor(x) for x in c[:8])
    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in (
        (R.Window, window),
        (R.WindowText, text),
        (R.Base, base),
        (R.AlternateBase, alt),
        (R.Text, text),
        (R.Button, button),
        (R.ButtonText, text),
        (R.Highlight, high),
        (R.HighlightedText, QColor("#ffffff") if c is _LIGHT else QColor("#0b1220")),
        (R.Link, link),
        (R.PlaceholderText, muted),
        (R.ToolTipBase, base),
        (R.ToolTipText, text),
        (R.Mid, QColor(muted)),
        (R.Accent, high),
    ):
        p.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return p


def colour(name: str) -> QColor:
    """A named colour of the current theme: good, bad, warn, muted, accent."""
    c = (
        _DARK
        if QApplication.instance() and QApplication.instance().property("quizappDark")
        else _LIGHT
    )
    index = {"muted": 4, "accent": 6, "good": 8, "bad": 9, "warn": 10}[name]
    return QColor(c[index])


def _style_sheet(c: tuple[str, ...]) -> str:
    _, base, alt, text, muted, button, high, _, good, bad, warn = c
    return f"""
    QWidget:focus {{ outline: none; }}
    QPushButton {{ padding: 6px 14px; border: 1px solid {muted}; border-radius: 6px;
                   background: {button}; }}
    QPushButton:hover {{ border-color: {high}; }}
    QPushButton:focus, QToolButton:focus {{ border: 2px solid {high}; }}
    QPushButton[primary="true"] {{ background: {high}; color: {base if c is _DARK else "#ffffff"};
                   border-color: {high}; font-weight: 600; }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {text}; }}
    QPushButton:disabled {{ color: {muted}; border-color: {alt}; }}
    QPushButton[primary="true"]:disabled {{ background: {button}; color: {muted};
                   border-color: {alt}; }}
    QLineEdit, QComboBox, QPlainTextEdit, QListWidget, QTreeWidget {{
        border: 1px solid {muted}; border-radius: 5px; padding: 3px; background: {base}; }}
    QLineEdit:focus, QComboBox:focus,
    QPlainTextEdit:focus, QListWidget:focus, QTreeWidget:focus {{ border: 2px solid {high}; }}
    QRadioButton:focus, QCheckBox:focus {{ background: {alt}; border-radius: 4px; }}
    QRadioButton, QCheckBox {{ padding: 5px 4px; spacing: 10px; }}
    QFrame[card="true"] {{ background: {base}; border: 1px solid {alt}; border-radius: 10px; }}
    QFrame[feedback="good"] {{ border-left: 5px solid {good}; }}
    QFrame[feedback="bad"] {{ border-left: 5px solid {bad}; }}
    QFrame[feedback="partial"] {{ border-left: 5px solid {warn}; }}
    QLabel[muted="true"] {{ color: {muted}; }}
    QLabel[verdict="good"] {{ color: {good}; font-weight: 700; }}
    QLabel[verdict="bad"] {{ color: {bad}; font-weight: 700; }}
    QLabel[verdict="partial"] {{ color: {warn}; font-weight: 700; }}
    QLabel[badge="true"] {{ color: {bad}; font-weight: 600; }}
    QProgressBar {{ border: 1px solid {alt}; border-radius: 5px; background: {alt};
                    text-align: center; max-height: 10px; }}
    QProgressBar::chunk {{ background: {high}; border-radius: 4px; }}
    QProgressBar[urgency="warn"]::chunk {{ background: {warn}; }}
    QProgressBar[urgency="urgent"]::chunk {{ background: {bad}; }}
    QLabel[urgency="warn"] {{ color: {warn}; font-weight: 700; }}
    QLabel[urgency="urgent"] {{ color: {bad}; font-weight: 700; }}
    #header {{ background: {base}; border-bottom: 1px solid {alt}; }}
    #footer {{ background: {base}; border-top: 1px solid {alt}; }}
    """


def scaled_font(base: QFont, scale: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(MIN_POINT_SIZE, base.pointSizeF() * scale))
    font.setBold(bold)
    return font


def mark_heading(widget: QWidget, scale: float = 1.5, bold: bool = True) -> QWidget:
    """Make `widget` a heading that keeps its size relative to the window's font."""
    widget.setProperty("fontScale", scale)
    widget.setProperty("fontBold", bold)
    return widget


def apply_font_size(root: QWidget, point_size: float) -> None:
    """Set the base font of `root` and rescale every heading marked by `mark_heading`."""
    font = QFont(root.font())
    font.setPointSizeF(point_size)
    root.setFont(font)
    rescale_headings(root, font)


def rescale_headings(root: QWidget, font: QFont) -> None:
    """Size every heading under `root` (see `mark_heading`) relative to `font`."""
    for child in root.findChildren(QWidget):
        scale = child.property("fontScale")
        if scale:
            child.setFont(scaled_font(font, float(scale), bool(child.property("fontBold"))))


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
