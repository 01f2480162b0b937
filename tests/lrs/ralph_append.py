"""`uvicorn ralph.api:app` with one change, for the test harness only.

Ralph 5.1.0's file-system backend opens its statements file in "create" mode, so the second
batch that stores anything gets a 500 ("fs_lrs.jsonl already exists and overwrite is not
allowed"). Here the backend appends instead - the mode Ralph's own backend offers for it - and
nothing else is touched: the API, validation, authentication, duplicate detection and queries
are Ralph's. Run as: python tests/lrs/ralph_append.py ralph.api:app --host … --port …
"""

from __future__ import annotations

import sys

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402  (after the backend is set up)

if __name__ == "__main__":
    sys.exit(uvicorn.main())
