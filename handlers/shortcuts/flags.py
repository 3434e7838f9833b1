"""The "Flag for review" message shortcut: find the article a message carries, then ask why."""

from __future__ import annotations

import re
from collections.abc import Iterator

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.desk import Desk
from bot.review import ArticleRef, UnknownArticle
from handlers.actions.flags import button_ref, permalink_of
from handlers.blocks.flags import unknown_article_blocks
from handlers.views.flags import open_flag_modal

FLAG_SHORTCUT = "flag_message"
# Links as Slack writes them in message text (<https://…|label>), and bare ones in block fields.
_MRKDWN_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|[^>]*)?>")
_BARE_LINK = re.compile(r"https?://[^\s<>|\"']+")


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


def article_refs_in_message(message: dict) -> list[ArticleRef]:
    """What a message says about articles: Newsdesk's own button values first, then its links."""
    refs: list[ArticleRef] = []
    found = list(_strings([message.get("blocks") or [], message.get("attachments") or [], message.get("metadata")]))
    for name, text in found:
        if name == "value" and "article_id" in text:
            ref = button_ref(text)
            if ref:
                refs.append(ref)
    texts = [message.get("text") or ""] + [text for name, text in found if name in ("text", "url", "title_link")]
    for text in texts:
        links = _MRKDWN_LINK.findall(text) or _BARE_LINK.findall(text)
        refs.extend(ArticleRef(url=url.replace("&amp;", "&")) for url in links)
    return refs


def register(app: App, desk: Desk) -> None:
    def flag_message(ack: Ack, body: dict, shortcut: dict, client: WebClient, respond: Respond) -> None:
        ack()
        message = shortcut.get("message") or {}
        refs = article_refs_in_message(message)
        targets = desk.flag_targets(refs)
        if not targets:
            url = next((ref.url for ref in refs if ref.url), None)
            refusal = UnknownArticle(url=url)
            respond(response_type="ephemeral", text=refusal.describe(), blocks=unknown_article_blocks(refusal, url))
            return
        channel = shortcut.get("channel", {}).get("id")
        permalink = permalink_of(client, channel, shortcut.get("message_ts") or message.get("ts"))
        problem = open_flag_modal(client, shortcut["trigger_id"], targets, channel, permalink)
        if problem:
            respond(response_type="ephemeral",
                    text=f"I couldn't open the flag form ({problem}). Try `/flag {targets[0].article.id}`.")

    app.shortcut(FLAG_SHORTCUT)(flag_message)
