"""Flag and close modals submitted through the real App (`view_submission`)."""

import json

from tests.handlers.flag_fixtures import (  # noqa: F401 - newsroom is a fixture
    EDITOR,
    GROUP_EDITOR,
    REPORTER,
    REVIEW_CHANNEL,
    modal_values,
    newsroom,
    note_values,
)


def flag_metadata(newsroom, quote=None, channel="C1"):
    return {"targets": [[newsroom.harbour, quote, None], [newsroom.bridge, None, None]], "channel": channel,
            "permalink": f"https://newsdesk-test.slack.com/archives/{channel}/p1700000000000100"}


def answer(response):
    return json.loads(response.body) if response.body else {}


def test_submitting_the_flag_modal_stores_posts_and_confirms(newsroom):
    quote = newsroom.quote_of(newsroom.harbour)
    response = newsroom.submit("flag_reason", modal_values("misattributed_quote", "It was the mayor"),
                               flag_metadata(newsroom, quote))
    assert response.status == 200 and answer(response) == {}
    [flag] = newsroom.flags()
    assert (flag.article_id, flag.quote_id, flag.reason, flag.note) == (newsroom.harbour, quote,
                                                                        "misattributed_quote", "It was the mayor")
    assert flag.permalink.endswith("/archives/C1/p1700000000000100")
    [post] = newsroom.fake.wait_for("chat.postMessage")
    card = json.dumps(post.body["blocks"], ensure_ascii=False)
    assert post.body["channel"] == REVIEW_CHANNEL and "three boats" in card and "original message" in card
    [confirmation] = newsroom.fake.wait_for("chat.postEphemeral")
    assert confirmation.body["channel"] == "C1" and confirmation.body["user"] == REPORTER
    assert f"#{flag.id}" in confirmation.body["text"]


def test_the_article_chosen_in_the_modal_is_the_one_flagged(newsroom):
    newsroom.submit("flag_reason", modal_values(article=str(newsroom.bridge)), flag_metadata(newsroom))
    assert newsroom.fake.wait_for("chat.postEphemeral")
    assert newsroom.flags()[0].article_id == newsroom.bridge


def test_an_over_long_note_comes_back_as_a_field_error_with_the_limit(newsroom):
    response = newsroom.submit("flag_reason", modal_values(note="x" * 2001), flag_metadata(newsroom))
    errors = answer(response)
    assert errors["response_action"] == "errors"
    assert "the limit is 2,000" in errors["errors"]["flag_note_block"]
    assert newsroom.flags() == []


def test_a_resubmitted_or_retried_modal_makes_one_flag(newsroom):
    first = newsroom.submit("flag_reason", modal_values(), flag_metadata(newsroom), view_id="V7")
    retry = newsroom.submit("flag_reason", modal_values(), flag_metadata(newsroom), view_id="V7", retry=1)
    assert first.status == retry.status == 200
    confirmations = newsroom.fake.wait_for("chat.postEphemeral", count=2)
    [flag] = newsroom.flags()
    assert any("already flagged" in c.body["text"] for c in confirmations)
    assert len(newsroom.review_posts()) == 1 and len(newsroom.history(flag.id)) == 1


def test_two_modals_from_a_double_click_make_one_flag(newsroom):
    newsroom.submit("flag_reason", modal_values(), flag_metadata(newsroom), view_id="V8")
    newsroom.submit("flag_reason", modal_values(), flag_metadata(newsroom), view_id="V9")
    newsroom.fake.wait_for("chat.postEphemeral", count=2)
    assert len(newsroom.flags()) == 1 and len(newsroom.review_posts()) == 1


def test_a_mangled_modal_asks_to_start_again(newsroom):
    errors = answer(newsroom.submit("flag_reason", modal_values(), "not json"))
    assert "expired" in errors["errors"]["flag_note_block"]
    assert newsroom.flags() == []


def test_the_flagger_gets_a_dm_when_the_confirmation_cannot_be_posted(newsroom):
    newsroom.fake.fail_next("chat.postEphemeral", body={"ok": False, "error": "channel_not_found"})
    newsroom.submit("flag_reason", modal_values(), flag_metadata(newsroom, channel="CSECRET"))
    dms = [c for c in newsroom.fake.wait_for("chat.postMessage", count=2) if c.body["channel"] == REPORTER]
    assert dms and f"#{newsroom.flags()[0].id}" in dms[0].body["text"]


