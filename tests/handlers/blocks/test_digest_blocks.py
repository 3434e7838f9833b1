"""Digest Block Kit: within Slack's limits by splitting, nothing dropped, untrusted text inert."""

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.models import Article, Digest, DigestEntry, DigestStory, ReviewQueue
from handlers.blocks.digest import (
    EVIDENCE_ACTION,
    MAX_BLOCKS,
    evidence_blocks,
    preview_messages,
    summary_message,
    thread_messages,
)
from handlers.blocks.mrkdwn import SECTION_TEXT_LIMIT
from handlers.blocks.plain_text import blocks_to_text
from tests.digest.helpers import discrepancy, linked_urls

UNTIL = datetime(2026, 6, 15, 7, tzinfo=UTC)


def article(n, outlet="Outlet A", title=None):
    return Article(id=n, text="...", title=title or f"Ministers meet on budget item {n} " + "x" * 60,
                   outlet=outlet, url=f"https://news.example/{n}", canonical_url=f"https://news.example/{n}",
                   published=UNTIL - timedelta(minutes=n), ingested_at=UNTIL - timedelta(minutes=n))


def digest_of(stories, review=None):
    return Digest(channel_id="C1", digest_date=date(2026, 6, 15), timezone="Europe/London",
                  since=UNTIL - timedelta(days=1), until=UNTIL, stories=stories, review=review or ReviewQueue())


def one_story_each(count):
    return digest_of([DigestStory(story_id=n, title=f"Story {n}", entries=[DigestEntry(article=article(n))],
                                  discrepancies=[discrepancy(n)] if n % 10 == 0 else [])
                      for n in range(count)])


def all_in_one_story(count):
    return digest_of([DigestStory(story_id=1, title="Budget", entries=[DigestEntry(article=article(n))
                                                                     for n in range(count)])])


def assert_within_limits(messages):
    for message in messages:
        assert len(message["blocks"]) <= MAX_BLOCKS
        assert message["text"]
        for block in message["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= SECTION_TEXT_LIMIT


@pytest.mark.parametrize("build", [one_story_each, all_in_one_story], ids=["200 stories", "one story of 200"])
def test_200_articles_split_across_messages_with_every_article_exactly_once(build):
    digest = build(200)
    thread = thread_messages(digest)
    assert len(thread) > 1
    assert_within_limits([summary_message(digest), *thread])
    article_urls = [u for u in linked_urls(thread) if re.fullmatch(r"https://news\.example/\d+", u)]
    assert sorted(article_urls) == sorted(f"https://news.example/{n}" for n in range(200))
    labels = [m["blocks"][0]["elements"][0]["text"] for m in thread]
    assert labels[0].startswith("Part 1 of ") and labels[-1].startswith(f"Part {len(thread)} of {len(thread)}")


def test_discrepancies_all_arrive_with_an_evidence_button():
    thread = thread_messages(one_story_each(200))
    buttons = [b["accessory"] for m in thread for b in m["blocks"] if b.get("accessory", {}).get("action_id") == EVIDENCE_ACTION]
    assert len(buttons) == 20
    assert all(len(b["value"]) <= 2000 for b in buttons)


def test_summary_has_date_counts_and_top_stories():
    digest = digest_of(
        [DigestStory(story_id=1, title="Trade", entries=[DigestEntry(article=article(1, "Reuters"), wire_copies=[
            article(2, "Paper B")])], discrepancies=[discrepancy(1)])],
        review=ReviewQueue(awaiting=3, oldest_at=UNTIL - timedelta(days=2, hours=1), oldest_flag_id=7))
    text = blocks_to_text(summary_message(digest)["blocks"])
    assert "Monday 15 June 2026" in text
    assert "1 new article* in *1 story* (+1 wire copy)" in text
    assert "1 source discrepancy" in text
    assert "3 flags* awaiting review, oldest waiting 2 days (flag #7" in text
    assert "• *Trade* — 1 article · Reuters, Paper B" in text


def test_a_quiet_day_gets_a_short_nothing_new_message_and_no_thread():
    digest = digest_of([])
    assert "Nothing new since the last digest." in blocks_to_text(summary_message(digest)["blocks"])
    assert thread_messages(digest) == []
    assert len(preview_messages(digest)) == 1


def test_article_text_cannot_ping_or_forge_links():
    evil = article(1, outlet="<!channel> Outlet", title="<@U123> wins & <https://evil.example|click>")
    digest = digest_of([DigestStory(title="<!here> story", entries=[DigestEntry(article=evil)],
                                    discrepancies=[discrepancy(None, summary="<!everyone> differ")])])
    messages = preview_messages(digest)
    for message in messages:  # button values are data Slack never renders; the evidence view escapes them
        for block in message["blocks"]:
            block.pop("accessory", None)
    raw = json.dumps(messages)
    for mention in ("<!channel>", "<@U123>", "<!here>", "<!everyone>", "<https://evil.example"):
        assert mention not in raw


def test_evidence_button_shows_both_sentences_and_survives_junk():
    [message] = thread_messages(digest_of([DigestStory(story_id=1, title="S", entries=[DigestEntry(article=article(1))],
                                                       discrepancies=[discrepancy(1)])]))
    [value] = [b["accessory"]["value"] for b in message["blocks"] if "accessory" in b]
    text = blocks_to_text(evidence_blocks(value))
    assert "20 million tons" in text and "25 million tons" in text
    assert "Outlet A (https://news.example/a/1)" in text
    junk = json.dumps({"k": "quote_variant", "s": "<!channel>", "e": [["<@U1>", "javascript:x", "<!here>"]]})
    assert "<!" not in json.dumps(evidence_blocks(junk)) and "<@U1>" not in json.dumps(evidence_blocks(junk))
    assert blocks_to_text(evidence_blocks("{not json")) == "That button has expired."
