"""Why a use case did not happen, as a code and what its words need. The face that asked turns
it into words with `quizapp.words.refusal` (a dialog's title and text, or a terminal line)."""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

from typing import NamedTuple


class Refused(NamedTuple):
    """`code` says what could not happen; `detail` is the core's own account of why (a store or
    quiz error's message, a preset's located problems); `path` the file concerned, if any."""

    code: str
    detail: str = ""
    path: str = ""
