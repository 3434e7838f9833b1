"""The store on SQLite and on PostgreSQL: schema, idempotent ingest, speakers, full-text search."""

import pytest
from sqlalchemy import func, select

from bot.config import SEEDS_DIR
from bot.ingest.pipeline import ingest_drafts, ingest_paths
from bot.models import ArticleDraft
from bot.search.query import QueryError
from bot.search.quotes import search_quotes
from bot.store.tables import QuoteRow, SchemaVersionRow, SpeakerRow


def test_migrate_is_idempotent(store):
    version = store.migrate()
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(SchemaVersionRow)) == version


def test_reingesting_adds_nothing(store):
    first = ingest_paths(store, [SEEDS_DIR], 10_000_000)
    second = ingest_paths(store, [SEEDS_DIR], 10_000_000)
    assert len(first.new) == 2 and not first.failed
    assert second.new == [] and sorted(second.known) == sorted(first.new)


def test_same_url_with_new_text_is_a_revision(store):
    draft = ArticleDraft(text="“We will win,” said Jane Roe. More text.", url="https://e.com/a#top", outlet="E")
    [(_, new_id)] = [("a", i) for i in ingest_drafts(store, [("a", draft)]).new]
    revised = draft.model_copy(update={"text": "“We will surely win,” said Jane Roe. More text."})
    report = ingest_drafts(store, [("a", revised)])
    assert report.updated == [new_id]
    with store.session() as session:
        texts = list(session.scalars(select(QuoteRow.text).where(QuoteRow.article_id == new_id)))
    assert texts == ["We will surely win,"] or texts == ["We will surely win"]


def test_speakers_merge_across_articles(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    with store.session() as session:
        names = list(session.scalars(select(SpeakerRow.name)))
    assert names.count("Xi Jinping") == 1
    assert "Xi" not in names


def test_full_text_search_finds_topic_in_context(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    result = search_quotes(store, "Xi Taiwan")
    texts = [h.quote.text for h in result.hits]
    assert any("most important issue" in t for t in texts)
    assert all(h.quote.speaker == "Xi Jinping" for h in result.hits)


def test_prefix_and_phrase_search(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    assert search_quotes(store, "soybean").hits
    phrase = search_quotes(store, '"great prudence"')
    assert phrase.hits and all("great prudence" in (h.quote.text + h.quote.sentence) for h in phrase.hits)


def test_outlet_and_since_filters(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    assert search_quotes(store, "Trump").total > 0
    assert search_quotes(store, "Trump since:2030-01-01").total == 0
    only_b = search_quotes(store, "Trump outlet:\"Outlet B\"", limit=50)
    assert only_b.hits and {h.article.outlet for h in only_b.hits} == {"Outlet B"}
    with pytest.raises(QueryError, match="No articles from an outlet"):
        search_quotes(store, "Trump outlet:Zzyzx")


def test_organisations_and_sources_are_found_only_by_their_names(store):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    readout = search_quotes(store, "the economy")
    assert readout.query.speakers == []
    assert search_quotes(store, "Kremlin").query.speakers == ["Kremlin"]


def test_publication_times_keep_their_instant_across_timezones(store):
    from datetime import datetime, timedelta, timezone

    from bot.store.articles import get_article

    beijing = datetime(2026, 2, 4, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    [article_id] = ingest_drafts(store, [("a", ArticleDraft(text="Body text here.", outlet="X", published=beijing))]).new
    with store.session() as session:
        stored = get_article(session, article_id).published
    assert stored == beijing and stored.utcoffset() == timedelta(0)
