import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.dedup import DuplicateIndex
from bot.models import Article
from bot.stories import MAX_CANDIDATES, StoryGrouper, StoryInput
from tests.newsroom_fixtures import (
    MUSEUM_OTHER_TITLE,
    MUSEUM_THEFT,
    MUSEUM_THEFT_OTHER_OUTLET,
    MUSEUM_TITLE,
    PORT_DISPUTE_LATER,
    PORT_LATER_TITLE,
    PORT_STRIKE_OTHER_OUTLET,
    PORT_STRIKE_OTHER_TITLE,
    PORT_STRIKE_REPRINT,
    PORT_STRIKE_REPRINT_TITLE,
    PORT_STRIKE_TITLE,
    PORT_STRIKE_WIRE,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
T0 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def _article(article_id, title, text, outlet, hours=0.0, **extra) -> StoryInput:
    return StoryInput(
        id=article_id,
        title=title,
        text=text,
        outlet=outlet,
        published=T0 + timedelta(hours=hours),
        **extra,
    )


def _newsroom_day() -> list[StoryInput]:
    return [
        _article(1, PORT_STRIKE_TITLE, PORT_STRIKE_WIRE, "coastline-press"),
        _article(2, MUSEUM_TITLE, MUSEUM_THEFT, "velden-courier", hours=20),
        _article(3, PORT_STRIKE_OTHER_TITLE, PORT_STRIKE_OTHER_OUTLET, "harbour-herald", hours=30),
        _article(4, MUSEUM_OTHER_TITLE, MUSEUM_THEFT_OTHER_OUTLET, "national-daily", hours=50),
    ]


def _groups(grouper: StoryGrouper) -> set[frozenset[int]]:
    return {frozenset(story.article_ids) for story in grouper.stories()}


def test_two_outlets_on_one_event_share_a_story_and_unrelated_events_stay_apart():
    grouper = StoryGrouper()
    keys = [grouper.assign(a) for a in _newsroom_day()]
    assert keys[0] == keys[2]
    assert keys[1] == keys[3]
    assert keys[0] != keys[1]
    assert _groups(grouper) == {frozenset({1, 3}), frozenset({2, 4})}


def test_same_topic_weeks_later_opens_a_new_story():
    grouper = StoryGrouper()
    for a in _newsroom_day():
        grouper.assign(a)
    later = _article(5, PORT_LATER_TITLE, PORT_DISPUTE_LATER, "harbour-herald", hours=24 * 42)
    assert grouper.assign(later) == 5
    assert grouper.story_of(1) != grouper.story_of(5)


def test_same_follow_up_within_the_window_joins_the_story():
    # The control for the test above: timing, not content, keeps the later dispute apart.
    grouper = StoryGrouper(window=timedelta(days=60))
    for a in _newsroom_day():
        grouper.assign(a)
    later = _article(5, PORT_LATER_TITLE, PORT_DISPUTE_LATER, "harbour-herald", hours=24 * 42)
    assert grouper.assign(later) == grouper.story_of(1)


def test_seed_articles_on_the_trump_xi_call_land_in_one_story():
    grouper = StoryGrouper()
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 2
    grouper.assign(_article(10, MUSEUM_TITLE, MUSEUM_THEFT, "velden-courier"))
    for i, path in enumerate(seeds):
        text = path.read_text(encoding="utf-8")
        grouper.assign(_article(20 + i, "", text, f"seed-{i}", hours=2 + i))
    assert grouper.story_of(20) == grouper.story_of(21)
    assert grouper.story_of(10) != grouper.story_of(20)


def test_marked_wire_copy_joins_its_originals_story_and_counts_once():
    grouper = StoryGrouper()
    for a in _newsroom_day():
        grouper.assign(a)
    before = grouper.stories()
    copy = _article(
        9, PORT_STRIKE_REPRINT_TITLE, PORT_STRIKE_REPRINT, "valley-gazette", hours=3, duplicate_of=1
    )
    assert grouper.assign(copy) == grouper.story_of(1)
    after = {s.key: s for s in grouper.stories()}
    story = after[grouper.story_of(1)]
    assert 9 in story.article_ids
    # The copy adds a member but not its words: the chosen title is unaffected by it.
    assert story.title == {s.key: s for s in before}[story.key].title
    assert story.title != PORT_STRIKE_REPRINT_TITLE


def test_grouper_with_a_duplicate_index_detects_unmarked_copies():
    index = DuplicateIndex()
    grouper = StoryGrouper(duplicates=index)
    grouper.assign(_article(1, PORT_STRIKE_TITLE, PORT_STRIKE_WIRE, "coastline-press"))
    grouper.assign(_article(2, MUSEUM_TITLE, MUSEUM_THEFT, "velden-courier", hours=1))
    grouper.assign(_article(3, PORT_STRIKE_REPRINT_TITLE, PORT_STRIKE_REPRINT, "gazette", hours=2))
    assert index.original_of(3) == 1
    assert grouper.story_of(3) == grouper.story_of(1)


def test_story_summary_has_a_member_title_and_time_span():
    grouper = StoryGrouper()
    for a in _newsroom_day():
        grouper.assign(a)
    port = next(s for s in grouper.stories() if 1 in s.article_ids)
    assert port.title in {PORT_STRIKE_TITLE, PORT_STRIKE_OTHER_TITLE}
    assert port.first_seen == T0 and port.last_seen == T0 + timedelta(hours=30)
    assert port.outlets == ["coastline-press", "harbour-herald"]
    model = port.to_model()
    assert model.id == port.key and model.article_ids == [1, 3]


def test_story_input_from_a_stored_article():
    article = Article(
        id=7,
        text=PORT_STRIKE_WIRE,
        title=PORT_STRIKE_TITLE,
        outlet="coastline-press",
        published=T0,
        ingested_at=T0,
        duplicate_of=None,
    )
    story_input = StoryInput.from_article(article)
    assert (story_input.id, story_input.outlet, story_input.published) == (7, "coastline-press", T0)


def test_grouping_is_deterministic_and_rebuild_ignores_input_order():
    first = StoryGrouper()
    for a in _newsroom_day():
        first.assign(a)
    second = StoryGrouper()
    for a in _newsroom_day():
        second.assign(a)
    assert first.stories() == second.stories()

    shuffled = _newsroom_day()
    random.Random(3).shuffle(shuffled)
    rebuilt = StoryGrouper()
    rebuilt.rebuild(shuffled)
    assert rebuilt.stories() == first.stories()


def test_bad_input_is_grouped_without_raising():
    grouper = StoryGrouper()
    odd = [
        StoryInput(id=1, title="", text=""),
        StoryInput(id=2, title="“Unbalanced", text="‘ ” \x00 \ufffd ..."),
        StoryInput(id=3, title="Naive time", text=MUSEUM_THEFT, published=datetime(2026, 3, 3)),
        StoryInput(id=4, title="Huge", text=PORT_STRIKE_WIRE * 2000, published=None),
    ]
    keys = [grouper.assign(a) for a in odd]
    assert len(keys) == 4
    assert grouper.assign(odd[0]) == keys[0]  # assigning again is a no-op
    assert sum(len(s.article_ids) for s in grouper.stories()) == 4


def _synthetic_stream(n_events: int, per_event: int, seed: int) -> list[StoryInput]:
    """Invented events with shared filler vocabulary, spread over a year."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ne", "su", "ra", "ti", "vo", "ze", "pa", "do", "gu", "be"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))

    filler = [word() for _ in range(400)]
    articles = []
    for event in range(n_events):
        own = [word() for _ in range(12)]
        names = [word().capitalize() for _ in range(3)]
        start = T0 + timedelta(hours=rng.randrange(24 * 365))
        for _ in range(per_event):
            sentences = [
                " ".join(
                    rng.choice(own + names) if rng.random() < 0.3 else rng.choice(filler)
                    for _ in range(12)
                ).capitalize()
                + "."
                for _ in range(10)
            ]
            articles.append(
                StoryInput(
                    id=len(articles) + 1,
                    title=" ".join(rng.sample(own, 5)),
                    text=" ".join(sentences),
                    outlet=f"outlet-{rng.randrange(6)}",
                    published=start + timedelta(hours=rng.randrange(48)),
                )
            )
    return articles


def test_grouping_compares_candidates_not_all_pairs():
    articles = _synthetic_stream(n_events=150, per_event=4, seed=11)
    n = len(articles)
    grouper = StoryGrouper()
    grouper.rebuild(articles)
    assert grouper.comparisons <= MAX_CANDIDATES * n
    assert grouper.comparisons < (n * (n - 1) // 2) / 50
    # ... and the blocking still finds the right stories.
    def event(article_id: int) -> int:
        return (article_id - 1) // 4  # the generator numbers each event's articles together

    stories_of_event: dict[int, set[int]] = {}
    for a in articles:
        stories_of_event.setdefault(event(a.id), set()).add(grouper.story_of(a.id))
    split = sum(len(keys) > 1 for keys in stories_of_event.values())
    mixed = sum(len({event(i) for i in s.article_ids}) > 1 for s in grouper.stories())
    assert split <= 3 and mixed <= 3


def test_rebuild_with_a_shared_duplicate_index_keeps_the_original_as_original():
    index = DuplicateIndex()
    grouper = StoryGrouper(duplicates=index)
    articles = [
        _article(1, PORT_STRIKE_TITLE, PORT_STRIKE_WIRE, "coastline-press"),
        _article(2, PORT_STRIKE_REPRINT_TITLE, PORT_STRIKE_REPRINT, "gazette", hours=2),
        _article(3, MUSEUM_TITLE, MUSEUM_THEFT, "velden-courier", hours=3),
    ]
    for a in articles:
        grouper.assign(a)
    before = grouper.stories()
    grouper.rebuild(reversed(articles))
    assert grouper.duplicates is index
    assert index.original_of(1) == 1 and index.original_of(2) == 1
    assert grouper.stories() == before


def test_a_bare_publication_date_is_read_as_midnight_utc():
    grouper = StoryGrouper()
    grouper.assign(StoryInput(id=1, title=MUSEUM_TITLE, text=MUSEUM_THEFT, published=T0.date()))
    (story,) = grouper.stories()
    assert story.first_seen == datetime(2026, 3, 3, tzinfo=UTC)
