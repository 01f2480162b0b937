"""Leading articles that short answers may add or drop ("the Caspian" against "Caspian").

A learner who types "the first Nagorno-Karabakh War" for "first Nagorno-Karabakh War" knows the
answer; counting the article as typing mistakes would mark them wrong. Which words are articles
depends on the bank's `language`; to support another language, add a row to `LEADING_ARTICLES`
(lower case, as `normalise_text` leaves them). A bank that names no language is read as English,
the language of the app and of its guide.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"

LEADING_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an"),
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"),
    "es": ("el", "la", "los", "las", "un", "una", "unos", "unas"),
    "fr": ("le", "la", "les", "un", "une", "des"),
}


def articles_for(language: str | None) -> tuple[str, ...]:
    """The leading articles of `language` ("en", "en-GB", "EN_us"...); () for one not listed."""
    code = (language or DEFAULT_LANGUAGE).replace("_", "-").split("-")[0].strip().lower()
    return LEADING_ARTICLES.get(code, ())


def split_article(text: str, articles: tuple[str, ...]) -> tuple[str, str]:
    """(article, rest) of a normalised answer; ("", text) when it starts with no article.

    An article counts only as a whole word followed by more text, so the answer "A" stays "A".
    """
    head, _, rest = text.partition(" ")
    if rest and head in articles:
        return head, rest
    return "", text
