"""Slack's HTTP mode on a production WSGI server (waitress): `/slack/events` and `/healthz`."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import text
from waitress.server import create_server

from bot.store.database import Store

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def make_wsgi_app(app: App, store: Store) -> Callable:
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def health(start_response: Callable) -> Iterable[bytes]:
        try:
            with store.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            status, body = "200 OK", {"ok": True, "database": "up"}
        except Exception as exc:  # the point of a health check is to report, not raise
            log.warning("health check failed: %s", exc)
            status, body = "503 Service Unavailable", {"ok": False, "database": "down"}
        start_response(status, [("Content-Type", "application/json")])
        return [json.dumps(body).encode()]

    def wsgi(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            return health(start_response)
        return slack(environ, start_response)

    return wsgi


def make_http_server(app: App, store: Store, host: str, port: int, threads: int = 8):
    """A waitress server; `port=0` picks a free port (see `.effective_port`)."""
    return create_server(make_wsgi_app(app, store), host=host, port=port, threads=threads)
