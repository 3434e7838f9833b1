"""The "Flag for review" message shortcut through the real App (`message_action`)."""

import json

from handlers.blocks.quotes import quote_hit_blocks
from tests.handlers.flag_fixtures import REPORTER, newsroom, shortcut_body  # noqa: F401


def opened_view(newsroom):
    [opened] = newsroom.fake.wait_for("views.open")
    view = opened.body["view"]
    return view if isinstance(view, dict) else json.loads(view)


def run_shortcut(newsroom, text, **message_fields):
    name, url = newsroom.response_url()
    assert newsroom.dispatch(shortcut_body(text, response_url=url, **message_fields)) == 200
    return f"response/{name}"


def test_a_human_message_with_the_article_link_opens_the_flag_modal(newsroom):
    run_shortcut(newsroom, "Is this right? <https://gazette.example/news/harbour|gazette.example/news/harbour>")
    view = opened_view(newsroom)
    metadata = json.loads(view["private_metadata"])
    assert metadata["targets"] == [[newsroom.harbour, None, None]]
    assert metadata["channel"] == "C1"
    assert metadata["permalink"] == "https://newsdesk-test.slack.com/archives/C1/p1700000000000100"
    assert newsroom.fake.last("chat.getPermalink").body["message_ts"] == "1700000000.000100"
    assert "Harbour reopens after storm" in json.dumps(view["blocks"])


def test_a_newsdesk_quote_message_flags_the_quote_it_carries(newsroom):
    hit = newsroom.newsdesk.desk.quote_hit(newsroom.quote_of(newsroom.bridge))
    run_shortcut(newsroom, "", blocks=quote_hit_blocks(hit))
    metadata = json.loads(opened_view(newsroom)["private_metadata"])
    assert metadata["targets"][0] == [newsroom.bridge, hit.quote.id, None]


def test_a_message_naming_two_articles_lets_the_flagger_choose(newsroom):
    run_shortcut(newsroom, "Compare <https://valley.example/bridge> with <https://gazette.example/news/harbour>")
    view = opened_view(newsroom)
    chooser = next(b for b in view["blocks"] if b.get("block_id") == "flag_article_block")
    assert [o["value"] for o in chooser["element"]["options"]] == [str(newsroom.bridge), str(newsroom.harbour)]


def test_a_link_newsdesk_does_not_know_gets_an_offer_to_ingest_it(newsroom):
    answer = run_shortcut(newsroom, "Look: <https://nowhere.example/scoop>")
    [reply] = newsroom.fake.wait_for(answer)
    assert reply.body["response_type"] == "ephemeral"
    assert "hasn't ingested https://nowhere.example/scoop" in reply.body["text"]
    [button] = [e for b in reply.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert (button["action_id"], json.loads(button["value"])) == ("flag_fetch", {"url": "https://nowhere.example/scoop",
                                                                                 "reason": ""})
    assert not newsroom.fake.calls("views.open") and newsroom.flags() == []


def test_a_message_without_an_article_says_so(newsroom):
    answer = run_shortcut(newsroom, "lunch anyone?")
    [reply] = newsroom.fake.wait_for(answer)
    assert "couldn't find an article in that message" in reply.body["text"]


def test_the_whole_flow_from_shortcut_to_flag(newsroom):
    from tests.handlers.flag_fixtures import modal_values

    run_shortcut(newsroom, "<https://valley.example/bridge>")
    view = opened_view(newsroom)
    response = newsroom.submit("flag_reason", modal_values("legal_review", "Names a minor"), view["private_metadata"],
                               view_id="VFLOW", user=REPORTER)
    assert response.status == 200
    [flag] = newsroom.flags()
    assert (flag.article_id, flag.reason, flag.permalink) == (
        newsroom.bridge, "legal_review", "https://newsdesk-test.slack.com/archives/C1/p1700000000000100")
    [post] = newsroom.review_posts() or newsroom.fake.wait_for("chat.postMessage")
    assert "original message" in json.dumps(post.body["blocks"])
