"""`/flag` and `/review` through the real Bolt App, signed requests and the fake Slack Web API."""

import json

from tests.handlers.flag_fixtures import EDITOR, REPORTER, REVIEW_CHANNEL, newsroom  # noqa: F401
from tests.slack_fakes.requests import slash_command_body


def actions_of(blocks):
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_flag_with_a_reason_is_stored_posted_to_review_and_confirmed(newsroom):
    answer = newsroom.command("/flag", "<https://gazette.example/news/harbour> misquoted: Ruiz never said it")
    [flag] = newsroom.flags()
    assert answer.body["response_type"] == "ephemeral"
    assert f"#{flag.id}" in answer.body["text"] and f"<#{REVIEW_CHANNEL}>" in answer.body["text"]
    assert (flag.article_id, flag.reason, flag.flagger, flag.channel) == (newsroom.harbour, "misattributed_quote",
                                                                         REPORTER, "C1")
    assert flag.note == "misquoted: Ruiz never said it"
    [post] = newsroom.fake.wait_for("chat.postMessage")
    assert post.body["channel"] == REVIEW_CHANNEL
    card = json.dumps(post.body["blocks"], ensure_ascii=False)
    for expected in (f"Flag #{flag.id}", "Misattributed quote", "Harbour reopens after storm", "Coast Gazette",
                     "misquoted: Ruiz never said it", f"<@{REPORTER}>", "<https://gazette.example/news/harbour|"):
        assert expected in card
    assert actions_of(post.body["blocks"]) == ["flag_take", "flag_resolve", "flag_dismiss"]


def test_flag_records_the_review_message_it_posted(newsroom):
    newsroom.command("/flag", f"{newsroom.bridge} the vote was not delayed")
    [flag] = newsroom.flags()
    assert flag.review_channel == REVIEW_CHANNEL and flag.review_message_ts
    assert flag.reason == "other"


def test_flag_without_a_reason_opens_the_modal(newsroom):
    name, url = newsroom.response_url()
    newsroom.dispatch(slash_command_body("/flag", str(newsroom.harbour), user_id=REPORTER, response_url=url))
    [opened] = newsroom.fake.wait_for("views.open")
    view = opened.body["view"] if isinstance(opened.body["view"], dict) else json.loads(opened.body["view"])
    assert opened.body["trigger_id"] and view["callback_id"] == "flag_reason"
    block_ids = [b.get("block_id") for b in view["blocks"]]
    assert "flag_reason_block" in block_ids and "flag_note_block" in block_ids
    reasons = [o["value"] for b in view["blocks"] if b.get("block_id") == "flag_reason_block"
               for o in b["element"]["options"]]
    assert reasons == ["factual_error", "misattributed_quote", "legal_review", "duplicate", "other"]
    note = next(b for b in view["blocks"] if b.get("block_id") == "flag_note_block")
    assert note["element"]["max_length"] == 2000 and "2,000" in note["hint"]["text"]
    metadata = json.loads(view["private_metadata"])
    assert metadata["targets"][0][0] == newsroom.harbour and metadata["channel"] == "C1"
    assert newsroom.flags() == []


def test_unknown_url_is_explained_and_ingesting_it_is_offered(newsroom):
    answer = newsroom.command("/flag", "https://nowhere.example/story wrong date")
    assert "hasn't ingested https://nowhere.example/story" in answer.body["text"]
    assert "Fetch it and flag" in json.dumps(answer.body["blocks"])
    assert newsroom.flags() == [] and not newsroom.review_posts()


def test_unknown_article_id_is_explained(newsroom):
    answer = newsroom.command("/flag", "4242 wrong")
    assert "no article 4242" in answer.body["text"]


def test_no_article_gets_the_help(newsroom):
    answer = newsroom.command("/flag", "")
    assert "/flag URL|ARTICLE_ID" in answer.body["text"]


def test_an_over_long_reason_is_refused_with_the_limit_and_nothing_is_stored(newsroom):
    answer = newsroom.command("/flag", f"{newsroom.harbour} " + "wrong " * 400)
    assert "the limit is 2,000" in answer.body["text"]
    assert newsroom.flags() == [] and not newsroom.review_posts()


def test_a_retried_slash_command_makes_one_flag_and_one_review_post(newsroom):
    name, url = newsroom.response_url()
    body = slash_command_body("/flag", f"{newsroom.harbour} wrong figure", user_id=REPORTER, response_url=url)
    assert newsroom.dispatch(body) == 200
    assert newsroom.dispatch(body, retry=1) == 200
    first, second = newsroom.fake.wait_for(f"response/{name}", count=2)
    [flag] = newsroom.flags()
    texts = sorted([first.body["text"], second.body["text"]])
    assert any("Thanks" in t and f"#{flag.id}" in t for t in texts)
    assert any("already flagged" in t and f"#{flag.id}" in t for t in texts)
    assert len(newsroom.review_posts()) == 1
    assert len(newsroom.history(flag.id)) == 1


def test_a_review_channel_failure_keeps_the_flag_and_says_so(newsroom):
    newsroom.fake.fail_next("chat.postMessage", body={"ok": False, "error": "channel_not_found"})
    answer = newsroom.command("/flag", f"{newsroom.harbour} wrong figure")
    [flag] = newsroom.flags()
    assert f"#{flag.id}" in answer.body["text"] and "channel_not_found" in answer.body["text"]
    assert "/review" in answer.body["text"]
    assert flag.review_message_ts is None


def test_review_lists_open_flags_with_their_buttons(newsroom):
    newsroom.command("/flag", f"{newsroom.harbour} wrong figure")
    newsroom.command("/flag", f"{newsroom.bridge} libel risk in the headline", user="UOTHER")
    answer = newsroom.command("/review", "", user=EDITOR)
    assert answer.body["response_type"] == "ephemeral"
    text = json.dumps(answer.body["blocks"], ensure_ascii=False)
    assert "*2* open flags" in text and "Harbour reopens" in text and "Bridge vote delayed" in text
    assert actions_of(answer.body["blocks"]).count("flag_take") == 2

    legal = json.dumps(newsroom.command("/review", "reason:legal_review", user=EDITOR).body["blocks"])
    assert "Bridge vote delayed" in legal and "Harbour reopens" not in legal
    mine = json.dumps(newsroom.command("/review", "mine", user=REPORTER).body["blocks"])
    assert "Harbour reopens" in mine and "Bridge vote delayed" not in mine


def test_review_with_nothing_open_says_so(newsroom):
    answer = newsroom.command("/review", "all", user=EDITOR)
    assert "No open" in answer.body["text"]


def test_open_flags_show_on_quote_results(newsroom):
    before = json.dumps(newsroom.command("/quotes", "Ruiz boats").body, ensure_ascii=False)
    assert "three boats" in before and "open flag" not in before
    newsroom.command("/flag", f"{newsroom.harbour} wrong figure")
    after = json.dumps(newsroom.command("/quotes", "Ruiz boats").body, ensure_ascii=False)
    assert "1 open flag(s)" in after


def test_flagger_text_cannot_ping_anyone(newsroom):
    newsroom.command("/flag", f"{newsroom.harbour} <!channel> look at <@U999> & this")
    [post] = newsroom.fake.wait_for("chat.postMessage")
    raw = json.dumps(post.body["blocks"])
    assert "<!channel>" not in raw and "<@U999>" not in raw and "&lt;!channel&gt;" in raw
