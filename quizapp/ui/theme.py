"""Looks: the Fusion style with a light or dark `Theme`, and text sizes that scale together.

Widgets never hard-code a colour: they ask `current()` (or `colour(name)`) for the theme's named
colours, so both schemes stay readable. `--theme system` follows the desktop's colour scheme,
also when it changes while the app runs (`theme_changed` tells widgets that cache colours).

Font sizes are set with a style sheet on the window (`apply_font_size`), not `setFont`: once the
app has a style sheet, Qt stops passing a parent's font down to its children, so only widgets
set one by one would grow. A style sheet rule reaches every widget, also those built later and
the message boxes the window opens. Headings keep their proportion through `mark_heading`.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.paths import resource_dir
from quizapp.progress.model import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE

THEMES = ("system", "light", "dark")
DEFAULT_POINT_SIZE, MIN_POINT_SIZE, MAX_POINT_SIZE = DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE
# Every heading size a page uses, relative to the body text (see `mark_heading`).
HEADING_SCALES = (1.1, 1.15, 1.2, 1.25, 1.3, 1.6, 2.2)
# Check boxes and radio buttons (and the tick boxes of lists) grow with the text: the app's
# sheet sizes them in `em`, which Qt measures in the app's default font whatever the window's
# text size, so the window's sheet sizes them again, in pixels (a style sheet takes no points
# there) worked out from points as the text's are: 10.5pt at the default text size, 14 px at
# 96 dpi (18 px with the border), as before.
INDICATORS = (
    "QCheckBox::indicator, QRadioButton::indicator, QListWidget::indicator, QTreeWidget::indicator"
)
INDICATOR_POINTS = 10.5


class Theme(NamedTuple):
    """The named colours of one scheme. `control` outlines check boxes, radio buttons and
    fields: at least 3:1 against `base` and `window` (WCAG 1.4.11)."""

    name: str
    dark: bool
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    control: str
    accent: str
    accent_text: str  # text on an accent background
    link: str
    good: str
    bad: str
    warn: str
    quote: str  # the background of a highlighted quote in the reader

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = Theme(
    name="light",
    dark=False,
    window="#f6f7f9",
    base="#ffffff",
    alternate="#eef1f5",
    text="#1d2430",
    muted="#5b6475",
    button="#ffffff",
    control="#6b7385",
    accent="#2f6fd6",
    accent_text="#ffffff",
    link="#1f5cbf",
    good="#1c7c3c",
    bad="#b3261e",
    warn="#a15c00",
    quote="#ffe3b0",
)
DARK = Theme(
    name="dark",
    dark=True,
    window="#1e2127",
    base="#262a31",
    alternate="#2d323a",
    text="#e7e9ee",
    muted="#a9b0bd",
    button="#30353e",
    control="#9aa3b2",
    accent="#5b9cf5",
    accent_text="#0b1220",
    link="#8ab8ff",
    good="#5cc27f",
    bad="#ff8a80",
    warn="#f3b04d",
    quote="#5a3d10",
)


class _Themes(QObject):
    changed = Signal()


_state: dict[str, object] = {"theme": LIGHT, "choice": "system"}
_signals: _Themes | None = None


def theme_changed() -> Signal:
    """Emitted after the colours changed (the desktop switched between light and dark)."""
    global _signals
    if _signals is None:
        _signals = _Themes()
    return _signals.changed  # type: ignore[return-value]


def current() -> Theme:
    """The theme in use now."""
    theme = _state["theme"]
    assert isinstance(theme, Theme)
    return theme


def colour(name: str) -> QColor:
    """A named colour of the current theme (see `Theme`): good, bad, warn, muted, accent, ..."""
    return current().qcolor(name)


def is_dark(choice: str) -> bool:
    """Whether `choice` ("system", "light" or "dark") means dark here, now."""
    if choice == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return choice == "dark"


def apply_theme(app: QApplication, choice: str = "system") -> None:
    """Fusion style and our palette; a forced scheme also tells Qt (dialogs, title bars).
    With "system", the app follows the desktop when it switches scheme while running."""
    if not app.property("quizappFusion"):  # a new style object only once: widgets still
        app.setStyle("Fusion")  # waiting to be deleted may hold the old one
        app.setProperty("quizappFusion", True)
    hints = QGuiApplication.styleHints()
    if choice in ("light", "dark"):
        scheme = Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light
        hints.setColorScheme(scheme)
    elif _state["choice"] in ("light", "dark"):
        hints.unsetColorScheme()
    if _state.get("following") is None:
        hints.colorSchemeChanged.connect(lambda scheme: _follow_system(app, scheme))
        _state["following"] = True
    _state["choice"] = choice
    _use(app, DARK if is_dark(choice) else LIGHT)


def _follow_system(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The desktop switched scheme (Qt tells the new one)."""
    if _state["choice"] == "system":
        wanted = DARK if scheme == Qt.ColorScheme.Dark else LIGHT
        if wanted is not current():
            _use(app, wanted)


