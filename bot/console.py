"""The offline console: type `/quotes Xi Taiwan` and see what Slack would show.

Commands go through the real Bolt `App`, in process, as signed requests. What the app sends
back to Slack (responses and Web API calls) lands on a loopback sink and is printed as text.
"""

from __future__ import annotations

import json
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TextIO
from urllib.parse import parse_qs, urlencode

from pydantic import SecretStr
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.app import Newsdesk, create_app
from bot.config import Settings
from handlers.blocks.plain_text import blocks_to_text, mrkdwn_to_text

CONSOLE_USER, CONSOLE_CHANNEL, CONSOLE_TEAM = "U0CONSOLE", "C0CONSOLE", "T0CONSOLE"
RESPONSE_WAIT_SECONDS = 10


class SlackSink:
    """Receives what the app sends to Slack (Web API calls and response_url posts) on loopback."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self._arrived = threading.Condition()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
                body = _parse_body(raw, self.headers.get("Content-Type", ""))
                method = self.path.rsplit("/", 1)[-1]
                reply = {"ok": True, "ts": f"{time.time():.6f}", "channel": body.get("channel", CONSOLE_CHANNEL)}
                if method == "auth.test":
                    reply.update(user_id="U0BOT", team_id=CONSOLE_TEAM, bot_id="B0BOT")
                with sink._arrived:
                    sink.messages.append({"path": self.path, "body": body})
                    sink._arrived.notify_all()
                payload = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, count: int, timeout: float) -> list[dict]:
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.messages) >= count, timeout)
            return list(self.messages)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _parse_body(raw: str, content_type: str) -> dict:
    if "json" in content_type:
        try:
            return json.loads(raw or "{}")
        except json.JSONDecodeError:
            return {}
    body = {k: v[0] for k, v in parse_qs(raw).items()}
    for key in ("blocks", "attachments"):
        if isinstance(body.get(key), str):
            body[key] = json.loads(body[key])
    return body


def render_message(body: dict) -> str:
    view = body.get("view")
    if isinstance(view, str):
        view = json.loads(view)
    if isinstance(view, dict):  # a modal: Slack would open a form
        title = (view.get("title") or {}).get("text", "Form")
        return f"[form: {title}]\n" + blocks_to_text(view.get("blocks", []))
    if body.get("blocks"):
        return blocks_to_text(body["blocks"])
    return mrkdwn_to_text(body.get("text", ""))


class Console:
    def __init__(self, newsdesk: Newsdesk, sink: SlackSink, signing_secret: str) -> None:
        self.newsdesk = newsdesk
        self.sink = sink
        self.verifier = SignatureVerifier(signing_secret)

    def run_command(self, line: str) -> str:
        """Dispatch one `/command text` line through the Bolt app; return what Slack would show."""
        command, _, text = line.strip().partition(" ")
        before = len(self.sink.messages)
        body = urlencode({
            "command": command, "text": text, "user_id": CONSOLE_USER, "user_name": "console",
            "channel_id": CONSOLE_CHANNEL, "team_id": CONSOLE_TEAM, "trigger_id": "console.trigger",
            "response_url": f"{self.sink.url}/response/{before}",
        })
        timestamp = str(int(time.time()))
        headers = {
            "content-type": "application/x-www-form-urlencoded",
            "x-slack-request-timestamp": timestamp,
            "x-slack-signature": self.verifier.generate_signature(timestamp=timestamp, body=body),
        }
        response = self.newsdesk.app.dispatch(BoltRequest(body=body, headers=headers))
        if response.status == 404:
            return f"Unknown command {command}. Try /quotes."
        output = []
        if response.body:
            output.append(render_message(_ack_body(response.body)))
        arrived = self.sink.wait_for(before + 1, RESPONSE_WAIT_SECONDS if not response.body else 0.2)
        output.extend(render_message(m["body"]) for m in arrived[before:])
        return "\n".join(o for o in output if o) or "(no answer)"


def _ack_body(body: str) -> dict:
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return {"text": body}


@contextmanager
def open_console(settings: Settings) -> Iterator[Console]:
    sink = SlackSink()
    signing_secret = secrets.token_hex(16)
    offline = settings.model_copy(update={
        "slack_api_url": f"{sink.url}/api/",
        "slack_signing_secret": SecretStr(signing_secret),
        "slack_bot_token": SecretStr("xoxb-offline-console"),
    })
    # process_before_response: the answer is complete when dispatch returns, as a REPL needs.
    newsdesk = create_app(offline, token_verification=False, process_before_response=True)
    try:
        yield Console(newsdesk, sink, signing_secret)
    finally:
        sink.close()
        newsdesk.store.dispose()


def repl(console: Console, read: Callable[[], str] = input, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    print("Newsdesk offline console. Type a slash command (e.g. /quotes Xi Taiwan), or 'quit'.", file=out)
    while True:
        try:
            line = read()
        except (EOFError, KeyboardInterrupt):
            break
        line = line.strip()
        if line in ("quit", "exit", r"\q"):
            break
        if not line:
            continue
        if not line.startswith("/"):
            print("Commands start with /, for example /quotes Xi Taiwan", file=out)
            continue
        print(console.run_command(line), file=out, flush=True)
