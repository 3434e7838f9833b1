"""The review workflow's rules, on a real SQLite file and on PostgreSQL: no Slack involved."""

import threading

import pytest
from sqlalchemy import delete, select

from bot.ingest.pipeline import ingest_drafts
from bot.models import ArticleDraft, FlagReason, FlagRequest, FlagStatus
from bot.review import (
    NOTE_LIMIT,
    ArticleMention,
    EditorRoster,
    NoteTooLong,
    NotAnEditor,
    ReviewAction,
    StatusConflict,
    UnknownArticle,
    UnknownFlag,
    change_status,
    check_change,
    find_targets,
    get_flag,
    parse_flag_id,
    parse_flag_text,
    parse_queue_filter,
    raise_flag,
    reason_from_text,
)
from bot.store.flags import flag_events, list_flags
from bot.store.tables import ArticleRow, QuoteRow

HARBOUR = ArticleDraft(
    title="Harbour reopens after storm",
    outlet="Coast Gazette",
    url="https://Gazette.example/news/harbour?id=7#top",
    text="The harbour reopened on Monday. “We lost three boats but nobody was hurt,” said harbourmaster "
         "Ana Ruiz. The council said repairs would cost 2 million euros.",
)
BRIDGE = ArticleDraft(
    title="Bridge vote delayed",
    outlet="Valley Post",
    url="https://valley.example/bridge",
    text="The council delayed the bridge vote. “We need another month,” said councillor Tom Berg.",
)
EDITORS = EditorRoster(["UEDITOR", "UEDITOR2"])


@pytest.fixture
def article_ids(store):
    report = ingest_drafts(store, [("harbour", HARBOUR), ("bridge", BRIDGE)])
    assert len(report.new) == 2, report
    return report.new


def request(article_id, **overrides):
    fields = {"article_id": article_id, "reason": FlagReason.FACTUAL_ERROR, "note": "Three boats or four?",
              "flagger": "UREPORTER", "channel": "C1", "idempotency_key": "key-1"}
    return FlagRequest(**(fields | overrides))


def test_a_flag_records_everything_and_opens_its_audit_trail(store, article_ids):
    outcome = raise_flag(store, request(article_ids[0], permalink="https://x.slack.com/archives/C1/p1"))
    flag = outcome.flag
    assert outcome.created and flag.id >= 1
    assert (flag.article_id, flag.reason, flag.note, flag.flagger) == (article_ids[0], "factual_error",
                                                                       "Three boats or four?", "UREPORTER")
    assert (flag.channel, flag.permalink, flag.status, flag.assignee) == ("C1", "https://x.slack.com/archives/C1/p1",
                                                                         FlagStatus.OPEN, None)
    assert flag.article_title == "Harbour reopens after storm" and flag.article_outlet == "Coast Gazette"
    with store.session() as session:
        [event] = flag_events(session, flag.id)
    assert (event.actor, event.from_status, event.to_status) == ("UREPORTER", None, FlagStatus.OPEN)


def test_the_same_request_twice_makes_one_flag(store, article_ids):
    first = raise_flag(store, request(article_ids[0]))
    again = raise_flag(store, request(article_ids[0], note="a different note, same request key"))
    assert not again.created and again.flag.id == first.flag.id
    with store.session() as session:
        assert len(list_flags(session)) == 1
        assert len(flag_events(session, first.flag.id)) == 1


def test_an_open_flag_is_not_duplicated_by_a_second_request_from_the_same_person(store, article_ids):
    first = raise_flag(store, request(article_ids[0], idempotency_key="view:V1"))
    double_click = raise_flag(store, request(article_ids[0], idempotency_key="view:V2"))
    assert not double_click.created and double_click.flag.id == first.flag.id
    other_reason = raise_flag(store, request(article_ids[0], idempotency_key="view:V3", reason=FlagReason.LEGAL_REVIEW))
    other_person = raise_flag(store, request(article_ids[0], idempotency_key="view:V4", flagger="UOTHER"))
    assert other_reason.created and other_person.created