def _use(app: QApplication, theme: Theme) -> None:
    if theme is _state["theme"] and app.styleSheet() == style_sheet(theme):
        return
    _state["theme"] = theme
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme))
    theme_changed().emit()


def palette(t: Theme) -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    for role, name in (
        (R.Window, "window"),
        (R.WindowText, "text"),
        (R.Base, "base"),
        (R.AlternateBase, "alternate"),
        (R.Text, "text"),
        (R.Button, "button"),
        (R.ButtonText, "text"),
        (R.Highlight, "accent"),
        (R.HighlightedText, "accent_text"),
        (R.Link, "link"),
        (R.PlaceholderText, "muted"),
        (R.ToolTipBase, "base"),
        (R.ToolTipText, "text"),
        (R.Mid, "muted"),
        (R.Accent, "accent"),
    ):
        p.setColor(role, t.qcolor(name))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, t.qcolor("muted"))
    return p


def tick_image(t: Theme) -> str:
    """The SVG tick drawn on a checked box (in `t.accent_text`, on the accent), as a path a
    style sheet's `url()` takes."""
    return (resource_dir() / "icons" / f"check-{t.name}.svg").as_posix()


def arrow_image(t: Theme, enabled: bool = True) -> str:
    """The arrow of a combo box (in `t.text`, or `t.muted` when disabled; drawn by
    packaging/arrows.py): Fusion's own under our sheet is a small grey arrow in a dark frame."""
    state = "" if enabled else "-off"
    return (resource_dir() / "icons" / f"down-{t.name}{state}.png").as_posix()


def style_sheet(t: Theme) -> str:
    """The app's style sheet: colours only (sizes are the window's, see `apply_font_size`)."""
    on_accent = t.accent_text
    return f"""
    QWidget:focus {{ outline: none; }}
    QPushButton {{ padding: 6px 14px; border: 1px solid {t.muted}; border-radius: 6px;
                   background: {t.button}; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus, QToolButton:focus {{ border: 2px solid {t.accent}; }}
    QPushButton[primary="true"] {{ background: {t.accent}; color: {on_accent};
                   border-color: {t.accent}; font-weight: 600; }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {t.text}; }}
    QPushButton:disabled {{ color: {t.muted}; border-color: {t.alternate}; }}
    QPushButton[primary="true"]:disabled {{ background: {t.button}; color: {t.muted};
                   border-color: {t.alternate}; }}
    QLineEdit, QComboBox, QPlainTextEdit, QListWidget, QTreeWidget {{
        border: 1px solid {t.control}; border-radius: 5px; padding: 3px; background: {t.base}; }}
    QLineEdit:focus, QComboBox:focus,
    QPlainTextEdit:focus, QListWidget:focus, QTreeWidget:focus {{ border: 2px solid {t.accent}; }}
    QComboBox {{ combobox-popup: 0; }}
    QComboBox::drop-down {{ border: none; width: 1.6em; }}
    QComboBox::down-arrow {{ image: url("{arrow_image(t)}"); width: 0.75em; height: 0.5em; }}
    QComboBox::down-arrow:disabled {{ image: url("{arrow_image(t, enabled=False)}"); }}
    QComboBox QAbstractItemView {{ border: 1px solid {t.control}; background: {t.base};
        color: {t.text}; selection-background-color: {t.accent}; selection-color: {on_accent}; }}
    QComboBox QAbstractItemView::item {{ padding: 4px 6px; }}
    QComboBox QAbstractItemView::item:selected {{ background: {t.accent}; color: {on_accent}; }}
    QRadioButton:focus, QCheckBox:focus {{ background: {t.alternate}; border-color: {t.accent}; }}
    QRadioButton, QCheckBox {{ padding: 3px 2px; spacing: 10px; border: 2px solid transparent;
        border-radius: 4px; }}
    {INDICATORS} {{ width: 1em; height: 1em; border: 2px solid {t.control};
        background: {t.base}; }}
    QCheckBox::indicator, QListWidget::indicator, QTreeWidget::indicator {{ border-radius: 3px; }}
    QRadioButton::indicator {{ border-radius: 0.6em; }}
    QCheckBox::indicator:checked, QListWidget::indicator:checked,
    QTreeWidget::indicator:checked {{ border-color: {t.accent};
        background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 {t.accent}, stop:1 {t.accent});
        border: 2px solid {t.accent}; image: url("{tick_image(t)}"); }}
    QRadioButton::indicator:checked {{ border-color: {t.accent}; background: qradialgradient(
        cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {t.accent}, stop:0.55 {t.accent},
        stop:0.62 {t.base}, stop:1 {t.base}); }}
    QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{
        border-color: {t.muted}; }}
    QTabBar::tab {{ padding: 6px 16px; margin-right: 2px; border: 1px solid {t.control};
        border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;
        background: {t.alternate}; color: {t.text}; }}
    QTabBar::tab:selected {{ background: {t.base}; font-weight: 600; }}
    QTabBar::tab:selected:focus {{ border: 2px solid {t.accent}; border-bottom: none;
        text-decoration: underline; }}
    QTabWidget::pane {{ border: 1px solid {t.control}; top: -1px; }}
    QFrame[card="true"] {{ background: {t.base}; border: 1px solid {t.alternate};
        border-radius: 10px; }}
    QFrame[feedback="good"] {{ border-left: 5px solid {t.good}; }}
    QFrame[feedback="bad"] {{ border-left: 5px solid {t.bad}; }}
    QFrame[feedback="partial"] {{ border-left: 5px solid {t.warn}; }}
    QLabel[muted="true"] {{ color: {t.muted}; }}
    QLabel[verdict="good"] {{ color: {t.good}; font-weight: 700; }}
    QLabel[verdict="bad"] {{ color: {t.bad}; font-weight: 700; }}
    QLabel[verdict="partial"] {{ color: {t.warn}; font-weight: 700; }}
    QLabel[badge="true"] {{ color: {t.bad}; font-weight: 600; }}
    QLabel[mark="good"] {{ color: {t.good}; font-weight: 700; }}
    QLabel[mark="bad"] {{ color: {t.bad}; font-weight: 700; }}
    QProgressBar {{ border: 1px solid {t.control}; border-radius: 5px; background: {t.alternate};
                    text-align: center; max-height: 10px; }}
    QProgressBar::chunk {{ background: {t.accent}; border-radius: 4px; }}
    QProgressBar[urgency="warn"]::chunk {{ background: {t.warn}; }}
    QProgressBar[urgency="urgent"]::chunk {{ background: {t.bad}; }}
    QLabel[urgency="warn"] {{ color: {t.warn}; font-weight: 700; }}
    QLabel[urgency="urgent"] {{ color: {t.bad}; font-weight: 700; }}
    QScrollArea[page="true"], QScrollArea[page="true"] > QWidget > QWidget {{
        background: transparent; border: none; }}
    #header {{ background: {t.base}; border-bottom: 1px solid {t.alternate}; }}
    #footer {{ background: {t.base}; border-top: 1px solid {t.alternate}; }}
    """


