"""The Slack Web API client: our base URL, and retries for 429s, 5xx and dropped connections."""

from __future__ import annotations

from http.client import RemoteDisconnected
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings


def retry_handlers() -> list:
    return [
        RateLimitErrorRetryHandler(max_retry_count=3),  # honours Retry-After
        ServerErrorRetryHandler(max_retry_count=3),
        # TimeoutError too: urllib raises it bare when Slack accepts the connection but never answers.
        ConnectionErrorRetryHandler(max_retry_count=2,
                                    error_types=[URLError, ConnectionResetError, RemoteDisconnected, TimeoutError]),
    ]


def make_web_client(settings: Settings, token: str | None = None) -> WebClient:
    bot_token = token or (settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None)
    return WebClient(token=bot_token, base_url=settings.slack_api_url, timeout=10,
                     retry_handlers=retry_handlers())
