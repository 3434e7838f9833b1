"""The "Flag for review" message shortcut: find the article a message carries, then ask why."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.desk import Desk
from bot.review import UnknownArticle
from handlers.blocks.flags import unknown_article_blocks
from handlers.message_articles import article_refs_in_message, permalink_of
from handlers.views.flags import open_flag_modal

FLAG_SHORTCUT = "flag_message"


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
