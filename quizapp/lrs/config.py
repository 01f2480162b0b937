"""Which LRS, with which credentials, naming learners how: from the preset's `lrs:`, the
environment, and (for the terminal commands) the command line, in that order of weight:
command line, then preset, then environment.

    QUIZAPP_LRS_ENDPOINT       the statements endpoint root, e.g. https://lrs.school.example/xAPI/
    QUIZAPP_LRS_KEY            Basic-auth key (user name) for the LRS
    QUIZAPP_LRS_SECRET         Basic-auth secret (password) for the LRS
    QUIZAPP_LRS_HOME_PAGE      the school's web address, when no preset names it
    QUIZAPP_LRS_PSEUDONYM_KEY  the school's key for learner pseudonyms (`learners: pseudonyms`)
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from quizapp.classroom.presetlrs import LrsSettings
from quizapp.lrs.client import Endpoint, EndpointError
from quizapp.lrs.statements import Profile

ENDPOINT = "QUIZAPP_LRS_ENDPOINT"
KEY = "QUIZAPP_LRS_KEY"
SECRET = "QUIZAPP_LRS_SECRET"
HOME_PAGE = "QUIZAPP_LRS_HOME_PAGE"
PSEUDONYM_KEY = "QUIZAPP_LRS_PSEUDONYM_KEY"
VARIABLES = (ENDPOINT, KEY, SECRET, HOME_PAGE, PSEUDONYM_KEY)


def endpoint(
    settings: LrsSettings | None,
    environ: Mapping[str, str],
    *,
    url: str | None = None,
    key: str | None = None,
    secret: str | None = None,
) -> Endpoint:
    """The LRS to send to; `EndpointError` says what is missing and where to give it."""
    url = url or (settings.endpoint if settings else None) or environ.get(ENDPOINT, "").strip()
    if not url:
        raise EndpointError("lrs_not_named", env=ENDPOINT)
    if key is None and secret is None and settings and settings.key and settings.secret:
        key, secret = settings.key, settings.secret
    key = key if key is not None else environ.get(KEY, "")
    secret = secret if secret is not None else environ.get(SECRET, "")
    return Endpoint(url, key, secret)


def profile(
    settings: LrsSettings | None,
    environ: Mapping[str, str],
    *,
    home_page: str | None = None,
    fallback: str = "",
) -> Profile:
    """How statements name the school and its learners; `EndpointError` when learners are to be
    pseudonyms and the school's key is not set (nothing is sent under real names instead)."""
    page = home_page or (settings.home_page if settings else None) or environ.get(HOME_PAGE, "")
    page = page.strip() or _origin(fallback)
    if not page:
        raise EndpointError("lrs_no_home_page", env=HOME_PAGE)
    pseudonym_key = None
    if settings is not None and settings.pseudonyms:
        secret = environ.get(PSEUDONYM_KEY, "")
        if not secret:
            raise EndpointError("lrs_no_pseudonym_key", env=PSEUDONYM_KEY)
        pseudonym_key = secret.encode("utf-8")
    return Profile(page, pseudonym_key, settings.pass_mark if settings else None)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