def raise_and_post(newsroom):
    newsroom.command("/flag", f"{newsroom.harbour} wrong figure")
    newsroom.fake.wait_for("chat.postMessage")
    return newsroom.flags()[0]


def close(newsroom, flag, action, note, user=EDITOR, view_id="VCLOSE", retry=None):
    return newsroom.submit("flag_close", note_values(note), {"flag_id": flag.id, "action": action},
                           view_id=view_id, user=user, retry=retry)


def test_resolving_updates_the_card_and_tells_the_flagger(newsroom):
    flag = raise_and_post(newsroom)
    response = close(newsroom, flag, "resolve", "Corrected to three boats.")
    assert response.status == 200 and answer(response) == {}
    [update] = newsroom.fake.wait_for("chat.update")
    card = json.dumps(update.body["blocks"], ensure_ascii=False)
    assert "*Resolved*" in card and "Corrected to three boats." in card
    buttons = [e["action_id"] for b in update.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["flag_reopen"]
    dm = next(c for c in newsroom.fake.wait_for("chat.postMessage", count=2) if c.body["channel"] == REPORTER)
    assert f"#{flag.id}" in dm.body["text"] and "*resolved*" in dm.body["text"]
    assert "Corrected to three boats." in dm.body["text"] and f"<@{EDITOR}>" in dm.body["text"]
    trail = [(e.actor, e.from_status, e.to_status, e.note) for e in newsroom.history(flag.id)]
    assert trail[-1] == (EDITOR, "open", "resolved", "Corrected to three boats.")


def test_a_retried_resolve_changes_the_status_once_and_tells_the_flagger_once(newsroom):
    flag = raise_and_post(newsroom)
    close(newsroom, flag, "resolve", "Fixed.")
    close(newsroom, flag, "resolve", "Fixed.", retry=1)
    newsroom.fake.wait_for("chat.update")
    newsroom.fake.wait_for("chat.postMessage", count=2)  # the review card, then the DM
    newsroom.command("/review", "closed", user=EDITOR)  # a later request, so the retry has finished
    assert len(newsroom.fake.calls("chat.update")) == 1
    assert len([c for c in newsroom.fake.calls("chat.postMessage") if c.body["channel"] == REPORTER]) == 1
    assert [e.to_status for e in newsroom.history(flag.id)] == ["open", "resolved"]


def test_the_close_form_only_resolves_or_dismisses(newsroom):
    flag = raise_and_post(newsroom)
    errors = answer(close(newsroom, flag, "take", ""))
    assert "flag_note_block" in errors["errors"]
    assert newsroom.flags()[0].status == "open" and len(newsroom.history(flag.id)) == 1


def test_dismissing_an_already_resolved_flag_is_refused_in_the_form(newsroom):
    flag = raise_and_post(newsroom)
    close(newsroom, flag, "resolve", "")
    errors = answer(close(newsroom, flag, "dismiss", "dup", user=GROUP_EDITOR, view_id="VOTHER"))
    assert errors["errors"]["flag_note_block"] == f"Flag #{flag.id} is already resolved by another editor, " \
                                                  "so I didn't dismiss it."
    assert newsroom.flags()[0].status == "resolved"


def test_a_forged_close_from_a_non_editor_changes_nothing(newsroom):
    flag = raise_and_post(newsroom)
    errors = answer(close(newsroom, flag, "dismiss", "", user=REPORTER))
    assert "Only editors can dismiss" in errors["errors"]["flag_note_block"]
    assert newsroom.flags()[0].status == "open" and len(newsroom.history(flag.id)) == 1
    assert not newsroom.fake.calls("chat.update")


def test_dismissing_with_no_note_tells_the_flagger(newsroom):
    flag = raise_and_post(newsroom)
    close(newsroom, flag, "dismiss", None)
    dm = next(c for c in newsroom.fake.wait_for("chat.postMessage", count=2) if c.body["channel"] == REPORTER)
    assert "*dismissed*" in dm.body["text"]
    assert newsroom.flags()[0].status == "dismissed"
