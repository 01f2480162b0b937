"""The chosen language in the running app: Qt's translators, the layout direction, the locale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp import paths, words
from quizapp.app.context import AppContext
from quizapp.progress import LearnerSettings, Store
from quizapp.ui import i18n
from quizapp.ui.app import LanguageSwitch, _remembered_language, start_language
from quizapp.ui.settings import WindowMemory
from quizapp.ui.window import MainWindow
from tests.ui.test_library import BROKEN


@pytest.fixture
def installed(qapp: QApplication, language: str) -> Iterator[list[object]]:
    """What a test installs is removed after it: the test run's language comes back."""
    translators: list[object] = []
    yield translators
    i18n.uninstall(translators)
    translators[:] = i18n.install(language)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_right_to_left_pseudo_locale_mirrors_the_layout(
    qapp: QApplication, installed: list[object]
) -> None:
    """`--lang pseudo-rtl` lays the window out right to left and shows pseudo-text."""
    installed += start_language("pseudo-rtl", None)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = words.plural(3, "question")
    assert text.startswith("[") and "3" in text and "question" not in text


def test_german_for_qt_dialogs_words_and_the_locale(
    qapp: QApplication, installed: list[object]
) -> None:
    """`--lang de`: our words, Qt's own buttons and the default locale are German."""
    installed += start_language("de", "es")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert words.plural(2, "answer") == "2 Antworten"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German


def test_the_store_and_outbox_notices_and_file_reasons_are_spanish(
    qapp: QApplication, installed: list[object]
) -> None:
    """`--lang es`: why results wait and why progress cannot be written, with the file system's
    reason and what to do, all in Spanish."""
    installed += start_language("es", None)
    full = words.Notice("results_folder_refused", {"folder": "/media/stick", "reason": "full"})
    assert words.results_waiting([full], 2) == (
        "No se puede escribir en la carpeta de resultados /media/stick: el disco está lleno. "
        "2 resultados guardados en este equipo se entregarán cuando vuelva a estar disponible."
    )
    refused = words.notice(words.Notice("store_refused", {"reason": "busy", "where": "/d"}))
    assert refused.startswith(
        "No se puede escribir el progreso: /d: otro programa lo está usando. Cierra el otro "
        "programa y vuelve a intentarlo. Tus respuestas se conservan"
    )


def test_the_remembered_learners_language_is_used_without_an_option(
    qapp: QApplication, installed: list[object], store: Store, folders: paths.Paths
) -> None:
    """With no --lang, the app opens in the language the last learner chose."""
    ana = store.create_learner("Ana", LearnerSettings(language="es"))
    assert _remembered_language(folders, store) is None, "no learner remembered yet"
    WindowMemory(last_learner=ana.id).save(folders.data_dir)
    installed += start_language(None, _remembered_language(folders, store))
    assert words.plural(2, "question") == "2 preguntas"


def test_a_learner_with_another_language_gets_a_window_in_it(
    qtbot: QtBot, installed: list[object], ctx: AppContext, window: MainWindow
) -> None:
    """Continuing as a learner whose setting is Spanish replaces the window with one built in
    Spanish, already past the learner list; the same learner again keeps it."""
    ana = ctx.store.create_learner("Ana", LearnerSettings(language="es"))
    built: list[MainWindow] = []

    def build() -> MainWindow:
        built.append(MainWindow(AppContext(ctx.paths, ctx.store, ctx.clock)))
        qtbot.addWidget(built[-1])
        return built[-1]

    window.show()
    window.switch_language = LanguageSwitch(installed, build)
    window.learners.refresh(select=ana.id)
    window.learners.continue_as_selected()
    assert len(built) == 1 and built[0].isVisible() and not window.isVisible()
    assert i18n.current() == "es"
    assert built[0].nav_library.text().startswith("Biblioteca")
    assert built[0].current_page() is not built[0].learners
    built[0].go_learners()
    built[0].learners.continue_as_selected()
    assert len(built) == 1, "the same language keeps the window"


def test_the_library_lists_a_banks_problems_in_the_learners_language(
    qtbot: QtBot, qapp: QApplication, installed: list[object], window: MainWindow, bank_dir: Path
) -> None:
    """In German, the library's problem list is German, still file:line first, and the file's
    own words (the wrong answer) are as written."""
    installed += start_language("de", None)
    (bank_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("broken") is not None, timeout=5000)
    window.library.select("broken")
    listed = [
        window.library.problems.item(i).text() for i in range(window.library.problems.count())
    ]
    assert f"{bank_dir / 'broken.yaml'}:12:13: Fehler: die Antwort „C“ ist keine der " in "\n".join(
        listed
    ), listed