def test_once_closed_the_same_words_can_be_flagged_again(store, article_ids):
    first = raise_flag(store, request(article_ids[0], idempotency_key="a"))
    change_status(store, EDITORS, first.flag.id, "UEDITOR", ReviewAction.DISMISS)
    again = raise_flag(store, request(article_ids[0], idempotency_key="b"))
    assert again.created and again.flag.id != first.flag.id


def test_racing_identical_requests_make_one_flag(store, article_ids):
    results, barrier = [], threading.Barrier(4)

    def submit(n):
        barrier.wait()
        results.append(raise_flag(store, request(article_ids[0], idempotency_key=f"view:V{n}")))

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(r.created for r in results) == 1
    assert len({r.flag.id for r in results}) == 1


def test_a_url_finds_the_article_by_its_canonical_form(store, article_ids):
    outcome = raise_flag(store, request(None, url="https://gazette.example/news/harbour?id=7"))
    assert outcome.flag.article_id == article_ids[0]


def test_unknown_url_and_id_are_refused_with_the_reference(store, article_ids):
    with pytest.raises(UnknownArticle) as refused:
        raise_flag(store, request(None, url="https://nowhere.example/story"))
    assert refused.value.url == "https://nowhere.example/story"
    assert "hasn't ingested https://nowhere.example/story" in str(refused.value)
    with pytest.raises(UnknownArticle, match="no article 99999"):
        raise_flag(store, request(99999))


def test_an_over_long_note_is_refused_with_the_limit(store, article_ids):
    with pytest.raises(NoteTooLong) as refused:
        raise_flag(store, request(article_ids[0], note="x" * (NOTE_LIMIT + 1)))
    assert "2,000" in str(refused.value) and "2,001" in str(refused.value)
    with store.session() as session:
        assert list_flags(session) == []
    assert raise_flag(store, request(article_ids[0], note="x" * NOTE_LIMIT)).created


def test_a_quote_from_another_article_is_not_trusted(store, article_ids):
    with store.session() as session:
        harbour_quote = session.scalar(select(QuoteRow.id).where(QuoteRow.article_id == article_ids[0]))
        bridge_quote = session.scalar(select(QuoteRow.id).where(QuoteRow.article_id == article_ids[1]))
    good = raise_flag(store, request(article_ids[0], quote_id=harbour_quote, idempotency_key="q1"))
    stale = raise_flag(store, request(article_ids[0], quote_id=bridge_quote, idempotency_key="q2",
                                      reason=FlagReason.OTHER))
    assert good.flag.quote_id == harbour_quote and "three boats" in good.flag.excerpt
    assert stale.flag.quote_id is None and stale.flag.excerpt == ""


def test_a_non_editor_cannot_resolve_and_nothing_changes(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    for action in ReviewAction:
        with pytest.raises(NotAnEditor, match=f"Only editors can {action.value}"):
            change_status(store, EDITORS, flag.id, "UREPORTER", action)
    assert get_flag(store, flag.id).status == FlagStatus.OPEN
    with store.session() as session:
        assert len(flag_events(session, flag.id)) == 1


def test_take_then_resolve_keeps_every_change_in_the_audit_trail(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    taken = change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.TAKE)
    assert taken.changed and taken.flag.status == FlagStatus.IN_REVIEW and taken.flag.assignee == "UEDITOR"
    resolved = change_status(store, EDITORS, flag.id, "UEDITOR2", ReviewAction.RESOLVE, note="Corrected: three.")
    assert resolved.flag.status == FlagStatus.RESOLVED and resolved.flag.assignee == "UEDITOR"
    with store.session() as session:
        trail = [(e.actor, e.from_status, e.to_status, e.note) for e in flag_events(session, flag.id)]
    assert trail == [("UREPORTER", None, "open", "Three boats or four?"),
                     ("UEDITOR", "open", "in_review", ""),
                     ("UEDITOR2", "in_review", "resolved", "Corrected: three.")]


def test_a_repeated_click_by_the_same_editor_changes_nothing_twice(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    assert change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.RESOLVE).changed
    repeat = change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.RESOLVE)
    assert not repeat.changed and repeat.flag.status == FlagStatus.RESOLVED
    with pytest.raises(StatusConflict) as refused:
        change_status(store, EDITORS, flag.id, "UEDITOR2", ReviewAction.DISMISS)
    assert str(refused.value) == f"Flag #{flag.id} is already resolved by UEDITOR, so I didn't dismiss it."
    with store.session() as session:
        assert len(flag_events(session, flag.id)) == 2


