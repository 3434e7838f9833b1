"""Flag buttons through the real App: "Flag" on quotes, and "Take it", "Resolve", "Dismiss" on flag cards."""

import json
import threading

from bot.review import ReviewAction
from tests.ingest.loopback import FERRY_PARAGRAPHS, article_page, rss_feed, site  # noqa: F401 - site is a fixture
from tests.handlers.flag_fixtures import (  # noqa: F401 - newsroom is a fixture
    EDITOR,
    GROUP_EDITOR,
    REPORTER,
    REVIEW_CHANNEL,
    click_body,
    newsroom,
    newsroom_on_each_database,
)


def view_of(call):
    view = call.body["view"]
    return view if isinstance(view, dict) else json.loads(view)


def raise_one(newsroom):
    newsroom.command("/flag", f"{newsroom.harbour} wrong figure")
    [flag] = newsroom.flags()
    newsroom.fake.wait_for("chat.postMessage")
    return flag


def test_flag_button_on_a_quote_opens_the_modal_for_that_quote(newsroom):
    quote = newsroom.quote_of(newsroom.harbour)
    value = json.dumps({"article_id": newsroom.harbour, "quote_id": quote})
    newsroom.click("flag_article", value, user=REPORTER, channel="C1", message_ts="1700000000.000900")
    [opened] = newsroom.fake.wait_for("views.open")
    view = view_of(opened)
    metadata = json.loads(view["private_metadata"])
    assert metadata["targets"] == [[newsroom.harbour, quote, None]]
    assert metadata["permalink"].endswith("/archives/C1/p1700000000000900")
    assert "three boats" in json.dumps(view["blocks"], ensure_ascii=False)
    assert newsroom.flags() == []


def test_flag_button_for_a_vanished_article_says_so(newsroom):
    answer = newsroom.click("flag_article", json.dumps({"article_id": 999}), user=REPORTER, channel="C1")
    [reply] = newsroom.fake.wait_for(answer)
    assert "no article 999" in reply.body["text"]
    assert not newsroom.fake.calls("views.open")


