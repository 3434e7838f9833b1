"""Flag Block Kit rendering: pure functions, compared as structures."""

import json
from datetime import UTC, datetime

from bot.models import Flag, FlagEvent, FlagStatus
from bot.review import ReviewAction, StatusConflict
from handlers.blocks.flags import QUEUE_LIMIT, flag_card_blocks, queue_blocks, refusal_text

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def a_flag(**fields):
    base = {"id": 12, "article_id": 3, "reason": "factual_error", "note": "Four boats, not three", "flagger": "U1",
            "channel": "C1", "permalink": "https://x.slack.com/archives/C1/p1", "article_title": "Harbour reopens",
            "article_outlet": "Coast Gazette", "article_url": "https://gazette.example/h", "excerpt": "We lost three",
            "created_at": NOW, "updated_at": NOW}
    return Flag(**(base | fields))


def buttons(blocks):
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_the_card_shows_what_editors_need_and_the_buttons_its_status_allows():
    blocks = flag_card_blocks(a_flag())
    text = json.dumps(blocks, ensure_ascii=False)
    for part in ("*Flag #12*", "Factual error", "*Open*", "<https://gazette.example/h|Harbour reopens>",
                 "Coast Gazette", "We lost three", "Four boats, not three", "Flagged by <@U1> in <#C1>",
                 "<https://x.slack.com/archives/C1/p1|original message>"):
        assert part in text
    assert buttons(blocks) == ["flag_take", "flag_resolve", "flag_dismiss"]
    assert buttons(flag_card_blocks(a_flag(status=FlagStatus.IN_REVIEW, assignee="U7"))) == ["flag_resolve",
                                                                                            "flag_dismiss"]
    assert buttons(flag_card_blocks(a_flag(status=FlagStatus.DISMISSED))) == ["flag_reopen"]


def test_the_card_lists_the_changes_with_their_notes():
    history = [FlagEvent(flag_id=12, actor="U1", at=NOW, from_status=None, to_status="open", note="x"),
               FlagEvent(flag_id=12, actor="U7", at=NOW, from_status="open", to_status="in_review"),
               FlagEvent(flag_id=12, actor="U7", at=NOW, from_status="in_review", to_status="resolved",
                         note="Fixed <now>")]
    text = json.dumps(flag_card_blocks(a_flag(status=FlagStatus.RESOLVED), history))
    assert "<@U7> took it" in text and "<@U7> resolved: \\u201cFixed &lt;now&gt;\\u201d" in text


def test_a_deleted_article_still_reads():
    text = json.dumps(flag_card_blocks(a_flag(article_id=None)))
    assert "Harbour reopens" in text and "has since been deleted" in text


def test_untrusted_text_is_inert():
    hostile = a_flag(note="<!channel> <@U999>", article_title="<!here> title", article_outlet="<@U5|boss>",
                     flagger="not a user id <!channel>", channel="<#C9>")
    raw = json.dumps(flag_card_blocks(hostile))
    for live in ("<!channel>", "<@U999>", "<!here>", "<@U5", "<#C9>"):
        assert live not in raw


def test_a_conflict_names_the_winner_as_a_mention():
    conflict = StatusConflict(a_flag(status=FlagStatus.IN_REVIEW, assignee="U7"), ReviewAction.TAKE, by=None)
    assert refusal_text(conflict) == ":no_entry: Flag #12 is already taken by <@U7>, so I didn't take it."


def test_a_long_queue_stays_under_slacks_block_limit():
    blocks = queue_blocks([a_flag(id=n) for n in range(1, 40)], "open")
    assert len(blocks) <= 50
    assert buttons(blocks).count("flag_take") == QUEUE_LIMIT
    assert "29 more" in json.dumps(blocks)