def test_a_reopened_flag_is_again_the_one_an_identical_new_flag_joins(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.RESOLVE)
    change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.REOPEN)
    again = raise_flag(store, request(article_ids[0], idempotency_key="another-click"))
    assert not again.created and again.flag.id == flag.id


def test_reopening_leaves_the_key_with_an_identical_flag_raised_meanwhile(store, article_ids):
    first = raise_flag(store, request(article_ids[0])).flag
    change_status(store, EDITORS, first.id, "UEDITOR", ReviewAction.DISMISS)
    second = raise_flag(store, request(article_ids[0], idempotency_key="raised-while-closed"))
    assert second.created
    assert change_status(store, EDITORS, first.id, "UEDITOR", ReviewAction.REOPEN).flag.status == FlagStatus.OPEN
    third = raise_flag(store, request(article_ids[0], idempotency_key="third-click"))
    assert not third.created and third.flag.id == second.flag.id


def test_a_closed_flag_can_be_reopened_and_taken_again(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    with pytest.raises(StatusConflict, match="is already open, so I didn't reopen it"):
        change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.REOPEN)
    change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.DISMISS, note="Looks right")
    reopened = change_status(store, EDITORS, flag.id, "UEDITOR2", ReviewAction.REOPEN, note="It was four boats")
    assert reopened.changed and reopened.flag.status == FlagStatus.OPEN
    assert not change_status(store, EDITORS, flag.id, "UEDITOR2", ReviewAction.REOPEN).changed  # a double click
    assert change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.TAKE).flag.status == FlagStatus.IN_REVIEW
    with store.session() as session:
        trail = [(e.actor, e.from_status, e.to_status, e.note) for e in flag_events(session, flag.id)][1:]
    assert trail == [("UEDITOR", "open", "dismissed", "Looks right"),
                     ("UEDITOR2", "dismissed", "open", "It was four boats"),
                     ("UEDITOR", "open", "in_review", "")]


