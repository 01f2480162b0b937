"""Words of Qt's own file dialog that Qt's catalogues leave in English, for our catalogues.

Qt 6.11's `qtbase_es.qm` lacks the labels "&Look in:" and "Files of &type:" and every file
kind the detail view's Type column shows ("Folder", "File", ...); `qtbase_de.qm` has them. Marked
here under Qt's own contexts, pyside6-lupdate puts them in our `.ts` files, and since `i18n.install`
installs our catalogue after Qt's (the last installed is asked first), Qt's widgets find them
there. Nothing imports this module: the marks are for lupdate, the tuple for the tests.
"""

from __future__ import annotations

from quizapp.files import QT_TRANSLATE_NOOP

FILLED_IN = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
)