def test_take_it_assigns_the_flag_and_updates_the_card_in_place(newsroom):
    flag = raise_one(newsroom)
    newsroom.click("flag_take", str(flag.id), user=EDITOR, message_ts=flag.review_message_ts)
    [update] = newsroom.fake.wait_for("chat.update")
    assert (update.body["channel"], update.body["ts"]) == (REVIEW_CHANNEL, flag.review_message_ts)
    card = json.dumps(update.body["blocks"])
    assert f"In review with <@{EDITOR}>" in card and f"<@{EDITOR}> took it" in card
    buttons = [e["action_id"] for b in update.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["flag_resolve", "flag_dismiss"]
    taken = newsroom.flags()[0]
    assert (taken.status, taken.assignee) == ("in_review", EDITOR)


def test_a_non_editor_cannot_take_or_resolve_and_nothing_changes(newsroom):
    flag = raise_one(newsroom)
    take = newsroom.click("flag_take", str(flag.id), user=REPORTER, message_ts=flag.review_message_ts)
    resolve = newsroom.click("flag_resolve", str(flag.id), user=REPORTER, message_ts=flag.review_message_ts)
    dismiss = newsroom.click("flag_dismiss", str(flag.id), user=REPORTER, message_ts=flag.review_message_ts)
    for name, verb in ((take, "take"), (resolve, "resolve"), (dismiss, "dismiss")):
        [reply] = newsroom.fake.wait_for(name)
        assert reply.body["response_type"] == "ephemeral" and reply.body["replace_original"] is False
        assert f"Only editors can {verb} flags" in reply.body["text"]
    assert not newsroom.fake.calls("views.open") and not newsroom.fake.calls("chat.update")
    assert newsroom.flags()[0].status == "open" and len(newsroom.history(flag.id)) == 1


def test_a_usergroup_editor_gets_the_resolve_form(newsroom):
    flag = raise_one(newsroom)
    newsroom.click("flag_resolve", str(flag.id), user=GROUP_EDITOR, message_ts=flag.review_message_ts)
    [opened] = newsroom.fake.wait_for("views.open")
    view = view_of(opened)
    assert view["callback_id"] == "flag_close"
    assert json.loads(view["private_metadata"]) == {"flag_id": flag.id, "action": "resolve"}
    note = next(b for b in view["blocks"] if b.get("block_id") == "flag_note_block")
    assert note["optional"] is True
    assert newsroom.fake.last("usergroups.users.list").body["usergroup"] == "SEDITORS"


def test_two_editors_clicking_take_it_at_once_one_wins_the_other_is_told(newsroom_on_each_database):
    newsroom = newsroom_on_each_database
    flag = raise_one(newsroom)
    editors = [EDITOR, GROUP_EDITOR]
    names = {editor: newsroom.response_url() for editor in editors}
    message = {"type": "message", "user": "UBOT", "ts": flag.review_message_ts, "text": ""}
    bodies = {e: click_body("flag_take", str(flag.id), e, message, REVIEW_CHANNEL, names[e][1]) for e in editors}
    barrier = threading.Barrier(2)

    def click(editor):
        barrier.wait()
        newsroom.dispatch(bodies[editor])

    threads = [threading.Thread(target=click, args=(e,)) for e in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    [update] = newsroom.fake.wait_for("chat.update")
    taken = newsroom.flags()[0]
    winner = taken.assignee
    loser = next(e for e in editors if e != winner)
    [told] = newsroom.fake.wait_for(f"response/{names[loser][0]}")
    assert f"already taken by <@{winner}>" in told.body["text"]
    assert not newsroom.fake.calls(f"response/{names[winner][0]}")  # the card itself shows the winner
    assert [e.actor for e in newsroom.history(flag.id) if e.to_status == "in_review"] == [winner]
    assert f"In review with <@{winner}>" in json.dumps(update.body["blocks"])


def test_a_double_click_on_take_it_changes_the_status_once(newsroom):
    flag = raise_one(newsroom)
    first = newsroom.click("flag_take", str(flag.id), user=EDITOR, message_ts=flag.review_message_ts)
    newsroom.fake.wait_for("chat.update")
    second = newsroom.click("flag_take", str(flag.id), user=EDITOR, message_ts=flag.review_message_ts)
    [told] = newsroom.fake.wait_for(second)
    assert f"You already took flag #{flag.id}" in told.body["text"]
    assert len(newsroom.fake.calls("chat.update")) == 1
    assert not newsroom.fake.calls(first)
    assert len(newsroom.history(flag.id)) == 2


def test_reopen_puts_a_closed_flag_back_in_the_queue(newsroom):
    flag = raise_one(newsroom)
    newsroom.newsdesk.desk.change_flag(flag.id, EDITOR, ReviewAction.DISMISS, "Not an error")
    refused = newsroom.click("flag_reopen", str(flag.id), user=REPORTER, message_ts=flag.review_message_ts)
    [reply] = newsroom.fake.wait_for(refused)
    assert "Only editors can reopen flags" in reply.body["text"]
    assert newsroom.flags()[0].status == "dismissed"
    newsroom.click("flag_reopen", str(flag.id), user=GROUP_EDITOR, message_ts=flag.review_message_ts)
    [update] = newsroom.fake.wait_for("chat.update")
    card = json.dumps(update.body["blocks"])
    assert "*Open*" in card and f"<@{GROUP_EDITOR}> reopened it" in card
    buttons = [e["action_id"] for b in update.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["flag_take", "flag_resolve", "flag_dismiss"]
    assert [e.to_status for e in newsroom.history(flag.id)] == ["open", "dismissed", "open"]
    assert [c.body["channel"] for c in newsroom.fake.calls("chat.postMessage")] == [REVIEW_CHANNEL]  # no DM


def test_take_it_from_the_review_list_answers_the_editor(newsroom):
    flag = raise_one(newsroom)
    answer = newsroom.click("flag_take", str(flag.id), user=EDITOR, message_ts="1600000000.999999", channel="C9")
    [reply] = newsroom.fake.wait_for(answer)
    assert f"Flag #{flag.id}" in reply.body["text"] and f"In review with <@{EDITOR}>" in reply.body["text"]
    newsroom.fake.wait_for("chat.update")  # the review card follows too


def fetch_button_value(answer) -> str:
    [button] = [e for b in answer.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert button["action_id"] == "flag_fetch"
    return button["value"]


def test_an_unknown_link_is_fetched_and_flagged_with_one_click(newsroom, site):
    url = site.serve("/ferries", article_page("Evening ferries suspended", FERRY_PARAGRAPHS))
    answer = newsroom.command("/flag", f"{url} misquoted director")
    assert newsroom.flags() == []
    clicked = newsroom.click("flag_fetch", fetch_button_value(answer), user=REPORTER, channel="C1")
    [reply] = newsroom.fake.wait_for(clicked)
    [flag] = newsroom.flags()
    assert flag.article_title == "Evening ferries suspended" and flag.note == "misquoted director"
    assert flag.reason == "misattributed_quote" and flag.flagger == REPORTER
    assert reply.body["replace_original"] is True and f"#{flag.id}" in reply.body["text"]
    [card] = newsroom.review_posts()
    assert "Evening ferries suspended" in json.dumps(card.body["blocks"])


def test_a_link_without_a_reason_opens_the_form_after_fetching(newsroom, site):
    url = site.serve("/ferries", article_page("Evening ferries suspended", FERRY_PARAGRAPHS))
    answer = newsroom.command("/flag", url)
    newsroom.click("flag_fetch", fetch_button_value(answer), user=REPORTER, channel="C1")
    [opened] = newsroom.fake.wait_for("views.open")
    assert "Evening ferries suspended" in json.dumps(view_of(opened)["blocks"])
    assert newsroom.flags() == []


def test_a_link_that_cannot_be_fetched_says_why_and_flags_nothing(newsroom, site):
    url = site.serve("/gone", "Not here", status=404)
    answer = newsroom.command("/flag", f"{url} wrong date")
    clicked = newsroom.click("flag_fetch", fetch_button_value(answer), user=REPORTER, channel="C1")
    [reply] = newsroom.fake.wait_for(clicked)
    assert "couldn't fetch" in reply.body["text"] and "404" in reply.body["text"]
    assert newsroom.flags() == [] and not newsroom.review_posts()


def test_a_feed_address_is_refused_before_any_entry_is_fetched(newsroom, site):
    story = site.serve("/ferries", article_page("Evening ferries suspended", FERRY_PARAGRAPHS))
    feed = site.serve("/feed.xml", rss_feed("Harbour Gazette", [{"title": "Ferries", "link": story}]),
                      "application/rss+xml")
    answer = newsroom.command("/flag", f"{feed} wrong date")
    clicked = newsroom.click("flag_fetch", fetch_button_value(answer), user=REPORTER, channel="C1")
    [reply] = newsroom.fake.wait_for(clicked)
    assert "couldn't fetch" in reply.body["text"] and "Not a web page" in reply.body["text"]
    assert newsroom.flags() == [] and site.hits("/ferries") == []
