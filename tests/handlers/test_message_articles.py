"""Finding the articles a Slack message carries: Newsdesk's button values first, then links."""

import json

from bot.review import ArticleMention
from handlers.message_articles import article_refs_in_message, button_ref


def test_button_values_then_links_in_text_blocks_and_attachments():
    message = {
        "text": "see <https://a.example/one?x=1&amp;y=2|one>",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": "<https://b.example/two|Two>"}},
            {"type": "actions", "elements": [
                {"type": "button", "action_id": "flag_article",
                 "value": json.dumps({"article_id": 7, "claim_id": 70})},
                {"type": "button", "action_id": "quotes_share", "value": "12"},
            ]},
        ],
        "attachments": [{"title_link": "https://c.example/three", "text": "no link here"}],
    }
    assert article_refs_in_message(message) == [
        ArticleMention(article_id=7, claim_id=70),
        ArticleMention(url="https://a.example/one?x=1&y=2"),
        ArticleMention(url="https://b.example/two"),
        ArticleMention(url="https://c.example/three"),
    ]


def test_nothing_in_a_plain_message_and_junk_button_values():
    assert article_refs_in_message({"text": "lunch?"}) == []
    assert button_ref('{"article_id": "x"}') is None and button_ref("not json") is None
    assert button_ref('{"article_id": 3, "quote_id": 4}') == ArticleMention(article_id=3, quote_id=4)
