"""What goes in a digest: the window, grouping by story, wire copies, discrepancies, flags."""

from bot.digest.content import all_articles, build_digest
from bot.models import DiscrepancyKind
from tests.digest.helpers import add_article, add_flag, add_story, discrepancy, utc

SINCE, UNTIL = utc(2026, 6, 14, 7), utc(2026, 6, 15, 7)


def build(store, finder=lambda ids: []):
    with store.session() as session:
        return build_digest(session, "C1", UNTIL.date(), "Europe/London", SINCE, UNTIL, discrepancies_for=finder)


def test_only_articles_stored_inside_the_window_count(store):
    add_article(store, 1, ingested_at=SINCE)  # the last digest already had it
    inside = add_article(store, 2, ingested_at=utc(2026, 6, 14, 12))
    edge = add_article(store, 3, ingested_at=UNTIL)
    add_article(store, 4, ingested_at=utc(2026, 6, 15, 7, 0, 1))  # the next digest's
    digest = build(store)
    assert sorted(a.id for a in all_articles(digest)) == [inside, edge]


def test_articles_group_by_story_and_storyless_articles_stand_alone(store):
    trade = add_story(store, "Trade talks")
    for n in range(3):
        add_article(store, n, ingested_at=utc(2026, 6, 14, 9 + n), story_id=trade, outlet=f"Outlet {n}")
    lone = add_article(store, 10, ingested_at=utc(2026, 6, 14, 20), title="A lone report")
    digest = build(store)
    assert [s.title for s in digest.stories] == ["Trade talks", "A lone report"]
    assert digest.stories[0].outlets == ["Outlet 0", "Outlet 1", "Outlet 2"]
    assert digest.stories[1].story_id is None and digest.stories[1].entries[0].article.id == lone
    assert digest.article_count == 4


def test_wire_copies_sit_under_their_original_and_are_not_counted(store):
    story = add_story(store, "Summit")
    original = add_article(store, 1, ingested_at=utc(2026, 6, 14, 9), story_id=story, outlet="Xinhua")
    copy_a = add_article(store, 2, ingested_at=utc(2026, 6, 14, 10), story_id=story, outlet="Paper A",
                         duplicate_of=original)
    copy_of_copy = add_article(store, 3, ingested_at=utc(2026, 6, 14, 11), story_id=story, outlet="Paper B",
                               duplicate_of=copy_a)
    digest = build(store)
    [entry] = digest.stories[0].entries
    assert entry.article.id == original
    assert [c.id for c in entry.wire_copies] == [copy_a, copy_of_copy]
    assert digest.article_count == 1 and digest.wire_copy_count == 2


def test_a_copy_of_an_article_from_an_earlier_digest_is_shown_and_marked(store):
    old = add_article(store, 1, ingested_at=utc(2026, 6, 13, 9))
    copy = add_article(store, 2, ingested_at=utc(2026, 6, 14, 9), duplicate_of=old)
    [story] = build(store).stories
    assert story.entries[0].article.id == copy and story.entries[0].copy_of_earlier


def test_discrepancies_come_from_the_injected_finder_per_story(store):
    first, second = add_story(store, "First"), add_story(store, "Second")
    add_article(store, 1, ingested_at=utc(2026, 6, 14, 9), story_id=first)
    add_article(store, 2, ingested_at=utc(2026, 6, 14, 9), story_id=second)
    asked = []

    def finder(story_ids):
        asked.append(sorted(story_ids))
        return [discrepancy(second), discrepancy(None, DiscrepancyKind.COVERAGE_GAP, "Only one outlet reports it")]

    digest = build(store, finder)
    assert asked == [sorted([first, second])]
    by_title = {s.title: s for s in digest.stories}
    assert by_title["First"].discrepancies == []
    assert by_title["Second"].discrepancies[0].kind == DiscrepancyKind.NUMERIC_CONFLICT
    assert [d.kind for d in digest.other_discrepancies] == [DiscrepancyKind.COVERAGE_GAP]
    assert digest.discrepancy_count == 2


def test_a_broken_finder_costs_the_discrepancies_not_the_digest(store, caplog):
    add_article(store, 1, ingested_at=utc(2026, 6, 14, 9), story_id=add_story(store, "S"))

    def broken(story_ids):
        raise RuntimeError("comparison crashed")

    digest = build(store, broken)
    assert digest.article_count == 1 and digest.discrepancy_count == 0
    assert "comparison crashed" in caplog.text


def test_flags_awaiting_review_give_count_and_oldest(store):
    add_flag(store, utc(2026, 6, 10, 9), status="resolved")
    oldest = add_flag(store, utc(2026, 6, 11, 9), status="in_review")
    add_flag(store, utc(2026, 6, 14, 9))
    review = build(store).review
    assert review.awaiting == 2
    assert review.oldest_flag_id == oldest and review.oldest_at == utc(2026, 6, 11, 9)


def test_an_empty_window_is_empty_even_with_flags_waiting(store):
    add_flag(store, utc(2026, 6, 11, 9))
    digest = build(store)
    assert digest.is_empty and digest.review.awaiting == 1
