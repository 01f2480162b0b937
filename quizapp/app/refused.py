"""Why a use case did not happen, for the face that asked (a dialog, or a terminal line)."""

from __future__ import annotations

from typing import NamedTuple


class Refused(NamedTuple):
    """A short title and the plain text that says what is wrong and what to do."""

    title: str
    text: str
