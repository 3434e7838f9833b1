"""Posts digests to Slack: the `DigestPoster` the domain's delivery calls.

The WebClient's retry handlers wait out 429s (Retry-After) and retry 5xx and dropped
connections; what still fails becomes a `DigestPostError` naming Slack's error.
"""

from __future__ import annotations

from collections.abc import Iterator

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.digest.delivery import DigestPostError
from bot.models import Digest
from handlers.blocks.digest import summary_message, thread_messages

# Lets a reader (or a future history check) recognise the bot's digest for a channel and day.
METADATA_EVENT = "newsdesk_digest"


class SlackDigestPoster:
    def __init__(self, client: WebClient) -> None:
        self.client = client

    def _post(self, channel_id: str, message: dict, thread_ts: str | None = None, **extra: object) -> str:
        try:
            response = self.client.chat_postMessage(channel=channel_id, thread_ts=thread_ts, unfurl_links=False,
                                                    unfurl_media=False, **message, **extra)
        except SlackApiError as error:
            status = getattr(error.response, "status_code", "?")
            raise DigestPostError(f"Slack said {error.response.get('error')} (HTTP {status})") from error
        except (SlackClientError, OSError) as error:  # timeouts and refused connections, after retries
            raise DigestPostError(f"could not reach Slack: {error.__class__.__name__}: {error}") from error
        return response["ts"]

    def post_summary(self, channel_id: str, digest: Digest) -> str:
        metadata = {"event_type": METADATA_EVENT,
                    "event_payload": {"channel": channel_id, "digest_date": digest.digest_date.isoformat()}}
        return self._post(channel_id, summary_message(digest), metadata=metadata)

    def post_thread(self, channel_id: str, thread_ts: str, digest: Digest, skip: int) -> Iterator[int]:
        for number, message in enumerate(thread_messages(digest), start=1):
            if number <= skip:
                continue
            self._post(channel_id, message, thread_ts=thread_ts)
            yield number
