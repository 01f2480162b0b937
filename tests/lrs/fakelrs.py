"""A small local LRS for faults, on 127.0.0.1 in a thread: it stores statements by id like a
conformant LRS (an identical resend is not stored again, a differing one is a 409) and, on
demand, answers 500 or 401, never answers, answers only when released, or cuts the connection
after storing a batch. It counts how often each statement was written, so a test can show
that nothing was stored twice."""

from __future__ import annotations

import base64
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

KEY, SECRET = "class-key", "s3cret-Passw0rd"


class FakeLrs(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.statements: dict[str, dict[str, Any]] = {}
        self.writes: Counter[str] = Counter()
        self.faults: list[str] = []  # consumed one per request: 500 401 403 drop hang held cut
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.release = threading.Event()  # lets `hang` / `held` requests go on
        self.arrived = threading.Event()  # set when the first request has come in
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)  # notified whenever statements are stored
        self._thread = threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/xAPI/"

    def __enter__(self) -> FakeLrs:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self._thread.join()

    def wait_for(self, count: int, timeout: float = 30) -> bool:
        """Block until the store holds `count` statements (a background sender's work)."""
        with self.changed:
            return self.changed.wait_for(lambda: len(self.statements) >= count, timeout)

    def store(self, batch: list[dict[str, Any]]) -> tuple[int, list[str]]:
        with self.lock:
            for s in batch:
                if s["id"] in self.statements and self.statements[s["id"]] != s:
                    return 409, []
            new = [s for s in batch if s["id"] not in self.statements]
            for s in new:
                self.statements[s["id"]] = s
                self.writes[s["id"]] += 1
            self.changed.notify_all()
            return (200 if new else 204), [s["id"] for s in new]


class _Handler(BaseHTTPRequestHandler):
    server: FakeLrs
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _answer(self, status: int, document: object = None) -> None:
        body = b"" if document is None else json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        if body:
            self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def _fault(self) -> str | None:
        with self.server.lock:
            self.server.requests.append((self.command, self.path, dict(self.headers)))
            self.server.arrived.set()
            return self.server.faults.pop(0) if self.server.faults else None

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length) if length else b""
        fault = self._fault()
        if fault in ("500", "401", "403"):
            self._answer(int(fault), {"detail": "fault"})
            return
        if fault == "drop":  # the connection breaks before the batch is stored
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if fault == "hang":  # never answers; the client's timeout gives up
            self.server.release.wait(30)
            self.close_connection = True
            return
        if fault == "held":  # answers once the test releases it
            self.server.release.wait(30)
        expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self._answer(401, {"detail": "Invalid authentication credentials"})
            return
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if self.command == "GET":
            found = [
                s
                for s in self.server.statements.values()
                if "registration" not in query
                or s.get("context", {}).get("registration") == query["registration"]
            ]
            self._answer(200, {"statements": found, "more": ""})
            return
        payload = json.loads(body)
        batch = payload if isinstance(payload, list) else [payload]
        status, ids = self.server.store(batch)
        if fault == "cut":  # stored, but the answer never arrives
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if self.command == "PUT":
            self._answer(409 if status == 409 else 204)
        else:
            self._answer(status, ids if status == 200 else None)

    do_GET = do_POST = do_PUT = _handle