def test_check_change_refuses_before_a_modal_is_opened(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    with pytest.raises(NotAnEditor):
        check_change(store, EDITORS, flag.id, "UREPORTER", ReviewAction.RESOLVE)
    assert check_change(store, EDITORS, flag.id, "UEDITOR", ReviewAction.RESOLVE).id == flag.id
    change_status(store, EDITORS, flag.id, "UEDITOR2", ReviewAction.TAKE)
    with pytest.raises(StatusConflict, match="already taken by UEDITOR2"):
        check_change(store, EDITORS, flag.id, "UEDITOR", ReviewAction.TAKE)
    with pytest.raises(UnknownFlag, match="no flag #424242"):
        check_change(store, EDITORS, 424242, "UEDITOR", ReviewAction.RESOLVE)


def test_two_editors_take_at_once_and_exactly_one_wins(store, article_ids):
    editors = EditorRoster([f"UED{n}" for n in range(6)])
    flag = raise_flag(store, request(article_ids[0])).flag
    winners, losers, barrier = [], [], threading.Barrier(6)

    def take(editor):
        barrier.wait()
        try:
            winners.append(change_status(store, editors, flag.id, editor, ReviewAction.TAKE))
        except StatusConflict as conflict:
            losers.append((editor, conflict))

    threads = [threading.Thread(target=take, args=(f"UED{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1 and len(losers) == 5
    winner = winners[0].flag.assignee
    assert all(f"already taken by {winner}" in str(conflict) for _editor, conflict in losers)
    with store.session() as session:
        takes = [e for e in flag_events(session, flag.id) if e.to_status == FlagStatus.IN_REVIEW]
    assert [e.actor for e in takes] == [winner]


def test_a_deleted_article_keeps_its_flags_and_audit_trail(store, article_ids):
    flag = raise_flag(store, request(article_ids[0])).flag
    change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.TAKE)
    with store.session() as session:
        session.execute(delete(ArticleRow).where(ArticleRow.id == article_ids[0]))
    kept = get_flag(store, flag.id)
    assert kept.article_id is None and kept.article_title == "Harbour reopens after storm"
    with store.session() as session:
        assert len(flag_events(session, flag.id)) == 2
    assert change_status(store, EDITORS, flag.id, "UEDITOR", ReviewAction.RESOLVE).flag.status == "resolved"


def test_find_targets_names_each_stored_article_once(store, article_ids):
    refs = [ArticleMention(url="https://nowhere.example/x"), ArticleMention(url=BRIDGE.url), ArticleMention(article_id=article_ids[1]),
            ArticleMention(article_id=article_ids[0])]
    assert [t.article.id for t in find_targets(store, refs)] == [article_ids[1], article_ids[0]]


# --- parsing and the editor roster (no database) --------------------------------------------------


@pytest.mark.parametrize("text, ref, reason", [
    ("12", ArticleMention(article_id=12), ""),
    ("12 misquoted, it was Li", ArticleMention(article_id=12), "misquoted, it was Li"),
    ("<https://a.example/x|a.example/x> libel risk", ArticleMention(url="https://a.example/x"), "libel risk"),
    ("https://a.example/x", ArticleMention(url="https://a.example/x"), ""),
    ("  ", None, ""),
    ("the harbour story", None, "the harbour story"),
])
def test_parse_flag_text(text, ref, reason):
    assert parse_flag_text(text) == (ref, reason)


@pytest.mark.parametrize("text, reason", [
    ("misquoted, it was Li", FlagReason.MISATTRIBUTED_QUOTE),
    ("Possible LIBEL in para 3", FlagReason.LEGAL_REVIEW),
    ("dupe of the Reuters piece", FlagReason.DUPLICATE),
    ("the number is wrong", FlagReason.FACTUAL_ERROR),
    ("please have a look", FlagReason.OTHER),
])
def test_reason_from_text(text, reason):
    assert reason_from_text(text) == reason


def test_parse_queue_filter():
    assert parse_queue_filter("", "U1").statuses == (FlagStatus.OPEN, FlagStatus.IN_REVIEW)
    mine = parse_queue_filter("mine", "U1")
    assert mine.involving == "U1" and "yours" in mine.label
    legal = parse_queue_filter("reason:legal_review", "U1")
    assert legal.reason == FlagReason.LEGAL_REVIEW and legal.involving is None
    assert parse_queue_filter("misattributed", "U1").reason == FlagReason.MISATTRIBUTED_QUOTE
    assert parse_queue_filter("closed", "U1").statuses == (FlagStatus.RESOLVED, FlagStatus.DISMISSED)
    assert parse_flag_id("#12") == 12 and parse_flag_id("twelve") is None


def test_editor_roster_reads_the_group_once_and_fails_closed():
    lookups = []

    def members_of(group):
        lookups.append(group)
        return None if group == "SBROKEN" else ["UGROUP"]

    roster = EditorRoster(["UCONF"], "SEDITORS", members_of)
    assert roster.is_editor("UCONF") and roster.is_editor("UGROUP") and not roster.is_editor("UOTHER")
    assert lookups == ["SEDITORS"]  # cached
    broken = EditorRoster([], "SBROKEN", members_of)
    assert not broken.is_editor("UGROUP") and not broken.is_editor("UGROUP")
    assert lookups.count("SBROKEN") == 2  # a failure is not cached
