"""From a plain text to a first draft of its question bank, by rules and word lists (no Qt).

`draft_bank` splits the text into the passages `--coverage` counts, the passages into
sentences, finds the facts a teacher would ask about, and turns them into questions of every
type, each quoting the sentence it rests on and tagged `draft` for a teacher to review.
"""

from __future__ import annotations

from quizapp.draft.bankfile import bank_yaml
from quizapp.draft.drafter import Draft, draft_bank

__all__ = ["Draft", "bank_yaml", "draft_bank"]