def test_the_shortcut_list_names_the_keys_as_the_language_writes_them(
    qtbot: QtBot, installed: list[object], window: MainWindow
) -> None:
    """In German, F1 lists Strg+K and Umschalt+Tab (not Ctrl+K, as the header's Strg+L next to
    it would contradict)."""
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    installed += start_language("de", None)
    window.show_shortcuts()
    box = next(d for d in window.findChildren(QDialog) if d.isVisible())
    text = box.findChild(QPlainTextEdit).toPlainText()
    assert "Strg+K: " in text and "Tab / Umschalt+Tab: " in text
    assert "Ctrl" not in text
    box.close()


def library_window(
    qtbot: QtBot, ctx: AppContext, bank_dir: Path, width: int, height: int
) -> MainWindow:
    """A learner's library of two banks, one broken, in a shown window of that size."""
    (bank_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitUntil(lambda: window.library.tree.topLevelItemCount() == 2, timeout=10_000)
    window.choose_learner(ctx.store.create_learner("Ana"))
    return window


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_library_columns_fit_the_usual_window_in_german_and_spanish(
    qtbot: QtBot, installed: list[object], ctx: AppContext, bank_dir: Path, code: str
) -> None:
    """At 1200x760 the library's headings are whole and the list needs no sideways scroll bar
    in the longer languages too (Spanish hid the Problems column)."""
    installed += start_language(code, None)
    window = library_window(qtbot, ctx, bank_dir, 1200, 760)
    tree = window.library.tree
    header = tree.header()
    qtbot.waitUntil(lambda: tree.horizontalScrollBar().maximum() == 0, timeout=2000)
    for col in range(header.count()):
        assert header.sectionSize(col) >= header.sectionSizeHint(col), col
    window.close()


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_tags_heading_is_whole_when_the_column_comes_back(
    qtbot: QtBot, installed: list[object], ctx: AppContext, bank_dir: Path, code: str
) -> None:
    """In the narrowest window, once larger text had hidden the Tags column, the column comes
    back with its heading whole ("Etiquetas" was measured as a hidden heading, 0 wide)."""
    installed += start_language(code, None)
    window = library_window(qtbot, ctx, bank_dir, 760, 600)
    header = window.library.tree.header()
    header.setSectionHidden(2, True)  # as the last fitting, with larger text, left it
    window.library.fit_columns()
    assert not header.isSectionHidden(2)
    assert header.sectionSize(2) >= header.sectionSizeHint(2)
    window.close()


def test_a_true_false_drafts_answer_is_in_the_chosen_language(
    qapp: QApplication, installed: list[object]
) -> None:
    """A Spanish teacher reads "Respuesta: Verdadero" under a true/false draft, not "True"."""
    from quizapp.ui.pages import drafting

    installed += start_language("es", None)
    assert drafting._answer({"answer": True}) == "Verdadero"
    assert drafting._answer({"answer": 1815}) == "1815"


@pytest.mark.parametrize(
    ("code", "look_in", "file_type", "folder"),
    [
        ("de", "&Suchen in:", "Dateien des &Typs:", "Ordner"),
        ("es", "&Buscar en:", "Archivos de &tipo:", "Carpeta"),
    ],
)
def test_qts_file_dialog_has_no_english_labels(
    qtbot: QtBot,
    installed: list[object],
    tmp_path: Path,
    code: str,
    look_in: str,
    file_type: str,
    folder: str,
) -> None:
    """Opening a bank or saving a report: Qt's own file dialog says "Buscar en:", not "Look in:"
    (Qt's Spanish catalogue lacks it), and the Type column names a folder in the language."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileDialog, QLabel

    installed += start_language(code, None)
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {look_in, file_type} <= labels
    assert dialog.iconProvider().type(QFileInfo(str(tmp_path))) == folder
    dialog.close()


def test_languages_are_named_as_their_speakers_write_them() -> None:
    """The language list says "Español", not Qt's "Español de España" for the bare code."""
    from quizapp.ui.i18n import language_name

    assert [language_name(c) for c in ("en", "de", "es")] == ["English", "Deutsch", "Español"]
