"""What a Slack message or button says about articles, and where that message lives (its permalink)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.review import ArticleMention

log = logging.getLogger(__name__)

# Links as Slack writes them in message text (<https://…|label>), and bare ones in block fields.
_MRKDWN_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|[^>]*)?>")
_BARE_LINK = re.compile(r"https?://[^\s<>|\"']+")


def button_ref(value: str | None) -> ArticleMention | None:
    """The article (and quote or claim) a Flag button's JSON value names."""
    try:
        named = json.loads(value or "")
        return ArticleMention(article_id=int(named["article_id"]),
                          quote_id=int(named["quote_id"]) if named.get("quote_id") else None,
                          claim_id=int(named["claim_id"]) if named.get("claim_id") else None)
    except (ValueError, KeyError, TypeError):
        return None


def permalink_of(client: WebClient, channel: str | None, ts: str | None) -> str | None:
    if not (channel and ts):
        return None
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError as error:
        log.info("no permalink for %s/%s: %s", channel, ts, error.response.get("error"))
        return None


def _strings(node: object, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    """Every string in a message's blocks and attachments, with the field name that held it."""
    if isinstance(node, str):
        yield key, node
    elif isinstance(node, dict):
        for name, value in node.items():
            yield from _strings(value, name)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, key)


def article_refs_in_message(message: dict) -> list[ArticleMention]:
    """What a message says about articles: Newsdesk's own button values first, then its links."""
    refs: list[ArticleMention] = []
    found = list(_strings([message.get("blocks") or [], message.get("attachments") or [], message.get("metadata")]))
    for name, text in found:
        if name == "value" and "article_id" in text:
            ref = button_ref(text)
            if ref:
                refs.append(ref)
    texts = [message.get("text") or ""] + [text for name, text in found if name in ("text", "url", "title_link")]
    for text in texts:
        links = _MRKDWN_LINK.findall(text) or _BARE_LINK.findall(text)
        refs.extend(ArticleMention(url=url.replace("&amp;", "&")) for url in links)
    return refs
