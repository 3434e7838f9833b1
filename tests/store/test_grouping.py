"""Stories and wire copies as the ingest pipeline stores them, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.config import SEEDS_DIR
from bot.desk import Desk
from bot.config import Settings
from bot.grouping import memory_for
from bot.ingest.pipeline import ingest_drafts, ingest_paths
from bot.models import ArticleDraft
from bot.store.tables import ArticleRow

WIRE = (
    "Harbour officials closed the northern pier on Monday after engineers found cracks in three of its concrete "
    "supports, forcing ferry operators to divert evening crossings to the southern terminal. The port authority "
    "said inspections would take at least a week and that no one had been hurt. Traders on the waterfront warned "
    "that the closure would cut takings during the busiest fortnight of the summer season, and the mayor promised "
    "a fund to help the worst affected businesses recover their losses."
)


def desk_for(store) -> Desk:
    return Desk(Settings(_env_file=None, database_url=str(store.engine.url)), store)


def test_seeds_form_one_story(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    stories = desk_for(store).stories()
    assert len(stories) == 1
    assert {a["outlet"] for a in stories[0]["articles"]} == {"Outlet A", "Outlet B"}


def test_a_reprint_is_linked_to_the_first_copy_and_joins_its_story(store):
    when = datetime(2026, 3, 2, 9, tzinfo=UTC)
    original = ArticleDraft(text=WIRE, title="Pier closed after cracks found", outlet="Wire", published=when)
    reprint = ArticleDraft(text="(Reuters) — " + WIRE + " Additional reporting by our staff.", title="Cracks shut pier",
                           outlet="Daily Post", published=when + timedelta(hours=2))
    first = ingest_drafts(store, [("a", original)]).new[0]
    second = ingest_drafts(store, [("b", reprint)]).new[0]
    with store.session() as session:
        rows = {r.id: r for r in session.scalars(select(ArticleRow))}
    assert rows[second].duplicate_of == first
    assert rows[second].story_id == rows[first].story_id
    assert rows[second].wire_credit == "Reuters"


def test_memory_catches_up_with_articles_stored_elsewhere(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    with store.session() as session:
        memory_for(session).reset()  # as in a fresh process
    later = ArticleDraft(text=WIRE, title="Pier closed", outlet="Wire", published=datetime(2026, 3, 2, tzinfo=UTC))
    ingest_drafts(store, [("c", later)])
    with store.session() as session:
        assert memory_for(session).seen_up_to == 3
    assert len(desk_for(store).stories()) == 2


def test_regroup_rewrites_every_story(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    desk = desk_for(store)
    before = desk.stories()
    assert desk.regroup_stories() == 1
    after = desk.stories()
    assert [sorted(a["id"] for a in s["articles"]) for s in after] == [sorted(a["id"] for a in s["articles"]) for s in before]


def test_bulk_ingest_in_worker_processes_matches_in_process(tmp_path, store):
    """Large folders are analysed in worker processes; the stored result must not change."""
    from bot.ingest import pipeline

    folder = tmp_path / "bulk"
    folder.mkdir()
    for number in range(pipeline.PARALLEL_MIN_DRAFTS + 6):
        (folder / f"{number:03d}.txt").write_text(
            f"Report {number}\n\n“We will decide on case {number} soon,” said Mayor Ada Lowe on Tuesday "
            f"after {number + 2} million tonnes of grain arrived at the port.", encoding="utf-8")
    report = pipeline.ingest_paths(store, [folder], 10_000_000, workers=2)
    assert len(report.new) == pipeline.PARALLEL_MIN_DRAFTS + 6 and not report.failed
    with store.session() as session:
        from bot.store.tables import ClaimRow, QuoteRow

        quotes = session.scalars(select(QuoteRow.speaker).distinct()).all()
        figures = session.scalars(select(ClaimRow.text).where(ClaimRow.kind == "numeric")).all()
    assert quotes == ["Ada Lowe"]
    assert len(figures) == pipeline.PARALLEL_MIN_DRAFTS + 6
    again = pipeline.ingest_paths(store, [folder], 10_000_000, workers=2)
    assert not again.new and len(again.known) == pipeline.PARALLEL_MIN_DRAFTS + 6
