"""The command line's words in the chosen language: every `help=` and `description=` of
`quizapp` and its commands, and argparse's own ("usage:", "options", its error lines).

Help texts are written in English and marked for translators with
`QT_TRANSLATE_NOOP("CommandHelp", "...")`; they are translated only when shown, by
`HelpFormatter`, so building the parser loads no catalogue (the app opens through it: start-up
is measured). argparse makes its own words with
`gettext`'s `_`, looked up in its module at each call; `speak_argparse` points that name at
`quizapp.words`' translator (context `ArgParse`), English until a language is installed.
"""

from __future__ import annotations

import argparse
from typing import Any

from quizapp import words
from quizapp.files import QT_TRANSLATE_NOOP


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with the help texts and descriptions in the chosen language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return shown(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(shown(text))

    def start_section(self, heading: str | None) -> None:
        super().start_section(shown(heading) if heading else heading)


class RawDescriptionHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """The same, keeping the description's and epilog's lines as they are written."""


def shown(text: str) -> str:
    """A help text marked with `QT_TRANSLATE_NOOP("CommandHelp", ...)` (or one of argparse's
    that it makes when the parser is built: `_WHEN_SHOWN`), translated."""
    return words.translate("ArgParse" if text in _WHEN_SHOWN else "CommandHelp", text)


class Parser(argparse.ArgumentParser):
    """An `ArgumentParser` that shows its help in the chosen language (its subcommands' parsers
    are of its class, so they do too)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(**kwargs)


# argparse's messages a person can meet (its others are for programmers), for lupdate
_ARGPARSE = frozenset(
    (
        QT_TRANSLATE_NOOP("ArgParse", "usage: "),
        QT_TRANSLATE_NOOP("ArgParse", "positional arguments"),
        QT_TRANSLATE_NOOP("ArgParse", "options"),
        QT_TRANSLATE_NOOP("ArgParse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("ArgParse", "%(prog)s: error: %(message)s"),
        QT_TRANSLATE_NOOP("ArgParse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("ArgParse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("ArgParse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("ArgParse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("ArgParse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("ArgParse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("ArgParse", "expected one argument"),
        QT_TRANSLATE_NOOP("ArgParse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("ArgParse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("ArgParse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("ArgParse", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("ArgParse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("ArgParse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("ArgParse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        QT_TRANSLATE_NOOP("ArgParse", "can't open '%(filename)s': %(error)s"),
    )
)


# the words argparse asks for while a parser is built: translated when the help is shown, so
# that building the parser (each start of the app) loads no catalogue
_WHEN_SHOWN = frozenset(("positional arguments", "options", "show this help message and exit"))


def argparse_words(message: str | None) -> str | None:
    """argparse's `_`: one of its messages in the chosen language (a final newline kept)."""
    if message is None:
        return None
    text, end = (message[:-1], "\n") if message.endswith("\n") else (message, "")
    if text not in _ARGPARSE or text in _WHEN_SHOWN:
        return message
    return words.translate("ArgParse", text) + end


def speak_argparse() -> None:
    """argparse's own words from now on in `quizapp.words`' language."""
    setattr(argparse, "_", argparse_words)  # noqa: B010 - argparse reads its module global
