"""A fake Slack Web API on 127.0.0.1 that answers like Slack and records every call.

Point a real `WebClient(base_url=fake.base_url)` at it. Calls to `/api/<method>` are recorded
under `<method>` ("chat.postMessage"); posts to `fake.response_url(name)` are recorded under
`"response/<name>"`, so `calls`, `last` and `wait_for` work the same for both.
What each method answers lives in `answers.py`; tests can override it with `fail_next`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.slack_fakes.answers import CANNED_ANSWERS

FIRST_TS = 1_700_000_000_000_100  # microseconds: the first message gets ts "1700000000.000100"
TS_STEP = 100

# The error Slack names in the body when a test scripts a bare HTTP status.
ERROR_FOR_STATUS = {429: "ratelimited", 500: "internal_error", 503: "service_unavailable"}


@dataclass(frozen=True)
class RecordedCall:
    """One HTTP request the fake received, with its body parsed from form or JSON."""

    method: str  # "chat.postMessage", or "response/<name>" for a response_url post
    path: str
    verb: str
    headers: dict[str, str]  # header names lower-cased
    body: dict[str, Any]  # form fields (str, or list when repeated) or the JSON object
    raw_body: str
    received_at: float  # time.monotonic()


@dataclass(frozen=True)
class ScriptedAnswer:
    """A queued answer that replaces the canned one for the next call of a method."""

    status: int
    body: dict[str, Any] | str | None  # None: the canned answer
    headers: dict[str, str]
    delay: float


class FakeSlackWebAPI:
    """A threaded HTTP server that plays Slack's Web API for one test."""

    def __init__(self) -> None:
        # Tests may fill these in; any channel or user ID not listed gets a default record.
        self.channels: dict[str, dict[str, Any]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        # Usergroup ID -> member IDs; unknown usergroups answer "no_such_subteam" like Slack.
        self.usergroups: dict[str, list[str]] = {}
        self._calls: list[RecordedCall] = []
        self._scripts: dict[str, deque[ScriptedAnswer]] = defaultdict(deque)
        self._changed = threading.Condition()
        self._last_ts = FIRST_TS - TS_STEP
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeSlackWebAPI:
        self._server = _Server(("127.0.0.1", 0), _SlackRequestHandler)
        self._server.fake = self
        # A short poll interval keeps stop() (and so each test's teardown) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases handlers sleeping in a scripted delay
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> FakeSlackWebAPI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeSlackWebAPI is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        """What to pass as `WebClient(base_url=...)`; the trailing slash matters."""
        return f"{self.url}/api/"

    def response_url(self, name: str) -> str:
        """A response_url whose posts are recorded under the method "response/<name>"."""
        return f"{self.url}/response/{name}"

    # -- inspection --------------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[RecordedCall]:
        """Recorded calls, oldest first; all of them, or those to one method."""
        with self._changed:
            return list(self._calls) if method is None else self._matching(method)

    def last(self, method: str) -> RecordedCall:
        found = self.calls(method)
        if not found:
            raise AssertionError(f"no call to {method}; calls seen: {self._methods_seen()}")
        return found[-1]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[RecordedCall]:
        """Block until `method` was called `count` times (listeners may run after the ack)."""
        with self._changed:
            arrived = self._changed.wait_for(lambda: len(self._matching(method)) >= count, timeout)
            if not arrived:
                raise AssertionError(
                    f"expected {count} call(s) to {method} within {timeout}s, "
                    f"got {len(self._matching(method))}; calls seen: {self._methods_seen()}"
                )
            return self._matching(method)

    def reset(self) -> None:
        """Forget recorded calls and queued answers (ts keep increasing)."""
        with self._changed:
            self._calls.clear()
            self._scripts.clear()

    # -- scripting ---------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int = 200,
        body: dict[str, Any] | str | None = None,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next call of `method` with this failure instead of the canned answer.

        Queued answers are used in order, one per call. Without `body`, Slack's error body for
        the status is sent: {"ok": false, "error": "ratelimited"} for 429, and so on. With
        `delay`, the answer is sent that many seconds late.
        """
        if body is None:
            body = {"ok": False, "error": ERROR_FOR_STATUS.get(status, "fatal_error")}
        self._queue(method, ScriptedAnswer(status, body, dict(headers or {}), delay))

    def delay_next(self, method: str, seconds: float) -> None:
        """Send the canned answer to the next call of `method` only after `seconds`."""
        self._queue(method, ScriptedAnswer(200, None, {}, seconds))

    def next_ts(self) -> str:
        """A fresh message ts, later than every ts handed out before."""
        with self._changed:
            self._last_ts += TS_STEP
            return f"{self._last_ts // 1_000_000}.{self._last_ts % 1_000_000:06d}"

    # -- internals used by the request handler -----------------------------------------------

    def _queue(self, method: str, answer: ScriptedAnswer) -> None:
        with self._changed:
            self._scripts[method].append(answer)

    def _record(self, call: RecordedCall) -> ScriptedAnswer | None:
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()
            queue = self._scripts.get(call.method)
            return queue.popleft() if queue else None

    def _matching(self, method: str) -> list[RecordedCall]:
        return [c for c in self._calls if c.method == method]

    def _methods_seen(self) -> list[str]:
        return [c.method for c in self.calls()]

    def _canned_answer(self, call: RecordedCall) -> dict[str, Any] | str:
        if call.method.startswith("response/"):
            return "ok"  # what hooks.slack.com answers to a response_url post
        if not call.path.startswith("/api/"):
            return {"ok": False, "error": "unknown_method"}
        if not _token_of(call):
            return {"ok": False, "error": "not_authed"}
        answer = CANNED_ANSWERS.get(call.method)
        return answer(self, call.body) if answer else {"ok": True}


# -- HTTP plumbing ------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler stuck in a scripted delay must not block shutdown
    fake: FakeSlackWebAPI


class _SlackRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output quiet

    def _answer(self) -> None:
        fake = self.server.fake
        url = urlsplit(self.path)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        raw_body = raw.decode("utf-8", errors="replace")
        body = _flat(parse_qs(url.query)) | _parse_body(raw_body, self.headers.get("Content-Type", ""))
        call = RecordedCall(
            method=url.path.removeprefix("/api/").lstrip("/"),
            path=url.path,
            verb=self.command,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            raw_body=raw_body,
            received_at=time.monotonic(),
        )
        scripted = fake._record(call) or ScriptedAnswer(200, None, {}, 0.0)
        answer = scripted.body if scripted.body is not None else fake._canned_answer(call)
        if scripted.delay and fake._stopping.wait(scripted.delay):
            return  # server is stopping; drop the reply
        self._send(scripted.status, scripted.headers, answer)

    def _send(self, status: int, headers: dict[str, str], answer: dict[str, Any] | str) -> None:
        if isinstance(answer, str):
            payload, content_type = answer.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            payload, content_type = json.dumps(answer).encode("utf-8"), "application/json; charset=utf-8"
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (timeout tests)


def _parse_body(raw_body: str, content_type: str) -> dict[str, Any]:
    """The fields of a form-encoded or JSON body; {} for empty, multipart or malformed bodies."""
    if "json" in content_type:
        try:
            parsed = json.loads(raw_body)
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    if "x-www-form-urlencoded" in content_type:
        return _flat(parse_qs(raw_body, keep_blank_values=True))
    return {}


def _flat(fields: dict[str, list[str]]) -> dict[str, Any]:
    return {name: values[0] if len(values) == 1 else values for name, values in fields.items()}


def _token_of(call: RecordedCall) -> str:
    bearer = call.headers.get("authorization", "").removeprefix("Bearer ").strip()
    return bearer or str(call.body.get("token", ""))
