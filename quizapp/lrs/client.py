"""Talking to a Learning Record Store: xAPI 1.0.3 over HTTP(S), Basic auth, batches, retries.

`Client.post` sends one batch and says how many statements the store took now and how many it
already had. Statement ids are deterministic (see `statements.py`), so a batch sent twice -
after a timeout, or a connection cut after the store had saved it - is stored once: a 409 or
an id already there counts as delivered. Failures are our own exceptions carrying a reason code
and its parameters (`notice`; `quizapp.words.notice` words them, in the teacher's language,
with what to do); none of them, nor any repr, carries the key or the secret.

Waiting between retries goes through `wait` (`threading.Event().wait` by default), so tests
run the backoff on a fake clock and a background sender can be stopped mid-wait.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import ssl
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from quizapp.lrs.statements import Statement, statements_bytes
from quizapp.words import Notice, notice

XAPI_VERSION = "1.0.3"
BATCH = 250  # statements per POST: one attempt of a long quiz, well under any LRS's body limit
MAX_RESPONSE_BYTES = 64 * 1024 * 1024

Wait = Callable[[float], object]


class LrsError(Exception):
    """The LRS cannot take statements now; `notice` says why, as a code (`lrs_...`) with its
    parameters (no secrets)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.notice = Notice(code, params)

    def __str__(self) -> str:  # in logs and tracebacks: the words, in the chosen language
        return notice(self.notice)


class LrsUnreachable(LrsError):
    """Down, timing out, cut off or failing (5xx, 429): try again later, nothing is lost."""


class LrsRefused(LrsError):
    """401/403: the key and secret are wrong or may not send statements. Retrying cannot help
    until the teacher fixes them; the statements are kept."""


class LrsRejected(LrsError):
    """400 and other answers that retrying cannot change (the store refuses the statements)."""


class EndpointError(LrsError):
    """The endpoint address or credentials as given cannot be used."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An LRS's statements endpoint root (`…/xAPI/`) and its Basic-auth key and secret.

    The repr shows the address only: endpoints end up in logs and error reports."""

    url: str
    key: str = field(repr=False)
    secret: str = field(repr=False)

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise EndpointError("lrs_not_web_address", url=_shown(self.url))
        if parts.username is not None or parts.password is not None:
            raise EndpointError("lrs_address_holds_secret")
        if not self.key or not self.secret:
            raise EndpointError("lrs_needs_key", url=self.url)

    @property
    def authorization(self) -> str:
        token = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode("ascii")
        return "Basic " + token


@dataclass(frozen=True, slots=True)
class Posted:
    """What one batch did: statements stored now, and those the store already had."""

    stored: int
    already: int


