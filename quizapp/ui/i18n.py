"""The language of the words and the locale of the numbers and dates a person reads.

Which language: `--lang CODE`, else the remembered learner's setting, else the system's locale;
the first of those we ship a catalogue for (`resources/i18n/quizapp_<code>.qm`, compiled by
`make` from the `.ts` files: docs/translating.md), else English, the source language. `de-AT`
falls back to `de`. `pseudo` and `pseudo-rtl` are the generated test locales.

Installing a language loads our catalogue and Qt's own (`qtbase_<code>.qm`, for the buttons of
standard dialogs), hands `quizapp.words` a translator, sets the default `QLocale` (dates, times,
numbers) and the decimal separator that numeric answers are read and shown with, and lays the
window out right to left for a right-to-left language.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from quizapp import paths, words
from quizapp.quiz import numbers

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

ENGLISH = "en"
PSEUDO = ("pseudo", "pseudo-rtl")
_current = ENGLISH  # what `install` put in place last


class Language(NamedTuple):
    code: str  # what the catalogue is named by: `de`, `pt-BR`, `pseudo`, `en`
    asked: str | None  # what was asked for and is not shipped (to say so), else None


def folder() -> Path:
    return paths.resource_dir() / "i18n"


def shipped(where: Path | None = None) -> list[str]:
    """The codes we have a compiled catalogue for, English (the source) always among them."""
    found = {p.stem.removeprefix("quizapp_") for p in (where or folder()).glob("quizapp_*.qm")}
    return sorted(found | {ENGLISH})


# Qt names a language by its default territory's locale, and for some that name carries the
# territory ("español de España"); a catalogue for the bare language code is for all of them.
_WITHOUT_TERRITORY = {"es": "Español"}


def language_name(code: str) -> str:
    """A language as its speakers write it: `Deutsch`, `Español`, `English`."""
    from PySide6.QtCore import QLocale

    if code == ENGLISH:
        return "English"
    if code in _WITHOUT_TERRITORY:
        return _WITHOUT_TERRITORY[code]
    name = QLocale(code.replace("-", "_")).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def normalise(code: str) -> str:
    """`de_DE.UTF-8`, `DE-de` -> `de-DE`; `pseudo-RTL` -> `pseudo-rtl`."""
    code = code.split(".")[0].split("@")[0].replace("_", "-").strip()
    head, _, tail = code.partition("-")
    if head.lower() == "pseudo":
        return f"pseudo-{tail.lower()}" if tail else "pseudo"
    return f"{head.lower()}-{tail.upper()}" if tail else head.lower()


def choose(wanted: Sequence[str | None], available: Sequence[str]) -> Language:
    """The first of `wanted` (option, learner, system) we ship, by full code then language."""
    asked = None
    for code in wanted:
        if not code or code in ("C", "POSIX"):
            continue
        full = normalise(code)
        for candidate in (full, full.split("-")[0]):
            if candidate in available:
                return Language(candidate, asked)
        asked = asked or full
    return Language(ENGLISH, asked)


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def locale_for(code: str) -> QLocale:
    """The locale of dates and numbers for a language code (English for the pseudo-locales)."""
    from PySide6.QtCore import QLocale

    return QLocale("en_US" if code in PSEUDO or code == ENGLISH else code.replace("-", "_"))


def install(code: str, where: Path | None = None) -> list[object]:
    """Use language `code` from now on, in the running application; returns the translators
    (keep them: Qt does not own them)."""
    from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
    from PySide6.QtGui import QGuiApplication

    global _current
    app = QCoreApplication.instance()
    assert app is not None
    _current = code
    where = where or folder()
    files = [where / f"quizapp_{ENGLISH}.qm"]  # English plural forms, below the others
    if code != ENGLISH:
        files += [qt_catalogue(code), where / f"quizapp_{code}.qm"]
    translators: list[object] = []
    for file in files:
        translator = QTranslator(app)
        if file.is_file() and translator.load(str(file)):
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
    locale = locale_for(code)
    QLocale.setDefault(locale)
    words.install(qt_translate)
    use_locale(locale)
    if isinstance(app, QGuiApplication):
        rtl = code.endswith("-rtl") or locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return translators


_STANDARD_BUTTON = ("QPlatformTheme", "&Yes")  # (context, text) in Qt's catalogue, not ours


def qt_catalogue(code: str) -> Path:
    """Qt's own catalogue for language `code`: the buttons and titles of its standard dialogs."""
    from PySide6.QtCore import QLibraryInfo

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return qt_folder / f"qtbase_{code.split('-')[0]}.qm"


def qt_speaks(code: str) -> bool:
    """Whether Qt's catalogue for `code` is here and translates a standard button ("&Yes");
    English and the pseudo-locales need none."""
    from PySide6.QtCore import QTranslator

    if code == ENGLISH or code in PSEUDO:
        return True
    translator = QTranslator()
    if not translator.load(str(qt_catalogue(code))):
        return False
    return translator.translate(*_STANDARD_BUTTON) not in ("", _STANDARD_BUTTON[1])


def current() -> str:
    """The language installed now."""
    return _current


def uninstall(translators: Sequence[object]) -> None:
    """Back to English: remove what `install` put in place."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    global _current
    _current = ENGLISH
    for translator in translators:
        assert isinstance(translator, QTranslator)
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))
    words.install(None)
    words.install_date_format(None)
    numbers.use_decimal_separator(".")
    words.use_decimal_point(".")


def use_locale(locale: QLocale) -> None:
    """Numbers and dates in `quizapp.words` and the quiz engine follow `locale`: decimals read
    and shown with its separator (one other than `.` or `,`, such as `٫`, keeps `.`), dates
    and times in its short format."""
    from PySide6.QtCore import QDateTime

    point = locale.decimalPoint()
    point = point if point in (".", ",") else "."
    numbers.use_decimal_separator(point)
    words.use_decimal_point(point)
    short = locale.FormatType.ShortFormat
    words.install_date_format(lambda moment: locale.toString(QDateTime(moment), short))


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`quizapp.words`' translator in the app: Qt's catalogues, English where they are silent."""
    from PySide6.QtCore import QCoreApplication

    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        return words.english(context, text, disambiguation, n)
    return found


def terminal_translator(code: str, where: Path | None = None) -> words.Translator:
    """`quizapp.words`' translator from our catalogues alone, without a QCoreApplication (the
    terminal commands, and the words said before the app starts), English where they are
    silent. The catalogues load at the first word: building the command line's parser needs
    none, and Qt is not imported before the app's start wants it."""
    where = where or folder()
    chain: list[QTranslator] | None = None

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        nonlocal chain
        if chain is None:
            chain = _catalogues([where / f"quizapp_{code}.qm", where / f"quizapp_{ENGLISH}.qm"])
        for translator in chain:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found.replace("%n", str(n)) if n >= 0 else found
        return words.english(context, text, disambiguation, n)

    return translate


def _catalogues(files: Sequence[Path]) -> list[QTranslator]:
    from PySide6.QtCore import QTranslator

    chain = []
    for file in files:
        translator = QTranslator()
        if file.is_file() and translator.load(str(file)):
            chain.append(translator)
    return chain