def _heading_key(scale: float, bold: bool) -> str:
    return f"{scale:g}{'b' if bold else ''}"


def mark_heading(widget: QWidget, scale: float = 1.5, bold: bool = True) -> QWidget:
    """Make `widget` a heading `scale` times the window's text size (one of `HEADING_SCALES`)."""
    if scale not in HEADING_SCALES:
        raise ValueError(f"heading scale {scale} is not one of {HEADING_SCALES}")
    widget.setProperty("heading", _heading_key(scale, bold))
    return widget


def font_sheet(point_size: float, dpi: float = 96) -> str:
    """The window's style sheet for `point_size`: every text, headings in proportion, the
    boxes to tick and combo boxes' arrows (their `1em` would otherwise be the app's default
    font's at any text size)."""
    box = round(INDICATOR_POINTS * point_size / DEFAULT_POINT_SIZE * dpi / 72)
    rules = [
        f"QWidget {{ font-size: {point_size:g}pt; }}",
        f"{INDICATORS} {{ width: {box}px; height: {box}px; }}",
        # Half the box with its 2px border: a circle (a radius past that draws a square)
        f"QRadioButton::indicator {{ border-radius: {box // 2 + 2}px; }}",
        # a combo box's arrow grows with them (12x8 px at the default size)
        f"QComboBox::drop-down {{ width: {box + box // 2}px; }}",
        f"QComboBox::down-arrow {{ width: {box * 6 // 7}px; height: {box * 4 // 7}px; }}",
    ]
    for scale in HEADING_SCALES:
        size = f"{max(MIN_POINT_SIZE, point_size * scale):.1f}pt"
        for bold in (False, True):
            weight = 700 if bold else 400
            rules.append(
                f'QWidget[heading="{_heading_key(scale, bold)}"] '
                f"{{ font-size: {size}; font-weight: {weight}; }}"
            )
    return "\n".join(rules)


def apply_font_size(root: QWidget, point_size: float) -> None:
    """Every text under `root` (pages built later and dialogs included) at `point_size`."""
    root.setStyleSheet(font_sheet(point_size, root.logicalDpiY()))


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