class Client:
    """One LRS. Keeps one connection open between requests; not thread-safe (one per thread)."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        timeout: float = 15.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        wait: Wait | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.wait: Wait = wait or threading.Event().wait
        parts = urlsplit(endpoint.url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._root = parts.path.rstrip("/") + "/"
        self._headers = {
            "Authorization": endpoint.authorization,
            "X-Experience-API-Version": XAPI_VERSION,
        }
        self._connection: http.client.HTTPConnection | None = None

    def __repr__(self) -> str:
        return f"Client({self.endpoint.url!r})"

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # -- statements ------------------------------------------------------------------------------

    def post(self, statements: Sequence[Statement]) -> Posted:
        """Send one batch (retrying with backoff). A 409 means some statement is stored already
        in another form: each is then PUT on its own, and a 409 there counts as delivered."""
        if not statements:
            return Posted(0, 0)
        status, body = self._retrying("POST", "statements", statements_bytes(statements))
        if status == 200:
            ids = {s["id"] for s in statements}
            stored = len(ids & set(_id_list(body)))
            return Posted(stored, len(statements) - stored)
        if status == 204:
            return Posted(0, len(statements))  # Ralph: every statement was there already
        if status == 409:
            return self._one_by_one(statements)
        raise self._failure(status, body)

    def _one_by_one(self, statements: Sequence[Statement]) -> Posted:
        stored = already = 0
        for statement in statements:
            query = urlencode({"statementId": statement["id"]})
            data = json.dumps(statement, ensure_ascii=False, separators=(",", ":")).encode()
            status, body = self._retrying("PUT", f"statements?{query}", data)
            if status == 204:
                stored += 1
            elif status == 409:
                already += 1
            else:
                raise self._failure(status, body)
        return Posted(stored, already)

    def statements(self, **query: str) -> list[Statement]:
        """Every statement matching the xAPI query (e.g. `registration=…`), following `more`."""
        out: list[Statement] = []
        path: str | None = "statements?" + urlencode(query)
        while path:
            status, body = self._retrying("GET", path, None)
            if status != 200:
                raise self._failure(status, body)
            document = _json(body)
            found = document.get("statements") if isinstance(document, dict) else None
            if not isinstance(found, list):
                raise LrsRejected("lrs_without_statements", url=self.endpoint.url)
            out += found
            more = document.get("more") if isinstance(document, dict) else None
            path = self._relative(more) if isinstance(more, str) and more else None
        return out

    def check(self) -> Notice:
        """Whether the endpoint answers xAPI and takes these credentials (`lrs_answers`, or
        `lrs_answers_cannot_read`). Raises `LrsError` (`LrsRefused` for wrong credentials)."""
        status, body = self._retrying("GET", "statements?limit=1", None)
        if status == 200:
            return Notice("lrs_answers", {"url": self.endpoint.url})
        if status == 403:
            return Notice("lrs_answers_cannot_read", {"url": self.endpoint.url})
        raise self._failure(status, body)

    # -- inside ----------------------------------------------------------------------------------

    def _relative(self, more: str) -> str:
        """The `more` link as a path under our endpoint root."""
        path = urlsplit(more)
        full = path.path + (f"?{path.query}" if path.query else "")
        if full.startswith(self._root):
            return full[len(self._root) :]
        return full.lstrip("/")

    def _retrying(self, method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
        delay = self.backoff
        attempt = 0
        while True:
            try:
                status, data = self._request(method, path, body)
                if status < 500 and status != 429:
                    return status, data
                failed = LrsUnreachable("lrs_answered", url=self.endpoint.url, status=status)
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                why, detail = _reason(exc)
                failed = LrsUnreachable(
                    "lrs_unreachable", url=self.endpoint.url, why=why, detail=detail
                )
            if attempt >= self.retries:
                raise failed
            attempt += 1
            self.wait(delay)
            delay = min(delay * 2, self.max_backoff)

    def _request(self, method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
        connection = self._connection or self._connect()
        self._connection = connection
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        connection.request(method, self._root + path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read(MAX_RESPONSE_BYTES + 1)
        if len(data) > MAX_RESPONSE_BYTES:
            raise http.client.HTTPException("the answer is too large")
        if response.will_close:
            self.close()
        return response.status, data

    def _connect(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=self.timeout, context=ssl.create_default_context()
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)

    def _failure(self, status: int, body: bytes) -> LrsError:
        where = self.endpoint.url
        if status in (401, 403):
            return LrsRefused("lrs_refused_key", url=where, status=status)
        if status == 404:
            return LrsRejected("lrs_no_statements_here", url=where)
        return LrsRejected("lrs_rejected", url=where, status=status, detail=_detail(body))


def _json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _id_list(body: bytes) -> list[str]:
    document = _json(body)
    return [x for x in document if isinstance(x, str)] if isinstance(document, list) else []


def _detail(body: bytes) -> str:
    """The store's own explanation of a refusal (its words, as it gave them), else ""."""
    document = _json(body)
    if isinstance(document, dict) and isinstance(document.get("detail"), str):
        return str(document["detail"])[:300]
    return ""


def _reason(exc: BaseException) -> tuple[str, str]:
    """Why a request got no answer: a code (`timeout`, `refused`, `cut`, `lookup`, `other`)
    and, for `other`, the system's words."""
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timeout", ""
    if isinstance(exc, ConnectionRefusedError):
        return "refused", ""
    if isinstance(exc, http.client.RemoteDisconnected | ConnectionResetError):
        return "cut", ""
    if isinstance(exc, socket.gaierror):
        return "lookup", ""
    if isinstance(exc, OSError) and exc.strerror:
        return "other", exc.strerror
    return "other", type(exc).__name__


def _shown(url: str) -> str:
    """An address as it may be shown: without anything before an `@` (a password, perhaps)."""
    parts = urlsplit(url)
    if "@" in parts.netloc:
        return parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]).geturl()
    return url
